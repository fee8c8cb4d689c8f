"""`detente serve`: the HTTP API and dashboard over a store, with uvicorn.

A thin adapter: it builds the app with :func:`detente.web.create_app` (which checks the
store opens) and hands it to uvicorn. The default host is loopback only; the API has no
authentication, so expose it wider on purpose, behind something that has.
"""

from __future__ import annotations

import click

from detente.cli import cli


@cli.command()
@click.option(
    "--db", "db", required=True, type=click.Path(dir_okay=False),
    help="DuckDB store file written by `detente code --db` (opened read-only).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535), help="TCP port.")
def serve(db: str, host: str, port: int) -> None:
    """Serve the HTTP API (/api/...) and the dashboard (/) over a store."""
    import uvicorn

    from detente.web import create_app

    app = create_app(db)  # raises StoreError (exit 2, one line) when the store cannot be read
    click.echo(f"dashboard: http://{host}:{port}/   API: http://{host}:{port}/api/stats   (Ctrl+C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
