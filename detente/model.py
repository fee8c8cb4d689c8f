"""Values that cross module borders.

Every stage of the pipeline hands the next one frozen dataclasses, never dicts of
optional keys. ``Event.to_dict`` is the public JSON Lines contract (see README).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

CODER_VERSION = "0.1.0"
CODER = f"detente {CODER_VERSION}"


@dataclass(frozen=True)
class Article:
    """One input record: a news story or analysis piece."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = None  # where the record came from ("file.jsonl:12"), for messages


@dataclass(frozen=True)
class Actor:
    """A resolved (or unresolved) actor phrase.

    ``code`` is the CAMEO actor code (country + agent, e.g. ``RUSGOV``; IGOs such as
    ``IGOWSTNAT``); it is ``None`` when the phrase could not be resolved. ``path`` records
    how the resolution was made (dictionary entry, title, coreference chain), for ``explain``.
    """

    text: str
    name: str | None = None
    code: str | None = None
    country: str | None = None
    agent: str | None = None
    path: tuple[str, ...] = ()
    span: tuple[int, int] | None = None  # character offsets of the phrase in the article

    @property
    def resolved(self) -> bool:
        return self.code is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "agent": self.agent,
        }


@dataclass(frozen=True)
class When:
    """When an event happened and how we know."""

    date: date
    precision: str = "day"  # day | month | year
    basis: str = "published"  # text | context | published
    expression: str | None = None  # the time expression that gave the date


@dataclass(frozen=True)
class Place:
    """Where an event happened, resolved offline against a gazetteer."""

    name: str
    country: str | None = None  # ISO 3166-1 alpha-3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str = "city"  # city | country | region
    expression: str | None = None  # the text that named the place

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
        }


@dataclass(frozen=True)
class Evidence:
    """Why the event was coded: the predicate, its offsets in the article, the rule."""

    predicate: str
    start: int
    end: int
    rule: str
    negated: bool = False
    model: str | None = None  # the classifier's PLOVER type, when the model ran
    model_prob: float | None = None
    decision: str | None = None  # how rule and model were combined
    rule_specific: bool = False  # the pattern names more than the bare lemma
    sentence_start: int = 0  # offset of the sentence in the article
    # PLOVER types that other predicates of the same sentence carry. The type check reads
    # the sentence and the actor spans, not the predicate, so an answer equal to one of
    # these is most likely about that other predicate. Not part of the JSON contract.
    rival_types: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "predicate": self.predicate,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "negated": self.negated,
            "model": self.model,
            "model_prob": self.model_prob,
            "decision": self.decision,
        }


@dataclass(frozen=True)
class Event:
    """One coded political event: the unit of output."""

    article_id: str
    sentence_index: int
    sentence: str
    when: When
    source: Actor
    target: Actor | None
    cameo: str
    goldstein: float
    quad_class: int
    plover_event: str | None
    plover_mode: str | None
    evidence: Evidence
    location: Place | None = None
    coder: str = CODER
    event_id: str = field(default="")

    def __post_init__(self) -> None:
        if not isinstance(self.cameo, str) or not self.cameo.isdigit():
            raise ValueError(f"CAMEO code must be a digit string, got {self.cameo!r}")
        if not self.event_id:
            object.__setattr__(self, "event_id", self._stable_id())

    @property
    def cameo_root(self) -> str:
        return self.cameo[:2]

    def _stable_id(self) -> str:
        key = "|".join(
            [
                self.article_id,
                str(self.sentence_index),
                str(self.evidence.start),
                self.source.code or self.source.text,
                (self.target.code or self.target.text) if self.target else "",
                self.cameo,
            ]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """The JSON Lines contract, field for field."""
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "date": self.when.date.isoformat(),
            "date_precision": self.when.precision,
            "date_basis": self.when.basis,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "plover": {"event": self.plover_event, "mode": self.plover_mode},
            "location": self.location.to_dict() if self.location else None,
            "evidence": self.evidence.to_dict(),
            "coder": self.coder,
        }


@dataclass(frozen=True)
class ArticleResult:
    """One article's coding: its events and what the run should report about it."""

    article: Article
    events: tuple[Event, ...]
    sentences: int
    unresolved: tuple[str, ...] = ()  # actor phrases that resolved to no code


@dataclass(frozen=True)
class InputProblem:
    """A record that could not be read; counted and reported, never silently dropped."""

    where: str  # file:line or file#id
    problem: str
