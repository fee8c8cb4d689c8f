"""The store's schema, as an ordered list of named migrations.

Each migration runs once, in order, inside a transaction; ``schema_migrations`` records
which have run. To change the schema, append a new migration; never edit one that has
shipped, because existing store files have already applied it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import duckdb

from detente.errors import StoreError


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


_INITIAL = """
CREATE SEQUENCE run_ids START 1;

CREATE TABLE runs (
    run_id        INTEGER PRIMARY KEY,
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP,
    coder         VARCHAR NOT NULL,      -- "detente 0.1.0"
    dictionaries  VARCHAR NOT NULL,      -- JSON list of dictionary names/paths
    options       VARCHAR NOT NULL,      -- JSON object of coding options
    summary       VARCHAR                -- JSON object written by finish_run
);

-- One row per input record; content_hash decides whether a re-ingest changes anything.
CREATE TABLE articles (
    article_id    VARCHAR PRIMARY KEY,
    content_hash  VARCHAR NOT NULL,
    title         VARCHAR,
    source        VARCHAR,               -- publisher
    url           VARCHAR,
    published     DATE,
    origin        VARCHAR,
    sentences     INTEGER NOT NULL,
    n_mentions    INTEGER NOT NULL,
    run_id        INTEGER,
    ingested_at   TIMESTAMP NOT NULL
);

-- One row per coded event occurrence in a sentence (Event.to_dict(), flattened).
CREATE TABLE mentions (
    mention_id        VARCHAR PRIMARY KEY,   -- Event.event_id
    event_key         VARCHAR NOT NULL,      -- dedup key, see detente.analysis.dedup
    article_id        VARCHAR NOT NULL,
    sentence_index    INTEGER NOT NULL,
    sentence          VARCHAR NOT NULL,
    date              DATE NOT NULL,
    date_precision    VARCHAR NOT NULL,
    date_basis        VARCHAR NOT NULL,
    source_text       VARCHAR,
    source_name       VARCHAR,
    source_code       VARCHAR,
    source_country    VARCHAR,
    source_agent      VARCHAR,
    target_text       VARCHAR,
    target_name       VARCHAR,
    target_code       VARCHAR,
    target_country    VARCHAR,
    target_agent      VARCHAR,
    cameo             VARCHAR NOT NULL,      -- always a string: leading zeros matter
    cameo_root        VARCHAR NOT NULL,
    goldstein         DOUBLE NOT NULL,
    quad_class        INTEGER NOT NULL,
    plover_event      VARCHAR,
    plover_mode       VARCHAR,
    location_name     VARCHAR,
    location_country  VARCHAR,
    location_admin1   VARCHAR,
    lat               DOUBLE,
    lon               DOUBLE,
    geonameid         BIGINT,
    predicate         VARCHAR,
    evidence_start    INTEGER,
    evidence_end      INTEGER,
    rule              VARCHAR,
    negated           BOOLEAN,
    model_type        VARCHAR,
    model_prob        DOUBLE,
    decision          VARCHAR,
    coder             VARCHAR,
    run_id            INTEGER,
    record            VARCHAR NOT NULL       -- the JSON Lines contract, verbatim
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_event ON mentions(event_key);

CREATE TABLE unresolved_actors (
    article_id  VARCHAR NOT NULL,
    text        VARCHAR NOT NULL
);
CREATE INDEX unresolved_article ON unresolved_actors(article_id);
"""

_EVENTS = """
-- GDELT-style deduplicated events, rebuilt from mentions after each ingest.
CREATE TABLE events (
    event_key         VARCHAR PRIMARY KEY,
    date              DATE NOT NULL,
    source_code       VARCHAR,
    source_name       VARCHAR,
    source_country    VARCHAR,
    source_agent      VARCHAR,
    target_code       VARCHAR,
    target_name       VARCHAR,
    target_country    VARCHAR,
    target_agent      VARCHAR,
    cameo             VARCHAR NOT NULL,
    cameo_root        VARCHAR NOT NULL,
    quad_class        INTEGER NOT NULL,
    goldstein         DOUBLE NOT NULL,
    plover_event      VARCHAR,
    plover_mode       VARCHAR,
    location_name     VARCHAR,
    location_country  VARCHAR,
    location_admin1   VARCHAR,
    lat               DOUBLE,
    lon               DOUBLE,
    geonameid         BIGINT,
    num_mentions      INTEGER NOT NULL,
    num_articles      INTEGER NOT NULL,
    num_sources       INTEGER NOT NULL,
    first_mention_id  VARCHAR NOT NULL,
    first_article_id  VARCHAR NOT NULL,
    sentence          VARCHAR NOT NULL,      -- evidence: the first mention's sentence
    source_url        VARCHAR
);
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial_runs_articles_mentions", _INITIAL),
    Migration(2, "deduplicated_events", _EVENTS),
)

SCHEMA_VERSION = MIGRATIONS[-1].version


def applied_versions(con: duckdb.DuckDBPyConnection) -> list[int]:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()[0]
    if not exists:
        return []
    return [row[0] for row in con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()]


def migrate(con: duckdb.DuckDBPyConnection, *, where: str) -> list[str]:
    """Apply the migrations this store lacks; return their names."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    done = set(applied_versions(con))
    newer = [v for v in done if v > SCHEMA_VERSION]
    if newer:
        raise StoreError(
            f"{where}: store schema version {max(newer)} is newer than this Détente "
            f"understands ({SCHEMA_VERSION}); upgrade detente or use another --db file"
        )
    applied = []
    for migration in MIGRATIONS:
        if migration.version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(migration.sql)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [migration.version, migration.name, datetime.now(timezone.utc).replace(tzinfo=None)],
            )
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(
                f"{where}: migration {migration.version} {migration.name!r} failed: {exc}"
            ) from exc
        applied.append(migration.name)
    return applied
