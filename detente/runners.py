"""Scale-out: code articles on a Dask cluster when one process is not enough.

Each worker builds its ``Coder`` once (spaCy, dictionaries, gazetteer, type checker) and
keeps it for every batch it is sent; the driver stays the only writer to the database.
Batches go out through a bounded window so memory stays flat on long inputs, and results
come back in input order.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from detente.model import Article, ArticleResult

log = logging.getLogger(__name__)

_WORKER_CODERS: dict[tuple, object] = {}


def code_batch(articles: list[Article], *, dictionaries: tuple[str, ...], use_model: bool, places: bool) -> list[ArticleResult]:
    """Top-level worker function: code one batch with this worker's cached Coder."""
    from detente.pipeline import Coder

    key = (dictionaries, use_model, places)
    coder = _WORKER_CODERS.get(key)
    if coder is None:
        coder = Coder(dictionaries=[Path(d) for d in dictionaries], use_model=use_model, places=places)
        _WORKER_CODERS[key] = coder
    return list(coder.code_articles(articles))


def code_on_dask(
    articles: Iterable[Article],
    *,
    address: str = "local",
    workers: int = 2,
    dictionaries: Sequence[Path] = (),
    use_model: bool = True,
    places: bool = True,
    batch_size: int = 25,
    window: int | None = None,
) -> Iterator[ArticleResult]:
    """Code ``articles`` on a Dask cluster (``address="local"`` starts a local one)."""
    from distributed import Client, LocalCluster

    from detente.pipeline import batches

    cluster = None
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(address)
    window = window or 2 * max(workers, len(client.scheduler_info().get("workers", {})) or 1)
    options = {"dictionaries": tuple(str(d) for d in dictionaries), "use_model": use_model, "places": places}
    try:
        pending: deque = deque()
        for batch in batches(articles, batch_size):
            pending.append(client.submit(code_batch, batch, pure=False, **options))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
