"""The CAMEO table and the decisions on the references' known quirks."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from detente.errors import UnknownCode
from detente.ontology import PLOVER_TYPES, cameo_table, lookup

SHARED = Path(__file__).resolve().parents[2] / "shared" / "reference"


def test_all_311_cameo_codes_with_every_field():
    table = cameo_table()
    assert len(table) == 311
    roots = {code[:2] for code in table}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    for code, entry in table.items():
        assert entry.code == code and code.isdigit() and len(code) in (2, 3, 4)
        assert -10.0 <= entry.goldstein <= 10.0
        assert entry.quad_class in (1, 2, 3, 4)
        assert entry.plover_event is None or entry.plover_event in PLOVER_TYPES


@pytest.mark.skipif(not (SHARED / "cameo").exists(), reason="../shared not present")
def test_table_agrees_with_the_reference_facts():
    rows = {r["code"]: r for r in csv.DictReader((SHARED / "cameo" / "cameo_event_codes.csv").open())}
    table = cameo_table()
    assert set(rows) == set(table)
    for code, row in rows.items():
        assert table[code].goldstein == float(row["goldstein_gdelt"]), code
        assert table[code].quad_class == int(row["quadclass_gdelt"]), code


def test_appeal_maps_to_request():
    assert {lookup(c).plover_event for c in cameo_table() if c.startswith("02")} == {"REQUEST"}


def test_public_statements_have_no_plover_type():
    assert {lookup(c).plover_event for c in cameo_table() if c.startswith("01")} == {None}


def test_reduce_relations_is_material_conflict():
    # decision: GDELT QuadClass (4), not Phoenix's verbal-conflict pentaclass
    assert {lookup(c).quad_class for c in cameo_table() if c.startswith("16")} == {4}


def test_sanction_is_material_conflict_and_accuse_is_negative():
    assert PLOVER_TYPES["SANCTION"][1] == 4
    assert PLOVER_TYPES["ACCUSE"][0] < 0
    assert all(score < 0 for name, (score, quad) in PLOVER_TYPES.items() if quad in (3, 4))
    assert all(score > 0 for name, (score, quad) in PLOVER_TYPES.items() if quad in (1, 2))


def test_imposing_sanctions_is_sanction_not_coerce():
    assert lookup("163").plover_event == "SANCTION"


def test_curfews_concede_and_resignations_retreat_per_the_plover_manual():
    assert lookup("0813").plover_event == "CONCEDE" and lookup("0814").plover_event == "CONCEDE"
    assert (lookup("0831").plover_event, lookup("0831").plover_mode) == ("RETREAT", "resign")


def test_yield_splits_into_concede_and_retreat():
    assert lookup("081").plover_event == "CONCEDE"
    assert lookup("0841").plover_event == "RETREAT"
    assert lookup("087").plover_event == "RETREAT"


def test_codes_are_strings_with_leading_zeros():
    assert lookup("040").code == "040" and lookup("040").root == "04"


def test_unknown_code_suggests_close_matches():
    with pytest.raises(UnknownCode, match="did you mean"):
        lookup("0400")
