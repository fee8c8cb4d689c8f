"""Rules that read an event through its context: who answers whom, peoples and their
residence, conditional threats, stances and modifiers, unnamed attackers, military moves.

Each test codes real text with the real spaCy parse and dictionaries (rules alone), and
checks the codes and the resolution path that explains them. Rules added later sit beside
this file by noun: test_context_answers.py, test_context_actors.py, test_context_events.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.context_coding import coded, countries, dyads

pytestmark = pytest.mark.model

# --- answers to earlier events -----------------------------------------------------------


def test_welcoming_the_proposal_answers_who_proposed(coder):
    events = coded(coder, "Putin proposed a meeting with Clinton. The White House welcomed the proposal.")
    (welcome,) = [e for e in events if e.plover_event == "SUPPORT"]
    assert welcome.source.country == "USA" and welcome.target.country == "RUS"
    assert "who made 'proposal'" in welcome.target.path[-1]


def test_a_proposal_nobody_made_before_stays_without_recipient(coder):
    (event,) = coded(coder, "Iran rejected the proposal.")
    assert event.target is None


# --- peoples, stances and modifiers --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plover", "source_country"),
    [
        ("Ethnic Albanians in south Serbia are demanding a U.N. military presence.", "REQUEST", "SRB"),
        ("The Albanians of southern Serbia are demanding autonomy from Serbian authorities.", "REQUEST", "SRB"),
        ("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", "PROTEST", "SRB"),
    ],
)
def test_a_people_is_coded_where_it_lives(coder, text, plover, source_country):
    (event,) = [e for e in coded(coder, text) if e.plover_event == plover]
    assert event.source.country == source_country
    assert any("ethnic group" in step or "living" in step for step in event.source.path)


def test_a_nationality_is_still_the_state_when_no_residence_is_named(coder):
    (event,) = [e for e in coded(coder, "Albania accused Serbia of repression.") if e.plover_event == "ACCUSE"]
    assert (event.source.country, event.target.country) == ("ALB", "SRB")


def test_hyphenated_modifiers_and_stances_do_not_name_the_actor(coder):
    (event,) = coded(coder, "NATO-member Norway is willing to send material to help Saudi Arabia.")
    assert event.source.code == "NOR" and event.source.text == "NATO-member Norway"
    (killing,) = coded(coder, "A prominent anti-Syria journalist has been killed in a car bomb explosion in eastern Beirut.")
    assert killing.target.country == "LBN"


def test_owned_things_keep_their_owner(coder):
    (event,) = coded(coder, "Russian troops shelled rebel positions near Grozny.")
    assert event.source.code == "RUSMIL" and event.target.code == "RUSREB"


def test_namesakes_out_of_office_fall_back_to_their_country(coder):
    # 2000-01-01: between the two Presidents Bush, neither in office
    (event,) = coded(coder, "President Bush threatened further action against Russia.", published=date(2000, 1, 1))
    assert event.source.country == "USA" and event.target.country == "RUS"


def test_institution_titles_take_their_country_when_the_article_names_it(coder):
    text = "Putin met Albright in Moscow. Senator Jesse Helms criticized the administration for rewarding Moscow."
    (event,) = [e for e in coded(coder, text) if e.plover_event == "ACCUSE"]
    assert (event.source.code, event.target.code) == ("USALEG", "USAGOV")


def test_organisation_descriptions_reach_national_groups(coder):
    events = coded(coder, "Hamas fired rockets at Israel on Monday. The group also accused Egypt of closing the border.",
                   published=date(2010, 2, 20))
    (accusation,) = [e for e in events if e.plover_event == "ACCUSE"]
    assert accusation.source.code == "PSEREB" and accusation.target.country == "EGY"


def test_two_phrases_with_one_code_are_two_actors(coder):
    (event,) = coded(coder, "Croatia is investigating alleged war crimes by Croatian extremists against Serb civilians.")
    assert (event.source.country, event.target.country) == ("HRV", "HRV")


def test_a_state_of_emergency_is_no_actor(coder):
    (event,) = coded(coder, "Sudan's government on Sunday lifted a state of emergency in West Darfur State.")
    assert event.plover_event == "CONCEDE"
    assert event.target.text == "(own country)" and event.target.country == "SDN"


# --- threats, promises, requests ---------------------------------------------------------


def test_a_conditional_threat_is_addressed_to_the_conditions_subject(coder):
    (event,) = coded(coder, "Defence Minister Igor Sergeyev said Russia would withdraw from arms control treaties if Washington abandoned the ABM treaty.")
    assert event.plover_event == "THREATEN" and event.target.country == "USA"


def test_may_with_a_condition_is_a_threat(coder):
    (event,) = coded(coder, "The European Community may halt mediation efforts among Serbia's feuding republics if cooperation founders.")
    assert event.plover_event == "THREATEN" and event.cameo.startswith("13")


def test_commitments_to_conflict_threaten_and_to_aid_promise_aid(coder):
    (threat,) = coded(coder, "Putin vowed to crush the rebels in Chechnya.")
    assert threat.plover_event == "THREATEN" and threat.target.code == "RUSREB"
    (promise,) = coded(coder, "Jacques Chirac pledged to send aid to Haiti.")
    assert promise.cameo == "033" and promise.target.country == "HTI"


def test_what_a_demand_asks_for_is_not_reported_as_done(coder):
    events = coded(coder, "The International Labor Office reiterated its demand today that Israel ease restrictions on Palestinian workers.")
    assert {e.plover_event for e in events} == {"REQUEST"}
    (event,) = events
    assert event.source.code.startswith("IGO") and event.target.country == "ISR"


def test_conjoined_complements_of_a_request_are_not_events(coder):
    events = coded(coder, "The State Department urged Moscow to open talks with the Chechen leadership and to allow monitors into the region.")
    assert {e.plover_event for e in events} == {"REQUEST"}


def test_a_document_acted_on_by_others_does_not_speak_for_them(coder):
    events = coded(coder, "The United States vetoed a Security Council resolution censuring its military sweep.")
    assert ("USA", "IGOUNO") in dyads(events, "REJECT")
    # the vetoed text never censured anyone, least of all on behalf of the vetoer
    assert not [e for e in events if e.plover_event == "ACCUSE" and e.source.country == "USA"]
    issued = coded(coder, "Iran issued a statement condemning the Israeli raid.")
    assert ("IRN", "ISR") in countries(issued, "ACCUSE")


# --- verbal and military readings ---------------------------------------------------------


def test_governments_clashing_over_an_issue_quarrel(coder):
    events = coded(coder, "Russia and the United States clashed over missile defence.")
    assert {e.cameo for e in events} == {"110"}
    fight = coded(coder, "Government troops clashed with rebels near Grozny.")
    assert {e.plover_event for e in fight} == {"ASSAULT"}
    assert fight[0].source.code == "RUSMIL"  # the role takes the event place's country


def test_unnamed_attackers_are_coded_where_they_struck(coder):
    (event,) = coded(coder, "A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier.")
    assert event.source.code == "IRQUAF" and event.target.code == "USAMIL"
    assert event.location is not None and event.location.country == "IRQ"
    (device,) = coded(coder, "Three US servicemen were killed by an improvised explosive device outside of the Iraqi city of Basra.")
    assert device.source.code == "IRQUAF"


def test_joint_exercises_are_cooperation_and_troop_arrivals_are_deployments(coder):
    games = coded(coder, "French and Egyptian warships on Monday launched ten days of war games in the Mediterranean Sea.")
    assert {e.cameo for e in games} == {"062"}
    (peacekeepers,) = [e for e in coded(coder, "The first NATO peacekeeping troops have arrived in Bosnia.") if e.target]
    assert peacekeepers.cameo == "074" and peacekeepers.target.country == "BIH"
    (troops,) = coded(coder, "Russian troops arrived in Pristina on Saturday.")
    assert troops.plover_event == "MOBILIZE" and troops.target.country == "KOS"
    (visit,) = coded(coder, "Albright arrived in Moscow on Monday.")
    assert visit.plover_event == "CONSULT"


def test_a_participle_tagged_as_a_noun_is_still_read(coder):
    (event,) = [e for e in coded(coder, "Ivanov spent six hours in Washington on Tuesday consulting with Berger.") if e.plover_event == "CONSULT"]
    assert (event.source.country, event.target.country) == ("RUS", "USA")
    assert event.location is not None and event.location.name == "Washington"


def test_a_year_naming_a_thing_does_not_date_the_next_sentence(coder):
    events = coded(coder, "Russia warned it would quit if Washington abandoned the 1972 ABM treaty. Putin proposed a meeting with Clinton.")
    assert all(e.when.date.year == 2000 for e in events)


def test_roles_without_country_take_the_place_of_the_event(coder):
    (event,) = coded(coder, "Sendero Luminoso guerrillas killed three soldiers near Ayacucho.")
    assert event.target.code == "PERMIL"


def test_descriptions_and_reports_are_not_acts(coder):
    assert not [e for e in coded(coder, "Leon Panetta said al-Qaeda remained a threat.") if e.plover_event == "THREATEN"]
    linked = coded(coder, "Investigators linked the nerve agent attack in Salisbury to Russian military intelligence.")
    assert not [e for e in linked if e.source.text == "Investigators"]


def test_the_head_of_a_service_is_coded_to_the_service(coder):
    (event,) = coded(coder, "The head of Ukraine's security service accused Russia of sabotage.", published=date(2018, 10, 20))
    assert event.source.code == "UKRSPY"


def test_agreeing_to_give_aid_is_an_intent_to_give_aid(coder):
    events = coded(coder, "Russia and China agreed to send aid to Afghanistan.")
    assert {e.cameo for e in events} == {"033"} and {e.target.country for e in events} == {"AFG"}


def test_historic_states_and_old_place_names(coder):
    (shelling, *_) = coded(coder, "Sudanese rebels shelled Juba on Sunday.")
    assert shelling.target.country == "SDN"  # 2000: Juba is in Sudan
    (later, *_) = coded(coder, "Rebels shelled Juba on Sunday.", published=date(2015, 2, 20))
    assert later.target.country == "SSD"


def test_the_two_leaders_are_people_and_topics_are_not_recipients(coder):
    text = ("Russian President Vladimir Putin met his American counterpart George W. Bush in Ljubljana on Saturday. "
            "Mr. Putin said the two leaders had agreed to intensify contacts. "
            "The two presidents also discussed NATO enlargement, which Moscow opposes.")
    events = coded(coder, text, published=date(2001, 6, 18))
    assert countries(events, "AGREE") == {("RUS", "USA"), ("USA", "RUS")}
    assert countries(events, "CONSULT") >= {("RUS", "USA"), ("USA", "RUS")}
    assert ("RUSGOV", "IGOWSTNAT") in dyads(events, "REJECT")  # "which": NATO enlargement


def test_a_warning_about_ones_own_country_addresses_the_first_verbs_object(coder):
    events = coded(coder, "NATO leaders met in Brussels. Russian Defence Minister Sergei Ivanov criticised the alliance "
                          "for expanding eastward, and warned that Russia would respond.",
                   published=date(2001, 6, 18))
    (warning,) = [e for e in events if e.plover_event == "THREATEN"]
    assert warning.target.code == "IGOWSTNAT"


def test_retaliation_answers_the_last_hostile_act_and_measures_are_seen_through(coder):
    events = coded(coder, "The United States imposed 25 per cent tariffs on 34 billion dollars of Chinese imports. "
                          "Beijing retaliated within hours with duties of the same size on American soybeans, pork and cars.",
                   published=date(2018, 7, 6))
    assert countries(events, "SANCTION") == {("USA", "CHN"), ("CHN", "USA")}


def test_rejecting_the_criticism_answers_the_critic(coder):
    events = coded(coder, "Clinton urged Yeltsin to end the fighting in Chechnya. Yeltsin rejected the criticism.",
                   published=date(1995, 5, 10))
    assert ("RUSGOV", "USAGOV") in dyads(events, "REJECT")


def test_korean_shorthand_and_counterparts(coder):
    events = coded(coder, "South Korea accused North Korea of sinking a warship. The North threatened the South with war.",
                   published=date(2010, 5, 20))
    assert countries(events, "THREATEN") == {("PRK", "KOR")}
    warned = coded(coder, "Blinken met Lavrov in Geneva. Blinken warned his counterpart against an invasion.",
                   published=date(2022, 1, 21))
    assert ("USAGOV", "RUSGOV") in dyads(warned, "THREATEN")


def test_a_plan_does_not_date_the_sentences_after_it(coder):
    events = coded(coder, "GENEVA, January 21, 2022 -- Blinken and Lavrov will meet again next week. "
                          "Russia has massed troops near the Ukrainian border in recent weeks.", published=None)
    assert all(e.when.date <= date(2022, 1, 21) for e in events)
    (massing,) = [e for e in events if e.plover_event == "MOBILIZE"]
    assert massing.target.country == "UKR"


def test_hypotheticals_and_promises_are_not_reported_as_done(coder):
    assert not coded(coder, "Biden said any Russian invasion would be met with severe sanctions.", published=date(2022, 1, 21))
    (promise,) = coded(coder, "Under the accord Iran will cut its stockpile and accept inspections by the International Atomic Energy Agency.",
                       published=date(2015, 7, 14))
    assert promise.plover_event == "AGREE" and promise.cameo.startswith("03")
    assert not coded(coder, "Tehran has met its commitments.", published=date(2015, 7, 14))


def test_travelling_for_talks_and_standing_down(coder):
    events = coded(coder, "U.S. and Russian negotiators return to Geneva this week for talks on nuclear missiles.")
    assert countries(events, "CONSULT") == {("USA", "RUS"), ("RUS", "USA")}
    (stood_down,) = coded(coder, "One third of the rebels in Macedonia have been demobilized.")
    assert stood_down.plover_event == "RETREAT" and stood_down.source.agent == "REB"


def test_a_date_naming_a_thing_dates_only_that_thing(coder):
    (event,) = coded(coder, "One third of ethnic Albanian guerrillas in Macedonia have been demobilized since the August 13 peace accord.",
                     published=date(2001, 9, 20))
    assert event.when.date == date(2001, 9, 20)
    assert event.source.code == "MKDREB"  # a people coded where it lives


def test_unnamed_crowds_belong_to_the_scene_not_the_most_named_country(coder):
    text = ("FREETOWN, May 8, 2000 -- Britain sent paratroopers to Sierra Leone on Monday. British officials in London "
            "said Britain would protect its citizens. Britain also urged calm. "
            "Rebels killed 19 demonstrators on Sunday.")
    (killing,) = [e for e in coded(coder, text, published=None) if e.plover_event == "ASSAULT"]
    assert killing.source.code == "SLEREB" and killing.target.country == "SLE"
    assert "where the story happens" in " ".join(killing.source.path + killing.target.path)


def test_objects_and_descriptions_of_events_are_not_events_of_their_own(coder):
    (ambush,) = coded(coder, "KLA rebels ambushed a Serbian police patrol near Pec.", published=date(1999, 4, 10))
    assert ambush.plover_event == "ASSAULT" and ambush.target.code == "SRBCOP"
    assert not coded(coder, "Russia called the strike an invasion.", published=date(1999, 4, 10))


def test_an_order_to_forces_is_coded_as_the_ordered_act(coder):
    (event,) = coded(coder, "Defence Minister Shaul Mofaz ordered troops to seal off the West Bank.", published=date(2003, 6, 12))
    assert event.plover_event == "COERCE" and (event.source.country, event.target.country) == ("ISR", "PSE")
    (threat,) = coded(coder, "Sharon vowed to pursue the militants.", published=date(2003, 6, 12))
    assert threat.plover_event == "THREATEN"


def test_returning_fire_answers_the_attack_and_instruments_are_not_targets(coder):
    events = coded(coder, "North Korean artillery shelled a South Korean island on Tuesday. "
                          "South Korean forces returned fire with howitzers.", published=date(2010, 11, 24))
    assert ("KORMIL", "PRKMIL") in dyads(events, "ASSAULT")


def test_places_and_topics_are_not_parties(coder):
    events = coded(coder, "Obama and Medvedev discussed Iran's nuclear programme at Prague Castle. "
                          "Last month the two sides agreed on the text.", published=date(2010, 4, 8))
    assert countries(events, "CONSULT") == {("USA", "RUS"), ("RUS", "USA")}
    assert countries(events, "AGREE") == {("USA", "RUS"), ("RUS", "USA")}


def test_a_month_dates_only_the_next_sentence(coder):
    events = coded(coder, "Last month the two governments agreed on a text. Lavrov praised it. Medvedev thanked Obama. "
                          "The leaders signed the treaty. Russia warned NATO.", published=date(2010, 4, 8))
    (warning,) = [e for e in events if e.plover_event == "THREATEN"]
    assert warning.when.date == date(2010, 4, 8)


def test_a_response_is_coded_by_its_means(coder):
    events = coded(coder, "Britain expelled 23 Russian diplomats. Moscow retaliated by expelling 23 British diplomats.",
                   published=date(2018, 3, 20))
    assert countries(events, "SANCTION") == {("GBR", "RUS"), ("RUS", "GBR")}
    assert not [e for e in events if e.plover_event == "ASSAULT"]


def test_they_after_a_pair_is_the_pair(coder):
    events = coded(coder, "Obama and Medvedev met in Prague on Thursday. They signed the New START treaty and agreed to keep talking.",
                   published=date(2010, 4, 8))
    assert countries(events, "SUPPORT") == {("USA", "RUS"), ("RUS", "USA")}
    assert not [e for e in events if e.evidence.rule == "verb:talk"]  # "keep talking" was agreed, not done
    after_meeting = coded(coder, "Lavrov met Kerry in Geneva. They agreed on a ceasefire plan for Syria.", published=date(2013, 9, 14))
    assert countries(after_meeting, "AGREE") == {("RUS", "USA"), ("USA", "RUS")}
    held = coded(coder, "Russia and China held talks in Beijing.", published=date(2010, 4, 8))
    assert countries(held, "CONSULT") == {("RUS", "CHN"), ("CHN", "RUS")}


def test_verdicts_are_criticism_or_praise_and_names_are_people_to_call(coder):
    (verdict,) = coded(coder, "Yeltsin called NATO expansion a serious mistake.", published=date(1997, 5, 20))
    assert verdict.plover_event == "ACCUSE" and verdict.target.code == "IGOWSTNAT"
    assert verdict.evidence.rule == "verb:verdict.criticize"
    (call,) = coded(coder, "Clinton called Yeltsin to discuss the crisis.", published=date(1997, 5, 20))
    assert call.plover_event == "CONSULT" and (call.source.country, call.target.country) == ("USA", "RUS")
