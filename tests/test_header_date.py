"""The publication date an undated text carries in its header (no model needed)."""

from __future__ import annotations

from datetime import date

import pytest

from detente.io import read_inputs
from detente.resolve.header_date import header_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOSCOW, February 20, 2000 -- Relations between Moscow and Washington run on two tracks.", date(2000, 2, 20)),
        ("Title line\nWASHINGTON, 3 March 1999 (AP) - The Senate voted.", date(1999, 3, 3)),
        ("Published: 2000-02-20\n\nThe talks resumed.", date(2000, 2, 20)),
        ("Russia and America\n\nFeb. 7, 2001\n\nBody text follows here.", date(2001, 2, 7)),
    ],
)
def test_header_dates_are_read(text, expected):
    assert header_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a dateline without a year says nothing reliable about the year
        "MOSCOW, Feb. 22 (Reuters) - Russia said on Tuesday it would talk.",
        # a date inside the body is an event's date, not the story's
        "The two presidents met in Helsinki on March 21, 1997 and agreed to cut their arsenals further.\nMore.",
        "No date at all in this text.",
        "Talks opened on February 30, 2000 -- an impossible day.",
    ],
)
def test_no_header_date(text):
    assert header_date(text) is None


def test_a_text_file_takes_its_dateline_date_over_the_default(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("BELGRADE, June 10, 1999 -- NATO suspended its bombing campaign.\n", encoding="utf-8")
    (article,) = read_inputs([path], default_date=date(2020, 1, 1))
    assert article.published == date(1999, 6, 10)
    undated = tmp_path / "undated.txt"
    undated.write_text("NATO suspended its bombing campaign.\n", encoding="utf-8")
    (article,) = read_inputs([undated], default_date=date(2020, 1, 1))
    assert article.published == date(2020, 1, 1)
