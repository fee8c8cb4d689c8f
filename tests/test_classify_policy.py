"""The combination policy, one hand-built case per branch (no model needed)."""

from __future__ import annotations

import pytest

from detente.classify.policy import REPRESENTATIVE_CAMEO, Thresholds, combine, model_can_change, model_cameo
from detente.classify.types import LABELS, NONE, TypePrediction
from detente.ontology import PLOVER_TYPES, lookup


def pred(plover: str, prob: float, cameo_root: str | None = None) -> TypePrediction:
    return TypePrediction(plover=plover, prob=prob, probs={plover: prob}, cameo_root=cameo_root)


def test_no_model_keeps_the_rule():
    decision = combine(rule_cameo="042", rule_id="verb:visit", rule_specific=False, pred=None)
    assert (decision.final_cameo, decision.final_plover, decision.keep) == ("042", "CONSULT", True)
    assert "no model" in decision.reason


def test_agreement_keeps_the_more_specific_rule_code():
    decision = combine(rule_cameo="042", rule_id="verb:visit", rule_specific=False, pred=pred("CONSULT", 0.4))
    assert decision.final_cameo == "042" and decision.keep
    assert "agrees" in decision.reason


def test_confident_none_drops_a_generic_rule_event():
    decision = combine(rule_cameo="190", rule_id="verb:hit", rule_specific=False, pred=pred(NONE, 0.97))
    assert decision.keep is False
    assert "dropped" in decision.reason


@pytest.mark.parametrize("specific,prob", [(True, 0.99), (False, 0.5)])
def test_none_keeps_a_specific_rule_or_when_unsure(specific, prob):
    decision = combine(rule_cameo="190", rule_id="verb:hit", rule_specific=specific, pred=pred(NONE, prob))
    assert decision.keep is True and decision.final_cameo == "190"


def test_confident_model_retypes_a_generic_rule():
    decision = combine(rule_cameo="010", rule_id="verb:say", rule_specific=False, pred=pred("ACCUSE", 0.99))
    assert decision.final_plover == "ACCUSE"
    assert decision.final_cameo == REPRESENTATIVE_CAMEO["ACCUSE"]
    assert "model ACCUSE" in decision.reason


def test_retype_uses_the_models_cameo_root_when_it_means_the_same_type():
    decision = combine(rule_cameo="040", rule_id="verb:meet", rule_specific=False, pred=pred("ASSAULT", 0.99, "18"))
    assert decision.final_cameo == "180"
    # A root that means another type falls back to the representative code.
    assert model_cameo(pred("ASSAULT", 0.9, "04")) == REPRESENTATIVE_CAMEO["ASSAULT"]


def test_unsure_model_does_not_retype():
    decision = combine(rule_cameo="040", rule_id="verb:meet", rule_specific=False, pred=pred("ASSAULT", 0.3))
    assert decision.final_cameo == "040" and "below" in decision.reason


def test_specific_rule_is_never_retyped_by_default():
    thresholds = Thresholds()
    assert thresholds.retype_generic < thresholds.retype_specific
    kept = combine(rule_cameo="100", rule_id="verb:call_for", rule_specific=True, pred=pred("ACCUSE", 0.999))
    assert kept.final_cameo == "100" and "never overrides" in kept.reason


def test_specific_rule_yields_to_a_model_above_its_own_threshold():
    thresholds = Thresholds(retype_specific=0.9)
    kept = combine(rule_cameo="100", rule_id="verb:call_for", rule_specific=True, pred=pred("ACCUSE", 0.85),
                   thresholds=thresholds)
    assert kept.final_cameo == "100" and "below 0.90" in kept.reason
    changed = combine(rule_cameo="100", rule_id="verb:call_for", rule_specific=True, pred=pred("ACCUSE", 0.95),
                      thresholds=thresholds)
    assert changed.final_plover == "ACCUSE" and changed.final_cameo == REPRESENTATIVE_CAMEO["ACCUSE"]


def test_every_plover_type_has_a_representative_code_that_maps_back():
    assert set(REPRESENTATIVE_CAMEO) == set(PLOVER_TYPES) == set(LABELS) - {NONE}
    for plover, code in REPRESENTATIVE_CAMEO.items():
        assert lookup(code).plover_event == plover


def test_model_is_needed_only_where_it_could_change_the_outcome():
    assert model_can_change(rule_specific=False)
    assert not model_can_change(rule_specific=True)
    assert model_can_change(rule_specific=True, thresholds=Thresholds(retype_specific=0.99))
    # Consistent with combine: a specific rule survives the most confident disagreement.
    for label in ("ASSAULT", "NONE"):
        decision = combine(rule_cameo="040", rule_id="verb:meet_with", rule_specific=True, pred=pred(label, 1.0))
        assert decision.keep and decision.final_cameo == "040"


def test_model_type_that_belongs_to_another_predicate_does_not_retype():
    # "rejected the criticism and accused Washington": the model reads the sentence, not
    # the predicate, so REJECT is most likely the other verb's type
    decision = combine(rule_cameo="112", rule_id="verb:accuse", rule_specific=False,
                       pred=pred("REJECT", 0.99), rival_types=("REJECT",))
    assert decision.final_cameo == "112" and decision.keep
    assert "another predicate" in decision.reason
    free = combine(rule_cameo="112", rule_id="verb:accuse", rule_specific=False, pred=pred("REJECT", 0.99))
    assert free.final_plover == "REJECT"
