"""The event-type training corpus (detente/classify/data/*.jsonl): format and coverage.

Fast: no spaCy model. Reads ../shared/ (the PLOVER dev set and the mode table) at test
time only, and skips those checks where ../shared/ is absent.
"""

from __future__ import annotations

import collections
import csv
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from detente.ontology import cameo_table

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "detente" / "classify" / "data"
TOOLS = ROOT / "tools" / "corpus"
SHARED = ROOT.parent / "shared"
DEV_SET = SHARED / "data" / "plover_gsr" / "plover_gsr_cameo_normalized.jsonl"
MODES_CSV = SHARED / "reference" / "plover" / "plover_event_modes.csv"

REQUIRED = ("id", "text", "source", "target", "plover", "mode", "cameo", "register", "tags", "origin")


def _load_tool(name: str):
    """Import a script from tools/corpus/ (not a package) by path."""
    sys.path.insert(0, str(TOOLS))
    try:
        spec = importlib.util.spec_from_file_location(f"corpus_{name}", TOOLS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(TOOLS))


labels = _load_tool("labels")


def _read_rows() -> list[tuple[str, int, dict]]:
    rows = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line_no, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            rows.append((path.name, line_no, json.loads(line)))
    return rows


ROWS = _read_rows()
RECORDS = [row for _, _, row in ROWS]


def _where(name: str, line_no: int, row: dict) -> str:
    return f"{name}:{line_no} id={row.get('id')}"


def test_every_row_has_the_required_fields_and_types():
    for name, line_no, row in ROWS:
        assert set(row) == set(REQUIRED), _where(name, line_no, row)
        assert isinstance(row["text"], str) and row["text"].strip(), _where(name, line_no, row)
        assert isinstance(row["tags"], list), _where(name, line_no, row)
        assert row["cameo"] is None or isinstance(row["cameo"], str), _where(name, line_no, row)


def test_span_offsets_match_the_text_exactly():
    for name, line_no, row in ROWS:
        for side in ("source", "target"):
            span = row[side]
            if span is None:
                continue
            assert 0 <= span["start"] < span["end"] <= len(row["text"]), _where(name, line_no, row)
            assert row["text"][span["start"]:span["end"]] == span["text"], _where(name, line_no, row)
            assert span["text"] == span["text"].strip(), f"{_where(name, line_no, row)}: span has edge spaces"


def test_source_and_target_do_not_overlap():
    for name, line_no, row in ROWS:
        if row["source"] and row["target"]:
            s, t = row["source"], row["target"]
            assert s["end"] <= t["start"] or t["end"] <= s["start"], _where(name, line_no, row)


def test_spanless_rows_are_only_eventless_sentences():
    for name, line_no, row in ROWS:
        if row["source"] is None and row["target"] is None:
            assert row["plover"] == "NONE", _where(name, line_no, row)
        if row["plover"] != "NONE":
            assert row["source"] is not None, f"{_where(name, line_no, row)}: an event needs its source"


def test_labels_registers_origins_and_tags_are_from_the_vocabulary():
    for name, line_no, row in ROWS:
        where = _where(name, line_no, row)
        assert row["plover"] in labels.LABELS, where
        assert row["register"] in labels.REGISTERS, where
        assert row["origin"] in labels.ORIGINS, where
        assert set(row["tags"]) <= set(labels.TAGS), where
        assert len(row["tags"]) == len(set(row["tags"])), where


def test_cameo_codes_exist_and_agree_with_the_plover_type():
    table = cameo_table()
    for name, line_no, row in ROWS:
        code = row["cameo"]
        if code is None:
            continue
        where = _where(name, line_no, row)
        assert code in table, f"{where}: unknown CAMEO code {code}"
        expected = labels.CAMEO_PLOVER_EXCEPTIONS.get(code) or table[code].plover_event or "NONE"
        assert row["plover"] == expected, f"{where}: CAMEO {code} is {expected}, row says {row['plover']}"


@pytest.mark.skipif(not MODES_CSV.exists(), reason="../shared/ PLOVER mode table absent")
def test_modes_are_plover_modes_of_the_row_type():
    with MODES_CSV.open(encoding="utf-8") as handle:
        allowed = {(r["event"], r["mode"]) for r in csv.DictReader(handle) if r["mode"]}
    for name, line_no, row in ROWS:
        if row["mode"] is not None:
            assert (row["plover"], row["mode"]) in allowed, _where(name, line_no, row)


def _span_key(span: dict | None) -> tuple[int, int] | None:
    return None if span is None else (span["start"], span["end"])


def test_ids_are_unique_and_texts_are_not_duplicated():
    ids = collections.Counter(row["id"] for row in RECORDS)
    assert [i for i, n in ids.items() if n > 1] == []
    # A sentence may appear twice only to label a second pair of actors in it
    # ("X said Y attacked Z": (Y, Z) ASSAULT and (X, Y) NONE); never the same pair twice.
    pairs = collections.Counter(
        (row["text"], _span_key(row["source"]), _span_key(row["target"])) for row in RECORDS
    )
    assert [p for p, n in pairs.items() if n > 1] == []
    texts = collections.Counter(row["text"] for row in RECORDS)
    assert sum(n - 1 for n in texts.values()) <= 0.02 * len(RECORDS)


def test_size_and_coverage():
    counts = collections.Counter(row["plover"] for row in RECORDS)
    assert len(RECORDS) >= 3000
    for plover in labels.PLOVER_TYPES:
        assert counts[plover] >= 100, f"{plover}: only {counts[plover]} rows"
    assert counts["NONE"] >= 0.08 * len(RECORDS)
    assert {row["register"] for row in RECORDS} == set(labels.REGISTERS)
    assert {row["origin"] for row in RECORDS} == set(labels.ORIGINS)
    roots = {row["cameo"][:2] for row in RECORDS if row["cameo"]}
    assert roots >= {f"{n:02d}" for n in range(1, 21)}
    tags = collections.Counter(tag for row in RECORDS for tag in row["tags"])
    for tag in labels.TAGS:
        assert tags[tag] >= 10, f"tag {tag}: only {tags[tag]} rows"


def test_sentence_lengths_vary():
    lengths = [len(row["text"].split()) for row in RECORDS]
    assert min(lengths) <= 10 and max(lengths) >= 45


@pytest.mark.skipif(not DEV_SET.exists(), reason="../shared/ PLOVER dev set absent")
def test_no_sentence_is_copied_from_the_dev_set():
    def norm(text: str) -> str:
        return " ".join(text.lower().split())

    dev = {norm(json.loads(line)["text"]) for line in DEV_SET.read_text("utf-8").splitlines() if line.strip()}
    copied = [row["id"] for row in RECORDS if norm(row["text"]) in dev]
    assert copied == []


def test_handwritten_files_are_built_from_their_markup():
    build = _load_tool("build_handwritten")
    for source in sorted(build.SOURCES.glob("*.txt")):
        committed = (DATA / f"{source.stem}.jsonl").read_text("utf-8")
        assert build.render(build.read_source(source)) == committed, f"rebuild {source.stem}"


def test_markup_parser_reports_the_line_and_the_fix():
    build = _load_tool("build_handwritten")
    row = build.parse_line("ACCUSE disapprove 111 | [Iran] condemned {Israel}.", path=Path("x.txt"), line_no=3, register="wire")
    assert row["source"] == {"text": "Iran", "start": 0, "end": 4}
    assert row["target"] == {"text": "Israel", "start": 15, "end": 21}
    with pytest.raises(build.MarkupError, match="x.txt:7: unbalanced"):
        build.parse_line("ACCUSE - - | [Iran} condemned.", path=Path("x.txt"), line_no=7, register="wire")


def test_generator_reproduces_the_committed_file_byte_for_byte(tmp_path):
    generate = _load_tool("generate")
    out = tmp_path / "generated.jsonl"
    generate.main(["--out", str(out)])
    assert out.read_bytes() == (DATA / "generated_templates.jsonl").read_bytes()
