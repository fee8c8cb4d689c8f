"""Dyad tracks over a real store file: periods, directions, indices, two-track flags."""

from __future__ import annotations

import json
from datetime import date

import pytest

from detente.analysis.dyads import ROW_COLUMNS, dyad_series, series_records, top_dyads
from detente.errors import StoreError
from detente.store import open_store
from tests.test_store_factory import make_result


@pytest.fixture
def store(tmp_path):
    jan, feb, apr = date(2000, 1, 10), date(2000, 2, 3), date(2000, 4, 20)
    results = [
        # January: USA->RUS talks and an agreement; RUS->USA accusation
        make_result("j1", [{"cameo": "040", "day": jan}, {"cameo": "057", "day": jan}]),
        make_result("j2", [{"cameo": "112", "source": "RUSGOV", "target": "USAGOV", "day": jan}]),
        # February: both tracks at once — US agreement and US sanctions on Russia
        make_result("f1", [{"cameo": "057", "day": feb}, {"cameo": "163", "day": feb, "source": "USAMIL"}]),
        # April: an attack only
        make_result("a1", [{"cameo": "190", "source": "RUSGOV", "target": "USAMIL", "day": apr}]),
        # unrelated dyad
        make_result("x1", [{"cameo": "190", "source": "ISRGOV", "target": "PSE", "day": jan}]),
    ]
    with open_store(tmp_path / "dyads.duckdb") as opened:
        opened.ingest(results)
        yield opened


def rows(frame, direction):
    return frame[frame.direction == direction].set_index("period")


def test_monthly_rows_per_direction(store):
    frame = store.dyad_series("USA", "RUS", by="month")
    assert list(frame.columns) == ROW_COLUMNS
    usa = rows(frame, "USA>RUS")
    # Jan..Apr filled, March empty
    assert list(usa.index) == [date(2000, m, 1) for m in (1, 2, 3, 4)]
    assert usa.loc[date(2000, 1, 1), "events"] == 2
    assert usa.loc[date(2000, 1, 1), "verbal_coop"] == 2
    assert usa.loc[date(2000, 2, 1), "material_conflict"] == 1
    assert usa.loc[date(2000, 3, 1), "events"] == 0
    assert usa.loc[date(2000, 1, 1), "goldstein_sum"] == pytest.approx(9.0)
    assert usa.loc[date(2000, 1, 1), "goldstein_mean"] == pytest.approx(4.5)
    rus = rows(frame, "RUS>USA")
    assert rus.loc[date(2000, 1, 1), "verbal_conflict"] == 1
    assert rus.loc[date(2000, 4, 1), "material_conflict"] == 1
    both = rows(frame, "USA<>RUS")
    assert both["events"].sum() == 6


def test_indices_and_two_track(store):
    usa = rows(store.dyad_series("USA", "RUS"), "USA>RUS")
    # scores: Jan coop = 1 + 8 = 9; Feb coop 8, conflict 8 -> peak 9
    assert usa.loc[date(2000, 1, 1), "coop_index"] == pytest.approx(1.0)
    assert usa.loc[date(2000, 2, 1), "coop_index"] == pytest.approx(8 / 9, abs=1e-4)
    assert usa.loc[date(2000, 2, 1), "conflict_index"] == pytest.approx(8 / 9, abs=1e-4)
    assert usa["two_track"].tolist() == [False, True, False, False]
    assert ((usa.coop_index >= 0) & (usa.coop_index <= 1)).all()


def test_threshold_is_an_option(store):
    usa = rows(store.dyad_series("USA", "RUS", two_track_threshold=0.95), "USA>RUS")
    assert not usa["two_track"].any()


def test_codes_and_countries_both_match(store):
    by_code = store.dyad_series("USAGOV", "RUS")
    # USAMIL's sanction and RUS->USAMIL attack drop out when only USAGOV is asked for
    assert rows(by_code, "USAGOV>RUS")["material_conflict"].sum() == 0
    assert rows(store.dyad_series("usa", "rus"), "USA>RUS")["events"].sum() == 4


def test_weekly_and_daily_periods(store):
    weekly = rows(store.dyad_series("USA", "RUS", by="week"), "USA>RUS")
    assert weekly.index[0] == date(2000, 1, 10)  # a Monday
    assert all(d.weekday() == 0 for d in weekly.index)
    daily = rows(store.dyad_series("USA", "RUS", by="day", fill=False), "USA>RUS")
    assert list(daily.index) == [date(2000, 1, 10), date(2000, 2, 3)]
    with pytest.raises(StoreError, match="period"):
        store.dyad_series("USA", "RUS", by="year")


def test_empty_dyad_gives_empty_frame(store):
    frame = store.dyad_series("USA", "CHN")
    assert frame.empty and list(frame.columns) == ROW_COLUMNS


def test_records_are_json_ready(store):
    records = series_records(dyad_series(store, "USA", "RUS"))
    text = json.dumps(records)
    assert records[0]["period"] == "2000-01-01"
    assert "NaN" not in text
    assert {"coop_index", "conflict_index", "two_track"} <= set(records[0])


def test_top_dyads(store):
    top = top_dyads(store, limit=3)
    assert (top.iloc[0].a, top.iloc[0].b, top.iloc[0].events) == ("RUS", "USA", 6)
    assert top.iloc[0].cooperative == 3 and top.iloc[0].conflictual == 3
    assert (top.iloc[1].a, top.iloc[1].b) == ("ISR", "PSE")
