"""Extraction on hand-built sentences: every construction, with the real spaCy parse.

Patterns and actors come from small hand-built stand-ins (tests/fakes.py) so that these
tests check the extractor, not the dictionaries; test_pipeline_real.py uses the real ones.
"""

from __future__ import annotations

import pytest

from detente.extract.candidates import read_sentence
from detente.extract.phrases import phrase
from tests.fakes import FakeActorResolver, small_patterns

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def coder():
    from detente.nlp import load_nlp
    from detente.pipeline import Coder

    instance = Coder.__new__(Coder)
    instance.nlp = load_nlp()
    instance.patterns = small_patterns()
    instance.actors = FakeActorResolver()
    instance.dictionaries = ()
    instance.batch_size = 8
    instance.place_resolver = None
    instance.type_checker = None
    return instance


def triples(coder, text):
    return sorted(
        (e.source.code, e.target.code if e.target else None, e.cameo) for e in coder.code_text(text)
    )


def test_subject_verb_object(coder):
    assert triples(coder, "Israel attacked Gaza on Tuesday.") == [("ISR", "PSE", "190")]


def test_passive_agent_is_the_source(coder):
    assert triples(coder, "Gaza was attacked by Israel.") == [("ISR", "PSE", "190")]


def test_prepositional_target_and_pattern_with_preposition(coder):
    events = coder.code_text("Moscow warned Washington against expanding NATO.")
    assert [(e.source.code, e.target.code, e.evidence.rule) for e in events] == [("RUSGOV", "USAGOV", "verb:warn.against")]


def test_conjoined_subjects_without_target_read_both_ways(coder):
    assert triples(coder, "Russia and the United States met in Geneva.") == [("RUS", "USA", "040"), ("USA", "RUS", "040")]


def test_conjoined_adjectives_give_one_actor_each(coder):
    assert triples(coder, "Senior Hungarian and Romanian officials agreed on Wednesday.") == [
        ("HUN", "ROU", "030"), ("ROU", "HUN", "030")]


def test_conjoined_targets_each_get_an_event(coder):
    assert triples(coder, "Israel attacked Syria and Iran.") == [("ISR", "IRN", "190"), ("ISR", "SYR", "190")]


def test_reported_speech_codes_the_embedded_event(coder):
    assert triples(coder, "Iran said Israel attacked Syria.") == [("ISR", "SYR", "190")]


def test_allegation_complement_is_not_an_event(coder):
    assert triples(coder, "Russia accused the U.S. of attacking Syria.") == [("RUS", "USA", "112")]


def test_control_verb_carries_the_event_and_complement_gives_target(coder):
    assert triples(coder, "Russia threatened to impose sanctions on Iran.") == [("RUS", "IRN", "130")]
    # the complement says what kind of cooperation is promised: signing accords is diplomatic (032)
    assert triples(coder, "Russia agreed to sign an accord with China.") == [("RUS", "CHN", "032")]


def test_intent_adjective_turns_cooperation_into_agree(coder):
    events = coder.code_text("Russia is prepared to discuss the issue with NATO.")
    assert [(e.source.code, e.target.code, e.cameo, e.plover_event) for e in events] == [("RUS", "IGOWSTNAT", "036", "AGREE")]


def test_object_control_gives_the_complement_its_subject(coder):
    assert triples(coder, "The U.S. urged Serbia to withdraw from Kosovo.") == [("USA", "SRB", "020")]


def test_negated_action_is_not_coded(coder):
    assert triples(coder, "Israel did not attack Gaza.") == []


def test_negated_agreement_is_a_refusal(coder):
    events = coder.code_text("Russia did not agree to meet China.")
    assert [(e.source.code, e.cameo[:2], e.plover_event, e.evidence.rule.endswith(":neg")) for e in events] == [
        ("RUS", "12", "REJECT", True)]


def test_discard_pattern_drops_non_political_use(coder):
    assert triples(coder, "The striker attacked the goal.") == []


def test_light_verb_with_event_noun(coder):
    events = coder.code_text("Ivanov held talks with Berger in Washington.")
    assert [(e.source.code, e.target.code, e.evidence.rule) for e in events] == [("RUSGOV", "USAGOV", "noun:talk")]
    assert triples(coder, "Ivanov carried a message to Berger.") == [("RUSGOV", "USAGOV", "040")]


def test_event_noun_between_two_actors(coder):
    assert triples(coder, "Talks between Russia and China opened in Beijing.") == [("CHN", "RUS", "040"), ("RUS", "CHN", "040")]


def test_possessive_visit_to_destination(coder):
    assert triples(coder, "Russia's visit to China ended on Friday.") == [("RUS", "CHN", "042")]


def test_nationality_modified_event_noun_with_target(coder):
    assert triples(coder, "Israeli air strikes on Gaza killed 12 people.") == [("ISR", "PSE", "195")]


def test_a_warning_to(coder):
    assert triples(coder, "Russia issued a warning to Turkey.") == [("RUS", "TUR", "130")]


def test_statement_without_recipient_is_not_an_event(coder):
    assert triples(coder, "Russia said the weather was fine.") == []


def test_titles_and_appositives_stay_in_the_actor_phrase(coder):
    doc = coder.nlp("Samuel Berger, the U.S. national security advisor, met Ivanov.")
    sent = next(doc.sents)
    reading = read_sentence(sent, coder.patterns)
    (candidate,) = reading.candidates
    source_text = candidate.sources[0][0].text
    assert "Berger" in source_text and "advisor" in source_text
    title_doc = coder.nlp("Russian Security Council Secretary Sergei Ivanov arrived.")
    head = [t for t in title_doc if t.text == "Ivanov"][0]
    assert phrase(head).text == "Russian Security Council Secretary Sergei Ivanov"


def test_relative_clause_subject_is_the_modified_noun(coder):
    assert triples(coder, "It was Israel, which attacked Gaza, that lost.") == [("ISR", "PSE", "190")]


def test_dates_are_never_targets(coder):
    reading = read_sentence(next(coder.nlp("Russia met on Wednesday.").sents), coder.patterns)
    assert all(not c.targets for c in reading.candidates)


# --- what is not asserted, and what a construction turns an event into ------------------


def test_obligation_in_reported_speech_is_a_demand_not_the_act(coder):
    events = coder.code_text("Russia said Israel must withdraw from Syria.")
    assert [(e.source.code, e.target.code, e.cameo, e.evidence.rule) for e in events] == [
        ("RUS", "ISR", "100", "verb:must.clause")]


def test_conditions_are_hypothetical(coder):
    assert triples(coder, "Russia will meet China if Israel attacked Syria.") == [("RUS", "CHN", "036")]


def test_purpose_of_a_coded_verb_is_not_a_second_event(coder):
    assert triples(coder, "Russia met China to discuss Syria.") == [("RUS", "CHN", "040")]


def test_background_event_noun_is_not_news(coder):
    assert triples(coder, "Russia met China after the invasion of Syria by Turkey.") == [("RUS", "CHN", "040")]


def test_announced_conflict_act_is_a_threat(coder):
    events = coder.code_text("Russia will attack Turkey.")
    assert [(e.source.code, e.target.code, e.cameo, e.plover_event) for e in events] == [("RUS", "TUR", "138", "THREATEN")]


def test_failed_to_reach_agreement_is_a_rejection(coder):
    events = coder.code_text("India failed to reach agreement with Pakistan.")
    assert [(e.source.code, e.target.code, e.plover_event) for e in events] == [("IND", "PAK", "REJECT")]


def test_stative_passive_is_the_subjects_stance(coder):
    assert triples(coder, "Israel is opposed to the proposal from Egypt.") == [("ISR", "EGY", "120")]


def test_agentless_violence_keeps_an_unnamed_source(coder):
    events = coder.code_text("Three Israeli soldiers were killed in Gaza.")
    assert len(events) == 1
    assert events[0].source.code is None and events[0].source.text == "(unnamed)"
    assert events[0].cameo == "190"


def test_theme_object_is_last_resort_recipient(coder):
    # the proposal is what was rejected; its nationality names the recipient
    assert triples(coder, "Pakistan rejected an Indian proposal.") == [("PAK", "IND", "1241")]
