"""What the extractor hands on: candidate events of a sentence and what it rejected."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from detente.dictionaries.patterns import Pattern


@dataclass(frozen=True)
class Candidate:
    predicate: Token
    pattern: Pattern
    sources: tuple[tuple[Span, ...], ...]  # source groups in order of preference
    targets: tuple[tuple[Span, ...], ...]  # target groups in order of preference
    construction: str
    negated: bool = False
    future: bool = False
    reciprocal: bool = False  # if no target resolves and the sources are several actors, pair them
    complement: Token | None = None  # the xcomp verb of a control construction
    condition: str | None = None  # "unless"/"if" when the act is conditioned ("will withdraw unless ...")
    # last resort when no target group resolves and the sources are not a pair: names deeper
    # in what the predicate governs ("rejected a fresh offer from Afghanistan")
    distant: tuple[tuple[Span, ...], ...] = ()
    # ... and names of where it happened, taken only if they name a country ("sought refuge in Germany")
    distant_places: tuple[tuple[Span, ...], ...] = ()


@dataclass
class SentenceReading:
    """What the extractor saw in one sentence: the candidates and the rejected predicates."""

    sentence: Span
    candidates: list[Candidate] = field(default_factory=list)
    rejected: list[tuple[Token, str]] = field(default_factory=list)
