"""Shared helpers for the context-rule tests (their ``coder`` fixture is in conftest.py):
coding a text on a day, and small readers of the events coded."""

from __future__ import annotations

from datetime import date

DAY = date(2000, 2, 20)


def coded(coder, text, published=DAY):
    return coder.code_text(text, published=published)


def dyads(events, plover=None):
    return {(e.source.code, e.target.code if e.target else None) for e in events if plover is None or e.plover_event == plover}


def countries(events, plover):
    return {(e.source.country, e.target.country if e.target else None) for e in events if e.plover_event == plover}
