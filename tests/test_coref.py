"""Document-level coreference on multi-sentence texts parsed with the real spaCy model."""

from __future__ import annotations

from datetime import date

import pytest

from detente.model import Article
from detente.resolve.actors import ActorResolver

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    from detente.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


def run(nlp, resolver, text: str, phrases: list[str], day: date = date(2000, 2, 17)):
    """Resolve ``phrases`` (in document order) as the pipeline does: sentence by sentence,
    calling ``observe_sentence`` after each one. Returns [(phrase, actors)] and the document."""
    doc = nlp(text)
    doc_actors = resolver.new_document(Article(id="t", text=text, published=day))
    sentences = list(doc.sents)
    results = []
    cursor = 0
    done = 0
    for phrase in phrases:
        start = text.index(phrase, cursor)
        cursor = start + len(phrase)
        span = doc.char_span(start, cursor, alignment_mode="expand")
        while done < len(sentences) and sentences[done].end_char <= start:
            doc_actors.observe_sentence(sentences[done])
            done += 1
        results.append((phrase, doc_actors.resolve(span)))
    for sent in sentences[done:]:
        doc_actors.observe_sentence(sent)
    return results, doc_actors


def names_codes(actors):
    return [(a.name, a.code) for a in actors]


ARTICLE = (
    "Russian Security Council Secretary Sergei Ivanov met U.S. National Security Advisor "
    "Samuel Berger in Washington on Thursday. Ivanov said the talks had been useful. "
    "The Russian official warned that Moscow would respond to any expansion of NATO. "
    "He also criticised the Pentagon. Berger said he hoped the two sides would agree soon."
)


def test_surname_description_and_pronouns_follow_the_person(nlp, resolver):
    results, doc_actors = run(
        nlp,
        resolver,
        ARTICLE,
        [
            "Russian Security Council Secretary Sergei Ivanov",
            "U.S. National Security Advisor Samuel Berger",
            "Ivanov",
            "The Russian official",
            "Moscow",
            "He",
            "the Pentagon",
            "Berger",
            "he",
            "the two sides",
        ],
    )
    got = {phrase: names_codes(actors) for phrase, actors in results}
    assert got["Russian Security Council Secretary Sergei Ivanov"] == [("Sergei Ivanov", "RUSGOV")]
    assert got["U.S. National Security Advisor Samuel Berger"] == [("Samuel Berger", "USAGOV")]
    assert got["Ivanov"] == [("Sergei Ivanov", "RUSGOV")]
    assert got["The Russian official"] == [("Sergei Ivanov", "RUSGOV")]
    assert got["Moscow"] == [("Russia", "RUSGOV")]
    assert got["He"] == [("Sergei Ivanov", "RUSGOV")]
    assert got["the Pentagon"][0][1] == "USAMIL"
    assert got["he"] == [("Samuel Berger", "USAGOV")]
    assert {code for _, code in got["the two sides"]} == {"RUSGOV", "USAGOV"}
    assert doc_actors.unresolved == []


def test_the_chain_is_kept_in_the_path(nlp, resolver):
    results, _ = run(nlp, resolver, ARTICLE, ["Russian Security Council Secretary Sergei Ivanov", "The Russian official", "He"])
    he = results[-1][1][0]
    assert he.path[0].startswith("coref: 'He' -> Sergei Ivanov")
    assert any(step.startswith("kb:") for step in he.path)


def test_unknown_person_named_once_with_a_title_is_remembered(nlp, resolver):
    text = (
        "Hungarian Foreign Minister Janos Zzyzx visited Bucharest on Monday. "
        "Zzyzx told reporters that the minister's talks had gone well. "
        "Romanian officials said they welcomed him."
    )
    results, _ = run(nlp, resolver, text, ["Hungarian Foreign Minister Janos Zzyzx", "Bucharest", "Zzyzx", "Romanian officials", "they", "him"])
    got = {phrase: names_codes(actors) for phrase, actors in results}
    assert got["Hungarian Foreign Minister Janos Zzyzx"] == [("Janos Zzyzx", "HUNGOV")]
    assert got["Bucharest"] == [("Romania", "ROUGOV")]
    assert got["Zzyzx"] == [("Janos Zzyzx", "HUNGOV")]
    assert got["they"] == [("Romania", "ROUGOV")]
    assert got["him"] == [("Janos Zzyzx", "HUNGOV")]


def test_appositive_title_codes_a_person_outside_the_kb(nlp, resolver):
    text = "Janos Zzyzx, the Hungarian defence minister, met Romanian troops. Zzyzx praised them."
    results, _ = run(nlp, resolver, text, ["Janos Zzyzx, the Hungarian defence minister", "Romanian troops", "Zzyzx", "them"])
    got = {phrase: names_codes(actors) for phrase, actors in results}
    assert got["Janos Zzyzx, the Hungarian defence minister"] == [("Janos Zzyzx", "HUNGOV")]
    assert got["Zzyzx"] == [("Janos Zzyzx", "HUNGOV")]
    assert got["them"] == [("Romania", "ROUMIL")]


def test_group_description_and_it(nlp, resolver):
    text = "Israeli troops fired on protesters in Hebron. The troops later withdrew. Iraq said it would protest."
    results, _ = run(nlp, resolver, text, ["Israeli troops", "The troops", "Iraq", "it"])
    got = {phrase: [a.code for a in actors] for phrase, actors in results}
    assert got == {"Israeli troops": ["ISRMIL"], "The troops": ["ISRMIL"], "Iraq": ["IRQ"], "it": ["IRQ"]}


def test_both_countries_is_the_pair_in_focus(nlp, resolver):
    text = "Russia and the United States resumed arms talks. France welcomed the move. Both countries said progress was made."
    results, _ = run(nlp, resolver, text, ["Russia and the United States", "France", "Both countries"])
    assert [a.code for a in results[0][1]] == ["RUS", "USA"]
    assert sorted(a.code for a in results[-1][1]) == ["RUS", "USA"]


def test_pronoun_without_antecedent_stays_unresolved(nlp, resolver):
    results, doc_actors = run(nlp, resolver, "He said the plan would fail.", ["He"])
    (actor,) = results[0][1]
    assert actor.code is None and actor.text == "He"
    assert doc_actors.unresolved == ["He"]


def test_surname_ambiguous_in_kb_resolves_from_the_document(nlp, resolver):
    # two Ivanovs held Russian posts in 2000: the surname alone needs the document
    text = "Foreign Minister Igor Ivanov arrived in Berlin. Ivanov met German officials."
    results, _ = run(nlp, resolver, text, ["Foreign Minister Igor Ivanov", "Ivanov", "German officials"], day=date(2000, 6, 1))
    got = {phrase: names_codes(actors) for phrase, actors in results}
    assert got["Ivanov"] == got["Foreign Minister Igor Ivanov"]
    assert got["Ivanov"][0][0] == "Igor Ivanov"
    assert got["German officials"] == [("Germany", "DEUGOV")]


def test_putin_in_1998_and_2000_in_running_text(nlp, resolver):
    text = "Vladimir Putin met the prime minister. Putin said little."
    early, _ = run(nlp, resolver, text, ["Vladimir Putin", "Putin"], day=date(1998, 11, 1))
    late, _ = run(nlp, resolver, text, ["Vladimir Putin", "Putin"], day=date(2000, 11, 1))
    assert [a.code for _, actors in early for a in actors] == ["RUSSPY", "RUSSPY"]
    assert [a.code for _, actors in late for a in actors] == ["RUSGOV", "RUSGOV"]
