"""The classifier network: a sentence encoder plus two small linear heads.

The pair is represented by three vectors: the mean of all token states (what the
sentence is about), the state at the source's opening marker and the state at the
target's opening marker (who does what to whom). A missing span uses a learned
"absent" vector instead, so events with no named target still classify.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch
from torch import nn

from detente.classify.encoding import PairTokenizer
from detente.classify.types import CAMEO_ROOTS, LABELS


class PairClassifier(nn.Module):
    def __init__(self, encoder: nn.Module, *, dropout: float, cameo_head: bool) -> None:
        super().__init__()
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        self.absent_source = nn.Parameter(torch.zeros(hidden))
        self.absent_target = nn.Parameter(torch.zeros(hidden))
        self.dropout = nn.Dropout(dropout)
        self.plover_head = nn.Linear(3 * hidden, len(LABELS))
        self.cameo_head = nn.Linear(3 * hidden, len(CAMEO_ROOTS)) if cameo_head else None

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        source_index: torch.Tensor,
        target_index: torch.Tensor,
    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        states = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(states.dtype)
        mean = (states * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        source = self._at(states, source_index, self.absent_source)
        target = self._at(states, target_index, self.absent_target)
        features = self.dropout(torch.cat([mean, source, target], dim=-1))
        plover_logits = self.plover_head(features)
        cameo_logits = self.cameo_head(features) if self.cameo_head is not None else None
        return plover_logits, cameo_logits

    @staticmethod
    def _at(states: torch.Tensor, index: torch.Tensor, absent: torch.Tensor) -> torch.Tensor:
        rows = torch.arange(states.size(0))
        picked = states[rows, index.clamp(min=0)]
        missing = (index < 0).unsqueeze(-1)
        return torch.where(missing, absent.expand_as(picked), picked)


def load_encoder(path: Path, *, num_layers: int | None = None) -> tuple[Any, nn.Module]:
    """The tokenizer and encoder from a local folder (never the network).

    ``num_layers`` keeps only the first layers of the base encoder: fewer layers train and
    run faster at some cost in accuracy.
    """
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    # Dropping layers makes transformers print a table of "unexpected" keys: expected here.
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    tokenizer = PairTokenizer.from_folder(path)
    kwargs: dict[str, Any] = {"local_files_only": True}
    if num_layers is not None:
        kwargs["num_hidden_layers"] = num_layers
    encoder = AutoModel.from_pretrained(str(path), **kwargs)
    return tokenizer, encoder


def build_untrained(path: Path, *, num_layers: int, dropout: float, cameo_head: bool):
    """A fresh classifier on top of the base encoder's weights."""
    tokenizer, encoder = load_encoder(path, num_layers=num_layers)
    return tokenizer, PairClassifier(encoder, dropout=dropout, cameo_head=cameo_head)


def build_from_config(folder: Path, *, dropout: float, cameo_head: bool):
    """An empty classifier shaped like a saved one (the weights are loaded afterwards)."""
    from transformers import AutoConfig, AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    tokenizer = PairTokenizer.from_folder(folder)
    config = AutoConfig.from_pretrained(str(folder), local_files_only=True)
    encoder = AutoModel.from_config(config)
    return tokenizer, PairClassifier(encoder, dropout=dropout, cameo_head=cameo_head)
