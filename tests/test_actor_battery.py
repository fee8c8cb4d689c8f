"""The actor battery (tests/data/actor_battery.jsonl): short texts whose actors need dated
roles, titles, coreference, organisations and agent nouns, coded end to end.

`.venv/bin/python tools/actor_battery.py` prints the figures and the failures; these
floors catch regressions. Measured (rules alone and with the type check alike):
overall 165/185 = 0.892; dated_role 0.875, title 0.943, coreference 0.857,
organisation 0.923, agent 0.861; later 169/185 = 0.914 (dated_role 0.900, agent 0.944).
The floors sit a few points below.
"""

from __future__ import annotations

import pytest

from tests.batteries import battery_tool, summary_of

pytestmark = pytest.mark.model


def _tool():
    return battery_tool("actor_battery")


@pytest.fixture(scope="module")
def summary():
    return summary_of("actor_battery")


def test_battery_is_well_formed():
    tool = _tool()
    cases = tool.load()
    assert len({c["id"] for c in cases}) == len(cases)
    assert {c["category"] for c in cases} == set(tool.CATEGORIES)
    for case in cases:
        assert case["expect"] and all(e["source"] for e in case["expect"])


def test_overall_floor(summary):
    assert summary["accuracy"] >= 0.88


@pytest.mark.parametrize("category,floor", [
    ("dated_role", 0.82), ("title", 0.88), ("coreference", 0.80), ("organisation", 0.87), ("agent", 0.80),
])
def test_category_floors(summary, category, floor):
    right, total, _ = summary["per_category"][category]
    assert right / total >= floor


def test_scoring_rules():
    tool = _tool()
    assert tool.code_matches("RUS", "RUSGOV") and not tool.code_matches("RUSGOV", "RUS")
    assert tool.code_matches("IGOWSTNAT", "IGOWSTNATMIL") and not tool.code_matches("IGOUNO", "IGOWSTNAT")
    assert not tool.code_matches("USA", None) and tool.code_matches(None, None)
