"""Time expressions in news text, and the date arithmetic that resolves them.

Pure functions of strings and dates (no spaCy): ``find_time_mentions`` scans text for the
forms wire stories use; ``resolve_mention`` turns one mention into a date and a precision
against the publication date. ``detente.resolve.when`` ties mentions to events through the
parse. Own regular grammar rather than ``dateparser`` for the common forms because
dateparser misreads several of them ("February 17-18" -> 1918, "early this month" -> None);
``time_fallback`` wraps dateparser for the rare forms this grammar does not know.

Conventions (documented because the precision field has only day / month / year):
- a day range gives its first day, day precision;
- a part of a month ("early", "mid", "late") gives a day inside that part (1st, 15th, 24th)
  with month precision, so the date lies inside the true range;
- a week ("last week", "late last week") gives a representative weekday (Wednesday; early
  Monday, late Thursday) with day precision — the explanation names the week;
- a year gives 1 January (early), 1 July (mid) or 1 November (late), year precision.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "several": 3, "a few": 3, "few": 3,
}  # fmt: skip

# Month names are matched case-sensitively (capitalised) so that "may" the verb and
# "march" the noun are not months.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DASH = r"\s*(?:-|\u2013|\u2014|to|through|and|or)\s*"
_PART = r"(?:early|earlier|mid|middle|late|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)"
_I = "(?i:{})"  # case-insensitive group inside a case-sensitive pattern
_NUM = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<year>{_YEAR})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    (
        "month_day",
        re.compile(
            rf"\b(?P<mon>{_MONTH})\s+(?P<d1>{_DAY})\b"
            rf"(?:{_DASH}(?:(?P<mon2>{_MONTH})\s+)?(?P<d2>{_DAY})\b)?"
            rf"(?:,?\s+(?P<year>{_YEAR})\b)?"
        ),
    ),
    (
        "day_month",
        re.compile(
            rf"\b(?P<d1>{_DAY})(?:{_DASH}(?P<d2>{_DAY}))?\s+(?:of\s+)?(?P<mon>{_MONTH})"
            rf"(?:,?\s+(?P<year>{_YEAR})\b)?"
        ),
    ),
    (
        "month",
        re.compile(
            rf"(?:\b{_I.format(r'(?P<lead>in|during|last|this|next|since|until|by)')}\s+)?"
            rf"(?:\b{_I.format(rf'(?P<part>{_PART})')}[\s-]+)?"
            rf"\b(?P<mon>{_MONTH})(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?\b"
        ),
    ),
    (
        "weekday",
        re.compile(
            _I.format(
                r"(?:\b(?P<shift>last|this|next|past|on|early|late)\s+)?"
                r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                r"(?:\s+(?:morning|afternoon|evening|night))?\b"
            )
        ),
    ),
    (
        "day_word",
        re.compile(
            _I.format(
                r"\b(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
                r"|yesterday|today|tonight|tomorrow|overnight|last\s+night"
                r"|this\s+(?:morning|afternoon|evening))\b"
            )
        ),
    ),
    (
        "ago",
        re.compile(
            _I.format(rf"\b(?P<num>{_NUM})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|earlier|later|before)\b")
        ),
    ),
    (
        "anaphoric",
        re.compile(
            _I.format(
                r"\b(?P<word>the\s+(?:next|following|previous|same)\s+day|the\s+day\s+before"
                r"|(?:later|earlier)\s+that\s+day|that\s+day|the\s+next\s+morning"
                r"|the\s+following\s+week)\b"
            )
        ),
    ),
    (
        "relative_unit",
        re.compile(
            _I.format(
                rf"(?:\b(?P<part>{_PART})\s+)?\b(?P<shift>last|this|next|past|previous)\s+"
                r"(?P<unit>weekend|week|month|year)\b"
            )
        ),
    ),
    (
        "year",
        re.compile(
            _I.format(rf"\b(?P<lead>in|during|since|until|by)\s+(?:(?P<part>{_PART})[\s-]+)?")
            + rf"(?P<year>{_YEAR})\b(?!\s*-)"
        ),
    ),
    ("part_year", re.compile(_I.format(rf"\b(?P<part>{_PART})[\s-]+") + rf"(?P<year>{_YEAR})\b")),
]

# Prepositions that make a time expression a bound, not the time of the event
# ("since 1998", "until March", "by June"): these mentions are found (so they are not read
# as something else) but give no date.
_BOUND_LEADS = {"since", "until", "by"}


@dataclass(frozen=True)
class TimeMention:
    """One time expression found in text, with the parts the grammar read."""

    start: int  # character offsets into the text that was scanned
    end: int
    text: str
    kind: str  # iso | month_day | day_month | month | weekday | day_word | ago | anaphoric | relative_unit | year | part_year
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int = 0  # signed count for "two days ago" (-2), "next week" (+1)
    unit: str | None = None  # day | week | weekend | month | year
    part: str | None = None  # early | mid | late
    shift: str | None = None  # last | this | next | on
    word: str | None = None
    bound: bool = False  # "since 1998": a bound, not the event's time


@dataclass(frozen=True)
class ResolvedDate:
    """A mention resolved against a reference date."""

    date: date
    precision: str  # day | month | year
    note: str  # how it was computed, for explanations


def _norm_part(part: str | None) -> str | None:
    if not part:
        return None
    part = " ".join(part.lower().split())
    if part in ("early", "earlier", "the beginning of", "the start of"):
        return "early"
    if part in ("mid", "middle"):
        return "mid"
    if part in ("late", "later", "the end of"):
        return "late"
    return None


def _num(text: str) -> int:
    text = " ".join(text.lower().split())
    return int(text) if text.isdigit() else NUMBER_WORDS.get(text, 1)


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def _build(kind: str, m: re.Match[str]) -> TimeMention | None:
    g = m.groupdict()
    base = {"start": m.start(), "end": m.end(), "text": m.group(0), "kind": kind}
    year = int(g["year"]) if g.get("year") else None
    if kind == "iso":
        return TimeMention(**base, year=year, month=int(g["month"]), day=int(g["day"]))
    if kind in ("month_day", "day_month"):
        return TimeMention(**base, year=year, month=_month(g["mon"]), day=_day(g["d1"]))
    if kind == "month":
        lead = (g.get("lead") or "").lower()
        if g["mon"] == "May" and not (lead or g.get("part") or year):
            return None  # "May" alone is too often the verb at a sentence start
        if not (lead or g.get("part") or year) and g["mon"].endswith("."):
            return None
        shift = lead if lead in ("last", "this", "next") else None
        return TimeMention(
            **base, year=year, month=_month(g["mon"]), part=_norm_part(g.get("part")),
            shift=shift, bound=lead in _BOUND_LEADS,
        )  # fmt: skip
    if kind == "weekday":
        shift = (g.get("shift") or "").lower() or None
        part = shift if shift in ("early", "late") else None
        return TimeMention(
            **base, weekday=WEEKDAYS[g["wd"].lower()], shift=None if part else shift, part=part
        )
    if kind in ("day_word", "anaphoric"):
        return TimeMention(**base, word=" ".join(g["word"].lower().split()))
    if kind == "ago":
        sign = 1 if g["dir"].lower() == "later" else -1
        return TimeMention(
            **base, offset=sign * _num(g["num"]), unit=g["unit"].lower(), word=g["dir"].lower()
        )
    if kind == "relative_unit":
        shift = g["shift"].lower()
        shift = "last" if shift in ("past", "previous") else shift
        return TimeMention(
            **base, unit=g["unit"].lower(), shift=shift, part=_norm_part(g.get("part"))
        )
    if kind in ("year", "part_year"):
        lead = (g.get("lead") or "").lower()
        return TimeMention(
            **base, year=year, part=_norm_part(g.get("part")), bound=lead in _BOUND_LEADS
        )
    return None


def find_time_mentions(text: str) -> list[TimeMention]:
    """All time expressions in ``text``, left to right, without overlaps.

    Earlier patterns in the table win over later ones on overlapping text (a full date
    beats the month it contains); a weekday directly before a date ("Wednesday,
    February 23") is folded into the date.
    """
    taken: list[TimeMention] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < t.end and t.start < m.end() for t in taken):
                continue
            mention = _build(kind, m)
            if mention is not None:
                taken.append(mention)
    taken.sort(key=lambda t: t.start)
    merged: list[TimeMention] = []
    for mention in taken:
        if (
            merged
            and merged[-1].kind == "weekday"
            and mention.kind in ("month_day", "day_month", "iso")
            and re.fullmatch(r",?\s*(?:the\s+)?", text[merged[-1].end : mention.start])
        ):
            weekday = merged.pop()
            mention = TimeMention(
                **{**mention.__dict__, "start": weekday.start, "text": text[weekday.start : mention.end]}
            )
        merged.append(mention)
    return merged


def _clamp_day(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _pick_year(month: int, day: int, published: date, tense: str | None) -> int:
    """The year of a month-day without year: the nearest one, or by tense.

    Past tense: the most recent on or before publication ("December 28" in a January
    story is last year). Future: the next on or after. Unknown: the nearest of the three.
    """
    candidates = [published.year - 1, published.year, published.year + 1]
    dated = [(y, _clamp_day(y, month, day)) for y in candidates]
    if tense == "past":
        past = [(y, d) for y, d in dated if d <= published]
        return max(past, key=lambda yd: yd[1])[0]
    if tense == "future":
        future = [(y, d) for y, d in dated if d >= published]
        return min(future, key=lambda yd: yd[1])[0]
    return min(dated, key=lambda yd: abs((yd[1] - published).days))[0]


_PART_DAY = {None: 1, "early": 1, "mid": 15, "late": 24}
_PART_MONTH = {None: 1, "early": 1, "mid": 7, "late": 11}
_PART_WEEKDAY = {None: 2, "early": 0, "mid": 2, "late": 3}


def _month_date(year: int, month: int, part: str | None) -> date:
    return _clamp_day(year, month, _PART_DAY[part])


def _add_months(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def resolve_mention(
    mention: TimeMention,
    published: date,
    *,
    tense: str | None = None,
    reference: date | None = None,
) -> ResolvedDate | None:
    """The date a mention names, or None for bounds ("since 1998").

    ``published`` anchors deictic expressions ("yesterday", "on Wednesday", "last week");
    ``reference`` anchors anaphoric ones ("the next day") and defaults to ``published``;
    ``tense`` ("past" | "future" | None) picks the year of a yearless date and the
    direction of a bare weekday.
    """
    if mention.bound:
        return None
    reference = reference or published
    kind = mention.kind
    if kind in ("iso", "month_day", "day_month"):
        assert mention.month and mention.day
        year = mention.year or _pick_year(mention.month, mention.day, published, tense)
        why = "explicit date" if mention.year else f"day and month; year {year} by {tense or 'nearest'}"
        return ResolvedDate(_clamp_day(year, mention.month, mention.day), "day", why)
    if kind == "month":
        assert mention.month
        if mention.year:
            year = mention.year
        elif mention.shift == "last":
            year = published.year if mention.month < published.month else published.year - 1
        elif mention.shift == "next":
            year = published.year if mention.month > published.month else published.year + 1
        else:
            year = _pick_year(mention.month, 15, published, tense)
        day = _month_date(year, mention.month, mention.part)
        return ResolvedDate(day, "month", f"month {year}-{mention.month:02d} ({mention.part or 'whole'})")
    if kind == "weekday":
        assert mention.weekday is not None
        back = (published.weekday() - mention.weekday) % 7
        if mention.shift == "next" or (tense == "future" and mention.shift != "last"):
            ahead = (mention.weekday - published.weekday()) % 7 or (7 if mention.shift == "next" else 0)
            return ResolvedDate(published + timedelta(days=ahead), "day", "next such weekday")
        if mention.shift == "last" and back == 0:
            back = 7
        return ResolvedDate(
            published - timedelta(days=back), "day", "most recent such weekday on or before publication"
        )
    if kind == "day_word":
        offsets = {
            "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
            "yesterday": -1, "last night": -1, "overnight": -1, "tomorrow": 1,
            "the day before yesterday": -2, "the day after tomorrow": 2,
        }  # fmt: skip
        offset = offsets[mention.word or "today"]
        return ResolvedDate(published + timedelta(days=offset), "day", f"{offset:+d} day(s) from publication")
    if kind == "anaphoric":
        offsets = {
            "the next day": 1, "the following day": 1, "the next morning": 1,
            "the previous day": -1, "the day before": -1, "the same day": 0, "that day": 0,
            "later that day": 0, "earlier that day": 0, "the following week": 7,
        }  # fmt: skip
        offset = offsets.get(mention.word or "", 0)
        return ResolvedDate(reference + timedelta(days=offset), "day", f"{offset:+d} day(s) from the episode date")
    if kind == "ago":
        # "two days ago" counts from publication; "two days later/earlier" from the episode.
        anchor = published if mention.word == "ago" else reference
        n = mention.offset
        if mention.unit == "day":
            return ResolvedDate(anchor + timedelta(days=n), "day", f"{n:+d} day(s)")
        if mention.unit == "week":
            return ResolvedDate(anchor + timedelta(days=7 * n), "day", f"{n:+d} week(s)")
        if mention.unit == "month":
            y, mo = _add_months(anchor, n)
            return ResolvedDate(_clamp_day(y, mo, anchor.day), "month", f"{n:+d} month(s)")
        return ResolvedDate(_clamp_day(anchor.year + n, anchor.month, anchor.day), "year", f"{n:+d} year(s)")
    if kind == "relative_unit":
        step = {"last": -1, "this": 0, "next": 1}[mention.shift or "this"]
        if mention.unit in ("week", "weekend"):
            monday = published - timedelta(days=published.weekday()) + timedelta(days=7 * step)
            if mention.unit == "weekend":
                # "last weekend" in a Monday story is the weekend just gone.
                monday = monday - timedelta(days=7) if step == 0 and published.weekday() < 5 else monday
                day = monday + timedelta(days=5)
            else:
                day = monday + timedelta(days=_PART_WEEKDAY[mention.part])
            if step == 0 and day > published and tense != "future":
                day = max(monday, published - timedelta(days=1)) if mention.part == "early" else published
            return ResolvedDate(day, "day", f"week of {monday.isoformat()} ({mention.part or 'whole'})")
        if mention.unit == "month":
            y, mo = _add_months(published, step)
            day = _month_date(y, mo, mention.part)
            if step == 0 and day > published and tense != "future":
                day = published
            return ResolvedDate(day, "month", f"month {y}-{mo:02d} ({mention.part or 'whole'})")
        year = published.year + step
        day = date(year, _PART_MONTH[mention.part], 1)
        if step == 0 and day > published and tense != "future":
            day = date(year, published.month, 1)
        return ResolvedDate(day, "year", f"year {year} ({mention.part or 'whole'})")
    if kind in ("year", "part_year"):
        assert mention.year
        return ResolvedDate(date(mention.year, _PART_MONTH[mention.part], 1), "year", f"year {mention.year}")
    return None


def resolve_text(text: str, published: date, *, tense: str | None = None) -> ResolvedDate | None:
    """Resolve the first time expression in ``text`` (a convenience for tests and the REPL)."""
    for mention in find_time_mentions(text):
        resolved = resolve_mention(mention, published, tense=tense)
        if resolved is not None:
            return resolved
    return None
