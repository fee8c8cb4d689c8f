"""Store and analysis commands: stats, events, dyad, chart dyad, report, export.

Thin adapters: each parses options, opens the store read-only, calls one library
function and prints. ``--db`` defaults to ``detente.duckdb`` in the working directory.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from detente.cli import cli

DEFAULT_DB = "detente.duckdb"

db_option = click.option(
    "--db", "db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
    help="DuckDB store file written by `detente code --db`.",
)


def _open(db: str):
    from detente.store import open_store

    return open_store(db, read_only=True)


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from exc


def _echo_json(value) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def _table(frame, columns: list[str]) -> str:
    shown = frame[[c for c in columns if c in frame.columns]].fillna("")
    return shown.to_string(index=False, max_colwidth=60) if len(shown) else "(no rows)"


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as one JSON object.")
def stats(db: str, as_json: bool) -> None:
    """Counts of articles, mentions and deduplicated events in a store."""
    with _open(db) as store:
        counts = store.stats()
    if as_json:
        _echo_json(counts)
        return
    for key, value in counts.items():
        click.echo(f"{key:>22}: {value}")


EVENT_COLUMNS = [
    "date", "source_code", "target_code", "cameo", "quad_class", "goldstein",
    "num_mentions", "num_articles", "sentence",
]
MENTION_COLUMNS = ["date", "article_id", "source_code", "target_code", "cameo", "goldstein", "rule", "sentence"]


@cli.command()
@db_option
@click.option("--from", "start", help="First date (YYYY-MM-DD).")
@click.option("--to", "end", help="Last date, inclusive (YYYY-MM-DD).")
@click.option("--actor", help="Actor on either side: country (USA) or code prefix (USAGOV).")
@click.option("--source", help="Source actor: country or code prefix.")
@click.option("--target", help="Target actor: country or code prefix.")
@click.option("--dyad", nargs=2, help="Two actors, either direction: --dyad USA RUS.")
@click.option("--cameo", help="CAMEO code or prefix (04 = all consults).")
@click.option("--root", help="CAMEO root code (two digits).")
@click.option("--quad", "quad_class", type=click.IntRange(1, 4), help="QuadClass 1-4.")
@click.option("--text", help="Case-insensitive text in an evidence sentence.")
@click.option("--mentions", is_flag=True, help="List every mention instead of deduplicated events.")
@click.option("--limit", type=int, default=None, help="At most this many rows.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (events: rows; --mentions: the JSONL contract).")
def events(db, start, end, actor, source, target, dyad, cameo, root, quad_class, text, mentions, limit, as_json):
    """List events (deduplicated) or mentions, filtered."""
    filters = dict(
        start=_date(start), end=_date(end), actor=actor, source=source, target=target,
        dyad=tuple(dyad) if dyad else None, cameo=cameo, root=root, quad_class=quad_class, text=text,
    )
    with _open(db) as store:
        if as_json and mentions:
            records = list(store.records(**filters))
            for record in records[:limit] if limit is not None else records:
                click.echo(json.dumps(record, ensure_ascii=False))
            return
        frame = store.events_df(table="mentions" if mentions else "events", limit=limit, **filters)
    if as_json:
        click.echo(frame.to_json(orient="records", date_format="iso", force_ascii=False, indent=2))
        return
    click.echo(_table(frame, MENTION_COLUMNS if mentions else EVENT_COLUMNS))
