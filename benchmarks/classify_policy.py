"""Rules alone, model alone and combined, on the PLOVER dev set, for policy thresholds.

    .venv/bin/python benchmarks/classify_policy.py [BACKEND]   # needs the cached model (make model)

Codes every dev sentence with the rules (no model), scores each coded event once with the
cached type checker, then replays ``classify.policy.combine`` under a grid of thresholds
and scores each variant with ``detente.evaluate.score`` (type recall, precision, macro-F1
over PLOVER types, full match). "model types every event" replaces each rule type by the
model's (NONE drops the event): the model's ceiling on the rules' candidates.
"""

from __future__ import annotations

import copy
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEV = ROOT.parent / "shared" / "data" / "plover_gsr" / "plover_gsr_cameo_normalized.jsonl"


def main() -> int:
    from detente.check import pair_input
    from detente.classify.cache import load_type_checker
    from detente.classify.policy import Thresholds, combine
    from detente.classify.types import NONE
    from detente.evaluate import _unique_ids, read_gold, score  # same id handling as `detente evaluate`
    from detente.model import Article
    from detente.ontology import lookup
    from detente.pipeline import Coder

    gold = _unique_ids(read_gold(DEV))
    articles = [Article(id=r.id, text=r.text, published=r.published or date(2000, 1, 1)) for r in gold]
    coder = Coder(use_model=False, places=False)
    results = list(coder.code_articles(articles))
    events = [(r.article.id, e) for r in results for e in r.events]
    backend = sys.argv[1] if len(sys.argv) > 1 else "auto"  # auto | onnx-int8 | onnx | torch
    checker = load_type_checker(build_if_missing=False, backend=backend)
    predictions = checker.predict([pair_input(e) for _, e in events])
    print(f"{len(gold)} dev sentences, {len(events)} rule events, backend {checker.backend}")

    def variant(decide) -> dict:
        coded: dict[str, list[dict]] = {r.article.id: [] for r in results}
        for (article_id, event), pred in zip(events, predictions):
            record = decide(event, pred)
            if record is not None:
                coded[article_id].append(record)
        return score(gold, coded)

    def retyped(event, cameo: str) -> dict:
        record = copy.deepcopy(event.to_dict())
        entry = lookup(cameo)
        record["cameo"], record["cameo_root"] = entry.code, entry.root
        record["plover"] = {"event": entry.plover_event, "mode": entry.plover_mode}
        return record

    def policy(thresholds: Thresholds):
        def decide(event, pred):
            d = combine(rule_cameo=event.cameo, rule_id=event.evidence.rule,
                        rule_specific=event.evidence.rule_specific, pred=pred, thresholds=thresholds)
            if not d.keep:
                return None
            return retyped(event, d.final_cameo) if d.final_cameo != event.cameo else event.to_dict()
        return decide

    def model_everywhere(event, pred):
        if pred.plover == NONE:
            return None
        from detente.classify.policy import model_cameo
        return retyped(event, model_cameo(pred))

    rows = [("rules alone", variant(lambda e, p: e.to_dict())),
            ("model types every event", variant(model_everywhere))]
    for drop in (0.9, 0.97, 1.01):  # 1.01: never
        for generic in (0.6, 0.8, 0.9, 0.95, 0.99, 1.01):
            for specific in (0.99, 1.01):
                t = Thresholds(drop=drop, retype_generic=generic, retype_specific=specific)
                rows.append((f"drop {drop:.2f} generic {generic:.2f} specific {specific:.2f}", variant(policy(t))))
    print(f"{'variant':<44}{'macroF1':>8}{'recall':>8}{'prec':>8}{'full':>8}{'events':>8}")
    for name, s in rows:
        print(f"{name:<44}{s['macro_f1']:>8.3f}{s['type_recall']:>8.3f}{s['precision']:>8.3f}"
              f"{s['full_match']:>8.3f}{s['events']:>8}")
    # Where the model and the rule disagree, who is right (against the sentence's gold types)?
    gold_types = {r.id: {g.plover for g in r.events} for r in gold}
    bands = [(0.0, 0.8), (0.8, 0.95), (0.95, 0.99), (0.99, 1.01)]
    print("\nrule vs model where they disagree (model type not NONE): band  n  rule right  model right")
    for low, high in bands:
        for kind in (False, True):
            pairs = [(e, p) for (_, e), p in zip(events, predictions)
                     if p.plover not in (NONE, e.plover_event) and low <= p.prob < high and e.evidence.rule_specific == kind]
            ids = [a for (a, e), p in zip(events, predictions)
                   if p.plover not in (NONE, e.plover_event) and low <= p.prob < high and e.evidence.rule_specific == kind]
            rule_right = sum(e.plover_event in gold_types[a] for a, (e, _) in zip(ids, pairs))
            model_right = sum(p.plover in gold_types[a] for a, (_, p) in zip(ids, pairs))
            print(f"  {low:.2f}-{min(high, 1):.2f} {'specific' if kind else 'generic ':<9}{len(pairs):>4}{rule_right:>8}{model_right:>12}")
    specific = sum(e.evidence.rule_specific for _, e in events)
    print(f"specific rules: {specific}/{len(events)}; model NONE on {sum(p.plover == NONE for p in predictions)} events")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
