"""When did an event happen? Time expressions tied to events through the parse.

One ``Timeline`` per article::

    timeline = Timeline(doc, published=date(2000, 2, 22))
    when = timeline.when(predicate_token)      # -> detente.model.When
    timeline.describe(predicate_token)         # -> str, for `detente explain`

The order of evidence for one predicate:

1. ``text``: a time expression whose head chain reaches this predicate before any other
   predicate ("talks *February 17-18*", "attacked the village *on Saturday*");
2. ``context``: an expression on a predicate that governs this one or is conjoined with it
   ("said *on Monday* that troops had attacked"), then the discourse episode — the date of
   the last sentence that had its own event date ("He also met briefly with Clinton");
3. ``published``: the publication date (also for present and future tense predicates with
   no date of their own: "Russia says ...", "will visit").

Parenthetical source citations ("(New York Times, February 19)") and wire datelines are
never event dates. The date arithmetic lives in ``time_expressions`` (pure, no spaCy).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from detente.model import When
from detente.resolve import time_attach as attach
from detente.resolve.time_expressions import (
    ResolvedDate,
    TimeMention,
    find_time_mentions,
    resolve_mention,
)
from detente.resolve.time_fallback import dateparser_mentions

__all__ = ["Timeline", "is_citation", "is_dateline"]

_CITATION_BEFORE = re.compile(r"\(\s*[A-Z][^()]{0,80},\s*$")
_CITATION_AFTER = re.compile(r"^\s*(?:,?\s*(?:1[89]|20)\d\d)?\s*(?:,[^()]{0,20})?\)")
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'\- ]{2,40},[ \t]*$")
_DATELINE_AFTER = re.compile(r"^[ \t]*(?:\([A-Za-z&.' ]{1,30}\))?[ \t]*(?:--|-|\u2013|\u2014|:)")


def is_citation(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is the date of a parenthetical source citation.

    "(New York Times, February 19)", "(Interfax, Feb. 19, 2000)": a name, a comma, the
    date, the closing parenthesis.
    """
    return bool(_CITATION_BEFORE.search(text[max(0, start - 90) : start])) and bool(
        _CITATION_AFTER.match(text[end : end + 30])
    )


def is_dateline(text: str, start: int, end: int) -> bool:
    """True for the date of a wire dateline: "MOSCOW, Feb. 22 (Reuters) - "."""
    return bool(_DATELINE_BEFORE.search(text[max(0, start - 45) : start])) and bool(
        _DATELINE_AFTER.match(text[end : end + 40])
    )


@dataclass(frozen=True)
class _Anchored:
    """A time mention placed in the parse, resolved, or excluded with a reason."""

    mention: TimeMention
    tokens: Span
    root: Token
    resolved: ResolvedDate | None
    excluded: str | None  # why it is not an event date (citation, dateline, bound)

    @property
    def usable(self) -> bool:
        return self.excluded is None and self.resolved is not None

    def when(self, basis: str) -> When:
        assert self.resolved is not None
        return When(
            date=self.resolved.date,
            precision=self.resolved.precision,
            basis=basis,
            expression=self.mention.text,
        )


@dataclass(frozen=True)
class _Decision:
    when: When
    reason: str


def _same(a: Token | None, b: Token) -> bool:
    # spaCy makes a new Token object on every access: compare positions, never identity.
    return a is not None and a.i == b.i


def _background(predicate: Token | None) -> bool:
    """A relative clause or a past perfect: told as background to the story's episode."""
    if predicate is None:
        return False
    if predicate.dep_ in ("relcl", "acl"):
        return True
    # a past perfect in reported speech is the reported event itself (backshift):
    # "said that its troops had attacked on Saturday"
    reported = predicate.dep_ == "ccomp" and attach.is_speech(predicate.head)
    return not reported and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in predicate.children)


class Timeline:
    """Event dates for one article; see the module docstring for the rules."""

    def __init__(self, doc: Doc, published: date, *, use_dateparser: bool = True) -> None:
        self.doc = doc
        self.published = published
        self._by_sentence: dict[int, list[_Anchored]] = {}
        self._episode_before: dict[int, _Anchored | None] = {}
        self._build(use_dateparser=use_dateparser)

    # -- construction: find, place and resolve every mention once, in document order --

    def _build(self, *, use_dateparser: bool) -> None:
        text = self.doc.text
        mentions = find_time_mentions(text)
        if use_dateparser:
            mentions = sorted(mentions + dateparser_mentions(self.doc, mentions, self.published), key=lambda m: m.start)
        reference: date | None = None
        episode: _Anchored | None = None
        anchored_all: list[_Anchored] = []
        for mention in mentions:
            tokens = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if tokens is None or len(tokens) == 0:
                continue
            root = attach.span_root(tokens)
            excluded = None
            if is_citation(text, mention.start, mention.end):
                excluded = "source citation"
            elif is_dateline(text, mention.start, mention.end):
                excluded = "dateline"
            elif mention.bound:
                excluded = "a bound (since/until/by), not the event's time"
            elif _names_a_thing(mention, tokens):
                excluded = NAMES_A_THING
            predicate = attach.first_predicate(root)
            tense = attach.tense(predicate) if predicate is not None else None
            if mention.shift == "next":
                tense = "future"
            resolved = resolve_mention(mention, self.published, tense=tense, reference=reference)
            item = _Anchored(mention, tokens, root, resolved, excluded)
            anchored_all.append(item)
            if item.usable:
                assert item.resolved is not None
                reference = item.resolved.date
        episode_at = 0
        for sent_index, sent in enumerate(self.doc.sents):
            if episode is not None and sent_index - episode_at > _episode_reach(episode):
                # an episode fades: a month named three paragraphs ago does not date today's news
                episode = None
            self._episode_before[sent.start] = episode
            items = [a for a in anchored_all if sent.start <= a.root.i < sent.end]
            self._by_sentence[sent.start] = items
            usable = [a for a in items if a.usable]
            if usable:
                # The episode follows the described event, not the reporting act: in
                # "said on Monday that troops attacked on Saturday" it is Saturday.
                non_speech = [
                    a for a in usable
                    if (p := attach.first_predicate(a.root)) is None or not attach.is_speech(p)
                ]  # fmt: skip
                # background ("contacts that Moscow had frozen in March 1999") dates its own
                # clause but does not move the story's episode
                foreground = [a for a in (non_speech or usable) if not _background(attach.first_predicate(a.root))]
                # a plan ("talks next week") is not where the story stands: the sentences
                # after it still tell what happened, so a future date starts no episode
                foreground = [a for a in foreground if a.resolved is None or a.resolved.date <= self.published]
                if foreground:
                    episode = foreground[0]
                    episode_at = sent_index

    # -- queries --

    def when(self, predicate: Token) -> When:
        """The date of the event whose predicate (verb or event noun) is ``predicate``."""
        return self._decide(predicate).when

    def describe(self, predicate: Token) -> str:
        """Which expression gave the date and why, in one line."""
        decision = self._decide(predicate)
        w = decision.when
        expression = f" from {w.expression!r}" if w.expression else ""
        return f"{w.date.isoformat()} ({w.precision}, {w.basis}){expression}: {decision.reason}"

    def mentions(self, sent: Span) -> list[tuple[str, str]]:
        """(expression, status) for every time mention in a sentence, for explanations."""
        out = []
        for a in self._by_sentence.get(sent.start, []):
            status = a.excluded or (a.resolved.date.isoformat() if a.resolved else "unresolved")
            out.append((a.mention.text, status))
        return out

    def _attached_to(self, items: list[_Anchored], predicate: Token) -> list[_Anchored]:
        return [
            a for a in items
            if a.usable and not (predicate.i in range(a.tokens.start, a.tokens.end))
            and _same(attach.first_predicate(a.root, target=predicate), predicate)
        ]  # fmt: skip

    def _decide(self, predicate: Token) -> _Decision:
        sent = predicate.sent
        items = self._by_sentence.get(sent.start, [])
        named = [a for a in items if a.excluded == NAMES_A_THING and a.resolved is not None and a.root.head.i == predicate.i]
        if named:
            # "Ivanov's February 17-18 talks": a date naming the event noun itself dates it
            return _Decision(named[0].when("text"), f"names {predicate.text!r} itself; {named[0].resolved.note}")
        own = self._attached_to(items, predicate)
        if own:
            best = min(own, key=lambda a: abs(a.root.i - predicate.i))
            return _Decision(best.when("text"), f"tied to {predicate.text!r} through the parse; {best.resolved.note}")  # type: ignore[union-attr]
        for above in attach.governing_predicates(predicate):
            theirs = self._attached_to(items, above)
            if theirs:
                best = theirs[0]
                # An event noun that is an argument of its verb ("paid a visit early this
                # month") shares the verb's time expression directly.
                light = predicate.pos_ in ("NOUN", "PROPN") and predicate.head.i == above.i
                basis = "text" if light else "context"
                return _Decision(best.when(basis), f"from the governing predicate {above.text!r}; {best.resolved.note}")  # type: ignore[union-attr]
        for sibling in attach.conjoined_predicates(predicate):
            theirs = self._attached_to(items, sibling)
            if theirs:
                best = theirs[0]
                return _Decision(best.when("context"), f"shared with the conjoined predicate {sibling.text!r}")
        floating = [a for a in items if a.usable and attach.first_predicate(a.root, target=predicate) is None]
        if floating:
            return _Decision(floating[0].when("text"), "the sentence's only time expression (no verb to tie it to)")
        # (not from a background clause down there: "violated agreements signed in 1993")
        below = [a for a in items if a.usable and predicate.i in {t.i for t in a.root.ancestors}
                 and not _background(attach.first_predicate(a.root))]
        if below and attach.is_speech(predicate):
            # "Rebels attacked ... overnight, officials said": the report is dated with
            # the event it reports rather than with an earlier sentence.
            best = below[0]
            return _Decision(best.when("context"), f"from a clause it governs ({best.mention.text!r})")
        tense = attach.tense(predicate)
        if tense in ("present", "future"):
            return _Decision(
                When(date=self.published, precision="day", basis="published"),
                f"{tense} tense with no date of its own: publication date",
            )
        episode = self._episode_before.get(sent.start)
        if episode is not None:
            return _Decision(episode.when("context"), f"continues the episode dated by {episode.mention.text!r}")
        return _Decision(
            When(date=self.published, precision="day", basis="published"), "no time expression: publication date"
        )


def _episode_reach(episode) -> int:
    """How many following sentences an episode dates: a day carries through a short
    account of it; a month or a year ("last month", "in April") only into the next."""
    return 3 if episode.resolved is not None and episode.resolved.precision == "day" else 1


NAMES_A_THING = "a date that names a thing (the 1972 ABM treaty), not the event's time"
# Nouns a bare year can modify and still be the time of something ("the 1999 elections"
# still is not an event date of the governing predicate, but "in 1999" is).
_TIME_NOUNS = {"year", "years", "season", "summer", "winter", "spring", "autumn", "fall"}


def _names_a_thing(mention, tokens: Span) -> bool:
    """A date that modifies a noun ("the 1972 ABM treaty", "the August 13 peace accord"):
    part of a name or a description, not when the sentence's event happened."""
    if mention.kind not in ("year", "month_day", "day_month", "iso", "month"):
        return False
    root = attach.span_root(tokens)
    return (
        root.dep_ in {"nummod", "compound", "amod", "nmod"}
        and root.head.pos_ in {"NOUN", "PROPN"}
        and root.head.lower_ not in _TIME_NOUNS
    )
