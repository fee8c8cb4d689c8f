"""Score coded events against gold files.

Two gold formats are read:

* PLOVER gold records (``../shared/data/plover_gsr/``): ``id``, ``text``, ``event`` (PLOVER
  type), ``actor`` and ``recipient`` lists of ``{text, code, sector}``.
* Plain JSON Lines: ``{id, date, text, events: [{source, target, code}]}`` where ``code``
  is a CAMEO code and ``source``/``target`` are actor codes (country-level comparison).

Sentence-level measures (one gold event per sentence in the PLOVER set):

* **type recall**: some coded event of the sentence has the gold PLOVER type.
* **full match**: such an event also has its source among the gold actors and, where the
  gold lists recipients, its target among them, compared at country level (IGOs as
  ``IGO``, NGOs as ``NGO``).
* **precision**: coded events with the gold type / all coded events of those sentences.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from detente.errors import InputError
from detente.model import Article, ArticleResult
from detente.ontology import lookup

# Old CAMEO country codes used in the PLOVER gold records -> ISO3.
GOLD_CODE_FIXES = {"JAP": "JPN", "VTN": "VNM", "ITL": "ITA"}


@dataclass(frozen=True)
class GoldEvent:
    plover: str | None
    cameo: str | None
    sources: frozenset[str]  # country-level codes (ISO3, IGO, NGO)
    targets: frozenset[str]


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    published: date | None
    events: tuple[GoldEvent, ...]


def actor_key(code: str | None, country: str | None = None) -> str | None:
    """Country-level comparison key for a predicted or gold actor code."""
    if country:
        return country
    if not code:
        return None
    code = code.upper()
    for prefix in ("IGO", "NGO", "IMG", "MNC"):
        if code.startswith(prefix):
            return prefix
    return GOLD_CODE_FIXES.get(code[:3], code[:3])


def read_gold(path: Path) -> list[GoldRecord]:
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}", f"not valid JSON ({exc.msg})", "one JSON object per line") from None
            records.append(_gold_record(raw, where=f"{path}:{number}"))
    return records


def _gold_record(raw: dict, *, where: str) -> GoldRecord:
    if "text" not in raw:
        raise InputError(where, "gold record has no 'text'", "add the sentence text")
    published = date.fromisoformat(raw["date"][:10]) if raw.get("date") else None
    if "events" in raw:  # plain format
        events = []
        for e in raw["events"]:
            cameo = str(e.get("code") or "") or None
            events.append(
                GoldEvent(
                    plover=lookup(cameo).plover_event if cameo else e.get("plover"),
                    cameo=cameo,
                    sources=frozenset(filter(None, [actor_key(e.get("source"))])),
                    targets=frozenset(filter(None, [actor_key(e.get("target"))])),
                )
            )
        return GoldRecord(str(raw.get("id", where)), raw["text"], published, tuple(events))
    event = GoldEvent(
        plover=raw.get("event"),
        cameo=None,
        sources=frozenset(filter(None, (actor_key(a.get("code")) for a in raw.get("actor", [])))),
        targets=frozenset(filter(None, (actor_key(a.get("code")) for a in raw.get("recipient", [])))),
    )
    return GoldRecord(str(raw["id"]), raw["text"], published, (event,))


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _prf(counts: Counter) -> dict:
    """Precision over coded events, recall over gold sentences, their F1, and the sizes."""
    p = _ratio(counts["tp_events"], counts["tp_events"] + counts["fp"])
    r = _ratio(counts["tp"], counts["tp"] + counts["fn"])
    return {"precision": p, "recall": r, "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "gold": counts["tp"] + counts["fn"], "predicted": counts["tp_events"] + counts["fp"]}


@dataclass
class Scores:
    sentences: int = 0
    type_hits: int = 0
    full_hits: int = 0
    events: int = 0
    typed_events: int = 0
    actor_checked: int = 0
    actor_right: int = 0
    per_type: dict = field(default_factory=lambda: defaultdict(Counter))  # type -> tp/fp/fn
    per_root: dict = field(default_factory=lambda: defaultdict(Counter))
    misses: list = field(default_factory=list)

    def as_dict(self) -> dict:
        table = {name: _prf(counts) for name, counts in sorted(self.per_type.items())}
        roots = {name: _prf(counts) for name, counts in sorted(self.per_root.items())}
        f1s = [row["f1"] for row in table.values() if row["gold"]]
        return {
            "sentences": self.sentences,
            "type_recall": _ratio(self.type_hits, self.sentences),
            "full_match": _ratio(self.full_hits, self.sentences),
            "precision": _ratio(self.typed_events, self.events),
            "events": self.events,
            "actor_country_accuracy": _ratio(self.actor_right, self.actor_checked),
            "macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else 0.0,
            "by_plover": table,
            "by_cameo_root": roots,
        }


def score(gold: list[GoldRecord], coded: dict[str, list[dict]], *, keep_misses: bool = False) -> dict:
    """``coded`` maps record id -> that record's events as contract dicts."""
    s = Scores()
    for record in gold:
        events = coded.get(record.id, [])
        s.sentences += 1
        s.events += len(events)
        gold_types = {g.plover for g in record.events}
        gold_roots = {g.cameo[:2] for g in record.events if g.cameo}
        type_hit = full_hit = False
        for event in events:
            ptype = event["plover"]["event"]
            if ptype in gold_types:
                s.typed_events += 1
                type_hit = True
                for g in record.events:
                    if g.plover != ptype:
                        continue
                    src = actor_key(event["source"]["code"], event["source"]["country"])
                    tgt = actor_key(event["target"]["code"], event["target"]["country"]) if event["target"] else None
                    s.actor_checked += 1
                    if src in g.sources or (not g.sources):
                        s.actor_right += 1
                    if (not g.sources or src in g.sources) and (not g.targets or tgt in g.targets):
                        full_hit = True
            ptype_key = ptype or "(none)"
            if ptype in gold_types:
                s.per_type[ptype_key]["tp_events"] += 1
            else:
                s.per_type[ptype_key]["fp"] += 1
            root = event["cameo_root"]
            if gold_roots:
                s.per_root[root]["tp_events" if root in gold_roots else "fp"] += 1
        predicted_types = {e["plover"]["event"] for e in events}
        for gtype in gold_types:
            s.per_type[gtype]["tp" if gtype in predicted_types else "fn"] += 1
        predicted_roots = {e["cameo_root"] for e in events}
        for root in gold_roots:
            s.per_root[root]["tp" if root in predicted_roots else "fn"] += 1
        s.type_hits += type_hit
        s.full_hits += full_hit
        if keep_misses and not full_hit:
            s.misses.append({
                "id": record.id,
                "text": record.text,
                "gold": [{"plover": g.plover, "cameo": g.cameo, "sources": sorted(g.sources), "targets": sorted(g.targets)} for g in record.events],
                "coded": [{"plover": e["plover"]["event"], "cameo": e["cameo"], "source": e["source"]["code"] or e["source"]["text"],
                           "target": (e["target"]["code"] or e["target"]["text"]) if e["target"] else None,
                           "rule": e["evidence"]["rule"]} for e in events],
            })
    result = s.as_dict()
    if keep_misses:
        result["misses"] = s.misses
    return result


def _unique_ids(gold: list[GoldRecord]) -> list[GoldRecord]:
    """Gold files may reuse an id for different sentences; keep both, apart."""
    seen: Counter = Counter()
    unique = []
    for record in gold:
        seen[record.id] += 1
        if seen[record.id] > 1:
            record = GoldRecord(f"{record.id}#{seen[record.id]}", record.text, record.published, record.events)
        unique.append(record)
    return unique


def evaluate(gold_path: Path, *, code: Callable[[Iterable[Article]], Iterable[ArticleResult]],
             default_date: date = date(2000, 1, 1), keep_misses: bool = False) -> dict:
    """Code every gold sentence as its own article and score the events."""
    gold = _unique_ids(read_gold(gold_path))
    articles = [Article(id=r.id, text=r.text, published=r.published or default_date) for r in gold]
    coded = {result.article.id: [e.to_dict() for e in result.events] for result in code(articles)}
    return score(gold, coded, keep_misses=keep_misses)
