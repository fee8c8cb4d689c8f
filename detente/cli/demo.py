"""``detente demo``: code the bundled synthetic sample corpus end to end.

Codes ``samples/news/`` into a DuckDB store, prints a summary table and the Russia-U.S.
dyad table, and writes the analyst's briefing. Everything it writes goes under ``--out``.
"""

from __future__ import annotations

from pathlib import Path

import click

from detente.cli import cli
from detente.cli.output import Progress, RunSummary


def _default_samples() -> Path:
    here = Path.cwd() / "samples" / "news"
    if here.is_dir():
        return here
    return Path(__file__).resolve().parents[2] / "samples" / "news"


@cli.command("demo")
@click.option("--samples", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Folder of sample articles (default: the bundled samples/news).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Where the store and the briefing go.")
@click.option("--no-model", is_flag=True, help="Rules alone (skip the learned type check).")
def demo_command(samples, out_dir, no_model):
    """Code the sample corpus into a store, print dyad tables, write the briefing."""
    from detente.io import read_inputs
    from detente.pipeline import Coder
    from detente.store import open_store

    samples = samples or _default_samples()
    if not samples.is_dir():
        raise click.ClickException(f"no sample corpus at {samples}; pass --samples FOLDER")
    out_dir.mkdir(parents=True, exist_ok=True)
    db_path = out_dir / "demo.duckdb"
    click.echo(f"coding the synthetic sample corpus in {samples} ...")
    coder = Coder(use_model=not no_model)
    summary = RunSummary()
    progress = Progress(enabled=True)

    def articles():
        return summary.keep_articles(read_inputs([samples]))

    results = []
    for result in coder.code_articles(articles()):
        summary.add(result)
        progress.update(summary)
        results.append(result)
    progress.close()
    with open_store(db_path) as store:
        run_id = store.begin_run(options={"demo": True, "model": not no_model, "samples": str(samples)})
        store.ingest(results, run_id=run_id)
        store.finish_run(run_id, summary=summary.as_dict())
        click.echo(summary.render())
        click.echo("")
        click.echo(_summary_table(store))
        click.echo("")
        click.echo(_dyad_table(store, "RUS", "USA"))
        from detente.analysis.report import write_report

        brief = write_report(store, out=out_dir / "brief.html")
        chart = out_dir / "dyad_RUS_USA.png"
        from detente.analysis.charts import chart_dyad

        chart_dyad(store, "RUS", "USA", out=chart)
    click.echo("")
    click.echo(f"store:    {db_path}   (try: detente stats --db {db_path})")
    click.echo(f"briefing: {brief}")
    click.echo(f"chart:    {chart}")


def _summary_table(store) -> str:
    frame = store.events_df()
    if frame.empty:
        return "no events"
    frame = frame.assign(dyad=frame["source_country"].fillna(frame["source_code"]).fillna("?") + " -> "
                         + frame["target_country"].fillna(frame["target_code"]).fillna("-"))
    table = frame.pivot_table(index="dyad", columns="quad_class", values="event_key", aggfunc="count", fill_value=0)
    table["total"] = table.sum(axis=1)
    table = table.sort_values("total", ascending=False).head(15)
    names = {1: "verb.coop", 2: "mat.coop", 3: "verb.confl", 4: "mat.confl"}
    header = f"{'most active dyads':<28}" + "".join(f"{names.get(c, c):>11}" for c in table.columns)
    lines = [header]
    for dyad, row in table.iterrows():
        lines.append(f"{dyad:<28}" + "".join(f"{int(v):>11}" for v in row.values))
    return "\n".join(lines)


def _dyad_table(store, a: str, b: str) -> str:
    frame = store.dyad_series(a, b, by="month")
    if frame.empty:
        return f"no {a}-{b} events"
    lines = [f"{a}-{b} by month (both directions)"]
    cols = [c for c in ("period", "direction", "events", "verbal_coop", "material_coop", "verbal_conflict",
                        "material_conflict", "coop_index", "conflict_index", "goldstein_mean", "two_track") if c in frame.columns]
    lines.append(" ".join(f"{c[:10]:>10}" for c in cols))
    for _, row in frame.iterrows():
        if "events" in row and not row["events"]:
            continue
        cells = []
        for c in cols:
            value = row[c]
            if hasattr(value, "strftime"):
                value = value.strftime("%Y-%m")
            elif isinstance(value, float):
                value = f"{value:.2f}"
            cells.append(f"{str(value):>10}")
        lines.append(" ".join(cells))
    return "\n".join(lines)
