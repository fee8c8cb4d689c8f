"""Code whole documents and measure key-event recall (tests/data/documents/).

    .venv/bin/python tools/document_battery.py [--no-model] [--only NAME] [--quiet] [--json PATH] [--data DIR]

Twelve news and analysis articles written for Détente, with their key events in
expected.json (written before the coder was run on them). A key event is found when some
coded event has an accepted source and target (country level, as evaluate.actor_key gives;
a list in expected.json accepts any of its members; "either_way" accepts the dyad in both
directions) and one of the accepted PLOVER types; one coded event credits at most one key
event (maximum matching).

For each article the tool prints the key events (found or MISSED), the dates the events
were given (an article with date null must be dated by its dateline) and every coded
event, numbered, with source and target codes, PLOVER type, CAMEO code, rule and sentence,
so that a person can judge precision (tests/data/documents/judged.json holds such a
judgement). --json writes the same data for scripts.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from detente.evaluate import actor_key  # noqa: E402

DATA = ROOT / "tests" / "data" / "documents"


def load_expected(path: Path = DATA / "expected.json") -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["articles"]


def _accepted(value) -> set:
    if value is None:
        return {None}
    return set(value) if isinstance(value, list) else {value}


def keys(event) -> tuple[str | None, str | None]:
    source = actor_key(event.source.code, event.source.country)
    target = actor_key(event.target.code, event.target.country) if event.target else None
    return source, target


def matches(expected: dict, event) -> bool:
    if event.plover_event not in expected["types"]:
        return False
    source, target = keys(event)
    sources, targets = _accepted(expected["source"]), _accepted(expected["target"])
    if source in sources and target in targets:
        return True
    return bool(expected.get("either_way")) and source in targets and target in sources


def code_article(coder, article: dict, folder: Path = DATA) -> list:
    text = (folder / article["file"]).read_text(encoding="utf-8")
    published = date.fromisoformat(article["date"]) if article["date"] else None
    return coder.code_text(text, published=published, article_id=article["file"])


def score(article: dict, events: list) -> list[tuple[dict, list[int]]]:
    """Each key event with the coded event credited to it ([] when missed).

    One coded event credits at most one key event (a maximum bipartite matching), so that
    "Israeli soldiers arrested militants" cannot also stand for "Mofaz ordered a closure".
    """
    candidates = [[i for i, e in enumerate(events) if matches(expected, e)] for expected in article["events"]]
    owner: dict[int, int] = {}

    def assign(k: int, seen: set) -> bool:
        for i in candidates[k]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or assign(owner[i], seen):
                owner[i] = k
                return True
        return False

    for k in range(len(candidates)):
        assign(k, set())
    credited = {k: i for i, k in owner.items()}
    return [(expected, [credited[k]] if k in credited else []) for k, expected in enumerate(article["events"])]


def describe(event) -> dict:
    target = event.target
    return {
        "source": event.source.code, "source_text": event.source.text,
        "target": target.code if target else None, "target_text": target.text if target else None,
        "plover": event.plover_event, "mode": event.plover_mode, "cameo": event.cameo,
        "rule": event.evidence.rule, "predicate": event.evidence.predicate,
        "date": event.when.date.isoformat(), "date_basis": event.when.basis,
        "place": event.location.name if event.location else None,
        "sentence": event.sentence,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-model", action="store_true", help="rules alone")
    parser.add_argument("--only", help="articles whose file name contains this")
    parser.add_argument("--quiet", action="store_true", help="summary only, no event lists")
    parser.add_argument("--json", type=Path, help="write key events and coded events here")
    parser.add_argument("--data", type=Path, default=DATA,
                        help="folder with the texts and expected.json (default tests/data/documents)")
    args = parser.parse_args(argv)

    from detente.pipeline import Coder

    coder = Coder(use_model=not args.no_model)
    articles = [a for a in load_expected(args.data / "expected.json") if not args.only or args.only in a["file"]]
    found_all = total_all = 0
    rows, dump = [], {}
    for article in articles:
        events = code_article(coder, article, args.data)
        scored = score(article, events)
        found = sum(1 for _, hits in scored if hits)
        found_all += found
        total_all += len(scored)
        rows.append((article["file"], found, len(scored)))
        dates = sorted({e.when.date.isoformat() for e in events})
        dump[article["file"]] = {
            "key_events": [{"what": x["what"], "found_by": hits} for x, hits in scored],
            "events": [describe(e) for e in events],
        }
        print(f"=== {article['file']}: {found}/{len(scored)} key events, {len(events)} coded events")
        if article["date"] is None:
            print(f"    dateline date expected {article['expect_date']}; event dates {dates}")
        if args.quiet:
            continue
        for expected, hits in scored:
            mark = f"found by #{','.join(map(str, hits))}" if hits else "MISSED"
            print(f"  [{mark}] {expected['what']} ({expected['source']}->{expected['target']} "
                  f"{'/'.join(expected['types'])})")
        for i, event in enumerate(events):
            d = describe(event)
            print(f"  #{i:<2} {d['source'] or '-'}({d['source_text']}) -> {d['target'] or '-'}"
                  f"({d['target_text'] or ''}) {d['plover']}/{d['mode'] or ''} cameo={d['cameo']} "
                  f"rule={d['rule']} date={d['date']} place={d['place']}")
            print(f"       | {event.sentence.strip()}")
    print()
    for name, found, total in rows:
        print(f"{name:40s} {found:3d}/{total:<3d} {found / total:.0%}")
    if total_all:
        print(f"{'overall':40s} {found_all:3d}/{total_all:<3d} {found_all / total_all:.1%}")
    if args.json:
        args.json.write_text(json.dumps(dump, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
