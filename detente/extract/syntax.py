"""Reading the dependency tree: a verb's prepositions, subjects (through control,
conjunction, relative clauses and participles), agents, conditions and tense. Shared by
the candidate readers of ``candidates``; nothing here knows about event codes beyond the
vocabulary lists it consults.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract.phrases import RELATIVE_PRONOUNS, is_actor_like
from detente.extract.vocabulary import (
    FUTURE_AUX, INTENT_ADJECTIVES, ISSUING_VERBS, MEASURE_HEADS, OBJECT_CONTROL, SPEAKER_ACTS, lemma_of,
)


def children_of(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def prep_objects(token: Token) -> dict[str, list[Token]]:
    """Prepositions under ``token`` -> their objects (phrasal "out of" kept as "of")."""
    found: dict[str, list[Token]] = {}
    # "kidnapped up to 16 advisers": the parser hangs the preposition on the particle
    under_particles = [p for prt in children_of(token, "prt") for p in children_of(prt, "prep")]
    for prep in children_of(token, "prep", "agent", "dative") + under_particles:
        if prep.dep_ == "dative" and prep.pos_ != "ADP":
            continue
        objects = children_of(prep, "pobj", "pcomp")
        for inner in children_of(prep, "prep"):  # "out of", "away from"
            objects.extend(children_of(inner, "pobj"))
        found.setdefault(prep.lower_, []).extend(objects)
    return found


def subjects_of(verb: Token) -> tuple[list[Token], bool]:
    """Subjects of ``verb`` and whether it is passive, inheriting through control/conjunction."""
    active = children_of(verb, "nsubj")
    passive = children_of(verb, "nsubjpass")
    if active or passive:
        heads = active or passive
        resolved = []
        for head in heads:
            if head.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                resolved.append(verb.head)
            else:
                resolved.append(head)
        return resolved, bool(passive) and not active
    if verb.dep_ == "xcomp":
        governor = verb.head
        if governor.lemma_ in OBJECT_CONTROL:
            objects = children_of(governor, "dobj")
            if objects:
                return objects, False
        if governor.pos_ == "ADJ":  # "is prepared to discuss": subject of the copula
            return subjects_of(governor.head)[0], False
        # "Albright is expected to visit Moscow": the passive is the governor's, not the visit's
        return subjects_of(governor)[0], False
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and lemma_of(verb) in SPEAKER_ACTS and verb.head.head.pos_ in {"VERB", "AUX"}:
        # "Pakistan denied that any camp had been hit and vowed to retaliate": the parser
        # joins "vowed" to the reported clause; a speech act belongs to the speaker
        return subjects_of(verb.head.head)
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        heads, passive = subjects_of(verb.head)
        if passive and not children_of(verb, "auxpass") and verb.tag_ != "VBN":
            # "has been indicted ... and will resign": the indicted one resigns
            return heads, False
        return heads, passive
    if verb.dep_ in {"advcl", "acl"} and verb.tag_ == "VBG":  # "..., killing 12 soldiers"
        head = verb.head
        if head.pos_ in {"NOUN", "PROPN"} and head.dep_ in {"dobj", "pobj", "attr"}:
            # "issued a declaration demanding that ...": the issuer demands; but in "vetoed
            # a resolution censuring X" the vetoer does not censure: the text does
            governor = head.head.head if head.dep_ == "pobj" else head.head
            if governor.pos_ not in {"VERB", "AUX"}:
                return [], False
            if lemma_of(governor) in ISSUING_VERBS or head.dep_ == "attr":
                return subjects_of(governor)
            return ([head], False) if is_actor_like(head) else ([], False)
        return subjects_of(head)
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return subjects_of(verb.head)  # purpose: "sent personnel to Bosnia to investigate"
    if verb.dep_ == "acl" and verb.head.dep_ == "attr" and verb.head.head.pos_ in {"VERB", "AUX"}:
        # "Putin was the first foreign leader to telephone Bush": the subject of "was"
        return subjects_of(verb.head.head)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
        return subjects_of(verb.head.head)  # "resorted to throwing stones"
    return [], False


def agents_of(verb: Token) -> list[Token]:
    heads = []
    for agent in children_of(verb, "agent"):
        heads.extend(children_of(agent, "pobj"))
    return heads


def through_measure(noun: Token) -> Token:
    """ "tariffs on 34 billion dollars of Chinese imports": the imports, not the dollars."""
    if noun.lemma_.lower() in MEASURE_HEADS | {"dollar", "euro", "pound", "yuan", "percent", "per", "cent"} or noun.like_num:
        inner = prep_objects(noun).get("of", [])
        if inner:
            return inner[0]
    return noun


def condition_mark(verb: Token) -> str | None:
    for clause in conditions(verb):
        for mark in clause.children:
            if mark.dep_ == "mark" and mark.lower_ in {"if", "unless"}:
                return mark.lower_
    return None


def conditions(verb: Token) -> list[Token]:
    found = []
    for token in (verb, *children_of(verb, "xcomp")):
        for clause in children_of(token, "advcl"):
            if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "until"} for c in clause.children):
                found.append(clause)
    return found


def is_future(verb: Token) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and not children_of(verb, "aux", "auxpass", "nsubj"):
        return is_future(verb.head)  # "will cut its stockpile and accept inspections"
    # "may halt mediation if cooperation founders": a possibility held over someone
    if any(c.dep_ == "aux" and c.lower_ in {"may", "might", "could"} for c in verb.children) and conditions(verb):
        return True
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lower_ in INTENT_ADJECTIVES:
        return True
    # "is going to visit", "plans to visit", "expects to sign"
    return verb.dep_ == "xcomp" and head.lemma_ in {"go", "plan", "intend", "expect", "hope", "want", "aim", "seek", "prepare", "schedule", "due", "set"}


NAMED_KINDS = {"GPE", "NORP", "ORG", "PERSON"}
# the parts of a clause that can hold whom it is about; not its subject, nor reported speech
REACHING_DEPS = {"dobj", "dative", "prep", "xcomp", "oprd", "attr", "acomp", "advcl"}  # advcl: purposes only
LOCATIVE_PREPS = {"in", "at", "inside", "near"}


def named_within(head: Token, skip: set[int] = frozenset(), *, deps: set[str] = REACHING_DEPS,
                 locative: bool = False) -> list[Token]:
    """Named actors inside what ``head`` governs, in reading order: the last resort for a
    recipient ("rejected a fresh offer from Afghanistan", "mobilized reservists for a
    possible war against Iraq", "vetoed a Security Council resolution"). Each name is
    given by its head token; subjects and reported clauses are not searched. With
    ``locative``, only the places directly under ``head`` ("in Germany"); without, all but them."""
    found: list[Token] = []
    for child in head.children:
        purpose = child.dep_ == "advcl" and "advcl" in deps and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
        if (child.dep_ not in deps and not purpose) or child.i in skip or (child.dep_ == "advcl" and not purpose):
            continue
        if (child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS) != locative:
            continue
        for token in _phrase_tokens(child):
            named = token.ent_type_ in NAMED_KINDS or (token.pos_ == "PROPN" and not token.ent_type_)
            if token.i in skip or not named or token.pos_ == "PRON":
                continue
            if token.head is token or not _same_entity(token, token.head):
                found.append(token)
    return sorted(found, key=lambda t: t.i)


def _same_entity(a: Token, b: Token) -> bool:
    """Both inside one named entity: no entity boundary between them (read from the IOB
    tags, without walking the document's entity list for every token)."""
    first, last = sorted((a.i, b.i))
    doc = a.doc
    return doc[first].ent_iob_ != "O" and all(doc[i].ent_iob_ == "I" for i in range(first + 1, last + 1))


CLAUSE_DEPS = {"acl", "relcl", "advcl", "ccomp", "pcomp", "parataxis"}


def _phrase_tokens(top: Token) -> list[Token]:
    """``top``'s subtree without the clauses hung inside it ("the demonstration staged by
    students ... to protest the sending of troops to Iraq": not Iraq)."""
    tokens, stack = [], [top]
    while stack:
        token = stack.pop()
        tokens.append(token)
        # a reduced relative stays ("crimes committed by Croat forces"), its own clauses not
        stack.extend(c for c in token.children if c.dep_ not in CLAUSE_DEPS or (c.dep_ == "acl" and c.tag_ == "VBN"))
    return tokens
