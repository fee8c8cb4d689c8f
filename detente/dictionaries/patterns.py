"""The project's verb and noun pattern dictionary: predicate -> CAMEO code.

Data files (tab-separated, ``#`` comments), one pattern per line with a stable id that
appears in ``evidence.rule``:

* ``data/verb_patterns.tsv``: ``id lemma particle prep object cameo note``
* ``data/noun_patterns.tsv``: ``id lemma prep modifier cameo note``

``-`` means "no constraint"; ``a|b`` lists alternatives. A pattern whose code is
``DISCARD`` marks a non-political use ("attacked the goal"): it wins like any other pattern
and the candidate is dropped. Among the patterns of one lemma whose constraints all hold,
the most specific wins (object or modifier > preposition > particle); ties go to the
earlier line.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from detente.errors import DictionaryError
from detente.ontology import cameo_table

DISCARD = "DISCARD"


@dataclass(frozen=True)
class Pattern:
    id: str
    kind: str  # verb | noun
    lemma: str
    particle: str | None
    prep: frozenset[str]
    objects: frozenset[str]  # object lemmas (verbs) or modifier lemmas (nouns)
    cameo: str
    note: str = ""
    line: int = 0

    @property
    def rule(self) -> str:
        return f"{self.kind}:{self.id}"

    @property
    def specificity(self) -> int:
        return (4 if self.objects else 0) + (2 if self.prep else 0) + (1 if self.particle else 0)

    @property
    def discard(self) -> bool:
        return self.cameo == DISCARD

    def accepts(self, *, particles: frozenset[str], preps: frozenset[str], objects: frozenset[str]) -> bool:
        if self.particle and self.particle not in particles:
            return False
        if self.prep and not (self.prep & preps):
            return False
        if self.objects and not (self.objects & objects):
            return False
        return True


def _alternatives(value: str) -> frozenset[str]:
    value = value.strip()
    if value in ("", "-"):
        return frozenset()
    return frozenset(v.strip().lower() for v in value.split("|") if v.strip())


def read_patterns(lines: Iterable[str], *, kind: str, name: str) -> list[Pattern]:
    """Parse one pattern file; raises ``DictionaryError`` naming the file and line."""
    codes = cameo_table()
    rows = [(n, line) for n, line in enumerate(lines, start=1) if line.strip() and not line.startswith("#")]
    if not rows:
        return []
    header = rows[0][1].rstrip("\n").split("\t")
    patterns: list[Pattern] = []
    seen: set[str] = set()
    for number, line in rows[1:]:
        fields = line.rstrip("\n").split("\t")
        if len(fields) < len(header) - 1:
            raise DictionaryError(name, number, f"expected {len(header)} tab-separated fields, found {len(fields)}")
        row = dict(zip(header, fields + [""] * (len(header) - len(fields))))
        pid = row["id"].strip()
        if pid in seen:
            raise DictionaryError(name, number, f"duplicate pattern id {pid!r}")
        seen.add(pid)
        cameo = row["cameo"].strip()
        if cameo != DISCARD and cameo not in codes:
            raise DictionaryError(name, number, f"unknown CAMEO code {cameo!r} in pattern {pid!r}")
        if kind == "verb":
            particle = row.get("particle", "-").strip()
            objects = _alternatives(row.get("object", "-"))
        else:
            particle = "-"
            objects = _alternatives(row.get("modifier", "-"))
        patterns.append(
            Pattern(
                id=pid,
                kind=kind,
                lemma=row["lemma"].strip().lower(),
                particle=None if particle in ("", "-") else particle.lower(),
                prep=_alternatives(row.get("prep", "-")),
                objects=objects,
                cameo=cameo,
                note=row.get("note", "").strip(),
                line=number,
            )
        )
    return patterns


class PatternBook:
    """Verb and noun patterns indexed by lemma."""

    def __init__(self, verbs: list[Pattern], nouns: list[Pattern]) -> None:
        self.verbs: dict[str, list[Pattern]] = {}
        self.nouns: dict[str, list[Pattern]] = {}
        for p in verbs:
            self.verbs.setdefault(p.lemma, []).append(p)
        for p in nouns:
            self.nouns.setdefault(p.lemma, []).append(p)
        self.size = len(verbs) + len(nouns)

    def match_verb(
        self, lemma: str, *, particle: str | None = None, particles: Iterable[str] = (),
        preps: Iterable[str] = (), objects: Iterable[str] = (),
    ) -> Pattern | None:
        found = frozenset(particles) | ({particle} if particle else set())
        return _best(self.verbs.get(lemma, ()), particles=found, preps=frozenset(preps), objects=frozenset(objects))

    def match_noun(self, lemma: str, *, preps: Iterable[str] = (), modifiers: Iterable[str] = ()) -> Pattern | None:
        return _best(self.nouns.get(lemma, ()), particles=frozenset(), preps=frozenset(preps), objects=frozenset(modifiers))

    def has_noun(self, lemma: str) -> bool:
        return lemma in self.nouns

    def has_verb(self, lemma: str) -> bool:
        return lemma in self.verbs


def _best(candidates, *, particles, preps, objects) -> Pattern | None:
    best: Pattern | None = None
    for pattern in candidates:
        if pattern.accepts(particles=particles, preps=preps, objects=objects):
            if best is None or pattern.specificity > best.specificity:
                best = pattern
    return best


def _data_lines(filename: str) -> list[str]:
    resource = resources.files("detente.dictionaries").joinpath("data", filename)
    if not resource.is_file():
        return []
    return resource.read_text("utf-8").splitlines()


@lru_cache(maxsize=1)
def default_patterns() -> PatternBook:
    """The built-in pattern dictionary (read once per process)."""
    verbs = read_patterns(_data_lines("verb_patterns.tsv"), kind="verb", name="verb_patterns.tsv")
    nouns = read_patterns(_data_lines("noun_patterns.tsv"), kind="noun", name="noun_patterns.tsv")
    return PatternBook(verbs, nouns)


def load_pattern_file(path: Path, *, kind: str) -> list[Pattern]:
    return read_patterns(path.read_text("utf-8").splitlines(), kind=kind, name=str(path))
