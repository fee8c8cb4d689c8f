"""Input readers: every format, stdin, and bad records that never lose the good ones."""

from __future__ import annotations

import io
import json
from datetime import date

from hypothesis import given, strategies as st

from detente.io import read_inputs
from detente.model import Article, InputProblem


def test_text_markdown_jsonl_csv_tsv_and_directories(tmp_path):
    (tmp_path / "a.txt").write_text("Russia met China.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Title\n\nIsrael attacked Gaza.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "x1", "text": "T1", "published": "2000-02-22"}) + "\n", encoding="utf-8")
    (tmp_path / "d.csv").write_text("id,text,date\nc1,\"Hello, world\",2001-03-04\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "e.tsv").write_text("id\ttext\nt1\tText one\n", encoding="utf-8")
    items = list(read_inputs([tmp_path], default_date=date(1999, 1, 1)))
    assert all(isinstance(i, Article) for i in items)
    by_id = {a.id: a for a in items}
    assert set(by_id) == {"a", "b", "x1", "c1", "t1"}
    assert by_id["x1"].published == date(2000, 2, 22)
    assert by_id["c1"].published == date(2001, 3, 4) and by_id["c1"].text == "Hello, world"
    assert by_id["a"].published == date(1999, 1, 1)
    assert by_id["b"].title == "Title"


def test_bad_records_are_reported_with_file_line_and_id_and_the_rest_survive(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        "\n".join([
            json.dumps({"id": "ok1", "text": "Fine."}),
            "{not json",
            json.dumps({"id": "nodate", "text": "X", "date": "22/02/2000"}),
            json.dumps({"id": "notext"}),
            json.dumps({"id": "ok2", "text": "Also fine."}),
        ]),
        encoding="utf-8",
    )
    items = list(read_inputs([path]))
    articles = [i.id for i in items if isinstance(i, Article)]
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert articles == ["ok1", "ok2"]
    assert [p.where.split(" ")[0] for p in problems] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "nodate" in problems[1].where and "YYYY-MM-DD" in problems[1].problem
    assert "notext" in problems[2].where and "text" in problems[2].problem


def test_missing_path_and_unsupported_type(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    items = list(read_inputs([tmp_path / "nope.txt", tmp_path / "x.pdf"]))
    assert [type(i) for i in items] == [InputProblem, InputProblem]
    assert "no such file" in items[0].problem and "unsupported" in items[1].problem


def test_stdin_plain_text_and_jsonl():
    (article,) = read_inputs(["-"], stdin=io.StringIO("Russia met China."), default_date=date(2000, 1, 1))
    assert article.text == "Russia met China." and article.published == date(2000, 1, 1)
    items = list(read_inputs(["-"], stdin=io.StringIO('{"id": "s1", "text": "A"}\n{"id": "s2", "text": "B"}\n')))
    assert [a.id for a in items] == ["s1", "s2"]


@given(st.lists(st.text(min_size=1).filter(lambda t: t.strip()), min_size=1, max_size=5))
def test_jsonl_round_trip_keeps_every_text(texts):
    data = "".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate(texts))
    items = list(read_inputs(["-"], stdin=io.StringIO(data)))
    assert [a.text for a in items] == texts
