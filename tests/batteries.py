"""Load a battery scorer from tools/ (they are scripts, not package modules)."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[1] / "tools"


@cache
def battery_tool(name: str):
    """tools/<name>.py as a module, loaded once per test session."""
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def summary_of(name: str) -> dict:
    """Code a sentence battery with the rules alone and summarise it as its tool does."""
    tool = battery_tool(name)
    cases = tool.load()
    return tool.summarise(cases, tool.run(cases, use_model=False))
