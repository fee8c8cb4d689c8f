"""Two ways to run a trained network: PyTorch (training, fallback) and ONNX Runtime.

ONNX Runtime runs the same graph several times faster than eager PyTorch on a CPU, which
is what keeps the type check cheap next to the spaCy parse. Both take the tokenizer's
arrays and return plain numpy logits, so ``TypeChecker`` does not care which it has.
"""

from __future__ import annotations

import logging
import warnings
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

ONNX_FILE = "model.onnx"
INT8_ONNX_FILE = "model.int8.onnx"  # the same graph with int8 weights (dynamic quantisation)
INPUT_NAMES = ("input_ids", "attention_mask", "source_index", "target_index")


class TorchRunner:
    name = "torch"

    def __init__(self, network: Any, *, threads: int) -> None:
        self.network = network.eval()
        self.threads = threads

    def __call__(self, arrays: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray | None]:
        import torch

        previous = torch.get_num_threads()
        torch.set_num_threads(self.threads)
        try:
            with torch.inference_mode():
                plover, cameo = self.network(*(torch.from_numpy(arrays[name]) for name in INPUT_NAMES))
        finally:
            torch.set_num_threads(previous)
        return plover.float().numpy(), (cameo.float().numpy() if cameo is not None else None)


class OnnxRunner:
    def __init__(self, path: Path, *, threads: int, name: str = "onnx") -> None:
        import onnxruntime

        self.name = name
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self.session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.outputs = [output.name for output in self.session.get_outputs()]

    def __call__(self, arrays: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray | None]:
        results = self.session.run(None, {name: arrays[name] for name in INPUT_NAMES})
        return results[0], (results[1] if len(results) > 1 else None)


def onnx_available() -> bool:
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


def export_onnx(network: Any, sample: dict[str, np.ndarray], path: Path) -> Path | None:
    """Write the network as ONNX; returns None (and logs) when the exporter is missing."""
    import torch

    try:
        import onnx  # noqa: F401  (the exporter needs it)
    except ImportError:
        log.warning("package onnx not installed: the type checker will run on PyTorch (slower)")
        return None
    outputs = ["plover_logits"] + (["cameo_logits"] if network.cameo_head is not None else [])
    batch_axes = {"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                  "source_index": {0: "batch"}, "target_index": {0: "batch"}}
    network.eval()
    # The tracer warns about shape checks inside the attention code; for an encoder they are
    # constant (no causal mask, no cache), and the round-trip tests compare both back ends.
    with torch.inference_mode(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            network,
            tuple(torch.from_numpy(sample[name]) for name in INPUT_NAMES),
            str(path),
            input_names=list(INPUT_NAMES),
            output_names=outputs,
            dynamic_axes=batch_axes,
            opset_version=17,
            dynamo=False,  # the TorchScript exporter: no onnxscript dependency
        )
    return path


def quantize_onnx(source: Path, target: Path) -> Path | None:
    """Write an int8-weight copy of an ONNX graph (activations stay float, scaled per batch)."""
    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError:
        return None
    # The quantizer logs advice ("run pre-processing first") on the root logger at WARNING;
    # for a transformer encoder it does not apply, so keep the build's output clean.
    previous = logging.root.manager.disable
    logging.disable(logging.WARNING)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8)
    finally:
        logging.disable(previous)
    return target
