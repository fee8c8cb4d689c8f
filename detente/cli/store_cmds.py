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
    shown = frame[[c for c in columns if c in frame.columns]].astype(object).fillna("")
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


DYAD_COLUMNS = [
    "period", "direction", "events", "verbal_coop", "material_coop", "verbal_conflict",
    "material_conflict", "goldstein_mean", "coop_index", "conflict_index", "two_track",
]
period_option = click.option(
    "--by", type=click.Choice(["day", "week", "month"]), default="month", show_default=True,
    help="Period length (weeks start on Monday).",
)


@cli.command()
@click.argument("a")
@click.argument("b")
@db_option
@period_option
@click.option("--threshold", type=click.FloatRange(0, 1), default=0.25, show_default=True,
              help="Both indices at least this high make a period two-track.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of period rows.")
def dyad(a: str, b: str, db: str, by: str, threshold: float, as_json: bool) -> None:
    """Cooperation and conflict tracks between actors A and B (country or actor codes)."""
    from detente.analysis.dyads import series_records

    with _open(db) as store:
        frame = store.dyad_series(a, b, by=by, two_track_threshold=threshold)
    if as_json:
        _echo_json(series_records(frame))
        return
    click.echo(_table(frame, DYAD_COLUMNS))


@cli.group()
def chart() -> None:
    """Charts from a store (PNG or SVG)."""


@chart.command("dyad")
@click.argument("a")
@click.argument("b")
@db_option
@period_option
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="Chart file: .png or .svg.")
def chart_dyad_command(a: str, b: str, db: str, by: str, out: str) -> None:
    """Chart the tracks between actors A and B."""
    from detente.analysis.charts import chart_dyad

    with _open(db) as store:
        path = chart_dyad(store, a, b, out=out, by=by)
    click.echo(f"wrote {path}", err=True)


@cli.command()
@db_option
@click.option("--out", default="brief.html", show_default=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")
@period_option
@click.option("--dyads", type=int, default=5, show_default=True, help="Dyads in the table.")
@click.option("--charts", type=int, default=3, show_default=True, help="Dyads that get a chart.")
@click.option("--title", default="Détente briefing", show_default=True)
def report(db: str, out: str, by: str, dyads: int, charts: int, title: str) -> None:
    """Write a self-contained HTML briefing (works offline)."""
    from detente.analysis.report import ReportOptions, write_report

    with _open(db) as store:
        path = write_report(store, out=out, options=ReportOptions(dyads=dyads, charts=charts, by=by, title=title))
    click.echo(f"wrote {path}", err=True)


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet", "gdelt", "phoenix"]),
              required=True, help="csv/parquet: flat rows; jsonl: the event contract; gdelt/phoenix: TSV layouts.")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option("--table", type=click.Choice(["mentions", "events"]), default="mentions", show_default=True,
              help="For csv/parquet: every mention, or deduplicated events.")
@click.option("--no-header", is_flag=True, help="gdelt/phoenix: no header line, as the original files.")
def export(db: str, fmt: str, out: str, table: str, no_header: bool) -> None:
    """Export the store as csv, jsonl, parquet, GDELT-like or Phoenix-like files."""
    from detente.analysis.exports import export as export_store

    with _open(db) as store:
        summary = export_store(store, format=fmt, out=out, table=table, header=not no_header)
    click.echo(summary.line(), err=True)
