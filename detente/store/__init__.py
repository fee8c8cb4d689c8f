"""The event store (DuckDB, embedded). Never imports spaCy.

    from detente.store import open_store
    store = open_store("events.duckdb")
    run_id = store.begin_run(coder=..., dictionaries=[...], options={...})
    summary = store.ingest(results, run_id=run_id)      # Iterable[ArticleResult]
    store.finish_run(run_id, summary=summary.to_dict())
"""

from detente.store.store import EventStore, IngestSummary, open_store

__all__ = ["EventStore", "IngestSummary", "open_store"]
