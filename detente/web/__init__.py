"""The HTTP API and web dashboard: a thin Starlette app over the store and analysis.

    from detente.web import create_app
    app = create_app("events.duckdb")          # serve with uvicorn, or `detente serve`

Endpoints are listed in :mod:`detente.web.app`; the dashboard is ``dashboard.html``.
"""

from detente.web.app import create_app

__all__ = ["create_app"]
