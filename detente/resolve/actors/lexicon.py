"""The actor lexicon: every known name, precompiled into a dict keyed by lower-case words.

An ``Entry`` is what a name means (a country, a seat of government, a nationality
adjective, an organisation, an agent noun, a person). Its ``spells`` hold date-bounded
codes: the code in force on the article's date is picked with ``Entry.spell_at``.
Lookup is a longest match over a phrase's words (``Lexicon.longest``), so "Bosnia and
Herzegovina" wins over "Bosnia", and "Russian Security Council" over "Security Council".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

# Which kinds of entry a phrase can hold; the order is the precedence when one key has
# entries of several kinds from the same source (a person's name beats an org acronym).
KINDS = ("person", "org", "seat", "country", "adjective", "agent", "surname")

# International codes carry no country (DESIGN.md: country is null for IGOs).
INTERNATIONAL_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "INT")


def split_code(code: str) -> tuple[str | None, str | None]:
    """``RUSGOV`` -> ("RUS", "GOV"); ``RUS`` -> ("RUS", None); ``IGOWSTNAT`` -> (None, None)."""
    if not code or code[:3] in INTERNATIONAL_PREFIXES:
        return None, None
    country = code[:3]
    agent = code[3:6] or None
    return country, agent


@dataclass(frozen=True)
class Spell:
    """One code in force between two dates (``None`` = open), with what it stands for."""

    code: str
    start: date | None = None
    end: date | None = None
    label: str = ""  # "RUS president", for the resolution path

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def describe(self) -> str:
        start = self.start.isoformat() if self.start else ""
        end = self.end.isoformat() if self.end else ""
        span = f" {start}..{end}" if (start or end) else ""
        label = f"{self.label}" if self.label else self.code
        return f"{label}{span} -> {self.code}"


# Kinds of entry that are proper names; in lower case a word is never one of them.
NAME_KINDS = {"org", "person", "surname"}


@dataclass(frozen=True)
class Entry:
    """What one name means. ``key`` identifies it in resolution paths ("kb:vladimir_putin")."""

    kind: str
    key: str
    name: str
    spells: tuple[Spell, ...] = ()
    number: str = ""  # agent nouns: "person" (a title) or "group"
    imported: bool = False  # read from a TABARI/PETRARCH file given by the user
    country: str | None = None  # countries, seats and adjectives: the ISO3 code

    def spell_at(self, day: date) -> Spell | None:
        """The spell in force on ``day``; among several, the one that began last."""
        current = [s for s in self.spells if s.covers(day)]
        if not current:
            return None
        return max(current, key=lambda s: s.start or date.min)

    def nearest_spell(self, day: date) -> Spell | None:
        """The spell closest in time to ``day`` (for people out of office on that day)."""
        if not self.spells:
            return None

        def distance(spell: Spell) -> int:
            if spell.end is not None and spell.end < day:
                return (day - spell.end).days
            if spell.start is not None and spell.start > day:
                return (spell.start - day).days
            return 0

        return min(self.spells, key=distance)

    @property
    def agent(self) -> str | None:
        """Agent nouns store their agent code as the code of their only spell."""
        return self.spells[0].code if self.kind == "agent" and self.spells else None


def _priority(entry: Entry) -> tuple[int, int]:
    """Precedence among entries of one key (see detente/resolve/actors/__init__.py)."""
    if entry.kind in ("person", "surname"):
        return (1 if entry.imported else 0, KINDS.index(entry.kind))
    if entry.imported:
        return (3, KINDS.index(entry.kind))
    if entry.kind in ("org", "seat", "agent"):
        return (2, KINDS.index(entry.kind))
    return (4, KINDS.index(entry.kind))


class Lexicon:
    """Names -> entries, keyed by tuples of lower-case words; built once per process."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, ...], list[Entry]] = {}
        # Short all-capital acronyms ("US", "UN", "WHO", "IS") only match written in
        # capitals, so "us", "who" and "is" stay ordinary words.
        self._capitals_only: set[tuple[str, ...]] = set()
        self._first_words: set[str] = set()
        self.max_words = 1

    def add(self, name: str, entry: Entry, key: tuple[str, ...]) -> None:
        if not key:
            return
        bucket = self._entries.setdefault(key, [])
        self._first_words.add(key[0])
        if entry in bucket:
            return
        bucket.append(entry)
        bucket.sort(key=_priority)
        if name.isupper() and "." not in name and len(name) <= 4 and len(key) == 1:
            self._capitals_only.add(key)
        self.max_words = max(self.max_words, len(key))

    def may_match(self, word: str) -> bool:
        """Whether some name starts with this lower-case word (a cheap pre-filter)."""
        return word in self._first_words

    def get(self, key: tuple[str, ...]) -> list[Entry]:
        return self._entries.get(key, [])

    def __len__(self) -> int:
        return len(self._entries)

    def items(self) -> Iterable[tuple[tuple[str, ...], Entry]]:
        """(key, entry) for every name known."""
        for key, bucket in self._entries.items():
            for entry in bucket:
                yield key, entry

    def entries(self) -> Iterable[Entry]:
        seen: set[int] = set()
        for bucket in self._entries.values():
            for entry in bucket:
                if id(entry) not in seen:
                    seen.add(id(entry))
                    yield entry

    def longest(self, lowers: Sequence[str], texts: Sequence[str], i: int) -> tuple[int, list[Entry]]:
        """The longest key starting at word ``i``: (number of words, entries), or (0, [])."""
        top = min(self.max_words, len(lowers) - i)
        for n in range(top, 0, -1):
            key = tuple(lowers[i : i + n])
            bucket = self._entries.get(key)
            if not bucket:
                continue
            if key in self._capitals_only and not texts[i].isupper():
                # the acronym reading is out; a lower-case reading of the same word may remain
                bucket = [e for e in bucket if e.kind == "agent"]
                if not bucket:
                    continue
            if not any(t[:1].isupper() for t in texts[i : i + n]):
                # names are written with capitals: "its labour market" is not the Labour Party
                bucket = [e for e in bucket if e.kind not in NAME_KINDS]
                if not bucket:
                    continue
            return n, bucket
        return 0, []
