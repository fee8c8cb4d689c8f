"""What counts as an event and of which type: recipients of last resort, reported speech
(accusations, threats, complaints), deadlines, expulsions, joinings, and what is not done
(purposes, drafts, averted or planned acts, background clauses, headlines told again).

Each test codes real text with the real spaCy parse and dictionaries (rules alone).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.context_coding import coded, countries, dyads

pytestmark = pytest.mark.model


def test_a_name_inside_the_object_is_the_recipient_when_no_role_names_one(coder):
    events = coded(coder, "Britain mobilized army reservists for a possible war against Iraq on Tuesday.")
    assert countries(events, "MOBILIZE") == {("GBR", "IRQ")}
    (event,) = [e for e in events if e.plover_event == "MOBILIZE"]
    assert "last resort" in event.target.path[-1]


def test_a_name_inside_an_event_noun_of_a_light_verb(coder):
    events = coded(coder, "Italy announced a suspension of air links with Serbia on Wednesday.")
    assert countries(events, "SANCTION") == {("ITA", "SRB")}


def test_a_place_of_the_act_is_a_recipient_only_if_it_is_a_country(coder):
    events = coded(coder, "Some 800,000 Iraqi Kurds sought refuge in Germany last month.")
    assert countries(events, "REQUEST") == {("IRQ", "DEU")}
    events = coded(coder, "President Obama praised the deal in Washington on Tuesday.")
    assert {e.target for e in events if e.plover_event == "SUPPORT"} == {None}


def test_a_pair_acting_together_is_not_given_a_distant_recipient(coder):
    events = coded(coder, "Zarif and Kerry announced the agreement in Vienna.", published=date(2015, 7, 14))
    assert dyads(events, "AGREE") >= {("IRNGOV", "USAGOV"), ("USAGOV", "IRNGOV")}
    assert all(e.target is not None and e.target.country in {"IRN", "USA"} for e in events if e.plover_event == "AGREE")


def test_clauses_inside_the_object_are_not_searched(coder):
    events = coded(coder, "Turkish police prevented the demonstration staged by students to protest the sending of troops to Iraq.")
    assert all(e.target is None or e.target.country != "IRQ" for e in events if e.plover_event == "COERCE")


def test_insisting_on_demands_addresses_the_subject_of_the_demand(coder):
    events = coded(coder, "The rebels insisted on their demands that Burundi's government grant the Hutu majority more rights.")
    assert {e.target.code for e in events if e.plover_event == "REQUEST"} == {"BDIGOV"}


def test_an_announced_resignation_is_a_resignation(coder):
    events = coded(coder, "Montenegro's prime minister has been indicted by the war crimes court and will resign.")
    assert {(e.cameo, e.source.code) for e in events if e.plover_event == "RETREAT"} == {("0831", "MNEGOV")}


def test_a_purpose_is_about_whom_its_governing_act_is_about(coder):
    events = coded(coder, "The United Nations has sent 21 military personnel to Bosnia on Wednesday to investigate the situation.")
    assert {(e.source.code, e.target.country) for e in events if e.plover_event == "ACCUSE"} == {("IGOUNO", "BIH")}


def test_a_reduced_relative_inside_the_object_is_searched(coder):
    events = coded(coder, "Serbian military police have launched an investigation into alleged crimes committed by Croat forces.")
    assert countries(events, "ACCUSE") == {("SRB", "HRV")}


def test_defacing_web_sites_is_a_cyber_attack(coder):
    events = coded(coder, "Hackers have defaced nearly 3,000 Danish Web sites over the past month.")
    assert {(e.cameo, e.plover_event) for e in events} == {("170", "COERCE")}


def test_past_perfect_relative_clauses_are_background(coder):
    events = coded(coder, "New Delhi withdrew the trade privileges it had granted to Pakistan.", published=date(2019, 2, 15))
    assert {(e.plover_event, e.source.country, e.target.country) for e in events} == {("SANCTION", "IND", "PAK")}


def test_a_pair_signing_is_paired_not_given_a_guessed_recipient(coder):
    text = "At the summit in Istanbul, President Bill Clinton and President Boris Yeltsin signed a treaty on conventional forces."
    events = coded(coder, text, published=date(1999, 12, 14))
    assert {(e.source.country, e.target.country) for e in events} == {("USA", "RUS"), ("RUS", "USA")}


def test_paying_a_price_is_a_threat_by_the_speaker(coder):
    events = coded(coder, "Clinton said Russia would pay a heavy price for such actions.", published=date(1999, 12, 14))
    assert countries(events, "THREATEN") == {("USA", "RUS")}


def test_ordering_a_diplomat_to_leave_is_an_expulsion(coder):
    events = coded(coder, "The State Department ordered a Russian diplomat, Stanislav Gusev, to leave the country.")
    assert {(e.cameo, e.source.country, e.target.country) for e in events} == {("174", "USA", "RUS")}


def test_a_purpose_so_that_it_can_is_no_act(coder):
    text = "Washington wants to amend the treaty so that it can deploy a limited shield against missiles from North Korea."
    assert not coded(coder, text)


def test_a_warning_is_addressed_to_whoever_the_condition_names(coder):
    events = coded(coder, "Sergei Ivanov has warned that Russia would drop its obligations if the United States broke the treaty.",
                   published=date(1999, 12, 14))
    assert countries(events, "THREATEN") == {("RUS", "USA")}


def test_a_past_act_is_not_dated_by_a_plan_in_its_sentence(coder):
    text = "Ivanov has warned that Russia would respond, and Berger has invited him to Washington early next year."
    events = coded(coder, text, published=date(1999, 12, 14))
    assert events and all(e.when.date <= date(1999, 12, 14) for e in events)


def test_a_deadline_is_a_demand_and_what_it_asks_is_not_done(coder):
    events = coded(coder, "The African Union gave Sudan and South Sudan 48 hours to stop fighting.", published=date(2012, 4, 24))
    assert {(e.plover_event, e.target.country) for e in events} == {("REQUEST", "SDN"), ("REQUEST", "SSD")}


def test_declaring_a_country_an_enemy_is_criticism(coder):
    events = coded(coder, "Sudan's parliament responded by declaring South Sudan an enemy.", published=date(2012, 4, 24))
    assert countries(events, "ACCUSE") == {("SDN", "SSD")}


def test_saying_someone_violated_an_agreement_accuses_them(coder):
    text = "Jaishankar told his counterpart that the concentration of Chinese troops violated agreements signed in 1993."
    events = coded(coder, text, published=date(2020, 9, 11))
    accusations = [e for e in events if e.plover_event == "ACCUSE"]
    assert {(e.source.country, e.target.country) for e in accusations} == {("IND", "CHN")}
    assert all(e.when.date == date(2020, 9, 11) for e in accusations)  # not dated by the treaty's year


def test_saying_a_country_funded_terrorism_accuses_it(coder):
    events = coded(coder, "President Donald Trump said that Qatar had historically funded terrorism at a very high level.",
                   published=date(2017, 6, 24))
    assert {(e.plover_event, e.source.country, e.target.country) for e in events} == {("ACCUSE", "USA", "QAT")}


def test_saying_what_someone_did_was_an_attack_criticises_its_author(coder):
    text = "Qatar said that a list of demands presented by Saudi Arabia and its allies was an attack on its sovereignty."
    events = coded(coder, text, published=date(2017, 6, 24))
    assert ("QAT", "SAU") in countries(events, "ACCUSE")
    assert not coded(coder, "He said the weather was a disaster.")


def test_agreeing_that_someone_is_a_killer_is_an_accusation_not_an_agreement(coder):
    events = coded(coder, "Biden agreed in a television interview that Putin was a killer.", published=date(2021, 3, 18))
    assert {(e.plover_event, e.source.country, e.target.country) for e in events} == {("ACCUSE", "USA", "RUS")}


def test_demanding_guarantees_that_nato_would_not_expand(coder):
    events = coded(coder, "Putin demanded legally binding guarantees that NATO would not expand further east.",
                   published=date(2021, 12, 17))
    assert {(e.plover_event, e.target.code) for e in events} == {("REQUEST", "IGOWSTNAT")}


def test_what_a_draft_treaty_would_do_is_not_done(coder):
    assert not coded(coder, "The Russian Foreign Ministry published two draft treaties that would bar Ukraine from membership.")


def test_standing_behind_someone_is_support(coder):
    events = coded(coder, "Clinton said the United States stood squarely behind Yeltsin.", published=date(1993, 4, 4))
    assert countries(events, "SUPPORT") == {("USA", "RUS")}


def test_a_relation_named_as_an_aim_is_no_act(coder):
    events = coded(coder, "The two leaders agreed to set up a commission to develop cooperation in energy and space.",
                   published=date(1993, 4, 4))
    assert not [e for e in events if e.evidence.rule.startswith("noun:cooperation")]
    events = coded(coder, "Russia and China began military cooperation.")
    assert {e.plover_event for e in events} == {"COOPERATE"}


def test_a_headline_told_again_in_the_story_is_one_event(coder):
    text = ("Clinton pledges $1.6 billion to shore up Yeltsin at Vancouver summit\n\n"
            "VANCOUVER, British Columbia, April 4 (Detente Wire) - President Bill Clinton promised Boris Yeltsin "
            "$1.6 billion in American aid on Sunday.")
    events = coded(coder, text, published=date(1993, 4, 4))
    assert len([e for e in events if e.plover_event == "AGREE"]) == 1


def test_an_averted_strike_did_not_happen(coder):
    text = ("The United States and Russia agreed on a plan to destroy Syria's chemical weapons, averting, for now, "
            "an American military strike on the country.")
    events = coded(coder, text, published=date(2013, 9, 14))
    assert {e.plover_event for e in events} == {"AGREE"}


def test_doing_nothing_to_stop_is_not_stopping(coder):
    assert not coded(coder, "The rebel commander said the plan would do nothing to stop the killing of civilians.")


def test_a_reported_violation_is_the_accusation_only(coder):
    events = coded(coder, "Moscow said Washington had violated the INF treaty.")
    assert {(e.plover_event, e.source.country, e.target.country) for e in events} == {("ACCUSE", "RUS", "USA")}


def test_joining_an_organisation_and_applying_to_join(coder):
    events = coded(coder, "Foreign Minister Andrei Kozyrev said Moscow would join NATO's Partnership for Peace programme.",
                   published=date(1995, 5, 10))
    assert {(e.plover_event, e.source.country, e.target.code) for e in events} == {("AGREE", "RUS", "IGOWSTNAT")}
    events = coded(coder, "Syria has applied to join the Chemical Weapons Convention.", published=date(2013, 9, 14))
    assert {(e.plover_event, e.source.country) for e in events} == {("AGREE", "SYR")}


def test_a_warning_about_relations_with_a_country_is_addressed_to_it(coder):
    text = "Defense Secretary Robert Gates warned that relations with Moscow could suffer for years."
    events = coded(coder, text, published=date(2008, 8, 15))
    assert countries(events, "THREATEN") == {("USA", "RUS")}


def test_planes_landing_with_supplies_bring_aid_to_where_they_land(coder):
    text = "Two U.S. Air Force transport planes landed in Tbilisi with medical supplies and blankets."
    events = coded(coder, text, published=date(2008, 8, 15))
    assert countries(events, "AID") == {("USA", "GEO")}
