"""Throughput and memory of the coder, side by side with raw spaCy (`make bench`).

Configurations, each measured in its own subprocess so that memory figures are separate
and one configuration's caches never warm another's:

  spacy   raw spaCy: ``nlp.pipe`` over the same normalised texts with the pipeline the
          coder uses (``detente.nlp.load_nlp()``), the same batch size; the baseline
  rules   ``Coder(use_model=False)``: parse, extract, pattern coding, actors, dates, places
  model   ``Coder(use_model=True)``: the rules plus the learned type check

Corpora (fixed, so runs compare):

  samples the bundled synthetic corpus (``samples/news``) repeated to ``--articles`` articles
  dev     the PLOVER dev sentences (``../shared/data/plover_gsr/...``), read at run time,
          one article per sentence, dated 2000-01-01 (skipped if the file is missing)

Per configuration and corpus: wall time and CPU time (after loading and a short warm-up, which are
reported separately), articles/s, sentences/s, events/s, and the ratio of the time to
raw spaCy's (wall and CPU). Per configuration: resident memory after loading and peak resident memory
(``ru_maxrss``). Results go to ``benchmarks/results.json`` and a table on stdout.

Timings depend on the machine and on what else it runs: the load average at the start is
recorded with the figures. Nothing here asserts a time limit.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "news"
DEV_GOLD = ROOT.parent / "shared" / "data" / "plover_gsr" / "plover_gsr_cameo_normalized.jsonl"
RESULTS = Path(__file__).resolve().parent / "results.json"
CONFIGS = ("spacy", "rules", "model")
BATCH_SIZE = 32  # the Coder's default batch size, so the baseline parses the same way
WARM_UP = 16  # articles parsed before timing starts (first-call allocations, lazy tables)


# -- corpora -------------------------------------------------------------------------------


def sample_corpus(n_articles: int) -> list:
    """The sample articles, repeated (with distinct ids) until there are ``n_articles``."""
    from detente.io import read_inputs
    from detente.model import Article

    base = [item for item in read_inputs([SAMPLES]) if isinstance(item, Article)]
    if not base:
        raise SystemExit(f"no sample articles under {SAMPLES}")
    corpus = []
    for i in range(n_articles):
        article = base[i % len(base)]
        copy = i // len(base)
        corpus.append(Article(id=f"{article.id}#{copy}", text=article.text, published=article.published,
                              title=article.title, source=article.source))
    return corpus


def dev_corpus() -> list:
    """The PLOVER dev sentences as one-sentence articles; empty when the file is absent."""
    from detente.model import Article

    if not DEV_GOLD.is_file():
        return []
    corpus = []
    with DEV_GOLD.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                corpus.append(Article(id=record["id"], text=record["text"], published=date(2000, 1, 1)))
    return corpus


# -- one configuration, in a worker process ---------------------------------------------------


def rss_mb() -> float:
    """Current resident memory of this process (Linux /proc; falls back to the peak)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def make_runner(config: str, *, build_model: bool):
    """A function articles -> (sentences, events) for the configuration, loaded and ready."""
    if config == "spacy":
        from detente.nlp import load_nlp, normalise

        nlp = load_nlp()

        def run_spacy(articles):
            sentences = 0
            for doc in nlp.pipe((normalise(a.text) for a in articles), batch_size=BATCH_SIZE):
                sentences += sum(1 for _ in doc.sents)
            return sentences, None

        return run_spacy

    if config == "model" and not build_model:
        from detente.classify.cache import model_dir

        if not (model_dir() / "meta.json").is_file():
            raise ModelMissing(f"no trained type checker at {model_dir()}; run `make model` or pass --build-model")

    from detente.pipeline import Coder

    coder = Coder(use_model=(config == "model"), places=True, batch_size=BATCH_SIZE)
    if config == "model" and coder.type_checker is None:
        raise ModelMissing("Coder(use_model=True) has no type checker (detente.classify not importable)")

    def run_coder(articles):
        sentences = events = 0
        for result in coder.code_articles(articles):
            sentences += result.sentences
            events += len(result.events)
        return sentences, events

    return run_coder


class ModelMissing(Exception):
    pass


def measure(config: str, *, n_articles: int, use_dev: bool, build_model: bool) -> dict:
    corpora = {"samples": sample_corpus(n_articles)}
    if use_dev:
        corpora["dev"] = dev_corpus()
    baseline_rss = rss_mb()
    started = time.perf_counter()
    try:
        runner = make_runner(config, build_model=build_model)
    except ModelMissing as exc:
        return {"config": config, "skipped": str(exc)}
    load_s = time.perf_counter() - started
    runner(corpora["samples"][:WARM_UP])
    out = {
        "config": config,
        "load_s": round(load_s, 2),
        "rss_before_load_mb": round(baseline_rss, 1),
        "rss_after_load_mb": round(rss_mb(), 1),
        "corpora": {},
    }
    for name, articles in corpora.items():
        if not articles:
            continue
        started, cpu_started = time.perf_counter(), time.process_time()
        sentences, events = runner(articles)
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
        out["corpora"][name] = {
            "articles": len(articles),
            "characters": sum(len(a.text) for a in articles),
            "sentences": sentences,
            "events": events,
            "seconds": round(seconds, 3),
            "cpu_seconds": round(cpu_seconds, 3),
            "articles_per_s": round(len(articles) / seconds, 1),
            "sentences_per_s": round(sentences / seconds, 1),
            "events_per_s": None if events is None else round(events / seconds, 1),
        }
    out["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return out


# -- the parent: run each configuration in its own process, then compare ---------------------


def run_worker(config: str, args) -> dict:
    command = [sys.executable, __file__, "--worker", config, "--articles", str(args.articles)]
    command += [] if args.dev else ["--no-dev"]
    command += ["--build-model"] if args.build_model else []
    process = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if process.returncode != 0:
        return {"config": config, "failed": process.stderr.strip().splitlines()[-20:]}
    return json.loads(process.stdout.strip().splitlines()[-1])


def best_of(runs: list[dict]) -> dict:
    """The run with the least total time (others on a shared machine are noise, not cost)."""
    timed = [r for r in runs if "corpora" in r]
    if not timed:
        return runs[0]
    best = min(timed, key=lambda r: sum(c["seconds"] for c in r["corpora"].values()))
    best = dict(best)
    best["repeats"] = len(runs)
    best["peak_rss_mb"] = max(r["peak_rss_mb"] for r in timed)
    return best


def add_ratios(results: dict[str, dict]) -> None:
    baseline = results.get("spacy", {}).get("corpora", {})
    for result in results.values():
        for name, figures in result.get("corpora", {}).items():
            base = baseline.get(name)
            figures["x_raw_spacy"] = round(figures["seconds"] / base["seconds"], 2) if base else None
            # CPU time (all threads of the process) is far less disturbed by other load on a
            # shared machine than wall time; report both.
            figures["x_raw_spacy_cpu"] = round(figures["cpu_seconds"] / base["cpu_seconds"], 2) if base else None


def machine() -> dict:
    info = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }
    for package in ("spacy", "torch", "onnxruntime"):
        try:
            from importlib.metadata import version

            info[package] = version(package)
        except Exception:
            info[package] = None
    try:
        info["commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                        text=True, cwd=ROOT).stdout.strip() or None
    except OSError:
        info["commit"] = None
    return info


def table(results: dict[str, dict]) -> str:
    header = f"{'config':<7} {'corpus':<8} {'articles':>8} {'sents':>6} {'events':>6} {'sec':>8} " \
             f"{'cpu s':>7} {'art/s':>7} {'sent/s':>7} {'ev/s':>7} {'x spaCy':>8} {'x cpu':>6} {'load s':>7} {'peak MB':>8}"
    lines = [header, "-" * len(header)]
    for config, result in results.items():
        if "corpora" not in result:
            lines.append(f"{config:<7} {result.get('skipped') or 'FAILED: ' + ' | '.join(result.get('failed', []))[-300:]}")
            continue
        for name, f in result["corpora"].items():
            ratio = "-" if f["x_raw_spacy"] is None else f"{f['x_raw_spacy']:.2f}"
            cpu_ratio = "-" if f["x_raw_spacy_cpu"] is None else f"{f['x_raw_spacy_cpu']:.2f}"
            events = "-" if f["events"] is None else str(f["events"])
            ev_s = "-" if f["events_per_s"] is None else f"{f['events_per_s']:.1f}"
            lines.append(
                f"{config:<7} {name:<8} {f['articles']:>8} {f['sentences']:>6} {events:>6} {f['seconds']:>8.2f} "
                f"{f['cpu_seconds']:>7.2f} {f['articles_per_s']:>7.1f} {f['sentences_per_s']:>7.1f} {ev_s:>7} "
                f"{ratio:>8} {cpu_ratio:>6} "
                f"{result['load_s']:>7.1f} {result['peak_rss_mb']:>8.0f}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=500, help="sample articles to code (repeats the corpus)")
    parser.add_argument("--configs", default=",".join(CONFIGS), help=f"comma-separated subset of {CONFIGS}")
    parser.add_argument("--repeat", type=int, default=1, help="interleaved rounds; each configuration's fastest is kept")
    parser.add_argument("--no-dev", dest="dev", action="store_false", help="skip the PLOVER dev sentences")
    parser.add_argument("--build-model", action="store_true", help="train the type checker if the cache lacks it")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the JSON results")
    parser.add_argument("--worker", choices=CONFIGS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        result = measure(args.worker, n_articles=args.articles, use_dev=args.dev, build_model=args.build_model)
        print(json.dumps(result))
        return 0

    configs = [c.strip() for c in args.configs.split(",") if c.strip()]
    unknown = sorted(set(configs) - set(CONFIGS))
    if unknown:
        parser.error(f"unknown configuration(s) {unknown}; choose from {', '.join(CONFIGS)}")
    info = machine()
    runs: dict[str, list[dict]] = {config: [] for config in configs}
    # Interleaved (spacy, rules, model, spacy, ...) so that a burst of other load on a shared
    # machine hits every configuration alike rather than one of them.
    for round_number in range(1, max(1, args.repeat) + 1):
        for config in configs:
            print(f"round {round_number}: {config} ...", file=sys.stderr, flush=True)
            runs[config].append(run_worker(config, args))
    results = {config: best_of(config_runs) for config, config_runs in runs.items()}
    add_ratios(results)
    args.out.write_text(json.dumps({"machine": info, "settings": {"articles": args.articles, "dev": args.dev,
                        "batch_size": BATCH_SIZE, "warm_up": WARM_UP, "repeat": args.repeat},
                        "results": results}, indent=2) + "\n")
    print(table(results))
    print(f"\nload average at start {info['load_average_at_start']}, {info['cpus']} CPUs; written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
