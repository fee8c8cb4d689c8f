"""Batched inference with a trained pair classifier, and its save/load format.

A saved model is a folder: ``weights.safetensors`` (the whole network, for PyTorch),
``model.onnx`` (the same network for ONNX Runtime, the fast path), the encoder's
``config.json``, the tokenizer files and ``meta.json`` (recipe, labels, data fingerprint,
training figures). Nothing else is needed to load it.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from detente.classify.config import MODEL_CODE_VERSION, TrainConfig
from detente.classify.encoding import PairTokenizer, encode
from detente.classify.runtime import (
    INT8_ONNX_FILE,
    ONNX_FILE,
    OnnxRunner,
    TorchRunner,
    export_onnx,
    onnx_available,
    quantize_onnx,
)
from detente.classify.types import CAMEO_ROOTS, LABELS, PairInput, TypePrediction
from detente.errors import ModelUnavailable

log = logging.getLogger(__name__)

WEIGHTS = "weights.safetensors"
ONNX_FILES = {"onnx": ONNX_FILE, "onnx-int8": INT8_ONNX_FILE}
# The back end "auto" picks: int8 weights run 1.8x faster than float (6.0 vs 10.6 ms a pair,
# one thread) and cost little once combined with the rules (dev macro-F1 0.671 vs 0.674);
# see benchmarks/classify_speed.py and classify_policy.py.
DEFAULT_BACKEND = "onnx-int8"
META = "meta.json"


class TypeChecker:
    """Scores the PLOVER type of candidates: ``predict(items) -> list[TypePrediction]``.

    Build one with ``TypeChecker.load(folder)`` (or ``load_type_checker()`` for the
    cached model of the repository's data), or from a freshly trained network with
    ``TypeChecker.from_network``.
    """

    def __init__(
        self,
        *,
        tokenizer: Any,
        runner: TorchRunner | OnnxRunner,
        config: TrainConfig,
        meta: dict[str, Any] | None = None,
        network: Any = None,
        batch_size: int = 64,
    ) -> None:
        self.tokenizer = tokenizer
        self.runner = runner
        self.config = config
        self.meta = dict(meta or {})
        self.network = network  # the PyTorch network, when there is one (needed to save)
        self.batch_size = batch_size

    @classmethod
    def from_network(cls, *, tokenizer: Any, network: Any, config: TrainConfig,
                     meta: dict[str, Any] | None = None, batch_size: int = 64) -> "TypeChecker":
        runner = TorchRunner(network, threads=config.threads)
        return cls(tokenizer=tokenizer, runner=runner, config=config, meta=meta, network=network,
                   batch_size=batch_size)

    @property
    def backend(self) -> str:
        return self.runner.name

    def predict(self, items: Sequence[PairInput]) -> list[TypePrediction]:
        """Classify many candidates at once; the answers keep the order of ``items``.

        Items are sorted by length and batched, so padding stays small; the result for an
        item does not depend on what else is in the batch (up to float rounding).
        """
        order = sorted(range(len(items)), key=lambda i: len(items[i].sentence))
        results: list[TypePrediction | None] = [None] * len(items)
        for first in range(0, len(order), self.batch_size):
            chunk = order[first : first + self.batch_size]
            for index, prediction in zip(chunk, self._predict_batch([items[i] for i in chunk])):
                results[index] = prediction
        return [r for r in results if r is not None]

    def _predict_batch(self, pairs: list[PairInput]) -> list[TypePrediction]:
        arrays = encode(self.tokenizer, pairs, max_length=self.config.max_length)
        plover_logits, cameo_logits = self.runner(arrays)
        shifted = np.exp(plover_logits - plover_logits.max(axis=-1, keepdims=True))
        probs = (shifted / shifted.sum(axis=-1, keepdims=True)).tolist()
        roots = cameo_logits.argmax(-1).tolist() if cameo_logits is not None else [None] * len(pairs)
        out = []
        for row, root in zip(probs, roots):
            best = max(range(len(LABELS)), key=row.__getitem__)
            out.append(
                TypePrediction(
                    plover=LABELS[best],
                    prob=row[best],
                    probs=dict(zip(LABELS, row)),
                    cameo_root=CAMEO_ROOTS[root] if root is not None else None,
                )
            )
        return out

    # -- persistence -------------------------------------------------------------------

    def save(self, folder: Path, *, onnx: bool = True) -> Path:
        """Write the model folder; ``onnx`` also exports the ONNX Runtime graph."""
        from safetensors.torch import save_file

        if self.network is None:
            raise ModelUnavailable("this type checker was loaded for inference only; save the trained one")
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self.tokenizer.save(folder)
        self.network.encoder.config.save_pretrained(str(folder))
        state = {name: tensor.detach().contiguous() for name, tensor in self.network.state_dict().items()}
        save_file(state, str(folder / WEIGHTS))
        exported = None
        if onnx:
            sample = encode(self.tokenizer, [PairInput("Iran threatened Israel.", (0, 4), (16, 22)),
                                             PairInput("Nothing happened.", None, None)],
                            max_length=self.config.max_length)
            exported = export_onnx(self.network, sample, folder / ONNX_FILE)
            if exported is not None:
                quantize_onnx(exported, folder / INT8_ONNX_FILE)
        meta = {
            **self.meta,
            "labels": list(LABELS),
            "cameo_roots": list(CAMEO_ROOTS),
            "code_version": MODEL_CODE_VERSION,
            "config": self.config.to_dict(),
            "onnx": exported is not None,
        }
        (folder / META).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", "utf-8")
        return folder

    @classmethod
    def load(cls, folder: Path, *, backend: str = "auto", batch_size: int = 64,
             threads: int | None = None) -> "TypeChecker":
        """Load a saved model.

        ``backend``: "onnx" (float ONNX Runtime), "onnx-int8" (int8 weights), "torch", or
        "auto": ``DEFAULT_BACKEND`` when the folder and installed packages allow, else torch.
        """
        folder = Path(folder)
        meta_path = folder / META
        if not meta_path.is_file():
            raise ModelUnavailable(
                f"{folder}: no trained type checker here (missing {META}); "
                "run `detente model build` (or `make model`)"
            )
        meta = json.loads(meta_path.read_text("utf-8"))
        if meta.get("labels") != list(LABELS):
            raise ModelUnavailable(
                f"{folder}: the model's labels differ from this version's; rebuild it with `detente model build`"
            )
        config = TrainConfig.from_dict(meta.get("config", {}))
        threads = threads if threads is not None else config.threads
        if backend == "auto":
            backend = "torch"
            for candidate in (DEFAULT_BACKEND, "onnx"):
                if candidate in ONNX_FILES and (folder / ONNX_FILES[candidate]).is_file() and onnx_available():
                    backend = candidate
                    break
        if backend in ONNX_FILES:
            if not (folder / ONNX_FILES[backend]).is_file():
                raise ModelUnavailable(f"{folder}: no {ONNX_FILES[backend]}; rebuild with `detente model build --force`")
            tokenizer = PairTokenizer.from_folder(folder)
            runner = OnnxRunner(folder / ONNX_FILES[backend], threads=threads, name=backend)
            return cls(tokenizer=tokenizer, runner=runner, config=config, meta=meta, batch_size=batch_size)
        from safetensors.torch import load_file

        from detente.classify.network import build_from_config

        tokenizer, network = build_from_config(folder, dropout=config.dropout, cameo_head=config.cameo_head)
        network.load_state_dict(load_file(str(folder / WEIGHTS)))
        runner = TorchRunner(network, threads=threads)
        return cls(tokenizer=tokenizer, runner=runner, config=config, meta=meta, network=network,
                   batch_size=batch_size)
