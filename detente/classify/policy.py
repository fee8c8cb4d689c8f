"""How the rule's code and the classifier's type become one decision.

The rule always finds the event and stays the evidence; the model can (a) confirm it,
(b) retype it, or (c) drop it. The branches, in order:

1. no model answer                      -> the rule, as is
2. model agrees with the rule's type    -> the rule's code (it is the more specific one)
3. model says NONE:
   confident (>= drop) and rule generic -> drop the event (a bare-lemma match in a
                                           sentence the model finds eventless)
   otherwise                            -> the rule
4. model names another type:
   rule generic and model >= retype_generic,
   or rule specific and model >= retype_specific
                                        -> the model's type, coded with the model's CAMEO
                                           root when that root means the same type, else a
                                           representative code (``REPRESENTATIVE_CAMEO``)
   otherwise                            -> the rule

A rule is *specific* when its pattern names more than the verb (a particle, preposition
or object noun: "call for", "open fire on"); a bare-lemma fallback is *generic*.

The thresholds come from benchmarks/classify_policy.py on the PLOVER dev set (322
sentences, 397 rule events; model trained on the corpus only, never on dev). Where model
and rule disagree, the model is right far more often than the rule only for generic rules
at >= 0.95 (12 of 14 events vs 1 of 14); below 0.95, and for specific rules at any
confidence, the rule is right more often. So: generic rules yield at 0.95, specific rules
never do by default. Macro-F1 over PLOVER types: rules alone 0.664, this policy 0.674-0.675,
the model typing every event 0.540. Every dev sentence holds an event, so the dev set can
measure the cost of dropping (2 events at 0.97, -0.001 macro-F1) but not its benefit on
eventless news sentences; the drop threshold is kept high for that reason.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from detente.classify.types import NONE, TypePrediction
from detente.errors import UnknownCode
from detente.ontology import lookup

# One CAMEO code per PLOVER type, used when the model retypes an event: the "not
# specified below" code of the CAMEO root that maps to that type (tests check that each
# maps back to its type in the ontology table).
REPRESENTATIVE_CAMEO: dict[str, str] = {
    "AGREE": "030",
    "CONSULT": "040",
    "SUPPORT": "050",
    "COOPERATE": "060",
    "AID": "070",
    "CONCEDE": "080",
    "RETREAT": "084",
    "REQUEST": "020",
    "ACCUSE": "112",
    "REJECT": "120",
    "THREATEN": "130",
    "PROTEST": "140",
    "MOBILIZE": "150",
    "SANCTION": "160",
    "COERCE": "170",
    "ASSAULT": "190",
}


@dataclass(frozen=True)
class Thresholds:
    """Model probabilities at which it overrules the rule."""

    drop: float = 0.97  # NONE this sure drops a generic rule event
    retype_generic: float = 0.95  # another type this sure replaces a generic rule's type
    retype_specific: float = math.inf  # ... and a specific rule's (never, by default)


@dataclass(frozen=True)
class Decision:
    final_plover: str | None  # None for CAMEO 01 statements (PLOVER has no type for them)
    final_cameo: str
    keep: bool
    reason: str  # one short phrase for `detente explain` and evidence.decision


def rule_plover(rule_cameo: str) -> str | None:
    try:
        return lookup(rule_cameo).plover_event
    except UnknownCode:
        return None


def combine(
    *,
    rule_cameo: str,
    rule_id: str,
    rule_specific: bool,
    pred: TypePrediction | None,
    thresholds: Thresholds = Thresholds(),
    rival_types: tuple[str, ...] = (),
) -> Decision:
    """The final code of one candidate (see the module docstring for the branches)."""
    plover = rule_plover(rule_cameo)
    kind = "specific" if rule_specific else "generic"
    if pred is None:
        return Decision(plover, rule_cameo, True, f"rule {rule_id} (no model)")
    if pred.plover == plover:
        return Decision(plover, rule_cameo, True, f"rule {rule_id}; model agrees ({pred.prob:.2f})")
    if pred.plover == NONE:
        if not rule_specific and pred.prob >= thresholds.drop:
            return Decision(plover, rule_cameo, False, f"dropped: generic rule {rule_id}, model finds no event ({pred.prob:.2f})")
        return Decision(plover, rule_cameo, True, f"rule {rule_id} ({kind}); model NONE {pred.prob:.2f} not enough to drop")
    needed = thresholds.retype_specific if rule_specific else thresholds.retype_generic
    if pred.plover in rival_types:
        # the model does not see which predicate is meant: this type is another one's
        return Decision(plover, rule_cameo, True, f"rule {rule_id} ({kind}); model {pred.plover} {pred.prob:.2f} is another predicate's type")
    if pred.prob >= needed:
        cameo = model_cameo(pred)
        return Decision(pred.plover, cameo, True, f"model {pred.plover} ({pred.prob:.2f}) over {kind} rule {rule_id} ({plover or rule_cameo})")
    limit = "never overrides" if math.isinf(needed) else f"below {needed:.2f}"
    return Decision(plover, rule_cameo, True, f"rule {rule_id} ({kind}); model {pred.plover} {pred.prob:.2f} {limit}")


def model_can_change(*, rule_specific: bool, thresholds: Thresholds = Thresholds()) -> bool:
    """Whether any model answer could change this rule event's outcome.

    With the default thresholds a specific rule is never retyped or dropped, so the
    pipeline can skip the model for it (about 40% of rule events on the dev set) and
    record no model answer: the cheapest model call is the one not made.
    """
    if not rule_specific:
        return True
    return not math.isinf(thresholds.retype_specific)


def model_cameo(pred: TypePrediction) -> str:
    """A CAMEO code for the model's type: its own root's base code when that agrees."""
    if pred.cameo_root is not None:
        base = f"{pred.cameo_root}0"
        if rule_plover(base) == pred.plover:
            return base
    return REPRESENTATIVE_CAMEO[pred.plover]
