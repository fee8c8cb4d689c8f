"""Scoring: both gold formats, per-type and per-root tables, misses."""

from __future__ import annotations

import json

import pytest

from detente.evaluate import actor_key, read_gold, score


def coded(plover, cameo, source, source_country, target=None, target_country=None):
    return {
        "plover": {"event": plover, "mode": None}, "cameo": cameo, "cameo_root": cameo[:2],
        "source": {"code": source, "country": source_country, "text": source},
        "target": {"code": target, "country": target_country, "text": target} if target else None,
        "evidence": {"rule": "verb:test"},
    }


def test_plain_gold_format_scores_by_plover_type_and_cameo_root(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "date": "2000-02-22", "text": "Russia met China.", "events": [{"source": "RUS", "target": "CHN", "code": "040"}]},
        {"id": "b", "text": "Israel attacked Gaza.", "events": [{"source": "ISR", "target": "PSE", "code": "190"}]},
    ]), encoding="utf-8")
    gold = read_gold(path)
    assert [g.events[0].plover for g in gold] == ["CONSULT", "ASSAULT"]
    result = score(gold, {
        "a": [coded("CONSULT", "040", "RUSGOV", "RUS", "CHNGOV", "CHN")],
        "b": [coded("COERCE", "173", "ISRMIL", "ISR", "PSE", "PSE")],
    }, keep_misses=True)
    assert result["type_recall"] == 0.5 and result["full_match"] == 0.5 and result["precision"] == 0.5
    assert result["by_cameo_root"]["04"]["recall"] == 1.0 and result["by_cameo_root"]["19"]["recall"] == 0.0
    assert result["by_plover"]["COERCE"]["precision"] == 0.0
    assert [m["id"] for m in result["misses"]] == ["b"]


def test_wrong_target_is_a_type_hit_but_not_a_full_match(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "c", "text": "x", "event": "ACCUSE",
                                "actor": [{"code": "USA"}], "recipient": [{"code": "IRN"}]}), encoding="utf-8")
    result = score(read_gold(path), {"c": [coded("ACCUSE", "112", "USAGOV", "USA", "IRQGOV", "IRQ")]})
    assert result["type_recall"] == 1.0 and result["full_match"] == 0.0


def test_actor_keys_compare_at_country_level():
    assert actor_key("RUSGOV") == "RUS" and actor_key("IGOWSTNAT") == "IGO" and actor_key("JAP") == "JPN"
    assert actor_key(None, "USA") == "USA"


def test_bad_gold_line_names_the_line(tmp_path):
    from detente.errors import InputError

    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "text": "x", "event": "AGREE", "actor": [], "recipient": []}\n{oops\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.jsonl:2"):
        read_gold(path)
