"""Fixtures shared across test modules."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def coder():
    """One rules-only coder for the context-rule tests; a module may define its own (loading the pipeline is the slow part)."""
    from detente.pipeline import Coder

    return Coder(use_model=False)
