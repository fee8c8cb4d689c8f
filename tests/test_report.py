"""The HTML briefing: self-contained, with charts, notable events and provenance."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import pytest

from detente.analysis.report import ReportOptions, build_report, write_report
from detente.errors import StoreError
from detente.store import open_store
from tests.test_store_factory import make_result


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.fixture
def store(tmp_path):
    results = [
        make_result(f"m{m}", [
            {"cameo": cameo, "day": date(2000, m, 5)},
            {"cameo": "112", "source": "RUSGOV", "target": "USAGOV", "day": date(2000, m, 6),
             "sentence": f"Moscow accused Washington of meddling <again> in month {m}."},
        ], unresolved=("masked men",))
        for m, cameo in [(1, "040"), (2, "057"), (3, "163")]
    ] + [
        make_result("x1", [{"cameo": "190", "source": "ISRGOV", "target": "PSE"}]),
        make_result("x2", [{"cameo": "190", "source": "ISRGOV", "target": "PSE"}], source="Second"),
    ]
    with open_store(tmp_path / "r.duckdb") as opened:
        run_id = opened.begin_run(coder="detente 0.1.0", dictionaries=["extra_actors.txt"], options={"model": False})
        opened.ingest(results, run_id=run_id)
        opened.finish_run(run_id, summary={"articles": len(results)})
        yield opened


def test_report_is_self_contained(store, tmp_path):
    path = write_report(store, out=tmp_path / "brief.html")
    html = path.read_text()
    parser = _Collector()
    parser.feed(html)
    assert not [t for t, a in parser.tags if t in ("script", "link", "img", "iframe")]
    for _tag, attrs in parser.tags:
        for name in ("src", "href"):
            assert not re.match(r"\s*(https?:)?//", attrs.get(name) or ""), attrs
    assert not re.search(r"(src|href)\s*=\s*[\"']?\s*(https?:)?//", html)
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "").replace(
        'xmlns:xlink="http://www.w3.org/1999/xlink"', "")
    assert "@import" not in html
    assert not re.search(r"url\(\s*['\"]?(?!#)", html)  # only in-document references (clip paths)


def test_report_content(store):
    html = build_report(store, options=ReportOptions(charts=2))
    assert html.count("<svg") == 2  # one chart per charted dyad
    assert "RUS &ndash; USA" in html and "ISR &ndash; PSE" in html
    # notable events carry their evidence sentence, escaped
    assert "Moscow accused Washington of meddling &lt;again&gt; in month 1." in html
    assert "<again>" not in html
    assert "Use conventional military force" in html or "190" in html
    # the most reported event (two articles) shows its counts
    assert "2 / 2 / 2" in html
    # provenance: coder, dictionaries, unresolved actors
    assert "detente 0.1.0" in html and "extra_actors.txt" in html and "masked men" in html
    assert "<table" in html and "United States government" in html


def test_empty_store_is_an_error(tmp_path):
    with open_store(tmp_path / "empty.duckdb") as empty:
        with pytest.raises(StoreError, match="no events"):
            build_report(empty)
