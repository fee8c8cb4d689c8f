"""Rules that read an event through its context: who answers whom, peoples and their
residence, conditional threats, stances and modifiers, unnamed attackers, military moves.

Each test codes real text with the real spaCy parse and dictionaries (rules alone), and
checks the codes and the resolution path that explains them.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.model

DAY = date(2000, 2, 20)


@pytest.fixture(scope="module")
def coder():
    from detente.pipeline import Coder

    return Coder(use_model=False)


def coded(coder, text, published=DAY):
    return coder.code_text(text, published=published)


def dyads(events, plover=None):
    return {(e.source.code, e.target.code if e.target else None) for e in events if plover is None or e.plover_event == plover}


def countries(events, plover):
    return {(e.source.country, e.target.country if e.target else None) for e in events if e.plover_event == plover}


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


# --- recipients of last resort -------------------------------------------------------------


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


def test_the_owner_of_a_judged_act_is_criticised(coder):
    events = coded(coder, "Albania on Friday denounced as an ugly crime Serbia's suppression of ethnic Albanian unrest.")
    assert countries(events, "ACCUSE") == {("ALB", "SRB")}


def test_insisting_on_demands_addresses_the_subject_of_the_demand(coder):
    events = coded(coder, "The rebels insisted on their demands that Burundi's government grant the Hutu majority more rights.")
    assert {e.target.code for e in events if e.plover_event == "REQUEST"} == {"BDIGOV"}


# --- people, bodies and pronouns -----------------------------------------------------------


def test_peoples_of_one_state_code_to_it(coder):
    events = coded(coder, "Ibo traditional elders have demanded that the government resign.")
    assert {e.source.country for e in events if e.plover_event == "REQUEST"} == {"NGA"}
    events = coded(coder, "The British government outlawed the largest Protestant extremist organization in Northern Ireland.")
    assert {e.target.country for e in events if e.plover_event == "COERCE"} == {"GBR"}


def test_he_after_an_unknown_titled_person_is_that_person_not_a_body(coder):
    text = ("Vice-President Moody Awori has declined to resign despite pressure by the Kenya Anti-Corruption "
            "Commision after he was implicated in a scandal.")
    events = coded(coder, text, published=date(2006, 1, 1))
    # before: "he" was read as the commission (a misspelt body taken for a person)
    assert not [e for e in events if e.target is not None and e.target.text == "he"]


def test_a_titled_unknown_keeps_the_role_of_the_title(coder):
    events = coded(coder, "The main Hutu rebel group insisted on its demands that Burundi's government grant more rights.")
    assert {e.source.code for e in events if e.plover_event == "REQUEST"} == {"BDIREB"}


def test_an_announced_resignation_is_a_resignation(coder):
    events = coded(coder, "Montenegro's prime minister has been indicted by the war crimes court and will resign.")
    assert {(e.cameo, e.source.code) for e in events if e.plover_event == "RETREAT"} == {("0831", "MNEGOV")}


def test_a_purpose_is_about_whom_its_governing_act_is_about(coder):
    events = coded(coder, "The United Nations has sent 21 military personnel to Bosnia on Wednesday to investigate the situation.")
    assert {(e.source.code, e.target.country) for e in events if e.plover_event == "ACCUSE"} == {("IGOUNO", "BIH")}


def test_a_reduced_relative_inside_the_object_is_searched(coder):
    events = coded(coder, "Serbian military police have launched an investigation into alleged crimes committed by Croat forces.")
    assert countries(events, "ACCUSE") == {("SRB", "HRV")}


def test_weapons_named_by_their_owner_give_the_perpetrator(coder):
    events = coded(coder, "Recent US Predator attacks have killed at least eight top al-Qaeda leaders since last July.",
                   published=date(2008, 1, 1))
    assert {(e.source.country, e.target.code) for e in events if e.plover_event == "ASSAULT"} == {("USA", "IMGMUSALQ")}
    events = coded(coder, "A roadside bomb killed three soldiers in Kandahar.")
    assert {e.source.text for e in events if e.plover_event == "ASSAULT"} == {"(unnamed)"}


def test_an_ally_is_not_the_country_it_serves(coder):
    events = coded(coder, "Hezbollah guerrillas killed the deputy chief of Israel's militia ally in southern Lebanon Sunday.")
    assert {e.target.country for e in events if e.plover_event == "ASSAULT"} == {"LBN"}


def test_defacing_web_sites_is_a_cyber_attack(coder):
    events = coded(coder, "Hackers have defaced nearly 3,000 Danish Web sites over the past month.")
    assert {(e.cameo, e.plover_event) for e in events} == {("170", "COERCE")}


# --- complaints ----------------------------------------------------------------------------


def test_a_complaint_to_a_body_over_an_act_is_against_its_author(coder):
    events = coded(coder, "Lebanon complained to the United Nations on Tuesday over two Israeli air raids last Friday.")
    assert countries(events, "ACCUSE") == {("LBN", "ISR")}
    events = coded(coder, "Lebanon complained to the United Nations on Tuesday.")
    assert {e.target.code for e in events if e.plover_event == "ACCUSE"} == {"IGOUNO"}


def test_a_closing_complaint_is_about_the_reported_clause(coder):
    text = "Croatian authorities are failing to uphold the property rights of Serb refugees, a human rights group protested here."
    events = coded(coder, text)
    assert {(e.source.code, e.target.country) for e in events if e.plover_event == "ACCUSE"} == {("NGOHRI", "HRV")}


def test_described_bodies_with_and_without_a_country(coder):
    events = coded(coder, "An Israeli human rights group accused the army of abuses.")
    assert {e.source.code for e in events if e.plover_event == "ACCUSE"} == {"ISRHRI"}
    events = coded(coder, "Human rights watchdog Amnesty International accused the United States of torture.")
    assert {e.source.code for e in events if e.plover_event == "ACCUSE"} == {"NGOAMN"}


# --- background, answers and announced concessions ----------------------------------------


def test_past_perfect_relative_clauses_are_background(coder):
    events = coded(coder, "New Delhi withdrew the trade privileges it had granted to Pakistan.", published=date(2019, 2, 15))
    assert {(e.plover_event, e.source.country, e.target.country) for e in events} == {("SANCTION", "IND", "PAK")}


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


# --- from the second document set ----------------------------------------------------------


def test_a_pair_signing_is_paired_not_given_a_guessed_recipient(coder):
    text = "At the summit in Istanbul, President Bill Clinton and President Boris Yeltsin signed a treaty on conventional forces."
    events = coded(coder, text, published=date(1999, 12, 14))
    assert {(e.source.country, e.target.country) for e in events} == {("USA", "RUS"), ("RUS", "USA")}


def test_a_city_bombarded_is_where_and_whom(coder):
    events = coded(coder, "Since then Russian artillery and aircraft have pounded Grozny almost daily.", published=date(1999, 12, 14))
    assert {(e.source.country, e.target.country, e.location.name) for e in events} == {("RUS", "RUS", "Grozny")}


def test_paying_a_price_is_a_threat_by_the_speaker(coder):
    events = coded(coder, "Clinton said Russia would pay a heavy price for such actions.", published=date(1999, 12, 14))
    assert countries(events, "THREATEN") == {("USA", "RUS")}


def test_a_guessed_source_is_not_the_country_it_acts_against(coder):
    text = ("Relations between Russia and the United States are bad. At the end of November the Foreign Ministry "
            "expelled Cheryl Moore, an American diplomat.")
    events = coded(coder, text, published=date(1999, 12, 14))
    assert countries(events, "COERCE") == {("RUS", "USA")}


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


def test_an_object_pronoun_is_not_its_clauses_subject(coder):
    text = "Sergei Ivanov has warned that Russia would respond, and Samuel Berger has invited him to Washington."
    events = coded(coder, text, published=date(1999, 12, 14))
    assert countries(events, "AGREE") == {("USA", "RUS")}


def test_a_past_act_is_not_dated_by_a_plan_in_its_sentence(coder):
    text = "Ivanov has warned that Russia would respond, and Berger has invited him to Washington early next year."
    events = coded(coder, text, published=date(1999, 12, 14))
    assert events and all(e.when.date <= date(1999, 12, 14) for e in events)


def test_the_south_in_a_sudan_story_is_south_sudan(coder):
    events = coded(coder, "Sudanese warplanes bombed a market in Bentiu. Bashir vowed to crush the South.", published=date(2012, 4, 24))
    assert countries(events, "THREATEN") == {("SDN", "SSD")}


def test_a_deadline_is_a_demand_and_what_it_asks_is_not_done(coder):
    events = coded(coder, "The African Union gave Sudan and South Sudan 48 hours to stop fighting.", published=date(2012, 4, 24))
    assert {(e.plover_event, e.target.country) for e in events} == {("REQUEST", "SDN"), ("REQUEST", "SSD")}


def test_a_passive_condemnation_of_an_act_and_a_verdict_on_it(coder):
    text = ("South Sudanese troops seized Heglig on April 10. The occupation was condemned by the U.N. Security Council, "
            "and Secretary-General Ban Ki-moon called it an illegal act.")
    events = coded(coder, text, published=date(2012, 4, 24))
    assert {(e.source.code, e.target.country) for e in events if e.plover_event == "ACCUSE"} == {("IGOUNO", "SSD")}
    assert len([e for e in events if e.plover_event == "ACCUSE"]) == 2


def test_declaring_a_country_an_enemy_is_criticism(coder):
    events = coded(coder, "Sudan's parliament responded by declaring South Sudan an enemy.", published=date(2012, 4, 24))
    assert countries(events, "ACCUSE") == {("SDN", "SSD")}


def test_a_ban_on_foreign_goods_is_a_sanction_and_praising_it_answers_its_author(coder):
    text = ("New Delhi has also hit back economically, banning 59 Chinese mobile applications in June. "
            "Secretary of State Mike Pompeo, who praised the ban on Chinese apps, has accused Beijing of aggression.")
    events = coded(coder, text, published=date(2020, 9, 11))
    assert countries(events, "SANCTION") == {("IND", "CHN")}
    assert countries(events, "SUPPORT") == {("USA", "IND")}
    assert not [e for e in events if e.plover_event == "ASSAULT"]  # "hit back" is told by its means


def test_saying_someone_violated_an_agreement_accuses_them(coder):
    text = "Jaishankar told his counterpart that the concentration of Chinese troops violated agreements signed in 1993."
    events = coded(coder, text, published=date(2020, 9, 11))
    accusations = [e for e in events if e.plover_event == "ACCUSE"]
    assert {(e.source.country, e.target.country) for e in accusations} == {("IND", "CHN")}
    assert all(e.when.date == date(2020, 9, 11) for e in accusations)  # not dated by the treaty's year


def test_chinese_family_names_come_first(coder):
    text = "Subrahmanyam Jaishankar and Wang Yi met in Moscow. Wang, for his part, urged India to stop provocations."
    events = coded(coder, text, published=date(2020, 9, 11))
    assert {e.source.code for e in events if e.plover_event == "REQUEST"} == {"CHNGOV"}


def test_whose_is_the_noun_the_clause_hangs_on(coder):
    events = coded(coder, "Turkey, whose parliament voted this month to send more troops to the base outside Doha, stood firm.",
                   published=date(2017, 6, 24))
    assert {e.source.code for e in events if e.plover_event == "MOBILIZE"} == {"TURLEG"}


def test_a_counterpart_of_a_named_nationality(coder):
    text = ("Defence Minister Fikri Isik called the demand an interference. Defense Secretary Jim Mattis and his "
            "Qatari counterpart signed an agreement on the sale of fighter jets.")
    events = coded(coder, text, published=date(2017, 6, 24))
    assert countries(events, "SUPPORT") == {("USA", "QAT"), ("QAT", "USA")}


def test_saying_a_country_funded_terrorism_accuses_it(coder):
    events = coded(coder, "President Donald Trump said that Qatar had historically funded terrorism at a very high level.",
                   published=date(2017, 6, 24))
    assert {(e.plover_event, e.source.country, e.target.country) for e in events} == {("ACCUSE", "USA", "QAT")}


def test_saying_what_someone_did_was_an_attack_criticises_its_author(coder):
    text = "Qatar said that a list of demands presented by Saudi Arabia and its allies was an attack on its sovereignty."
    events = coded(coder, text, published=date(2017, 6, 24))
    assert ("QAT", "SAU") in countries(events, "ACCUSE")
    assert not coded(coder, "He said the weather was a disaster.")


def test_accepting_it_answers_the_last_proposal(coder):
    events = coded(coder, "The United States proposed talks. Iran rejected it.")
    assert countries(events, "REJECT") == {("IRN", "USA")}
    text = "The deal grew out of a Russian proposal, made on Monday. Damascus accepted it within a day."
    events = coded(coder, text, published=date(2013, 9, 14))
    assert ("SYR", "RUS") in {(e.source.country, e.target.country if e.target else None) for e in events}


def test_a_ministry_read_back_by_description_is_not_the_country_it_expels_from(coder):
    text = ("Albright telephoned Washington's allies. At the end of November the Foreign Ministry expelled "
            "Cheryl Moore, an American diplomat, from Moscow.")
    events = coded(coder, text, published=date(1999, 12, 14))
    assert {e.source.country for e in events if e.cameo == "174"} != {"USA"}


def test_a_proposal_that_someone_rejected_answers_its_author(coder):
    text = "Albright proposed new talks on the treaty. It is a proposal that Moscow has rejected out of hand."
    events = coded(coder, text, published=date(1999, 12, 14))
    assert countries(events, "REJECT") == {("RUS", "USA")}


def test_a_recipient_that_is_the_source_itself_leaves_the_event_without_one(coder):
    (event,) = [e for e in coded(coder, "Moscow rejected the demand that it withdraw.") if e.plover_event == "REJECT"]
    assert event.source.country == "RUS" and event.target is None


def test_rebels_beside_a_state_are_that_states(coder):
    text = ("The Russian embassy in London mocked Obama. On Thursday Russia and Turkey announced a nationwide ceasefire "
            "between the Syrian government and several rebel groups.")
    events = coded(coder, text, published=date(2016, 12, 30))
    assert {e.target.code for e in events if e.plover_event == "RETREAT"} == {"SYRGOV", "SYRREB"}


def test_agreeing_that_someone_is_a_killer_is_an_accusation_not_an_agreement(coder):
    events = coded(coder, "Biden agreed in a television interview that Putin was a killer.", published=date(2021, 3, 18))
    assert {(e.plover_event, e.source.country, e.target.country) for e in events} == {("ACCUSE", "USA", "RUS")}


def test_recalling_ones_own_ambassador_is_aimed_at_the_other_side(coder):
    text = "Washington imposed sanctions on seven senior Russian officials. Moscow recalled its ambassador, Anatoly Antonov."
    events = coded(coder, text, published=date(2021, 3, 18))
    assert {(e.source.country, e.target.country) for e in events if e.cameo == "161"} == {("RUS", "USA")}


def test_a_conditional_answer_told_to_someone_is_a_threat(coder):
    text = ("Biden told Putin that the United States and its allies would respond with strong economic measures "
            "if Russia invaded Ukraine.")
    events = coded(coder, text, published=date(2021, 12, 7))
    assert countries(events, "THREATEN") == {("USA", "RUS")}


def test_demanding_guarantees_that_nato_would_not_expand(coder):
    events = coded(coder, "Putin demanded legally binding guarantees that NATO would not expand further east.",
                   published=date(2021, 12, 17))
    assert {(e.plover_event, e.target.code) for e in events} == {("REQUEST", "IGOWSTNAT")}


def test_what_a_draft_treaty_would_do_is_not_done(coder):
    assert not coded(coder, "The Russian Foreign Ministry published two draft treaties that would bar Ukraine from membership.")


def test_a_dateline_with_a_region_is_not_read_as_text(coder):
    text = "VANCOUVER, British Columbia, April 4 (Detente Wire) - President Bill Clinton promised Boris Yeltsin $1.6 billion in aid."
    events = coded(coder, text, published=date(1993, 4, 4))
    assert events and {e.source.country for e in events} == {"USA"}


def test_standing_behind_someone_is_support(coder):
    events = coded(coder, "Clinton said the United States stood squarely behind Yeltsin.", published=date(1993, 4, 4))
    assert countries(events, "SUPPORT") == {("USA", "RUS")}


def test_training_ones_own_forces_readies_them_and_training_anothers_is_cooperation(coder):
    events = coded(coder, "North Korea has trained more than 500 computer hackers.")
    assert {(e.plover_event, e.source.country) for e in events} == {("MOBILIZE", "PRK")}
    events = coded(coder, "Iran trained Hezbollah fighters.")
    assert {(e.plover_event, e.target.country) for e in events} == {("COOPERATE", "LBN")}


def test_converging_for_a_rally_holds_it(coder):
    events = coded(coder, "Thousands of Nigerians were converging Thursday for a rally in Lagos to protest the rights violations.")
    assert {(e.plover_event, e.source.country) for e in events} == {("PROTEST", "NGA")}


def test_commanded_troops_read_back_to_a_bomber_are_the_commanders(coder):
    text = ("A Palestinian suicide bomber blew up a bus in central Jerusalem. Defence Minister Shaul Mofaz ordered troops "
            "to seal off the West Bank and the Gaza Strip.")
    events = coded(coder, text, published=date(2003, 6, 11))
    assert {e.source.country for e in events if e.cameo == "191"} == {"ISR"}


def test_condemning_the_bus_attack_answers_the_attack_on_the_bus(coder):
    text = ("A Palestinian suicide bomber blew up a bus in central Jerusalem. Israeli helicopters fired missiles at a Hamas "
            "leader. Palestinian Prime Minister Mahmoud Abbas condemned the bus attack and also denounced the Israeli raid.")
    events = coded(coder, text, published=date(2003, 6, 11))
    assert {(e.source.country, e.target.country) for e in events if e.plover_event == "ACCUSE"} == {("PSE", "PSE"), ("PSE", "ISR")}


def test_an_organisation_is_never_a_citys_alternate_name(coder):
    (event,) = coded(coder, "Israeli helicopters fired missiles at a senior Hamas leader in Gaza.", published=date(2003, 6, 11))
    assert event.location is not None and event.location.country == "PSE"


def test_a_town_of_a_former_union_is_found_in_a_story_about_its_neighbour(coder):
    events = coded(coder, "Serbian police burned villages around Pec and separated men from their families.",
                   published=date(1999, 4, 5))
    assert {e.location.country for e in events if e.location} == {"KOS"}


def test_insurgents_attack_their_own_states_government(coder):
    text = "London said the troops would not join the fight. RUF rebels attacked government positions near Masiaka on Tuesday."
    events = coded(coder, text, published=date(2000, 5, 10))
    assert {(e.source.code, e.target.code) for e in events if e.plover_event == "ASSAULT"} == {("SLEREB", "SLEGOV")}


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


def test_it_after_a_thing_as_subject_is_that_thing(coder):
    text = ("The list gives Doha ten days to shut down the Al Jazeera network. It also calls on the emirate to cut "
            "its ties with the Muslim Brotherhood.")
    events = coded(coder, text, published=date(2017, 6, 24))
    calls = [e for e in events if e.evidence.predicate == "calls"]
    assert calls and all(e.source.country is None for e in calls)


def test_a_reported_violation_is_the_accusation_only(coder):
    events = coded(coder, "Moscow said Washington had violated the INF treaty.")
    assert {(e.plover_event, e.source.country, e.target.country) for e in events} == {("ACCUSE", "RUS", "USA")}


def test_a_move_denounced_answers_whoever_made_it(coder):
    text = ("Indian troops occupied heights on the south bank of the lake, a move that Beijing denounced as a serious "
            "provocation.")
    events = coded(coder, text, published=date(2020, 9, 11))
    assert countries(events, "ACCUSE") == {("CHN", "IND")}


def test_joining_an_organisation_and_applying_to_join(coder):
    events = coded(coder, "Foreign Minister Andrei Kozyrev said Moscow would join NATO's Partnership for Peace programme.",
                   published=date(1995, 5, 10))
    assert {(e.plover_event, e.source.country, e.target.code) for e in events} == {("AGREE", "RUS", "IGOWSTNAT")}
    events = coded(coder, "Syria has applied to join the Chemical Weapons Convention.", published=date(2013, 9, 14))
    assert {(e.plover_event, e.source.country) for e in events} == {("AGREE", "SYR")}


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


def test_a_warning_about_relations_with_a_country_is_addressed_to_it(coder):
    text = "Defense Secretary Robert Gates warned that relations with Moscow could suffer for years."
    events = coded(coder, text, published=date(2008, 8, 15))
    assert countries(events, "THREATEN") == {("USA", "RUS")}


def test_planes_landing_with_supplies_bring_aid_to_where_they_land(coder):
    text = "Two U.S. Air Force transport planes landed in Tbilisi with medical supplies and blankets."
    events = coded(coder, text, published=date(2008, 8, 15))
    assert countries(events, "AID") == {("USA", "GEO")}


def test_a_bare_surname_does_not_reach_someone_long_out_of_office(coder):
    events = coded(coder, "Maduro and Ali pledge not to use force in the Essequibo dispute.", published=date(2023, 12, 15))
    assert all(e.target is None or e.target.country != "TUN" for e in events)
    events = coded(coder, "A group of Moroccan diplomats held their first meeting with President Obama.")
    assert ("MAR", "USA") in countries(events, "CONSULT")  # a title still names him


def test_dismissing_charges_is_a_rejection_and_a_host_is_a_counterpart(coder):
    text = ("In July Washington imposed sanctions on seven Russian institutes that it accused of helping Iran, "
            "and Moscow dismissed the charges as groundless.")
    events = coded(coder, text, published=date(1998, 12, 21))
    assert ("RUS", "USA") in countries(events, "REJECT")
    text = "Clinton arrived in Moscow to meet Yeltsin. The American president urged his host not to abandon economic reform."
    events = coded(coder, text, published=date(1998, 9, 1))
    assert ("USA", "RUS") in countries(events, "REQUEST")


def test_condemning_the_operation_answers_its_authors(coder):
    text = ("American and British warplanes struck targets across Iraq. President Boris Yeltsin condemned the operation "
            "as a violation of the UN Charter.")
    events = coded(coder, text, published=date(1998, 12, 21))
    assert {e.target.country for e in events if e.plover_event == "ACCUSE"} & {"USA", "GBR"}


def test_an_expulsion_is_aimed_at_the_expelled_not_the_place(coder):
    events = coded(coder, "NATO expelled two Russian diplomats from its headquarters in Brussels.", published=date(2009, 12, 17))
    assert {(e.source.code, e.target.country) for e in events} == {("IGOWSTNAT", "RUS")}
