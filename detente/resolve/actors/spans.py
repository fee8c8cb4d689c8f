"""Where a document's mentions are in the parse: the noun phrases of a sentence (an
appositive joined to the name before it), a span's character offsets, and the subject
an object pronoun may not refer to ("Berger invited him": not Berger)."""

from __future__ import annotations

from typing import Any

MENTION_ENTITY_TYPES = {"PERSON", "ORG", "GPE", "NORP", "FAC"}


def offsets(span: Any) -> tuple[int, int] | None:
    start, end = getattr(span, "start_char", None), getattr(span, "end_char", None)
    return (start, end) if isinstance(start, int) and isinstance(end, int) else None


OBJECT_PRONOUNS = {"him", "her", "them", "it"}


def clause_subjects(span: Any) -> tuple[int, ...]:
    """Character offsets of the subject of the clause whose object ``span`` (a pronoun) is."""
    if isinstance(span, str) or len(span) != 1 or span[0].lower_ not in OBJECT_PRONOUNS:
        return ()
    token = span[0]
    if token.dep_ in {"dobj", "dative"}:
        verb = token.head
    elif token.dep_ == "pobj" and token.head.dep_ == "prep":
        verb = token.head.head
    else:
        return ()
    return tuple(c.idx for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})


def doc_noun_chunks(doc: Any) -> list[Any]:
    try:
        return list(doc.noun_chunks)
    except (ValueError, AttributeError):  # no parser: fall back to entities
        return []


def mention_spans(sent: Any, *, chunks: list[Any] | None = None) -> list[Any]:
    """Noun phrases of a sentence in order; an appositive is joined to the name before it."""
    if chunks is None:
        try:
            chunks = list(sent.noun_chunks)
        except (ValueError, AttributeError):  # no parser: fall back to entities
            chunks = []
    chunks = list(chunks)
    covered = {i for chunk in chunks for i in range(chunk.start, chunk.end)}
    for ent in getattr(sent, "ents", ()):
        if ent.label_ in MENTION_ENTITY_TYPES and not any(i in covered for i in range(ent.start, ent.end)):
            chunks.append(ent)
    chunks.sort(key=lambda c: c.start)
    joined: list[Any] = []
    for chunk in chunks:
        root = chunk.root
        if joined and root.dep_ == "appos" and joined[-1].start <= root.head.i < joined[-1].end:
            previous = joined.pop()
            chunk = previous.doc[previous.start : chunk.end]
        joined.append(chunk)
    return joined
