"""The whole flow for a batch of articles: parse, extract, code, resolve, check, emit.

Heavy objects (the spaCy pipeline, the pattern book, the actor knowledge base, the
gazetteer, the type checker) are built once per ``Coder`` and reused for every article.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from spacy.tokens import Doc, Span

from detente.dictionaries.patterns import PatternBook, default_patterns
from detente.extract.candidates import Candidate, SentenceReading, read_sentence, verb_pattern
from detente.extract.negation import refusal_code
from detente.model import Actor, Article, ArticleResult, Event, Evidence, Place, When
from detente.nlp import load_nlp, normalise
from detente.ontology import lookup
from detente.resolve.header_date import header_date
from detente.context import (
    _author_over_content,
    NO_RECIPIENT, PLACE_ENTITIES, VICTIM_ROOTS, VISIT_CODES, CodedCandidate, _answer_to_earlier, _as_of,
    _guessed, _localise, _military_movement, _place_as_target, _told_before, _verbal_clash,
)
from detente.resolve.focus import FOCUS_STEP, LOCAL_AGENTS, DocumentFocus, role_agent

log = logging.getLogger(__name__)

# PLOVER: promised or future cooperation is AGREE. The matching CAMEO 03x code for the
# cooperative root that was promised.
INTENT_OF_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
# Cooperative roots turned into AGREE when the event is future or intended.
FUTURE_TO_AGREE = set(INTENT_OF_ROOT)
# Acts whose announcement is the act: "will resign" is a resignation (PLOVER RETREAT), not a
# promise to cooperate.
ANNOUNCED_ACTS = {"0831"}
# Verbs of commitment: what they commit to decides whether they promise or threaten.
COMMITMENT_VERBS = {"vow", "swear", "pledge", "promise", "undertake", "resolve", "commit", "warn"}
# The mirror image: an announced conflictual act is a threat (PLOVER THREATEN).
THREAT_OF_ROOT = {"14": "133", "15": "138", "16": "131", "17": "137", "18": "138", "19": "138", "20": "138"}


@dataclass
class SentenceTrace:
    index: int
    sentence: Span
    reading: SentenceReading
    coded: list[CodedCandidate] = field(default_factory=list)


class Coder:
    """Turns articles into events. Build once, call ``code_articles`` many times."""

    def __init__(
        self,
        *,
        patterns: PatternBook | None = None,
        dictionaries: Sequence[Path] = (),
        use_model: bool = True,
        places: bool = True,
        batch_size: int = 32,
    ) -> None:
        from detente.resolve.actors import ActorResolver

        self.nlp = load_nlp()
        self.patterns = patterns or default_patterns()
        self.actors = ActorResolver(dictionaries=list(dictionaries))
        self.dictionaries = tuple(str(p) for p in dictionaries)
        self.batch_size = batch_size
        self.place_resolver = _place_resolver(self.actors.lexicon) if places else None
        self.type_checker = _type_checker() if use_model else None

    # -- public -----------------------------------------------------------------------

    def code_articles(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        """Results in input order. With the type checker, batch k is checked on a worker
        thread while batch k+1 is parsed: ONNX Runtime and spaCy's matrix code release the
        GIL, so on two cores the check costs little wall time."""
        if self.type_checker is None:
            for batch in batches(articles, self.batch_size):
                yield from self._rule_batch(batch)
            return
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="detente-check") as pool:
            pending: Future | None = None
            for batch in batches(articles, self.batch_size):
                coded = self._rule_batch(batch)
                if pending is not None:
                    yield from pending.result()
                pending = pool.submit(self._check_types, coded)
            if pending is not None:
                yield from pending.result()

    def code_text(self, text: str, *, published: date | None = None, article_id: str = "text") -> list[Event]:
        article = Article(id=article_id, text=text, published=published)
        return list(next(iter(self._code_batch([article]))).events)

    def trace(self, text: str, *, published: date | None = None) -> tuple[ArticleResult, list[SentenceTrace]]:
        """Code one text and keep everything ``explain`` needs."""
        article = Article(id="explain", text=text, published=published)
        doc = self.nlp(normalise(text))
        traces: list[SentenceTrace] = []
        result = self._code_doc(article, doc, traces)
        if self.type_checker is not None:
            result = self._check_types([result])[0]
        return result, traces

    # -- internals --------------------------------------------------------------------

    def _code_batch(self, batch: list[Article]) -> list[ArticleResult]:
        results = self._rule_batch(batch)
        if self.type_checker is not None:
            results = self._check_types(results)
        return results

    def _rule_batch(self, batch: list[Article]) -> list[ArticleResult]:
        docs = self.nlp.pipe((normalise(a.text) for a in batch), batch_size=self.batch_size)
        return [self._code_doc(article, doc, None) for article, doc in zip(batch, docs)]

    def _code_doc(self, article: Article, doc: Doc, traces: list[SentenceTrace] | None) -> ArticleResult:
        # Undated text: its own header date, else today (explain says which).
        published = article.published or header_date(article.text) or date.today()
        article = replace(article, published=published)
        doc_actors = self.actors.new_document(article)
        focus = DocumentFocus(doc, lambda text: self.actors.resolve_text(text, published=published),
                              locate=self._locator(doc), header=article.text[:120])
        timeline = _timeline(doc, published)
        doc_places = None
        events: list[Event] = []
        sentences = list(doc.sents)
        for index, sent in enumerate(sentences):
            reading = read_sentence(sent, self.patterns)
            trace = SentenceTrace(index, sent, reading) if traces is not None else None
            sentence_types = [self._rival_type(c) for c in reading.candidates]
            # predicates read but not coded (conditions, demanded acts) still sway the model
            unread = {t for t in (self._unread_type(token) for token, _ in reading.rejected) if t}
            for number, candidate in enumerate(reading.candidates):
                rivals = tuple(sorted(unread | {t for i, t in enumerate(sentence_types) if t and i != number
                                                and reading.candidates[i].predicate.i != candidate.predicate.i}))
                coded = self._code_candidate(candidate, doc_actors, focus)
                if coded.outcome in ("coded", NO_RECIPIENT) and not coded.targets:
                    coded = _answer_to_earlier(coded, events)
                elif coded.outcome == "coded":
                    coded = _author_over_content(coded, events)
                if coded.outcome == "coded" and _told_before(coded, events):
                    coded = replace(coded, outcome="dropped: a reference back to an event already coded")
                if coded.outcome == "coded":
                    when = timeline.when(candidate.predicate) if timeline else When(published)
                    if when.date > published:
                        # "will meet next week": the intent is expressed now; the meeting is a plan;
                        # and a past act ("has warned ...") never takes a later date from its sentence
                        when = When(published, precision="day", basis="published")
                    if doc_places is None and self.place_resolver is not None:
                        doc_places = self.place_resolver.for_document(doc, focus_countries=_countries(events, coded))
                    place = _where(doc_places, candidate, coded) or self._destination(coded, doc_places)
                    coded = _localise(coded, place)
                    # a recipient still unplaced after that is no recipient
                    coded = _place_as_target(replace(coded, targets=tuple(t for t in coded.targets if t.resolved)), place)
                    statement_alone = coded.cameo.startswith("01") and not coded.targets
                    if statement_alone or not any(a.resolved for a in coded.sources + coded.targets):
                        coded = replace(coded, outcome=NO_RECIPIENT if statement_alone else "dropped: no actor resolved")
                        if trace is not None:
                            trace.coded.append(coded)
                        continue
                    coded, place = _as_of(coded, place, published)
                    new = self._events(article, index, sent, candidate, coded, when, place, rivals)
                    events.extend(new)
                    coded = CodedCandidate(**{**coded.__dict__, "events": tuple(new)})
                if trace is not None:
                    trace.coded.append(coded)
            doc_actors.observe_sentence(sent)
            if trace is not None:
                traces.append(trace)
        return ArticleResult(
            article=article,
            events=tuple(_dedupe(events)),
            sentences=len(sentences),
            unresolved=tuple(doc_actors.unresolved),
        )

    def _rival_type(self, candidate: Candidate) -> str | None:
        """The PLOVER type a predicate stands for, for the type check's benefit; a
        statement code (01, no PLOVER type) falls back to its lemma's plain pattern
        ("rejected the allegation" is a 016 statement, but reads as REJECT)."""
        found = _plover_of(candidate.pattern.cameo)
        if found is None and candidate.predicate.pos_ in {"VERB", "AUX"}:
            plain = self.patterns.match_verb(candidate.predicate.lemma_.lower())
            found = _plover_of(plain.cameo) if plain is not None and not plain.discard else None
        return found

    def _unread_type(self, token) -> str | None:
        if token.pos_ not in {"VERB", "AUX"}:
            return None
        pattern = verb_pattern(token, self.patterns)
        return _plover_of(pattern.cameo) if pattern is not None and not pattern.discard else None

    def _code_candidate(self, candidate: Candidate, doc_actors, focus: DocumentFocus) -> CodedCandidate:
        pattern = candidate.pattern
        cameo, rule = pattern.cameo, pattern.rule
        lemma = candidate.predicate.lemma_.lower()
        if candidate.negated:
            refusal = refusal_code(cameo, lemma)
            if refusal is None:
                return CodedCandidate(candidate, cameo, rule, (), (), "dropped: negated (did not happen)")
            cameo, rule = refusal, rule + ":neg"
        elif (candidate.future or candidate.construction == "intent") and candidate.condition == "unless" and cameo[:2] not in ("13",):
            # "will withdraw its force unless ...": an act held over someone is a threat
            cameo, rule = THREAT_OF_ROOT.get(cameo[:2], "130"), rule + ":threat"
        elif candidate.future and cameo[:2] == "12" and candidate.construction != "intent":
            # "he would veto any attempt to block it": a refusal held over others is a threat
            cameo, rule = "130", rule + ":threat"
        elif candidate.future or candidate.construction == "intent":
            if cameo in ANNOUNCED_ACTS:
                rule += ":announced"
            elif cameo[:2] in FUTURE_TO_AGREE:
                cameo, rule = INTENT_OF_ROOT[cameo[:2]], rule + ":intent"
            elif cameo[:2] in THREAT_OF_ROOT:
                cameo, rule = THREAT_OF_ROOT[cameo[:2]], rule + ":threat"
        if candidate.complement is not None and candidate.predicate.lemma_.lower() in COMMITMENT_VERBS | {"agree", "offer"}:
            promised = verb_pattern(candidate.complement, self.patterns)
            committing = candidate.predicate.lemma_.lower() in COMMITMENT_VERBS
            if committing and promised is not None and not promised.discard and promised.cameo[:2] in THREAT_OF_ROOT:
                # "vowed to fight on", "swore to crush the rebels": a promise of conflict is a threat
                cameo, rule = THREAT_OF_ROOT[promised.cameo[:2]], rule + ":threat"
            elif promised is not None and not promised.discard and promised.cameo[:2] in INTENT_OF_ROOT and cameo[:2] == "03":
                # "pledged to send aid": the intent names what is promised (033, not 030)
                cameo, rule = INTENT_OF_ROOT[promised.cameo[:2]], rule + ":intent"
        sources = _first_resolved(candidate.sources, doc_actors, focus, require=False)
        source_countries = frozenset(a.country for a in sources if a.country)
        # insurgents act against their own state: "rebels attacked government positions"
        insurgent = sources and all(a.agent in {"REB", "INS", "OPP"} for a in sources)
        # "warned that Russia would respond": a speaker's own country named in the clause is
        # the one acting, not the one addressed
        own = source_countries if cameo[:2] in {"10", "11", "12", "13"} else frozenset()
        targets = _first_resolved(candidate.targets, doc_actors, focus, require=True,
                                  avoid=frozenset() if insurgent else source_countries, not_self=own,
                                  roles=cameo[:2] in VICTIM_ROOTS)
        if insurgent and len(source_countries) == 1 and targets and all(
                (_guessed(t) or _described(t)) and t.agent in {"GOV", "MIL", "COP"} for t in targets):
            # "rebel units attacked government positions": their own state's, not the last
            # government the article named (London)
            (home,) = source_countries
            targets = tuple(replace(t, code=home + t.agent, country=home, name=None,
                                    path=t.path + (f"the state the insurgents fight: {home}",)) for t in targets)
        states = [t for t in targets if not _guessed(t) and t.country and t.agent in {"GOV", "MIL", None}]
        if states and any(_guessed(t) and t.agent in {"REB", "INS", "OPP"} for t in targets):
            # "a ceasefire between the Syrian government and several rebel groups": rebels
            # with no country of their own are that state's
            home = states[0].country
            targets = tuple(replace(t, code=home + t.agent, country=home, path=t.path[:-1] + (f"rebels of the state named beside them: {home}",))
                            if _guessed(t) and t.agent in {"REB", "INS", "OPP"} else t for t in targets)
        named = frozenset(t.country for t in targets if t.country and not _guessed(t))
        if sources and all(_guessed(a) or _described(a) for a in sources) and named & source_countries \
                and not any(a.agent in LOCAL_AGENTS for a in sources):
            # "the Foreign Ministry expelled an American diplomat": a guessed source (or one
            # read back by its description alone) is not the country its act is aimed at
            if all(_described(a) for a in sources):
                reguessed = tuple(focus.apply(replace(a, code=None, country=None, name=None, path=a.path[:1]), avoid=named)
                                  for a in sources if a.agent)
                reguessed = tuple(a for a in reguessed if a.code)
            else:
                reguessed = _first_resolved(candidate.sources, doc_actors, focus, require=False, avoid=named)
            if reguessed and not {a.country for a in reguessed} & named:
                sources, source_countries = reguessed, frozenset(a.country for a in reguessed if a.country)
        if candidate.reciprocal and len({a.country for a in sources}) > 1 and targets and all(_guessed(t) for t in targets):
            targets = ()  # "Clinton and Yeltsin signed a treaty on conventional forces": each other's
        if cameo in OWN_ENVOY_CODES and targets and all(t.country in source_countries for t in targets):
            # "Moscow recalled its ambassador": from the other side of the story, not from itself
            other = next((c for c in focus.ranking if c not in source_countries), None)
            targets = (Actor(text="(the other side)", code=f"{other}GOV", country=other, agent="GOV",
                             path=(f"{FOCUS_STEP}: {other} (its own envoy is recalled from the other side)",)),) if other else ()
        if cameo[:2] == "15" and targets and all(_guessed(t) for t in targets):
            targets = ()  # "massed troops near Ukraine": the troops are its own; the place tells
        if not targets and not cameo.startswith("01") and not (candidate.reciprocal and len(sources) > 1):
            # last resort, a name deeper in the clause: "rejected a fresh offer from Afghanistan"
            distant = _first_resolved(candidate.distant, doc_actors, focus, require=True,
                                      avoid=frozenset() if insurgent else source_countries, not_self=own)
            if not distant:  # "sought refuge in Germany", not "praised the deal in Washington"
                distant = tuple(a for a in _first_resolved(candidate.distant_places, doc_actors, focus, require=True,
                                                           avoid=source_countries, not_self=own)
                                if a.code and a.code == a.country and not _guessed(a))
            distant = tuple(replace(a, path=a.path + (DISTANT_STEP,)) for a in distant if not _guessed(a))
            targets = distant or targets
        if not sources and candidate.construction == "passive-agentless" and targets:
            sources = (Actor(text="(unnamed)", path=("passive without an agent: the perpetrator is not named",)),)
        if not sources:
            return CodedCandidate(candidate, cameo, rule, (), targets, "dropped: no source actor")
        if not any(a.resolved or role_agent(a) for a in sources + targets):
            # an unnamed group with a known role ("government troops") may still take its
            # country from the event's place; that is checked once the place is known
            return CodedCandidate(candidate, cameo, rule, sources, targets, "dropped: no actor resolved")
        if cameo.startswith("01"):
            # "told reporters": the press an official speaks to is no recipient of a statement
            targets = tuple(t for t in targets if not (t.agent == "MED" and not t.name))
        if cameo.startswith("01") and not targets:
            return CodedCandidate(candidate, cameo, rule, sources, targets, NO_RECIPIENT)
        if _verbal_clash(candidate, cameo, sources + targets):
            cameo, rule = "110", rule + ":verbal"
        cameo, rule = _military_movement(candidate, cameo, rule, sources, targets)
        return CodedCandidate(candidate, cameo, rule, sources, targets, "coded")

    def _events(self, article, index, sent, candidate, coded, when, place, rivals=()) -> list[Event]:
        entry = lookup(coded.cameo)
        predicate = candidate.predicate
        evidence = Evidence(
            predicate=predicate.text,
            start=predicate.idx,
            end=predicate.idx + len(predicate.text),
            rule=coded.rule,
            negated=candidate.negated,
            # a construction ("X said Y must ...") is as specific as a pattern with an object
            rule_specific=candidate.pattern.specificity > 0 or candidate.construction in {"obligation", "verdict", "warning", "complaint"},
            sentence_start=sent.start_char + len(sent.text) - len(sent.text.lstrip()),
            rival_types=rivals,
        )
        pairs: list[tuple[Actor, Actor | None]] = []
        if coded.targets:
            pairs = [(s, t) for s in coded.sources for t in coded.targets if not _same(s, t)]
            if not pairs:  # "Moscow rejected the demand that it withdraw": no recipient but itself
                pairs = [(s, None) for s in coded.sources]
        elif candidate.reciprocal and len(coded.sources) > 1:
            pairs = [(s, t) for s in coded.sources for t in coded.sources if s is not t and not _same(s, t)]
        else:
            pairs = [(s, None) for s in coded.sources]
        return [
            Event(
                article_id=article.id,
                sentence_index=index,
                sentence=sent.text.strip(),
                when=when,
                source=source,
                target=target,
                cameo=coded.cameo,
                goldstein=entry.goldstein,
                quad_class=entry.quad_class,
                plover_event=entry.plover_event,
                plover_mode=entry.plover_mode,
                evidence=evidence,
                location=place,
            )
            for source, target in pairs
        ]

    def _locator(self, doc):
        """Finds the country of a named place inside an actor phrase, with the gazetteer."""
        if self.place_resolver is None:
            return None

        def locate(actor: Actor):
            if actor.span is None or any("an ally of" in step for step in actor.path):
                return None  # "Israel's militia ally": the patron is not where it is
            span = doc.char_span(actor.span[0], actor.span[1], alignment_mode="expand")
            for ent in span.ents if span is not None else ():
                before = doc[max(ent.start - 2, 0) : ent.start].text.lower().replace(" ", "")
                if before.endswith(("anti-", "pro-")):
                    continue  # "an anti-Syria journalist": a stance, not where he is from
                if ent.label_ in PLACE_ENTITIES:
                    place = self.place_resolver.resolve_name(ent.text)
                    if place is not None and place.country:
                        return place.country, place.name
            return None

        return locate

    def _destination(self, coded: CodedCandidate, doc_places) -> Place | None:
        """A visit happens at its destination: "visited Moscow" took place in Moscow."""
        if doc_places is None or coded.cameo not in VISIT_CODES or len(coded.targets) != 1:
            return None
        target = coded.targets[0]
        if target.agent not in (None, "GOV") or not target.country:
            return None
        place = self.place_resolver.resolve_name(target.text.removeprefix("the ").strip(), focus=[target.country])
        if place is None or place.country != target.country:
            return None
        return replace(place, expression=target.text)

    def _check_types(self, results: list[ArticleResult]) -> list[ArticleResult]:
        from detente.check import apply_type_checker

        return apply_type_checker(self.type_checker, results)


def batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of ``size`` articles (the last one shorter)."""
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


OWN_ENVOY_CODES = {"161"}  # recalling one's own envoy: aimed at where the envoy served
DISTANT_STEP = "recipient of last resort: named inside what the predicate governs"


def _described(actor: Actor) -> bool:
    """Read back to an earlier actor by its description alone ("the Foreign Ministry")."""
    return bool(actor.path) and actor.path[0].startswith("coref:") and "(description" in actor.path[0]


def _same(a: Actor, b: Actor) -> bool:
    """The same actor on both sides: one phrase, or one read back into the other. Two
    phrases with one code are two actors ("Croatia is investigating Croatian extremists")."""
    if a.code is None or a.code != b.code or a.name != b.name:
        return False
    if a.span is None or b.span is None or a.span == b.span:
        return True
    return any(step.startswith("coref") for step in a.path + b.path)


def _first_resolved(groups, doc_actors, focus, *, require: bool, avoid: frozenset[str] = frozenset(),
                    not_self: frozenset[str] = frozenset(), roles: bool = False) -> tuple[Actor, ...]:
    """The first group that resolves to a known actor; without one, the first group as-is.

    A group resolved from the text itself wins over an earlier group whose country is only
    a guess from the article's focus ("providing intelligence to Macedonia": Macedonia)."""
    fallback: tuple[Actor, ...] = ()
    guessed: tuple[Actor, ...] = ()
    placeable: tuple[Actor, ...] = ()  # unresolved victims with a role: the event's place may place them
    for group in groups:
        actors = tuple(
            focus.apply(replace(a, span=a.span or (span.start_char, span.end_char)), avoid=avoid)
            for span in group for a in doc_actors.resolve(span)
        )
        resolved = tuple(a for a in actors if a.resolved)
        if resolved and all(a.code == a.country and a.country in not_self for a in resolved):
            continue
        # (a description read back to someone, "troops" -> an earlier bomber, is as weak)
        if resolved and not all(_guessed(a) or _described(a) for a in resolved):
            return resolved
        if resolved and not guessed:
            guessed = resolved
        if not fallback and not require:
            fallback = actors
        if require and roles and not placeable and actors and all(role_agent(a) and a.text != "(unnamed)" for a in actors):
            placeable = actors
    return guessed or fallback or placeable


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per id; and a headline's event that the story tells again is the story's
    ("Clinton pledges $1.6 billion to shore up Yeltsin" then "Clinton promised Yeltsin ...")."""
    def key(event: Event) -> tuple:
        return (event.source.country, event.target.country if event.target else None, event.plover_event or event.cameo[:2])

    told = {key(e) for e in events if not _is_headline(e)}
    seen: set[str] = set()
    unique = []
    for event in events:
        if event.event_id in seen or (_is_headline(event) and key(event) in told):
            continue
        seen.add(event.event_id)
        unique.append(event)
    return unique


def _is_headline(event: Event) -> bool:
    return event.sentence_index == 0 and not event.sentence.rstrip().endswith((".", "!", "?", '"', "'", ")"))


def _countries(events: list[Event], coded: CodedCandidate) -> list[str]:
    countries = [a.country for a in coded.sources + coded.targets if a.country]
    for event in events:
        countries.extend(c for c in (event.source.country, event.target.country if event.target else None) if c)
    return list(dict.fromkeys(countries))


def _plover_of(cameo: str) -> str | None:
    try:
        return lookup(cameo).plover_event
    except Exception:  # a pattern code the table lacks is reported by the pattern tests
        return None


def _timeline(doc: Doc, published: date):
    try:
        from detente.resolve.when import Timeline
    except ImportError:
        return None
    return Timeline(doc, published=published)


def _place_resolver(lexicon=None):
    try:
        from detente.resolve.where import PlaceResolver
    except ImportError:
        return None
    # names of organisations are never a city's alternate name ("Hamas" is not Hamm)
    organisations = {" ".join(key) for key, entry in lexicon.items() if entry.kind == "org"} if lexicon is not None else ()
    return PlaceResolver(organisations=organisations)


def _where(doc_places, candidate: Candidate, coded: CodedCandidate) -> Place | None:
    if doc_places is None:
        return None
    # a phrase that resolved to an actor is not a place; an unresolved one may be
    # ("shelled Grozny": no actor, but where the shelling happened)
    taken = [a.span for a in coded.sources + coded.targets if a.resolved and a.span]
    actor_tokens = {
        t.i for group in candidate.sources + candidate.targets for span in group for t in span
        if any(start <= t.idx < end for start, end in taken)
    }
    try:
        return doc_places.where(candidate.predicate, actor_tokens=actor_tokens)
    except Exception:  # a place we cannot resolve never loses the event
        log.exception("place resolution failed for %r", candidate.predicate.text)
        return None


def _type_checker():
    try:
        from detente.classify import load_type_checker
    except ImportError:
        return None
    return load_type_checker()
