"""Score the type battery: short wire-style sentences, about twelve per PLOVER event type,
plus sentences with no political event at all (tests/data/type_battery.jsonl).

    .venv/bin/python tools/type_battery.py [--no-model] [--only TYPE] [--quiet]

Each case carries the gold PLOVER type ("plover", or null for a sentence with no political
event) and the expected CAMEO root ("cameo_root", informative only).

- recall, per type: a case is right when some coded event carries the gold PLOVER type;
- precision: of the PLOVER-typed events coded on the event sentences, the share whose type
  is the gold type (a sentence may honestly hold a second event, so this is a guide);
- false events: no-event sentences on which some event with a PLOVER type was coded
  (CAMEO 01 statements, which PLOVER drops, are listed but not counted).

Failures print the coded events with their rule ids, then the candidates the extractor
found (rule, CAMEO code, PLOVER type, outcome), and a diagnosis: "actor" when a candidate
of the gold type was found but dropped (no actor resolved, self-event, ...), so the type
rules were right; "type" otherwise. `.venv/bin/detente explain --no-model --date D
"sentence"` shows the full reasoning.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BATTERY = ROOT / "tests" / "data" / "type_battery.jsonl"
TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
)


def load(path: Path = BATTERY) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run(cases: list[dict], *, use_model: bool = True) -> dict[str, list]:
    from detente.model import Article
    from detente.pipeline import Coder

    coder = Coder(use_model=use_model)
    articles = [Article(id=c["id"], text=c["text"], published=date.fromisoformat(c["date"])) for c in cases]
    return {case["id"]: list(result.events) for case, result in zip(cases, coder.code_articles(articles))}


def diagnose(case: dict, *, use_model: bool = False) -> tuple[str, list[str]]:
    """("actor" | "type", candidate lines) for a failed case, from the coder's trace."""
    from detente.ontology import cameo_table
    from detente.pipeline import Coder

    coder = _coders.get(use_model) or _coders.setdefault(use_model, Coder(use_model=use_model))
    _, traces = coder.trace(case["text"], published=date.fromisoformat(case["date"]))
    table = cameo_table()
    kind, lines = "type", []
    for trace in traces:
        for coded in trace.coded:
            entry = table.get(coded.cameo)
            plover = entry.plover_event if entry is not None else None
            if plover == case["plover"]:
                kind = "actor"
            lines.append(f"cand {plover or '-':<9} {coded.cameo:<5} {coded.rule:<34} "
                         f"'{coded.candidate.predicate.text}': {coded.outcome}")
    return kind, lines


_coders: dict = {}


def describe(event) -> str:
    def actor(a):
        return "-" if a is None else f"{a.code or 'None'}[{a.text}]"

    rule = event.evidence.rule if event.evidence else "?"
    neg = " NEG" if getattr(event.evidence, "negated", False) else ""
    return (f"{event.plover_event or '-':<9} {event.cameo:<5} {rule:<34} "
            f"'{event.evidence.predicate}'{neg} {actor(event.source)} -> {actor(event.target)}")


def summarise(cases: list[dict], results: dict[str, list]) -> dict:
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # right, cases, root right
    typed_events = typed_right = 0
    none_cases = none_false = 0
    failures, false_events = [], []
    for case in cases:
        events = results[case["id"]]
        gold = case["plover"]
        if gold is None:
            none_cases += 1
            if any(e.plover_event for e in events):
                none_false += 1
                false_events.append((case, events))
            continue
        row = per[gold]
        row[1] += 1
        meeting = [e for e in events if e.plover_event == gold]
        if meeting:
            row[0] += 1
            row[2] += any(e.cameo[:2] == case.get("cameo_root") for e in meeting)
        else:
            failures.append((case, events))
        for e in events:
            if e.plover_event:
                typed_events += 1
                typed_right += e.plover_event == gold
    right = sum(r[0] for r in per.values())
    total = sum(r[1] for r in per.values())
    return {
        "per_type": {k: tuple(v) for k, v in per.items()},
        "right": right,
        "total": total,
        "recall": right / total if total else 0.0,
        "precision": typed_right / typed_events if typed_events else 0.0,
        "none_cases": none_cases,
        "none_false": none_false,
        "false_rate": none_false / none_cases if none_cases else 0.0,
        "failures": failures,
        "false_events": false_events,
        "diagnoses": {"actor": 0, "type": 0},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-model", action="store_true", help="rules alone (no ONNX type check)")
    ap.add_argument("--only", choices=TYPES, help="one type (and the no-event sentences)")
    ap.add_argument("--quiet", action="store_true", help="figures only, no failure list")
    ap.add_argument("--battery", type=Path, default=BATTERY)
    args = ap.parse_args(argv)

    cases = load(args.battery)
    if args.only:
        cases = [c for c in cases if c["plover"] in (args.only, None)]
    s = summarise(cases, run(cases, use_model=not args.no_model))

    if not args.quiet:
        for title, items in (("FAIL", s["failures"]), ("FALSE", s["false_events"])):
            for case, events in items:
                kind, lines = diagnose(case) if title == "FAIL" else ("", [])
                print(f"{title} {case['id']} [{case['date']}] want {case['plover']} {case['text']}")
                for e in events:
                    print(f"   got  {describe(e)}")
                if not events:
                    print("   got  (no events)")
                for line in lines:
                    print(f"   {line}")
                if kind:
                    print(f"   diagnosis: {kind}")
                    s["diagnoses"][kind] += 1
        print()
    print(f"{'type':<11}{'right':>6}{'cases':>6}{'recall':>8}{'root ok':>8}")
    for t in TYPES:
        if t in s["per_type"]:
            r, n, rr = s["per_type"][t]
            print(f"{t:<11}{r:>6}{n:>6}{r / n:>8.1%}{rr:>8}")
    print(f"{'overall':<11}{s['right']:>6}{s['total']:>6}{s['recall']:>8.1%}")
    print(f"typed-event precision on event sentences: {s['precision']:.1%}")
    if not args.quiet:
        print(f"failures with a dropped candidate of the gold type (actor-level): {s['diagnoses']['actor']}; "
              f"no candidate of the gold type (type-level): {s['diagnoses']['type']}")
    print(f"no-event sentences with a PLOVER event: {s['none_false']}/{s['none_cases']} ({s['false_rate']:.1%})")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
