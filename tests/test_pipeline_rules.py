"""Pipeline rules that need the real dictionaries and gazetteer: recipients from places,
the article's focus, and the speaker; each one visible in the actor's path."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.model

DAY = date(2000, 2, 22)


@pytest.fixture(scope="module")
def coder():
    from detente.pipeline import Coder

    return Coder(use_model=False)


def events(coder, text):
    return coder.code_text(text, published=DAY)


def test_protest_without_recipient_targets_the_country_where_it_happened(coder):
    (event,) = [e for e in events(coder, "Thousands of Iraqi students demonstrated in Kirkuk on Sunday.") if e.plover_event == "PROTEST"]
    assert event.target.country == "IRQ"
    assert event.target.path[0].startswith("place of the event")


def test_domestic_repression_without_place_targets_the_source_country(coder):
    (event,) = [e for e in events(coder, "Egyptian police arrested dozens on Monday.") if e.plover_event == "COERCE"]
    assert event.source.code == "EGYCOP" and event.target.code == "EGY"
    assert "own country" in event.target.path[0]


def test_unnamed_group_at_the_event_place_is_local(coder):
    text = "Washington and Moscow disagree. On Wednesday, Russian troops attacked rebels in the northern city of Kirkuk."
    (event,) = [e for e in events(coder, text) if e.plover_event == "ASSAULT"]
    assert event.target.code == "IRQREB"
    assert "event's place" in event.target.path[-1]


def test_visit_happens_at_the_destination(coder):
    (event,) = events(coder, "NATO Secretary-General George Robertson visited Moscow on Wednesday.")
    assert event.location is not None and event.location.name == "Moscow" and event.location.country == "RUS"


def test_explicit_recipient_beats_a_guessed_one(coder):
    text = "The United States is providing aerial photographs and other military intelligence to Macedonia."
    targets = {e.target.country for e in events(coder, text) if e.target}
    assert targets == {"MKD"}


def test_pronoun_in_reported_clause_is_the_speaker(coder):
    text = "The Palestinian Authority said it would boycott the talks."
    found = [e for e in events(coder, text) if e.evidence.predicate == "boycott"]
    assert [e.source.code for e in found] == ["PSEGOV"]


def test_speaker_is_the_fallback_group_for_a_pronoun_subject(coder):
    from detente.extract.candidates import read_sentence

    sent = next(coder.nlp("Moscow warned that it would retaliate against NATO.").sents)
    (candidate,) = [c for c in read_sentence(sent, coder.patterns).candidates if c.predicate.text == "retaliate"]
    assert [[s.text for s in g] for g in candidate.sources] == [["it"], ["Moscow"]]


def test_demanded_clause_is_not_an_event_but_the_demand_is(coder):
    found = events(coder, "The United States demanded that North Korea abandon its nuclear program.")
    assert [(e.source.code, e.target.code, e.plover_event) for e in found] == [("USA", "PRK", "REQUEST")]
