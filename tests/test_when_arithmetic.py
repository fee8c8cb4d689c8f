"""Date arithmetic without the model: time expressions found in strings and resolved."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from detente.resolve.time_expressions import find_time_mentions, resolve_mention, resolve_text
from detente.resolve.time_fallback import parse_date
from detente.resolve.when import is_citation, is_dateline

TUESDAY = date(2000, 2, 22)


def test_publication_date_is_a_tuesday() -> None:
    # Every weekday expectation below counts from this.
    assert TUESDAY.strftime("%A") == "Tuesday"


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("February 17-18", date(2000, 2, 17), "day"),  # a range gives its first day
        ("Feb. 17 and 18", date(2000, 2, 17), "day"),
        ("17-18 February", date(2000, 2, 17), "day"),
        ("February 17, 1999", date(1999, 2, 17), "day"),
        ("Wednesday, February 16, 2000", date(2000, 2, 16), "day"),
        ("2000-02-17", date(2000, 2, 17), "day"),
        ("yesterday", date(2000, 2, 21), "day"),
        ("overnight", date(2000, 2, 21), "day"),
        ("last night", date(2000, 2, 21), "day"),
        ("today", date(2000, 2, 22), "day"),
        ("two days ago", date(2000, 2, 20), "day"),
        ("a week ago", date(2000, 2, 15), "day"),
        ("early this month", date(2000, 2, 1), "month"),
        ("late last month", date(2000, 1, 24), "month"),
        ("last month", date(2000, 1, 1), "month"),
        ("in early February", date(2000, 2, 1), "month"),
        ("in 1998", date(1998, 1, 1), "year"),
        ("late 1999", date(1999, 11, 1), "year"),
        ("last year", date(1999, 1, 1), "year"),
    ],
)
def test_resolves_against_publication(text: str, expected: date, precision: str) -> None:
    resolved = resolve_text(text, TUESDAY, tense="past")
    assert resolved is not None, text
    assert (resolved.date, resolved.precision) == (expected, precision)


def test_dateparser_would_misread_a_range_but_our_grammar_does_not() -> None:
    # The wrapper refuses the range rather than return 1918; the grammar reads it.
    assert parse_date("February 17-18", TUESDAY) is None or parse_date("February 17-18", TUESDAY)[0].year >= 1990
    assert resolve_text("February 17-18", TUESDAY).date == date(2000, 2, 17)  # type: ignore[union-attr]


def test_dateparser_fallback_reads_numeric_dates_and_refuses_decades() -> None:
    assert parse_date("17.02.2000", TUESDAY) == (date(2000, 2, 17), "day")
    assert parse_date("the 1990s", TUESDAY) is None
    assert parse_date("decades", TUESDAY) is None


@pytest.mark.parametrize(
    ("weekday", "days_back"),
    [("Monday", 1), ("Tuesday", 0), ("Wednesday", 6), ("Thursday", 5), ("Sunday", 2)],
)
def test_weekday_is_most_recent_on_or_before_publication(weekday: str, days_back: int) -> None:
    resolved = resolve_text(f"on {weekday}", TUESDAY)
    assert resolved is not None
    assert resolved.date == TUESDAY - timedelta(days=days_back)
    assert resolved.date.strftime("%A") == weekday


def test_weekday_in_future_tense_looks_ahead() -> None:
    resolved = resolve_text("on Wednesday", TUESDAY, tense="future")
    assert resolved is not None and resolved.date == date(2000, 2, 23)
    assert resolve_text("next Tuesday", TUESDAY).date == date(2000, 2, 29)  # type: ignore[union-attr]
    assert resolve_text("last Tuesday", TUESDAY).date == date(2000, 2, 15)  # type: ignore[union-attr]


def test_year_rollover_for_a_date_without_year() -> None:
    january_story = date(2000, 1, 5)
    assert resolve_text("December 28", january_story, tense="past").date == date(1999, 12, 28)  # type: ignore[union-attr]
    assert resolve_text("December 28", january_story).date == date(1999, 12, 28)  # type: ignore[union-attr]
    december_story = date(1999, 12, 28)
    assert resolve_text("January 3", december_story, tense="future").date == date(2000, 1, 3)  # type: ignore[union-attr]
    assert resolve_text("in January", december_story, tense="future").date.year == 2000  # type: ignore[union-attr]
    # Past tense never lands after publication.
    assert resolve_text("March 15", TUESDAY, tense="past").date == date(1999, 3, 15)  # type: ignore[union-attr]


def test_weeks_give_a_day_inside_the_week() -> None:
    monday_before = date(2000, 2, 14)
    last_week = resolve_text("last week", TUESDAY)
    late_last_week = resolve_text("late last week", TUESDAY)
    assert last_week is not None and monday_before <= last_week.date <= monday_before + timedelta(days=6)
    assert late_last_week is not None and late_last_week.date.strftime("%A") in ("Thursday", "Friday")
    earlier_this_week = resolve_text("earlier this week", TUESDAY)
    assert earlier_this_week is not None and earlier_this_week.date == date(2000, 2, 21)


def test_this_month_never_runs_past_publication_in_past_tense() -> None:
    early_story = date(2000, 2, 3)
    resolved = resolve_text("late this month", early_story, tense="past")
    assert resolved is not None and resolved.date <= early_story


def test_anaphoric_expressions_count_from_the_reference() -> None:
    mention = find_time_mentions("The next day he left.")[0]
    resolved = resolve_mention(mention, TUESDAY, reference=date(2000, 2, 16))
    assert resolved is not None and resolved.date == date(2000, 2, 17)


def test_bounds_are_found_but_give_no_date() -> None:
    (mention,) = find_time_mentions("since 1998")
    assert mention.bound and resolve_mention(mention, TUESDAY) is None


def test_may_the_verb_is_not_a_month() -> None:
    assert find_time_mentions("May I ask why Russia may object?") == []
    assert [m.text for m in find_time_mentions("They met in May.")] == ["in May"]


def test_weekday_before_a_date_is_one_expression() -> None:
    mentions = find_time_mentions("on Wednesday, February 16, the talks began")
    assert len(mentions) == 1 and mentions[0].day == 16


def test_citation_and_dateline_detection() -> None:
    text = "Moscow accused Washington of bad faith (New York Times, February 19)."
    start = text.index("February 19")
    assert is_citation(text, start, start + len("February 19"))
    plain = "They met on February 19 in Moscow."
    start = plain.index("February 19")
    assert not is_citation(plain, start, start + len("February 19"))
    dateline = "MOSCOW, Feb. 22 (Reuters) - Russia said"
    assert is_dateline(dateline, 8, 15)
    assert not is_dateline(plain, plain.index("February"), plain.index("February") + 11)
