"""The learned type check applied to coded events (rules find, the model checks).

Every event of a batch of articles becomes one (sentence, source span, target span)
item; the type checker scores them in one batched call, and ``classify.policy.combine``
decides per event: keep the rule's code, retype it, or drop it. The rule stays the
evidence either way, with the model's answer and the decision beside it.
"""

from __future__ import annotations

from dataclasses import replace

from detente.classify.policy import combine, model_can_change
from detente.classify.types import PairInput
from detente.model import ArticleResult, Event
from detente.ontology import lookup


def _relative(span: tuple[int, int] | None, start: int, length: int) -> tuple[int, int] | None:
    if span is None:
        return None
    a, b = span[0] - start, span[1] - start
    if a < 0 or b > length or a >= b:
        return None
    return (a, b)


def pair_input(event: Event) -> PairInput:
    start = event.evidence.sentence_start
    # offsets index the stripped sentence text stored on the event
    raw_sentence_len = len(event.sentence)
    source = _relative(event.source.span, start, raw_sentence_len)
    target = _relative(event.target.span, start, raw_sentence_len) if event.target else None
    return PairInput(sentence=event.sentence, source=source, target=target)


def apply_type_checker(checker, results: list[ArticleResult]) -> list[ArticleResult]:
    events = [e for r in results for e in r.events]
    if not events:
        return results
    # the cheapest model call is the one not made: specific rules are never overruled, and
    # identical (sentence, source, target) items are scored once
    inputs = {e.event_id: pair_input(e) for e in events if model_can_change(rule_specific=e.evidence.rule_specific)}
    unique = list(dict.fromkeys(inputs.values()))
    answers = dict(zip(unique, checker.predict(unique)))
    decided = {}
    for event in events:
        pred = answers[inputs[event.event_id]] if event.event_id in inputs else None
        if pred is None:
            decided[event.event_id] = replace(event, evidence=replace(event.evidence, decision=f"rule {event.evidence.rule} (specific: model not consulted)"))
            continue
        rule_id = event.evidence.rule
        decision = combine(rule_cameo=event.cameo, rule_id=rule_id,
                           rule_specific=event.evidence.rule_specific, pred=pred,
                           rival_types=event.evidence.rival_types)
        evidence = replace(event.evidence, model=pred.plover, model_prob=round(pred.prob, 4), decision=decision.reason)
        if not decision.keep:
            decided[event.event_id] = None
            continue
        if decision.final_cameo != event.cameo:
            entry = lookup(decision.final_cameo)
            decided[event.event_id] = replace(
                event, cameo=entry.code, goldstein=entry.goldstein, quad_class=entry.quad_class,
                plover_event=entry.plover_event, plover_mode=entry.plover_mode, evidence=evidence, event_id="",
            )
        else:
            decided[event.event_id] = replace(event, evidence=evidence)
    return [
        replace(r, events=tuple(d for d in (decided[e.event_id] for e in r.events) if d is not None))
        for r in results
    ]
