"""Turn pipeline output (ArticleResult) into table rows, built from the JSON contract."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

from detente.analysis.dedup import event_key
from detente.model import Article, ArticleResult

ARTICLE_COLUMNS = (
    "article_id", "content_hash", "title", "source", "url", "published", "origin",
    "sentences", "n_mentions",
)


def content_hash(article: Article) -> str:
    """Hash of everything in an article that can change its coding."""
    parts = [
        article.text,
        article.title or "",
        article.published.isoformat() if article.published else "",
        article.source or "",
        article.url or "",
    ]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def article_row(result: ArticleResult, n_mentions: int) -> dict[str, Any]:
    article = result.article
    return {
        "article_id": article.id,
        "content_hash": content_hash(article),
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "published": article.published,
        "origin": article.origin,
        "sentences": result.sentences,
        "n_mentions": n_mentions,
    }


def _actor(prefix: str, actor: dict[str, Any] | None) -> dict[str, Any]:
    actor = actor or {}
    return {f"{prefix}_{key}": actor.get(key) for key in ("text", "name", "code", "country", "agent")}


def mention_row(record: dict[str, Any]) -> dict[str, Any]:
    """One ``mentions`` row from one ``Event.to_dict()`` record."""
    location = record.get("location") or {}
    evidence = record.get("evidence") or {}
    plover = record.get("plover") or {}
    return {
        "mention_id": record["event_id"],
        "event_key": event_key(record),
        "article_id": record["article_id"],
        "sentence_index": record["sentence_index"],
        "sentence": record["sentence"],
        "date": date.fromisoformat(record["date"]),
        "date_precision": record["date_precision"],
        "date_basis": record["date_basis"],
        **_actor("source", record.get("source")),
        **_actor("target", record.get("target")),
        "cameo": record["cameo"],
        "cameo_root": record["cameo_root"],
        "goldstein": float(record["goldstein"]),
        "quad_class": int(record["quad_class"]),
        "plover_event": plover.get("event"),
        "plover_mode": plover.get("mode"),
        "location_name": location.get("name"),
        "location_country": location.get("country"),
        "location_admin1": location.get("admin1"),
        "lat": location.get("lat"),
        "lon": location.get("lon"),
        "geonameid": location.get("geonameid"),
        "predicate": evidence.get("predicate"),
        "evidence_start": evidence.get("start"),
        "evidence_end": evidence.get("end"),
        "rule": evidence.get("rule"),
        "negated": evidence.get("negated"),
        "model_type": evidence.get("model"),
        "model_prob": evidence.get("model_prob"),
        "decision": evidence.get("decision"),
        "coder": record.get("coder"),
        "record": json.dumps(record, ensure_ascii=False, sort_keys=False),
    }
