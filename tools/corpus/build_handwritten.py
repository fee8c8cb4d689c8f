"""Build the hand-written corpus files from their markup sources.

Each source file in tools/corpus/handwritten/NAME.txt becomes
detente/classify/data/NAME.jsonl. The markup keeps hand-writing fast and the character
offsets exact:

    @register wire                     sets the register of the lines that follow
    # comment
    CONSULT visit 042 title | [Russian Foreign Minister Igor Ivanov] met {his Chinese counterpart} in Beijing.

Before the bar: PLOVER type (or NONE), mode, CAMEO code ("-" for none), then optional
comma-separated tags and an optional "@register" override. After the bar: the sentence,
the source in [square brackets] and the target in {braces}; either may be missing.

Run:  python tools/corpus/build_handwritten.py            (writes the data files)
      python tools/corpus/build_handwritten.py --check    (fails if a data file is stale)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = HERE / "handwritten"
DATA = ROOT / "detente" / "classify" / "data"

sys.path.insert(0, str(HERE))
from labels import LABELS, REGISTERS, TAGS  # noqa: E402

# A short prefix per source file keeps ids unique across files and readable.
ID_PREFIX = {
    "wire_handwritten": "hw-w",
    "analysis_handwritten": "hw-a",
    "statement_handwritten": "hw-s",
    "hard_cases": "hc",
}


class MarkupError(ValueError):
    def __init__(self, path: Path, line_no: int, problem: str) -> None:
        super().__init__(f"{path.name}:{line_no}: {problem}")


def _strip_spans(marked: str, path: Path, line_no: int) -> tuple[str, dict | None, dict | None]:
    """Remove [..] and {..} marks; return the plain text and the two spans."""
    out: list[str] = []
    spans: dict[str, list[int]] = {}
    open_kind: str | None = None
    for char in marked:
        if char in "[{":
            if open_kind is not None:
                raise MarkupError(path, line_no, "nested span marks; close one span before opening another")
            open_kind = "source" if char == "[" else "target"
            if open_kind in spans:
                raise MarkupError(path, line_no, f"two {open_kind} spans; mark only one")
            spans[open_kind] = [len("".join(out)), -1]
        elif char in "]}":
            expected = "source" if char == "]" else "target"
            if open_kind != expected:
                raise MarkupError(path, line_no, f"unbalanced '{char}'")
            spans[open_kind][1] = len("".join(out))
            open_kind = None
        else:
            out.append(char)
    if open_kind is not None:
        raise MarkupError(path, line_no, f"{open_kind} span never closed")
    text = "".join(out)

    def as_span(kind: str) -> dict | None:
        if kind not in spans:
            return None
        start, end = spans[kind]
        return {"text": text[start:end], "start": start, "end": end}

    return text, as_span("source"), as_span("target")


def parse_line(line: str, *, path: Path, line_no: int, register: str) -> dict:
    head, sep, marked = line.partition("|")
    if not sep:
        raise MarkupError(path, line_no, "missing '|' between the labels and the sentence")
    fields = head.split()
    if len(fields) < 3:
        raise MarkupError(path, line_no, "need at least: TYPE MODE CAMEO | sentence")
    plover, mode, cameo, *rest = fields
    if plover not in LABELS:
        raise MarkupError(path, line_no, f"unknown type {plover!r}; use one of {', '.join(LABELS)}")
    tags: list[str] = []
    for token in rest:
        if token.startswith("@"):
            register = token[1:]
        else:
            tags.extend(t for t in token.split(",") if t)
    if register not in REGISTERS:
        raise MarkupError(path, line_no, f"unknown register {register!r}; use one of {REGISTERS}")
    unknown = [t for t in tags if t not in TAGS]
    if unknown:
        raise MarkupError(path, line_no, f"unknown tags {unknown}; add them to labels.TAGS first")
    text, source, target = _strip_spans(marked.strip(), path, line_no)
    return {
        "text": text,
        "source": source,
        "target": target,
        "plover": plover,
        "mode": None if mode == "-" else mode,
        "cameo": None if cameo == "-" else cameo,
        "register": register,
        "tags": tags,
        "origin": "handwritten",
    }


def read_source(path: Path) -> list[dict]:
    register = "wire"
    rows: list[dict] = []
    prefix = ID_PREFIX.get(path.stem, "hw-" + path.stem)
    for line_no, raw in enumerate(path.read_text("utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@register"):
            register = line.split()[1]
            continue
        row = parse_line(line, path=path, line_no=line_no, register=register)
        rows.append({"id": f"{prefix}-{len(rows) + 1:04d}", **row})
    return rows


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the data files are current")
    args = parser.parse_args(argv)
    stale = []
    for path in sorted(SOURCES.glob("*.txt")):
        content = render(read_source(path))
        out = DATA / f"{path.stem}.jsonl"
        if args.check:
            if not out.exists() or out.read_text("utf-8") != content:
                stale.append(out.name)
        else:
            out.write_text(content, encoding="utf-8")
    if stale:
        sys.stderr.write(f"stale: {', '.join(stale)}; run python tools/corpus/build_handwritten.py\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
