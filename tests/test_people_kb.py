"""Checks the people knowledge base (detente/dictionaries/data/actors/people/*.tsv).

The files are read with the csv module only, so this test does not depend on the
resolver code. It checks the format, the dates, the codes, and that the entries do
not contradict each other (one holder at a time for single-holder offices).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pycountry
import pytest

PEOPLE_DIR = Path(__file__).resolve().parents[1] / "detente" / "dictionaries" / "data" / "actors" / "people"
HEADER = ["person_id", "name", "aliases", "code", "role", "start", "end", "note"]
# Open-ended spells run to the knowledge base's horizon.
HORIZON = date(2026, 11, 29)
FIRST_YEAR = 1940  # some 1990s office holders began earlier careers; nothing older is expected

IGO_CODES = {
    "IGOUNO", "IGOWSTNAT", "IGOEUREEC", "IGOIMF", "IGOWBK", "IGOWTO", "IGOEUROSC",
    "IGOAFRAFU", "IGOMEAARL", "IGOOPC", "IGOSEAASN", "IGOUNOIAE", "IGOUNOWHO",
    "IGOUNOHCR", "IGOICC",
}
AGENT_CODES = {
    "GOV", "MIL", "SPY", "JUD", "LEG", "OPP", "REB", "INS", "SEP", "COP", "PTY",
    "ELI", "UAF", "PRM", "MED", "BUS", "REL", "HRI", "CVL", "NGO", "RAD",
}
# Codes in use that are not ISO 3166 alpha-3: Kosovo (both spellings seen in CAMEO
# dictionaries) and Yugoslavia (FRY/Serbia and Montenegro, 1992-2006).
NON_ISO_COUNTRIES = {"XKX", "KOS", "YUG"}

# Offices with one holder per country (or per IGO) at a time.
SINGLE_HOLDER_ROLES = {
    "president", "prime minister", "chancellor", "foreign minister", "foreign secretary",
    "secretary of state", "defence minister", "defence secretary", "secretary of defense",
    "national security advisor", "security council secretary", "secretary-general",
    "supreme leader", "king", "emir", "vice president", "first vice president", "premier",
    "monarch", "chief executive", "managing director", "director-general",
    "European Commission president", "European Council president", "High Representative",
    "prosecutor", "AU Commission chairperson", "NATO supreme allied commander",
    "treasury secretary", "Federal Reserve chair", "FSB director", "SVR director", "CIA director",
    "chief of the general staff", "chairman of the joint chiefs of staff", "Mossad director",
}
ACTING_OVERLAP_DAYS = 14

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SLUG_RE = re.compile(r"^[a-z][a-z0-9_]*[a-z0-9]$")


@dataclass(frozen=True)
class Row:
    where: str
    person_id: str
    name: str
    aliases: str
    code: str
    role: str
    start: str
    end: str
    note: str

    @property
    def start_date(self) -> date:
        return date.fromisoformat(self.start)

    @property
    def end_date(self) -> date:
        return date.fromisoformat(self.end) if self.end else HORIZON

    @property
    def office(self) -> str:
        """The body whose office this is: the IGO code, else the country code."""
        return self.code if self.code.startswith("IGO") else self.code[:3]


def _read_rows() -> tuple[list[str], list[Row]]:
    problems: list[str] = []
    rows: list[Row] = []
    for path in sorted(PEOPLE_DIR.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = next(reader, None)
            if header != HEADER:
                problems.append(f"{path.name}: header is {header}, expected {HEADER}")
                continue
            for line_no, fields in enumerate(reader, start=2):
                where = f"{path.name}:{line_no}"
                if len(fields) != len(HEADER):
                    problems.append(f"{where}: {len(fields)} fields, expected {len(HEADER)}")
                    continue
                rows.append(Row(where, *fields))
    return problems, rows


PROBLEMS, ROWS = _read_rows()


def test_files_exist_and_parse():
    assert list(PEOPLE_DIR.glob("*.tsv")), f"no people files in {PEOPLE_DIR}"
    assert not PROBLEMS, "\n".join(PROBLEMS)


def test_at_least_1500_person_roles():
    assert len(ROWS) >= 1500, f"only {len(ROWS)} person-role rows"


def test_required_fields_and_whitespace():
    bad = []
    for row in ROWS:
        for field in ("person_id", "name", "code", "role", "start"):
            if not getattr(row, field):
                bad.append(f"{row.where}: empty {field}")
        for field in HEADER:
            value = getattr(row, field)
            if value != value.strip() or "  " in value:
                bad.append(f"{row.where}: stray whitespace in {field}: {value!r}")
        if row.person_id and not SLUG_RE.match(row.person_id):
            bad.append(f"{row.where}: person_id {row.person_id!r} is not a lower-case slug")
        if row.aliases and any(not alias.strip() for alias in row.aliases.split("|")):
            bad.append(f"{row.where}: empty alias in {row.aliases!r}")
    assert not bad, "\n".join(bad)


def test_dates_are_valid_and_ordered():
    bad = []
    for row in ROWS:
        for field in ("start", "end"):
            value = getattr(row, field)
            if not value:
                continue
            if not DATE_RE.match(value):
                bad.append(f"{row.where}: {field} {value!r} is not YYYY-MM-DD")
                continue
            try:
                parsed = date.fromisoformat(value)
            except ValueError:
                bad.append(f"{row.where}: {field} {value!r} is not a real date")
                continue
            if not FIRST_YEAR <= parsed.year <= HORIZON.year:
                bad.append(f"{row.where}: {field} {value} outside {FIRST_YEAR}..{HORIZON.year}")
        if not bad and row.start and row.end and row.end < row.start:
            bad.append(f"{row.where}: end {row.end} before start {row.start}")
    assert not bad, "\n".join(bad)


def _valid_country(code: str) -> bool:
    return code in NON_ISO_COUNTRIES or pycountry.countries.get(alpha_3=code) is not None


def test_codes_are_country_plus_agent_or_known_igo():
    bad = []
    for row in ROWS:
        code = row.code
        if code.startswith("IGO"):
            if code not in IGO_CODES:
                bad.append(f"{row.where}: unknown IGO code {code}")
            continue
        if not re.fullmatch(r"([A-Z]{3}){2,3}", code):
            bad.append(f"{row.where}: code {code!r} is not ISO3 + agent")
            continue
        country, agents = code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]
        if not _valid_country(country):
            bad.append(f"{row.where}: {country} is not an ISO 3166 alpha-3 code")
        for agent in agents:
            if agent not in AGENT_CODES:
                bad.append(f"{row.where}: agent {agent} in {code} is not a known CAMEO agent")
    assert not bad, "\n".join(bad)


def test_one_name_per_person_id_and_aliases_on_first_row():
    names: dict[str, set[str]] = defaultdict(set)
    alias_rows: dict[str, list[str]] = defaultdict(list)
    for row in ROWS:
        names[row.person_id].add(row.name)
        if row.aliases:
            alias_rows[row.person_id].append(row.where)
    clashes = [f"{pid}: {sorted(n)}" for pid, n in names.items() if len(n) > 1]
    assert not clashes, "person_id used for different names:\n" + "\n".join(clashes)
    repeated = [f"{pid}: {where}" for pid, where in alias_rows.items() if len(where) > 1]
    assert not repeated, "aliases listed on more than one row:\n" + "\n".join(repeated)


def test_alias_is_not_claimed_as_full_name_of_someone_else():
    """A full name (with a space) given as an alias must not be another person's name."""
    name_owner = defaultdict(set)
    for row in ROWS:
        name_owner[row.name.lower()].add(row.person_id)
    bad = []
    for row in ROWS:
        for alias in filter(None, row.aliases.split("|")):
            owners = name_owner.get(alias.lower(), set()) - {row.person_id}
            if " " in alias and owners:
                bad.append(f"{row.where}: alias {alias!r} is the name of {sorted(owners)}")
    assert not bad, "\n".join(bad)


def _overlap_days(a: Row, b: Row) -> int:
    """Days both spells cover; a hand-over day (one ends as the other starts) is not overlap."""
    start = max(a.start_date, b.start_date)
    end = min(a.end_date, b.end_date)
    return (end - start).days


def test_no_person_holds_the_same_role_twice_at_once():
    spells: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for row in ROWS:
        spells[(row.person_id, row.office, row.role)].append(row)
    bad = []
    for key, rows in spells.items():
        rows.sort(key=lambda r: r.start)
        for earlier, later in zip(rows, rows[1:]):
            if _overlap_days(earlier, later) > 0:
                bad.append(f"{key}: {earlier.where} overlaps {later.where}")
    assert not bad, "\n".join(bad)


def test_single_holder_offices_have_one_holder_at_a_time():
    holders: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in ROWS:
        if row.role in SINGLE_HOLDER_ROLES:
            holders[(row.office, row.role)].append(row)
    bad = []
    for key, rows in holders.items():
        rows.sort(key=lambda r: (r.start, r.end or "9999"))
        for i, earlier in enumerate(rows):
            for later in rows[i + 1:]:
                if later.start_date >= earlier.end_date:
                    break
                if later.person_id == earlier.person_id:
                    continue
                days = _overlap_days(earlier, later)
                marked = "acting" in earlier.note or "acting" in later.note
                if days > 0 and not (marked and days <= ACTING_OVERLAP_DAYS):
                    bad.append(
                        f"{key}: {earlier.person_id} ({earlier.where}) and "
                        f"{later.person_id} ({later.where}) overlap {days} days"
                    )
    assert not bad, "\n".join(bad)


def _codes_on(person_id: str, day: date) -> set[str]:
    return {
        row.code for row in ROWS
        if row.person_id == person_id and row.start_date <= day < row.end_date
    }


@pytest.mark.parametrize(
    ("person_id", "day", "code"),
    [
        ("vladimir_putin", date(1998, 10, 1), "RUSSPY"),
        ("vladimir_putin", date(1999, 9, 1), "RUSGOV"),
        ("vladimir_putin", date(2010, 1, 1), "RUSGOV"),
        ("sergei_ivanov_1953", date(2000, 6, 1), "RUSGOV"),
        ("madeleine_albright", date(1999, 3, 24), "USAGOV"),
    ],
)
def test_dated_roles_give_the_expected_code(person_id, day, code):
    assert code in _codes_on(person_id, day)


def test_nobody_is_in_office_before_the_spell_starts():
    """Putin held no office in this base before joining the FSB in 1998."""
    assert _codes_on("vladimir_putin", date(1997, 1, 1)) == set()
