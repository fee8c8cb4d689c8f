"""The dashboard in a real browser: headless Chromium renders the page, runs its script
against the API served by uvicorn, and the rendered DOM must show the store's numbers.

Needs Debian's Chromium at /usr/bin/chromium (`apt-get install -y chromium`); skipped,
saying so, where it is absent.
"""

from __future__ import annotations

import re
import socket
import subprocess
import threading
import time
from html import unescape
from pathlib import Path

import pytest

from detente.store import open_store
from detente.web import create_app
from tests.test_web_api import build_store

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs /usr/bin/chromium: install it with `apt-get install -y chromium`"
    ),
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The app on a free loopback port in a background thread; yields (base url, db path)."""
    import uvicorn

    db = tmp_path_factory.mktemp("browser") / "events.duckdb"
    build_store(db)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start the dashboard app")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", db
    server.should_exit = True
    thread.join(timeout=10)


def rendered_dom(url: str, profile: Path) -> str:
    """The DOM after the page's script ran (virtual time lets its fetches finish)."""
    command = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom", url,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def element_text(dom: str, element_id: str) -> str:
    found = re.search(rf'id="{element_id}"[^>]*>(.*?)</', dom, re.S)
    assert found, f"no element #{element_id} in the rendered page"
    return unescape(found.group(1)).strip()


def table_body(dom: str, table_id: str) -> str:
    found = re.search(rf'<table id="{table_id}".*?<tbody>(.*?)</tbody>', dom, re.S)
    assert found, f"no table #{table_id} in the rendered page"
    return found.group(1)


def test_dashboard_renders_store_stats_dyads_and_events(served, tmp_path):
    base, db = served
    with open_store(db, read_only=True) as store:
        stats = store.stats()
        dyad_events = store.events_df(dyad=("RUS", "USA"))
    dom = rendered_dom(base + "/", tmp_path / "profile")

    assert 'data-ready="true"' in dom, "the page's script did not finish"
    for key in ("articles", "sentences", "mentions", "events", "actors", "unresolved_actors"):
        assert element_text(dom, f"stat-{key}") == str(stats[key]), key
    assert element_text(dom, "stat-dates") == f"{stats['first_date']} to {stats['last_date']}"

    dyads = table_body(dom, "top-dyads")
    assert re.findall(r'data-a="(\w+)" data-b="(\w+)"', dyads) == [("RUS", "USA"), ("ISR", "PSE")]

    # With no dyad in the URL the page opens on the busiest dyad: its events, with evidence.
    events = table_body(dom, "events")
    keys = re.findall(r'data-event-key="(\w+)"', events)
    assert sorted(keys) == sorted(dyad_events["event_key"])
    for sentence in dyad_events["sentence"]:
        assert sentence in unescape(events)
    assert "test:190" in events and "test:040" in events
    assert re.search(r'<img id="chart"[^>]*src="/api/dyad/RUS/USA/chart\.svg\?by=month"', dom)


def test_dashboard_opens_the_dyad_named_in_the_url(served, tmp_path):
    base, db = served
    with open_store(db, read_only=True) as store:
        expected = set(store.events_df(dyad=("ISR", "PSE"))["event_key"])
    dom = rendered_dom(base + "/#dyad=ISR,PSE&by=week", tmp_path / "profile")
    assert set(re.findall(r'data-event-key="(\w+)"', table_body(dom, "events"))) == expected
    assert "ISR – PSE: 1 event in 1 week period" in unescape(element_text(dom, "dyad-status"))
    assert "chart.svg?by=week" in dom


def test_browser_sees_json_errors_as_messages(served, tmp_path):
    base, _ = served
    dom = rendered_dom(base + "/#dyad=CHN,IND", tmp_path / "profile")
    assert "No events between CHN and IND" in element_text(dom, "dyad-status")


def test_event_evidence_panel_shows_sentence_rule_and_actor_resolution(served, tmp_path):
    base, db = served
    with open_store(db, read_only=True) as store:
        consult = store.events_df(cameo="040").iloc[0]
    dom = rendered_dom(f"{base}/#dyad=USA,RUS&event={consult['event_key']}", tmp_path / "profile")
    panel = re.search(r'<section id="detail"(?P<attrs>[^>]*)>(?P<body>.*?)</section>', dom, re.S)
    assert panel and "hidden" not in panel["attrs"], "the evidence panel did not open"
    text = unescape(re.sub(r"<[^>]+>", " ", panel["body"]))
    assert consult["sentence"] in text
    assert "test:040" in text
    assert "“Washington” → United States government = USAGOV" in text
    assert "“Moscow” → Russian government = RUSGOV" in text
    assert "Title a1" in text and "Title a2" in text  # both reports of the one event
    assert f'data-event-key="{consult["event_key"]}" class="pick selected"' in dom or re.search(
        rf'class="pick selected"[^>]*data-event-key="{consult["event_key"]}"', dom
    )
