"""Filters over the event tables, turned into parameterised SQL.

Actors may be given as a country code (``USA``) or a full or partial CAMEO actor code
(``USAGOV``, ``IGOUNO``): a three-letter code matches the actor's country *or* the start
of its code, anything longer matches the start of the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from detente.errors import StoreError

TABLES = ("events", "mentions")


def actor_condition(side: str, actor: str) -> tuple[str, list[Any]]:
    """SQL matching ``actor`` on ``side`` ('source' or 'target')."""
    code = actor.strip().upper()
    if not code:
        raise StoreError("empty actor code; give a country (USA) or an actor code (USAGOV)")
    if len(code) == 3:
        return f"({side}_country = ? OR {side}_code LIKE ?)", [code, code + "%"]
    return f"{side}_code LIKE ?", [code + "%"]


@dataclass(frozen=True)
class EventFilter:
    """What ``events_df`` selects. Every field is optional; all given ones must hold."""

    start: date | None = None
    end: date | None = None  # inclusive
    actor: str | None = None  # either side
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None  # either direction
    cameo: str | None = None  # code or code prefix ("04" = root 04 and its children)
    root: str | None = None
    quad_class: int | None = None
    text: str | None = None  # case-insensitive substring of an evidence sentence

    def where(self, *, table: str) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []

        def add(sql: str, values: list[Any]) -> None:
            clauses.append(sql)
            params.extend(values)

        if self.start is not None:
            add("date >= ?", [self.start])
        if self.end is not None:
            add("date <= ?", [self.end])
        if self.actor:
            src, src_params = actor_condition("source", self.actor)
            tgt, tgt_params = actor_condition("target", self.actor)
            add(f"({src} OR {tgt})", src_params + tgt_params)
        if self.source:
            add(*actor_condition("source", self.source))
        if self.target:
            add(*actor_condition("target", self.target))
        if self.dyad:
            first, second = self.dyad
            s1, p1 = actor_condition("source", first)
            t1, q1 = actor_condition("target", second)
            s2, p2 = actor_condition("source", second)
            t2, q2 = actor_condition("target", first)
            add(f"(({s1} AND {t1}) OR ({s2} AND {t2}))", p1 + q1 + p2 + q2)
        if self.cameo:
            if not self.cameo.isdigit():
                raise StoreError(f"CAMEO code {self.cameo!r} is not a digit string (e.g. 042, 19)")
            add("cameo LIKE ?", [self.cameo + "%"])
        if self.root:
            add("cameo_root = ?", [self.root.zfill(2)])
        if self.quad_class is not None:
            if self.quad_class not in (1, 2, 3, 4):
                raise StoreError(f"QuadClass {self.quad_class} is not 1-4")
            add("quad_class = ?", [int(self.quad_class)])
        if self.text:
            pattern = f"%{self.text}%"
            if table == "mentions":
                add("sentence ILIKE ?", [pattern])
            else:
                add("event_key IN (SELECT event_key FROM mentions WHERE sentence ILIKE ?)", [pattern])
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def select_sql(table: str, event_filter: EventFilter, *, limit: int | None = None) -> tuple[str, list[Any]]:
    if table not in TABLES:
        raise StoreError(f"unknown table {table!r}; use one of {', '.join(TABLES)}")
    where, params = event_filter.where(table=table)
    if table == "events":
        order = " ORDER BY date, num_mentions DESC, event_key"
        columns = "*"
    else:
        order = " ORDER BY date, article_id, sentence_index, mention_id"
        columns = "* EXCLUDE (record)"
    sql = f"SELECT {columns} FROM {table}{where}{order}"
    if limit is not None:
        sql += " LIMIT ?"
        params = params + [int(limit)]
    return sql, params
