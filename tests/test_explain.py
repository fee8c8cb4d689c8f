"""`detente explain` shows the parse, candidates, rule, actor resolution, date and place."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.model


def test_explain_shows_every_step():
    text = ("Russian Security Council Secretary Sergei Ivanov held talks with U.S. National Security "
            "Advisor Samuel Berger in Washington on Thursday. Ivanov also met Madeleine Albright.")
    out = subprocess.run([sys.executable, "-m", "detente.cli", "explain", text, "--date", "2000-02-22", "--no-model"],
                         capture_output=True, text=True, check=True).stdout
    assert "parse:" in out and "nsubj" in out
    assert "candidate: 'held' (light-verb) rule noun:" in out
    assert "kb:" in out  # the knowledge-base entry that resolved a person
    assert "coref" in out or "Sergei Ivanov" in out
    assert "EVENT RUSGOV -> USAGOV" in out
    assert "Thursday" in out  # the expression that gave the date
    assert "Washington" in out
    assert "events; unresolved actors:" in out


def test_explain_shows_rejected_candidates():
    out = subprocess.run([sys.executable, "-m", "detente.cli", "explain", "Israel did not attack Gaza.", "--no-model", "--no-parse"],
                         capture_output=True, text=True, check=True).stdout
    assert "dropped: negated" in out
    assert "0 events" in out
