"""Document-level coreference through the whole coder, on multi-sentence texts."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def coder():
    from detente.pipeline import Coder

    return Coder(use_model=False)


def pairs(coder, text, day=date(2000, 2, 22)):
    return [(e.sentence_index, e.source.code, e.target.code if e.target else None) for e in coder.code_text(text, published=day)]


def test_group_description_refers_to_the_organisation(coder):
    text = "Israeli troops shelled Hezbollah positions in southern Lebanon. The guerrillas fired rockets at northern Israel."
    assert (1, "LBNREB", "ISR") in pairs(coder, text)


def test_organisation_descriptions(coder):
    text = "Russian Prime Minister Vladimir Putin criticized NATO. Iraq welcomed the world body's inspectors. Serbia condemned the alliance."
    found = pairs(coder, text)
    assert (0, "RUSGOV", "IGOWSTNAT") in found
    assert (2, "SRB", "IGOWSTNAT") in found


def test_un_is_not_a_surname(coder):
    assert pairs(coder, "UN inspectors arrived in Baghdad.")[0][1] == "IGOUNO"


def test_the_two_governments_are_the_main_dyad_not_an_igo(coder):
    text = ("Russian Security Council Secretary Sergei Ivanov met U.S. National Security Advisor Samuel Berger in Washington. "
            "NATO Secretary-General George Robertson visited Moscow. He held talks with Vladimir Putin. "
            "The two governments clashed over Chechnya.")
    last = [p for p in pairs(coder, text) if p[0] == 3]
    assert sorted(p[1] for p in last) == ["RUSGOV", "USAGOV"]


def test_pronoun_and_surname_follow_the_person_and_the_date(coder):
    text = ("Foreign Minister Igor Ivanov arrived in Berlin on Monday. He held talks with his German counterpart Joschka Fischer. "
            "Ivanov later met Chancellor Gerhard Schroeder.")
    found = pairs(coder, text)
    assert (1, "RUSGOV", "DEUGOV") in found and (2, "RUSGOV", "DEUGOV") in found


def test_dated_role(coder):
    spy = coder.code_text("Vladimir Putin met Yevgeny Primakov in Moscow.", published=date(1998, 10, 1))
    gov = coder.code_text("Vladimir Putin met Yevgeny Primakov in Moscow.", published=date(2001, 10, 1))
    assert spy[0].source.code == "RUSSPY" and gov[0].source.code == "RUSGOV"


def test_his_country_is_the_owners_country(coder):
    text = "Ukraine's president, Volodymyr Zelensky, said his country would cut diplomatic ties with Moscow."
    found = [e for e in coder.code_text(text, published=date(2022, 2, 24)) if e.evidence.predicate == "cut"]
    assert [(e.source.code, e.target.code) for e in found] == [("UKR", "RUSGOV")]


def test_a_surname_that_names_a_country_stays_the_country(coder):
    # Luís Montenegro (Portugal's prime minister from 2024) must not capture Montenegro
    (event,) = [e for e in coder.code_text("Montenegro's prime minister met Serbian officials.", published=date(2025, 1, 10))]
    assert event.source.code == "MNEGOV"
