"""Batched inference with a trained pair classifier, and its save/load format.

A saved model is a folder: ``weights.safetensors`` (the whole network), the encoder's
``config.json``, the tokenizer files and ``meta.json`` (recipe, labels, data fingerprint,
training figures). Nothing else is needed to load it.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Sequence

import torch

from detente.classify.config import MODEL_CODE_VERSION, TrainConfig
from detente.classify.encoding import encode
from detente.classify.network import PairClassifier, build_from_config
from detente.classify.types import CAMEO_ROOTS, LABELS, PairInput, TypePrediction
from detente.errors import ModelUnavailable

log = logging.getLogger(__name__)

WEIGHTS = "weights.safetensors"
META = "meta.json"


class TypeChecker:
    """Scores the PLOVER type of candidates: ``predict(items) -> list[TypePrediction]``."""

    def __init__(
        self,
        *,
        tokenizer: Any,
        network: PairClassifier,
        config: TrainConfig,
        meta: dict[str, Any] | None = None,
        batch_size: int = 64,
        threads: int | None = None,
    ) -> None:
        self.tokenizer = tokenizer
        self.network = network.eval()
        self.config = config
        self.meta = dict(meta or {})
        self.batch_size = batch_size
        self.threads = threads if threads is not None else config.threads

    def predict(self, items: Sequence[PairInput]) -> list[TypePrediction]:
        """Classify many candidates at once; the answers keep the order of ``items``.

        Items are sorted by length and batched, so padding stays small; the result for an
        item does not depend on what else is in the batch (up to float rounding).
        """
        if not items:
            return []
        order = sorted(range(len(items)), key=lambda i: len(items[i].sentence))
        results: list[TypePrediction | None] = [None] * len(items)
        previous_threads = torch.get_num_threads()
        torch.set_num_threads(self.threads)
        try:
            with torch.inference_mode():
                for first in range(0, len(order), self.batch_size):
                    chunk = order[first : first + self.batch_size]
                    for index, prediction in zip(chunk, self._predict_batch([items[i] for i in chunk])):
                        results[index] = prediction
        finally:
            torch.set_num_threads(previous_threads)
        return [r for r in results if r is not None]

    def _predict_batch(self, pairs: list[PairInput]) -> list[TypePrediction]:
        encoded = encode(self.tokenizer, pairs, max_length=self.config.max_length)
        plover_logits, cameo_logits = self.network(
            encoded.tensors["input_ids"],
            encoded.tensors["attention_mask"],
            encoded.source_index,
            encoded.target_index,
        )
        probs = torch.softmax(plover_logits.float(), dim=-1).tolist()
        roots = cameo_logits.argmax(-1).tolist() if cameo_logits is not None else [None] * len(pairs)
        out = []
        for row, root in zip(probs, roots):
            best = max(range(len(LABELS)), key=row.__getitem__)
            out.append(
                TypePrediction(
                    plover=LABELS[best],
                    prob=row[best],
                    probs={label: p for label, p in zip(LABELS, row)},
                    cameo_root=CAMEO_ROOTS[root] if root is not None else None,
                )
            )
        return out

    # -- persistence -------------------------------------------------------------------

    def save(self, folder: Path) -> Path:
        from safetensors.torch import save_file

        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self.tokenizer.save_pretrained(str(folder))
        self.network.encoder.config.save_pretrained(str(folder))
        state = {name: tensor.detach().contiguous() for name, tensor in self.network.state_dict().items()}
        save_file(state, str(folder / WEIGHTS))
        meta = {
            **self.meta,
            "labels": list(LABELS),
            "cameo_roots": list(CAMEO_ROOTS),
            "code_version": MODEL_CODE_VERSION,
            "config": self.config.to_dict(),
        }
        (folder / META).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", "utf-8")
        return folder

    @classmethod
    def load(cls, folder: Path, *, batch_size: int = 64, threads: int | None = None) -> "TypeChecker":
        from safetensors.torch import load_file

        folder = Path(folder)
        meta_path = folder / META
        if not meta_path.is_file() or not (folder / WEIGHTS).is_file():
            raise ModelUnavailable(
                f"{folder}: no trained type checker here (missing {META} or {WEIGHTS}); "
                "run `detente model build` (or `make model`)"
            )
        meta = json.loads(meta_path.read_text("utf-8"))
        if meta.get("labels") != list(LABELS):
            raise ModelUnavailable(
                f"{folder}: the model's labels differ from this version's; rebuild it with `detente model build`"
            )
        config = TrainConfig.from_dict(meta.get("config", {}))
        tokenizer, network = build_from_config(folder, dropout=config.dropout, cameo_head=config.cameo_head)
        network.load_state_dict(load_file(str(folder / WEIGHTS)))
        return cls(tokenizer=tokenizer, network=network, config=config, meta=meta,
                   batch_size=batch_size, threads=threads)
