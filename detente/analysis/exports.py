"""Exports: csv, jsonl (the contract), parquet, and GDELT- and Phoenix-like layouts.

* ``csv`` and ``parquet`` write the ``mentions`` table (one row per coded occurrence,
  the JSON contract flattened) or, with ``table="events"``, the deduplicated events.
* ``jsonl`` writes the stored ``Event.to_dict()`` records verbatim, one per line.
* ``gdelt`` writes deduplicated events in the 58 columns of the GDELT 1.0 event table,
  tab-separated. Differences from GDELT, on purpose: country codes are ISO 3166 alpha-3
  (GDELT's geography uses FIPS), AvgTone and the ethnic/religion/Actor geo columns are
  empty (Détente does not code them), GLOBALEVENTID is a stable number derived from the
  dedup key, and IsRootEvent is 1 when the first mention is in the first sentence.
* ``phoenix`` writes the Phoenix one-a-day view in Phoenix's 26 tab-separated columns
  (see ``daily_events_sql``); quad class there is Phoenix's pentaclass.

CAMEO codes stay strings everywhere (``"040"``, never ``40``). ``header=False`` drops the
header line for the tab-separated layouts, as the original GDELT and Phoenix files have.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from detente.analysis.dedup import daily_events_sql
from detente.errors import StoreError
from detente.model import CODER_VERSION

if TYPE_CHECKING:
    from detente.store.store import EventStore

FORMATS = ("csv", "jsonl", "parquet", "gdelt", "phoenix")

# GDELT 1.0 event table columns, in order (GDELT codebook).
GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor{n}{field}" for n in (1, 2) for field in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{prefix}Geo_{field}" for prefix in ("Actor1", "Actor2", "Action") for field in (
        "Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
]

PHOENIX_COLUMNS = [
    "eventid", "date", "year", "month", "day",
    "source", "src_actor", "src_agent", "src_other_agent",
    "target", "tgt_actor", "tgt_agent", "tgt_other_agent",
    "code", "root_code", "quad_class", "goldstein", "issues",
    "lat", "lon", "geoname", "statename", "countryname",
    "sentence_ids", "urls", "sources",
]

# Phoenix pentaclass by CAMEO root (phoenix_fields.md): 0 statements, 1 verbal coop,
# 2 material coop, 3 verbal conflict (incl. 16), 4 material conflict.
_PENTACLASS = {**{r: 0 for r in (1, 2)}, **{r: 1 for r in (3, 4, 5)}, **{r: 2 for r in (6, 7, 8)},
               **{r: 3 for r in (9, 10, 11, 12, 13, 16)}, **{r: 4 for r in (14, 15, 17, 18, 19, 20)}}
_GROUP_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    format: str
    rows: int

    def line(self) -> str:
        return f"wrote {self.rows} rows as {self.format} to {self.path}"


def pentaclass(root: str) -> int:
    return _PENTACLASS[int(root)]


def _split_code(code: str | None) -> tuple[str, str, str]:
    """CAMEO actor code -> (root, primary agent, other agents ';'-joined)."""
    if not isinstance(code, str) or not code:
        return "", "", ""
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    return chunks[0], chunks[1] if len(chunks) > 1 else "", ";".join(chunks[2:])


def _country_name(alpha3: str | None) -> str:
    if not isinstance(alpha3, str) or not alpha3:  # pandas gives NaN for missing places
        return ""
    import pycountry

    country = pycountry.countries.get(alpha_3=alpha3)
    return country.name if country else alpha3


def gdelt_frame(store: "EventStore") -> pd.DataFrame:
    events = store.con.execute(
        """
        SELECT e.*, m.sentence_index AS first_sentence_index, a.ingested_at
        FROM events e
        JOIN mentions m ON m.mention_id = e.first_mention_id
        JOIN articles a ON a.article_id = e.first_article_id
        ORDER BY e.date, e.event_key
        """
    ).df()
    dates = pd.to_datetime(events["date"])
    out = pd.DataFrame(index=events.index, columns=GDELT_COLUMNS, dtype=object)
    out["GLOBALEVENTID"] = [int(key[:12], 16) for key in events["event_key"]]
    out["SQLDATE"] = dates.dt.strftime("%Y%m%d").astype(int)
    out["MonthYear"] = dates.dt.strftime("%Y%m").astype(int)
    out["Year"] = dates.dt.year
    out["FractionDate"] = (dates.dt.year + (dates.dt.month * 30 + dates.dt.day) / 365).round(4)
    for n, side in ((1, "source"), (2, "target")):
        codes = events[f"{side}_code"]
        out[f"Actor{n}Code"] = codes
        out[f"Actor{n}Name"] = events[f"{side}_name"].str.upper()
        out[f"Actor{n}CountryCode"] = events[f"{side}_country"]
        out[f"Actor{n}KnownGroupCode"] = [
            c[3:6] if isinstance(c, str) and c.startswith(_GROUP_PREFIXES) else None for c in codes
        ]
        out[f"Actor{n}Type1Code"] = events[f"{side}_agent"]
    out["IsRootEvent"] = (events["first_sentence_index"] == 0).astype(int)
    out["EventCode"] = events["cameo"]
    out["EventBaseCode"] = events["cameo"].str[:3]
    out["EventRootCode"] = events["cameo_root"]
    out["QuadClass"] = events["quad_class"]
    out["GoldsteinScale"] = events["goldstein"]
    out["NumMentions"] = events["num_mentions"]
    out["NumSources"] = events["num_sources"]
    out["NumArticles"] = events["num_articles"]
    located = events["lat"].notna()
    out["ActionGeo_Type"] = [4 if has_point else (1 if country else None)
                             for has_point, country in zip(located, events["location_country"])]
    out["ActionGeo_FullName"] = events["location_name"]
    out["ActionGeo_CountryCode"] = events["location_country"]
    out["ActionGeo_ADM1Code"] = events["location_admin1"]
    out["ActionGeo_Lat"] = events["lat"]
    out["ActionGeo_Long"] = events["lon"]
    out["ActionGeo_FeatureID"] = events["geonameid"].astype("Int64")
    out["DATEADDED"] = pd.to_datetime(events["ingested_at"]).dt.strftime("%Y%m%d%H%M%S")
    out["SOURCEURL"] = events["source_url"]
    return out


def phoenix_frame(store: "EventStore") -> pd.DataFrame:
    daily = store.con.execute(daily_events_sql()).df()
    dates = pd.to_datetime(daily["date"])
    out = pd.DataFrame(index=daily.index, columns=PHOENIX_COLUMNS, dtype=object)
    out["eventid"] = [f"{i + 1}_{CODER_VERSION}" for i in range(len(daily))]
    out["date"] = dates.dt.strftime("%Y%m%d")
    out["year"], out["month"], out["day"] = dates.dt.year, dates.dt.month, dates.dt.day
    for side, short in (("source", "src"), ("target", "tgt")):
        parts = [_split_code(code) for code in daily[f"{side}_code"]]
        out[side] = daily[f"{side}_code"]
        out[f"{short}_actor"] = [p[0] for p in parts]
        out[f"{short}_agent"] = [p[1] for p in parts]
        out[f"{short}_other_agent"] = [p[2] for p in parts]
    out["code"] = daily["cameo"]
    out["root_code"] = daily["cameo_root"]
    out["quad_class"] = [pentaclass(root) for root in daily["cameo_root"]]
    out["goldstein"] = daily["goldstein"]
    out["issues"] = ""
    out["lat"], out["lon"] = daily["lat"], daily["lon"]
    out["geoname"] = daily["location_name"]
    out["statename"] = daily["location_admin1"]
    out["countryname"] = [_country_name(c) for c in daily["location_country"]]
    out["sentence_ids"] = daily["mention_ids"]
    out["urls"] = daily["urls"]
    out["sources"] = daily["publishers"]
    return out


def _table_frame(store: "EventStore", table: str) -> pd.DataFrame:
    frame = store.events_df(table=table)
    for column in ("cameo", "cameo_root"):
        frame[column] = frame[column].astype("string")
    return frame


def export(
    store: "EventStore", *, format: str, out: str | Path, table: str = "mentions", header: bool = True
) -> ExportSummary:
    """Write the store in ``format`` to ``out``; return what was written."""
    if format not in FORMATS:
        raise StoreError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    path = Path(out)
    if not path.parent.exists():
        raise StoreError(f"{out}: folder {path.parent} does not exist; create it first")
    if format == "jsonl":
        rows = 0
        with path.open("w", encoding="utf-8") as handle:
            for record in store.records():
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                rows += 1
        return ExportSummary(path, format, rows)
    if format == "gdelt":
        frame = gdelt_frame(store)
    elif format == "phoenix":
        frame = phoenix_frame(store)
    else:
        frame = _table_frame(store, table)
    if format == "parquet":
        frame.to_parquet(path, index=False)
    elif format == "csv":
        frame.to_csv(path, index=False)
    else:
        frame.to_csv(path, sep="\t", index=False, header=header, quoting=csv.QUOTE_NONE, escapechar="\\")
    return ExportSummary(path, format, len(frame))
