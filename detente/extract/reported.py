"""Constructions read across a clause boundary: verdicts ("called the strike a mistake",
"said the list was an attack on its sovereignty"), complaints and accusations told as
reported speech ("..., a rights group protested", "said Qatar had funded terrorism"),
warnings ("would pay a heavy price", "would respond if Russia invaded") and obligations
("said the United States must ..."). Each returns one ``Candidate`` or None; the verb
readers in ``candidates`` decide when to ask.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.dictionaries.patterns import PatternBook
from detente.extract.phrases import actor_group, is_actor_like
from detente.extract.readings import Candidate
from detente.extract.syntax import children_of, condition_mark, conditions, is_future, named_within, prep_objects, subjects_of
from detente.extract.vocabulary import (
    NEGATIVE_LABELS, OBLIGATION_AUX, OBLIGATION_PATTERN, POSITIVE_LABELS, SPEECH_VERBS, lemma_of,
)

MODAL_WORDS = {"should", "would", "will", "must", "shall", "could", "can", "may", "might"}


def _speech_act(predicate: Token, patterns: PatternBook, lemma: str, rule_id: str, note: str,
                speakers: list[Token], addressed: list[Token], construction: str) -> Candidate | None:
    """A speaker's act toward whom the clause names, coded with ``lemma``'s plain pattern
    under its own rule id (so the evidence names the construction)."""
    pattern = patterns.match_verb(lemma)
    if pattern is None or not speakers or not addressed:
        return None
    pattern = replace(pattern, id=rule_id, note=note, line=0)
    return Candidate(predicate=predicate, pattern=pattern, sources=tuple(actor_group(h) for h in speakers),
                     targets=tuple(actor_group(h) for h in addressed if is_actor_like(h)), construction=construction)


def appositive_labels(verb: Token) -> list[Token]:
    """ "declaring South Sudan an enemy" parsed as an apposition of the object: the label,
    for verbs that only label (not "called Lavrov, his counterpart", a telephone call)."""
    if lemma_of(verb) not in {"declare", "brand", "label", "term", "dub"}:
        return []
    labels = NEGATIVE_LABELS | POSITIVE_LABELS
    found = [a for o in children_of(verb, "dobj", "dative") for a in children_of(o, "appos") if a.lemma_.lower() in labels]
    # ... or as a verbless clause: "declaring [South Sudan]nsubj [an enemy]ccomp"
    return found + [c for c in children_of(verb, "ccomp") if c.pos_ == "NOUN" and c.lemma_.lower() in labels]


def verdict(verb: Token, patterns: PatternBook) -> Candidate | None:
    """ "X called Y a mistake" / "described Y as unacceptable": X criticises (or praises) Y."""
    labels = children_of(verb, "oprd") + prep_objects(verb).get("as", []) + appositive_labels(verb)
    words = {t.lemma_.lower() for label in labels for t in (label, *label.children)}
    if words & NEGATIVE_LABELS:
        pattern = patterns.match_verb("criticize") or patterns.match_verb("criticise")
    elif words & POSITIVE_LABELS:
        pattern = patterns.match_verb("praise")
    else:
        return None
    subjects, passive = subjects_of(verb)
    if not subjects and verb.dep_ == "pcomp" and verb.head.head.pos_ in {"VERB", "AUX"}:
        subjects, passive = subjects_of(verb.head.head)  # "responded by declaring South Sudan an enemy"
    # "called it an illegal act": "it" is an act, answered once the document is known
    named = [o for o in children_of(verb, "dobj", "dative") + [n for c in labels if c.dep_ == "ccomp" for n in children_of(c, "nsubj")]
             if is_actor_like(o) and o.lower_ not in ("it", "this", "that")]
    if pattern is None or not subjects or passive:
        return None
    # its own rule id, so the evidence names the construction ("verb:verdict.criticize")
    pattern = replace(pattern, id=f"verdict.{pattern.lemma}", note=f"{verb.lemma_} X a/as <verdict>", line=0)
    # "denounced as a crime Serbia's suppression of ...": whose act is judged, then what
    # (the parser may hang the judged thing on the label: "as a crime Serbia's suppression")
    judged = children_of(verb, "dobj") + [a for label in labels for a in children_of(label, "appos")]
    owners = [actor_group(p) for o in judged for p in children_of(o, "poss") if is_actor_like(p)]
    inside = [t for o in judged for t in named_within(o, deps={"prep", "compound", "amod"})]
    return Candidate(predicate=verb, pattern=pattern, sources=tuple(actor_group(h) for h in subjects),
                     targets=tuple(owners + [actor_group(o) for o in named]), construction="verdict",
                     distant=tuple(actor_group(t) for t in inside))


COMPLAINING_VERBS = {"protest", "complain", "charge", "allege"}


def reported_complaint(verb: Token, patterns: PatternBook) -> Candidate | None:
    """ "Croatian authorities are failing to ..., a human rights group protested": a complaint
    about the reported clause's subject. The small parser often hangs a closing reporting
    clause on the last noun ("group" as an apposition, "protested" as its modifier)."""
    if lemma_of(verb) not in COMPLAINING_VERBS:
        return None
    clauses = children_of(verb, "ccomp")
    speaker: list[Token] = []
    if verb.dep_ == "acl" and verb.head.dep_ == "appos" and not any(t.pos_ in {"VERB", "AUX"} for t in verb.doc[verb.i + 1 : verb.sent.end]):
        speaker, clauses = [verb.head], clauses or [verb.sent.root]
    elif clauses:
        speaker = subjects_of(verb)[0]
    if not speaker or not clauses:
        return None
    pattern = patterns.match_verb("complain")
    if pattern is None:
        return None
    targets = [actor_group(h) for clause in clauses for h in children_of(clause, "nsubj", "nsubjpass")
               if is_actor_like(h) and h.pos_ != "PRON"]
    if not targets:
        return None
    pattern = replace(pattern, id=f"reported.{lemma_of(verb)}", note=f"X ..., Y {verb.lemma_}: a complaint about X", line=0)
    return Candidate(predicate=verb, pattern=pattern, sources=tuple(actor_group(h) for h in speaker),
                     targets=tuple(targets), construction="complaint")


PRICE_WORDS = {"price", "consequence", "consequences", "cost"}


def price_warning(verb: Token, patterns: PatternBook) -> Candidate | None:
    """ "Clinton said Russia would pay a heavy price": the speaker threatens the payer."""
    if lemma_of(verb) not in {"pay", "face", "bear", "suffer"} or verb.dep_ != "ccomp" or not is_future(verb):
        return None
    if not any(o.lemma_.lower() in PRICE_WORDS for o in children_of(verb, "dobj")) or lemma_of(verb.head) not in SPEECH_VERBS | {"warn"}:
        return None
    return _speech_act(verb.head, patterns, "threaten", "warning.price", "X said Y would pay a price",
                       subjects_of(verb.head)[0], children_of(verb, "nsubj"), "warning")


RESPONDING_LEMMAS = {"respond", "retaliate", "react", "act", "hit", "strike", "punish"}


def told_conditional_threat(verb: Token, patterns: PatternBook) -> Candidate | None:
    """ "Biden told Putin that the United States would respond with strong measures if Russia
    invaded Ukraine": a threat addressed to whoever the condition names."""
    if verb.dep_ != "ccomp" or lemma_of(verb.head) not in SPEECH_VERBS | {"tell"} or not is_future(verb):
        return None
    # only an answer that codes nothing itself ("would respond"): a named act held over a
    # condition ("may halt mediation if ...") is read, as a threat, on its own
    hostile = lemma_of(verb) in RESPONDING_LEMMAS
    clauses = conditions(verb)
    if not hostile or not clauses or condition_mark(verb) != "if":
        return None
    addressed = [h for c in clauses for h in children_of(c, "nsubj") if h.pos_ != "PRON" or h.lower_ == "they"]
    return _speech_act(verb.head, patterns, "threaten", "warning.condition", "X told Y that Z would respond if Y ...",
                       subjects_of(verb.head)[0], addressed, "warning")


SAID_LABELS = NEGATIVE_LABELS | {"attack", "assault", "affront", "blow", "blackmail", "pretext", "sham", "travesty",
                                  "killer", "murderer", "thug", "dictator", "criminal", "liar", "tyrant", "butcher"}


def said_verdict(verb: Token, patterns: PatternBook) -> Candidate | None:
    """ "Qatar said the list of demands presented by Saudi Arabia was an attack on its
    sovereignty": a verdict told as reported speech, against the author of what is judged."""
    if lemma_of(verb) != "be" or verb.dep_ != "ccomp" or lemma_of(verb.head) not in SPEECH_VERBS | {"agree"}:
        return None
    labels = [a for a in children_of(verb, "attr", "acomp") if a.lemma_.lower() in SAID_LABELS
              or any(c.dep_ == "amod" and c.lemma_.lower() in NEGATIVE_LABELS for c in a.children)]
    judged = children_of(verb, "nsubj")
    speakers = subjects_of(verb.head)[0]
    pattern = patterns.match_verb("criticize") or patterns.match_verb("criticise")
    if not labels or not judged or not speakers or pattern is None or any(j.pos_ == "PRON" for j in judged):
        return None
    pattern = replace(pattern, id="reported.verdict", note="X said Y was <verdict>", line=0)
    targets = [actor_group(p) for j in judged for p in children_of(j, "poss") if is_actor_like(p)]
    targets += [actor_group(j) for j in judged if j.pos_ == "PROPN" or j.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}]
    inside = [t for j in judged for t in named_within(j, deps={"prep", "acl", "compound", "amod"})]
    return Candidate(predicate=verb.head, pattern=pattern, sources=tuple(actor_group(h) for h in speakers),
                     targets=tuple(targets), construction="verdict", distant=tuple(actor_group(t) for t in inside))


OFFENCE_VERBS = {"violate", "breach", "flout", "contravene", "break"}
OFFENDED_THINGS = {"agreement", "accord", "treaty", "ceasefire", "truce", "law", "pledge", "promise", "commitment",
                   "resolution", "deal", "understanding", "convention", "norm", "sovereignty", "rule", "protocol"}


ABETTING_VERBS = {"fund", "finance", "sponsor", "support", "arm", "harbor", "harbour", "shelter", "back", "bankroll", "aid"}
TERROR_WORDS = {"terrorism", "terrorist", "terror", "militant", "extremist", "extremism", "insurgent", "insurgency", "jihadist"}


def reported_offence(verb: Token, patterns: PatternBook) -> Candidate | None:
    """ "Jaishankar told his counterpart that the build-up violated the agreements", "Trump
    said Qatar had funded terrorism": the speaker accuses whoever the clause names."""
    if verb.dep_ != "ccomp" or lemma_of(verb.head) not in SPEECH_VERBS | {"tell", "charge", "allege"}:
        return None
    objects = {o.lemma_.lower() for o in children_of(verb, "dobj")}
    offence = (lemma_of(verb) in OFFENCE_VERBS and objects & OFFENDED_THINGS) or (lemma_of(verb) in ABETTING_VERBS and objects & TERROR_WORDS)
    if not offence:
        return None
    return _speech_act(verb.head, patterns, "accuse", "reported.offence", "X said Y violated an agreement",
                       subjects_of(verb.head)[0], subjects_of(verb)[0], "complaint")


def obligation(verb: Token, patterns: PatternBook) -> Candidate | None:
    """ "X said Y must do Z": X demands of Y (CAMEO 10, PLOVER REQUEST)."""
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if not aux & OBLIGATION_AUX or verb.dep_ != "ccomp":
        return None
    speech = verb.head
    if lemma_of(speech) not in SPEECH_VERBS:
        return None
    speakers, _ = subjects_of(speech)
    demanded = children_of(verb, "nsubj", "nsubjpass")
    if not speakers or not demanded:
        return None
    pattern = OBLIGATION_PATTERN
    return Candidate(
        predicate=verb, pattern=pattern, sources=tuple(actor_group(h) for h in speakers),
        targets=tuple(actor_group(h) for h in demanded if is_actor_like(h)), construction="obligation",
        negated=False, future=False, reciprocal=False,
    )
