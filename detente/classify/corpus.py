"""Read labelled pairs: the project's training corpus and the PLOVER dev set.

Corpus files (``detente/classify/data/*.jsonl``) hold one object a line:
``{"id", "text", "source": {"text","start","end"} | null, "target": ... | null,
"plover": TYPE | "NONE", "cameo": str | null, ...}``. A bad line is counted and skipped,
never fatal: ``ReadReport`` says which lines and why.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from detente.classify.types import CAMEO_ROOT_INDEX, LABEL_INDEX, LabelledPair, PairInput


def default_data_dir() -> Path:
    return Path(__file__).resolve().parent / "data"


def corpus_files(data_dir: Path | None = None) -> list[Path]:
    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


@dataclass
class ReadReport:
    read: int = 0
    skipped: list[str] = field(default_factory=list)  # "file:line: why"


def read_corpus(paths: Iterable[Path], *, report: ReadReport | None = None) -> list[LabelledPair]:
    """Every usable example in ``paths``; problems go to ``report``."""
    report = report if report is not None else ReadReport()
    examples: list[LabelledPair] = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                where = f"{Path(path).name}:{number}"
                try:
                    examples.append(_example(json.loads(line), where))
                    report.read += 1
                except (ValueError, KeyError, TypeError) as exc:
                    report.skipped.append(f"{where}: {exc}")
    return examples


def _example(record: dict[str, Any], where: str) -> LabelledPair:
    text = record["text"]
    label = record["plover"]
    if label not in LABEL_INDEX:
        raise ValueError(f"unknown label {label!r}")
    source = _span(text, record.get("source"), "source")
    target = _span(text, record.get("target"), "target")
    cameo = record.get("cameo")
    root = str(cameo)[:2] if cameo else None
    if root not in CAMEO_ROOT_INDEX:
        root = None
    return LabelledPair(PairInput(text, source, target), label, root, f"{where}#{record.get('id', '')}")


def _span(text: str, span: dict[str, Any] | None, name: str) -> tuple[int, int] | None:
    if not span:
        return None
    start, end, phrase = span.get("start"), span.get("end"), span.get("text", "")
    if isinstance(start, int) and isinstance(end, int) and text[start:end] == phrase and end > start:
        return (start, end)
    # Offsets missing or off: fall back to the first occurrence of the phrase.
    found = text.find(phrase) if phrase else -1
    if found < 0:
        raise ValueError(f"{name} {phrase!r} is not in the text; fix its start/end offsets")
    return (found, found + len(phrase))


def read_plover_dev(path: Path) -> list[LabelledPair]:
    """The PLOVER gold records as pairs: first actor as source, first recipient as target.

    The records mark actors by text only, so spans are found by string search; a record
    whose actor text is missing from its sentence keeps that side empty.
    """
    pairs: list[LabelledPair] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            text = record["text"]
            source = _find(text, record.get("actor") or [])
            target = _find(text, record.get("recipient") or [])
            if source and target and _overlap(source, target):
                target = None
            pairs.append(LabelledPair(PairInput(text, source, target), record["event"], None, record["id"]))
    return pairs


def _find(text: str, actors: list[dict[str, Any]]) -> tuple[int, int] | None:
    for actor in actors:
        phrase = (actor.get("text") or "").strip()
        found = text.find(phrase) if phrase else -1
        if found >= 0:
            return (found, found + len(phrase))
    return None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
