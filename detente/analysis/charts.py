"""Dyad track charts, rendered offline with matplotlib (Agg) to PNG or SVG.

One figure per dyad: the top panel draws the cooperation and conflict indices for each
direction (solid: A to B, dashed: B to A) and shades two-track periods; the bottom panel
draws the mean Goldstein score of both directions together as bars, with the event count
on a second axis.
"""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display, no GUI toolkit: charts render the same anywhere

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from detente.errors import StoreError  # noqa: E402

COOP_COLOUR = "#1b7837"
CONFLICT_COLOUR = "#b2182b"
TWO_TRACK_COLOUR = "#9970ab"
FORMATS = (".png", ".svg")
_BAR_WIDTH_DAYS = {"day": 0.8, "week": 5, "month": 22}


def _period_kind(periods: pd.Series) -> str:
    if len(periods) < 2:
        return "month"
    gap = (periods.iloc[1] - periods.iloc[0]).days
    return "day" if gap <= 1 else "week" if gap <= 7 else "month"


def dyad_figure(
    frame: pd.DataFrame, a: str, b: str, *, by: str | None = None, title: str | None = None
) -> Figure:
    """The track figure for a ``dyad_series`` frame."""
    if frame.empty:
        raise StoreError(f"no events between {a} and {b}; nothing to chart (check the codes with `detente events --dyad {a} {b}`)")
    frame = frame.assign(period=pd.to_datetime(frame["period"]))
    a, b = a.upper(), b.upper()
    both = frame[frame.direction == f"{a}<>{b}"].sort_values("period")
    fig, (tracks, tone) = plt.subplots(
        2, 1, figsize=(9, 6), sharex=True, gridspec_kw={"height_ratios": [3, 2]}, layout="constrained"
    )
    kind = by or _period_kind(both["period"])
    half = pd.Timedelta(days=_BAR_WIDTH_DAYS[kind] / 2 + 0.5)
    for period in both.loc[both.two_track, "period"]:
        tracks.axvspan(period - half, period + half, color=TWO_TRACK_COLOUR, alpha=0.15, lw=0)
    for direction, style in ((f"{a}>{b}", "-"), (f"{b}>{a}", "--")):
        rows = frame[frame.direction == direction].sort_values("period")
        if rows.empty:
            continue
        tracks.plot(rows.period, rows.coop_index, style, color=COOP_COLOUR, marker="o", ms=3,
                    label=f"cooperation {direction}")
        tracks.plot(rows.period, rows.conflict_index, style, color=CONFLICT_COLOUR, marker="s", ms=3,
                    label=f"conflict {direction}")
    if both.two_track.any():
        tracks.plot([], [], color=TWO_TRACK_COLOUR, alpha=0.3, lw=8, label="two-track period")
    tracks.set_ylabel("index (0-1, share of peak)")
    tracks.set_ylim(-0.03, 1.35)  # headroom keeps the legend off the lines
    tracks.set_title(title or f"{a} and {b}: cooperation and conflict tracks, by {kind}")
    tracks.legend(loc="upper left", fontsize=8, ncols=2, frameon=False)
    tracks.grid(alpha=0.3)

    colours = [COOP_COLOUR if g >= 0 else CONFLICT_COLOUR for g in both.goldstein_mean.fillna(0)]
    tone.bar(both.period, both.goldstein_mean.fillna(0), width=_BAR_WIDTH_DAYS[kind], color=colours,
             label="mean Goldstein (both directions; green > 0, red < 0)")
    tone.axhline(0, color="black", lw=0.6)
    tone.set_ylim(-10.5, 10.5)
    tone.set_ylabel("mean Goldstein")
    tone.set_xlabel(f"{kind} (event date)")
    count_axis = tone.twinx()
    count_axis.plot(both.period, both.events, color="#444444", lw=1, marker=".", label="events")
    count_axis.set_ylabel("events")
    count_axis.set_ylim(bottom=0)
    count_axis.yaxis.set_major_locator(MaxNLocator(integer=True))
    handles = tone.get_legend_handles_labels()
    extra = count_axis.get_legend_handles_labels()
    tone.legend(handles[0] + extra[0], handles[1] + extra[1], loc="lower left", fontsize=8, frameon=False)
    tone.grid(alpha=0.3)
    # a margin of one period each side, so one lone period still reads as a period
    margin = pd.Timedelta(days={"day": 1, "week": 7, "month": 31}[kind])
    tone.set_xlim(both["period"].min() - margin, both["period"].max() + margin)
    locator = mdates.AutoDateLocator(minticks=3)
    tone.xaxis.set_major_locator(locator)
    tone.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    return fig


def save_figure(fig: Figure, path: str | Path) -> Path:
    """Write ``fig`` as PNG or SVG, chosen by the file suffix; close it."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        plt.close(fig)
        raise StoreError(f"{path}: charts are written as .png or .svg; change the --out suffix")
    metadata = {"Date": None} if suffix == ".svg" else {}
    try:
        fig.savefig(target, dpi=120, metadata=metadata)
    finally:
        plt.close(fig)
    return target


def figure_svg(fig: Figure) -> str:
    """The figure as an inline SVG element (no XML prolog), for the briefing; closes it."""
    buffer = io.StringIO()
    try:
        fig.savefig(buffer, format="svg", metadata={"Date": None})
    finally:
        plt.close(fig)
    text = buffer.getvalue()
    return text[text.index("<svg"):]


def chart_dyad(store, a: str, b: str, *, out: str | Path, by: str = "month") -> Path:
    """Chart the dyad's tracks from the store to ``out`` (.png or .svg)."""
    frame = store.dyad_series(a, b, by=by)
    return save_figure(dyad_figure(frame, a, b, by=by), out)
