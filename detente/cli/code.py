"""``detente code``: articles in, events out (JSON Lines, CSV, or a DuckDB store)."""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path

import click

from detente.cli import cli
from detente.cli.output import EventWriter, Progress, RunSummary, parse_date_option


@cli.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "default_date", callback=parse_date_option, help="Publication date (YYYY-MM-DD) for records without one.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write events here instead of stdout.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), is_flag=False, flag_value=Path("detente.duckdb"),
              default=None, help="Also store events in this DuckDB file (--db alone: ./detente.duckdb).")
@click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Extra TABARI/PETRARCH actor or agent dictionary (repeatable).")
@click.option("--no-model", is_flag=True, help="Code with the rules alone (skip the learned type check).")
@click.option("--no-places", is_flag=True, help="Skip geocoding event places.")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS|local",
              help="Code on a Dask cluster ('local' starts one on this machine).")
@click.option("--workers", type=int, default=2, show_default=True, help="Dask workers for --dask local.")
@click.option("--quiet", is_flag=True, help="No progress bar or summary.")
def code_command(paths, default_date: date | None, out, fmt, db, dictionaries, no_model, no_places, dask_address, workers, quiet):
    """Code PATHS (.txt/.md/.jsonl/.ndjson/.csv/.tsv files, directories, or - for stdin)."""
    from detente.io import read_inputs

    summary = RunSummary()
    progress = Progress(enabled=not quiet)

    def articles():
        return summary.keep_articles(read_inputs(paths, default_date=default_date), echo=True)

    if dask_address:
        from detente.runners import code_on_dask

        results = code_on_dask(articles(), address=dask_address, workers=workers, dictionaries=dictionaries,
                               use_model=not no_model, places=not no_places)
    else:
        from detente.pipeline import Coder

        coder = Coder(dictionaries=dictionaries, use_model=not no_model, places=not no_places)
        results = coder.code_articles(articles())

    store = run_id = None
    ingest_totals: Counter = Counter()
    if db is not None:
        from detente.store import open_store

        store = open_store(db)
        run_id = store.begin_run(coder=_coder_name(), dictionaries=[str(d) for d in dictionaries],
                                 options={"model": not no_model, "places": not no_places, "inputs": list(paths)})
    stream = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        writer = EventWriter(stream, fmt=fmt)
        pending = []
        for result in results:
            summary.add(result)
            progress.update(summary)
            writer.write(result.events)
            if store is not None:
                pending.append(result)
                if len(pending) >= 200:
                    _tally(ingest_totals, store.ingest(pending, run_id=run_id))
                    pending = []
        if store is not None and pending:
            _tally(ingest_totals, store.ingest(pending, run_id=run_id))
    finally:
        progress.close()
        if out:
            stream.close()
        if store is not None:
            store.finish_run(run_id, summary=summary.as_dict())
            store.close()
    if not quiet:
        click.echo(summary.render(where=[str(p) for p in (out, db) if p]), err=True)
        if store is not None:
            click.echo("store: " + ", ".join(f"{k} {v}" for k, v in ingest_totals.items()), err=True)


def _tally(totals: Counter, ingest) -> None:
    for key in ("added", "replaced", "unchanged", "mentions_added", "mentions_removed"):
        totals[key] += getattr(ingest, key)
    totals["events_total"] = ingest.events_total
    for where, why in ingest.skipped:
        click.echo(f"store skipped {where}: {why}", err=True)


def _coder_name() -> str:
    from detente.model import CODER

    return CODER
