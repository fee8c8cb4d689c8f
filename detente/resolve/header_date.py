"""The publication date an article carries in its own header.

Wire copy and saved web pages often arrive as bare text whose only date is in the
dateline or a header line ("MOSCOW, February 20, 2000 --", "Published: 2000-02-20",
"20 February 2000"). Dating such a text to the day it happens to be coded would move
every relative expression ("last week", "on Tuesday") and every dated role (who was
foreign minister) to the wrong year, so the header date is used when the record gives
none. Only complete dates (day, month and year) count; a dateline without a year
("MOSCOW, Feb. 22 (Reuters)") says nothing reliable about the year.
"""

from __future__ import annotations

import re
from datetime import date

from detente.resolve.time_expressions import MONTHS

__all__ = ["header_date"]

# How far into the text a header may reach: title, byline and dateline lines.
_HEADER_CHARS = 400
_HEADER_LINES = 6

_MONTH = r"(?P<mon>[A-Z][a-z]{2,8})\.?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DATELINE_DASH = re.compile(r"\s(?:--|-|\u2013|\u2014)\s|\)\s*(?:--|-|\u2013|\u2014)")
_FORMS = [
    re.compile(rf"\b{_YEAR}-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
]


def header_date(text: str) -> date | None:
    """The first complete date in the article's header lines, or None."""
    lines = text.lstrip()[:_HEADER_CHARS].splitlines()[:_HEADER_LINES]
    for line in lines:
        body = _ends_sentence(line)
        if body:
            # The body has started: only its dateline ("MOSCOW, Feb 20, 2000 --") dates
            # the story; a date further on is an event's date.
            dash = _DATELINE_DASH.search(line[:70])
            line = line[: dash.start()] if dash else ""
        for form in _FORMS:
            for match in form.finditer(line):
                found = _as_date(match)
                if found is not None:
                    return found
        if body:
            return None
    return None


def _ends_sentence(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) > 80 and stripped.endswith((".", '"', "'"))


def _as_date(match: re.Match[str]) -> date | None:
    parts = match.groupdict()
    if parts.get("month"):
        month = int(parts["month"])
    else:
        month = MONTHS.get(parts["mon"].lower().rstrip("."))
        if month is None:
            return None
    try:
        return date(int(parts["year"]), month, int(parts["day"]))
    except ValueError:
        return None
