"""Parse helpers shared by dates and places: which predicate a modifier belongs to.

A modifier (a time expression, a place phrase) belongs to the first predicate its
syntactic head chain reaches. Predicates are verbs and clause-heading auxiliaries; nouns
are not stops (so "his February 17-18 visit" dates the verb that governs "visit"), except
the event noun the caller asks about, which the caller passes as ``target``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "conj", "relcl", "xcomp", "parataxis", "acl", "pcomp", "csubj"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_FUTURE_GOVERNORS = {"plan", "expect", "intend", "schedule", "due", "set", "prepare", "hope", "want", "going"}
SPEECH_LEMMAS = {
    "say", "tell", "announce", "report", "state", "add", "claim", "declare", "note",
    "confirm", "quote", "write", "insist", "reply", "explain",
}  # fmt: skip


def is_predicate(token: Token) -> bool:
    """Verbs, and auxiliaries that head a clause ("the talks were a success")."""
    if token.pos_ == "VERB" and token.dep_ not in ("aux", "auxpass", "amod"):
        return True
    return token.pos_ == "AUX" and token.dep_ in _CLAUSE_DEPS


def span_root(tokens: Span) -> Token:
    """The token of a span whose head lies outside it (the first, if several)."""
    for token in tokens:
        if token.head.i < tokens.start or token.head.i >= tokens.end or token.head.i == token.i:
            return token
    return tokens[0]


def first_predicate(token: Token, *, target: Token | None = None, inclusive: bool = False) -> Token | None:
    """The first predicate (or ``target``) on the head chain above ``token``.

    ``inclusive`` also considers ``token`` itself. Returns None when the chain reaches the
    sentence root without meeting a predicate (a verbless headline, say).
    """
    current = token if inclusive else (token.head if token.head.i != token.i else None)
    seen = 0
    while current is not None and seen < 64:
        if (target is not None and current.i == target.i) or is_predicate(current):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
        seen += 1
    return None


def governing_predicates(predicate: Token) -> list[Token]:
    """Predicates above ``predicate``, nearest first (the clause chain it sits in)."""
    chain: list[Token] = []
    current = predicate
    while current.head.i != current.i and len(chain) < 16:
        above = first_predicate(current)
        if above is None:
            break
        chain.append(above)
        current = above
    return chain


def conjoined_predicates(predicate: Token) -> list[Token]:
    """Predicates conjoined below ``predicate`` ("met X and signed Y on Monday")."""
    return [child for child in predicate.children if child.dep_ == "conj" and is_predicate(child)]


def verbal_anchor(token: Token) -> Token:
    """The verb that carries tense for ``token`` (itself, or the verb above an event noun)."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    above = first_predicate(token)
    return above if above is not None else token


def tense(token: Token) -> str | None:
    """'past', 'future', 'present' or None, read from the verb group of ``token``."""
    verb = verbal_anchor(token)
    aux = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX for a in aux):
        return "future"
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _FUTURE_GOVERNORS:
        return "future"
    if any(a.tag_ == "VBD" for a in aux) or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in aux):
        return "present"
    return None


def is_speech(token: Token) -> bool:
    return token.lemma_.lower() in SPEECH_LEMMAS
