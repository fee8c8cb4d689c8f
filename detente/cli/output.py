"""What the CLI prints: event rows, a progress line, the end-of-run summary."""

from __future__ import annotations

import csv
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import click

CSV_COLUMNS = [
    "event_id", "article_id", "sentence_index", "date", "date_precision", "date_basis",
    "source_text", "source_code", "source_country", "target_text", "target_code", "target_country",
    "cameo", "cameo_root", "goldstein", "quad_class", "plover_event", "plover_mode",
    "location_name", "location_country", "lat", "lon", "rule", "predicate", "sentence",
]


def parse_date_option(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def csv_row(event: dict) -> dict:
    source, target, location = event["source"], event["target"] or {}, event["location"] or {}
    return {
        "event_id": event["event_id"], "article_id": event["article_id"], "sentence_index": event["sentence_index"],
        "date": event["date"], "date_precision": event["date_precision"], "date_basis": event["date_basis"],
        "source_text": source["text"], "source_code": source["code"], "source_country": source["country"],
        "target_text": target.get("text"), "target_code": target.get("code"), "target_country": target.get("country"),
        "cameo": event["cameo"], "cameo_root": event["cameo_root"], "goldstein": event["goldstein"],
        "quad_class": event["quad_class"], "plover_event": event["plover"]["event"], "plover_mode": event["plover"]["mode"],
        "location_name": location.get("name"), "location_country": location.get("country"),
        "lat": location.get("lat"), "lon": location.get("lon"),
        "rule": event["evidence"]["rule"], "predicate": event["evidence"]["predicate"], "sentence": event["sentence"],
    }


class EventWriter:
    def __init__(self, stream, *, fmt: str) -> None:
        self.stream = stream
        self.fmt = fmt
        self._csv = None
        if fmt == "csv":
            self._csv = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
            self._csv.writeheader()

    def write(self, events) -> None:
        for event in events:
            record = event.to_dict()
            if self._csv is not None:
                self._csv.writerow(csv_row(record))
            else:
                self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")


@dataclass
class RunSummary:
    articles: int = 0
    sentences: int = 0
    events: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    unresolved: Counter = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)

    def add(self, result) -> None:
        self.articles += 1
        self.sentences += result.sentences
        self.events += len(result.events)
        self.unresolved.update(result.unresolved)

    def skip(self, where: str, problem: str) -> None:
        self.skipped.append((where, problem))

    def keep_articles(self, items, *, echo: bool = False):
        """The articles of ``read_inputs`` output; problems are counted (and echoed)."""
        from detente.model import InputProblem

        for item in items:
            if isinstance(item, InputProblem):
                self.skip(item.where, item.problem)
                if echo:
                    click.echo(f"skipped {item.where}: {item.problem}", err=True)
                continue
            yield item

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "sentences": self.sentences,
            "events": self.events,
            "skipped": len(self.skipped),
            "skipped_records": [{"where": w, "problem": p} for w, p in self.skipped],
            "unresolved_actors": sum(self.unresolved.values()),
            "top_unresolved": self.unresolved.most_common(20),
            "seconds": round(time.monotonic() - self.started, 2),
        }

    def render(self, *, where: list[str] = ()) -> str:
        d = self.as_dict()
        lines = [
            f"coded {d['articles']} articles, {d['sentences']} sentences -> {d['events']} events in {d['seconds']} s",
            f"skipped records: {d['skipped']}" + "".join(f"\n  {w}: {p}" for w, p in self.skipped[:20]),
            f"unresolved actor mentions: {d['unresolved_actors']}"
            + (" (most common: " + ", ".join(f"{t!r}x{n}" for t, n in self.unresolved.most_common(5)) + ")" if self.unresolved else ""),
        ]
        if where:
            lines.append("wrote " + ", ".join(where))
        return "\n".join(lines)


class Progress:
    """A one-line progress display on a terminal (articles/s, events); silent when piped."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.started = time.monotonic()
        self._last = 0.0

    def update(self, summary: RunSummary, total: int | None = None) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.2:
            return
        self._last = now
        rate = summary.articles / max(now - self.started, 1e-6)
        eta = f" ETA {int((total - summary.articles) / rate)}s" if total and rate else ""
        sys.stderr.write(f"\r{summary.articles} articles  {summary.events} events  {rate:.1f} articles/s{eta}   ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
