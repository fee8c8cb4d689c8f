"""Whole analysis articles: are the key events of a document found, with the right dyad?

Two pieces on Russian-US relations written for the project (tests/data/analysis/). They
exercise what sentence coders miss: datelines, titles then surnames, "the two sides",
"the proposal" answered a sentence later, conditional threats, places of visits. They are
development material, so the floor is a regression guard, not a claim about new text.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from detente.evaluate import actor_key
from detente.pipeline import Coder

DATA = Path(__file__).parent / "data" / "analysis"
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def coder():
    return Coder(use_model=False)


def _articles():
    return json.loads((DATA / "key_events.json").read_text(encoding="utf-8"))["articles"]


def _found(expected: dict, events) -> bool:
    pairs = {(expected["source"], expected["target"])}
    if expected.get("either_way"):
        pairs.add((expected["target"], expected["source"]))
    for event in events:
        source = actor_key(event.source.code, event.source.country)
        target = actor_key(event.target.code, event.target.country) if event.target else None
        if (source, target) in pairs and event.plover_event in expected["types"]:
            place = expected.get("place")
            if place is None or (event.location is not None and event.location.name == place):
                return True
    return False


def _code(coder, article):
    text = (DATA / article["file"]).read_text(encoding="utf-8")
    published = date.fromisoformat(article["date"]) if article["date"] else None
    return coder.code_text(text, published=published, article_id=article["file"])


def test_key_events_of_analysis_articles_are_found(coder):
    found = total = 0
    missed = []
    for article in _articles():
        events = _code(coder, article)
        for expected in article["events"]:
            total += 1
            if _found(expected, events):
                found += 1
            else:
                missed.append(f"{article['file']}: {expected['what']}")
    # measured 25/25 when written; the held-out bar is 80% of key events
    assert found / total >= 0.85, f"{found}/{total} key events; missed: {missed}"


def test_an_undated_article_is_dated_by_its_dateline(coder):
    article = next(a for a in _articles() if a["date"] is None)
    events = _code(coder, article)
    assert events
    # relative dates ("last week", "on Tuesday") count back from the dateline's day
    assert all(e.when.date.year == 2000 for e in events), [e.when.date for e in events]
    assert max(e.when.date for e in events) <= date.fromisoformat(article["expect_date"]) or any(
        e.when.date.month == 6 for e in events)  # "in June": a future meeting
