"""The learned event-type decision: a small encoder checks each candidate's PLOVER type.

Rules find the events; the checker scores (sentence, source span, target span) ->
PLOVER type or NONE, and ``policy.combine`` decides which code wins. Heavy imports
(torch, transformers) happen only when a model is trained or loaded.
"""

from __future__ import annotations

from detente.classify.types import LABELS, NONE, LabelledPair, PairInput, TypePrediction

__all__ = [
    "LABELS",
    "NONE",
    "LabelledPair",
    "PairInput",
    "TypeChecker",
    "TypePrediction",
    "build_model",
    "load_type_checker",
]


def __getattr__(name: str):  # lazy: importing detente.classify must not import torch
    if name == "TypeChecker":
        from detente.classify.checker import TypeChecker

        return TypeChecker
    if name in ("build_model", "load_type_checker"):
        from detente.classify import cache

        return getattr(cache, name)
    raise AttributeError(name)
