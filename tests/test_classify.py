"""The type checker trains and predicts deterministically on a tiny hand-made fixture.

One transformer layer and a handful of steps keep each training to a few seconds; the
point is reproducibility and plumbing, not accuracy.
"""

from __future__ import annotations

import json

import pytest

from detente.classify.cache import build_model, load_type_checker, model_dir
from detente.classify.checker import TypeChecker
from detente.classify.config import TrainConfig
from detente.classify.corpus import ReadReport, read_corpus
from detente.classify.encoding import SOURCE_MARK, TARGET_MARK, mark
from detente.classify.train import train
from detente.classify.types import LABELS, LabelledPair, PairInput
from detente.errors import ModelUnavailable

TINY = TrainConfig(num_layers=1, max_steps=6, min_steps=0, batch_size=4, epochs=2)


def _pair(text: str, source: str | None, target: str | None) -> PairInput:
    def span(phrase):
        if phrase is None:
            return None
        start = text.index(phrase)
        return (start, start + len(phrase))

    return PairInput(text, span(source), span(target))


FIXTURE = [
    ("Russia accused Ukraine of shelling the city.", "Russia", "Ukraine", "ACCUSE", "112"),
    ("The United States and Jordan signed a trade pact.", "United States", "Jordan", "AGREE", "057"),
    ("Israeli jets struck targets in Gaza on Sunday.", "Israeli jets", "Gaza", "ASSAULT", "195"),
    ("Japan sent food and medicine to flood victims in Pakistan.", "Japan", "Pakistan", "AID", "073"),
    ("The weather was sunny in Paris on Monday.", None, None, "NONE", None),
    ("Chinese officials met their Indian counterparts in Beijing.", "Chinese officials", "Indian counterparts", "CONSULT", "040"),
]


@pytest.fixture(scope="module")
def examples() -> list[LabelledPair]:
    return [LabelledPair(_pair(t, s, g), label, cameo[:2] if cameo else None) for t, s, g, label, cameo in FIXTURE]


@pytest.fixture(scope="module")
def checker(examples) -> TypeChecker:
    tokenizer, network, _stats = train(examples, config=TINY)
    return TypeChecker.from_network(tokenizer=tokenizer, network=network, config=TINY)


def test_marking_wraps_each_span_and_points_at_its_opening_marker():
    pair = _pair("Russia accused Ukraine of shelling the city.", "Russia", "Ukraine")
    marked = mark(pair, max_chars=400)
    assert marked.text[marked.source_at] == SOURCE_MARK
    assert marked.text[marked.target_at] == TARGET_MARK
    assert f"{SOURCE_MARK} Russia {SOURCE_MARK}" in marked.text
    assert f"{TARGET_MARK} Ukraine {TARGET_MARK}" in marked.text


def test_long_sentences_are_cropped_around_the_spans():
    text = "Filler words here. " * 60 + "Iran threatened Israel. " + "More filler. " * 60
    pair = _pair(text, "Iran", "Israel")
    marked = mark(pair, max_chars=200)
    assert len(marked.text) <= 200
    assert marked.text[marked.source_at] == SOURCE_MARK and marked.text[marked.target_at] == TARGET_MARK


def test_bad_span_is_rejected_with_a_fix():
    with pytest.raises(ValueError, match="character offsets"):
        PairInput("short", (2, 40), None)


def test_training_is_deterministic(examples, checker):
    tokenizer, network, _ = train(examples, config=TINY)
    again = TypeChecker.from_network(tokenizer=tokenizer, network=network, config=TINY)
    pairs = [ex.pair for ex in examples]
    first, second = checker.predict(pairs), again.predict(pairs)
    assert [p.plover for p in first] == [p.plover for p in second]
    assert [p.probs for p in first] == [p.probs for p in second]  # bit for bit


def test_a_different_seed_gives_different_weights(examples, checker):
    tokenizer, network, _ = train(examples, config=TINY.with_(seed=TINY.seed + 1))
    other = TypeChecker.from_network(tokenizer=tokenizer, network=network, config=TINY)
    pairs = [ex.pair for ex in examples]
    assert [p.probs for p in other.predict(pairs)] != [p.probs for p in checker.predict(pairs)]


def test_predictions_are_distributions_over_the_labels(examples, checker):
    for prediction in checker.predict([ex.pair for ex in examples]):
        assert set(prediction.probs) == set(LABELS)
        assert sum(prediction.probs.values()) == pytest.approx(1.0, abs=1e-5)
        assert prediction.prob == max(prediction.probs.values())
        assert prediction.probs[prediction.plover] == prediction.prob


def test_batching_matches_one_by_one(examples, checker):
    pairs = [ex.pair for ex in examples]
    batched = checker.predict(pairs)
    single = [checker.predict([pair])[0] for pair in pairs]
    assert [p.plover for p in batched] == [p.plover for p in single]
    for a, b in zip(batched, single):
        for label in LABELS:
            assert a.probs[label] == pytest.approx(b.probs[label], abs=1e-5)
    assert checker.predict([]) == []


@pytest.fixture(scope="module")
def saved(tmp_path_factory, checker):
    return checker.save(tmp_path_factory.mktemp("saved") / "model")


@pytest.mark.parametrize("backend", ["torch", "onnx"])
def test_save_load_round_trip(saved, examples, checker, backend):
    if backend == "onnx":
        pytest.importorskip("onnxruntime")
    loaded = TypeChecker.load(saved, backend=backend)
    assert loaded.backend == backend
    pairs = [ex.pair for ex in examples]
    assert loaded.config == checker.config
    for a, b in zip(checker.predict(pairs), loaded.predict(pairs)):
        assert a.plover == b.plover and a.cameo_root == b.cameo_root
        assert a.prob == pytest.approx(b.prob, abs=1e-5)


def test_int8_graph_stays_close_to_the_float_model(saved, examples, checker):
    pytest.importorskip("onnxruntime")
    loaded = TypeChecker.load(saved, backend="onnx-int8")
    pairs = [ex.pair for ex in examples]
    for a, b in zip(checker.predict(pairs), loaded.predict(pairs)):
        assert max(abs(a.probs[label] - b.probs[label]) for label in LABELS) < 0.05


def test_auto_backend_prefers_onnx_when_installed(saved):
    pytest.importorskip("onnxruntime")
    assert TypeChecker.load(saved).backend.startswith("onnx")


def test_loading_an_empty_folder_says_how_to_fix_it(tmp_path):
    with pytest.raises(ModelUnavailable, match="detente model build"):
        TypeChecker.load(tmp_path)


def _write_corpus(folder, rows):
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "tiny.jsonl", "w", encoding="utf-8") as handle:
        for index, (text, source, target, label, cameo) in enumerate(rows):
            def span(phrase):
                if phrase is None:
                    return None
                start = text.index(phrase)
                return {"text": phrase, "start": start, "end": start + len(phrase)}

            record = {"id": f"t{index}", "text": text, "source": span(source), "target": span(target),
                      "plover": label, "mode": None, "cameo": cameo, "register": "wire", "tags": [], "origin": "test"}
            handle.write(json.dumps(record) + "\n")


def test_corpus_reader_counts_bad_lines_and_keeps_the_rest(tmp_path):
    _write_corpus(tmp_path, FIXTURE)
    with open(tmp_path / "tiny.jsonl", "a", encoding="utf-8") as handle:
        handle.write('{"id": "bad1", "text": "x", "plover": "DANCE"}\n')
        handle.write("not json\n")
        handle.write('{"id": "bad2", "text": "Iran spoke.", "plover": "NONE", "source": {"text": "Iraq", "start": 0, "end": 4}}\n')
    report = ReadReport()
    examples = read_corpus([tmp_path / "tiny.jsonl"], report=report)
    assert len(examples) == report.read == len(FIXTURE)
    assert len(report.skipped) == 3
    assert all(problem.startswith("tiny.jsonl:") for problem in report.skipped)
    assert "DANCE" in report.skipped[0]


def test_build_into_cache_and_load(tmp_path, monkeypatch):
    monkeypatch.setenv("DETENTE_CACHE", str(tmp_path / "cache"))
    data = tmp_path / "data"
    _write_corpus(data, FIXTURE)
    with pytest.raises(ModelUnavailable, match="detente model build"):
        load_type_checker(data_dir=data, config=TINY, build_if_missing=False)
    folder = build_model(data_dir=data, config=TINY)
    assert folder == model_dir(data_dir=data, config=TINY)
    assert folder.is_relative_to(tmp_path / "cache")
    checker = load_type_checker(data_dir=data, config=TINY, build_if_missing=False)
    assert len(checker.predict([PairInput("Iran threatened Israel.", (0, 4), (16, 22))])) == 1
    # Changing the data changes the key: the old model is not reused.
    _write_corpus(data, FIXTURE[:-1])
    assert model_dir(data_dir=data, config=TINY) != folder


def test_model_info_cli_reports_an_unbuilt_model(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from detente.cli import cli

    monkeypatch.setenv("DETENTE_CACHE", str(tmp_path / "cache"))
    data = tmp_path / "data"
    _write_corpus(data, FIXTURE)
    result = CliRunner().invoke(cli, ["model", "info", "--data-dir", str(data)])
    assert result.exit_code == 0, result.output
    assert "not built" in result.output and "detente model build" in result.output
    assert str(tmp_path / "cache") in result.output


def test_training_can_go_on_from_a_saved_model(saved, examples, checker):
    tokenizer, network, stats = train(examples[:4], config=TINY.with_(max_steps=2), init=saved)
    assert stats.steps == 2
    further = TypeChecker.from_network(tokenizer=tokenizer, network=network, config=TINY)
    pairs = [ex.pair for ex in examples]
    before, after = checker.predict(pairs), further.predict(pairs)
    assert [p.probs for p in before] != [p.probs for p in after]  # it trained ...
    assert all(set(p.probs) == set(LABELS) for p in after)  # ... the same network shape
