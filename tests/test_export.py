"""Exports from a real store: readable parquet, the JSONL contract, GDELT/Phoenix layouts."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from detente.analysis.exports import GDELT_COLUMNS, PHOENIX_COLUMNS, export
from detente.errors import StoreError
from detente.model import Place
from detente.store import open_store
from tests.test_store_factory import make_result

GDELT_REFERENCE = "GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv"


@pytest.fixture
def store(tmp_path):
    paris = Place(name="Paris", country="FRA", admin1="Ile-de-France", lat=48.85, lon=2.35, geonameid=2988507)
    results = [
        make_result("a1", [{"cameo": "040", "place": paris}, {"cameo": "112", "source": "RUSGOV", "target": "USAGOV"}]),
        make_result("a2", [{"cameo": "040", "place": paris}], source="Other"),
        make_result("a3", [{"cameo": "163", "source": "IGOUNO", "target": "ISRGOV", "day": date(2000, 3, 1)}]),
        make_result("a4", [{"cameo": "190", "source": "gunmen", "target": "USAMIL"}]),
    ]
    with open_store(tmp_path / "x.duckdb") as opened:
        opened.ingest(results)
        yield opened


def test_parquet_is_readable_and_keeps_codes_as_strings(store, tmp_path):
    summary = export(store, format="parquet", out=tmp_path / "m.parquet")
    table = pq.read_table(summary.path)
    assert table.num_rows == summary.rows == 5
    assert str(table.schema.field("cameo").type) in ("string", "large_string")
    assert "040" in table.column("cameo").to_pylist()
    events = pq.read_table(export(store, format="parquet", out=tmp_path / "e.parquet", table="events").path)
    assert events.num_rows == 4
    assert sorted(events.column("num_articles").to_pylist()) == [1, 1, 1, 2]


def test_jsonl_is_the_contract(store, tmp_path):
    path = export(store, format="jsonl", out=tmp_path / "e.jsonl").path
    records = [json.loads(line) for line in path.read_text().splitlines()]
    assert len(records) == 5
    assert {"event_id", "article_id", "sentence", "date", "source", "target", "cameo", "cameo_root",
            "goldstein", "quad_class", "plover", "location", "evidence", "coder"} <= set(records[0])
    assert all(isinstance(r["cameo"], str) for r in records)


def test_csv_keeps_leading_zeros(store, tmp_path):
    path = export(store, format="csv", out=tmp_path / "e.csv").path
    with path.open() as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 5
    assert "040" in {row["cameo"] for row in rows}
    assert "record" not in rows[0]


def test_gdelt_columns_match_the_codebook():
    # ../shared/ is reachable on every development machine and in CI (shared/README.md)
    reference = Path(__file__).resolve().parents[2] / "shared" / "reference" / "gdelt_schema" / GDELT_REFERENCE
    expected = [line.split("\t")[0].strip() for line in reference.read_text().splitlines()[1:] if line.strip()]
    assert GDELT_COLUMNS == expected


def test_gdelt_layout(store, tmp_path):
    path = export(store, format="gdelt", out=tmp_path / "g.tsv").path
    lines = path.read_text().splitlines()
    assert lines[0].split("\t") == GDELT_COLUMNS
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in lines[1:]]
    assert len(rows) == 4 and all(len(line.split("\t")) == 58 for line in lines)
    consult = next(r for r in rows if r["EventCode"] == "040")
    assert consult["SQLDATE"] == "20000217" and consult["EventRootCode"] == "04"
    assert (consult["NumMentions"], consult["NumArticles"], consult["NumSources"]) == ("2", "2", "2")
    assert consult["Actor1Code"] == "USAGOV" and consult["Actor2CountryCode"] == "RUS"
    assert consult["ActionGeo_FullName"] == "Paris" and consult["ActionGeo_FeatureID"] == "2988507"
    un = next(r for r in rows if r["EventCode"] == "163")
    assert un["Actor1KnownGroupCode"] == "UNO" and un["QuadClass"] == "4"
    headerless = export(store, format="gdelt", out=tmp_path / "g2.tsv", header=False).path
    assert len(headerless.read_text().splitlines()) == 4


def test_phoenix_layout(store, tmp_path):
    path = export(store, format="phoenix", out=tmp_path / "p.tsv").path
    lines = path.read_text().splitlines()
    assert lines[0].split("\t") == PHOENIX_COLUMNS and len(PHOENIX_COLUMNS) == 26
    rows = [dict(zip(PHOENIX_COLUMNS, line.split("\t"))) for line in lines[1:]]
    # the unresolved "gunmen" event is not in Phoenix's view; 040 appears once a day
    assert sorted(r["code"] for r in rows) == ["040", "112", "163"]
    consult = next(r for r in rows if r["code"] == "040")
    assert (consult["src_actor"], consult["src_agent"], consult["tgt_actor"]) == ("USA", "GOV", "RUS")
    assert consult["quad_class"] == "1" and consult["countryname"] == "France"
    assert len(consult["sentence_ids"].split(";")) == 2
    sanction = next(r for r in rows if r["code"] == "163")
    assert sanction["quad_class"] == "3"  # Phoenix pentaclass puts root 16 in verbal conflict


def test_unknown_format(store, tmp_path):
    with pytest.raises(StoreError, match="format"):
        export(store, format="xml", out=tmp_path / "x.xml")
