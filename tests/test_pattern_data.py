"""Data checks for the verb and noun pattern dictionaries.

These read the TSV files with the csv module only, so they guard the data whatever
state the matcher is in. Reference facts (the CAMEO code list, the CAMEO->PLOVER table)
are read from ../shared/ at test time, never copied into the repository.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "detente" / "dictionaries" / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "reference"
VERB_FILE = DATA / "verb_patterns.tsv"
NOUN_FILE = DATA / "noun_patterns.tsv"
VERB_COLUMNS = ["id", "lemma", "particle", "prep", "object", "cameo", "note"]
NOUN_COLUMNS = ["id", "lemma", "prep", "modifier", "cameo", "note"]
ID_SYNTAX = re.compile(r"[a-z0-9_.]+")
LEMMA_SYNTAX = re.compile(r"[a-z][a-z']*")  # no hyphens: spaCy splits hyphenated words
DISCARD = "DISCARD"
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}


def read_rows(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """The header and (line number, row) pairs, skipping comment lines."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = list(enumerate(handle, start=1))
    header = lines[0][1].rstrip("\n").split("\t")
    rows = []
    for number, line in lines[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        values = line.rstrip("\n").split("\t")
        assert len(values) == len(header), f"{path.name}:{number}: {len(values)} columns, want {len(header)}"
        rows.append((number, dict(zip(header, values))))
    return header, rows


@pytest.fixture(scope="module")
def verbs() -> list[tuple[int, dict[str, str]]]:
    header, rows = read_rows(VERB_FILE)
    assert header == VERB_COLUMNS
    return rows


@pytest.fixture(scope="module")
def nouns() -> list[tuple[int, dict[str, str]]]:
    header, rows = read_rows(NOUN_FILE)
    assert header == NOUN_COLUMNS
    return rows


@pytest.fixture(scope="module")
def cameo_codes() -> set[str]:
    with (SHARED / "cameo" / "cameo_event_codes.csv").open(encoding="utf-8", newline="") as handle:
        return {row["code"] for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def cameo_to_plover() -> dict[str, str]:
    with (SHARED / "plover" / "cameo2plover_2021.csv").open(encoding="utf-8", newline="") as handle:
        return {row["cameo_code"]: row["plover_event"] for row in csv.DictReader(handle)}


def all_rows(verbs, nouns):
    return [("verb", n, r) for n, r in verbs] + [("noun", n, r) for n, r in nouns]


def test_ids_are_unique_and_well_formed(verbs, nouns):
    for kind, rows in (("verb", verbs), ("noun", nouns)):
        seen: dict[str, int] = {}
        for number, row in rows:
            assert ID_SYNTAX.fullmatch(row["id"]), f"{kind} line {number}: bad id {row['id']!r}"
            assert row["id"] not in seen, f"{kind} line {number}: id {row['id']} repeats line {seen[row['id']]}"
            seen[row["id"]] = number


def test_fields_are_well_formed(verbs, nouns):
    for number, row in verbs:
        assert LEMMA_SYNTAX.fullmatch(row["lemma"]), f"verb line {number}: lemma {row['lemma']!r}"
        assert row["particle"] == "-" or row["particle"].isalpha(), f"verb line {number}: particle"
        assert row["prep"] == "-" or row["prep"].isalpha(), f"verb line {number}: prep"
        if row["object"] != "-":
            for lemma in row["object"].split("|"):
                assert LEMMA_SYNTAX.fullmatch(lemma), f"verb line {number}: object lemma {lemma!r}"
        assert row["note"].strip(), f"verb line {number}: empty note"
    for number, row in nouns:
        assert LEMMA_SYNTAX.fullmatch(row["lemma"]), f"noun line {number}: lemma {row['lemma']!r}"
        assert row["prep"] == "-" or row["prep"].isalpha(), f"noun line {number}: prep"
        if row["modifier"] != "-":
            for lemma in row["modifier"].split("|"):
                assert LEMMA_SYNTAX.fullmatch(lemma), f"noun line {number}: modifier {lemma!r}"
        assert row["note"].strip(), f"noun line {number}: empty note"


def test_every_code_is_a_cameo_code_or_discard(verbs, nouns, cameo_codes):
    for kind, number, row in all_rows(verbs, nouns):
        code = row["cameo"]
        assert code == DISCARD or code in cameo_codes, f"{kind} line {number}: unknown CAMEO code {code!r}"


def test_at_least_a_thousand_patterns(verbs, nouns):
    assert len(verbs) + len(nouns) >= 1000


def test_every_cameo_root_is_covered(verbs, nouns):
    roots = {row["cameo"][:2] for _, _, row in all_rows(verbs, nouns) if row["cameo"] != DISCARD}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


def test_every_plover_type_is_covered(verbs, nouns, cameo_to_plover):
    types = {cameo_to_plover.get(row["cameo"]) for _, _, row in all_rows(verbs, nouns)}
    missing = PLOVER_TYPES - types
    assert not missing, f"no pattern codes to PLOVER {sorted(missing)}"


def test_discard_patterns_exist_for_non_political_uses(verbs):
    discarded = {row["lemma"] for _, row in verbs if row["cameo"] == DISCARD}
    assert {"attack", "fire", "shoot", "strike"} <= discarded


def test_no_identical_constraints(verbs, nouns):
    keys: dict[tuple[str, ...], int] = {}
    for number, row in verbs:
        key = ("verb", row["lemma"], row["particle"], row["prep"], row["object"])
        assert key not in keys, f"verb line {number} repeats the constraints of line {keys[key]}"
        keys[key] = number
    for number, row in nouns:
        key = ("noun", row["lemma"], row["prep"], row["modifier"])
        assert key not in keys, f"noun line {number} repeats the constraints of line {keys[key]}"
        keys[key] = number


def test_object_lemmas_are_not_shadowed(verbs, nouns):
    """Within one lemma/particle/prep, an object (or modifier) lemma belongs to one pattern.

    Otherwise the earlier pattern would always win and the later one could never fire.
    """
    owner: dict[tuple[str, ...], int] = {}
    for number, row in verbs:
        if row["object"] == "-":
            continue
        for lemma in row["object"].split("|"):
            key = ("verb", row["lemma"], row["particle"], row["prep"], lemma)
            assert key not in owner, f"verb line {number}: object {lemma!r} already used on line {owner[key]}"
            owner[key] = number
    for number, row in nouns:
        if row["modifier"] == "-":
            continue
        for lemma in row["modifier"].split("|"):
            key = ("noun", row["lemma"], row["prep"], lemma)
            assert key not in owner, f"noun line {number}: modifier {lemma!r} already used on line {owner[key]}"
            owner[key] = number


def test_ids_follow_their_constraints(verbs):
    """An id starts with its lemma so a rule name in output is readable without the file."""
    for number, row in verbs:
        assert row["id"].startswith(row["lemma"].replace("-", "_")), f"verb line {number}: id {row['id']}"
