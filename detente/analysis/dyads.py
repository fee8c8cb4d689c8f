"""Dyad tracks: how two actors get on, period by period, in each direction.

For a dyad (A, B) and a period (day | week | month, weeks starting on Monday), each row
counts the deduplicated events from one side to the other (direction ``A>B``, ``B>A``,
and both together as ``A<>B``):

* counts by QuadClass: ``verbal_coop`` (1), ``material_coop`` (2), ``verbal_conflict``
  (3), ``material_conflict`` (4), and ``events`` in all;
* ``goldstein_mean`` and ``goldstein_sum`` over those events;
* ``coop_score`` = sum over cooperative events (QuadClass 1-2) of max(|Goldstein|, 1),
  and ``conflict_score`` likewise over conflictual events (QuadClass 3-4). Every event
  weighs at least 1, so a neutral statement (Goldstein 0) still counts as contact, and a
  military clash weighs ten times a complaint;
* ``coop_index`` and ``conflict_index``: those scores divided by the direction's peak,
  the largest score of either kind in any period of the series. Both lie in [0, 1] and
  share one scale, so they can be read side by side: 1 is the busiest period's level;
* ``two_track``: true where both indices reach ``two_track_threshold`` (0.25 by default)
  in the same period — the two sides cooperate and confront at once (talks while
  fighting, sanctions while negotiating).

Actors may be country codes (``USA``) or actor codes (``USAGOV``): see
:func:`detente.store.queries.actor_condition`. Periods without events between the first
and last are filled with zero counts, so charts show gaps as gaps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from detente.errors import StoreError
from detente.store.queries import actor_condition

if TYPE_CHECKING:
    from detente.store.store import EventStore

PERIODS = {"day": "D", "week": "W-MON", "month": "MS"}
QUAD_COLUMNS = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}
ROW_COLUMNS = [
    "period", "direction", "source", "target", "events",
    *QUAD_COLUMNS.values(),
    "goldstein_mean", "goldstein_sum", "coop_score", "conflict_score",
    "coop_index", "conflict_index", "two_track",
]


def dyad_events(store: "EventStore", a: str, b: str, *, by: str = "month") -> pd.DataFrame:
    """The dyad's deduplicated events with their period and direction."""
    if by not in PERIODS:
        raise StoreError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}")
    a, b = a.strip().upper(), b.strip().upper()
    s_a, p_sa = actor_condition("source", a)
    t_b, p_tb = actor_condition("target", b)
    s_b, p_sb = actor_condition("source", b)
    t_a, p_ta = actor_condition("target", a)
    sql = f"""
        SELECT CAST(date_trunc('{by}', date) AS DATE) AS period,
               CASE WHEN {s_a} AND {t_b} THEN ? ELSE ? END AS direction,
               event_key, date, cameo, quad_class, goldstein, num_mentions, sentence,
               source_code, target_code
        FROM events
        WHERE ({s_a} AND {t_b}) OR ({s_b} AND {t_a})
        ORDER BY date
    """
    params = p_sa + p_tb + [f"{a}>{b}", f"{b}>{a}"] + p_sa + p_tb + p_sb + p_ta
    return store.con.execute(sql, params).df()


def _aggregate(events: pd.DataFrame) -> pd.DataFrame:
    weight = events["goldstein"].abs().clip(lower=1.0)
    cooperative = events["quad_class"] <= 2
    frame = events.assign(
        coop_weight=weight.where(cooperative, 0.0),
        conflict_weight=weight.where(~cooperative, 0.0),
        **{name: (events["quad_class"] == quad).astype(int) for quad, name in QUAD_COLUMNS.items()},
    )
    grouped = frame.groupby("period")
    out = pd.DataFrame(
        {
            "events": grouped.size(),
            **{name: grouped[name].sum() for name in QUAD_COLUMNS.values()},
            "goldstein_mean": grouped["goldstein"].mean(),
            "goldstein_sum": grouped["goldstein"].sum(),
            "coop_score": grouped["coop_weight"].sum(),
            "conflict_score": grouped["conflict_weight"].sum(),
        }
    )
    return out


def _fill(frame: pd.DataFrame, periods: pd.DatetimeIndex) -> pd.DataFrame:
    frame = frame.reindex(periods)
    counts = ["events", *QUAD_COLUMNS.values()]
    frame[counts] = frame[counts].fillna(0).astype(int)
    frame[["goldstein_sum", "coop_score", "conflict_score"]] = frame[
        ["goldstein_sum", "coop_score", "conflict_score"]
    ].fillna(0.0)
    return frame


def dyad_series(
    store: "EventStore",
    a: str,
    b: str,
    *,
    by: str = "month",
    two_track_threshold: float = 0.25,
    fill: bool = True,
) -> pd.DataFrame:
    """Track rows for the dyad, one per (period, direction); columns in ``ROW_COLUMNS``."""
    a, b = a.strip().upper(), b.strip().upper()
    events = dyad_events(store, a, b, by=by)
    if events.empty:
        return pd.DataFrame(columns=ROW_COLUMNS)
    events["period"] = pd.to_datetime(events["period"])
    periods = pd.date_range(events["period"].min(), events["period"].max(), freq=PERIODS[by])
    parts = []
    directions = [(f"{a}>{b}", a, b), (f"{b}>{a}", b, a), (f"{a}<>{b}", a, b)]
    for direction, source, target in directions:
        chosen = events if "<>" in direction else events[events["direction"] == direction]
        if chosen.empty:
            continue
        frame = _aggregate(chosen)
        if fill:
            frame = _fill(frame, periods)
        peak = max(frame["coop_score"].max(), frame["conflict_score"].max(), 1.0)
        frame["coop_index"] = (frame["coop_score"] / peak).round(4)
        frame["conflict_index"] = (frame["conflict_score"] / peak).round(4)
        frame["two_track"] = (frame["coop_index"] >= two_track_threshold) & (
            frame["conflict_index"] >= two_track_threshold
        )
        frame = frame.rename_axis("period").reset_index()
        frame["direction"], frame["source"], frame["target"] = direction, source, target
        parts.append(frame)
    out = pd.concat(parts, ignore_index=True)
    out["period"] = out["period"].dt.date
    out["goldstein_mean"] = out["goldstein_mean"].round(3)
    out["goldstein_sum"] = out["goldstein_sum"].round(3)
    return out[ROW_COLUMNS].sort_values(["period", "direction"], ignore_index=True)


def series_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """JSON-ready period rows (ISO dates, NaN as null)."""
    rows = []
    for row in frame.to_dict(orient="records"):
        clean = {}
        for key, value in row.items():
            if hasattr(value, "isoformat"):
                value = value.isoformat()
            elif isinstance(value, float) and value != value:
                value = None
            elif hasattr(value, "item"):
                value = value.item()
            clean[key] = value
        rows.append(clean)
    return rows


def actor_root(code: str | None, country: str | None) -> str | None:
    """How an actor is grouped into dyads: its country, else its code (IGOs)."""
    return country or code


def top_dyads(store: "EventStore", *, limit: int = 5) -> pd.DataFrame:
    """The most active unordered dyads (country, else actor code) by deduplicated events."""
    return store.con.execute(
        """
        WITH sides AS (
            SELECT coalesce(source_country, source_code) AS s,
                   coalesce(target_country, target_code) AS t,
                   quad_class, goldstein, num_mentions
            FROM events
        )
        SELECT least(s, t) AS a, greatest(s, t) AS b,
               count(*) AS events,
               sum(num_mentions) AS mentions,
               count(*) FILTER (WHERE quad_class <= 2) AS cooperative,
               count(*) FILTER (WHERE quad_class >= 3) AS conflictual,
               round(avg(goldstein), 3) AS goldstein_mean
        FROM sides
        WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t
        GROUP BY 1, 2
        ORDER BY events DESC, mentions DESC, a, b
        LIMIT ?
        """,
        [limit],
    ).df()
