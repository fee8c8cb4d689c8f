"""The analyst's briefing: one self-contained HTML file.

Everything is inline — CSS in a ``<style>`` block, charts as inline SVG — and nothing is
fetched: no scripts, remote styles, fonts or images, so the file opens offline and can be
mailed as is. Article URLs are printed as text, not links, for the same reason.

Sections: overview counts; the most active dyads with their track charts; notable events
(largest |Goldstein|, most reported), each with its evidence sentence; an actor table;
and how the data was made (runs with coder version, dictionaries and options, counts,
unresolved actors).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from detente.analysis.dyads import top_dyads
from detente.errors import StoreError, UnknownCode

if TYPE_CHECKING:
    from detente.store.store import EventStore

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1100px;
color:#222;line-height:1.45;padding:0 1rem}
h1{margin-bottom:.2rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.2rem}
.meta{color:#666}.cards{display:flex;gap:1rem;flex-wrap:wrap}
.card{background:#f4f6f8;border-radius:6px;padding:.6rem 1rem;min-width:8rem}
.card b{display:block;font-size:1.5rem}
table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.9rem}
th,td{border-bottom:1px solid #e3e3e3;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f6f8}td.num{text-align:right;font-variant-numeric:tabular-nums}
.coop{color:#1b7837;font-weight:600}.conf{color:#b2182b;font-weight:600}
.evidence{font-style:italic;color:#333}.chart svg{width:100%;height:auto}
.note{color:#555;font-size:.9rem}code{background:#f4f6f8;padding:0 .2rem}
"""


@dataclass(frozen=True)
class ReportOptions:
    dyads: int = 5  # dyads in the table
    charts: int = 3  # of those, how many get a chart
    notable: int = 10  # events per notable list
    actors: int = 25
    by: str = "month"
    title: str = "Détente briefing"


def _cameo_name(code: str) -> str:
    from detente.ontology import lookup

    try:
        return lookup(code).name.capitalize()
    except UnknownCode:
        return code


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return escape(str(value))


def _table(frame: pd.DataFrame, columns: dict[str, str], *, numeric: tuple[str, ...] = ()) -> str:
    if frame.empty:
        return '<p class="note">None.</p>'
    head = "".join(f"<th>{escape(label)}</th>" for label in columns.values())
    body = []
    for row in frame.to_dict(orient="records"):
        cells = "".join(
            f'<td class="num">{_cell(row[c])}</td>' if c in numeric else f"<td>{_cell(row[c])}</td>"
            for c in columns
        )
        body.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _inline_svg(svg: str) -> str:
    # Drop the RDF metadata block: it names vocabularies by URL, and the briefing should
    # carry no remote address at all.
    return re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)


def _actor_label(code: Any, name: Any, text: Any = None) -> str:
    code = code if isinstance(code, str) else None
    name = name if isinstance(name, str) else None
    if code:
        return f"{escape(name)} <code>{escape(code)}</code>" if name else f"<code>{escape(code)}</code>"
    return escape(text) if isinstance(text, str) else "?"


def _events_list(frame: pd.DataFrame) -> str:
    if frame.empty:
        return '<p class="note">None.</p>'
    rows = []
    for event in frame.to_dict(orient="records"):
        tone = "coop" if event["quad_class"] <= 2 else "conf"
        rows.append(
            "<tr>"
            f"<td>{_cell(event['date'])}</td>"
            f"<td>{_actor_label(event['source_code'], event['source_name'])} &rarr; "
            f"{_actor_label(event['target_code'], event['target_name'])}</td>"
            f"<td><code>{escape(event['cameo'])}</code> {escape(_cameo_name(event['cameo']))}</td>"
            f'<td class="num {tone}">{event["goldstein"]:+.1f}</td>'
            f'<td class="num">{event["num_mentions"]} / {event["num_articles"]} / {event["num_sources"]}</td>'
            f'<td class="evidence">&ldquo;{escape(event["sentence"])}&rdquo;'
            f'<br><span class="note">{escape(str(event["first_article_id"]))}</span></td>'
            "</tr>"
        )
    head = ("<tr><th>date</th><th>who &rarr; whom</th><th>CAMEO</th><th>Goldstein</th>"
            "<th>mentions / articles / sources</th><th>evidence</th></tr>")
    return f"<table><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


def notable_events(store: "EventStore", *, limit: int = 10) -> dict[str, pd.DataFrame]:
    """The events a reader should see first: most intense and most reported."""
    return {
        "intense": store.con.execute(
            "SELECT * FROM events ORDER BY abs(goldstein) DESC, num_mentions DESC, date, event_key LIMIT ?",
            [limit],
        ).df(),
        "reported": store.con.execute(
            "SELECT * FROM events ORDER BY num_articles DESC, num_mentions DESC, abs(goldstein) DESC, "
            "date, event_key LIMIT ?",
            [limit],
        ).df(),
    }


def actor_table(store: "EventStore", *, limit: int = 25) -> pd.DataFrame:
    return store.con.execute(
        """
        WITH sides AS (
            SELECT source_code AS code, source_name AS name, source_country AS country,
                   1 AS as_source, 0 AS as_target, goldstein FROM events
            UNION ALL
            SELECT target_code, target_name, target_country, 0, 1, NULL FROM events
        )
        SELECT code, any_value(name) AS name, any_value(country) AS country,
               sum(as_source) AS as_source, sum(as_target) AS as_target,
               round(avg(goldstein), 2) AS goldstein_as_source
        FROM sides WHERE code IS NOT NULL
        GROUP BY code ORDER BY sum(as_source) + sum(as_target) DESC, code LIMIT ?
        """,
        [limit],
    ).df()


def _provenance(store: "EventStore", stats: dict[str, Any]) -> str:
    runs = store.runs_df()
    run_rows = []
    for run in runs.to_dict(orient="records"):
        dictionaries = ", ".join(json.loads(run["dictionaries"])) or "built-in"
        summary = json.loads(run["summary"]) if isinstance(run["summary"], str) else {}
        brief = ", ".join(f"{k}: {v}" for k, v in summary.items() if not isinstance(v, (dict, list)))
        run_rows.append(
            f"<tr><td>{run['run_id']}</td><td>{escape(run['coder'])}</td><td>{escape(dictionaries)}</td>"
            f"<td><code>{escape(run['options'])}</code></td><td>{_cell(run['started_at'])}</td>"
            f"<td>{'finished' if run['finished_at'] is not None and run['finished_at'] == run['finished_at'] else 'unfinished'}</td>"
            f"<td class=\"note\">{escape(brief)}</td></tr>"
        )
    runs_html = (
        "<table><thead><tr><th>run</th><th>coder</th><th>dictionaries</th><th>options</th>"
        f"<th>started</th><th>state</th><th>summary</th></tr></thead><tbody>{''.join(run_rows)}</tbody></table>"
        if run_rows else '<p class="note">No runs recorded (events were stored without begin_run).</p>'
    )
    unresolved = store.unresolved_df().head(30)
    return (
        "<h2>How this was made</h2>"
        "<p>Events were coded from news text by Détente: a dependency parse, the project's "
        "verb and noun patterns, actor and place dictionaries. Each <em>mention</em> is one coded "
        "occurrence in a sentence; mentions of the same (date, source, target, CAMEO code, place) "
        "are merged into one <em>event</em> with mention, article and source counts.</p>"
        f"{runs_html}"
        "<table><tbody>"
        + "".join(
            f"<tr><th>{escape(k)}</th><td>{_cell(stats[k])}</td></tr>"
            for k in ("articles", "sentences", "mentions", "events", "daily_events", "unresolved_actors",
                      "first_date", "last_date", "schema_version")
        )
        + "</tbody></table>"
        "<h3>Unresolved actors (most frequent)</h3>"
        + _table(unresolved, {"text": "phrase", "n": "times", "articles": "articles"}, numeric=("n", "articles"))
    )


def build_report(store: "EventStore", *, options: ReportOptions | None = None) -> str:
    """The briefing as one HTML string."""
    from detente.analysis.charts import dyad_figure, figure_svg

    options = options or ReportOptions()
    stats = store.stats()
    if stats["events"] == 0:
        raise StoreError(f"{store.path}: the store holds no events; code some articles with --db first")
    dyads = top_dyads(store, limit=options.dyads)
    dyad_sections = []
    for dyad in dyads.head(options.charts).to_dict(orient="records"):
        frame = store.dyad_series(dyad["a"], dyad["b"], by=options.by)
        both = frame[frame.direction == f"{dyad['a']}<>{dyad['b']}"]
        two_track = [p.isoformat() for p in both.loc[both.two_track, "period"]]
        svg = _inline_svg(figure_svg(dyad_figure(frame, dyad["a"], dyad["b"], by=options.by)))
        note = (f"Two-track {options.by}s (cooperation and conflict both high): {', '.join(two_track)}."
                if two_track else f"No two-track {options.by}s.")
        dyad_sections.append(
            f"<h3>{escape(dyad['a'])} &ndash; {escape(dyad['b'])}</h3>"
            f'<p class="note">{dyad["events"]} events, {dyad["cooperative"]} cooperative, '
            f'{dyad["conflictual"]} conflictual; mean Goldstein {dyad["goldstein_mean"]:+.2f}. {escape(note)}</p>'
            f'<div class="chart">{svg}</div>'
        )
    notable = notable_events(store, limit=options.notable)
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    quad = stats["events_by_quad_class"]
    cards = "".join(
        f'<div class="card"><b>{value}</b>{escape(label)}</div>'
        for label, value in [
            ("articles", stats["articles"]), ("events", stats["events"]), ("mentions", stats["mentions"]),
            ("cooperative events", quad["1"] + quad["2"]), ("conflictual events", quad["3"] + quad["4"]),
            ("actors", stats["actors"]),
        ]
    )
    body = (
        f"<h1>{escape(options.title)}</h1>"
        f'<p class="meta">Events from {stats["first_date"]} to {stats["last_date"]} &middot; '
        f"store <code>{escape(Path(store.path).name)}</code> &middot; generated {generated}</p>"
        f'<div class="cards">{cards}</div>'
        "<h2>Most active dyads</h2>"
        + _table(dyads, {"a": "actor", "b": "actor", "events": "events", "mentions": "mentions",
                         "cooperative": "cooperative", "conflictual": "conflictual",
                         "goldstein_mean": "mean Goldstein"},
                 numeric=("events", "mentions", "cooperative", "conflictual", "goldstein_mean"))
        + '<p class="note">Tracks: cooperation and conflict indices are each period\'s weighted '
        "event score (every event weighs max(|Goldstein|, 1)) as a share of the dyad's busiest "
        "period; a period is two-track when both reach 0.25.</p>"
        + "".join(dyad_sections)
        + "<h2>Notable events</h2><h3>Largest |Goldstein|</h3>" + _events_list(notable["intense"])
        + "<h3>Most reported</h3>" + _events_list(notable["reported"])
        + "<h2>Actors</h2>"
        + _table(actor_table(store, limit=options.actors),
                 {"code": "code", "name": "name", "country": "country", "as_source": "as source",
                  "as_target": "as target", "goldstein_as_source": "mean Goldstein as source"},
                 numeric=("as_source", "as_target", "goldstein_as_source"))
        + _provenance(store, stats)
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(options.title)}</title><style>{_CSS}</style></head>"
        f"<body>{body}</body></html>\n"
    )


def write_report(store: "EventStore", *, out: str | Path, options: ReportOptions | None = None) -> Path:
    path = Path(out)
    if not path.parent.exists():
        raise StoreError(f"{out}: folder {path.parent} does not exist; create it first")
    path.write_text(build_report(store, options=options), encoding="utf-8")
    return path
