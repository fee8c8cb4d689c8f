"""The PLOVER dev gold set, coded end to end: floors under the measured figures.

The figures themselves are reported by `detente evaluate` (see README); these floors
catch regressions. The gold file is read from ../shared at test time (never copied).
"""

from __future__ import annotations

from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[2] / "shared" / "data" / "plover_gsr" / "plover_gsr_cameo_normalized.jsonl"

pytestmark = [pytest.mark.model, pytest.mark.skipif(not GOLD.exists(), reason="../shared gold set not present")]


@pytest.fixture(scope="module")
def rules_scores():
    from detente.evaluate import evaluate
    from detente.pipeline import Coder

    coder = Coder(use_model=False)
    return evaluate(GOLD, code=coder.code_articles, keep_misses=True)


def test_rules_alone_floors(rules_scores):
    assert rules_scores["sentences"] == 322
    # measured: type recall 0.851, full match 0.686, precision 0.771, actor accuracy 0.916
    assert rules_scores["type_recall"] >= 0.81
    assert rules_scores["full_match"] >= 0.65
    assert rules_scores["precision"] >= 0.73
    assert rules_scores["actor_country_accuracy"] >= 0.89


def test_every_plover_type_is_found_somewhere(rules_scores):
    found = {name for name, row in rules_scores["by_plover"].items() if row["recall"] > 0}
    assert len(found) >= 15


def test_misses_name_gold_and_coded(rules_scores):
    miss = rules_scores["misses"][0]
    assert {"id", "text", "gold", "coded"} <= set(miss)
