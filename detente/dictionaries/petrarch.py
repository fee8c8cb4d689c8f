"""Read TABARI/PETRARCH dictionaries: actors, agents and verb patterns.

Formats (as in PETRARCH2's production files):

- **actors**: a name line ``VLADIMIR_PUTIN_`` (words joined by ``_``; a trailing ``_``
  marks a whole word), ``+PUTIN_`` synonym lines, and codes in brackets on the name line or
  on indented lines below it: ``[RUS]``, ``[RUSGOV 991231-080507]`` (from-to),
  ``[RUSGOV >080508]`` (from), ``[RUSGOV <990809]`` (until); an undated code is the default
  when no dated one covers the day. Dates are ``YYMMDD`` (years 00-30 read as 20xx, the
  PETRARCH convention) or ``YYYYMMDD``. ``#`` starts a comment.
- **agents**: ``WORD [~GOV]`` (agent after the country), ``WORD {PLURAL} [~COP]`` (explicit
  plural; ``{}`` none), ``WORD [IGO~]`` (a prefix agent: counted, not used by Détente),
  substitution sets ``!PERSON! = MAN, MEN, WOMAN, WOMEN``. Regular plurals are made by
  the reader, as PETRARCH does.
- **verbs** (``CAMEO.2.0.txt``): synonym sets ``&NAME`` with ``+WORD`` members, verb groups
  ``---  NAME  [code]  ---``, verb lines, pattern lines ``- * DOWN (FROM) [080] # comment``
  and ``~`` rule lines. Détente codes with its own patterns, so this reader parses and
  checks the file (counts, errors with line numbers) without using the patterns.

Imported actors and agents go into the actor lexicon next to the built-ins; the
precedence is documented in ``detente.resolve.actors``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from detente.errors import DictionaryError
from detente.resolve.actors.lexicon import Entry, Lexicon, Spell
from detente.resolve.actors.words import key_of

_CODE = re.compile(r"\[([^\]]*)\]")
_DATED = re.compile(r"^([A-Z0-9~]+)(?:\s+(?:(\d{6}|\d{8})-(\d{6}|\d{8})|([<>])\s*(\d{6}|\d{8})))?$")
_VERB_CODE = re.compile(r"^(---|\d{2,4}!?|:?\d{2,4}(:\d{2,4})?|\d{2,4}:|---:\d{2,4}|\d{2,4}:---)$")


@dataclass
class Problem:
    line: int
    message: str


@dataclass
class ActorRecord:
    """One actor of a file: its names and its (dated) codes."""

    line: int
    names: list[str]
    spells: list[Spell] = field(default_factory=list)


@dataclass
class AgentRecord:
    line: int
    names: list[str]
    agent: str  # the code after "~" ("GOV", "MUSRAD")
    prefix: bool = False  # "[IGO~]": the code goes before the country


@dataclass
class Report:
    """What ``detente dictionaries check`` prints for one file."""

    path: Path
    kind: str  # actors | agents | verbs
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(line, message))


def parse_date(text: str) -> date:
    """``991231`` -> 1999-12-31, ``080507`` -> 2008-05-07, ``19940913`` -> 1994-09-13."""
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        return date(year, int(text[2:4]), int(text[4:6]))
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def words_of_name(raw: str) -> str:
    """``VLADIMIR_V._PUTIN_`` -> ``VLADIMIR V. PUTIN``."""
    return " ".join(part for part in raw.strip().strip("+").split("_") if part).strip()


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _content_lines(path: Path, *, strip: bool = True):
    """(line number, line without its comment) for every line that has content."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, raw in enumerate(handle, start=1):
            line = _strip_comment(raw)
            if line.strip():
                yield number, (line.strip() if strip else line)


NULL_CODE = "---"  # PETRARCH's "known, but code nothing"


def parse_spell(body: str, path: Path, line: int) -> Spell:
    if body.strip() == NULL_CODE:
        return Spell(NULL_CODE, label="[---]")
    match = _DATED.match(body.strip())
    if not match:
        raise DictionaryError(str(path), line, f"bad code [{body}]; write [CODE], [CODE YYMMDD-YYMMDD], [CODE >YYMMDD] or [CODE <YYMMDD]")
    code, start, end, sign, when = match.groups()
    try:
        if start:
            return Spell(code, parse_date(start), parse_date(end), label=f"[{body.strip()}]")
        if sign == ">":
            return Spell(code, parse_date(when), None, label=f"[{body.strip()}]")
        if sign == "<":
            return Spell(code, None, parse_date(when), label=f"[{body.strip()}]")
    except ValueError as exc:
        raise DictionaryError(str(path), line, f"bad date in [{body}]: {exc}") from None
    return Spell(code, label=f"[{body.strip()}]")


def read_actors(path: Path) -> tuple[list[ActorRecord], Report]:
    """Actor records and a report; bad lines are reported and skipped, never fatal."""
    report = Report(path, "actors")
    records: list[ActorRecord] = []
    current: ActorRecord | None = None
    for number, line in _content_lines(path, strip=False):
        stripped = line.strip()
        try:
            if stripped.startswith("["):
                if current is None:
                    report.error(number, "code line before any actor name")
                    continue
                for body in _CODE.findall(stripped):
                    current.spells.append(parse_spell(body, path, number))
                continue
            if stripped.startswith("+"):
                if current is None:
                    report.error(number, "synonym (+) before any actor name")
                    continue
                name = words_of_name(_CODE.sub("", stripped))
                if name:
                    current.names.append(name)
                for body in _CODE.findall(stripped):
                    current.spells.append(parse_spell(body, path, number))
                continue
            name = words_of_name(_CODE.sub("", stripped))
            if not name:
                report.error(number, f"no name on line {stripped[:40]!r}")
                continue
            current = ActorRecord(number, [name])
            records.append(current)
            for body in _CODE.findall(stripped):
                current.spells.append(parse_spell(body, path, number))
        except DictionaryError as exc:
            report.error(number, exc.problem)
    without_code = [r for r in records if not r.spells]
    for record in without_code:
        report.error(record.line, f"actor {record.names[0]!r} has no code; add [CODE] on its line or below it")
    report.counts = {
        "actors": len(records),
        "names": sum(len(r.names) for r in records),
        "codes": sum(len(r.spells) for r in records),
        "dated codes": sum(1 for r in records for s in r.spells if s.start or s.end),
    }
    report.problems.sort(key=lambda p: p.line)
    return [r for r in records if r.spells and any(s.code != NULL_CODE for s in r.spells)], report


def _plural(word: str) -> str:
    if word.endswith("MAN"):
        return word[:-3] + "MEN"
    if word.endswith(("S", "SH", "CH", "X")):
        return word + "ES"
    if word.endswith("Y") and word[-2:-1] not in "AEIOU":
        return word[:-1] + "IES"
    return word + "S"


def read_agents(path: Path) -> tuple[list[AgentRecord], Report]:
    report = Report(path, "agents")
    records: list[AgentRecord] = []
    substitutions: dict[str, list[str]] = {}
    for number, line in _content_lines(path):
        if line.startswith("!") and "=" in line:
            name, _, members = line.partition("=")
            substitutions[name.strip()] = [m.strip() for m in members.split(",") if m.strip()]
            continue
        codes = _CODE.findall(line)
        if len(codes) != 1 or "~" not in codes[0]:
            report.error(number, "agent line needs one [~CODE] or [CODE~]")
            continue
        code = codes[0].strip()
        body = _CODE.sub("", line)
        plurals: list[str] | None = None
        if "{" in body:
            inner = body[body.index("{") + 1 : body.index("}")] if "}" in body else ""
            plurals = [words_of_name(p) for p in inner.split(",") if words_of_name(p)]
            body = body[: body.index("{")]
        raw_name = body.strip()
        names = _expand(raw_name, substitutions, report, number)
        if not names:
            report.error(number, "agent line without a word")
            continue
        if plurals is None:
            plurals = [" ".join(n.split()[:-1] + [_plural(n.split()[-1])]) for n in names if "!" not in n]
        prefix = code.endswith("~") and not code.startswith("~")
        records.append(AgentRecord(number, names + plurals, code.strip("~"), prefix=prefix))
    report.counts = {
        "agents": len(records),
        "names": sum(len(r.names) for r in records),
        "prefix agents (not used)": sum(1 for r in records if r.prefix),
        "substitution sets": len(substitutions),
    }
    return records, report


def _expand(raw: str, substitutions: dict[str, list[str]], report: Report, line: int) -> list[str]:
    """``CATTLE!PERSON!`` -> CATTLE MAN, CATTLE MEN, ... (a set glued to a word joins it)."""
    match = re.search(r"!([A-Z]+)!", raw)
    if not match:
        return [words_of_name(raw)] if words_of_name(raw) else []
    members = substitutions.get(match.group(0))
    if members is None:
        report.error(line, f"unknown substitution set {match.group(0)}; define it as {match.group(0)} = A, B")
        return []
    out: list[str] = []
    for member in members:
        out.extend(_expand(raw[: match.start()] + member + raw[match.end() :], substitutions, report, line))
    return out


def read_verbs(path: Path) -> Report:
    """Parse a verb-pattern file; counts and errors only (Détente codes with its own)."""
    report = Report(path, "verbs")
    sets: set[str] = set()
    used_sets: list[tuple[int, str]] = []
    groups = verbs = patterns = rules = 0
    in_group = False
    current_set: str | None = None
    for number, line in _content_lines(path):
        if line.startswith("&"):
            current_set = line.split()[0].rstrip("_")
            sets.add(current_set)
            continue
        if line.startswith("+"):
            if current_set is None and not in_group:
                report.error(number, "synonym (+) outside a set or verb group")
            continue
        if line.startswith("---"):
            current_set = None
            in_group = True
            groups += 1
            codes = _CODE.findall(line)
            if len(codes) != 1 or not _VERB_CODE.match(codes[0].strip()):
                report.error(number, f"verb group header needs one [code], got {line[:60]!r}")
            continue
        if line.startswith("-"):
            patterns += 1
            if not in_group:
                report.error(number, "pattern before any verb group (---  NAME  [code]  ---)")
            codes = _CODE.findall(line)
            if len(codes) != 1:
                report.error(number, "pattern needs exactly one [code]")
            elif not _VERB_CODE.match(codes[0].strip()):
                report.error(number, f"bad CAMEO code [{codes[0]}] in pattern")
            for word in re.findall(r"&[A-Z_]+", _CODE.sub("", line)):
                used_sets.append((number, word.rstrip("_")))
            continue
        if line.startswith("~"):
            rules += 1
            continue
        current_set = None
        if in_group:
            verbs += 1
            for body in _CODE.findall(line):
                if not _VERB_CODE.match(body.strip()):
                    report.error(number, f"bad CAMEO code [{body}] on verb line")
        else:
            report.error(number, f"line outside any set or verb group: {line[:40]!r}")
    for number, name in used_sets:
        if name not in sets:
            report.error(number, f"pattern uses undefined synonym set {name}")
    report.counts = {"synonym sets": len(sets), "verb groups": groups, "verbs": verbs, "patterns": patterns, "rules": rules}
    return report


def read_phrase_list(path: Path, kind: str) -> Report:
    """Discard and issue files: phrase lists Détente does not use; counted and checked."""
    report = Report(path, kind)
    phrases = categories = 0
    for number, line in _content_lines(path):
        if line.startswith("<"):
            categories += line.startswith("<ISSUE")
            continue
        phrases += 1
    report.counts = {"phrases": phrases} | ({"categories": categories} if kind == "issues" else {})
    return report


def kind_of(path: Path) -> str:
    """Guess a file's kind from its name, then its first lines."""
    name = path.name.lower()
    if "discard" in name:
        return "discards"
    if "issue" in name:
        return "issues"
    if "agent" in name:
        return "agents"
    if "actor" in name:
        return "actors"
    if "verb" in name or "cameo" in name:
        return "verbs"
    with path.open(encoding="utf-8", errors="replace") as handle:
        head = [next(handle, "") for _ in range(400)]
    if any(line.startswith("---") for line in head):
        return "verbs"
    if any("[~" in line for line in head):
        return "agents"
    return "actors"


def check(path: Path) -> Report:
    """Parse one file of any kind and report counts and problems."""
    if not path.is_file():
        raise DictionaryError(str(path), 0, "no such file; give a TABARI/PETRARCH dictionary file")
    kind = kind_of(path)
    if kind in ("discards", "issues"):
        return read_phrase_list(path, kind)
    if kind == "verbs":
        return read_verbs(path)
    if kind == "agents":
        return read_agents(path)[1]
    return read_actors(path)[1]


def load_into(lexicon: Lexicon, path: Path) -> int:
    """Add a file's actors or agents to the lexicon; returns the number of names added.

    Verb files are ignored here (Détente codes events with its own patterns).
    """
    if not path.is_file():
        raise DictionaryError(str(path), 0, "no such file; give a TABARI/PETRARCH actor or agent file")
    kind = kind_of(path)
    added = 0
    source = path.name
    if kind == "actors":
        records, _ = read_actors(path)
        for record in records:
            spells = tuple(s for s in record.spells if s.code != NULL_CODE)
            codes = {s.code for s in spells}
            key = f"{source}:{record.line}"
            if len(codes) == 1 and len(next(iter(codes))) == 3 and not any(s.start or s.end for s in spells):
                # a bare country code ("RUSSIA [RUS]", "+RUSSIAN"): a country name that can
                # take an agent noun, like the built-in countries
                code = next(iter(codes))
                entry = Entry("country", key, record.names[0].title(), spells, imported=True, country=code)
            else:
                entry = Entry("org", key, record.names[0].title(), spells, imported=True)
            person = Entry("person", key, record.names[0].title(), spells, imported=True)
            dated_person = any(s.start or s.end for s in spells) and len(record.names[0].split()) > 1
            for name in record.names:
                key = key_of(name)
                # a dated multi-word name is a person (PETRARCH has no separate kind)
                if dated_person:
                    # one word of a person's name ("+PUTIN_") is a surname: the date decides
                    kind = "person" if len(key) > 1 else "surname"
                    lexicon.add(name, replace(person, kind=kind), key)
                else:
                    lexicon.add(name, entry, key)
                added += 1
    elif kind == "agents":
        records, _ = read_agents(path)
        for record in records:
            if record.prefix:
                continue
            entry = Entry("agent", f"{source}:{record.line}", record.names[0].lower(), (Spell(record.agent),), number="person", imported=True)
            for name in record.names:
                lexicon.add(name, entry, key_of(name))
                added += 1
    return added
