"""``detente model build`` / ``detente model info``: the learned type checker's cache."""

from __future__ import annotations

import json
from pathlib import Path

import click

from detente.cli import cli


@cli.group("model")
def model_group() -> None:
    """Build or inspect the learned event-type checker (a fine-tuned MiniLM)."""


@model_group.command("build")
@click.option("--data-dir", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="Folder of labelled *.jsonl files (default: the package's classify/data).")
@click.option("--force", is_flag=True, help="Retrain even when the cache already holds this model.")
@click.option("--quiet", is_flag=True, help="No progress lines.")
def build_command(data_dir: Path | None, force: bool, quiet: bool) -> None:
    """Train the type checker from the repository's data into the cache (minutes on a CPU).

    The cache folder is keyed by the data, the recipe and the code version, so the same
    repository always rebuilds the same model; set DETENTE_CACHE to move the cache.
    """
    from detente.classify.cache import build_model, model_dir

    folder = model_dir(data_dir=data_dir)
    if (folder / "meta.json").is_file() and not force:
        click.echo(f"up to date: {folder}")
        return

    def progress(line: str) -> None:
        if not quiet:
            click.echo(line, err=True)

    folder = build_model(data_dir=data_dir, force=force, progress=progress)
    meta = json.loads((folder / "meta.json").read_text("utf-8"))
    click.echo(f"built: {folder} ({meta.get('examples')} examples, {meta.get('train_seconds')} s)")


@model_group.command("info")
@click.option("--data-dir", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None)
def info_command(data_dir: Path | None) -> None:
    """Where the type checker for the current data lives, and how it was trained."""
    from detente.classify.cache import cache_root, model_dir
    from detente.classify.corpus import corpus_files

    files = corpus_files(data_dir)
    click.echo(f"cache:      {cache_root()}")
    click.echo(f"data files: {len(files)} ({', '.join(p.name for p in files) or 'none'})")
    if not files:
        click.echo("model:      none (no training data)")
        return
    folder = model_dir(data_dir=data_dir)
    meta_path = folder / "meta.json"
    if not meta_path.is_file():
        click.echo(f"model:      not built ({folder}); run `detente model build`")
        return
    meta = json.loads(meta_path.read_text("utf-8"))
    size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
    click.echo(f"model:      {folder}")
    click.echo(f"size:       {size / 1e6:.1f} MB")
    for key in ("examples", "skipped", "steps", "train_seconds", "final_loss", "code_version"):
        click.echo(f"{key + ':':<12}{meta.get(key)}")
    click.echo(f"recipe:     {json.dumps(meta.get('config', {}), sort_keys=True)}")
