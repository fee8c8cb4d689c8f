"""Fine-tune the pair classifier: fixed seed, fixed threads, deterministic kernels.

Two trainings with the same data, config and machine give the same weights, so a cached
model can always be rebuilt from the repository (``detente model build``).
"""

from __future__ import annotations

import logging
import math
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Sequence

import torch
from torch import nn

from detente.classify.config import TrainConfig, base_encoder_path
from detente.classify.encoding import encode
from detente.classify.runtime import INPUT_NAMES
from detente.classify.network import PairClassifier, build_untrained
from detente.classify.types import CAMEO_ROOT_INDEX, LABEL_INDEX, LabelledPair
from detente.errors import DetenteError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrainStats:
    examples: int
    steps: int
    seconds: float
    final_loss: float


@contextmanager
def deterministic_torch(*, threads: int, seed: int) -> Iterator[None]:
    """Fix the thread count, seeds and kernel choice; restore the thread count after."""
    previous_threads = torch.get_num_threads()
    previous_deterministic = torch.are_deterministic_algorithms_enabled()
    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True)
    torch.manual_seed(seed)
    try:
        yield
    finally:
        torch.set_num_threads(previous_threads)
        torch.use_deterministic_algorithms(previous_deterministic)


def train(
    examples: Sequence[LabelledPair],
    *,
    config: TrainConfig = TrainConfig(),
    base: Path | None = None,
    init: Path | None = None,
    progress: Callable[[str], None] | None = None,
):
    """Fine-tune a classifier on ``examples``; returns ``(tokenizer, network, stats)``.

    It starts from the base encoder with fresh heads, or, with ``init``, from a saved
    model folder (to go on training a trained checker on new, e.g. in-domain, examples).
    """
    if not examples:
        raise DetenteError("no training examples: add labelled sentences to detente/classify/data/")
    unknown = sorted({ex.plover for ex in examples} - set(LABEL_INDEX))
    if unknown:
        raise DetenteError(f"unknown PLOVER labels in the training data: {unknown}")
    with deterministic_torch(threads=config.threads, seed=config.seed):
        if init is not None:
            tokenizer, network = _load_trained(init, config)
        else:
            tokenizer, network = build_untrained(
                base or base_encoder_path(),
                num_layers=config.num_layers,
                dropout=config.dropout,
                cameo_head=config.cameo_head,
            )
        stats = _fit(tokenizer, network, examples, config=config, progress=progress)
    network.eval()
    return tokenizer, network, stats


def _load_trained(folder: Path, config: TrainConfig):
    from safetensors.torch import load_file

    from detente.classify.checker import WEIGHTS
    from detente.classify.network import build_from_config

    tokenizer, network = build_from_config(folder, dropout=config.dropout, cameo_head=config.cameo_head)
    network.load_state_dict(load_file(str(Path(folder) / WEIGHTS)))
    return tokenizer, network


def _fit(tokenizer, network: PairClassifier, examples, *, config: TrainConfig, progress) -> TrainStats:
    started = time.perf_counter()
    batches_per_epoch = math.ceil(len(examples) / config.batch_size)
    epochs = max(config.epochs, math.ceil(config.min_steps / batches_per_epoch))
    total_steps = batches_per_epoch * epochs
    if config.max_steps is not None:
        total_steps = min(total_steps, config.max_steps)
    optimizer = _optimizer(network, config)
    warmup = max(1, int(total_steps * config.warmup_fraction))

    def schedule(step: int) -> float:  # linear warm-up, then linear decay to zero
        if step < warmup:
            return (step + 1) / warmup
        return max(0.0, (total_steps - step) / max(1, total_steps - warmup))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, schedule)
    plover_loss = nn.CrossEntropyLoss()
    cameo_loss = nn.CrossEntropyLoss(ignore_index=-100)
    order_rng = torch.Generator().manual_seed(config.seed)
    network.train()
    step = 0
    loss_value = float("nan")
    running = 0.0
    for epoch in range(epochs):
        order = torch.randperm(len(examples), generator=order_rng).tolist()
        for first in range(0, len(order), config.batch_size):
            if step >= total_steps:
                break
            batch = [examples[i] for i in order[first : first + config.batch_size]]
            arrays = encode(tokenizer, [ex.pair for ex in batch], max_length=config.max_length)
            plover_logits, cameo_logits = network(*(torch.from_numpy(arrays[name]) for name in INPUT_NAMES))
            gold = torch.tensor([LABEL_INDEX[ex.plover] for ex in batch])
            loss = plover_loss(plover_logits, gold)
            if cameo_logits is not None:
                cameo_gold = torch.tensor([CAMEO_ROOT_INDEX.get(ex.cameo_root or "", -100) for ex in batch])
                if (cameo_gold >= 0).any():
                    loss = loss + config.cameo_weight * cameo_loss(cameo_logits, cameo_gold)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            nn.utils.clip_grad_norm_(network.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            step += 1
            loss_value = float(loss.detach())
            running = loss_value if step == 1 else 0.95 * running + 0.05 * loss_value
            if progress is not None and (step % 50 == 0 or step == total_steps):
                progress(f"epoch {epoch + 1}/{epochs} step {step}/{total_steps} loss {running:.3f}")
    seconds = time.perf_counter() - started
    log.info("trained on %d examples, %d steps in %.1f s", len(examples), step, seconds)
    return TrainStats(examples=len(examples), steps=step, seconds=seconds, final_loss=running)


def _optimizer(network: PairClassifier, config: TrainConfig) -> torch.optim.Optimizer:
    # The heads start from scratch and need a larger step than the pre-trained encoder.
    encoder_decay, encoder_plain, head = [], [], []
    for name, parameter in network.named_parameters():
        if not name.startswith("encoder."):
            head.append(parameter)
        elif parameter.ndim < 2:  # biases and LayerNorm: no weight decay
            encoder_plain.append(parameter)
        else:
            encoder_decay.append(parameter)
    return torch.optim.AdamW(
        [
            {"params": encoder_decay, "lr": config.encoder_lr, "weight_decay": config.weight_decay},
            {"params": encoder_plain, "lr": config.encoder_lr, "weight_decay": 0.0},
            {"params": head, "lr": config.head_lr, "weight_decay": 0.0},
        ]
    )
