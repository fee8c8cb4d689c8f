"""A readable account of how a text was coded: parse, candidates, rules, actors, events."""

from __future__ import annotations

from datetime import date

from detente.resolve.header_date import header_date


def _parse_table(sent) -> list[str]:
    rows = []
    for token in sent:
        if token.is_space:
            continue
        rows.append(
            f"    {token.i:>3} {token.text:<16} {token.lemma_:<14} {token.pos_:<6} {token.dep_:<10} "
            f"<- {token.head.i:>3} {token.head.text:<14}{(' [' + token.ent_type_ + ']') if token.ent_type_ else ''}"
        )
    return rows


def _actor_line(actor) -> str:
    code = actor.code or "UNRESOLVED"
    path = " ; ".join(actor.path) if actor.path else ""
    return f"'{actor.text}' -> {code}" + (f" ({actor.name})" if actor.name and actor.name != actor.text else "") + (f"  via {path}" if path else "")


def explain_text(coder, text: str, *, published: date | None = None, show_parse: bool = True) -> str:
    result, traces = coder.trace(text, published=published)
    by_key = {_key(e): e for e in result.events}
    out: list[str] = []
    found = None if published else header_date(text)
    basis = "" if published else " (from the text's header)" if found else " (none given: today)"
    out.append(f"publication date: {(published or found or date.today()).isoformat()}{basis}")
    for trace in traces:
        out.append("")
        out.append(f"[sentence {trace.index}] {trace.sentence.text.strip()}")
        if show_parse:
            out.append("  parse:")
            out.extend(_parse_table(trace.sentence))
        if not trace.coded and not trace.reading.rejected:
            out.append("  no candidate events (no predicate with a pattern)")
        for coded in trace.coded:
            c = coded.candidate
            out.append(
                f"  candidate: '{c.predicate.text}' ({c.construction}) rule {coded.rule} -> CAMEO {coded.cameo}"
                f"{' [negated]' if c.negated else ''}{' [future/intent]' if c.future else ''}{' [reciprocal]' if c.reciprocal else ''}"
            )
            out.append(f"    pattern line {c.pattern.line}: {c.pattern.lemma} {c.pattern.note}".rstrip())
            out.append("    source phrases: " + " | ".join(" + ".join(s.text for s in g) for g in c.sources))
            out.append("    target phrases: " + (" | ".join(" + ".join(s.text for s in g) for g in c.targets) or "(none)"))
            for actor in coded.sources:
                out.append("    source " + _actor_line(actor))
            for actor in coded.targets:
                out.append("    target " + _actor_line(actor))
            out.append(f"    outcome: {coded.outcome}")
            for event in coded.events:
                final = by_key.get(_key(event))
                if final is None:
                    out.append(f"    event {event.cameo} dropped by the type check")
                    continue
                out.append(_event_line(final))
        for token, reason in trace.reading.rejected:
            out.append(f"  rejected: '{token.text}': {reason}")
    out.append("")
    out.append(f"{len(result.events)} events; unresolved actors: {', '.join(result.unresolved) or 'none'}")
    return "\n".join(out)


def _key(event) -> tuple:
    """Identifies an event across the type check (which may change its code and id)."""
    return (event.evidence.start, event.source.text, event.source.code, event.target.text if event.target else None)


def _event_line(event) -> str:
    target = event.target.code or event.target.text if event.target else "-"
    lines = [
        f"    EVENT {event.source.code or event.source.text} -> {target}: CAMEO {event.cameo} "
        f"({event.plover_event or 'no PLOVER type'}, Goldstein {event.goldstein}, QuadClass {event.quad_class})",
        f"      date {event.when.date.isoformat()} ({event.when.precision}, {event.when.basis}"
        f"{': ' + repr(event.when.expression) if event.when.expression else ''})",
        f"      place {event.location.name + ', ' + str(event.location.country) if event.location else 'none'}"
        f"{' (from ' + repr(event.location.expression) + ')' if event.location and event.location.expression else ''}",
    ]
    ev = event.evidence
    if ev.model:
        lines.append(f"      model says {ev.model} (p={ev.model_prob:.2f}); decision: {ev.decision}")
    elif ev.decision:
        lines.append(f"      decision: {ev.decision}")
    return "\n".join(lines)
