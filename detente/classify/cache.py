"""Where trained models live and how they are (re)built on demand.

A model's folder is ``$DETENTE_CACHE/models/<key>/`` (default cache ``~/.cache/detente``)
where ``key`` hashes the training data files, the recipe and ``MODEL_CODE_VERSION``: the
same repository always finds (or rebuilds) the same model, and changed data never reuses a
stale one. No weights are committed.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Sequence

from detente.classify.checker import TypeChecker
from detente.classify.config import MODEL_CODE_VERSION, TrainConfig
from detente.classify.corpus import ReadReport, corpus_files, read_corpus
from detente.classify.types import LABELS
from detente.errors import ModelUnavailable

log = logging.getLogger(__name__)


def cache_root() -> Path:
    configured = os.environ.get("DETENTE_CACHE")
    return Path(configured).expanduser() if configured else Path.home() / ".cache" / "detente"


def model_key(files: Sequence[Path], config: TrainConfig) -> str:
    digest = hashlib.sha256()
    digest.update(f"code={MODEL_CODE_VERSION}\nlabels={','.join(LABELS)}\n".encode())
    digest.update(config.fingerprint().encode())
    for path in sorted(files, key=lambda p: p.name):
        digest.update(f"\nfile={path.name}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def model_dir(*, data_dir: Path | None = None, config: TrainConfig = TrainConfig()) -> Path:
    return cache_root() / "models" / model_key(corpus_files(data_dir), config)


def build_model(
    *,
    data_dir: Path | None = None,
    config: TrainConfig = TrainConfig(),
    force: bool = False,
    progress: Callable[[str], None] | None = None,
) -> Path:
    """Train on the repository's corpus into the cache; returns the model folder.

    Safe to call from several processes at once: a file lock lets one train while the
    others wait, and the folder appears atomically when complete.
    """
    from detente.classify.train import train

    files = corpus_files(data_dir)
    if not files:
        raise ModelUnavailable(
            f"no training data in {data_dir or 'detente/classify/data'}: "
            "the type checker needs labelled *.jsonl files there"
        )
    target = cache_root() / "models" / model_key(files, config)
    target.parent.mkdir(parents=True, exist_ok=True)
    with _lock(target.parent / f"{target.name}.lock"):
        if (target / "meta.json").is_file() and not force:
            return target
        report = ReadReport()
        examples = read_corpus(files, report=report)
        for problem in report.skipped[:20]:
            log.warning("training data: skipped %s", problem)
        log.info("building the type checker from %d examples in %d files into %s", len(examples), len(files), target)
        tokenizer, network, stats = train(examples, config=config, progress=progress)
        checker = TypeChecker.from_network(
            tokenizer=tokenizer,
            network=network,
            config=config,
            meta={
                "files": [p.name for p in files],
                "examples": stats.examples,
                "skipped": len(report.skipped),
                "steps": stats.steps,
                "train_seconds": round(stats.seconds, 1),
                "final_loss": round(stats.final_loss, 4),
            },
        )
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
        try:
            checker.save(staging)
            if target.exists():
                shutil.rmtree(target)
            staging.rename(target)
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
    return target


@contextmanager
def _lock(path: Path) -> Iterator[None]:
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


_LOADED: dict[tuple[Path, str], TypeChecker] = {}


def load_type_checker(
    *,
    data_dir: Path | None = None,
    config: TrainConfig = TrainConfig(),
    build_if_missing: bool = True,
    backend: str = "auto",
    progress: Callable[[str], None] | None = None,
    threads: int | None = None,
) -> TypeChecker:
    """The type checker for the repository's current data, loaded once per process.

    ``threads``: inference threads (default 1: the pipeline runs the check on its own
    worker thread beside spaCy's parse; training stays single-threaded for determinism).

    Builds it first when the cache lacks it (logged; takes minutes on a CPU). ``backend``
    as in ``TypeChecker.load`` ("auto", "onnx-int8", "onnx", "torch").
    """
    folder = model_dir(data_dir=data_dir, config=config)
    if (folder, backend) in _LOADED:
        return _LOADED[(folder, backend)]
    if not (folder / "meta.json").is_file():
        if not build_if_missing:
            raise ModelUnavailable(f"no trained type checker at {folder}; run `detente model build` (or `make model`)")
        log.warning("type checker not in the cache; training it now (one time, a few minutes): %s", folder)
        folder = build_model(data_dir=data_dir, config=config, progress=progress)
    if threads is None:
        threads = 1  # the pipeline overlaps the check with parsing on another core
    checker = TypeChecker.load(folder, backend=backend, threads=threads)
    _LOADED[(folder, backend)] = checker
    return checker
