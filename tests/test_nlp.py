"""Normalisation keeps offsets; header lines and datelines do not glue onto sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from detente.nlp import header_lines, normalise


@given(st.text())
def test_normalise_keeps_every_offset(text):
    assert len(normalise(text)) == len(text)


def test_curly_quotes_and_glued_dashes():
    text = "\u201cWe agree,\u201d said the Washington\u2013produced plan\u2019s author \u2014 again."
    out = normalise(text)
    assert out.startswith('"We agree,"')
    assert "Washington-produced" in out and "plan's" in out
    assert "\u2014" not in out and "\u2013" not in out


def test_dateline_is_blanked_not_removed():
    text = "MOSCOW, Feb. 22 (Reuters) - Russia and China met."
    out = normalise(text)
    assert out.strip() == "Russia and China met."
    assert out.index("Russia") == text.index("Russia")


def test_header_lines_start_new_sentences():
    text = "Russia and the West\nBy A Reporter\nRussia met China on Monday."
    starts = header_lines(text)
    assert text.index("By") in starts and text.index("Russia met") in starts


@pytest.mark.model
def test_title_line_is_its_own_sentence():
    from detente.nlp import load_nlp

    doc = load_nlp()(normalise("Two tracks in Russian-U.S. relations\nRussia and China held talks on Monday."))
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences[0] == "Two tracks in Russian-U.S. relations"
    assert sentences[1].startswith("Russia and China held talks")
