"""The whole coder with the learned type check: the real model, built on first use."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

pytestmark = [pytest.mark.model, pytest.mark.slow]

GOLD = Path(__file__).resolve().parents[2] / "shared" / "data" / "plover_gsr" / "plover_gsr_cameo_normalized.jsonl"


@pytest.fixture(scope="module")
def coder():
    from detente.pipeline import Coder

    return Coder(use_model=True)  # trains the model into the cache when it is missing


def test_generic_rule_events_carry_the_models_answer(coder):
    events = coder.code_text("Israel attacked Gaza on Tuesday. Russia and China held talks in Beijing.", published=date(2000, 2, 22))
    assert events
    for event in events:
        assert event.evidence.decision
        if not event.evidence.rule_specific:
            assert event.evidence.model is not None and 0.0 <= event.evidence.model_prob <= 1.0
        else:
            assert event.evidence.model is None and "not consulted" in event.evidence.decision


def test_model_and_rules_agree_on_plain_cases(coder):
    (event,) = coder.code_text("Israel attacked Gaza.", published=date(2000, 2, 22))
    assert event.plover_event == "ASSAULT"


@pytest.mark.skipif(not GOLD.exists(), reason="../shared gold set not present")
def test_combined_floors_on_the_dev_set(coder):
    from detente.evaluate import evaluate

    scores = evaluate(GOLD, code=coder.code_articles)
    # measured: type recall 0.851, full match 0.686, precision 0.771, macro-F1 0.788
    assert scores["type_recall"] >= 0.81
    assert scores["full_match"] >= 0.65
    assert scores["precision"] >= 0.73
    assert scores["macro_f1"] >= 0.74
