"""dateparser, wrapped, for the date forms our own grammar does not know.

Only DATE entities that ``time_expressions`` found nothing in are passed on, and only
those that carry a number or a month name; dateparser's answer is then checked: it must
fall within ten years of publication unless the text names the year itself (dateparser
reads "February 17-18" as 1918, which is why it never sees the forms we parse ourselves).
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from detente.resolve.time_expressions import MONTHS, TimeMention

log = logging.getLogger(__name__)

_HAS_ANCHOR = re.compile(r"\d|\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_DAY_NUMBER = re.compile(r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?!\d)")
_YEAR_IN_TEXT = re.compile(r"\b(?:1[89]|20)\d\d\b")


@lru_cache(maxsize=8)
def _parser(published: date) -> Any:
    from dateparser.date import DateDataParser  # imported lazily: it is slow to import

    settings = {
        "PREFER_DATES_FROM": "past",
        "RETURN_TIME_AS_PERIOD": True,
        "RELATIVE_BASE": datetime(published.year, published.month, published.day),
    }
    return DateDataParser(languages=["en"], settings=settings)


def parse_date(text: str, published: date) -> tuple[date, str] | None:
    """(date, precision) for ``text`` via dateparser, or None when it is absent or implausible."""
    if not _HAS_ANCHOR.search(text):
        return None
    try:
        data = _parser(published).get_date_data(text)
    except Exception as exc:  # dateparser raises odd errors on odd text; a date is optional
        log.debug("dateparser failed on %r: %s", text, exc)
        return None
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    if not _YEAR_IN_TEXT.search(text) and abs(found.year - published.year) > 10:
        return None
    period = data.period if data.period in ("day", "month", "year") else "day"
    if period == "day" and not _DAY_NUMBER.search(text):
        return None  # "the 1990s" comes back as yesterday: a day needs a day number
    return found, period


def dateparser_mentions(doc: Doc, known: list[TimeMention], published: date) -> list[TimeMention]:
    """TimeMentions for DATE entities the grammar missed and dateparser reads sensibly."""
    out: list[TimeMention] = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        start, end = ent.start_char, ent.end_char
        if any(start < m.end and m.start < end for m in known):
            continue
        parsed = parse_date(ent.text, published)
        if parsed is None:
            continue
        found, period = parsed
        out.append(
            TimeMention(
                start=start, end=end, text=ent.text, kind={"day": "iso", "month": "month"}.get(period, "year"),
                year=found.year, month=found.month, day=found.day,
            )
        )  # fmt: skip
    return out
