"""``detente dictionaries check PATH...``: read TABARI/PETRARCH files, print counts and errors."""

from __future__ import annotations

from pathlib import Path

import click

from detente.cli import cli


@cli.group("dictionaries")
def dictionaries_group() -> None:
    """Inspect TABARI/PETRARCH dictionaries (actors, agents, verb patterns)."""


@dictionaries_group.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--max-errors", type=int, default=20, show_default=True, help="Errors shown per file (all are counted).")
def check_command(paths: tuple[Path, ...], max_errors: int) -> None:
    """Check PATHS (files or folders of .txt dictionaries): counts, then errors as file:line."""
    from detente.dictionaries.petrarch import check

    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.txt")) if path.is_dir() else [path])
    total_problems = 0
    for path in files:
        report = check(path)
        counts = ", ".join(f"{value} {name}" for name, value in report.counts.items())
        click.echo(f"{path}: {report.kind}: {counts}; {len(report.problems)} problem(s)")
        for problem in report.problems[:max_errors]:
            click.echo(f"  {path}:{problem.line}: {problem.message}")
        if len(report.problems) > max_errors:
            click.echo(f"  ... {len(report.problems) - max_errors} more (raise --max-errors to see them)")
        total_problems += len(report.problems)
    if total_problems:
        raise SystemExit(1)
