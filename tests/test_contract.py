"""The event JSON Lines contract, field for field, from the real coder and the real CLI."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date

import pytest

pytestmark = pytest.mark.model

TEXT = (
    "MOSCOW, Feb. 22 - Russian Security Council Secretary Sergei Ivanov held talks with "
    "U.S. National Security Advisor Samuel Berger in Washington on Thursday. "
    "NATO Secretary-General George Robertson visited Moscow last week. "
    "Russia accused the United States of meddling in Chechnya."
)

ACTOR_FIELDS = {"text": str, "name": (str, type(None)), "code": (str, type(None)),
                "country": (str, type(None)), "agent": (str, type(None))}


def check_event(event: dict) -> None:
    assert set(event) == {"event_id", "article_id", "sentence_index", "sentence", "date", "date_precision",
                          "date_basis", "source", "target", "cameo", "cameo_root", "goldstein", "quad_class",
                          "plover", "location", "evidence", "coder"}
    assert isinstance(event["event_id"], str) and event["event_id"]
    assert isinstance(event["article_id"], str)
    assert isinstance(event["sentence_index"], int)
    assert isinstance(event["sentence"], str) and event["sentence"]
    date.fromisoformat(event["date"])
    assert event["date_precision"] in {"day", "month", "year"}
    assert event["date_basis"] in {"text", "context", "published"}
    for side in ("source", "target"):
        actor = event[side]
        if side == "target" and actor is None:
            continue
        assert set(actor) == set(ACTOR_FIELDS)
        for name, kind in ACTOR_FIELDS.items():
            assert isinstance(actor[name], kind), (side, name)
        if actor["country"] is not None:
            assert len(actor["country"]) == 3 and actor["country"].isupper()
    assert isinstance(event["cameo"], str) and event["cameo"].isdigit()
    assert event["cameo_root"] == event["cameo"][:2]
    assert isinstance(event["goldstein"], float) and -10 <= event["goldstein"] <= 10
    assert event["quad_class"] in (1, 2, 3, 4)
    assert set(event["plover"]) == {"event", "mode"}
    if event["location"] is not None:
        assert {"name", "country", "lat", "lon"} <= set(event["location"])
    ev = event["evidence"]
    assert {"predicate", "start", "end", "rule"} <= set(ev)
    assert ev["rule"].split(":")[0] in {"verb", "noun"}
    assert event["coder"].startswith("detente ")


def test_api_events_follow_the_contract():
    import detente

    events = detente.code_text(TEXT, published=date(2000, 2, 22), use_model=False)
    assert events, "the sample text must code to events"
    for event in events:
        record = event.to_dict()
        check_event(record)
        assert TEXT[event.evidence.start:event.evidence.end] == event.evidence.predicate
        assert event.sentence in TEXT


def test_cli_jsonl_and_csv(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    exe = [sys.executable, "-m", "detente.cli.__main__"]
    out = subprocess.run(exe + ["code", str(path), "--date", "2000-02-22", "--no-model", "--quiet"],
                         capture_output=True, text=True, check=True)
    events = [json.loads(line) for line in out.stdout.splitlines()]
    assert events
    for event in events:
        check_event(event)
        assert event["article_id"] == "story"
    csv_out = tmp_path / "events.csv"
    subprocess.run(exe + ["code", str(path), "--date", "2000-02-22", "--no-model", "--format", "csv", "--out", str(csv_out)],
                   capture_output=True, text=True, check=True)
    rows = list(csv.DictReader(io.StringIO(csv_out.read_text(encoding="utf-8"))))
    assert len(rows) == len(events)
    assert all(row["cameo"] == e["cameo"] for row, e in zip(rows, events))


def test_cli_reports_bad_records_and_keeps_the_good(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "Russia accused the United States of meddling."}\n{broken\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "detente.cli.__main__", "code", str(path), "--no-model"],
                            capture_output=True, text=True)
    assert result.returncode == 0
    assert f"{path}:2" in result.stderr and "skipped records: 1" in result.stderr
    assert any(json.loads(l)["article_id"] == "a" for l in result.stdout.splitlines())
