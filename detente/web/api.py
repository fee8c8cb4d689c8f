"""JSON endpoints: thin adapters over the store and analysis library functions.

Each handler parses its parameters (:mod:`detente.web.params`), opens the store
read-only for the length of the request, calls one library function and returns JSON.
Handlers are plain functions, so Starlette runs them in its thread pool and a slow query
never blocks the event loop. Errors are raised, never answered here: the app turns each
into the one JSON error shape (see :mod:`detente.web.app`).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from detente.errors import InputError, StoreError
from detente.store import EventStore, open_store
from detente.web import params
from detente.web.rows import event_detail, frame_rows, with_evidence

# matplotlib's pyplot keeps global state; two requests drawing at once would mix figures.
_CHART_LOCK = threading.Lock()


class StoreAccess:
    """Opens the store read-only per request.

    A connection per request (rather than one for the app's life) keeps DuckDB
    connections off shared threads, shows rows a concurrent `detente code --db` run has
    committed, and lets that writer take the file between requests.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        with open_store(self.path, read_only=True):  # fail at start-up, not on first request
            pass

    @contextmanager
    def open(self) -> Iterator[EventStore]:
        try:
            store = open_store(self.path, read_only=True)
        except StoreError as exc:
            # e.g. a `detente code --db` run holds the file for writing: try again later
            raise HTTPException(503, str(exc)) from exc
        try:
            yield store
        finally:
            store.close()


class LazyCoder:
    """Builds the pipeline (spaCy and dictionaries: seconds) on first use, once per app."""

    def __init__(self, factory: Callable[[], Any]) -> None:
        self._factory = factory
        self._coder: Any = None
        self._lock = threading.Lock()

    def code_text(self, text: str, *, published) -> list[Any]:
        # One lock for building and coding: the spaCy pipeline and the resolvers keep
        # per-document state and are not meant to be shared between threads.
        with self._lock:
            if self._coder is None:
                self._coder = self._factory()
            return self._coder.code_text(text, published=published, article_id="api")


def default_coder() -> Any:
    from detente.pipeline import Coder

    return Coder(use_model=False)


def _json(value: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(value, status_code=status)


def _access(request: Request) -> StoreAccess:
    return request.app.state.store_access


def stats(request: Request) -> JSONResponse:
    with _access(request).open() as store:
        return _json(store.stats())


def events(request: Request) -> JSONResponse:
    query = request.query_params
    filters = params.event_filters(query)
    limit = params.bounded_int(query, "limit", default=params.DEFAULT_LIMIT, low=1, high=params.MAX_LIMIT)
    table = params.table(query)
    with _access(request).open() as store:
        # One row past the limit says whether the answer was cut short.
        frame = store.events_df(table=table, limit=limit + 1, **filters)
        rows = frame_rows(frame.head(limit))
        if table == "events":
            rows = with_evidence(store, rows)
    return _json(
        {
            "table": table,
            "filters": {key: params_value(value) for key, value in filters.items() if value is not None},
            "limit": limit,
            "count": len(rows),
            "truncated": len(frame) > limit,
            "events": rows,
        }
    )


def params_value(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def event(request: Request) -> JSONResponse:
    key = request.path_params["event_key"]
    with _access(request).open() as store:
        detail = event_detail(store, key)
    if detail is None:
        raise HTTPException(404, f"no event with key {key!r}; take keys from /api/events")
    return _json(detail)


def top_dyads(request: Request) -> JSONResponse:
    from detente.analysis.dyads import top_dyads as library_top_dyads

    limit = params.bounded_int(request.query_params, "limit", default=10, low=1, high=500)
    with _access(request).open() as store:
        rows = frame_rows(library_top_dyads(store, limit=limit))
    for row in rows:  # a SUM over integers comes back as a float column
        if isinstance(row.get("mentions"), float):
            row["mentions"] = int(row["mentions"])
    return _json({"limit": limit, "dyads": rows})


def _dyad_path(request: Request) -> tuple[str, str]:
    a = params.actor_code(request.path_params["a"], where="path segment 'a'")
    b = params.actor_code(request.path_params["b"], where="path segment 'b'")
    return a, b


def dyad(request: Request) -> JSONResponse:
    a, b = _dyad_path(request)
    by = params.period(request.query_params)
    threshold = params.optional_float(request.query_params, "threshold", default=0.25, low=0.0, high=1.0)
    with _access(request).open() as store:
        frame = store.dyad_series(a, b, by=by, two_track_threshold=threshold)
    rows = frame_rows(frame)
    return _json({"a": a, "b": b, "by": by, "threshold": threshold, "count": len(rows), "periods": rows})


def dyad_chart(request: Request) -> Response:
    from detente.analysis.charts import dyad_figure, figure_svg

    a, b = _dyad_path(request)
    by = params.period(request.query_params)
    with _access(request).open() as store:
        frame = store.dyad_series(a, b, by=by)
    if frame.empty:
        raise HTTPException(
            404, f"no events between {a} and {b}; check the codes with /api/events?dyad={a},{b}"
        )
    with _CHART_LOCK:
        svg = figure_svg(dyad_figure(frame, a, b, by=by))
    return Response(
        '<?xml version="1.0" encoding="utf-8"?>\n' + svg,
        media_type="image/svg+xml",
        headers={"Cache-Control": "no-store"},
    )


def runs(request: Request) -> JSONResponse:
    with _access(request).open() as store:
        rows = frame_rows(store.runs_df())
    for row in rows:  # stored as JSON text; hand back objects
        for column in ("dictionaries", "options", "summary"):
            if isinstance(row.get(column), str):
                row[column] = json.loads(row[column])
    return _json({"runs": rows})


def unresolved(request: Request) -> JSONResponse:
    limit = params.bounded_int(request.query_params, "limit", default=50, low=1, high=params.MAX_LIMIT)
    with _access(request).open() as store:
        rows = frame_rows(store.unresolved_df().head(limit))
    return _json({"limit": limit, "unresolved": rows})


async def code(request: Request) -> JSONResponse:
    body_bytes = await request.body()
    try:
        body = json.loads(body_bytes or b"null")
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise InputError(
            "request body", "is not valid JSON", 'send {"text": "...", "date": "YYYY-MM-DD"}'
        ) from None
    text, published = params.code_request(body)
    coder: LazyCoder = request.app.state.coder
    found = await run_in_threadpool(coder.code_text, text, published=published)
    records = [item.to_dict() for item in found]
    return _json({"count": len(records), "events": records})
