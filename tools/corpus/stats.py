"""Print the label-count tables of the training corpus as Markdown (pasted into DATASHEET.md).

    python tools/corpus/stats.py
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "detente" / "classify" / "data"


def _table(title: str, counter: collections.Counter, *, key_name: str) -> str:
    lines = [f"### {title}", "", f"| {key_name} | rows |", "|---|---:|"]
    lines += [f"| {key} | {count} |" for key, count in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))]
    return "\n".join(lines) + "\n"


def main() -> int:
    rows = [json.loads(line) for path in sorted(DATA.glob("*.jsonl")) for line in path.read_text("utf-8").splitlines()]
    files = collections.Counter()
    for path in sorted(DATA.glob("*.jsonl")):
        files[path.name] = sum(1 for _ in path.read_text("utf-8").splitlines())
    by_type = collections.Counter(r["plover"] for r in rows)
    by_type_origin = collections.Counter((r["plover"], r["origin"]) for r in rows)
    lines = ["### PLOVER type", "", "| type | handwritten | generated | total |", "|---|---:|---:|---:|"]
    for plover, total in sorted(by_type.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {plover} | {by_type_origin[(plover, 'handwritten')]} | {by_type_origin[(plover, 'generated')]} | {total} |")
    lines.append(f"| **all** | {sum(1 for r in rows if r['origin'] == 'handwritten')} | {sum(1 for r in rows if r['origin'] == 'generated')} | {len(rows)} |")
    out = ["\n".join(lines) + "\n"]
    out.append(_table("Files", files, key_name="file"))
    out.append(_table("Mode (rows with a mode)", collections.Counter(f"{r['plover']}/{r['mode']}" for r in rows if r["mode"]), key_name="type/mode"))
    out.append(_table("CAMEO root", collections.Counter(r["cameo"][:2] if r["cameo"] else "(none)" for r in rows), key_name="root"))
    out.append(_table("Register", collections.Counter(r["register"] for r in rows), key_name="register"))
    out.append(_table("Tag", collections.Counter(t for r in rows for t in r["tags"]), key_name="tag"))
    lengths = sorted(len(r["text"].split()) for r in rows)
    out.append(f"Sentence length in words: min {lengths[0]}, median {lengths[len(lengths) // 2]}, max {lengths[-1]}.\n")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
