"""Chart files from a real store: format, size, readable labels."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from detente.analysis.charts import chart_dyad, dyad_figure, figure_svg
from detente.errors import StoreError
from detente.store import open_store
from tests.test_store_factory import make_result


@pytest.fixture
def store(tmp_path):
    results = [
        make_result(f"m{month}", [{"cameo": cameo, "day": date(2000, month, 5)}, {
            "cameo": "112", "source": "RUSGOV", "target": "USAGOV", "day": date(2000, month, 6)}])
        for month, cameo in [(1, "040"), (2, "057"), (3, "163"), (5, "070")]
    ]
    with open_store(tmp_path / "c.duckdb") as opened:
        opened.ingest(results)
        yield opened


def test_png_chart(store, tmp_path):
    path = chart_dyad(store, "USA", "RUS", out=tmp_path / "tracks.png")
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000


def test_svg_chart_has_titles_labels_and_legend(store, tmp_path):
    path = chart_dyad(store, "USA", "RUS", out=tmp_path / "tracks.svg")
    text = path.read_text()
    assert len(text) > 20_000
    root = ET.fromstring(text)
    assert root.tag.endswith("svg")
    fig = dyad_figure(store.dyad_series("USA", "RUS"), "USA", "RUS")
    top, bottom = fig.axes[0], fig.axes[1]
    assert "USA and RUS" in top.get_title()
    assert top.get_ylabel() and bottom.get_ylabel() and bottom.get_xlabel()
    labels = [t.get_text() for t in top.get_legend().get_texts()]
    assert "cooperation USA>RUS" in labels and "conflict RUS>USA" in labels
    ticks = [t.get_text() for t in bottom.get_xticklabels()]
    fig.canvas.draw()
    ticks = [t.get_text() for t in bottom.get_xticklabels()]
    assert any(name in " ".join(ticks) for name in ("Feb", "Mar", "Apr", "2000"))
    inline = figure_svg(fig)
    assert inline.startswith("<svg")


def test_bad_suffix_and_empty_dyad(store, tmp_path):
    with pytest.raises(StoreError, match=".png or .svg"):
        chart_dyad(store, "USA", "RUS", out=tmp_path / "x.pdf")
    with pytest.raises(StoreError, match="no events"):
        chart_dyad(store, "USA", "CHN", out=tmp_path / "x.png")
