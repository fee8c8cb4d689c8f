"""Per-article actor state: the mentions seen so far, and coreference over them.

No coreference model is available offline, so this is built from the parse and the
document's own mentions (a Hobbs-style search, simplified):

- names: a person named once ("Russian Security Council Secretary Sergei Ivanov") is
  remembered under the full name and the surname, so "Ivanov" later is the same person;
- descriptions: "the Russian official", "the secretary-general", "the minister" go to the
  most recent person whose country (if given) and title or agent agree; "the rebels" to the
  most recent group with that agent;
- pronouns: he/she/his/her -> the most recent person, it/its -> the most recent country or
  organisation, they/their -> the most recent group or pair; within a sentence and then
  sentence by sentence backwards, subjects before other mentions;
- "the two sides", "both countries" -> the dyad in focus: the last pair named together, or
  else the last two different actors.

Whatever is followed is kept in ``Actor.path`` ("coref: 'he' -> Sergei Ivanov (sentence 2)").
"""

from __future__ import annotations

import re

import logging
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from detente.resolve.focus import home_of
from detente.model import Actor, Article
from detente.resolve.actors.phrase import Reading, read_phrase
from detente.resolve.actors.spans import clause_subjects, doc_noun_chunks, mention_spans, offsets
from detente.resolve.actors.words import Word, words_of

if TYPE_CHECKING:
    from detente.resolve.actors.resolver import ActorResolver

log = logging.getLogger(__name__)

PERSON_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
GROUP_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
# First and second person speak from inside a quotation: who they are needs the speaker,
# which the extractor knows and this module does not. Left unresolved, never guessed.
SPEAKER_PRONOUNS = {"i", "me", "my", "we", "us", "our", "you", "your"}
DYAD_PHRASES = {
    " ".join(p.split())
    for p in (
        "the two sides", "both sides", "the sides", "the two countries", "both countries",
        "the two nations", "both nations", "the two governments", "both governments",
        "the two leaders", "both leaders", "the two men", "the two states", "both states",
        "the two neighbours", "the two neighbors", "the two", "the pair", "the two parties",
        "both parties", "the two presidents", "the two ministers", "the two delegations",
        "both delegations", "the two powers", "both powers", "each other", "one another",
    )
}
# Descriptions of international organisations -> the code prefixes they can refer to.
IGO_DESCRIPTIONS = {
    "the alliance": ("IGOWSTNAT",), "the western alliance": ("IGOWSTNAT",), "the atlantic alliance": ("IGOWSTNAT",),
    "the world body": ("IGOUNO",), "the world organisation": ("IGOUNO",), "the world organization": ("IGOUNO",),
    "the bloc": ("IGO",), "the union": ("IGOEUR", "IGOAFR"), "the organisation": ("IGO", "NGO"),
    "the organization": ("IGO", "NGO"), "the agency": ("IGO",), "the watchdog": ("IGOUNOIAE", "NGO", "IGO"),
    "the fund": ("IGOIMF", "IGOUNOIMF"), "the council": ("IGOUNO", "IGOEUR"), "the body": ("IGO",),
    "the commission": ("IGOEUR", "IGO"), "the group": ("IGO", "NGO"),
}
IGO_DESCRIPTIONS.update({"the movement": (), "the party": (), "the service": (), "the militia": ()})
IGO_DESCRIPTIONS.update({key.removeprefix("the "): value for key, value in list(IGO_DESCRIPTIONS.items())})
# ... and the national organisations they may also mean ("the group" after Hamas, "the
# agency" after the FSB), by the agent of the organisation's code.
ORG_DESCRIPTION_AGENTS = {
    "group": {"REB", "INS", "UAF", "OPP", "PTY", "NGO"}, "organisation": {"REB", "INS"},
    "organization": {"REB", "INS"}, "agency": {"SPY"}, "service": {"SPY"},
    "movement": {"REB", "INS", "OPP", "PTY"}, "party": {"PTY", "OPP"}, "militia": {"REB", "INS", "UAF"},
}
# Dyad phrases that can only mean states ("the two governments"), never an IGO.
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout"}
COUNTERPART_WORDS = {"counterpart", "counterparts", "opposite number", "host", "hosts", "guest", "guests", "visitor"}
KOREA_SHORTHAND = {
    "the north": ("PRK",), "north": ("PRK",), "the south": ("KOR",), "south": ("KOR",),
    "both koreas": ("PRK", "KOR"), "the two koreas": ("PRK", "KOR"), "the koreas": ("PRK", "KOR"),
}
# Divided states whose halves the news calls "the North" and "the South".
DIVIDED_STATES = (("PRK", "KOR", "Korea"), ("SDN", "SSD", "Sudan"))
PERSON_PAIR_WORDS = ("leaders", "men", "presidents", "ministers", "premiers", "chancellors", "envoys", "diplomats")
STATE_WORDS = ("government", "countries", "nations", "states", "capitals", "neighbo")
HOMELAND_WORDS = {"country", "nation", "homeland", "state", "motherland"}
POSSESSIVE_PRONOUNS = {"its", "their", "his", "her"}
# "an official", "a state of emergency": introduces someone or something, refers back to none
INDEFINITE_WORDS = {"a", "an", "another", "some", "several", "one"}


@dataclass(frozen=True)
class Mention:
    """A resolved phrase of the document, an antecedent for later phrases."""

    readings: tuple[Reading, ...]
    sentence: int
    start: int  # character offset of the phrase in the document (-1: unknown)
    end: int
    is_subject: bool = False


class DocumentActors:
    """One article's actors; made by ``ActorResolver.new_document``."""

    def __init__(self, resolver: "ActorResolver", article: Article) -> None:
        self._resolver = resolver
        self.article = article
        self.day: date = article.published or date.today()
        self._history: list[Mention] = []  # earlier sentences, oldest first
        self._current: list[Mention] = []  # this sentence, by position
        self._current_sentence: tuple[int, int] | None = None
        self._scanned: set[tuple[int, int]] = set()
        self._names: dict[tuple[str, ...], Reading] = {}
        self._unresolved: list[str] = []
        self._chunk_cache: dict[tuple[int, int], list[Any]] = {}
        self._doc_chunks: tuple[Any, list[Any]] | None = None
        self.sentence_index = 0

    # ---- public interface -------------------------------------------------------------
    @property
    def unresolved(self) -> list[str]:
        """Texts of the phrases given to ``resolve`` that got no code, in order."""
        return list(self._unresolved)

    def resolve(self, span: Any) -> list[Actor]:
        """One Actor per actor in ``span`` (a spaCy Span, or a string); never raises."""
        text = span if isinstance(span, str) else getattr(span, "text", str(span))
        try:
            readings = self._resolve_span(span, record=True)
        except Exception:  # odd text must not stop an article; the phrase stays unresolved
            log.exception("actor resolution failed on %r", text)
            readings = [Reading(actor=Actor(text=text, path=("unresolved: internal error",)))]
        actors = [r.actor for r in readings]
        if not isinstance(span, str):
            actors = [replace(a, text=_as_written(a.text, text)) for a in actors]
        bounds = offsets(span)
        if bounds is not None:
            actors = [a if a.span is not None else replace(a, span=bounds) for a in actors]
        for actor in actors:
            if actor.code is None:
                self._unresolved.append(actor.text)
        return actors

    def observe_sentence(self, sent: Any) -> None:
        """Take in a finished sentence: its mentions become antecedents for later ones."""
        try:
            self._enter_sentence(sent)
            self._scan(sent, upto=None)
        except Exception:
            log.exception("mention scan failed on sentence %r", getattr(sent, "text", sent))
        self._commit()

    # ---- sentences and mentions ---------------------------------------------------------
    def _commit(self) -> None:
        self._history.extend(sorted(self._current, key=lambda m: m.start))
        self._current = []
        self._current_sentence = None
        self.sentence_index += 1

    def _enter_sentence(self, sent: Any) -> None:
        bounds = (sent.start_char, sent.end_char) if hasattr(sent, "start_char") else None
        if bounds is None:
            return
        if self._current_sentence is not None and self._current_sentence != bounds:
            self._commit()  # the caller moved on without observe_sentence: keep what we saw
        self._current_sentence = bounds

    def _scan(self, sent: Any, upto: int | None) -> None:
        """Resolve the noun phrases of ``sent`` before character ``upto`` as mentions."""
        key = (sent.start, sent.end)
        chunks = self._chunk_cache.get(key)
        if chunks is None:  # computed once per sentence: noun chunks are not cheap
            if self._doc_chunks is None or self._doc_chunks[0] is not sent.doc:
                # Span.noun_chunks walks the whole document each time; walk it once
                self._doc_chunks = (sent.doc, doc_noun_chunks(sent.doc))
            inside = [c for c in self._doc_chunks[1] if c.start >= sent.start and c.end <= sent.end]
            chunks = self._chunk_cache[key] = mention_spans(sent, chunks=inside)
        lexicon = self._resolver.lexicon
        for chunk in chunks:
            if upto is not None and chunk.start_char >= upto:
                break
            # a phrase with no name, pronoun or known word can be no one's antecedent ... but
            # a thing that is a clause's subject ("The list gives Doha ten days. It also
            # calls on ...") is what a following "it" most likely means
            if not any(t.pos_ in ("PROPN", "PRON") or lexicon.may_match(t.lower_) or lexicon.may_match(t.lemma_.lower())
                       for t in chunk):
                if chunk.root.dep_ == "nsubj" and chunk.root.tag_ == "NN" and chunk.root.head.dep_ == "ROOT":
                    thing = Reading(actor=Actor(text=chunk.text, path=("a thing, no actor",)), kind="thing")
                    self._add_mention(Mention((thing,), self.sentence_index, chunk.start_char, chunk.end_char, True))
                continue
            bounds = (chunk.start_char, chunk.end_char)
            if bounds in self._scanned or any(m.start == chunk.start_char for m in self._current):
                continue
            root = chunk.root
            if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS and root.ent_type_ in {"FAC", "GPE", "LOC"}:
                # "met at Prague Castle", "talks in Geneva": where things happen, no one's antecedent
                continue
            self._scanned.add(bounds)
            self._resolve_span(chunk, record=False)

    def _add_mention(self, mention: Mention) -> None:
        # the extractor's phrase replaces a scanned one that starts at the same word
        self._current = [m for m in self._current if not (m.start == mention.start and mention.start >= 0)]
        self._current.append(mention)

    # ---- resolution -----------------------------------------------------------------------
    def _resolve_span(self, span: Any, *, record: bool) -> list[Reading]:
        is_text = isinstance(span, str)
        if not is_text and hasattr(span, "sent"):
            self._enter_sentence(span.sent)
            if record:
                self._scan(span.sent, upto=span.start_char)
        words = _trim(words_of(span))
        start = -1 if is_text else getattr(span, "start_char", -1)
        end = -1 if is_text else getattr(span, "end_char", -1)
        if not words:
            return [Reading(actor=Actor(text=span if is_text else span.text, path=("unresolved: empty phrase",)))]
        lowered = " ".join(w.lower for w in words)
        if len(words) == 1 and words[0].lower == "they" and (pair := self._subject_pair(start)):
            readings = pair
        elif len(words) == 1 and _is_pronoun(words[0]):
            readings = [self._pronoun(words[0], start, barred=clause_subjects(span))]
        elif len(words) > 1 and words[0].lower in POSSESSIVE_PRONOUNS and _is_pronoun(words[0]):
            readings = self._possessed(words, start)
        elif len(words) > 1 and words[0].lower == "whose" and (owner := self._relative_owner(span)) is not None:
            readings = self._possessed(words, start, owner)
        elif lowered in KOREA_SHORTHAND and (shorthand := self._shorthand(lowered, " ".join(w.text for w in words), start)):
            readings = shorthand
        elif lowered in DYAD_PHRASES:
            readings = self._dyad(" ".join(w.text for w in words), start)
        elif lowered in IGO_DESCRIPTIONS:
            readings = [self._organisation(" ".join(w.text for w in words), IGO_DESCRIPTIONS[lowered], start)]
        else:
            readings = read_phrase(
                words,
                lexicon=self._resolver.lexicon,
                day=self.day,
                recall=self._names.get,
                country_names=self._resolver.country_names,
            )
            readings = [self._settle(r, start) if r.needs_antecedent else r for r in readings]
        for reading in readings:
            if reading.kind == "person" and reading.actor.code is not None:
                for key in reading.name_keys:
                    if key:
                        self._names.setdefault(key, reading)
        root = None if is_text else getattr(span, "root", None)
        # "Obama and Medvedev met": both are subjects
        is_subject = root is not None and (root.dep_ in ("nsubj", "nsubjpass")
                                           or (root.dep_ == "conj" and root.head.dep_ in ("nsubj", "nsubjpass")))
        if start >= 0 or record:
            self._add_mention(Mention(tuple(readings), self.sentence_index, start, end, is_subject))
        return readings

    def _candidates(self, before: int):
        """Earlier mentions, nearest sentence first; within one, subjects first, then nearest."""
        current = [m for m in self._current if m.start < before or before < 0]
        ordered = sorted(current, key=lambda m: (not m.is_subject, -m.start))
        yield from ordered
        by_sentence: dict[int, list[Mention]] = {}
        for mention in self._history:
            by_sentence.setdefault(mention.sentence, []).append(mention)
        for sentence in sorted(by_sentence, reverse=True):
            yield from sorted(by_sentence[sentence], key=lambda m: (not m.is_subject, -m.start))

    def _link(self, reading: Reading, text: str, antecedent: Reading, mention: Mention, how: str) -> Reading:
        where = "this sentence" if mention.sentence == self.sentence_index else f"sentence {mention.sentence + 1}"
        path = (f"coref: '{text}' -> {antecedent.actor.name or antecedent.actor.text} ({how}, {where})",) + antecedent.actor.path
        actor = replace(antecedent.actor, text=text, path=path)
        return replace(antecedent, actor=actor, needs_antecedent=False, definite=reading.definite)

    def _pronoun(self, word: Word, start: int, barred: tuple[int, ...] = ()) -> Reading:
        """``barred``: character offsets of its own clause's subject ("Berger invited him":
        not Berger)."""
        lower = word.lower
        unresolved = Reading(actor=Actor(text=word.text, path=(f"unresolved: no antecedent for '{word.text}'",)))
        if lower in SPEAKER_PRONOUNS:
            return replace(unresolved, actor=replace(unresolved.actor, path=("unresolved: speaker pronoun",)))
        for mention in self._candidates(start):
            if any(mention.start <= offset < mention.end for offset in barred):
                continue
            resolved = [r for r in mention.readings if r.actor.code is not None]
            if not resolved and lower in THING_PRONOUNS and mention.is_subject and mention.sentence >= self.sentence_index - 1 \
                    and any(r.actor.path == ("a thing, no actor",) for r in mention.readings):
                return replace(unresolved, actor=replace(unresolved.actor, path=(
                    f"unresolved: '{word.text}' is {mention.readings[0].actor.text}, a thing, not an actor",)))
            if not resolved and lower in PERSON_PRONOUNS and any(r.kind == "person" for r in mention.readings):
                # "Vice-President Moody Awori ... after he was implicated": he is that person,
                # unknown as he is; an earlier, known person would be the wrong one
                person = next(r for r in mention.readings if r.kind == "person")
                return replace(unresolved, actor=replace(unresolved.actor, path=(
                    f"unresolved: '{word.text}' is {person.actor.text}, who is not known",)))
            if not resolved:
                continue
            if lower in PERSON_PRONOUNS:
                match = next((r for r in resolved if r.kind == "person"), None)
            elif lower in THING_PRONOUNS:
                match = resolved[0] if len(resolved) == 1 and resolved[0].kind == "thing" else None
            else:
                match = next((r for r in resolved if r.kind == "group"), None)
                if match is None and len(resolved) > 1:
                    match = resolved[0]  # "they" after a pair: the pair's first; see _pronoun_pair
            if match is not None:
                return self._link(match, word.text, match, mention, "pronoun")
        return unresolved

    def _subject_pair(self, start: int) -> list[Reading] | None:
        """ "Obama and Medvedev met. They signed ...": "they" after a sentence whose subject
        was two actors of different countries is that pair (one reading each)."""
        last = [m for m in self._history if m.sentence == self.sentence_index - 1]
        previous = [m for m in last if m.is_subject]
        current = [m for m in self._current if m.is_subject and 0 <= m.start < start]
        for group, exact in ((current, False), (previous, False), (last, True)):
            if exact and any(r.kind == "group" for m in group for r in m.readings):
                continue  # "met Romanian troops. They ...": a plural noun is the likelier antecedent
            readings = _distinct([r for m in group for r in m.readings if r.actor.code and r.actor.country])
            countries = {r.actor.country for r in readings}
            # "Lavrov met Kerry. They agreed ...": failing a subject pair, a sentence that
            # named exactly two countries' actors
            if len(readings) >= 2 and (len(countries) == 2 if exact else len(countries) >= 2):
                pair = readings[:2]
                mention = next(m for m in group if pair[0] in m.readings)
                return [self._link(r, "they", r, mention, "the pair that was the subject") for r in pair]
        return None

    def _possessed(self, words: list[Word], start: int, owner: Reading | None = None) -> list[Reading]:
        """"its troops", "their government": the owner's country + the agent noun."""
        owner = owner or self._pronoun(words[0], start)
        text = " ".join(w.text for w in words)
        if len(words) == 2 and words[1].lower in HOMELAND_WORDS and owner.actor.country:
            # "his country", "their nation": the owner's country itself
            country = owner.actor.country
            path = (f"possessive: '{words[0].text}' -> {owner.actor.name}'s country", *owner.actor.path)
            name = self._resolver.country_names.get(country, country)
            return [Reading(actor=Actor(text=text, name=name, code=country, country=country, path=path))]
        if words[-1].lower in COUNTERPART_WORDS and owner.actor.country:
            # "his counterpart", "his Russian counterpart": the other side's person; a
            # nationality given ("his Qatari counterpart") says which side
            said = [r for r in read_phrase(words[1:], lexicon=self._resolver.lexicon, day=self.day, recall=self._names.get,
                                           country_names=self._resolver.country_names) if r.actor.country]
            if said and said[0].actor.country != owner.actor.country:
                country = said[0].actor.country
                return [self._counterpart(text, owner, start, country=country)]
            return [self._counterpart(text, owner, start)]
        rest = read_phrase(
            words[1:], lexicon=self._resolver.lexicon, day=self.day, recall=self._names.get,
            country_names=self._resolver.country_names,
        )
        out: list[Reading] = []
        for reading in rest:
            actor = reading.actor
            if actor.code is None and actor.agent and owner.actor.country:
                code = f"{owner.actor.country}{actor.agent}"
                path = (f"possessive: '{words[0].text}' -> {owner.actor.name}", *owner.actor.path, *actor.path)
                out.append(replace(reading, actor=Actor(text=text, name=owner.actor.name, code=code,
                                                        country=owner.actor.country, agent=actor.agent, path=path),
                                   needs_antecedent=False))
            else:
                out.append(self._settle(reading, start) if reading.needs_antecedent else reading)
        return out

    def _relative_owner(self, span: Any) -> Reading | None:
        """ "Turkey, whose parliament voted ...": "whose" is the noun the clause hangs on."""
        if isinstance(span, str) or not len(span):
            return None
        clause = next((t for t in span[0].ancestors if t.dep_ == "relcl"), None)
        if clause is None:
            return None
        head = clause.head
        owner_span = head.doc[head.left_edge.i : head.i + 1]
        readings = [r for r in self._resolve_span(owner_span, record=False) if r.actor.code]
        return readings[0] if readings else None

    def _counterpart(self, text: str, owner: Reading, start: int, country: str | None = None) -> Reading:
        """The latest person of another country than the owner's ("Blinken warned his
        counterpart" -> Lavrov, when Lavrov was named before); with ``country``, of that one,
        or that country's government when no such person was named."""
        for mention in self._candidates(start):
            for reading in mention.readings:
                actor = reading.actor
                if reading.kind == "person" and actor.code and actor.country and actor.country != owner.actor.country \
                        and (country is None or actor.country == country):
                    return self._link(reading, text, reading, mention, f"counterpart of {owner.actor.name}")
        if country is not None:
            name = self._resolver.country_names.get(country, country)
            return Reading(actor=Actor(text=text, name=name, code=f"{country}GOV", country=country, agent="GOV",
                                       path=(f"counterpart of {owner.actor.name} from {name}, not named before -> {country}GOV",)),
                           kind="person")
        return Reading(actor=Actor(text=text, path=(f"unresolved: no counterpart of {owner.actor.name} named before",)))

    def _shorthand(self, lowered: str, text: str, start: int) -> list[Reading] | None:
        """ "the North"/"the South"/"both Koreas" in a story that names one of a divided pair
        (the Koreas; Sudan and South Sudan)."""
        named = {r.actor.country for m in self._history + self._current for r in m.readings if r.actor.country}
        for north, south, story in DIVIDED_STATES:
            if not named & {north, south} or (lowered.endswith("koreas") and north != "PRK"):
                continue
            if lowered.endswith("north"):
                countries = (north,)
            elif lowered.endswith("south"):
                countries = (south,)
            else:
                countries = (north, south)
            out = []
            for country in countries:
                name = self._resolver.country_names.get(country, country)
                code = country + "GOV" if lowered.endswith(("north", "south")) else country
                out.append(Reading(actor=Actor(text=text, name=name, code=code, country=country,
                                               path=(f"'{text}' in a story about {story} -> {name}",))))
            return out
        return None

    def _dyad(self, text: str, start: int) -> list[Reading]:
        """The pair in focus.

        A pair named together ("Russia and the United States") in this sentence or the two
        before it wins; otherwise the last two different actors, subjects first in each
        sentence ("Ivanov met Berger. ... Berger said the two sides ...").
        """
        mentions = list(self._candidates(start))
        if any(word in text.lower() for word in PERSON_PAIR_WORDS):
            # "the two leaders": two people, not the city they met in
            people = [replace(m, readings=tuple(r for r in m.readings if r.kind == "person")) for m in mentions]
            mentions = [m for m in people if m.readings] or mentions
        if any(word in text.lower() for word in STATE_WORDS):
            for mention in mentions:  # a pair of states named together, recently
                if self.sentence_index - mention.sentence > 2:
                    break
                together = _distinct([r for r in mention.readings if r.actor.code is not None and r.actor.country])
                if len(together) >= 2:
                    return [self._link(r, text, r, mention, "the pair named together") for r in together[:2]]
            states = self._main_states(mentions)
            if states:
                return [self._link(r, text, r, m, "the two states most named in the article") for r, m in states]
        for mention in mentions:
            if self.sentence_index - mention.sentence > 2:
                break
            together = _distinct([r for r in mention.readings if r.actor.code is not None])
            if len(together) >= 2:
                return [self._link(r, text, r, mention, "the pair named together") for r in together[:2]]
        pair: list[tuple[Reading, Mention]] = []
        for mention in mentions:
            for reading in mention.readings:
                if reading.actor.code is None:
                    continue
                if all(reading.actor.code != other.actor.code for other, _ in pair):
                    pair.append((reading, mention))
            if len(pair) >= 2:
                return [self._link(r, text, r, m, "the last two actors") for r, m in pair[:2]]
        return [Reading(actor=Actor(text=text, path=(f"unresolved: no pair before '{text}'",)))]

    def _organisation(self, text: str, prefixes: tuple[str, ...], start: int) -> Reading:
        """"The alliance" -> the last NATO mention; "the world body" -> the UN; "the bloc" ..."""
        agents = ORG_DESCRIPTION_AGENTS.get(text.lower().removeprefix("the ").strip(), set())
        for mention in self._candidates(start):
            for reading in mention.readings:
                code = reading.actor.code or ""
                national = reading.kind != "person" and reading.actor.agent in agents and bool(reading.actor.name)
                if (prefixes and code.startswith(prefixes)) or national:
                    return self._link(reading, text, reading, mention, "organisation description")
        return Reading(actor=Actor(text=text, path=(f"unresolved: no organisation before '{text}'",)))

    def _main_states(self, mentions: list["Mention"]) -> list[tuple[Reading, "Mention"]]:
        """"The two governments" / "both countries": the two countries the article names most
        (IGOs and NGOs are not states); ties go to the more recent."""
        counts: dict[str, int] = {}
        latest: dict[str, tuple[Reading, Mention]] = {}
        for mention in mentions:  # most recent first
            for reading in mention.readings:
                country = reading.actor.country
                if reading.actor.code is None or not country:
                    continue
                counts[country] = counts.get(country, 0) + 1
                latest.setdefault(country, (reading, mention))
        if len(counts) < 2:
            return []
        order = list(latest)  # recency order
        top = sorted(counts, key=lambda c: (-counts[c], order.index(c)))[:2]
        return [latest[c] for c in top]

    def _settle(self, reading: Reading, start: int) -> Reading:
        """A description ("the Russian official", "the minister", "the rebels"): find who."""
        actor = reading.actor
        indefinite = actor.text.split(" ", 1)[0].lower() in INDEFINITE_WORDS
        if (reading.definite or actor.code is None) and not indefinite:
            for mention in self._candidates(start):
                for candidate in mention.readings:
                    if _describes(reading, candidate):
                        return self._link(reading, actor.text, candidate, mention, "description")
        if actor.code is not None:
            return replace(reading, needs_antecedent=False)  # "the Russian official": RUSGOV anyway
        return replace(reading, actor=replace(actor, agent=None, path=actor.path + (f"unresolved: no antecedent for '{actor.text}'",)))


def _as_written(joined: str, original: str) -> str:
    """The phrase as the article wrote it: readings join their words with single spaces
    ("Russia 's", "NATO - member"); the source text is what an analyst should see."""
    words = joined.split()
    if not words:
        return joined
    found = re.search(r"\s*".join(re.escape(w) for w in words), original)
    if not found:
        return joined
    text, end = found.group(0), found.end()
    if text.count("(") > text.count(")") and original[end : end + 1] == ")":
        text += ")"  # "the International Labor Office (ILO)": the parser left the bracket out
    return text


def _describes(description: Reading, candidate: Reading) -> bool:
    """Can ``description`` ("the Russian official") refer back to ``candidate``?"""
    target = candidate.actor
    wanted = description.actor
    if target.code is None:
        return False
    # "the guerrillas" after "Hezbollah": a group description fits an organisation of that agent
    org_as_group = description.kind == "group" and candidate.kind == "thing" and bool(target.agent) and target.agent == wanted.agent
    if candidate.kind != description.kind and not org_as_group:
        return False
    if wanted.country is not None and target.country != wanted.country:
        return False
    home = home_of(wanted)
    if home is not None and target.country != home:
        return False  # "the administration" is Washington's, whoever was named last
    if description.title and candidate.title and description.title == candidate.title:
        return True
    if description.kind == "person":
        # "the official"/"the minister" fit any government person; otherwise the agents agree
        generic = description.title in (None, "official", "leader", "minister", "diplomat", "envoy", "spokesman")
        return wanted.agent == target.agent or (generic and target.agent in ("GOV", None) and wanted.agent == "GOV")
    return wanted.agent == target.agent


def _is_pronoun(word: Word) -> bool:
    """"he", "He", "they"; not "US" or "IT" written in capitals (acronyms)."""
    if word.lower not in SPEAKER_PRONOUNS | PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS:
        return False
    return not (word.text.isupper() and len(word.text) > 1)


def _distinct(readings: list[Reading]) -> list[Reading]:
    out: list[Reading] = []
    for reading in readings:
        if all(reading.actor.code != other.actor.code for other in out):
            out.append(reading)
    return out


def _trim(words: list[Word]) -> list[Word]:
    """Drop punctuation and quotes around the phrase."""
    while words and words[0].lower in {",", ";", "-", "(", ")", '"', "'"}:
        words = words[1:]
    while words and words[-1].lower in {",", ";", "-", "(", ")", '"', "'", "."}:
        words = words[:-1]
    return words
