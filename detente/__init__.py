"""Détente: raw news text in, explainable CAMEO/PLOVER political events out.

Python API::

    import detente
    events = detente.code_text("Russia and China held talks in Beijing.", published=date(2000, 2, 22))
    for event in detente.code_articles(articles): ...
    store = detente.open_store("events.duckdb")

Imports are lazy: ``import detente`` (and ``detente.store``) never loads spaCy.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache

from detente.model import CODER_VERSION, Actor, Article, Event, Place, When

__version__ = CODER_VERSION


@lru_cache(maxsize=4)
def _coder(use_model: bool = True):
    from detente.pipeline import Coder

    return Coder(use_model=use_model)


def code_text(text: str, *, published: date | None = None, use_model: bool = True) -> list[Event]:
    """Code one text (an article or a sentence) into events."""
    return _coder(use_model).code_text(text, published=published)


def code_articles(articles: Iterable[Article], *, use_model: bool = True) -> Iterator[Event]:
    """Code many articles (batched through spaCy); yields their events in order."""
    for result in _coder(use_model).code_articles(articles):
        yield from result.events


def open_store(path):
    """Open (or create) a DuckDB event store; see ``detente.store``."""
    from detente.store import open_store as _open

    return _open(path)


__all__ = ["Actor", "Article", "Event", "Place", "When", "code_text", "code_articles", "open_store", "__version__"]
