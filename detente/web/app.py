"""The Starlette application: routes, and the one JSON error shape.

Every error leaves as ``{"error": {"code": ..., "message": ...}}`` with its HTTP status:

* a bad parameter or body (``InputError``; a ``StoreError`` raised on a bad value):
  400 ``bad_request``, the message naming the parameter and how to write it;
* an unknown route or record: 404 ``not_found``; a wrong method: 405;
* the coding model cannot be loaded (``ModelUnavailable``): 503 ``unavailable``;
* anything else: 500 ``internal``, logged with its traceback, never shown to the client.

Errors are translated here, once for the whole surface (as the CLI does in
``detente.cli.main``), so handlers just raise.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Route

from detente.errors import DetenteError, InputError, ModelUnavailable, StoreError, UnknownCode
from detente.web import api

log = logging.getLogger(__name__)

STATUS_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "too_large",
                415: "unsupported_media_type", 500: "internal", 503: "unavailable"}


def error_response(status: int, message: str, *, code: str | None = None) -> JSONResponse:
    body = {"error": {"code": code or STATUS_CODES.get(status, "error"), "message": message}}
    return JSONResponse(body, status_code=status)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    message = exc.detail
    if exc.status_code == 404 and message == "Not Found":  # Starlette's own: no such route
        message = f"no route {request.url.path}; the API lives under /api (see / for the dashboard)"
    elif exc.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}"
    return error_response(exc.status_code, str(message))


async def _detente_error(request: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, (InputError, UnknownCode)):
        return error_response(400, str(exc), code="bad_parameter" if isinstance(exc, InputError) else "unknown_code")
    if isinstance(exc, ModelUnavailable):
        return error_response(503, str(exc))
    if isinstance(exc, StoreError):
        # Query-time store errors come from values the store refused (a period, a code);
        # the file itself was checked when the app started.
        return error_response(400, str(exc))
    log.exception("unhandled Détente error on %s", request.url.path)
    return error_response(500, str(exc))


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("internal error on %s %s", request.method, request.url.path)
    return error_response(500, "internal error; the server log has the details")


@lru_cache(maxsize=1)
def dashboard_html() -> str:
    return resources.files("detente.web").joinpath("dashboard.html").read_text(encoding="utf-8")


def dashboard(request: Request) -> HTMLResponse:
    return HTMLResponse(dashboard_html(), headers={"Cache-Control": "no-store"})


ROUTES = [
    Route("/", dashboard, methods=["GET"]),
    Route("/api/stats", api.stats, methods=["GET"]),
    Route("/api/events", api.events, methods=["GET"]),
    Route("/api/event/{event_key}", api.event, methods=["GET"]),
    Route("/api/dyads/top", api.top_dyads, methods=["GET"]),
    Route("/api/dyad/{a}/{b}", api.dyad, methods=["GET"]),
    Route("/api/dyad/{a}/{b}/chart.svg", api.dyad_chart, methods=["GET"]),
    Route("/api/runs", api.runs, methods=["GET"]),
    Route("/api/unresolved", api.unresolved, methods=["GET"]),
    Route("/api/code", api.code, methods=["POST"]),
]


def create_app(db: str | Path, *, coder_factory: Callable[[], Any] | None = None) -> Starlette:
    """The HTTP API and dashboard over the store at ``db`` (opened read-only per request).

    ``coder_factory`` builds the pipeline for POST /api/code on its first call (default:
    ``Coder(use_model=False)``); tests pass a fake. Raises ``StoreError`` at once when
    ``db`` is not a readable store.
    """
    app = Starlette(
        routes=ROUTES,
        exception_handlers={
            HTTPException: _http_error,
            DetenteError: _detente_error,
            Exception: _unexpected,
        },
    )
    app.state.store_access = api.StoreAccess(db)
    app.state.coder = api.LazyCoder(coder_factory or api.default_coder)
    return app
