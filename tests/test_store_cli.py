"""The store commands through click, on a real store file."""

from __future__ import annotations

import json
from datetime import date

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from detente.cli import cli
from detente.store import open_store
from tests.test_store_factory import make_result


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.duckdb"
    with open_store(path) as store:
        store.ingest([
            make_result("a1", [{"cameo": "040"}, {"cameo": "112", "source": "RUSGOV", "target": "USAGOV",
                                                  "day": date(2000, 3, 2)}]),
            make_result("a2", [{"cameo": "040"}], source="Other"),
            make_result("a3", [{"cameo": "190", "source": "ISRGOV", "target": "PSE"}]),
        ])
    return str(path)


def run(*args):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result


def test_stats_json(db):
    result = run("stats", "--db", db, "--json")
    assert result.exit_code == 0
    counts = json.loads(result.output)
    assert (counts["articles"], counts["mentions"], counts["events"]) == (3, 4, 3)


def test_events_filters_and_json(db):
    table = run("events", "--db", db, "--dyad", "USA", "RUS")
    assert table.exit_code == 0 and "USAGOV" in table.output and "ISRGOV" not in table.output
    rows = json.loads(run("events", "--db", db, "--quad", "4", "--json").output)
    assert [r["cameo"] for r in rows] == ["190"]
    lines = run("events", "--db", db, "--mentions", "--json", "--cameo", "04").output.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["cameo"] == "040" for line in lines)
    bad = CliRunner().invoke(cli, ["events", "--db", db, "--from", "March"])
    assert bad.exit_code != 0 and "YYYY-MM-DD" in bad.output


def test_dyad_json(db):
    result = run("dyad", "USA", "RUS", "--db", db, "--json")
    rows = json.loads(result.output)
    assert {r["direction"] for r in rows} == {"USA>RUS", "RUS>USA", "USA<>RUS"}
    assert [r["period"] for r in rows if r["direction"] == "USA<>RUS"] == ["2000-02-01", "2000-03-01"]
    assert "two_track" in rows[0]
    assert "USA>RUS" in run("dyad", "USA", "RUS", "--db", db, "--by", "week").output


def test_chart_report_export(db, tmp_path):
    png = tmp_path / "t.png"
    assert run("chart", "dyad", "USA", "RUS", "--db", db, "--out", str(png)).exit_code == 0
    assert png.read_bytes()[:4] == b"\x89PNG"
    brief = tmp_path / "brief.html"
    assert run("report", "--db", db, "--out", str(brief)).exit_code == 0
    assert "<svg" in brief.read_text()
    parquet = tmp_path / "e.parquet"
    assert run("export", "--db", db, "--format", "parquet", "--out", str(parquet)).exit_code == 0
    assert pq.read_table(parquet).num_rows == 4
