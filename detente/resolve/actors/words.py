"""Words of an actor phrase, the same whether they come from a spaCy span or a string.

Lexicon keys and phrases are compared as tuples of lower-case words. Both sides are cut the
way spaCy's English tokenizer cuts names: hyphens and possessive ``'s`` are words of their
own, abbreviations keep their dots ("U.S."), trailing sentence punctuation is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# One word: a run of letters/digits that may hold inner dots or apostrophes ("U.S.",
# "d'Orsay", "N'Djamena"), or a single punctuation mark that matters for structure.
_WORD = re.compile(r"\d[\d,.]*\d|[\w][\w.'’]*|[-,&;/()]|'s\b|'")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "“": '"', "”": '"'})


@dataclass(frozen=True)
class Word:
    """One word of a phrase: its text, lower-case form and what the parser said, if known."""

    text: str
    lower: str
    start: int = -1  # character offset in the document, -1 when the phrase is a plain string
    pos: str = ""
    dep: str = ""
    ent_type: str = ""

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


def split_text(text: str) -> list[str]:
    """Cut a string into words the way keys are cut (see the module docstring)."""
    text = text.translate(_QUOTES)
    words: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        # "Russia's" -> "Russia", "'s"; "Iran." at the end -> "Iran"
        if word.endswith("'s") and len(word) > 2:
            words.extend([word[:-2], "'s"])
            continue
        if word.endswith(".") and word.count(".") == 1 and len(word) > 2:
            word = word[:-1]
        words.append(word)
    return words


def key_of(text: str) -> tuple[str, ...]:
    """The lexicon key of a name: its lower-case words, without a leading "the"."""
    words = [w.lower() for w in split_text(text)]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return tuple(words)


def words_of(phrase: Any) -> list[Word]:
    """Words of a spaCy Span/Doc (with parser labels) or of a plain string."""
    if isinstance(phrase, str):
        return [Word(text=w, lower=w.lower()) for w in split_text(phrase)]
    words: list[Word] = []
    for token in phrase:
        text = token.text.translate(_QUOTES)
        if not text.strip():
            continue
        # spaCy keeps "d'Orsay" whole but may glue a hyphenated pair ("Russian-U.S.") only
        # rarely; re-split with the key rules so both sides agree.
        # only hyphens and apostrophes need it; "4,000" must stay one word
        pieces = (split_text(text) or [text]) if any(c in text for c in "-'") else [text]
        offset = token.idx
        for piece in pieces:
            words.append(
                Word(
                    text=piece,
                    lower=piece.lower(),
                    start=offset,
                    pos=token.pos_,
                    dep=token.dep_,
                    ent_type=token.ent_type_,
                )
            )
    return words
