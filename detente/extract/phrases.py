"""Noun phrases for actors, read from the dependency parse."""

from __future__ import annotations

from spacy.tokens import Span, Token

ACTOR_POS = {"NOUN", "PROPN", "PRON"}
# Children whose subtrees are not part of the actor's name: relative clauses, trailing
# clauses, other conjuncts (coded as actors of their own), most prepositional phrases.
_CUT_DEPS = {"relcl", "acl", "conj", "cc", "advcl", "punct", "prep", "ccomp", "xcomp", "dep", "parataxis"}
# Prepositions that stay inside a name: "the foreign minister of Russia", "rebels in Chechnya".
_KEEP_PREPS = {"of", "in", "from"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


def _kept(head: Token, token: Token) -> bool:
    """Whether ``token`` (a child somewhere under ``head``) stays in the phrase."""
    if token.dep_ == "prep":  # "rebels in the northern city of Kirkuk"
        return (token.lower_ in _KEEP_PREPS and token.head == head) or token.lower_ == "of"
    if token.dep_ == "punct":
        # commas around an appositive belong to it: "Samuel Berger, the U.S. advisor,"
        around_appos = token.head == head and any(c.dep_ == "appos" for c in head.children)
        return token.text in {"-", "'", "."} or token.head.dep_ == "appos" or around_appos
    if token.dep_ in {"conj", "cc"}:  # "Hungarian and Romanian officials" stays whole
        return token.head != head
    return token.dep_ not in _CUT_DEPS


def phrase(head: Token) -> Span:
    """The contiguous span of ``head``'s subtree that names the actor."""
    kept = {head.i}
    stack = list(head.children)
    while stack:
        token = stack.pop()
        if token.dep_ == "appos" and token.head == head:
            kept.add(token.i)
            stack.extend(token.children)
            continue
        if not _kept(head, token):
            continue
        kept.add(token.i)
        stack.extend(token.children)
    doc = head.doc
    left = right = head.i
    # grow through kept tokens, bridging punctuation that has a kept token beyond it
    # ("the Asia-Pacific Economic Cooperation (APEC) forum")
    while True:
        step = left - 1
        while step >= 0 and doc[step].is_punct and step not in kept:
            step -= 1
        if step >= 0 and step in kept and step >= left - 3:
            left = step
        else:
            break
    while True:
        step = right + 1
        while step < len(doc) and doc[step].is_punct and step not in kept:
            step += 1
        if step < len(doc) and step in kept and step <= right + 3:
            right = step
        else:
            break
    # trailing commas/quotes never belong to a name; keep a closing bracket that has its opener
    while right > left and doc[right].is_punct and not (doc[right].text == ")" and "(" in doc[left:right].text):
        right -= 1
    while left < right and doc[left].is_punct and doc[left].text != "(":
        left += 1
    # "The International Labor Office (ILO": close the bracket the name opened
    inside = doc[left : right + 1].text
    if inside.count("(") > inside.count(")") and right + 1 < len(doc) and doc[right + 1].text == ")":
        right += 1
    # "Last Friday Secretary of State John Kerry": a time phrase the parser glued on
    while left < head.i and (doc[left].ent_type_ in ("DATE", "TIME") or doc[left].lower_ in LEADING_TIME_WORDS):
        left += 1
    return doc[left : right + 1]



def conjuncts(head: Token) -> list[Token]:
    """``head`` and the nominal conjuncts coordinated with it ("Russia and the United States")."""
    heads = [head]
    for token in head.conjuncts:
        if token.pos_ in ACTOR_POS and not token.is_punct and len(token.text) > 1 and token not in heads:
            heads.append(token)
    return sorted(heads, key=lambda t: t.i)


def actor_group(head: Token) -> tuple[Span, ...]:
    """One span per coordinated actor."""
    return tuple(phrase(h) for h in conjuncts(head))


NON_ACTOR_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow"}
LEADING_TIME_WORDS = {"last", "next", "on", "this", "early", "late", "earlier", "later"} | WEEKDAYS


def is_actor_like(token: Token) -> bool:
    if token.ent_type_ in NON_ACTOR_ENTITIES or token.lower_ in WEEKDAYS:
        return False
    return token.pos_ in ACTOR_POS or token.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}
