"""Score the actor battery: short texts whose actors need dated roles, titles,
coreference, organisations and agent nouns (tests/data/actor_battery.jsonl).

    .venv/bin/python tools/actor_battery.py [--no-model] [--only CATEGORY] [--quiet]

A case is right when every expectation in it is met by some coded event:
- the source matches: the full code when the expectation carries an agent (RUSGOV,
  USASPY), else the first three letters (country level); IGO/NGO codes match when the
  coded code equals the expectation or extends it (IGOWSTNAT matches IGOWSTNATMIL);
- when a target is expected, the target matches by the same rule;
- "symmetric": true accepts the dyad in either direction ("the two sides signed").
The CAMEO root is reported (how many right cases also have the expected root) but not scored.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BATTERY = ROOT / "tests" / "data" / "actor_battery.jsonl"
CATEGORIES = ("dated_role", "title", "coreference", "organisation", "agent")


def load(path: Path = BATTERY) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def code_matches(expected: str | None, coded: str | None) -> bool:
    if expected is None:
        return True
    if not coded:
        return False
    if expected[:3] in ("IGO", "NGO"):
        return coded.startswith(expected)
    if len(expected) > 3:
        return coded == expected
    return coded[:3] == expected


def _dyad_met(exp: dict, src: str | None, tgt: str | None) -> bool:
    return code_matches(exp["source"], src) and (exp.get("target") is None or code_matches(exp["target"], tgt))


def event_meets(exp: dict, event) -> bool:
    src = event.source.code if event.source else None
    tgt = event.target.code if event.target else None
    if _dyad_met(exp, src, tgt):
        return True
    return bool(exp.get("symmetric")) and _dyad_met(exp, tgt, src)


def score_case(case: dict, events) -> tuple[bool, bool]:
    """(right, root right too) for one case and its coded events."""
    right = root_right = True
    for exp in case["expect"]:
        meeting = [e for e in events if event_meets(exp, e)]
        if not meeting:
            return False, False
        if exp.get("root") and not any(e.cameo[:2] == exp["root"] for e in meeting):
            root_right = False
    return right, root_right


def describe(event) -> str:
    def actor(a):
        return "-" if a is None else f"{a.code or 'None'}[{a.text}]"

    return f"{actor(event.source)} -> {actor(event.target)} {event.cameo}"


def run(cases: list[dict], *, use_model: bool = True):
    from detente.model import Article
    from detente.pipeline import Coder

    coder = Coder(use_model=use_model)
    articles = [Article(id=c["id"], text=c["text"], published=date.fromisoformat(c["date"])) for c in cases]
    results = {}
    for case, result in zip(cases, coder.code_articles(articles)):
        results[case["id"]] = list(result.events)
    return results


def summarise(cases: list[dict], results: dict) -> dict:
    per = defaultdict(lambda: [0, 0, 0])  # right, total, root right
    failures = []
    for case in cases:
        events = results[case["id"]]
        right, root_right = score_case(case, events)
        row = per[case["category"]]
        row[1] += 1
        if right:
            row[0] += 1
            row[2] += root_right
        else:
            failures.append((case, events))
    total_right = sum(r[0] for r in per.values())
    total = sum(r[1] for r in per.values())
    return {
        "per_category": {k: tuple(v) for k, v in per.items()},
        "right": total_right,
        "total": total,
        "accuracy": total_right / total if total else 0.0,
        "failures": failures,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-model", action="store_true", help="rules alone (no ONNX type check)")
    ap.add_argument("--only", choices=CATEGORIES, help="one category")
    ap.add_argument("--quiet", action="store_true", help="figures only, no failure list")
    ap.add_argument("--battery", type=Path, default=BATTERY)
    args = ap.parse_args(argv)

    cases = load(args.battery)
    if args.only:
        cases = [c for c in cases if c["category"] == args.only]
    results = run(cases, use_model=not args.no_model)
    s = summarise(cases, results)

    if not args.quiet:
        for case, events in s["failures"]:
            want = "; ".join(
                f"{e['source']} -> {e.get('target') or '*'}" + (" (either way)" if e.get("symmetric") else "")
                for e in case["expect"]
            )
            print(f"FAIL {case['id']} [{case['date']}] {case['text']}")
            print(f"   want {want}")
            for e in events:
                print(f"   got  {describe(e)}")
            if not events:
                print("   got  (no events)")
        print()
    print(f"{'category':<14}{'right':>7}{'cases':>7}{'acc':>8}{'root ok':>9}")
    for cat in CATEGORIES:
        if cat in s["per_category"]:
            r, n, rr = s["per_category"][cat]
            print(f"{cat:<14}{r:>7}{n:>7}{r / n:>8.1%}{rr:>9}")
    print(f"{'overall':<14}{s['right']:>7}{s['total']:>7}{s['accuracy']:>8.1%}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
