"""``detente explain``: show how a text is coded, sentence by sentence."""

from __future__ import annotations

import click

from detente.cli import cli
from detente.cli.output import parse_date_option


@cli.command("explain")
@click.argument("text")
@click.option("--date", "published", callback=parse_date_option, help="Publication date (YYYY-MM-DD).")
@click.option("--no-model", is_flag=True, help="Rules alone.")
@click.option("--parse/--no-parse", "show_parse", default=True, help="Show the dependency parse.")
def explain_command(text, published, no_model, show_parse):
    """Print the parse, the candidates, the rule that fired, the actors and the events."""
    from detente.explain import explain_text
    from detente.pipeline import Coder

    coder = Coder(use_model=not no_model)
    click.echo(explain_text(coder, text, published=published, show_parse=show_parse))
