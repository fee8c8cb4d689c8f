"""The document battery: twelve news and analysis articles written for Détente
(tests/data/documents/, scored by tools/document_battery.py), rules alone.

These texts and their key events (expected.json) were written before the coder was run on
them, but rules were later added while reading its misses, so the recall here is a
development figure; tests/data/documents_holdout2/ holds the blind estimate (judged in
its results_8714a34.json).
Hand-judged precision of every coded event is in judged.json.
"""

from __future__ import annotations

import pytest

from tests.batteries import battery_tool

pytestmark = pytest.mark.model


def _tool():
    return battery_tool("document_battery")


@pytest.fixture(scope="module")
def coded(coder):
    battery = _tool()
    return battery, [(a, battery.code_article(coder, a)) for a in battery.load_expected()]


def test_key_event_recall_of_the_document_battery(coded):
    battery, articles = coded
    found = total = 0
    missed = []
    for article, events in articles:
        for expected, hits in battery.score(article, events):
            total += 1
            if hits:
                found += 1
            else:
                missed.append(f"{article['file']}: {expected['what']}")
    # Measured 63/120 (52.5%, one coded event credits one key event) when the battery was
    # written, blind; 85/120 (71%) after rules were added while reading its misses (so no
    # longer a held-out figure). The floor guards the latter. The held-out bar is 80%.
    assert found / total >= 0.66, f"{found}/{total} key events; missed: {missed}"


def test_undated_articles_are_dated_by_their_dateline(coded):
    _, articles = coded
    for article, events in articles:
        if article["date"] is not None:
            continue
        assert events, article["file"]
        year = int(article["expect_date"][:4])
        assert all(e.when.date.year == year for e in events), (article["file"], [e.when.date for e in events])
