"""The DuckDB store on real files: idempotent ingest, replacement, dedup counts, queries."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import date

import duckdb
import pytest

from detente.errors import StoreError
from detente.model import Place
from detente.store import open_store
from detente.store.schema import MIGRATIONS
from tests.test_store_factory import make_result


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "events.duckdb") as opened:
        yield opened


def corpus():
    return [
        make_result("a1", [{"cameo": "040"}, {"cameo": "112", "source": "RUSGOV", "target": "USAGOV"}]),
        make_result("a2", [{"cameo": "040"}], source="Other Wire"),
        make_result("a3", [{"cameo": "190", "source": "ISRGOV", "target": "PSE"}], unresolved=("gunmen",)),
        make_result("a4", []),
    ]


def test_store_module_never_imports_spacy():
    code = "import sys, detente.store; assert 'spacy' not in sys.modules, 'spacy imported'"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_schema_migrations_are_recorded_once(tmp_path):
    path = tmp_path / "s.duckdb"
    first = open_store(path)
    assert first.migrations_applied == [m.name for m in MIGRATIONS]
    first.close()
    second = open_store(path)
    assert second.migrations_applied == []
    rows = second.con.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert rows == [(m.version, m.name) for m in MIGRATIONS]
    second.close()


def test_ingest_counts_and_stats(store):
    summary = store.ingest(corpus())
    assert (summary.articles_seen, summary.added, summary.replaced, summary.unchanged) == (4, 4, 0, 0)
    assert summary.mentions_added == 4
    stats = store.stats()
    assert stats["articles"] == 4
    assert stats["mentions"] == 4
    assert stats["events"] == 3  # a1 and a2 report the same USAGOV->RUSGOV 040 event
    assert stats["unresolved_actors"] == 1
    assert stats["events_by_quad_class"] == {"1": 1, "2": 0, "3": 1, "4": 1}
    assert stats["first_date"] == "2000-02-17"
    assert summary.unresolved == (("gunmen", 1),)


def test_reingest_adds_nothing(store):
    store.ingest(corpus())
    before = store.stats()
    again = store.ingest(corpus())
    assert (again.added, again.replaced, again.unchanged, again.mentions_added) == (0, 0, 4, 0)
    assert store.stats() == before


def test_reingest_survives_reopening_the_file(tmp_path):
    path = tmp_path / "events.duckdb"
    with open_store(path) as first:
        first.ingest(corpus())
    with open_store(path) as second:
        assert second.ingest(corpus()).unchanged == 4
        assert second.stats()["mentions"] == 4


def test_changed_article_replaces_its_mentions(store):
    store.ingest(corpus())
    changed = make_result("a1", [{"cameo": "163", "source": "USAGOV", "target": "RUSGOV"}], text="New text.")
    summary = store.ingest([changed])
    assert (summary.replaced, summary.mentions_removed, summary.mentions_added) == (1, 2, 1)
    mentions = store.events_df(table="mentions", source="USAGOV")
    assert sorted(mentions.loc[mentions.article_id == "a1", "cameo"]) == ["163"]
    events = store.events_df(cameo="040")
    assert list(events.num_articles) == [1]  # only a2 still reports the 040 event
    assert store.stats()["articles"] == 4


def test_recoded_article_with_same_text_replaces_mentions(store):
    store.ingest(corpus())
    recoded = make_result("a4", [{"cameo": "057"}])  # same text as before, new coding
    summary = store.ingest([recoded])
    assert summary.replaced == 1 and summary.mentions_added == 1


def test_dedup_two_articles_one_event(store):
    store.ingest(corpus())
    row = store.events_df(cameo="040").iloc[0]
    assert (row.num_mentions, row.num_articles, row.num_sources) == (2, 2, 2)
    assert row.first_article_id == "a1"
    assert "did 040" in row.sentence
    assert row.cameo == "040" and isinstance(row.cameo, str)


def test_dedup_counts_sources_by_publisher_and_keeps_places_apart(store):
    paris = Place(name="Paris", country="FRA", geonameid=2988507)
    store.ingest(
        [
            make_result("b1", [{"cameo": "036"}, {"cameo": "036"}], source="Wire"),
            make_result("b2", [{"cameo": "036"}], source="Wire"),
            make_result("b3", [{"cameo": "036", "place": paris}], source="Wire"),
        ]
    )
    events = store.events_df(cameo="036").sort_values("num_mentions", ascending=False)
    assert list(events.num_mentions) == [3, 1]
    assert list(events.num_articles) == [2, 1]
    assert list(events.num_sources) == [1, 1]
    assert list(events.location_name.fillna("-")) == ["-", "Paris"]


def test_unresolved_actors_do_not_merge(store):
    store.ingest(
        [
            make_result("c1", [{"source": "gunmen", "target": "USAMIL", "cameo": "190"}]),
            make_result("c2", [{"source": "protesters", "target": "USAMIL", "cameo": "190"}]),
        ]
    )
    assert len(store.events_df(cameo="190")) == 2


def test_phoenix_daily_view_keeps_coded_dyads_once_a_day(store):
    store.ingest(corpus() + [make_result("a5", [{"cameo": "040", "source": "gunmen"}])])
    daily = store.daily_events_df()
    keys = list(zip(daily.source_code, daily.target_code, daily.cameo))
    assert keys.count(("USAGOV", "RUSGOV", "040")) == 1
    assert all(code is not None for code in daily.source_code)
    assert daily.loc[daily.cameo == "040", "num_mentions"].item() == 2


def test_filters(store):
    store.ingest(
        corpus()
        + [make_result("d1", [{"cameo": "057", "day": date(2001, 5, 1), "sentence": "A deal was struck."}])]
    )
    assert len(store.events_df(actor="USA")) == 3
    assert len(store.events_df(actor="USAGOV")) == 3
    assert len(store.events_df(actor="ISR")) == 1
    assert len(store.events_df(dyad=("RUS", "USA"))) == 3
    assert len(store.events_df(source="RUS")) == 1
    assert len(store.events_df(root="19")) == 1
    assert len(store.events_df(quad_class=3)) == 1
    assert len(store.events_df(start=date(2001, 1, 1))) == 1
    assert len(store.events_df(end=date(2000, 12, 31))) == 3
    assert list(store.events_df(text="deal struck".split()[0]).cameo) == ["057"]
    assert len(store.events_df(table="mentions", actor="USA")) == 4
    assert len(store.events_df(limit=1)) == 1
    with pytest.raises(StoreError, match="digit"):
        store.events_df(cameo="abc")


def test_records_round_trip_the_contract(store):
    results = corpus()
    store.ingest(results)
    stored = {record["event_id"]: record for record in store.records()}
    for result in results:
        for event in result.events:
            assert stored[event.event_id] == json.loads(json.dumps(event.to_dict()))


def test_runs_record_coder_and_dictionaries(store):
    run_id = store.begin_run(coder="detente 9.9", dictionaries=["actors.tsv"], options={"model": False})
    store.ingest(corpus(), run_id=run_id)
    store.finish_run(run_id, summary={"articles": 4})
    runs = store.runs_df()
    assert runs.coder.tolist() == ["detente 9.9"]
    assert json.loads(runs.dictionaries[0]) == ["actors.tsv"]
    assert json.loads(runs.summary[0]) == {"articles": 4}
    assert store.con.execute("SELECT DISTINCT run_id FROM mentions").fetchall() == [(run_id,)]
    with pytest.raises(StoreError, match="begin_run"):
        store.finish_run(999)


def test_bad_records_are_skipped_and_counted(store):
    good = make_result("e1")
    summary = store.ingest([good, "not a result", replace(good, events=(None,))])
    assert summary.added == 1
    assert len(summary.skipped) == 2
    assert store.stats()["articles"] == 1


def test_small_batches_give_the_same_store(tmp_path):
    one = open_store(tmp_path / "one.duckdb")
    many = open_store(tmp_path / "many.duckdb")
    one.ingest(corpus())
    many.ingest(corpus(), batch_size=1)
    assert {k: v for k, v in one.stats().items() if k != "path"} == {
        k: v for k, v in many.stats().items() if k != "path"
    }


def test_store_errors_name_the_file(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "missing" / "x.duckdb")
    with pytest.raises(StoreError, match="no such store"):
        open_store(tmp_path / "absent.duckdb", read_only=True)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.duckdb"
    open_store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_migrations VALUES (99, 'future', now())")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_incremental_dedup_matches_a_full_rebuild(store):
    store.ingest(corpus())
    store.ingest([make_result("a5", [{"cameo": "040"}], source="Third")])
    store.ingest([make_result("a1", [{"cameo": "112", "source": "RUSGOV", "target": "USAGOV"}], text="Changed.")])
    incremental = store.events_df().sort_values("event_key", ignore_index=True)
    assert store.refresh_events() == len(incremental)
    full = store.events_df().sort_values("event_key", ignore_index=True)
    assert incremental.equals(full)
    consult = full[full.cameo == "040"].iloc[0]
    assert (consult.num_articles, consult.first_article_id) == (2, "a2")
