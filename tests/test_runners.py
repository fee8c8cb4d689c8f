"""Scale-out on a real Dask scheduler gives the same events as one process."""

from __future__ import annotations

from datetime import date

import pytest

from detente.model import Article

pytestmark = [pytest.mark.model, pytest.mark.slow]

TEXTS = [
    "Russia and China held talks in Beijing on Tuesday.",
    "Israel attacked Gaza overnight, officials said.",
    "The United States urged Iran to halt uranium enrichment.",
    "NATO Secretary-General George Robertson visited Moscow.",
    "India accused Pakistan of shelling villages in Kashmir.",
]


def test_dask_local_cluster_matches_local_coding():
    from detente.pipeline import Coder
    from detente.runners import code_on_dask

    articles = [Article(id=f"a{i}", text=t, published=date(2000, 2, 22)) for i, t in enumerate(TEXTS * 2)]
    local = [r for r in Coder(use_model=False, places=False).code_articles(articles)]
    remote = list(code_on_dask(articles, address="local", workers=1, use_model=False, places=False, batch_size=3))
    assert [r.article.id for r in remote] == [a.id for a in articles]  # input order kept
    assert [[e.event_id for e in r.events] for r in remote] == [[e.event_id for e in r.events] for r in local]
    assert sum(len(r.events) for r in remote) > 0
