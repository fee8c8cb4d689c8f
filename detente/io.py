"""Read articles from files, directories and stdin.

Formats: ``.txt``/``.md`` (one article per file), ``.jsonl``/``.ndjson`` and ``.csv``/``.tsv``
(columns ``id``, ``text``, ``date`` or ``published``, optional ``title``, ``source``,
``url``), directories (recursively) and ``-`` (stdin: JSON Lines when it starts with ``{``,
else one plain-text article). A bad record yields an ``InputProblem`` naming the file and
line and saying how to fix it; the other records are still read.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from detente.errors import InputError
from detente.resolve.header_date import header_date
from detente.model import Article, InputProblem

TEXT_SUFFIXES = {".txt", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TABLE_SUFFIXES = {".csv": ",", ".tsv": "\t"}
SUPPORTED = TEXT_SUFFIXES | JSONL_SUFFIXES | set(TABLE_SUFFIXES)


def parse_date(value: object, *, where: str) -> date | None:
    """ISO dates and datetimes (``2000-02-22``, ``2000-02-22T10:00:00Z``); None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for candidate in (text, text[:10]):
        try:
            return date.fromisoformat(candidate)
        except ValueError:
            pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise InputError(where, f"date {text!r} is not an ISO date", "write it as YYYY-MM-DD") from None


def read_inputs(
    paths: Iterable[str | Path], *, default_date: date | None = None, stdin=None
) -> Iterator[Article | InputProblem]:
    """Every article in ``paths``, in order, with problems interleaved where they occur.

    An id seen before with a *different* text is a different article that reuses an id
    (it happens in real feeds and in the PLOVER gold file): it gets the id suffixed with
    where it was read (``id#file:line``) so neither record is lost.
    """
    seen: dict[str, int] = {}
    for item in _read_all(paths, default_date=default_date, stdin=stdin):
        if isinstance(item, Article):
            digest = hash(item.text)
            if item.id in seen and seen[item.id] != digest:
                item = replace(item, id=f"{item.id}#{item.origin or 'dup'}")
            seen.setdefault(item.id, digest)
        yield item


def _read_all(paths, *, default_date, stdin) -> Iterator[Article | InputProblem]:
    for raw in paths:
        if str(raw) == "-":
            yield from _read_stdin(stdin or sys.stdin, default_date=default_date)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
            if not files:
                yield InputProblem(str(path), "directory holds no .txt/.md/.jsonl/.ndjson/.csv/.tsv files")
            for file in files:
                yield from _read_file(file, default_date=default_date)
        elif path.is_file():
            yield from _read_file(path, default_date=default_date)
        else:
            yield InputProblem(str(path), "no such file or directory")


def _read_file(path: Path, *, default_date: date | None) -> Iterator[Article | InputProblem]:
    suffix = path.suffix.lower()
    try:
        if suffix in TEXT_SUFFIXES:
            yield _text_article(path.read_text("utf-8"), article_id=path.stem, origin=str(path), default_date=default_date)
        elif suffix in JSONL_SUFFIXES:
            with path.open(encoding="utf-8") as handle:
                yield from _read_jsonl(handle, name=str(path), default_date=default_date)
        elif suffix in TABLE_SUFFIXES:
            with path.open(encoding="utf-8", newline="") as handle:
                yield from _read_table(handle, name=str(path), delimiter=TABLE_SUFFIXES[suffix], default_date=default_date)
        else:
            yield InputProblem(str(path), f"unsupported file type {suffix!r}; use one of {', '.join(sorted(SUPPORTED))}")
    except UnicodeDecodeError as exc:
        yield InputProblem(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start}); re-encode the file as UTF-8")


def _read_stdin(stream, *, default_date: date | None) -> Iterator[Article | InputProblem]:
    data = stream.read()
    if data.lstrip().startswith("{"):
        yield from _read_jsonl(io.StringIO(data), name="<stdin>", default_date=default_date)
    else:
        yield _text_article(data, article_id="stdin", origin="<stdin>", default_date=default_date)


def _text_article(text: str, *, article_id: str, origin: str, default_date: date | None) -> Article | InputProblem:
    if not text.strip():
        return InputProblem(origin, "empty article text")
    first = text.strip().splitlines()[0].strip()
    title = first.lstrip("# ").strip() if first.startswith("#") else None
    # A date in the text's own header (dateline) is the record's date; --date is the fallback.
    published = header_date(text) or default_date
    return Article(id=article_id, text=text, published=published, title=title, origin=origin)


def _read_jsonl(handle, *, name: str, default_date: date | None) -> Iterator[Article | InputProblem]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputProblem(where, f"not valid JSON ({exc.msg} at column {exc.colno}); one JSON object per line")
            continue
        if not isinstance(record, dict):
            yield InputProblem(where, "expected a JSON object with 'id' and 'text'")
            continue
        yield _record_article(record, where=where, default_date=default_date, fallback_id=f"{Path(name).stem}-{number}")


def _read_table(handle, *, name: str, delimiter: str, default_date: date | None) -> Iterator[Article | InputProblem]:
    reader = csv.DictReader(handle, delimiter=delimiter)
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield InputProblem(name, f"needs a header row with a 'text' column (found {reader.fieldnames})")
        return
    for record in reader:
        where = f"{name}:{reader.line_num}"
        yield _record_article(record, where=where, default_date=default_date, fallback_id=f"{Path(name).stem}-{reader.line_num}")


def _record_article(record: dict, *, where: str, default_date: date | None, fallback_id: str) -> Article | InputProblem:
    record_id = str(record.get("id") or fallback_id)
    label = f"{where} (id {record_id})"
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputProblem(label, "missing or empty 'text' field; every record needs the article text")
    try:
        published = parse_date(record.get("date") or record.get("published"), where=label)
    except InputError as exc:
        return InputProblem(label, f"{exc.problem} ({exc.fix})")
    return Article(
        id=record_id,
        text=text,
        published=published or header_date(text) or default_date,
        title=record.get("title") or None,
        source=record.get("source") or None,
        url=record.get("url") or None,
        origin=where,
    )
