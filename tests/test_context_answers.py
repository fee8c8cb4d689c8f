"""Reactions read against the events told before them: who a reply, a condemnation, an
acceptance or a threat to retaliate is aimed at ("welcomed his return", "condemned the
bus attack", "a proposal that Moscow rejected", "reserved the right to retaliate").

Each test codes real text with the real spaCy parse and dictionaries (rules alone).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.context_coding import coded, countries

pytestmark = pytest.mark.model


def test_the_owner_of_a_judged_act_is_criticised(coder):
    events = coded(coder, "Albania on Friday denounced as an ugly crime Serbia's suppression of ethnic Albanian unrest.")
    assert countries(events, "ACCUSE") == {("ALB", "SRB")}


def test_a_complaint_to_a_body_over_an_act_is_against_its_author(coder):
    events = coded(coder, "Lebanon complained to the United Nations on Tuesday over two Israeli air raids last Friday.")
    assert countries(events, "ACCUSE") == {("LBN", "ISR")}
    events = coded(coder, "Lebanon complained to the United Nations on Tuesday.")
    assert {e.target.code for e in events if e.plover_event == "ACCUSE"} == {"IGOUNO"}


def test_a_closing_complaint_is_about_the_reported_clause(coder):
    text = "Croatian authorities are failing to uphold the property rights of Serb refugees, a human rights group protested here."
    events = coded(coder, text)
    assert {(e.source.code, e.target.country) for e in events if e.plover_event == "ACCUSE"} == {("NGOHRI", "HRV")}


def test_a_vow_to_retaliate_answers_the_last_attacker(coder):
    text = "On February 26 Indian warplanes bombed a camp near Balakot. Pakistan denied that any camp had been hit and vowed to retaliate."
    events = coded(coder, text, published=date(2019, 2, 27))
    assert countries(events, "THREATEN") == {("PAK", "IND")}


def test_an_announced_release_is_the_announcers_and_welcoming_the_return_answers_it(coder):
    text = ("Prime Minister Imran Khan announced that the pilot would be released as a gesture of peace. "
            "India welcomed his return.")
    events = coded(coder, text, published=date(2019, 3, 1))
    assert {e.source.country for e in events if e.plover_event == "AGREE"} == {"PAK"}
    assert countries(events, "SUPPORT") == {("IND", "PAK")}


def test_a_passive_condemnation_of_an_act_and_a_verdict_on_it(coder):
    text = ("South Sudanese troops seized Heglig on April 10. The occupation was condemned by the U.N. Security Council, "
            "and Secretary-General Ban Ki-moon called it an illegal act.")
    events = coded(coder, text, published=date(2012, 4, 24))
    assert {(e.source.code, e.target.country) for e in events if e.plover_event == "ACCUSE"} == {("IGOUNO", "SSD")}
    assert len([e for e in events if e.plover_event == "ACCUSE"]) == 2


def test_a_ban_on_foreign_goods_is_a_sanction_and_praising_it_answers_its_author(coder):
    text = ("New Delhi has also hit back economically, banning 59 Chinese mobile applications in June. "
            "Secretary of State Mike Pompeo, who praised the ban on Chinese apps, has accused Beijing of aggression.")
    events = coded(coder, text, published=date(2020, 9, 11))
    assert countries(events, "SANCTION") == {("IND", "CHN")}
    assert countries(events, "SUPPORT") == {("USA", "IND")}
    assert not [e for e in events if e.plover_event == "ASSAULT"]  # "hit back" is told by its means


def test_accepting_it_answers_the_last_proposal(coder):
    events = coded(coder, "The United States proposed talks. Iran rejected it.")
    assert countries(events, "REJECT") == {("IRN", "USA")}
    text = "The deal grew out of a Russian proposal, made on Monday. Damascus accepted it within a day."
    events = coded(coder, text, published=date(2013, 9, 14))
    assert ("SYR", "RUS") in {(e.source.country, e.target.country if e.target else None) for e in events}


def test_a_proposal_that_someone_rejected_answers_its_author(coder):
    text = "Albright proposed new talks on the treaty. It is a proposal that Moscow has rejected out of hand."
    events = coded(coder, text, published=date(1999, 12, 14))
    assert countries(events, "REJECT") == {("RUS", "USA")}


def test_recalling_ones_own_ambassador_is_aimed_at_the_other_side(coder):
    text = "Washington imposed sanctions on seven senior Russian officials. Moscow recalled its ambassador, Anatoly Antonov."
    events = coded(coder, text, published=date(2021, 3, 18))
    assert {(e.source.country, e.target.country) for e in events if e.cameo == "161"} == {("RUS", "USA")}


def test_a_conditional_answer_told_to_someone_is_a_threat(coder):
    text = ("Biden told Putin that the United States and its allies would respond with strong economic measures "
            "if Russia invaded Ukraine.")
    events = coded(coder, text, published=date(2021, 12, 7))
    assert countries(events, "THREATEN") == {("USA", "RUS")}


def test_training_ones_own_forces_readies_them_and_training_anothers_is_cooperation(coder):
    events = coded(coder, "North Korea has trained more than 500 computer hackers.")
    assert {(e.plover_event, e.source.country) for e in events} == {("MOBILIZE", "PRK")}
    events = coded(coder, "Iran trained Hezbollah fighters.")
    assert {(e.plover_event, e.target.country) for e in events} == {("COOPERATE", "LBN")}


def test_condemning_the_bus_attack_answers_the_attack_on_the_bus(coder):
    text = ("A Palestinian suicide bomber blew up a bus in central Jerusalem. Israeli helicopters fired missiles at a Hamas "
            "leader. Palestinian Prime Minister Mahmoud Abbas condemned the bus attack and also denounced the Israeli raid.")
    events = coded(coder, text, published=date(2003, 6, 11))
    assert {(e.source.country, e.target.country) for e in events if e.plover_event == "ACCUSE"} == {("PSE", "PSE"), ("PSE", "ISR")}


def test_a_move_denounced_answers_whoever_made_it(coder):
    text = ("Indian troops occupied heights on the south bank of the lake, a move that Beijing denounced as a serious "
            "provocation.")
    events = coded(coder, text, published=date(2020, 9, 11))
    assert countries(events, "ACCUSE") == {("CHN", "IND")}


def test_reserving_the_right_to_retaliate_answers_the_last_blow(coder):
    text = ("On Thursday Obama ordered 35 Russian diplomats to leave the United States. While Moscow reserved the right "
            "to retaliate, Putin said it would decide on further steps later.")
    events = coded(coder, text, published=date(2016, 12, 30))
    assert countries(events, "THREATEN") == {("RUS", "USA")}


def test_condemning_the_bombing_answers_the_bombers_not_an_expulsion(coder):
    text = ("NATO aircraft struck targets in Belgrade. Yugoslav forces have driven hundreds of thousands of ethnic "
            "Albanians out of Kosovo. Russia has condemned the bombing from the start.")
    events = coded(coder, text, published=date(1999, 4, 5))
    assert {e.target.code for e in events if e.plover_event == "ACCUSE"} == {"IGOWSTNAT"}


def test_condemning_the_accord_answers_who_reached_it(coder):
    text = ("Iran and six world powers reached a comprehensive agreement. The United States and the European Union will "
            "lift their sanctions. Israeli Prime Minister Benjamin Netanyahu condemned the accord as a historic mistake.")
    events = coded(coder, text, published=date(2015, 7, 14))
    assert {e.target.country for e in events if e.plover_event == "ACCUSE"} <= {"IRN", "USA"}
    assert [e for e in events if e.plover_event == "ACCUSE"]


def test_a_promised_veto_is_a_threat_and_a_promised_refusal_a_refusal(coder):
    events = coded(coder, "Obama said he would veto any attempt by Congress to block the deal.", published=date(2015, 7, 14))
    assert {e.plover_event for e in events} == {"THREATEN"}
    events = coded(coder, "Syria says it will not accept any more refugees if war starts in Iraq.")
    assert {e.plover_event for e in events} == {"REJECT"}


def test_condemning_the_operation_answers_its_authors(coder):
    text = ("American and British warplanes struck targets across Iraq. President Boris Yeltsin condemned the operation "
            "as a violation of the UN Charter.")
    events = coded(coder, text, published=date(1998, 12, 21))
    assert {e.target.country for e in events if e.plover_event == "ACCUSE"} & {"USA", "GBR"}
