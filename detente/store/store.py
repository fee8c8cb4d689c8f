"""The DuckDB event store: idempotent ingest, runs, queries.

Ingest is idempotent by article id and content hash: an article already stored with the
same hash and the same coded mentions is left alone; a changed article (new text, title,
date, or a recoding that yields different events) has its old mentions and unresolved
actors replaced. After each ingest the deduplicated ``events`` table is rebuilt from the
mentions (see :mod:`detente.analysis.dedup`). Rows are written in bulk from DataFrames.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from detente.analysis.dedup import refresh_events
from detente.errors import StoreError
from detente.model import CODER, ArticleResult
from detente.store.queries import EventFilter, select_sql
from detente.store.rows import article_row, content_hash, mention_row
from detente.store.schema import SCHEMA_VERSION, migrate

log = logging.getLogger(__name__)

BATCH_ARTICLES = 500  # articles per bulk write: bounds memory on long runs


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class IngestSummary:
    """What one ``ingest`` call did; ``lines()`` is what the CLI prints."""

    articles_seen: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    mentions_added: int = 0
    mentions_removed: int = 0
    events_total: int = 0
    skipped: tuple[tuple[str, str], ...] = ()  # (record, reason)
    unresolved: tuple[tuple[str, int], ...] = ()  # (actor text, count), most frequent first

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles_seen": self.articles_seen,
            "added": self.added,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "mentions_added": self.mentions_added,
            "mentions_removed": self.mentions_removed,
            "events_total": self.events_total,
            "skipped": [{"record": where, "reason": why} for where, why in self.skipped],
            "unresolved": dict(self.unresolved),
        }

    def lines(self) -> list[str]:
        out = [
            f"articles: {self.articles_seen} seen, {self.added} added, "
            f"{self.replaced} replaced, {self.unchanged} unchanged",
            f"mentions: {self.mentions_added} added, {self.mentions_removed} removed; "
            f"events in store: {self.events_total}",
        ]
        if self.skipped:
            out.append(f"skipped: {len(self.skipped)}")
            out.extend(f"  {where}: {why}" for where, why in self.skipped[:20])
        if self.unresolved:
            top = ", ".join(f"{text!r} x{n}" for text, n in self.unresolved[:10])
            out.append(f"unresolved actors: {sum(n for _, n in self.unresolved)} ({top})")
        return out


@dataclass
class _Tally:
    seen: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    mentions_added: int = 0
    mentions_removed: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    unresolved: Counter = field(default_factory=Counter)
    touched_keys: set[str] = field(default_factory=set)  # event keys whose mentions changed


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class EventStore:
    """One DuckDB store file. Use :func:`open_store` to get one; close it when done."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(
                f"{self.path}: cannot open the store ({exc}); check the path, or that no "
                "other process holds it open for writing"
            ) from exc
        self.migrations_applied: list[str] = []
        if not read_only:
            self.migrations_applied = migrate(self.con, where=self.path)

    # -- lifecycle ---------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "EventStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs --------------------------------------------------------------------------
    def begin_run(
        self,
        *,
        coder: str = CODER,
        dictionaries: Iterable[str] = (),
        options: dict[str, Any] | None = None,
    ) -> int:
        """Record the start of a coding run; return its id for ``ingest``."""
        run_id = self.con.execute("SELECT nextval('run_ids')").fetchone()[0]
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, coder, dictionaries, options) VALUES (?, ?, ?, ?, ?)",
            [
                run_id,
                _now(),
                coder,
                json.dumps([str(d) for d in dictionaries]),
                json.dumps(options or {}, default=str, sort_keys=True),
            ],
        )
        return int(run_id)

    def finish_run(self, run_id: int, *, summary: dict[str, Any] | None = None) -> None:
        updated = self.con.execute(
            "UPDATE runs SET finished_at = ?, summary = ? WHERE run_id = ? RETURNING run_id",
            [_now(), json.dumps(summary or {}, default=str, sort_keys=True), run_id],
        ).fetchall()
        if not updated:
            raise StoreError(f"{self.path}: no run {run_id}; call begin_run() first")

    def runs_df(self) -> pd.DataFrame:
        return self.con.execute("SELECT * FROM runs ORDER BY run_id").df()

    # -- ingest ------------------------------------------------------------------------
    def ingest(
        self, results: Iterable[ArticleResult], *, run_id: int | None = None,
        batch_size: int = BATCH_ARTICLES,
    ) -> IngestSummary:
        """Store the articles and their event mentions; rebuild the deduplicated events."""
        tally = _Tally()
        for batch in _batches(results, batch_size):
            self._ingest_batch(batch, run_id=run_id, tally=tally)
        events_total = refresh_events(self.con, keys=tally.touched_keys)
        return IngestSummary(
            articles_seen=tally.seen,
            added=tally.added,
            replaced=tally.replaced,
            unchanged=tally.unchanged,
            mentions_added=tally.mentions_added,
            mentions_removed=tally.mentions_removed,
            events_total=events_total,
            skipped=tuple(tally.skipped),
            unresolved=tuple(tally.unresolved.most_common()),
        )

    def _flatten(self, batch: list[Any], tally: _Tally) -> dict[str, tuple[dict, list[dict], tuple[str, ...]]]:
        """Rows per article id; bad records are skipped and counted, never fatal."""
        prepared: dict[str, tuple[dict, list[dict], tuple[str, ...]]] = {}
        for result in batch:
            tally.seen += 1
            if not isinstance(result, ArticleResult):
                tally.skipped.append((repr(result)[:60], "not an ArticleResult"))
                continue
            where = result.article.origin or result.article.id
            try:
                mentions: dict[str, dict] = {}
                for event in result.events:
                    row = mention_row(event.to_dict())
                    mentions.setdefault(row["mention_id"], row)  # identical ids: keep the first
                rows = list(mentions.values())
                article = article_row(result, len(rows))
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                tally.skipped.append((where, f"cannot store its events: {exc}"))
                continue
            if result.article.id in prepared:
                tally.skipped.append((where, f"article id {result.article.id!r} repeated in one batch; kept the first"))
                continue
            prepared[result.article.id] = (article, rows, tuple(result.unresolved))
        return prepared

    def _ingest_batch(self, batch: list[Any], *, run_id: int | None, tally: _Tally) -> None:
        prepared = self._flatten(batch, tally)
        if not prepared:
            return
        ids = list(prepared)
        stored_hash = dict(
            self.con.execute(
                "SELECT article_id, content_hash FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]
            ).fetchall()
        )
        stored_mentions: dict[str, set[str]] = {}
        for article_id, mention_id in self.con.execute(
            "SELECT article_id, mention_id FROM mentions WHERE article_id IN (SELECT unnest(?))", [ids]
        ).fetchall():
            stored_mentions.setdefault(article_id, set()).add(mention_id)

        write: list[str] = []
        replace: list[str] = []
        for article_id, (article, rows, _unresolved) in prepared.items():
            if article_id not in stored_hash:
                write.append(article_id)
                tally.added += 1
            elif stored_hash[article_id] == article["content_hash"] and stored_mentions.get(
                article_id, set()
            ) == {row["mention_id"] for row in rows}:
                tally.unchanged += 1
            else:
                write.append(article_id)
                replace.append(article_id)
                tally.replaced += 1
        for article_id in write:
            tally.unresolved.update(prepared[article_id][2])
        if not write:
            return

        now = _now()
        articles = pd.DataFrame([{**prepared[a][0], "run_id": run_id, "ingested_at": now} for a in write])
        mention_rows = [dict(row, run_id=run_id) for a in write for row in prepared[a][1]]
        unresolved = pd.DataFrame(
            [{"article_id": a, "text": text} for a in write for text in prepared[a][2]],
            columns=["article_id", "text"],
        )
        self.con.execute("BEGIN TRANSACTION")
        try:
            if replace:
                removed_keys = self.con.execute(
                    "SELECT event_key FROM mentions WHERE article_id IN (SELECT unnest(?))", [replace]
                ).fetchall()
                tally.mentions_removed += len(removed_keys)
                tally.touched_keys.update(key for (key,) in removed_keys)
                for table in ("mentions", "unresolved_actors", "articles"):
                    self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [replace])
            self.con.register("incoming_articles", articles)
            self.con.execute("INSERT INTO articles BY NAME SELECT * FROM incoming_articles")
            if mention_rows:
                self.con.register("incoming_mentions", pd.DataFrame(mention_rows))
                self.con.execute("INSERT INTO mentions BY NAME SELECT * FROM incoming_mentions")
            if len(unresolved):
                self.con.register("incoming_unresolved", unresolved)
                self.con.execute("INSERT INTO unresolved_actors BY NAME SELECT * FROM incoming_unresolved")
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: writing a batch of {len(write)} articles failed: {exc}") from exc
        finally:
            for view in ("incoming_articles", "incoming_mentions", "incoming_unresolved"):
                self.con.unregister(view)
        tally.mentions_added += len(mention_rows)
        tally.touched_keys.update(row["event_key"] for row in mention_rows)

    def refresh_events(self) -> int:
        """Regroup every mention into events (after a change to the dedup rule)."""
        return refresh_events(self.con)

    def has_article(self, article_id: str, *, text_hash: str | None = None) -> bool:
        """Whether an article is stored (with this content hash, when given): for resuming."""
        row = self.con.execute("SELECT content_hash FROM articles WHERE article_id = ?", [article_id]).fetchone()
        return row is not None and (text_hash is None or row[0] == text_hash)

    content_hash = staticmethod(content_hash)

    # -- queries -----------------------------------------------------------------------
    def events_df(
        self,
        *,
        table: str = "events",
        limit: int | None = None,
        start: date | None = None,
        end: date | None = None,
        actor: str | None = None,
        source: str | None = None,
        target: str | None = None,
        dyad: tuple[str, str] | None = None,
        cameo: str | None = None,
        root: str | None = None,
        quad_class: int | None = None,
        text: str | None = None,
    ) -> pd.DataFrame:
        """Deduplicated events (``table="events"``) or every mention (``"mentions"``)."""
        event_filter = EventFilter(
            start=start, end=end, actor=actor, source=source, target=target, dyad=dyad,
            cameo=cameo, root=root, quad_class=quad_class, text=text,
        )
        sql, params = select_sql(table, event_filter, limit=limit)
        return self.con.execute(sql, params).df()

    def records(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """The stored JSON Lines records (``Event.to_dict()``) of matching mentions."""
        sql, params = select_sql("mentions", EventFilter(**filters))
        sql = sql.replace("SELECT * EXCLUDE (record)", "SELECT record", 1)
        for (record,) in self.con.execute(sql, params).fetchall():
            yield json.loads(record)

    def daily_events_df(self) -> pd.DataFrame:
        """The Phoenix-style one-event-per-(date, source, target, code) view."""
        from detente.analysis.dedup import daily_events_sql

        return self.con.execute(daily_events_sql()).df()

    def dyad_series(self, a: str, b: str, *, by: str = "month", **options: Any) -> pd.DataFrame:
        """Per-period, per-direction dyad track rows (see :mod:`detente.analysis.dyads`)."""
        from detente.analysis.dyads import dyad_series

        return dyad_series(self, a, b, by=by, **options)

    def unresolved_df(self) -> pd.DataFrame:
        return self.con.execute(
            "SELECT text, count(*) AS n, count(DISTINCT article_id) AS articles "
            "FROM unresolved_actors GROUP BY text ORDER BY n DESC, text"
        ).df()

    def stats(self) -> dict[str, Any]:
        """Counts for ``detente stats``; keys are stable (articles, mentions, events, ...)."""
        one = lambda sql: self.con.execute(sql).fetchone()  # noqa: E731
        first, last = one("SELECT min(date), max(date) FROM mentions")
        quad = dict(self.con.execute("SELECT quad_class, count(*) FROM events GROUP BY 1").fetchall())
        return {
            "articles": one("SELECT count(*) FROM articles")[0],
            "sentences": int(one("SELECT coalesce(sum(sentences), 0) FROM articles")[0]),
            "mentions": one("SELECT count(*) FROM mentions")[0],
            "events": one("SELECT count(*) FROM events")[0],
            "daily_events": one(f"SELECT count(*) FROM ({_daily_sql()})")[0],
            "articles_with_events": one("SELECT count(*) FROM articles WHERE n_mentions > 0")[0],
            "unresolved_actors": one("SELECT count(*) FROM unresolved_actors")[0],
            "actors": one(
                "SELECT count(DISTINCT code) FROM (SELECT source_code AS code FROM events "
                "UNION ALL SELECT target_code FROM events) WHERE code IS NOT NULL"
            )[0],
            "events_by_quad_class": {str(q): quad.get(q, 0) for q in (1, 2, 3, 4)},
            "first_date": first.isoformat() if first else None,
            "last_date": last.isoformat() if last else None,
            "runs": one("SELECT count(*) FROM runs")[0],
            "schema_version": SCHEMA_VERSION,
            "path": self.path,
        }


def _daily_sql() -> str:
    from detente.analysis.dedup import daily_events_sql

    return daily_events_sql()


def open_store(path: str | Path, *, read_only: bool = False) -> EventStore:
    """Open (creating and migrating when needed) the DuckDB store at ``path``."""
    target = Path(path)
    if not read_only and target.parent and not target.parent.exists():
        raise StoreError(f"{path}: folder {target.parent} does not exist; create it or pick another --db path")
    if read_only and not target.exists():
        raise StoreError(f"{path}: no such store; run `detente code ... --db {path}` first")
    return EventStore(target, read_only=read_only)
