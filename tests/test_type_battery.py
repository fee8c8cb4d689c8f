"""The type battery (tests/data/type_battery.jsonl): about twelve short wire sentences for
each PLOVER event type and a dozen with no political event, coded by the rules alone.

`.venv/bin/python tools/type_battery.py --no-model` prints the figures and the failures.
Measured at the end of the pattern pass that wrote the battery (rules alone):
type recall 169/194 = 0.871 (it was 155/194 = 0.799 before), typed-event precision on
the event sentences 0.928, no-event sentences with a PLOVER event 0/12. The floors
below sit a few points under those figures; raise them when the dictionary improves.
"""

from __future__ import annotations

import pytest

from tests.batteries import battery_tool, summary_of

pytestmark = pytest.mark.model


def _tool():
    return battery_tool("type_battery")


@pytest.fixture(scope="module")
def summary():
    return summary_of("type_battery")


def test_battery_is_well_formed():
    tool = _tool()
    cases = tool.load()
    assert len({c["id"] for c in cases}) == len(cases)
    types = [c["plover"] for c in cases]
    assert set(types) == set(tool.TYPES) | {None}
    assert all(types.count(t) >= 10 for t in set(types))
    for case in cases:
        assert case["text"] and case["date"]
        assert (case["plover"] is None) == (case["cameo_root"] is None)


def test_type_recall_floor(summary):
    assert summary["recall"] >= 0.84


def test_typed_event_precision_floor(summary):
    assert summary["precision"] >= 0.89


def test_no_event_sentences_stay_quiet(summary):
    # 0/12 measured; one false event (8%) is tolerated, two are a regression
    assert summary["none_false"] <= 1


def test_every_type_is_found(summary):
    # the weakest types measured 8/12 (PROTEST); none may fall to nothing
    for name, (right, total, _) in summary["per_type"].items():
        assert right / total >= 0.5, name
