"""Read Détente's own actor files (detente/dictionaries/data/actors/) into a Lexicon.

Files: countries.tsv, igos.tsv, organisations.tsv, agents.tsv and people/*.tsv (the
knowledge base of people with dated roles). Each reader names the file and line of a bad
row in a ``DictionaryError`` and says how to fix it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from detente.errors import DictionaryError
from detente.resolve.actors.lexicon import Entry, Lexicon, Spell
from detente.resolve.actors.words import key_of

DATA_DIR = Path(__file__).resolve().parents[2] / "dictionaries" / "data" / "actors"

PEOPLE_COLUMNS = ["person_id", "name", "aliases", "code", "role", "start", "end", "note"]
ORG_COLUMNS = ["org_id", "names", "code", "start", "end"]


def rows(path: Path, columns: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each data row of a tab-separated file with a header line."""
    header: list[str] | None = None
    with path.open(encoding="utf-8", newline="") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                missing = [c for c in columns if c not in header]
                if missing:
                    raise DictionaryError(
                        str(path), number, f"header lacks {', '.join(missing)}; expected tab-separated {' '.join(columns)}"
                    )
                continue
            if len(cells) < len(header):
                cells += [""] * (len(header) - len(cells))
            yield number, {name: cell.strip() for name, cell in zip(header, cells)}


def parse_day(text: str, path: Path, line: int) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DictionaryError(str(path), line, f"bad date {text!r}; write YYYY-MM-DD") from None


def names(cell: str) -> list[str]:
    return [n.strip() for n in cell.split("|") if n.strip()]


def load_countries(lexicon: Lexicon, path: Path) -> dict[str, str]:
    """Countries, seats and adjectives; returns ISO3 -> canonical country name."""
    country_names: dict[str, str] = {}
    for line, row in rows(path, ["iso3", "names", "adjectives", "seats"]):
        iso3 = row["iso3"]
        if len(iso3) != 3 or not iso3.isupper():
            raise DictionaryError(str(path), line, f"bad country code {iso3!r}; write ISO 3166-1 alpha-3")
        country_names_list = names(row["names"])
        canonical = country_names_list[0] if country_names_list else iso3
        country_names[iso3] = canonical
        country = Entry("country", f"country:{iso3}", canonical, (Spell(iso3, label=canonical),), country=iso3)
        adjective = Entry("adjective", f"adjective:{iso3}", canonical, (Spell(iso3, label=canonical),), country=iso3)
        seat = Entry("seat", f"seat:{iso3}", canonical, (Spell(f"{iso3}GOV", label=f"seat of the {canonical} government"),), country=iso3)
        for name in country_names_list:
            lexicon.add(name, country, key_of(name))
        for name in names(row["adjectives"]):
            lexicon.add(name, adjective, key_of(name))
        for name in names(row["seats"]):
            lexicon.add(name, seat, key_of(name))
    return country_names


def load_organisations(lexicon: Lexicon, path: Path, *, prefix: str) -> None:
    """igos.tsv / organisations.tsv: several rows per org_id give date-bounded codes."""
    spells: dict[str, list[Spell]] = {}
    org_names: dict[str, list[str]] = {}
    for line, row in rows(path, ORG_COLUMNS):
        org_id, code = row["org_id"], row["code"]
        if not org_id or not code or not code.isalnum() or not code.isupper():
            raise DictionaryError(str(path), line, f"row needs an org_id and an upper-case CAMEO code, got {code!r}")
        if org_id not in org_names:
            if not names(row["names"]):
                raise DictionaryError(str(path), line, f"first row of {org_id!r} must list its names")
            org_names[org_id] = names(row["names"])
        start, end = parse_day(row["start"], path, line), parse_day(row["end"], path, line)
        spells.setdefault(org_id, []).append(Spell(code, start, end, label=org_names[org_id][0]))
    for org_id, org_spells in spells.items():
        entry = Entry("org", f"{prefix}:{org_id}", org_names[org_id][0], tuple(org_spells))
        for name in org_names[org_id]:
            lexicon.add(name, entry, key_of(name))


def plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def load_agents(lexicon: Lexicon, path: Path) -> None:
    for line, row in rows(path, ["phrase", "agent", "number"]):
        phrase, agent, number = row["phrase"], row["agent"], row["number"]
        if number not in ("person", "group") or len(agent) != 3:
            raise DictionaryError(str(path), line, "number must be person or group and agent a 3-letter code")
        key = key_of(phrase)
        entry = Entry("agent", f"agent:{phrase}", phrase, (Spell(agent, label=phrase),), number=number)
        lexicon.add(phrase, entry, key)
        if number == "person":
            many = Entry("agent", f"agent:{phrase}", phrase, (Spell(agent, label=phrase),), number="group")
            # "secretaries of state", "foreign ministers": the plural is on the head word
            head = 0 if " of " in f" {phrase} " else len(key) - 1
            plural_key = key[:head] + (plural(key[head]),) + key[head + 1 :]
            lexicon.add(phrase, many, plural_key)


def load_people(lexicon: Lexicon, folder: Path) -> int:
    """people/*.tsv: one row per role spell; aliases on the person's first row. Returns rows read."""
    count = 0
    people: dict[str, dict] = {}
    for path in sorted(folder.glob("*.tsv")):
        for line, row in rows(path, PEOPLE_COLUMNS):
            person_id = row["person_id"]
            if not person_id or not row["code"]:
                raise DictionaryError(str(path), line, "each row needs a person_id and a code")
            person = people.setdefault(person_id, {"name": row["name"], "aliases": [], "spells": []})
            if row["name"] and not person["name"]:
                person["name"] = row["name"]
            person["aliases"].extend(names(row["aliases"]))
            start, end = parse_day(row["start"], path, line), parse_day(row["end"], path, line)
            label = row["role"] or row["code"]
            person["spells"].append(Spell(row["code"], start, end, label=label))
            count += 1
    for person_id, person in people.items():
        if not person["name"]:
            continue
        entry = Entry("person", f"kb:{person_id}", person["name"], tuple(person["spells"]))
        surname = Entry("surname", f"kb:{person_id}", person["name"], tuple(person["spells"]))
        for name in [person["name"], *person["aliases"]]:
            key = key_of(name)
            if len(key) == 1:
                # a one-word alias ("Putin") is a surname: it needs the date or context to decide
                if not _names_something_else(lexicon, key):
                    lexicon.add(name, surname, key)
            else:
                lexicon.add(name, entry, key)
        if _family_name_first(entry):
            # "Wang Yi" ... "Wang": Chinese and Korean names put the family name first
            first = key_of(person["name"])[:1]
            if len(key_of(person["name"])) > 1 and first and len(first[0]) > 1 and not _names_something_else(lexicon, first):
                lexicon.add(person["name"].split()[0], surname, first)
        last = key_of(person["name"])[-1:]
        # a last name piece of one or two letters ("un" of Kim Jong-un) is no surname: it
        # would read "UN inspectors" as a person; explicit aliases ("Xi") still count
        if last and len(last[0]) > 2 and not _names_something_else(lexicon, last):
            lexicon.add(person["name"], surname, last)
    return count


FAMILY_FIRST = {"CHN", "TWN", "HKG", "KOR", "PRK"}


def _family_name_first(entry: Entry) -> bool:
    return any(spell.code[:3] in FAMILY_FIRST for spell in entry.spells)


def _names_something_else(lexicon: Lexicon, key: tuple[str, ...]) -> bool:
    """A surname that is also a country, demonym, seat or organisation ("Montenegro" of
    Luís Montenegro) never becomes a surname key: the place or body is the usual reading."""
    return any(e.kind in ("country", "adjective", "seat", "org") for e in lexicon.get(key))


def load_builtin(lexicon: Lexicon, folder: Path = DATA_DIR) -> dict[str, str]:
    """All built-in files; returns ISO3 -> country name."""
    country_names = load_countries(lexicon, folder / "countries.tsv")
    load_organisations(lexicon, folder / "igos.tsv", prefix="igo")
    load_organisations(lexicon, folder / "organisations.tsv", prefix="org")
    load_agents(lexicon, folder / "agents.tsv")
    if (folder / "people").is_dir():
        load_people(lexicon, folder / "people")
    return country_names
