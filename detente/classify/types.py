"""Values the type checker takes and gives: frozen, so they cross module borders safely."""

from __future__ import annotations

from dataclasses import dataclass, field

from detente.ontology import PLOVER_TYPES

# The classifier's label set: the 16 PLOVER event types plus NONE (no political event
# between the marked actors). Order is fixed: it is the order of the output layer, so a
# change here changes the cache key of every trained model (see cache.py).
NONE = "NONE"
LABELS: tuple[str, ...] = (*sorted(PLOVER_TYPES), NONE)
LABEL_INDEX: dict[str, int] = {label: index for index, label in enumerate(LABELS)}

# CAMEO roots 01..20 for the optional second head; "01" (public statement) has no PLOVER
# type but is a useful CAMEO answer.
CAMEO_ROOTS: tuple[str, ...] = tuple(f"{root:02d}" for root in range(1, 21))
CAMEO_ROOT_INDEX: dict[str, int] = {root: index for index, root in enumerate(CAMEO_ROOTS)}


@dataclass(frozen=True)
class PairInput:
    """One candidate: a sentence and the character spans of its source and target.

    Offsets are within ``sentence`` (end exclusive). Either span may be missing: an event
    with no named recipient, or a sentence-level question ("is anything happening here?").
    """

    sentence: str
    source: tuple[int, int] | None = None
    target: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        for name, span in (("source", self.source), ("target", self.target)):
            if span is None:
                continue
            start, end = span
            if not (0 <= start < end <= len(self.sentence)):
                raise ValueError(
                    f"{name} span {span} does not fit a sentence of {len(self.sentence)} "
                    "characters; pass character offsets within the sentence (end exclusive)"
                )


@dataclass(frozen=True)
class TypePrediction:
    """The classifier's answer for one candidate.

    ``plover`` is the most probable label (a PLOVER type or ``"NONE"``), ``prob`` its
    probability, ``probs`` every label's probability. ``cameo_root`` is the second head's
    best CAMEO root, when the model has one.
    """

    plover: str
    prob: float
    probs: dict[str, float] = field(default_factory=dict, compare=False, hash=False)
    cameo_root: str | None = None


@dataclass(frozen=True)
class LabelledPair:
    """A training or evaluation example: a candidate and its gold labels."""

    pair: PairInput
    plover: str
    cameo_root: str | None = None
    origin: str = ""  # "file.jsonl:12" or a dev-set id, for messages
