"""The bundled synthetic sample corpus: it reads cleanly, and the broken file fails loudly.

Fast: no spaCy model. The dyad check looks for actor names in the text, so it fails if
the corpus shrinks to one or two conflicts.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from detente.io import read_inputs
from detente.model import Article, InputProblem

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
NEWS = SAMPLES / "news"
BROKEN = SAMPLES / "broken" / "broken.jsonl"

# One pattern per side; a dyad counts as covered when some article names both sides.
SIDES = {
    "RUS": r"\b(Russia|Russian|Moscow|Kremlin|Putin|Lavrov)\b",
    "USA": r"\b(United States|U\.S\.|Washington|White House|Clinton|Albright|Biden|Blinken)\b",
    "ISR": r"\b(Israel|Israeli|Barak|Netanyahu)\b",
    "PSE": r"\b(Palestinian|Palestinians|Arafat|Abbas)\b",
    "IND": r"\b(India|Indian|New Delhi|Vajpayee|Jaishankar)\b",
    "PAK": r"\b(Pakistan|Pakistani|Islamabad|Musharraf|Sharif)\b",
    "CHN": r"\b(China|Chinese|Beijing|Jiang Zemin)\b",
    "SRB": r"\b(Serbia|Serbian|Serbs|Belgrade|Milosevic|Yugoslav)\b",
    "KOS": r"\b(Kosovo|Albanians?|Pristina|KFOR)\b",
    "UKR": r"\b(Ukraine|Ukrainian|Kyiv|Zelensky)\b",
    "NATO": r"\b(NATO|Robertson|Stoltenberg)\b",
    "UN": r"\b(UN|United Nations|Annan|Guterres)\b",
}
DYADS = [("RUS", "USA"), ("ISR", "PSE"), ("IND", "PAK"), ("CHN", "USA"), ("SRB", "KOS"),
         ("RUS", "UKR"), ("RUS", "NATO"), ("SRB", "NATO")]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    items = list(read_inputs([NEWS]))
    problems = [item for item in items if isinstance(item, InputProblem)]
    assert not problems, f"the sample corpus must read without problems: {problems}"
    return items


def test_every_line_is_a_complete_record():
    for path in sorted(NEWS.glob("*.jsonl")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            record = json.loads(line)
            where = f"{path.name}:{number}"
            assert set(record) >= {"id", "title", "date", "source", "url", "text"}, where
            assert record["url"] is None, where
            assert date.fromisoformat(record["date"]), where


def test_corpus_size_and_unique_ids(articles):
    assert len(articles) >= 80
    ids = Counter(article.id for article in articles)
    assert [i for i, n in ids.items() if n > 1] == []


def test_every_article_has_text_date_and_source(articles):
    for article in articles:
        assert article.text.strip(), article.id
        assert article.published is not None, article.id
        assert article.source, article.id
        sentences = [s for s in re.split(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])", article.text) if s.strip()]
        assert 3 <= len(sentences) <= 14, (article.id, len(sentences))


def test_several_dyads_and_periods(articles):
    covered = {
        dyad for dyad in DYADS
        if any(re.search(SIDES[dyad[0]], a.text) and re.search(SIDES[dyad[1]], a.text) for a in articles)
    }
    assert len(covered) >= 5, covered
    months = {a.published.strftime("%Y-%m") for a in articles}
    assert {"2000-01", "2000-02", "2000-03", "2000-04", "2000-05", "2000-06"} <= months
    assert any(m.startswith("2022") for m in months) and any(m.startswith("2023") for m in months)


def test_labelled_synthetic(articles):
    readme = (SAMPLES / "README.md").read_text("utf-8").lower()
    assert "synthetic" in readme
    outlets = {a.source for a in articles}
    assert outlets <= {"Synthetic Wire", "Meridian Press Service", "Northern Ledger",
                       "Capital Dispatch", "Harbour Evening Post"}


def test_repeated_reports_share_a_date(articles):
    """Dedup needs pairs of reports of one event from different outlets."""
    by_id = {a.id: a for a in articles}
    pair = (by_id["syn-rususa-2000-008"], by_id["syn-rususa-2000-009"])
    assert pair[0].source != pair[1].source
    assert all("Robertson" in a.text and "Putin" in a.text for a in pair)


def test_broken_file_reports_each_bad_line_and_keeps_the_good_ones():
    items = list(read_inputs([BROKEN]))
    good = [item for item in items if isinstance(item, Article)]
    problems = [item for item in items if isinstance(item, InputProblem)]
    assert [a.id for a in good] == ["syn-broken-good-1", "syn-broken-good-2"]
    assert len(problems) == 3
    lines = [re.search(r"broken\.jsonl:(\d+)", p.where) for p in problems]
    assert all(lines), [p.where for p in problems]
    assert [int(m.group(1)) for m in lines] == [2, 3, 4]
    assert "JSON" in problems[0].problem
    assert "text" in problems[1].problem and "syn-broken-missing-text" in problems[1].where
    assert "date" in problems[2].problem and "2000-02-30" in problems[2].problem


def _bench_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_run", SAMPLES.parent / "benchmarks" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_benchmark_corpus_repeats_the_samples_with_distinct_ids(articles):
    bench = _bench_module()
    corpus = bench.sample_corpus(len(articles) * 2 + 7)
    assert len(corpus) == len(articles) * 2 + 7
    assert len({a.id for a in corpus}) == len(corpus)
    assert corpus[len(articles)].text == corpus[0].text


def test_benchmark_ratios_are_against_raw_spacy():
    bench = _bench_module()

    def figures(seconds, cpu_seconds, events):
        return {"articles": 10, "sentences": 60, "events": events, "seconds": seconds, "cpu_seconds": cpu_seconds,
                "articles_per_s": 10 / seconds, "sentences_per_s": 60 / seconds,
                "events_per_s": None if events is None else events / seconds}

    results = {
        "spacy": {"load_s": 5.0, "peak_rss_mb": 400.0, "corpora": {"samples": figures(2.0, 2.0, None)}},
        "rules": {"load_s": 6.0, "peak_rss_mb": 500.0, "corpora": {"samples": figures(3.0, 2.0, 40)}},
        "model": {"config": "model", "skipped": "no model"},
    }
    bench.add_ratios(results)
    assert results["rules"]["corpora"]["samples"]["x_raw_spacy"] == 1.5
    assert results["rules"]["corpora"]["samples"]["x_raw_spacy_cpu"] == 1.0
    assert results["spacy"]["corpora"]["samples"]["x_raw_spacy"] == 1.0
    assert "no model" in bench.table(results)
