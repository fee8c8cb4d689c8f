"""The command-line tool: thin click adapters over library functions.

Each command group lives in its own module and registers itself on ``cli`` when imported
below. Errors are translated once, here: a ``DetenteError`` becomes a one-line message and
exit code 2, never a traceback.
"""

from __future__ import annotations

import sys

import click

from detente.errors import DetenteError
from detente.model import CODER


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(CODER, prog_name="detente", message="%(version)s")
def cli() -> None:
    """Détente: news text in, coded political events (CAMEO/PLOVER) out."""


# Command modules register themselves on import (one line each).
from detente.cli import code as _code  # noqa: E402,F401

_OPTIONAL_MODULES = [
    "detente.cli.explain",
    "detente.cli.evaluate",
    "detente.cli.demo",
    "detente.cli.dictionaries",
    "detente.cli.store_cmds",
    "detente.cli.model",
    "detente.cli.serve",
]
for _name in _OPTIONAL_MODULES:
    try:
        __import__(_name)
    except ModuleNotFoundError as exc:  # a command group not built yet
        if exc.name != _name:
            raise


def main() -> None:
    try:
        cli(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except DetenteError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)
