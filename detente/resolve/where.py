"""Where did an event happen? Place phrases tied to events through the parse.

::

    places = PlaceResolver()                               # gazetteer loaded lazily, once
    doc_places = places.for_document(doc, focus_countries=["RUS", "USA"])
    place = doc_places.where(predicate, actor_tokens={3, 4})   # -> Place | None
    doc_places.describe(predicate)                         # -> str, for `detente explain`

A place phrase is the object of a locative preposition ("talks *in Washington*", "*near
Basra*", "arrived *in Damascus*"), of "to" after a word of travel ("visit *to Moscow*"), or
the object of "visit"/"tour"/"reach" ("visited *Moscow*"). "the northern city of Kirkuk" is
read as Kirkuk. A phrase belongs to the first predicate its head chain reaches (see
``time_attach``). Subjects, objects and possessors are never places: "Moscow accused ..."
and "Russia's foreign minister" name actors. Tokens the caller says are actors are skipped
too. Without a place of its own an event takes its governing or conjoined predicate's
place, then the place of the episode it continues (at most two sentences back, and only
while no new time expression starts another episode), else None.

Names resolve offline (``gazetteer``): countries first ("in Iraq" is the country, never a
town called Iraq), then cities by population, with a strong preference for the article's
focus countries ("Paris" in a story about France and Russia is not Paris, Texas).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from detente.model import Place
from detente.resolve import time_attach as attach
from detente.resolve.gazetteer import Gazetteer, Match, default_gazetteer, normalise_name
from detente.resolve.time_expressions import find_time_mentions

__all__ = ["PlaceResolver", "DocumentPlaces"]

_LOCATIVE_PREPS = {"in", "near", "at", "outside", "inside", "into", "across", "throughout", "around", "within", "towards", "toward"}
_TRAVEL_WORDS = {
    "visit", "trip", "travel", "journey", "fly", "go", "come", "return", "arrive", "head",
    "tour", "mission", "move", "deploy", "send", "dispatch", "march", "flee", "drive", "sail",
    "advance", "withdraw", "pilgrimage", "voyage", "delegation", "expedition",
}  # fmt: skip
_VISIT_VERBS = {"visit", "tour", "reach", "enter", "invade", "occupy", "raid", "storm", "shell", "bomb", "pound", "bombard",
                "besiege", "blockade", "encircle", "overrun", "capture", "seize", "retake", "recapture", "liberate"}
_PLACE_NOUNS = {
    "city", "town", "village", "capital", "province", "region", "district", "port",
    "area", "suburb", "outskirts", "state", "republic", "enclave", "territory", "county",
    "neighbourhood", "neighborhood", "border", "center", "centre", "heart", "streets",
    "sector", "quarter", "zone", "part", "parts", "districts", "provinces", "areas",
}  # fmt: skip
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_NOT_PLACE_LABELS = {"NORP", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "EVENT", "LAW", "LANGUAGE", "WORK_OF_ART"}
_FROM_WORDS = {
    "evacuate", "evacuation", "withdraw", "withdrawal", "expel", "expulsion", "retreat", "pull",
    "flee", "ship", "rescue", "deport", "deportation", "oust", "drive", "airlift", "release",
}  # fmt: skip
_EPISODE_REACH = 2


@dataclass(frozen=True)
class _PlaceMention:
    """A place phrase in a sentence, resolved (or not), with the word that introduced it."""

    tokens: Span  # the name
    head: Token  # the token whose head chain ties the phrase to a predicate
    via: str  # "in", "to", "visit", ...
    place: Place | None


@dataclass(frozen=True)
class _Decision:
    place: Place | None
    reason: str


# States that were one state within living memory: a story about one is often set in another.
FORMER_UNIONS = (
    frozenset({"YUG", "SRB", "KOS", "MNE", "BIH", "HRV", "MKD", "SVN"}),
    frozenset({"SDN", "SSD"}),
    frozenset({"ETH", "ERI"}),
    frozenset({"IDN", "TLS"}),
)


class PlaceResolver:
    """Resolves place phrases against a gazetteer; build once per process."""

    def __init__(self, *, gazetteer: Gazetteer | None = None, organisations: Collection[str] = ()) -> None:
        """``organisations``: lower-case names of bodies ("hamas"); a city whose alternate
        name it is (Hamm, once "Hamas") is not found by it."""
        self._gazetteer = gazetteer
        self._organisations = frozenset(organisations)

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = default_gazetteer()
        return self._gazetteer

    def for_document(
        self,
        doc: Doc,
        focus_countries: Iterable[str] = (),
        *,
        actor_countries: Iterable[str] = (),
    ) -> "DocumentPlaces":
        """Per-article place finder. ``focus_countries`` (ISO3) steer ambiguous names.

        ``actor_countries`` is accepted as another name for the same thing (the name the
        architecture page uses).
        """
        focus = {c.upper() for c in [*focus_countries, *actor_countries] if c}
        # a story about one part of a former union is about its territory ("Serbian police
        # burned villages around Pec": Pec in Kosovo, not Pecs in Hungary)
        focus |= {member for union in FORMER_UNIONS if focus & union for member in union}
        return DocumentPlaces(doc, self, focus=frozenset(focus))

    def resolve_name(self, name: str, *, focus: Collection[str] = (), expression: str | None = None) -> Place | None:
        """The best gazetteer entry for a name as a Place, or None when it is unknown."""
        matches = self.gazetteer.lookup(name)
        if normalise_name(name) in self._organisations:
            matches = [m for m in matches if m.primary]
        if not matches:
            return None
        best = max(matches, key=lambda m: _score(m, focus))
        entry = best.entry
        return Place(
            name=entry.name, country=entry.country, admin1=entry.admin1, lat=entry.lat, lon=entry.lon,
            geonameid=entry.geonameid, feature=entry.feature, expression=expression or name,
        )  # fmt: skip


def _score(match: Match, focus: Collection[str]) -> float:
    """Countries beat everything (a country name is never a town); then focus, size, name."""
    entry = match.entry
    score = {"country": 100.0, "city": 0.0, "region": 0.0}.get(entry.feature, 0.0)
    score += math.log10(entry.population + 1) if entry.feature == "city" else 5.0
    # Worth a factor of 100 in population: Tripoli, Lebanon in a Lebanese story, but
    # never Paris, Texas over Paris, France because the story mentions the United States.
    score += 2.0 if entry.country in focus else 0.0
    # an alternate name is often a historic or foreign one (Salisbury was Harare)
    score += 3.0 if match.primary else 0.0
    score += 1.0 if entry.capital else 0.0
    return score


_CONTINUATION_ADVERBS = {"also", "later", "then", "afterwards", "afterward", "subsequently", "again"}


def _continues(predicate: Token) -> bool:
    """Does this clause visibly continue the story before it ("He also met ...")?

    Places are inherited far more cautiously than dates: an event with no place is
    valid, a wrong place is not. A pronoun subject or a continuation adverb is the signal.
    """
    verb = attach.verbal_anchor(predicate)
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "PRON" and child.lower_ not in ("it", "this", "that"):
            return True
        if child.dep_ == "advmod" and child.lower_ in _CONTINUATION_ADVERBS:
            return True
    return False


class DocumentPlaces:
    """Event places for one article; see the module docstring for the rules."""

    def __init__(self, doc: Doc, resolver: PlaceResolver, *, focus: frozenset[str]) -> None:
        self.doc = doc
        self._resolver = resolver
        self.focus = focus | self._countries_named(doc)
        self._sentences = list(doc.sents)
        self._sentence_of = {sent.start: n for n, sent in enumerate(self._sentences)}
        self._mentions: dict[int, list[_PlaceMention]] = {}
        self._new_episode = [bool(find_time_mentions(sent.text)) for sent in self._sentences]

    def _countries_named(self, doc: Doc) -> frozenset[str]:
        """Countries the article names outright: weak evidence of what it is about."""
        named = set()
        for ent in doc.ents:
            if ent.label_ == "GPE":
                matches = self._resolver.gazetteer.lookup(ent.text)
                if matches and matches[0].entry.feature == "country" and matches[0].entry.country:
                    named.add(matches[0].entry.country)
        return frozenset(named)

    # -- finding place phrases --

    def mentions(self, sent: Span) -> list[_PlaceMention]:
        """Every place phrase in a sentence (cached)."""
        if sent.start not in self._mentions:
            self._mentions[sent.start] = list(self._find(sent))
        return self._mentions[sent.start]

    def _find(self, sent: Span) -> Iterable[_PlaceMention]:
        seen: set[int] = set()
        for token in sent:
            via = self._introducer(token)
            if via is None:
                continue
            name = self._name_span(token)
            if name is None or name.start in seen:
                continue
            seen.add(name.start)
            place = self._resolver.resolve_name(name.text, focus=self.focus, expression=name.text)
            yield _PlaceMention(tokens=name, head=token, via=via, place=place)

    @staticmethod
    def _introducer(token: Token) -> str | None:
        """The word that makes ``token`` a place phrase, or None."""
        head = token.head
        if token.dep_ == "pobj" and head.dep_ in ("prep", "dative"):
            prep = head.lower_
            if prep == "of" and head.head.lower_ in ("outside", "inside", "north", "south", "east", "west"):
                prep = head.head.lower_ if head.head.lower_ in _LOCATIVE_PREPS else "near"
            if prep in _LOCATIVE_PREPS:
                return prep
            if prep == "to" and head.head.lemma_.lower() in _TRAVEL_WORDS:
                return "to"
            # Where something is evacuated or withdrawn from is where it happened.
            if prep == "from" and head.head.lemma_.lower() in _FROM_WORDS:
                return "from"
            return None
        if token.dep_ == "dobj" and head.lemma_.lower() in _VISIT_VERBS:
            return head.lemma_.lower()
        return None

    @staticmethod
    def _name_span(token: Token) -> Span | None:
        """The proper name a place phrase names.

        "Washington"; "the city of Kirkuk", "the eastern town in Soroti", "the capital
        Kabul" -> the name; "a West Bank refugee camp" -> West Bank.
        """
        if token.pos_ == "NOUN":
            if token.lower_ in _PLACE_NOUNS:
                for child in token.children:
                    if child.dep_ == "prep" and child.lower_ in ("of", "in"):
                        for grandchild in child.children:
                            if grandchild.dep_ == "pobj" and grandchild.pos_ == "PROPN":
                                # "the town of Samarra": the frame says it is a place,
                                # whatever label the tagger gave the name (NORP here)
                                return DocumentPlaces._name_span_of_proper(grandchild, framed=True)
                    if child.dep_ == "appos" and child.pos_ == "PROPN":
                        return DocumentPlaces._name_span_of_proper(child)
            right = [c for c in token.children if c.dep_ in ("appos", "npadvmod") and c.pos_ == "PROPN" and c.i == token.i + 1]
            if token.lower_ in _PLACE_NOUNS and right:
                return DocumentPlaces._name_span_of_proper(right[0])
            compounds = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if compounds:
                return DocumentPlaces._name_span_of_proper(compounds[-1])
            return None
        return DocumentPlaces._name_span_of_proper(token) if token.pos_ == "PROPN" or token.ent_type_ in _PLACE_LABELS else None

    @staticmethod
    def _name_span_of_proper(token: Token, *, framed: bool = False) -> Span | None:
        """The whole name around ``token``: its entity, else its run of proper-noun compounds.

        Entities with a non-place label are still tried when the parse put them in a
        locative phrase (the small model often calls a town a PERSON or an ORG); the
        gazetteer decides. Dates and numbers never are.
        """
        doc = token.doc
        if token.ent_type_:
            for ent in doc.ents:
                if ent.start <= token.i < ent.end:
                    vetoed = _NOT_PLACE_LABELS - ({"NORP", "EVENT", "WORK_OF_ART"} if framed else set())
                    return None if ent.label_ in vetoed else ent
        if token.pos_ != "PROPN":
            return None
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
        return doc[start : token.i + 1]

    # -- queries --

    def where(self, predicate: Token, actor_tokens: Collection[int] = frozenset()) -> Place | None:
        """The place of the event whose predicate is ``predicate``, or None."""
        return self._decide(predicate, frozenset(actor_tokens)).place

    def describe(self, predicate: Token, actor_tokens: Collection[int] = frozenset()) -> str:
        """Which phrase gave the place and why, in one line."""
        decision = self._decide(predicate, frozenset(actor_tokens))
        place = decision.place
        if place is None:
            return f"no place: {decision.reason}"
        where = f"{place.name} ({place.feature}, {place.country}, geonameid {place.geonameid})"
        return f"{where} from {place.expression!r}: {decision.reason}"

    def _usable(self, sent: Span, actors: frozenset[int]) -> list[_PlaceMention]:
        # An actor token is never a place in an argument position ("visited Moscow" with
        # Moscow the target). Behind a locative preposition it is both: "sought refuge in
        # Germany" happened in Germany even when Germany is also coded as the target, and
        # "the Red Crescent in Bam" acted in Bam (both so in the PLOVER gold records).
        return [
            m for m in self.mentions(sent)
            if m.place is not None
            and not (m.via in _VISIT_VERBS and any(t.i in actors for t in m.tokens))
        ]  # fmt: skip

    @staticmethod
    def _attached(mentions: list[_PlaceMention], predicate: Token) -> list[_PlaceMention]:
        out = []
        for m in mentions:
            if m.head.i == predicate.i:
                continue  # "visited Moscow" asked about "Moscow" itself
            start = m.head if m.via in _VISIT_VERBS else m.head.head  # the preposition or the verb
            above = attach.first_predicate(start, target=predicate, inclusive=True)
            if above is not None and above.i == predicate.i:
                out.append(m)
        # The most specific place first (a city over its country), then the nearest.
        rank = {"city": 0, "region": 1, "country": 2}
        return sorted(out, key=lambda m: (rank.get(m.place.feature, 3), abs(m.head.i - predicate.i)))  # type: ignore[union-attr]

    def _decide(self, predicate: Token, actors: frozenset[int]) -> _Decision:
        sent = predicate.sent
        usable = self._usable(sent, actors)
        unresolved = [m.tokens.text for m in self.mentions(sent) if m.place is None]
        own = self._attached(usable, predicate)
        if own:
            return _Decision(own[0].place, f"{own[0].via!r} phrase tied to {predicate.text!r} through the parse")
        for noun in _event_nouns_of(predicate):
            # "a roadside bombing near Samarra killed ...", "killed in an explosion in
            # Beirut": the place hangs on the noun that names how it happened
            theirs = self._attached(usable, noun)
            if theirs:
                return _Decision(theirs[0].place, f"from {noun.text!r}, the act named beside {predicate.text!r}")
        for above in attach.governing_predicates(predicate):
            if attach.is_speech(above):
                break  # where a source spoke is not where the reported event happened
            theirs = self._attached(usable, above)
            if theirs:
                return _Decision(theirs[0].place, f"from the governing predicate {above.text!r}")
        for sibling in attach.conjoined_predicates(predicate):
            theirs = self._attached(usable, sibling)
            if theirs:
                return _Decision(theirs[0].place, f"shared with the conjoined predicate {sibling.text!r}")
        if unresolved:
            return _Decision(None, f"place phrase(s) not in the gazetteer: {', '.join(unresolved)}")
        if attach.tense(predicate) in ("present", "future"):
            return _Decision(None, "no place phrase (present or future tense: no episode place)")
        episode = self._episode_place(sent) if _continues(predicate) else None
        if episode is not None:
            return episode
        return _Decision(None, "no place phrase tied to this event")

    def _episode_place(self, sent: Span) -> _Decision | None:
        index = self._sentence_of.get(sent.start)
        if index is None or self._new_episode[index]:
            return None
        for back in range(1, _EPISODE_REACH + 1):
            earlier_index = index - back
            if earlier_index < 0:
                return None
            earlier = self._sentences[earlier_index]
            candidates = [
                m for m in self._usable(earlier, frozenset())
                if (p := attach.first_predicate(m.head, inclusive=False)) is not None and not attach.is_speech(p)
            ]  # fmt: skip
            if candidates:
                return _Decision(candidates[0].place, f"continues the episode placed by {candidates[0].tokens.text!r}")
            if self._new_episode[earlier_index]:
                return None
        return None


def _event_nouns_of(predicate: Token) -> list[Token]:
    """Common nouns that are the predicate's subject or the object of one of its
    prepositions: where an attack is reported through its instrument or manner."""
    found = []
    for child in predicate.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN":
            found.append(child)
        elif child.dep_ in ("prep", "agent"):
            found.extend(g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN")
    return found
