"""The article's focus country, for actors that carry a role but no country.

"President Dos Santos conceded ...", "officials said", "the rebels": the title or agent
noun tells *what* the actor is, the text does not say *whose*. News stories name their
country nearby, so such an actor takes the country the article mentions most (first
mention breaks ties). The path says so ("country from the article's focus: AGO"), so the
guess is always visible; without any country in the article the actor stays unresolved.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from detente.model import Actor

FOCUS_STEP = "country from the article's focus"
_AGENT = re.compile(r"^agent: '[^']+' -> ([A-Z]{3})$")
_TITLE = re.compile(r"^title: ([a-z .'-]+) \(no country\)$")
_TITLE_AGENTS = {"judge": "JUD", "justice": "JUD", "general": "MIL", "gen.": "MIL", "colonel": "MIL", "commander": "MIL",
                 "senator": "LEG", "sen.": "LEG", "congressman": "LEG", "congresswoman": "LEG", "representative": "LEG"}
# Titles and nouns of one country's institutions: in an article that names that country,
# a senator or "the administration" is most likely its own, whatever the focus ranking.
HOME_OF_ROLE = {
    "senator": "USA", "congressman": "USA", "congresswoman": "USA", "representative": "USA",
    "administration": "USA", "governor": None,
}
_AGENT_WORD = re.compile(r"^agent: '([^']+)' -> [A-Z]{3}$")
# Agents that belong where the story happens (crowds, police, rebels, soldiers in the field).
LOCAL_AGENTS = {"OPP", "CVL", "REB", "COP", "INS", "UAF", "LAB", "EDU", "REL", "MIL"}
CIVILIAN_AGENTS = {"OPP", "CVL", "LAB", "EDU", "REL"}
_LOCATIVE = {"in", "near", "at", "around", "outside", "inside", "across", "throughout"}
_DATELINE_CITY = re.compile(r"\s*([A-Z][A-Z.'\- ]{2,30}),")
_SKIP_ENTITY_TYPES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "PERSON"}


def role_agent(actor: Actor) -> str | None:
    """The role an unresolved actor's phrase names ("government troops" -> MIL), read
    from its resolution path; None when the phrase names no role."""
    if actor.agent:
        return actor.agent
    for step in actor.path:
        match = _AGENT.match(step)
        if match:
            return match.group(1)
        match = _TITLE.match(step)
        if match:
            return _TITLE_AGENTS.get(match.group(1).split()[-1], "GOV")
    return None


def home_of(actor: Actor) -> str | None:
    """The one country whose institution the actor's title names (senator -> USA), or None."""
    for step in actor.path:
        match = _AGENT_WORD.match(step) or _TITLE.match(step)
        if match:
            words = match.group(1).lower().split()
            return HOME_OF_ROLE.get(words[-1].rstrip("s")) if words else None
    return None


class DocumentFocus:
    """``locate(actor)`` may name the country of a place inside the actor's own phrase
    ("rebels in the northern city of Kirkuk" -> IRQ); it is tried before the focus."""

    def __init__(self, doc, resolve_text, locate=None, *, header: str = "") -> None:
        self.locate = locate
        self._header = header  # the raw text's opening (normalisation blanks the dateline)
        self._doc = doc
        self._resolve_text = resolve_text
        self._ranking: list[str] | None = None  # computed on first need: most actors never ask
        self._scene: list[str] | None = None

    @property
    def ranking(self) -> list[str]:
        """The article's countries, most named first (first mention breaks ties)."""
        if self._ranking is None:
            counts: Counter = Counter()
            first: dict[str, int] = {}
            doc = self._doc
            # named places and peoples; the small model sometimes tags a demonym ("Ugandan")
            # as a person, so capitalised adjectives and one-word PERSON entities are read too
            phrases = [(ent.text, ent.start) for ent in doc.ents if ent.label_ not in _SKIP_ENTITY_TYPES]
            phrases += [(ent.text, ent.start) for ent in doc.ents if ent.label_ == "PERSON" and len(ent) == 1]
            phrases += [(t.text, t.i) for t in doc if t.pos_ == "ADJ" and t.text[:1].isupper() and t.i > 0 and not t.ent_type_]
            for text, start in phrases:
                for actor in self._resolve_text(text):
                    if actor.country:
                        counts[actor.country] += 1
                        first.setdefault(actor.country, start)
            self._ranking = sorted(counts, key=lambda c: (-counts[c], first[c]))
        return self._ranking

    @property
    def scene(self) -> list[str]:
        """Countries where the story happens: its dateline and the places of its events
        ("in Freetown", "near Masiaka"), most frequent first. Crowds, police and rebels
        with no country belong to the scene, not to the country most talked about."""
        if self._scene is None:
            counts: Counter = Counter()
            doc = self._doc
            dateline = _DATELINE_CITY.match(self._header or doc.text)
            if dateline:
                for actor in self._resolve_text(dateline.group(1).title()):
                    if actor.country:
                        counts[actor.country] += 2
            for ent in doc.ents:
                # "sent paratroopers to Sierra Leone" names the scene as well as "in Freetown"
                if ent.label_ in ("GPE", "LOC") and ent.root.dep_ == "pobj" and ent.root.head.lower_ in _LOCATIVE | {"to", "into"}:
                    for actor in self._resolve_text(ent.text):
                        if actor.country:
                            counts[actor.country] += 1
            self._scene = [c for c, _ in counts.most_common()]
        return self._scene

    @property
    def country(self) -> str | None:
        return self.ranking[0] if self.ranking else None

    def apply(self, actor: Actor, *, avoid: frozenset[str] = frozenset()) -> Actor:
        """``avoid``: countries this actor is unlikely to be (a target's guess skips the
        source's own country: "Palestinian bombers killed 23 people" -> not PSE civilians)."""
        if actor.code is not None:
            return actor
        agent = role_agent(actor)
        if agent is None:
            return actor
        located = self.locate(actor) if self.locate else None
        if located:
            country, place = located
            return replace(actor, code=country + agent, country=country, agent=agent,
                           path=actor.path + (f"country from the place in the phrase: {place} -> {country}",))
        home = home_of(actor)
        if home and (home in self.ranking or not self.ranking):  # even the source's own country
            return replace(actor, code=home + agent, country=home, agent=agent,
                           path=actor.path + (f"{FOCUS_STEP}: {home} (the article names it; the title is its institution)",))
        if agent in LOCAL_AGENTS:
            # crowds are where the story is, whoever acts on them; armed men may be foreign
            here = self.scene[0] if self.scene and agent in CIVILIAN_AGENTS else next((c for c in self.scene if c not in avoid), None)
            if here is not None:
                return replace(actor, code=here + agent, country=here, agent=agent,
                               path=actor.path + (f"{FOCUS_STEP}: {here} (where the story happens)",))
        # another country of the article if there is one; a domestic story has only its own
        country = next((c for c in self.ranking if c not in avoid), self.country)
        if country is None:
            return actor
        return replace(actor, code=country + agent, country=country, agent=agent,
                       path=actor.path + (f"{FOCUS_STEP}: {country}",))
