"""A small factory of hand-made pipeline output for the store and analysis tests.

Other test modules import it (``from tests.test_store_factory import ...``); it also tests
itself, so the factory cannot drift from the model without a failure.
"""

from __future__ import annotations

from datetime import date

from detente.model import Actor, Article, ArticleResult, Event, Evidence, Place, When

ACTORS = {
    "USAGOV": Actor(text="Washington", name="United States government", code="USAGOV", country="USA", agent="GOV"),
    "USAMIL": Actor(text="the Pentagon", name="US military", code="USAMIL", country="USA", agent="MIL"),
    "RUSGOV": Actor(text="Moscow", name="Russian government", code="RUSGOV", country="RUS", agent="GOV"),
    "ISRGOV": Actor(text="Israel", name="Israeli government", code="ISRGOV", country="ISR", agent="GOV"),
    "PSE": Actor(text="Palestinians", name="Palestinians", code="PSE", country="PSE", agent=None),
    "IGOUNO": Actor(text="the UN", name="United Nations", code="IGOUNO", country=None, agent="IGO"),
}

# cameo -> (goldstein, quad_class, plover)
CODES = {
    "036": (4.0, 1, "CONSULT"),
    "040": (1.0, 1, "CONSULT"),
    "042": (1.9, 1, "CONSULT"),
    "057": (8.0, 1, "AGREE"),
    "070": (7.0, 2, "AID"),
    "112": (-2.0, 3, "ACCUSE"),
    "138": (-7.0, 3, "THREATEN"),
    "163": (-8.0, 4, "SANCTION"),
    "190": (-10.0, 4, "ASSAULT"),
}


def make_event(
    article_id: str,
    *,
    source: str = "USAGOV",
    target: str | None = "RUSGOV",
    cameo: str = "040",
    day: date = date(2000, 2, 17),
    sentence_index: int = 0,
    sentence: str | None = None,
    start: int = 0,
    place: Place | None = None,
) -> Event:
    goldstein, quad, plover = CODES[cameo]
    src = ACTORS.get(source) or Actor(text=source)
    tgt = (ACTORS.get(target) or Actor(text=target)) if target else None
    text = sentence or f"{src.text} did {cameo} to {tgt.text if tgt else 'nobody'} on {day}."
    return Event(
        article_id=article_id,
        sentence_index=sentence_index,
        sentence=text,
        when=When(date=day, precision="day", basis="text"),
        source=src,
        target=tgt,
        cameo=cameo,
        goldstein=goldstein,
        quad_class=quad,
        plover_event=plover,
        plover_mode=None,
        evidence=Evidence(predicate="did", start=start, end=start + 3, rule=f"test:{cameo}"),
        location=place,
    )


def make_result(
    article_id: str,
    events: list[dict] | None = None,
    *,
    text: str | None = None,
    source: str | None = "Wire",
    published: date = date(2000, 2, 17),
    unresolved: tuple[str, ...] = (),
) -> ArticleResult:
    """An ArticleResult whose events are given as keyword dicts for ``make_event``."""
    specs = events if events is not None else [{}]
    built = tuple(
        make_event(article_id, **{"sentence_index": i, "start": 10 * i, **spec}) for i, spec in enumerate(specs)
    )
    article = Article(
        id=article_id,
        text=text or f"Text of {article_id}. " * 3,
        published=published,
        title=f"Title {article_id}",
        source=source,
        url=f"file://local/{article_id}",
        origin=f"fixture.jsonl#{article_id}",
    )
    return ArticleResult(article=article, events=built, sentences=max(1, len(built)), unresolved=unresolved)


def test_factory_builds_contract_records():
    result = make_result("a1", [{"cameo": "190", "source": "RUSGOV", "target": "USAMIL"}])
    record = result.events[0].to_dict()
    assert record["cameo"] == "190" and record["cameo_root"] == "19"
    assert record["source"]["code"] == "RUSGOV" and record["target"]["country"] == "USA"
    assert record["goldstein"] == -10.0 and record["quad_class"] == 4


def test_factory_event_ids_differ_by_sentence():
    result = make_result("a1", [{}, {}])
    assert result.events[0].event_id != result.events[1].event_id
