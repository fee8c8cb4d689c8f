"""Cross-validated PLOVER-type scores of the learned type checker on the dev set.

    .venv/bin/python benchmarks/classify_cv.py                 # model trained on the corpus only
    .venv/bin/python benchmarks/classify_cv.py --with-dev      # corpus + the other 4 dev folds
    .venv/bin/python benchmarks/classify_cv.py --num-layers 4 --epochs 3   # recipe variants

The dev set (../shared/data/plover_gsr/plover_gsr_cameo_normalized.jsonl) is read at run
time, never copied. Each record's first actor / first recipient text is found in the
sentence by string search. Folds are fixed (record index mod 5 after a seeded shuffle).

Reports macro-F1 and accuracy over PLOVER types (macro over the types present in the
gold; a NONE answer counts as wrong), per-fold figures, the worst types with what they
were confused with, accuracy by confidence band (the policy thresholds come from it),
training time, per-item inference latency in a batch, model size and peak memory.

To score another coder (rules alone, combined), pass ``predict`` functions to
``score()``: each maps a list of LabelledPair to a list of PLOVER labels.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Sequence

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "plover_gsr" / "plover_gsr_cameo_normalized.jsonl"

sys.path.insert(0, str(ROOT))

from detente.classify.types import NONE, LabelledPair, TypePrediction  # noqa: E402


def folds(pairs: Sequence[LabelledPair], k: int = 5, seed: int = 7) -> list[list[int]]:
    order = list(range(len(pairs)))
    random.Random(seed).shuffle(order)
    return [sorted(order[i::k]) for i in range(k)]


def score(gold: Sequence[str], predicted: Sequence[str]) -> dict:
    """Macro-F1 over the gold types, accuracy, per-type F1 and the confusion counts."""
    types = sorted(set(gold))
    per_type = {}
    for label in types:
        tp = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_type[label] = {"f1": f1, "precision": precision, "recall": recall, "support": tp + fn}
    confusion = collections.Counter(zip(gold, predicted))
    return {
        "macro_f1": sum(v["f1"] for v in per_type.values()) / len(per_type),
        "accuracy": sum(g == p for g, p in zip(gold, predicted)) / len(gold),
        "per_type": per_type,
        "confusion": confusion,
    }


def calibration(gold: Sequence[str], preds: Sequence[TypePrediction]) -> list[tuple[str, int, float]]:
    bands = [(0.0, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01)]
    rows = []
    for low, high in bands:
        hits = [g == p.plover for g, p in zip(gold, preds) if low <= p.prob < high]
        rows.append((f"{low:.2f}-{min(high, 1):.2f}", len(hits), sum(hits) / len(hits) if hits else float("nan")))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with-dev", action="store_true", help="also train on the other 4 dev folds (5 trainings)")
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--num-layers", type=int, default=None)
    parser.add_argument("--epochs", type=int, default=None)
    parser.add_argument("--max-length", type=int, default=None)
    parser.add_argument("--encoder-lr", type=float, default=None)
    parser.add_argument("--min-steps", type=int, default=None)
    parser.add_argument("--model", type=Path, default=None,
                        help="score this saved model folder (e.g. the cache's, from `detente model build`) "
                             "instead of training; the corpus-only figures, without a training run")
    parser.add_argument("--from-model", type=Path, default=None,
                        help="with --with-dev: go on training this saved model on the 4 dev folds only "
                             "(cheap: about 50 steps a fold) instead of training from scratch")
    parser.add_argument("--backend", default="auto", choices=["auto", "torch", "onnx", "onnx-int8"],
                        help="back end for the scored predictions")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)

    from detente.classify.checker import TypeChecker
    from detente.classify.config import TrainConfig
    from detente.classify.corpus import corpus_files, read_corpus, read_plover_dev
    from detente.classify.train import train

    config = TrainConfig()
    changes = {k: v for k, v in (("num_layers", args.num_layers), ("epochs", args.epochs),
                                 ("max_length", args.max_length),
                                 ("encoder_lr", args.encoder_lr), ("min_steps", args.min_steps)) if v is not None}
    config = config.with_(**changes)
    corpus = read_corpus(corpus_files(args.data_dir))
    dev = read_plover_dev(args.dev)
    fold_sets = folds(dev)
    print(f"corpus: {len(corpus)} examples; dev: {len(dev)} pairs "
          f"({sum(p.pair.target is not None for p in dev)} with a target span)")

    predictions: list[TypePrediction | None] = [None] * len(dev)
    train_seconds: list[float] = []

    scratch = tempfile.TemporaryDirectory()
    latency_ms: dict[str, float] = {}

    def fit(examples, number):
        tokenizer, network, stats = train(examples, config=config, init=args.from_model,
                                          progress=lambda line: print("  " + line, flush=True))
        train_seconds.append(stats.seconds)
        folder = Path(scratch.name) / f"model{number}"
        TypeChecker.from_network(tokenizer=tokenizer, network=network, config=config).save(folder)
        return folder

    if args.model is not None:
        meta = json.loads((args.model / "meta.json").read_text())
        config = TrainConfig.from_dict(meta["config"])
        train_seconds.append(meta.get("train_seconds", float("nan")))
        trainings = [(list(range(len(dev))), args.model)]
    elif args.with_dev and args.from_model is not None:
        meta = json.loads((args.from_model / "meta.json").read_text())
        config = TrainConfig.from_dict(meta["config"]).with_(epochs=3, min_steps=0, encoder_lr=5e-5, **changes)
        trainings = [(fold, fit([dev[i] for other in fold_sets if other is not fold for i in other], n))
                     for n, fold in enumerate(fold_sets)]
    elif args.with_dev:
        trainings = [(fold, fit(corpus + [dev[i] for other in fold_sets if other is not fold for i in other], n))
                     for n, fold in enumerate(fold_sets)]
    else:
        trainings = [(list(range(len(dev))), fit(corpus, 0))]
    for held_out, folder in trainings:
        checker = TypeChecker.load(folder, backend=args.backend)
        for i, answer in zip(held_out, checker.predict([dev[i].pair for i in held_out])):
            predictions[i] = answer
    # Latency of both back ends on the same model, every dev pair in one call.
    folder = trainings[-1][1]
    size_mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
    onnx_mb = (folder / "model.onnx").stat().st_size / 1e6 if (folder / "model.onnx").is_file() else 0.0
    for backend in ("onnx-int8", "onnx", "torch"):
        checker = TypeChecker.load(folder, backend=backend)
        checker.predict([dev[0].pair])  # warm-up
        started = time.perf_counter()
        checker.predict([p.pair for p in dev])
        latency_ms[backend] = (time.perf_counter() - started) / len(dev) * 1000

    gold = [p.plover for p in dev]
    labels = [p.plover for p in predictions]
    overall = score(gold, labels)
    fold_scores = [score([gold[i] for i in fold], [labels[i] for i in fold]) for fold in fold_sets]
    f1s = [s["macro_f1"] for s in fold_scores]
    accs = [s["accuracy"] for s in fold_scores]

    print(f"recipe: {config.to_dict()}")
    print(f"\nmodel alone, {args.backend} back end ({'corpus, then 4 dev folds' if args.from_model else 'corpus + 4 dev folds' if args.with_dev else 'corpus only'}), 5 folds of the dev set")
    print(f"macro-F1  pooled {overall['macro_f1']:.3f}   per fold mean {sum(f1s)/5:.3f} "
          f"(min {min(f1s):.3f}, max {max(f1s):.3f})")
    print(f"accuracy  pooled {overall['accuracy']:.3f}   per fold mean {sum(accs)/5:.3f}")
    print(f"NONE answers on dev (all dev pairs are events): {labels.count(NONE)}")
    print("\nper type (worst first): F1  P  R  support   most confused with")
    for label, row in sorted(overall["per_type"].items(), key=lambda item: item[1]["f1"]):
        wrong = collections.Counter({p: n for (g, p), n in overall["confusion"].items() if g == label and p != label})
        print(f"  {label:<10} {row['f1']:.2f} {row['precision']:.2f} {row['recall']:.2f} {row['support']:>4}   "
              + ", ".join(f"{p}×{n}" for p, n in wrong.most_common(3)))
    print("\naccuracy by model confidence (for the policy thresholds): band  n  accuracy")
    for band, n, acc in calibration(gold, predictions):
        print(f"  {band}  {n:>4}  {acc:.2f}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\ntraining: {len(train_seconds)} run(s), mean {sum(train_seconds)/len(train_seconds):.0f} s "
          f"on {config.threads} threads")
    print("inference per pair (all dev pairs in one call, batches of 64, "
          f"{config.threads} threads): " + ", ".join(f"{k} {v:.2f} ms" for k, v in latency_ms.items()))
    print(f"model folder on disk: {size_mb:.1f} MB (ONNX graph {onnx_mb:.1f} MB); peak memory (RSS): {peak_mb:.0f} MB")
    if args.json:
        out = {"recipe": config.to_dict(), "with_dev": args.with_dev, "macro_f1": overall["macro_f1"],
               "accuracy": overall["accuracy"], "fold_macro_f1": f1s, "fold_accuracy": accs,
               "per_type": overall["per_type"], "train_seconds": train_seconds,
               "latency_ms": latency_ms, "size_mb": size_mb, "peak_mb": peak_mb,
               "calibration": calibration(gold, predictions)}
        args.json.write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
