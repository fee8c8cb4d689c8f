"""Context rules: decisions about a coded candidate that need its resolved actors, the
event's place or the events the article has coded so far.

They run in ``Coder._code_doc`` after actor resolution, each a small named function:
who a reaction answers (``_answer_to_earlier``), whether an event noun was told before
(``_told_before``), verbal versus armed clashes, joint exercises and troop arrivals,
local groups at the event's place (``_localise``), states of the article's day
(``_as_of``) and the place as recipient (``_place_as_target``). Each is tested in
tests/test_context_rules.py.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from detente.extract.candidates import Candidate
from detente.extract.vocabulary import RESPONSE_LEMMAS
from detente.model import Actor, Event, Place
from detente.resolve.actors.phrase import ETHNIC_STEP
from detente.resolve.focus import FOCUS_STEP, role_agent


@dataclass(frozen=True)
class CodedCandidate:
    """A candidate after coding and actor resolution: what ``explain`` shows."""

    candidate: Candidate
    cameo: str
    rule: str
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    outcome: str  # "coded" or why it was dropped
    events: tuple[Event, ...] = ()


PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
# Codes whose recipient's seat is where the event happens ("visited Moscow").
VISIT_CODES = {"042", "043"}
# Roots where, with no recipient named, the country where it happened is the recipient:
# protests, force postures, coercion and violence are aimed at that country's people or
# government ("Kurds demonstrated in Kirkuk" -> IRQ, "imposed a curfew in Cizre" -> TUR).
PLACE_TARGET_ROOTS = {"07", "08", "14", "15", "17", "18", "19", "20"}  # 07: aid delivered somewhere is for it
# Domestic acts: with no recipient and no place, protests and repression are aimed at the
# source's own country ("Algerians blocked roads" -> DZA; "police arrested 12" -> their own).
OWN_COUNTRY_ROOTS = {"14", "17"}
# easing administrative rule (curfews, emergency, bans on parties) is addressed to the
# country's own people
OWN_COUNTRY_CODES = {"081"}
# a concession by a domestic body (a court, a union, a ministry) yields to its own country
CONCESSION_CODES = ("080", "081", "082", "083")
DOMESTIC_AGENTS = {"GOV", "JUD", "LAB", "LEG", "OPP", "PTY", "COP", "MIL", "REB", "EDU", "MED", "BUS", "REL", "CVL"}


def _localise(coded: CodedCandidate, place: Place | None) -> CodedCandidate:
    """An unnamed group at the event's place is local: "attacked rebels in Kirkuk" -> IRQREB.

    Only actors whose country was a guess from the article's focus are changed."""
    if place is None or not place.country:
        return coded

    def fix(actor: Actor) -> Actor:
        if actor.code is None and actor.text == "(unnamed)":
            # "a roadside bomb near Samarra killed ...": unidentified armed men of that
            # country (CAMEO's UAF), as ICEWS and the PLOVER gold code such perpetrators
            return replace(actor, code=place.country + "UAF", country=place.country, agent="UAF",
                           path=actor.path + (f"unidentified attackers at the event's place: {place.name} -> {place.country}",))
        if actor.country and actor.country != place.country and any(step.startswith(ETHNIC_STEP) for step in actor.path):
            # "ethnic Albanians demonstrated in Serbia": a people is coded where it lives
            return replace(actor, code=place.country + (actor.agent or ""), country=place.country,
                           path=actor.path + (f"living at the event's place: {place.name} -> {place.country}",))
        agent = role_agent(actor) if actor.code is None else None
        if agent and agent not in TRAVELLING_AGENTS:
            # "government troops clashed with rebels near Grozny": local groups
            return replace(actor, code=place.country + agent, country=place.country, agent=agent,
                           path=actor.path + (f"country from the event's place: {place.name} -> {place.country}",))
        if not actor.path or not actor.path[-1].startswith(FOCUS_STEP) or actor.country == place.country:
            return actor
        return replace(actor, code=place.country + (actor.agent or ""), country=place.country,
                       path=actor.path[:-1] + (f"country from the event's place: {place.name} -> {place.country}",))

    return replace(coded, sources=tuple(fix(a) for a in coded.sources), targets=tuple(fix(a) for a in coded.targets))


# Roots whose recipients are victims at the event's place ("killed three soldiers near
# Ayacucho"); elsewhere an unplaced object is the actor's own ("massed troops").
VICTIM_ROOTS = {"17", "18", "19", "20"}
# Officials travel: "the commerce secretary" in Beijing is not Chinese. Troops, police,
# rebels and crowds at an event's place are local.
TRAVELLING_AGENTS = {"GOV", "ELI", "LEG", "JUD", "MED", "BUS", "NGO", "IGO", "EDU"}
# Agents that fight; a clash between any others is a quarrel, not a battle.
ARMED_AGENTS = {"MIL", "REB", "INS", "COP", "UAF", "SPY", "SEP"}
POLITICAL_AGENTS = {"GOV", "ELI", "LEG", "JUD", "OPP", "PTY", "MED"}
CLASH_LEMMAS = {"clash", "spar", "quarrel", "feud", "wrangle"}


EXERCISE_NOUNS = {"exercise", "drill", "game", "manoeuvre", "maneuver", "wargame"}
TROOP_WORDS = ("troop", "soldier", "force", "peacekeep", "contingent", "battalion", "unit", "deployment", "marine")


def _military_movement(candidate: Candidate, cameo: str, rule: str, sources, targets) -> tuple[str, str]:
    """Two readings that depend on who acts. Exercises held by two countries together are
    military cooperation (062), not a show of force; troops "arriving in" a country are
    deployed there (peacekeepers: 074 protection; others: 154 mobilisation), not on a
    diplomatic visit (042)."""
    # the event noun, also when a light verb carries it ("launched war games": noun:game.war)
    lemma = rule.split(":")[1].split(".")[0] if rule.startswith("noun:") else candidate.predicate.lemma_.lower()
    if cameo[:2] == "15" and lemma in EXERCISE_NOUNS:
        countries = {a.country for a in sources + targets if a.country}
        if len(countries) >= 2:
            return "062", rule + ":joint"
    if cameo == "062" and lemma == "train" and not any(t.country and t.country not in {a.country for a in sources} for t in targets):
        # "North Korea has trained 500 hackers": training one's own forces readies them
        return "154", rule + ":own-forces"
    if cameo in VISIT_CODES and sources:
        text = " ".join(a.text.lower() for a in sources)
        if all(a.agent == "MIL" or a.code and a.code.endswith("PKO") for a in sources) or any(w in text for w in TROOP_WORDS):
            if "peacekeep" in text or any(a.code and a.code.endswith("PKO") for a in sources):
                return "074", rule + ":peacekeeping"
            return "154", rule + ":deployment"
    return cameo, rule


def _verbal_clash(candidate: Candidate, cameo: str, actors: tuple[Actor, ...]) -> bool:
    """ "The two governments clashed over Chechnya": a disagreement (110), where
    "troops clashed with rebels" is fighting (190). Read from who clashes and over what."""
    if cameo[:2] != "19" or candidate.predicate.lemma_.lower() not in CLASH_LEMMAS:
        return False
    agents = {a.agent for a in actors if a.resolved}
    if agents & ARMED_AGENTS:
        return False
    topical = any(c.dep_ == "prep" and c.lower_ in {"over", "about", "on"} for c in candidate.predicate.children)
    return bool(agents & POLITICAL_AGENTS) or topical


# Definite nouns that name an earlier event of the story ("welcomed the proposal",
# "rejected the criticism") -> the CAMEO roots that event can have.
COOPERATIVE = frozenset({"02", "03", "04", "05", "06", "07", "08"})
EARLIER_EVENT_NOUNS = {
    **dict.fromkeys(["proposal", "offer", "initiative", "plan", "overture", "invitation", "idea"], COOPERATIVE),
    **dict.fromkeys(["criticism", "accusation", "charge", "allegation", "condemnation", "remark", "comment",
                     "statement", "rebuke", "pressure"], frozenset({"11", "12", "09", "10", "02", "13"})),
    **dict.fromkeys(["warning", "threat", "ultimatum"], frozenset({"13"})),
    **dict.fromkeys(["demand", "call", "appeal", "request"], frozenset({"02", "10"})),
    **dict.fromkeys(["decision", "move", "step", "action", "act"],
                    frozenset({"03", "05", "06", "07", "08", "12", "13", "15", "16", "17", "18", "19", "20"})),
    **dict.fromkeys(["attack", "assault", "invasion", "incursion", "offensive", "campaign", "operation"], frozenset({"19", "20"})),
    # weapons of war, not expulsions or massacres (20): "condemned the bombing" is NATO's
    **dict.fromkeys(["shelling", "bombing", "raid", "strike", "airstrike", "bombardment"], frozenset({"19"})),
    **dict.fromkeys(["annexation", "occupation", "seizure", "takeover", "capture"], frozenset({"17", "19", "20"})),
    **dict.fromkeys(["killing", "shooting", "massacre", "kidnapping", "abduction"], frozenset({"18", "19", "20"})),
    **dict.fromkeys(["arrest", "arrests", "crackdown", "detention", "expulsion"], frozenset({"17"})),
    **dict.fromkeys(["ban"], frozenset({"16", "17"})),
    **dict.fromkeys(["sanction", "embargo", "tariff", "tariffs", "boycott", "blockade"], frozenset({"16"})),
    **dict.fromkeys(["release", "return", "withdrawal", "pullout", "handover"], frozenset({"08", "03"})),
    **dict.fromkeys(["accord", "agreement", "deal", "treaty", "pact", "settlement"], frozenset({"03", "06"})),
}
# What a verdict on "it" may judge: criticism judges conflict, praise cooperation.
VERDICT_ROOTS = {"11": frozenset({"12", "13", "14", "15", "16", "17", "18", "19", "20"}),
                 "05": frozenset({"03", "04", "06", "07", "08"})}  # praise is of acts, not of others' praise
AGREEMENT_NOUNS = {"accord", "agreement", "deal", "treaty", "pact", "settlement"}
ANSWERED_ROOTS = frozenset({"02", "03", "04", "05", "06", "07", "08", "10", "11", "12", "13", "16"})
ANSWERING_VERBS = {"retaliate", "respond", "reply", "react", "counter"}
DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}
NO_RECIPIENT = "dropped: statement without a recipient"


def _same_actor_text(actor: Actor, others) -> bool:
    return any(actor.code == o.code and actor.name == o.name for o in others)


def _told_before(coded: CodedCandidate, events: list[Event]) -> bool:
    """ "retaliate against the American sanctions": a definite event noun naming an event
    the story has coded already (same kind, same source country) is no new event."""
    noun = coded.candidate.predicate
    if coded.candidate.construction != "noun" or not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children):
        return False
    countries = {a.country for a in coded.sources if a.country}
    return any(e.cameo[:2] == coded.cameo[:2] and e.source.country in countries for e in events)


def _answer_to_earlier(coded: CodedCandidate, events: list[Event]) -> CodedCandidate:
    """ "The White House welcomed the proposal": a reaction to an event told before; its
    recipient is who made that proposal (the latest event of a fitting kind by another)."""
    predicate = coded.candidate.predicate
    # "the occupation was condemned by ...": the passive subject is what is answered
    nouns = [c for c in predicate.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [g for c in predicate.children if c.dep_ == "prep" and c.lower_ in ("to", "against", "on")
              for g in c.children if g.dep_ == "pobj"]
    countries = {a.country for a in coded.sources if a.country}
    complement = coded.candidate.complement
    # "vowed to retaliate", "reserved the right to retaliate"
    named_answers = [complement] if complement is not None else []
    named_answers += [c for o in predicate.children if o.dep_ == "dobj" for c in o.children if c.dep_ in ("acl", "relcl")]
    answering = predicate.lemma_.lower() in ANSWERING_VERBS or any(c.lemma_.lower() in ANSWERING_VERBS for c in named_answers)
    if answering or coded.rule.startswith("verb:return.fire"):
        # ... and "vowed to retaliate", "threatened to respond": a threat answers too
        # "Beijing retaliated with duties": against whoever struck last
        for event in reversed(events):
            if "11" <= event.cameo[:2] <= "20" and event.source.resolved and event.source.country not in countries:
                target = replace(event.source, span=None, path=event.source.path + (
                    f"answered: event {event.cameo} of sentence {event.sentence_index}",))
                return replace(coded, targets=(target,), outcome="coded")
        return coded
    relative = (predicate.dep_ == "relcl" and any(n.lower_ in ("that", "which") for n in nouns)) or (
        predicate.dep_ in ("relcl", "acl") and not nouns and predicate.head.lemma_.lower() in EARLIER_EVENT_NOUNS)
    if relative:  # "a proposal that Moscow has rejected": the noun the clause hangs on
        nouns = [predicate.head]
    for noun in nouns:
        if noun.lower_ in ("it", "this", "that") and (coded.candidate.construction == "verdict"
                                                       or predicate.lemma_.lower() in RESPONSE_LEMMAS):
            # "Ban called it an illegal act": a verdict on a pronoun judges the last act told;
            # "Damascus accepted it": the last proposal, demand or offer
            if coded.candidate.construction == "verdict":
                roots = VERDICT_ROOTS["11" if coded.cameo.startswith("11") else "05"]
            else:
                roots = ANSWERED_ROOTS
            for event in reversed(events):
                if event.cameo[:2] in roots and event.source.resolved and event.source.country not in countries:
                    target = replace(event.source, span=None, path=event.source.path + (
                        f"whose act '{noun.text}' is judged: event {event.cameo} of sentence {event.sentence_index}",))
                    return replace(coded, targets=(target,), outcome="coded")
            return coded
        roots = EARLIER_EVENT_NOUNS.get(noun.lemma_.lower())
        determiners = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss")}
        if roots is None or not (relative or determiners & (DEFINITE_DETERMINERS | {"its", "his", "her", "their"})):
            continue
        # "condemned the bus attack": the attack whose sentence names the bus, whoever made it
        marks = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" and len(c.text) > 2}
        violent = roots | ({"17", "18"} if roots & {"19", "20"} else set())  # "blew up a bus" is an attack on it
        for event in events:  # the first told: later sentences refer back to it ("after the bus attack")
            if marks and event.cameo[:2] in violent and event.source.resolved and any(
                    f" {m}" in event.sentence.lower() for m in marks) and not _same_actor_text(event.source, coded.sources):
                target = replace(event.source, span=None, path=event.source.path + (
                    f"whose '{noun.text}': event {event.cameo} of sentence {event.sentence_index}",))
                return replace(coded, targets=(target,), outcome="coded")
        agreement = noun.lemma_.lower() in AGREEMENT_NOUNS
        for event in reversed(events):
            source = event.source
            if agreement and not any(w in event.evidence.rule for w in ("agree", "deal", "accord", "treaty", "sign")):
                continue  # "condemned the accord": the one reached or signed, not a pledge beside it
            if event.cameo[:2] in roots and source.resolved and source.country not in countries:
                target = replace(source, span=None, path=source.path + (
                    f"who made '{noun.text}': event {event.cameo} of sentence {event.sentence_index}",))
                return replace(coded, targets=(target,), outcome="coded")
        return coded
    return coded


def _author_over_content(coded: CodedCandidate, events: list[Event]) -> CodedCandidate:
    """ "praised the ban on Chinese apps": a verdict on a definite act told before is about
    its author, not about what the act was about."""
    if coded.cameo[:2] not in ("05", "11", "12") or not coded.targets:
        return coded
    for noun in (c for c in coded.candidate.predicate.children if c.dep_ == "dobj"):
        inside = range(noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text))
        if noun.lemma_.lower() in EARLIER_EVENT_NOUNS and all(t.span and t.span[0] in inside and t.span[0] != noun.left_edge.idx
                                                           for t in coded.targets):
            answered = _answer_to_earlier(replace(coded, targets=()), events)
            if answered.targets:
                return answered
    return coded


# States that did not exist yet on a date, and the state their territory belonged to then.
SUCCESSIONS = {"SSD": ("SDN", date(2011, 7, 9)), "ERI": ("ETH", date(1993, 5, 24))}


def _as_of(coded: CodedCandidate, place: Place | None, day: date) -> tuple[CodedCandidate, Place | None]:
    """Juba before July 2011 was in Sudan: places and actors take the state of their day."""

    def older(country: str | None) -> str | None:
        if country in SUCCESSIONS and day < SUCCESSIONS[country][1]:
            return SUCCESSIONS[country][0]
        return None

    def fix(actor: Actor) -> Actor:
        before = older(actor.country)
        if before is None:
            return actor
        return replace(actor, country=before, code=before + (actor.code or "")[3:],
                       path=actor.path + (f"{actor.country} did not exist on {day.isoformat()}: {before}",))

    if place is not None and older(place.country):
        place = replace(place, country=older(place.country))
    return replace(coded, sources=tuple(map(fix, coded.sources)), targets=tuple(map(fix, coded.targets))), place


def _place_as_target(coded: CodedCandidate, place: Place | None) -> CodedCandidate:
    if coded.targets or (coded.candidate.reciprocal and len(coded.sources) > 1):
        return coded
    # only for a verb: "the Israeli raid" (a noun) names its author, not a domestic act
    conceding = coded.cameo[:3] in CONCESSION_CODES and all(a.agent in DOMESTIC_AGENTS for a in coded.sources)
    if (place is None or not place.country) and (coded.cameo[:2] in OWN_COUNTRY_ROOTS or coded.cameo[:3] in OWN_COUNTRY_CODES or conceding) and coded.candidate.predicate.pos_ in {"VERB", "AUX"}:
        countries = {a.country for a in coded.sources if a.country}
        if len(countries) == 1:
            (country,) = countries
            target = Actor(text="(own country)", code=country, country=country,
                           path=(f"domestic act without a named recipient: the source's own country {country}",))
            return replace(coded, targets=(target,))
        return coded
    if place is None or not place.country or coded.cameo[:2] not in PLACE_TARGET_ROOTS:
        return coded
    target = Actor(text=place.expression or place.name, name=place.name, code=place.country,
                   country=place.country, path=(f"place of the event: {place.name} -> {place.country}",))
    return replace(coded, targets=(target,))


def _guessed(actor: Actor) -> bool:
    return bool(actor.path) and actor.path[-1].startswith(FOCUS_STEP)
