"""Event nouns: "talks between A and B", "Israeli air strikes", "a demand that X ...",
and participles the tagger calls nouns ("spent six hours consulting with Berger")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.dictionaries.patterns import PatternBook
from detente.extract.negation import is_negated
from detente.extract.phrases import actor_group, is_actor_like
from detente.extract.readings import Candidate, SentenceReading
from detente.extract.syntax import children_of, is_future, named_within, prep_objects, subjects_of
from detente.extract.vocabulary import (
    BACKGROUND_PREPS, COPULAS, GENERIC_HEADS, HYPOTHETICAL_ADJECTIVES, LIGHT_VERBS, OCCURRENCE_VERBS,
    RECIPROCAL_ROOTS, REQUEST_NOUNS, TARGET_PREPS, TOPIC_PREPS, TOPIC_ROOTS, TRAVEL_VERBS, lemma_of,
)


# Nouns that name a relation rather than an act: an event only when something happens to
# them as subject ("cooperation resumed") or a light verb carries them ("began cooperation").
AVERTING_VERBS = {"avert", "prevent", "avoid", "forestall", "preempt", "pre-empt", "stave", "deter",
                  "postpone", "delay", "defer", "shelve", "threaten", "risk", "fear", "consider", "weigh", "plan"}
RELATION_NOUNS = {"cooperation", "collaboration", "partnership", "dialogue", "coordination", "friendship"}


def _gerund_lemma(word: str, patterns: PatternBook) -> str | None:
    """The verb behind an -ing form ("consulting" -> consult, "making" -> make)."""
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    for guess in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
        if guess and patterns.has_verb(guess):
            return guess
    return None


def read_mistagged_gerund(noun: Token, patterns: PatternBook, reading: SentenceReading) -> None:
    """ "spent six hours in Washington on Tuesday consulting with Berger": the small model
    tags the participle a noun. A bare -ing noun (no determiner or owner) under a clause,
    followed by its verb's preposition, is read as the participle it is; its subject is
    the clause's."""
    if noun.dep_ not in {"pobj", "dobj", "npadvmod"} or any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children):
        return
    lemma = _gerund_lemma(noun.lower_, patterns)
    if lemma is None:
        return
    preps = prep_objects(noun)
    pattern = patterns.match_verb(lemma, preps=preps.keys())
    if pattern is None or pattern.discard or not pattern.prep or not set(pattern.prep) & preps.keys():
        return  # only with the preposition its verb needs ("consulting with"), else a real noun
    governor = noun.head
    while governor.pos_ not in {"VERB", "AUX"} and governor.dep_ != "ROOT" and governor.head is not governor:
        governor = governor.head
    if governor.pos_ not in {"VERB", "AUX"}:
        return
    subjects, passive = subjects_of(governor)
    if not subjects or passive:
        return
    targets = [actor_group(p) for name in pattern.prep for p in preps.get(name, []) if is_actor_like(p)]
    if not targets:
        return
    reading.candidates.append(
        Candidate(
            predicate=noun,
            pattern=pattern,
            sources=tuple(actor_group(h) for h in subjects),
            targets=tuple(targets),
            construction="participle",
            reciprocal=pattern.cameo[:2] in RECIPROCAL_ROOTS,
        )
    )


def modifier_lemmas(noun: Token) -> set[str]:
    return {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}}


def noun_targets(noun: Token, root: str = "") -> list[tuple[Span, ...]]:
    groups = []
    preps = prep_objects(noun)
    if root in TOPIC_ROOTS:
        preps = {name: ps for name, ps in preps.items() if name not in TOPIC_PREPS}
    if noun.dep_ in {"compound", "amod"} and noun.head.lemma_.lower() in GENERIC_HEADS:
        for name, pobjs in prep_objects(noun.head).items():
            preps.setdefault(name, []).extend(pobjs)
    for name in TARGET_PREPS:
        groups.extend(actor_group(p) for p in preps.get(name, []) if is_actor_like(p))
    if noun.lemma_.lower() in REQUEST_NOUNS:
        # "its demand that Israel ease restrictions": addressed to the clause's subject
        for clause in children_of(noun, "acl", "ccomp"):
            groups.extend(actor_group(h) for h in children_of(clause, "nsubj") if is_actor_like(h))
    return groups


def read_noun(noun: Token, patterns: PatternBook, reading: SentenceReading) -> None:
    preps = prep_objects(noun)
    pattern = patterns.match_noun(noun.lemma_.lower(), preps=preps.keys(), modifiers=modifier_lemmas(noun))
    if pattern is None:
        return
    if pattern.discard:
        reading.rejected.append((noun, f"discarded by {pattern.rule}"))
        return
    if any((c.dep_ == "det" and c.lower_ in {"any", "no", "every"}) or (c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_ADJECTIVES)
           for c in noun.children):
        reading.rejected.append((noun, f"{pattern.rule}: a hypothetical ('any {noun.text}'), not an event"))
        return
    if noun.dep_ == "oprd" or (noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and lemma_of(noun.head) not in LIGHT_VERBS
                               and patterns.has_verb(lemma_of(noun.head))):
        # "ambushed a police patrol", "condemned the raid", "called it an invasion": the
        # noun is what another event acts on or how it is described, coded through that verb
        reading.rejected.append((noun, f"{pattern.rule}: the object of '{noun.head.text}', not an event of its own"))
        return
    if noun.dep_ in {"dobj", "nsubjpass"} and lemma_of(noun.head) in AVERTING_VERBS:
        # "averting an American military strike": what was prevented did not happen
        reading.rejected.append((noun, f"{pattern.rule}: prevented or put off ('{noun.head.text}'), did not happen"))
        return
    light = noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and lemma_of(noun.head) in LIGHT_VERBS
    if noun.lemma_.lower() in RELATION_NOUNS and noun.dep_ not in {"nsubj", "nsubjpass", "ROOT"} and not light:
        # "agreed to set up a commission to develop cooperation in energy", "a framework for
        # cooperation": a relation named as an aim or a topic, not an act
        reading.rejected.append((noun, f"{pattern.rule}: a relation named ('{noun.head.text} ... {noun.text}'), not an act"))
        return
    if noun.dep_ == "attr" and noun.head.lemma_ in COPULAS:
        reading.rejected.append((noun, f"{pattern.rule}: a description ('{noun.head.text} a {noun.text}'), not an act"))
        return
    sources: list[tuple[Span, ...]] = []
    targets: list[tuple[Span, ...]] = []
    reciprocal = False
    # "talks between A and B": both directions
    between = [p for p in preps.get("between", []) + preps.get("among", []) if is_actor_like(p)]
    if between:
        group = actor_group(between[0])
        sources.append(group)
        reciprocal = True
    for poss in children_of(noun, "poss"):
        if is_actor_like(poss) and poss.lower_ not in {"its", "their", "his", "her"} or poss.pos_ == "PRON":
            sources.append(actor_group(poss))
    for by in preps.get("by", []):
        if is_actor_like(by):
            sources.append(actor_group(by))
    # "Israeli air strikes", "U.S.-Russian talks": actor modifiers
    modifiers = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"} and (c.ent_type_ in {"NORP", "GPE", "ORG"} or c.pos_ == "PROPN")]
    if modifiers:
        group = tuple(span for m in modifiers for span in actor_group(m))
        sources.append(group)
        reciprocal = reciprocal or pattern.cameo[:2] in RECIPROCAL_ROOTS
    targets += noun_targets(noun, pattern.cameo[:2])
    head = noun.head
    topic = head.lower_ in TOPIC_PREPS and head.head.lemma_ not in {"be", "go", "embark", "set"}
    if noun.dep_ == "pobj" and (head.lower_ in BACKGROUND_PREPS or topic):
        reading.rejected.append((noun, f"{pattern.rule}: background mention ('{head.text} the {noun.text}')"))
        return
    happens = noun.dep_ in {"nsubj", "nsubjpass"} and head.lemma_ in OCCURRENCE_VERBS
    if not sources and noun.dep_ == "pobj" and head.lower_ == "for" and lemma_of(head.head) in TRAVEL_VERBS:
        # "negotiators return to Geneva for talks": the travellers hold them
        travellers, passive = subjects_of(head.head)
        if travellers and not passive:
            sources = [actor_group(t) for t in travellers]
            reciprocal = reciprocal or pattern.cameo[:2] in RECIPROCAL_ROOTS
            happens = True
    if not sources:
        if noun.dep_ in {"dobj", "pobj"} and head.pos_ in {"VERB"}:
            return  # an object of another verb: coded through that verb, if at all
        reading.rejected.append((noun, f"{pattern.rule}: event noun without a source"))
        return
    if not (targets or reciprocal or happens or noun.dep_ in {"ROOT", "nsubj", "nsubjpass", "dobj", "attr", "appos", "conj"}):
        reading.rejected.append((noun, f"{pattern.rule}: event noun in passing (no target, not asserted)"))
        return
    reading.candidates.append(
        Candidate(
            predicate=noun,
            pattern=pattern,
            sources=tuple(sources),
            targets=tuple(targets),
            construction="noun",
            negated=is_negated(head) if happens else False,
            future=is_future(head) if happens else False,
            reciprocal=reciprocal,
            distant=tuple(actor_group(t) for t in named_within(noun, deps={"prep"})),
        )
    )
