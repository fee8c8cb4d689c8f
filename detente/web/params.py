"""Query-string and body parsing for the HTTP API.

Every parser raises ``InputError`` whose ``where`` names the parameter, so the error
handler can answer 400 with a message that says which parameter was wrong and how to
write it. Parsing is kept apart from the handlers so each rule is stated once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from detente.errors import InputError

PERIODS = ("day", "week", "month")
DEFAULT_LIMIT = 100
MAX_LIMIT = 5000
MAX_TEXT_CHARS = 100_000  # POST /api/code: one article, not a corpus
# Actor codes are letters and digits (USA, USAGOV, IGOUNO); anything else is a typo or
# an attempt to smuggle characters into a URL, and gets a clear 400.
_ACTOR = re.compile(r"^[A-Za-z0-9]{2,15}$")


def where(name: str) -> str:
    return f"query parameter {name!r}"


def optional_text(query: Mapping[str, str], name: str) -> str | None:
    value = query.get(name)
    if value is None:
        return None
    value = value.strip()
    return value or None


def optional_date(query: Mapping[str, str], name: str) -> date | None:
    value = optional_text(query, name)
    if value is None:
        return None
    return parse_date(value, where=where(name))


def parse_date(value: Any, *, where: str) -> date:
    if not isinstance(value, str):
        raise InputError(where, f"{value!r} is not a date", "write it as YYYY-MM-DD, e.g. 2000-02-17")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(where, f"{value!r} is not a date", "write it as YYYY-MM-DD, e.g. 2000-02-17") from None


def bounded_int(query: Mapping[str, str], name: str, *, default: int, low: int, high: int) -> int:
    return _bounded(query, name, int, "a whole number", default=default, low=low, high=high)


def optional_float(query: Mapping[str, str], name: str, *, default: float, low: float, high: float) -> float:
    return _bounded(query, name, float, "a number", default=default, low=low, high=high)


def _bounded(query, name, convert, kind: str, *, default, low, high):
    """A number parameter within [low, high]; the error names the parameter."""
    value = optional_text(query, name)
    if value is None:
        return default
    try:
        number = convert(value)
    except ValueError:
        raise InputError(where(name), f"{value!r} is not {kind}", f"give {low}-{high}") from None
    if not low <= number <= high:
        raise InputError(where(name), f"{number} is out of range", f"give {low}-{high}")
    return number


def actor_code(value: str, *, where: str) -> str:
    code = value.strip()
    if not _ACTOR.match(code):
        raise InputError(
            where, f"{value!r} is not an actor code",
            "give a country (USA) or a CAMEO actor code (USAGOV, IGOUNO): letters and digits only",
        )
    return code.upper()


def optional_actor(query: Mapping[str, str], name: str) -> str | None:
    value = optional_text(query, name)
    return None if value is None else actor_code(value, where=where(name))


def optional_dyad(query: Mapping[str, str], name: str = "dyad") -> tuple[str, str] | None:
    value = optional_text(query, name)
    if value is None:
        return None
    parts = [part for part in re.split(r"[,\s]+", value) if part]
    if len(parts) != 2:
        raise InputError(where(name), f"{value!r} is not two actors", "write it as A,B, e.g. dyad=USA,RUS")
    return actor_code(parts[0], where=where(name)), actor_code(parts[1], where=where(name))


def optional_cameo(query: Mapping[str, str], name: str) -> str | None:
    value = optional_text(query, name)
    if value is None:
        return None
    if not value.isdigit() or len(value) > 4:
        raise InputError(where(name), f"{value!r} is not a CAMEO code", "give 2-4 digits as text, e.g. 04 or 042")
    return value


def optional_quad(query: Mapping[str, str], name: str = "quad_class") -> int | None:
    if optional_text(query, name) is None:
        return None
    return bounded_int(query, name, default=0, low=1, high=4)


def period(query: Mapping[str, str], name: str = "by") -> str:
    value = optional_text(query, name) or "month"
    if value not in PERIODS:
        raise InputError(where(name), f"{value!r} is not a period", f"use one of {', '.join(PERIODS)}")
    return value


def table(query: Mapping[str, str], name: str = "table") -> str:
    value = optional_text(query, name) or "events"
    if value not in ("events", "mentions"):
        raise InputError(where(name), f"{value!r} is not a table", "use events (deduplicated) or mentions")
    return value


def event_filters(query: Mapping[str, str]) -> dict[str, Any]:
    """The keyword filters of ``EventStore.events_df`` from a query string."""
    start = optional_date(query, "start")
    end = optional_date(query, "end")
    if start and end and end < start:
        raise InputError(where("end"), f"{end} is before start {start}", "swap start and end")
    return {
        "start": start,
        "end": end,
        "actor": optional_actor(query, "actor"),
        "source": optional_actor(query, "source"),
        "target": optional_actor(query, "target"),
        "dyad": optional_dyad(query),
        "cameo": optional_cameo(query, "cameo"),
        "root": optional_cameo(query, "root"),
        "quad_class": optional_quad(query),
        "text": optional_text(query, "text"),
    }


def code_request(body: Any) -> tuple[str, date | None]:
    """``{"text": ..., "date": "YYYY-MM-DD"}`` from a POST /api/code body."""
    if not isinstance(body, dict):
        raise InputError("request body", "is not a JSON object", 'send {"text": "...", "date": "YYYY-MM-DD"}')
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("body field 'text'", "is missing or empty", "send the article text as a string")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            "body field 'text'", f"has {len(text)} characters, more than {MAX_TEXT_CHARS}",
            "split the text, or code files with `detente code`",
        )
    published = body.get("date")
    day = None if published in (None, "") else parse_date(published, where="body field 'date'")
    return text, day
