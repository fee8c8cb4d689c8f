"""``detente evaluate``: score the coder against a gold file."""

from __future__ import annotations

import json
from pathlib import Path

import click

from detente.cli import cli
from detente.cli.output import parse_date_option


@cli.command("evaluate")
@click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="PLOVER gold records or plain JSONL gold ({id, date, text, events: [{source, target, code}]}).")
@click.option("--date", "default_date", callback=parse_date_option, default="2000-01-01", show_default=True,
              help="Date for gold records without one.")
@click.option("--misses", is_flag=True, help="List the sentences without a full match.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--no-model", is_flag=True, help="Rules alone.")
@click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(exists=True, path_type=Path))
def evaluate_command(gold_path, default_date, misses, as_json, no_model, dictionaries):
    """Precision, recall and F1 by PLOVER type and CAMEO root; actor accuracy; misses."""
    from detente.evaluate import evaluate
    from detente.pipeline import Coder

    coder = Coder(dictionaries=dictionaries, use_model=not no_model)
    result = evaluate(gold_path, code=coder.code_articles, default_date=default_date, keep_misses=misses)
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    click.echo(f"sentences            {result['sentences']}")
    click.echo(f"type recall          {result['type_recall']:.3f}")
    click.echo(f"full match           {result['full_match']:.3f}")
    click.echo(f"precision            {result['precision']:.3f}  ({result['events']} events)")
    click.echo(f"actor country acc.   {result['actor_country_accuracy']:.3f}")
    click.echo(f"macro F1 (PLOVER)    {result['macro_f1']:.3f}")
    click.echo("")
    click.echo(f"{'PLOVER type':<12} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for name, row in result["by_plover"].items():
        click.echo(f"{name:<12} {row['gold']:>5} {row['predicted']:>5} {row['precision']:>6.2f} {row['recall']:>6.2f} {row['f1']:>6.2f}")
    if result["by_cameo_root"]:
        click.echo("")
        click.echo(f"{'CAMEO root':<12} {'P':>6} {'R':>6} {'F1':>6}")
        for name, row in result["by_cameo_root"].items():
            click.echo(f"{name:<12} {row['precision']:>6.2f} {row['recall']:>6.2f} {row['f1']:>6.2f}")
    if misses:
        click.echo("\nmisses:")
        for miss in result["misses"]:
            click.echo(f"- {miss['id']}: {miss['text']}")
            for g in miss["gold"]:
                click.echo(f"    gold  {g['plover']} {g['sources']} -> {g['targets']}")
            for c in miss["coded"]:
                click.echo(f"    coded {c['plover']} {c['cameo']} {c['source']} -> {c['target']}  [{c['rule']}]")
