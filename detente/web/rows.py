"""DataFrames and store rows turned into JSON-ready values.

DuckDB hands back pandas frames with numpy scalars, Timestamps, dates and NaN/NA for
missing values; JSON wants plain ints, floats, ISO strings and null. CAMEO codes are
VARCHAR in the store and stay strings here (leading zeros matter).
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from detente.store import EventStore

# Evidence columns of an event's first mention, shown beside the deduplicated event row.
MENTION_EVIDENCE = ("rule", "predicate", "source_text", "target_text", "article_id", "decision")
# DuckDB DATE columns arrive as midnight Timestamps; these go out as plain YYYY-MM-DD.
DATE_COLUMNS = frozenset({"date", "period", "published", "first_date", "last_date"})


def plain(value: Any) -> Any:
    """One cell as a JSON value."""
    if value is None:
        return None
    if isinstance(value, (datetime, pd.Timestamp)):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()  # numpy scalar -> Python scalar
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):  # lists and other containers: not a missing marker
        pass
    return value


def plain_cell(column: str, value: Any) -> Any:
    if column in DATE_COLUMNS and isinstance(value, pd.Timestamp) and value == value.normalize():
        return value.date().isoformat()
    return plain(value)


def frame_rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    columns = list(frame.columns)
    return [
        {column: plain_cell(column, cell) for column, cell in zip(columns, row)}
        for row in frame.itertuples(index=False, name=None)
    ]


def cameo_name(code: str | None) -> str | None:
    """The CAMEO code's name, or None for a code the tables do not know."""
    if not code:
        return None
    from detente.errors import UnknownCode
    from detente.ontology import lookup

    try:
        return lookup(code).name
    except UnknownCode:
        return None


def with_evidence(store: "EventStore", rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add each deduplicated event's first-mention evidence (rule, predicate, actor text)."""
    ids = [row["first_mention_id"] for row in rows if row.get("first_mention_id")]
    evidence: dict[str, dict[str, Any]] = {}
    if ids:
        columns = ", ".join(MENTION_EVIDENCE)
        found = store.con.execute(
            f"SELECT mention_id, {columns} FROM mentions WHERE mention_id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        evidence = {mention_id: dict(zip(MENTION_EVIDENCE, rest)) for mention_id, *rest in found}
    for row in rows:
        row.update(evidence.get(row.get("first_mention_id"), {key: None for key in MENTION_EVIDENCE}))
        row["cameo_name"] = cameo_name(row.get("cameo"))
    return rows


def event_detail(store: "EventStore", event_key: str) -> dict[str, Any] | None:
    """One deduplicated event and every mention of it as JSON Lines contract records."""
    frame = store.con.execute("SELECT * FROM events WHERE event_key = ?", [event_key]).df()
    if frame.empty:
        return None
    event = with_evidence(store, frame_rows(frame))[0]
    records = store.con.execute(
        "SELECT m.record, a.title, a.source, a.url, a.published FROM mentions m "
        "LEFT JOIN articles a USING (article_id) WHERE m.event_key = ? "
        "ORDER BY m.date, m.article_id, m.sentence_index, m.mention_id",
        [event_key],
    ).fetchall()
    mentions = []
    for record, title, source, url, published in records:
        mentions.append(
            {
                "record": json.loads(record),
                "article": {"title": title, "source": source, "url": url, "published": plain(published)},
            }
        )
    return {"event": event, "mentions": mentions}
