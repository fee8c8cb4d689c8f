"""Deduplication: many reports of one event become one event row.

The rule
--------
Every coded occurrence of an event in a sentence is a **mention** and is always kept
(table ``mentions``). Mentions are grouped into **events** (table ``events``) GDELT-style
by the key

    (date, source actor, target actor, CAMEO code, action place)

* *date* is the event's resolved date (``When.date``), not the publication date, so a
  report on Tuesday of Monday's meeting joins Monday's reports.
* *source/target actor* is the full CAMEO actor code (``RUSGOV``). An unresolved actor
  has no code; it keys by ``?`` plus its lower-cased text so that two different
  unknown actors never merge. A missing target keys as empty.
* *CAMEO code* is the full code as a string (``0431`` and ``043`` stay apart).
* *action place* is the place's geonameid, else its lower-cased name plus country, else
  empty. As in GDELT, reports that name different places for the same meeting stay
  apart; a report that names no place does not merge with one that does.

Each event row carries ``num_mentions`` (mentions grouped), ``num_articles`` (distinct
articles) and ``num_sources`` (distinct publishers; an article without a publisher counts
as its own source), plus the evidence sentence and URL of its first mention (earliest
article id, then sentence index).

The Phoenix view (:func:`daily_events_sql`) keeps one event per
(date, source code, target code, CAMEO code) — Phoenix's one-a-day filter — and only
events whose source and target both resolved to codes, as the Phoenix pipeline did.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

import duckdb
import pandas as pd


def _actor_key(actor: dict[str, Any] | None) -> str:
    if actor is None:
        return ""
    if actor.get("code"):
        return actor["code"]
    return "?" + (actor.get("text") or "").strip().lower()


def _place_key(location: dict[str, Any] | None) -> str:
    if not location:
        return ""
    if location.get("geonameid") is not None:
        return f"g{location['geonameid']}"
    return f"{(location.get('name') or '').strip().lower()}/{location.get('country') or ''}"


def event_key(record: dict[str, Any]) -> str:
    """The dedup key of one event record (``Event.to_dict()``), as a short stable hash."""
    parts = [
        record["date"],
        _actor_key(record.get("source")),
        _actor_key(record.get("target")),
        record["cameo"],
        _place_key(record.get("location")),
    ]
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


# Representative attributes (names, place, Goldstein) come from the first mention; the
# key guarantees codes, CAMEO and place agree across the group.
_REFRESH_EVENTS = """
DELETE FROM events {only};
INSERT INTO events BY NAME
WITH ranked AS (
    SELECT m.*, a.source AS publisher, a.url AS article_url,
           row_number() OVER (PARTITION BY m.event_key
                              ORDER BY m.article_id, m.sentence_index, m.mention_id) AS rank
    FROM mentions m JOIN articles a USING (article_id)
    {only_m}
),
counts AS (
    SELECT event_key,
           count(*) AS num_mentions,
           count(DISTINCT article_id) AS num_articles,
           count(DISTINCT coalesce(publisher, 'article:' || article_id)) AS num_sources
    FROM ranked GROUP BY event_key
)
SELECT r.event_key, r.date,
       r.source_code, r.source_name, r.source_country, r.source_agent,
       r.target_code, r.target_name, r.target_country, r.target_agent,
       r.cameo, r.cameo_root, r.quad_class, r.goldstein, r.plover_event, r.plover_mode,
       r.location_name, r.location_country, r.location_admin1, r.lat, r.lon, r.geonameid,
       c.num_mentions, c.num_articles, c.num_sources,
       r.mention_id AS first_mention_id, r.article_id AS first_article_id,
       r.sentence, r.article_url AS source_url
FROM ranked r JOIN counts c USING (event_key)
WHERE r.rank = 1;
"""


def refresh_events(con: duckdb.DuckDBPyConnection, *, keys: Iterable[str] | None = None) -> int:
    """Rebuild ``events`` from ``mentions`` (only the given event keys, when given).

    Ingest passes the keys its added and removed mentions touched, so a long run in many
    batches never regroups the whole table. Returns the number of events stored.
    """
    if keys is None:
        con.execute(_REFRESH_EVENTS.format(only="", only_m=""))
    else:
        touched = pd.DataFrame({"event_key": sorted(set(keys))}, dtype="string")
        if len(touched):
            con.register("touched_keys", touched)
            try:
                con.execute(
                    _REFRESH_EVENTS.format(
                        only="WHERE event_key IN (SELECT event_key FROM touched_keys)",
                        only_m="WHERE m.event_key IN (SELECT event_key FROM touched_keys)",
                    )
                )
            finally:
                con.unregister("touched_keys")
    return con.execute("SELECT count(*) FROM events").fetchone()[0]


def daily_events_sql() -> str:
    """SQL for the Phoenix-style one-event-per-(date, source, target, code) view."""
    return """
    WITH ranked AS (
        SELECT m.*, a.source AS publisher, a.url AS article_url,
               row_number() OVER (PARTITION BY m.date, m.source_code, m.target_code, m.cameo
                                  ORDER BY m.article_id, m.sentence_index, m.mention_id) AS rank
        FROM mentions m JOIN articles a USING (article_id)
        WHERE m.source_code IS NOT NULL AND m.target_code IS NOT NULL
    ),
    grouped AS (
        SELECT date, source_code, target_code, cameo,
               string_agg(DISTINCT mention_id, ';' ORDER BY mention_id) AS mention_ids,
               string_agg(DISTINCT article_url, ';' ORDER BY article_url) AS urls,
               string_agg(DISTINCT publisher, ';' ORDER BY publisher) AS publishers,
               count(*) AS num_mentions
        FROM ranked GROUP BY ALL
    )
    SELECT r.date, r.source_code, r.source_country, r.source_agent,
           r.target_code, r.target_country, r.target_agent,
           r.cameo, r.cameo_root, r.quad_class, r.goldstein,
           r.lat, r.lon, r.location_name, r.location_admin1, r.location_country,
           g.mention_ids, g.urls, g.publishers, g.num_mentions
    FROM ranked r JOIN grouped g USING (date, source_code, target_code, cameo)
    WHERE r.rank = 1
    ORDER BY r.date, r.source_code, r.target_code, r.cameo
    """
