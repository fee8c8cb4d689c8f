"""Candidate events read from one sentence's dependency parse.

A candidate is a predicate (a verb or an event noun) whose pattern fired, the actor
phrases that may be its source, and the actor phrases that may be its target, in order of
preference (the pipeline keeps the first target group that resolves to a known actor).

Constructions handled here, each named in ``Candidate.construction``:

* ``verb``: subject -> verb -> object / prepositional target ("met with", "warned X").
* ``passive``: "Y was attacked by X" (agent is the source, the subject the target).
* ``control``: "agreed to sign", "threatened to impose": the control verb is coded; the
  complement supplies the target when the control verb has none. Under verbs without a
  pattern ("decided to withdraw", "plans to visit") the complement is coded instead.
* ``intent``: "is prepared to discuss": a cooperative complement of an intent adjective
  becomes AGREE (PLOVER codes promised cooperation as AGREE).
* ``light-verb``: "held talks with", "paid a visit to", "engaged in a clash over",
  "issued a warning to": the noun's pattern codes the event.
* ``noun``: "talks between A and B", "A-B talks", "A's visit to B", "Israeli air strikes
  on Gaza", "talks took place".
* reported speech: "X said Y did Z" codes Y -> Z from the embedded clause; X's own
  statement is coded only when its verb has a pattern and a target ("X accused Y").
* negation: see ``negation.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from detente.dictionaries.patterns import Pattern, PatternBook
from detente.extract.negation import is_negated
from detente.extract.phrases import RELATIVE_PRONOUNS, actor_group, is_actor_like

# Prepositions that introduce the recipient of an action.
TARGET_PREPS = ("with", "to", "against", "on", "upon", "at", "toward", "towards", "into", "from", "over", "for")
LIGHT_VERBS = {
    "hold", "have", "pay", "make", "issue", "launch", "carry", "conduct", "stage", "engage",
    "give", "lodge", "file", "begin", "start", "resume", "open", "continue", "deliver",
    "mount", "wage", "take", "voice", "express", "announce", "undertake", "unleash",
    "hold", "host", "convene", "renew", "step", "intensify", "escalate", "join", "sign",
    "reach", "conclude", "deliver", "send", "extend", "offer", "provide", "remain", "stay", "place", "put", "spend",
    "reiterate", "repeat", "restate",
}
# Verbs whose nominal subject is an event noun that "happens": "talks took place".
OCCURRENCE_VERBS = {"take", "begin", "start", "resume", "continue", "open", "end", "break", "erupt", "follow", "occur", "be", "go", "get", "kill", "leave"}
# Verbs that pass their object to a complement's subject: "urged Iran to withdraw".
OBJECT_CONTROL = {"urge", "ask", "call", "press", "persuade", "force", "tell", "warn", "invite", "encourage", "request", "order", "pressure", "push", "allow", "help", "compel", "appeal"}
INTENT_ADJECTIVES = {"prepared", "ready", "willing", "eager", "determined", "keen", "set", "poised", "likely", "expected", "due", "committed", "open", "happy", "glad"}
FUTURE_AUX = {"will", "shall", "would", "'ll"}
RECIPROCAL_ROOTS = {"03", "04", "05", "06", "19"}
RECIPROCAL_LEMMAS = {"meet", "talk", "negotiate", "clash", "fight", "discuss", "confer", "consult", "agree", "cooperate", "sign", "exchange", "reconcile"}
# Roots whose recipient is the subject of a that-clause ("demanded that X ...").
CLAUSE_TARGET_ROOTS = {"02", "10", "11", "12", "13"}
# Event nouns under these prepositions are background, not news: "following the invasion".
BACKGROUND_PREPS = {"after", "following", "since", "before", "during", "about", "despite", "amid", "amidst",
                    "over", "because", "like", "until", "ahead", "prior"}
# Passives that state the subject's own stance: "is opposed to", "is committed to".
STATIVE_PASSIVES = {"engage", "involve", "oppose", "commit", "dedicate", "determine", "prepare", "resolve", "dispose", "inclined", "incline"}
# Violence and coercion are news even when the perpetrator is not named.
AGENTLESS_ROOTS = {"09", "11", "17", "18", "19", "20"}
INSTRUMENT_NOUNS = {"bombing", "bomb", "explosion", "blast", "device", "mine", "shell", "rocket", "missile", "attack",
                    "strike", "airstrike", "raid", "fire", "gunfire", "shelling", "ambush", "grenade", "landmine", "minefield"}
OBLIGATION_AUX = {"must", "should", "ought", "needs"}
CONDITION_MARKS = {"if", "unless"}
CONATIVE_VERBS = {"aim", "seek", "try", "attempt", "hope", "want", "strive"}
SPEECH_VERBS = {"say", "declare", "insist", "reiterate", "conclude", "state", "tell", "announce", "stress", "add",
                "warn", "write", "argue", "maintain", "assert", "remind", "emphasize", "emphasise", "repeat", "urge"}
# "X said Y must ...": a construction rule with its own stable id.
OBLIGATION_PATTERN = Pattern(id="must.clause", kind="verb", lemma="must", particle=None, prep=frozenset(),
                             objects=frozenset(), cameo="100", note="X said Y must do Z: a demand", line=0)
STATE_VERBS = {"remain", "stay", "put", "place", "keep"}
# Prepositions that give the topic, not the recipient, of talks and agreements
# ("talks on arms control", "agreement over the border").
TOPIC_PREPS = {"on", "over", "about", "regarding", "concerning"}
TOPIC_ROOTS = {"03", "04"}
PARTICLES = {"down", "out", "off", "up", "back", "away", "over", "in", "on", "aside"}
# Heads that carry no event of their own: "a mediation effort", "a peace mission".
GENERIC_HEADS = {"group", "effort", "mission", "bid", "campaign", "process", "round", "programme", "program", "drive",
                 "initiative", "operation", "attempt", "plan", "move", "step", "series", "wave", "package"}
# spaCy's small model mis-lemmatises a few verbs that matter here.
LEMMA_FIXES = {"stag": "stage", "fin": "fine", "snip": "snipe", "cordone": "cordon", "retook": "retake", "forgave": "forgive"}


def lemma_of(token: Token) -> str:
    lemma = token.lemma_.lower()
    return LEMMA_FIXES.get(lemma, lemma)


# Roots whose recipient may be the subject of a condition ("... unless Baghdad accepted").
CONDITION_TARGET_ROOTS = {"13", "10", "02"}
# Nouns that, as direct objects, are the thing moved or given rather than a recipient.
THEME_NOUNS = {"troop", "soldier", "force", "peacekeeper", "observer", "inspector", "monitor", "envoy", "delegation", "team", "aid", "weapon", "arm"}
# Nouns whose "that" clause is asked for, not reported ("its demand that Israel ease ...").
REQUEST_NOUNS = {"demand", "call", "appeal", "request", "plea", "proposal", "suggestion", "insistence",
                 "ultimatum", "order", "reminder", "recommendation", "resolution", "condition", "urging"}
COMMITMENT_LEMMAS = {"vow", "swear", "pledge", "promise", "undertake", "resolve", "commit", "threaten", "agree", "offer", "refuse"}
# Verbs that only talk about an event named by their object ("linked the attack to",
# "described the talks"): the subject is not the event's author.
REPORTING_ONLY_VERBS = {
    "link", "describe", "report", "recall", "attribute", "blame", "discuss", "mention", "cite",
    "cover", "document", "witness", "film", "photograph", "see", "watch", "follow", "survive",
    "investigate", "probe", "study", "analyse", "analyze", "compare", "remember", "mark", "commemorate",
}
TOPIC_VERBS = {"discuss", "debate", "review", "consider", "examine", "address", "explore", "tackle"}
HYPOTHETICAL_ADJECTIVES = {"possible", "potential", "hypothetical", "future", "planned", "proposed", "threatened",
                           "feared", "expected", "likely", "imminent"}
PERSON_TITLES = {"president", "minister", "premier", "chancellor", "king", "prince", "secretary", "emir", "leader",
                 "ambassador", "envoy", "general", "senator"}
ANSWER_LEMMAS = {"retaliate", "respond", "react", "reply", "answer", "hit"}
COMMAND_VERBS = {"order", "instruct", "command", "direct", "authorize", "authorise"}
FORCE_NOUNS = {"troop", "army", "force", "police", "military", "soldier", "unit", "navy", "jet", "warplane", "security",
               "commander", "guard", "paratrooper", "marine", "battalion", "tank"}
NEGATIVE_LABELS = {"mistake", "error", "blunder", "crime", "provocation", "violation", "threat", "disaster",
                   "unacceptable", "illegal", "aggression", "lie", "interference", "outrage", "insult", "farce",
                   "unfounded", "baseless", "irresponsible", "dangerous", "hostile", "absurd", "robbery", "betrayal"}
POSITIVE_LABELS = {"breakthrough", "success", "victory", "step", "milestone", "achievement", "triumph", "welcome",
                   "positive", "constructive", "historic", "important", "useful", "friend", "partner"}
NAMING_VERBS = {"call", "label", "term", "brand", "describe", "dub", "name", "consider", "declare", "denounce",
                "condemn", "hail", "welcome", "praise", "criticize", "criticise", "reject", "dismiss", "see", "regard",
                "view"}
SELF_YIELDING = {"0873", "0874"}
TRAVEL_VERBS = {"go", "come", "return", "arrive", "fly", "travel", "head", "gather", "meet", "convene", "sit", "leave", "set"}
FRONTIER_NOUNS = {"border", "frontier", "boundary", "coast", "waters"}
INSTRUMENTS = {"howitzer", "gun", "rifle", "missile", "rocket", "artillery", "tank", "jet", "bomb", "mortar", "shell",
               "weapon", "knife", "machete", "stone", "grenade", "drone", "bullet", "fire", "tear", "gas", "club", "baton",
               "duty", "tariff", "sanction", "measure"}
GATHERINGS = {"ceremony", "meeting", "conference", "summit", "session", "rally", "dinner", "briefing", "event",
              "gathering", "forum", "talk", "funeral", "parade", "reception", "press", "hearing", "news"}
# Acts of a speaker: conjoined to a reported clause by the parser, they are still the speaker's.
SPEAKER_ACTS = {"vow", "swear", "pledge", "promise", "threaten", "warn", "say", "add", "insist", "deny", "accuse",
                "urge", "call", "demand", "reject", "condemn", "criticise", "criticize", "announce", "appeal"}
# Verbs whose complement is what someone else is asked to do ("tried to persuade Hamas to
# halt attacks": Hamas halted nothing).
ASKING_VERBS = {"urge", "ask", "persuade", "press", "pressure", "encourage", "request", "appeal", "call", "tell",
                "advise", "invite", "push", "convince", "lobby", "beg", "implore", "exhort", "challenge", "dare"}
COPULAS = {"be", "remain", "become", "seem", "appear", "constitute", "represent", "stay"}
# Heads that measure or package what a verb acts on ("tons of aid", "a shipment of arms").
MEASURE_HEADS = {
    "kg", "kilogram", "kilo", "ton", "tonne", "pound", "litre", "liter", "barrel", "worth", "shipment",
    "consignment", "batch", "load", "truckload", "planeload", "package", "cargo", "amount", "quantity",
    "number", "lot", "thousand", "hundred", "dozen", "million", "billion", "convoy", "supply", "round",
}
# Verbs whose subject is the author of the document they act on ("issued a statement
# condemning ...": the issuer condemns).
ISSUING_VERBS = {
    "issue", "adopt", "pass", "release", "publish", "send", "sign", "make", "deliver", "approve",
    "unveil", "present", "submit", "table", "draft", "write", "announce", "circulate", "put",
    "launch", "sponsor", "introduce", "file", "lodge", "broadcast", "post", "read", "give",
}
# Gerund complements of these prepositions under a verb are allegations or purposes
# ("accused X of attacking", "sanctions for supporting"), not events of their own.
ALLEGATION_PREPS = {"of", "for", "about", "over", "against", "without", "by", "after", "before", "despite", "instead"}


@dataclass(frozen=True)
class Candidate:
    predicate: Token
    pattern: Pattern
    sources: tuple[tuple[Span, ...], ...]  # source groups in order of preference
    targets: tuple[tuple[Span, ...], ...]  # target groups in order of preference
    construction: str
    negated: bool = False
    future: bool = False
    reciprocal: bool = False  # if no target resolves and the sources are several actors, pair them
    complement: Token | None = None  # the xcomp verb of a control construction
    condition: str | None = None  # "unless"/"if" when the act is conditioned ("will withdraw unless ...")


@dataclass
class SentenceReading:
    """What the extractor saw in one sentence: the candidates and the rejected predicates."""

    sentence: Span
    candidates: list[Candidate] = field(default_factory=list)
    rejected: list[tuple[Token, str]] = field(default_factory=list)


def read_sentence(sent: Span, patterns: PatternBook) -> SentenceReading:
    reading = SentenceReading(sent)
    consumed: set[int] = set()  # event nouns already coded through a light verb
    for token in sent:
        if token.pos_ in {"VERB", "AUX"} and token.dep_ != "aux" and token.dep_ != "auxpass":
            _read_verb(token, patterns, reading, consumed)
    for token in sent:
        if token.pos_ in {"NOUN", "PROPN"} and token.i not in consumed and patterns.has_noun(token.lemma_.lower()):
            _read_noun(token, patterns, reading)
        elif token.pos_ == "NOUN" and token.i not in consumed:
            _read_mistagged_gerund(token, patterns, reading)
    return reading


def _gerund_lemma(word: str, patterns: PatternBook) -> str | None:
    """The verb behind an -ing form ("consulting" -> consult, "making" -> make)."""
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    for guess in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
        if guess and patterns.has_verb(guess):
            return guess
    return None


def _read_mistagged_gerund(noun: Token, patterns: PatternBook, reading: SentenceReading) -> None:
    """ "spent six hours in Washington on Tuesday consulting with Berger": the small model
    tags the participle a noun. A bare -ing noun (no determiner or owner) under a clause,
    followed by its verb's preposition, is read as the participle it is; its subject is
    the clause's."""
    if noun.dep_ not in {"pobj", "dobj", "npadvmod"} or any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children):
        return
    lemma = _gerund_lemma(noun.lower_, patterns)
    if lemma is None:
        return
    preps = _preps(noun)
    pattern = patterns.match_verb(lemma, preps=preps.keys())
    if pattern is None or pattern.discard or not pattern.prep or not set(pattern.prep) & preps.keys():
        return  # only with the preposition its verb needs ("consulting with"), else a real noun
    governor = noun.head
    while governor.pos_ not in {"VERB", "AUX"} and governor.dep_ != "ROOT" and governor.head is not governor:
        governor = governor.head
    if governor.pos_ not in {"VERB", "AUX"}:
        return
    subjects, passive = _subject_heads(governor)
    if not subjects or passive:
        return
    targets = [actor_group(p) for name in pattern.prep for p in preps.get(name, []) if is_actor_like(p)]
    if not targets:
        return
    reading.candidates.append(
        Candidate(
            predicate=noun,
            pattern=pattern,
            sources=tuple(actor_group(h) for h in subjects),
            targets=tuple(targets),
            construction="participle",
            reciprocal=pattern.cameo[:2] in RECIPROCAL_ROOTS,
        )
    )


# --- verbs -----------------------------------------------------------------------------


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _preps(token: Token) -> dict[str, list[Token]]:
    """Prepositions under ``token`` -> their objects (phrasal "out of" kept as "of")."""
    found: dict[str, list[Token]] = {}
    # "kidnapped up to 16 advisers": the parser hangs the preposition on the particle
    under_particles = [p for prt in _children(token, "prt") for p in _children(prt, "prep")]
    for prep in _children(token, "prep", "agent", "dative") + under_particles:
        if prep.dep_ == "dative" and prep.pos_ != "ADP":
            continue
        objects = _children(prep, "pobj", "pcomp")
        for inner in _children(prep, "prep"):  # "out of", "away from"
            objects.extend(_children(inner, "pobj"))
        found.setdefault(prep.lower_, []).extend(objects)
    return found


def _subject_heads(verb: Token) -> tuple[list[Token], bool]:
    """Subjects of ``verb`` and whether it is passive, inheriting through control/conjunction."""
    active = _children(verb, "nsubj")
    passive = _children(verb, "nsubjpass")
    if active or passive:
        heads = active or passive
        resolved = []
        for head in heads:
            if head.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                resolved.append(verb.head)
            else:
                resolved.append(head)
        return resolved, bool(passive) and not active
    if verb.dep_ == "xcomp":
        governor = verb.head
        if governor.lemma_ in OBJECT_CONTROL:
            objects = _children(governor, "dobj")
            if objects:
                return objects, False
        if governor.pos_ == "ADJ":  # "is prepared to discuss": subject of the copula
            return _subject_heads(governor.head)[0], False
        # "Albright is expected to visit Moscow": the passive is the governor's, not the visit's
        return _subject_heads(governor)[0], False
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and lemma_of(verb) in SPEAKER_ACTS and verb.head.head.pos_ in {"VERB", "AUX"}:
        # "Pakistan denied that any camp had been hit and vowed to retaliate": the parser
        # joins "vowed" to the reported clause; a speech act belongs to the speaker
        return _subject_heads(verb.head.head)
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        heads, passive = _subject_heads(verb.head)
        if passive and not _children(verb, "auxpass") and verb.tag_ != "VBN":
            # "has been indicted ... and will resign": the indicted one resigns
            return heads, False
        return heads, passive
    if verb.dep_ in {"advcl", "acl"} and verb.tag_ == "VBG":  # "..., killing 12 soldiers"
        head = verb.head
        if head.pos_ in {"NOUN", "PROPN"} and head.dep_ in {"dobj", "pobj", "attr"}:
            # "issued a declaration demanding that ...": the issuer demands; but in "vetoed
            # a resolution censuring X" the vetoer does not censure: the text does
            governor = head.head.head if head.dep_ == "pobj" else head.head
            if governor.pos_ not in {"VERB", "AUX"}:
                return [], False
            if lemma_of(governor) in ISSUING_VERBS or head.dep_ == "attr":
                return _subject_heads(governor)
            return ([head], False) if is_actor_like(head) else ([], False)
        return _subject_heads(head)
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return _subject_heads(verb.head)  # purpose: "sent personnel to Bosnia to investigate"
    if verb.dep_ == "acl" and verb.head.dep_ == "attr" and verb.head.head.pos_ in {"VERB", "AUX"}:
        # "Putin was the first foreign leader to telephone Bush": the subject of "was"
        return _subject_heads(verb.head.head)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
        return _subject_heads(verb.head.head)  # "resorted to throwing stones"
    return [], False


def _agent_heads(verb: Token) -> list[Token]:
    heads = []
    for agent in _children(verb, "agent"):
        heads.extend(_children(agent, "pobj"))
    return heads


def _target_groups(verb: Token, pattern: Pattern | None, skip: set[int]) -> list[tuple[Span, ...]]:
    """Recipient phrases of ``verb`` in order of preference (the first that resolves wins)."""
    groups: list[tuple[Span, ...]] = []
    themes = pattern.objects if pattern else frozenset()
    direct = [o for o in _children(verb, "dobj", "dative", "oprd") if o.i not in skip]
    # an object the pattern names is usually the thing acted on, not the recipient
    # ("offered its troops to Lebanon", "withdraw its troops from Lebanon"): it is only a
    # last resort ("expelled two Russian diplomats", "rejected an Indian proposal")
    root_code = pattern.cameo[:2] if pattern else ""
    # ... except for violence and repression, whose object is the victim ("captured three
    # American soldiers on the Macedonian border")
    theme_objects = [] if root_code in {"17", "18", "19", "20"} else [o for o in direct if o.lemma_.lower() in themes or _is_theme_noun(o)]
    topic_verb = lemma_of(verb) in TOPIC_VERBS  # "discussed NATO enlargement": a topic
    if verb.dep_ == "relcl":
        # "NATO enlargement, which Moscow opposes": the relative pronoun stands for the head
        direct = [verb.head if o.lower_ in RELATIVE_PRONOUNS else o for o in direct]
    for obj in direct:
        if obj not in theme_objects and is_actor_like(obj) and not topic_verb:
            groups.append(actor_group(obj))
    preps = _preps(verb)
    topical = pattern is not None and pattern.cameo[:2] in TOPIC_ROOTS
    for obj in [] if topic_verb else _children(verb, "dobj", "oprd"):
        # "welcomed Reagan's statement", "rejected calls by Belarus", "sanctions on Iran";
        # not for a topic ("discussed Iran's nuclear programme")
        groups.extend(actor_group(p) for p in _children(obj, "poss") if is_actor_like(p) and p.pos_ != "PRON")
        # "rejected the proposal, which Washington made": its author
        for clause in _children(obj, "relcl"):
            groups.extend(actor_group(h) for h in _children(clause, "nsubj") if is_actor_like(h) and h.lower_ not in RELATIVE_PRONOUNS)
        for name, pobjs in _preps(obj).items():
            if topical and name in TOPIC_PREPS:
                continue  # "continue discussions on arms control": a topic
            if name in TARGET_PREPS or name in ("by", "of", "between", "among"):
                # "host a meeting between Israel and the PLO": both are addressed
                groups.extend(actor_group(p) for p in map(_through_measure, pobjs) if is_actor_like(p))
    wanted = list(pattern.prep) if pattern and pattern.prep else []
    for name in wanted + [p for p in TARGET_PREPS if p not in wanted and not (topical and p in TOPIC_PREPS)]:
        for pobj in map(_through_measure, preps.get(name, [])):
            if name == "at" and (pobj.lemma_.lower() in GATHERINGS or pobj.ent_type_ in {"FAC", "GPE", "LOC"}):
                continue  # "announced the deal at a ceremony in Vienna", "met at Prague Castle": where
            if name == "with" and pobj.lemma_.lower() in INSTRUMENTS:
                continue  # "returned fire with howitzers": what with, not against whom
            if pobj.i not in skip and is_actor_like(pobj):
                groups.append(actor_group(pobj))
    for name in wanted:  # "called for sanctions against Nigeria", "retaliated with duties on American goods"
        for pobj in preps.get(name, []):
            for inner_name, inner in _preps(pobj).items():
                if inner_name in TARGET_PREPS:
                    groups.extend(actor_group(p) for p in map(_through_measure, inner) if is_actor_like(p))
    if pattern and "in" in pattern.prep:
        groups.extend(actor_group(p) for p in preps.get("in", []) if is_actor_like(p))
    root = pattern.cameo[:2] if pattern else ""
    if root == "15":
        # "massed troops near the Ukrainian border": a show of force aimed across it
        around = [preps] + [_preps(o) for o in _children(verb, "dobj")]  # "troops along the border"
        for name in ("near", "along", "on", "to", "toward", "towards", "at"):
            for pobj in (p for found in around for p in found.get(name, [])):
                if pobj.lemma_.lower() in FRONTIER_NOUNS:
                    groups.extend(actor_group(m) for m in pobj.children
                                  if m.dep_ in {"amod", "compound", "poss"} and m.ent_type_ in {"NORP", "GPE"})
    if root in CLAUSE_TARGET_ROOTS:
        # "demanded that the US cancel ...", "warned that Israel would ...": the clause's subject
        for clause in _children(verb, "ccomp"):
            groups.extend(actor_group(h) for h in _children(clause, "nsubj", "nsubjpass") if is_actor_like(h))
    if root in CONDITION_TARGET_ROOTS:
        # "threatened to stop talks if the United States goes ahead"
        for clause in _conditions(verb):
            groups.extend(actor_group(h) for h in _children(clause, "nsubj", "nsubjpass") if is_actor_like(h))
    elif _is_future(verb) and _condition_mark(verb):
        # a future act held over someone's conduct is addressed to them ("would withdraw
        # ... if Washington abandoned the treaty"); not "if it is attacked" (a victim)
        for clause in _conditions(verb):
            groups.extend(actor_group(h) for h in _children(clause, "nsubj") if is_actor_like(h) and h.pos_ != "PRON")
    groups.extend(actor_group(o) for o in theme_objects if is_actor_like(o))
    return groups


def _through_measure(noun: Token) -> Token:
    """ "tariffs on 34 billion dollars of Chinese imports": the imports, not the dollars."""
    if noun.lemma_.lower() in MEASURE_HEADS | {"dollar", "euro", "pound", "yuan", "percent", "per", "cent"} or noun.like_num:
        inner = _preps(noun).get("of", [])
        if inner:
            return inner[0]
    return noun


def _condition_mark(verb: Token) -> str | None:
    for clause in _conditions(verb):
        for mark in clause.children:
            if mark.dep_ == "mark" and mark.lower_ in {"if", "unless"}:
                return mark.lower_
    return None


def _conditions(verb: Token) -> list[Token]:
    found = []
    for token in (verb, *_children(verb, "xcomp")):
        for clause in _children(token, "advcl"):
            if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "until"} for c in clause.children):
                found.append(clause)
    return found


def _purpose_targets(verb: Token) -> list[tuple[Span, ...]]:
    """Recipients named in a purpose clause: "began a hunger strike to protest Sweden's decision"."""
    groups: list[tuple[Span, ...]] = []
    for clause in _children(verb, "advcl", "xcomp"):
        if clause.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            groups.extend(_target_groups(clause, None, set()))
    for name, pobjs in _preps(verb).items():  # "in protest against/of X"
        for pobj in pobjs:
            if pobj.lemma_.lower() in {"protest", "response", "retaliation", "solidarity", "support", "opposition"}:
                for inner_name, inner in _preps(pobj).items():
                    groups.extend(actor_group(p) for p in inner if is_actor_like(p))
                    groups.extend(actor_group(q) for p in inner for q in _children(p, "poss") if is_actor_like(q))
    return groups


def _is_theme_noun(token: Token) -> bool:
    """Nouns that are what is offered or moved, not who receives it ("sent troops")."""
    return token.lemma_.lower() in THEME_NOUNS


def _is_future(verb: Token) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and not _children(verb, "aux", "auxpass", "nsubj"):
        return _is_future(verb.head)  # "will cut its stockpile and accept inspections"
    # "may halt mediation if cooperation founders": a possibility held over someone
    if any(c.dep_ == "aux" and c.lower_ in {"may", "might", "could"} for c in verb.children) and _conditions(verb):
        return True
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lower_ in INTENT_ADJECTIVES:
        return True
    # "is going to visit", "plans to visit", "expects to sign"
    return verb.dep_ == "xcomp" and head.lemma_ in {"go", "plan", "intend", "expect", "hope", "want", "aim", "seek", "prepare", "schedule", "due", "set"}


def verb_pattern(verb: Token, patterns: PatternBook) -> Pattern | None:
    """The pattern a verb token matches with its particles, prepositions and objects."""
    return _match_verb(verb, patterns)[0]


def _match_verb(verb: Token, patterns: PatternBook) -> tuple[Pattern | None, Token | None]:
    """The verb's best pattern, or a light verb's event-noun pattern (and that noun)."""
    lemma = lemma_of(verb)
    # the small model often tags particles as advmod or as object-less prepositions
    # ("stepped down", "pulled out of")
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"] + [
        c.lower_ for c in verb.children
        if (c.dep_ == "advmod" and c.lower_ in PARTICLES) or (c.dep_ == "prep" and c.lower_ in PARTICLES and not _children(c, "pobj"))
    ]
    preps = _preps(verb)
    direct = _children(verb, "dobj", "attr", "oprd")
    if lemma in COPULAS:  # "remained a threat": a description of the subject, no act
        direct = [d for d in direct if d.dep_ != "attr"]
    objects = direct + [p for ps in preps.values() for p in ps]
    object_lemmas = {o.lemma_.lower() for o in objects}
    for obj in direct:
        if obj.ent_type_ == "PERSON" or any(c.dep_ == "compound" and c.lower_ in PERSON_TITLES for c in obj.children):
            # "called Yeltsin", "received President Zelensky": a person is the kind of object
            # "called his counterpart" names; the title, when there is one, too
            object_lemmas.add("leader")
            object_lemmas.update(c.lower_ for c in obj.children if c.dep_ == "compound" and c.lower_ in PERSON_TITLES)
        # "halted mediation efforts", "handed over 700 kg of medicine": the head says how
        # much or what kind; the noun that names the thing is its modifier or its "of"
        if obj.lemma_.lower() in GENERIC_HEADS:
            object_lemmas.update(c.lemma_.lower() for c in obj.children if c.dep_ in {"compound", "amod"})
        if obj.lemma_.lower() in MEASURE_HEADS or obj.like_num:
            object_lemmas.update(o.lemma_.lower() for o in _preps(obj).get("of", []))
    pattern = patterns.match_verb(lemma, particles=particles, preps=preps.keys(), objects=object_lemmas)
    if pattern is not None and pattern.objects:
        return pattern, None
    if lemma in LIGHT_VERBS or (pattern is None and lemma not in REPORTING_ONLY_VERBS):
        # event nouns come from the direct object, or from "engage in"-style prepositions of
        # light verbs; never from the adjuncts of an arbitrary verb ("holed up since the invasion")
        objects = list(direct)
        for obj in direct:
            # "launched a mediation effort": the event is the modifier of a generic head
            if obj.lemma_.lower() in GENERIC_HEADS:
                objects.extend(c for c in obj.children if c.dep_ in {"compound", "amod"})
            # "gave the Ivory Coast 5.1 million dollars of aid", "held eight hours of talks"
            objects.extend(_preps(obj).get("of", []))
        if lemma in LIGHT_VERBS:  # "engaged in a clash", "held as human shields", "remained on alert"
            wanted = {"in", "into", "as"} | ({"on", "under"} if lemma in STATE_VERBS else set())
            objects.extend(p for name, ps in preps.items() if name in wanted for p in ps)
        for obj in objects:
            noun_lemma = obj.lemma_.lower()
            if obj.pos_ in {"NOUN", "PROPN", "ADJ"} and patterns.has_noun(noun_lemma):
                noun_pattern = patterns.match_noun(noun_lemma, preps=_preps(obj).keys() | preps.keys(), modifiers=_modifier_lemmas(obj))
                if noun_pattern is not None and (pattern is None or lemma in LIGHT_VERBS):
                    return noun_pattern, obj
    return pattern, None


def _read_verb(verb: Token, patterns: PatternBook, reading: SentenceReading, consumed: set[int]) -> None:
    # allegations and purposes: "accused X of attacking Y" codes only the accusation
    means_of_answer = verb.head.lower_ == "by" and lemma_of(verb.head.head) in ANSWER_LEMMAS
    if verb.dep_ in {"pcomp", "pobj"} and verb.head.lower_ in ALLEGATION_PREPS and not means_of_answer:
        if patterns.has_verb(lemma_of(verb)):
            reading.rejected.append((verb, f"complement of '{verb.head.text}': an allegation or purpose, not an event"))
        return
    if verb.dep_ in {"amod", "compound"}:
        return
    unasserted = _unasserted(verb, patterns)
    if unasserted:
        if patterns.has_verb(lemma_of(verb)):
            reading.rejected.append((verb, unasserted))
        obligation = _obligation(verb, patterns)
        if obligation is not None:
            reading.candidates.append(obligation)
        return
    if lemma_of(verb) in ANSWER_LEMMAS and any(
            c.lower_ == "by" and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in c.children) for c in _children(verb, "prep")):
        # "retaliated by expelling ten diplomats": the expulsion is the event
        reading.rejected.append((verb, "a response told by its means ('by ...'): the means is coded"))
        return
    if _commands_own_forces(verb) and _children(verb, "xcomp"):
        # "Mofaz ordered troops to seal off the West Bank": the sealing off is the event
        reading.rejected.append((verb, "an order to forces: the ordered act is coded instead"))
        return
    if lemma_of(verb) in NAMING_VERBS and (_children(verb, "oprd") or _preps(verb).get("as")):
        # "called the strike an invasion": a description, not a call for a strike; but a
        # verdict ("called NATO expansion a serious mistake", "hailed it as a breakthrough")
        # is criticism or praise of what is named
        verdict = _verdict(verb, patterns)
        if verdict is not None:
            reading.candidates.append(verdict)
        elif _children(verb, "oprd"):
            reading.rejected.append((verb, f"'{verb.text} X a Y' names something, it is no act"))
        if verdict is not None or _children(verb, "oprd"):
            return
    pattern, noun = _match_verb(verb, patterns)
    complements = _children(verb, "xcomp")
    if not complements and lemma_of(verb) in COMMITMENT_LEMMAS:
        # "have sworn to fight": the parser often hangs the complement as a purpose clause
        complements = [c for c in _children(verb, "advcl") if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if pattern is None:
        if complements or (verb.pos_ == "AUX"):
            return  # the complement is read on its own ("decided to withdraw")
        if not patterns.has_verb(lemma_of(verb)):
            return
        reading.rejected.append((verb, "no pattern matches its particle/preposition/object"))
        return
    if pattern.discard:
        reading.rejected.append((verb, f"discarded by {pattern.rule} (non-political use)"))
        if noun is not None:
            consumed.add(noun.i)
        return
    if pattern.objects:  # "hosted a meeting": the object noun is this event, not another
        consumed.update(o.i for o in _children(verb, "dobj") if o.lemma_.lower() in pattern.objects)
    subject_heads, passive = _subject_heads(verb)
    complement_of = verb
    while complement_of.dep_ == "conj" and complement_of.head.pos_ in {"VERB", "AUX"}:
        complement_of = complement_of.head  # "urged Moscow to open talks and (to) allow monitors"
    governor = complement_of
    while governor.dep_ == "xcomp" and governor.head.pos_ in {"VERB", "AUX"} and not _commands_own_forces(governor.head):
        # "agreed to keep talking": any control verb up the chain carries the event
        governor_pattern, _ = _match_verb(governor.head, patterns)
        if governor_pattern is not None and not governor_pattern.discard:
            return  # the control verb carries the event ("threatened to impose")
        governor = governor.head
    construction = "verb"
    sources: list[tuple[Span, ...]] = []
    skip: set[int] = set()
    # "the army was put on alert", "a third of the guerrillas have been demobilised": the
    # subject readies or stands down itself when nobody else is named
    self_readied = passive and (pattern.cameo[:2] == "15" or pattern.cameo in SELF_YIELDING) and not _agent_heads(verb)
    if (passive and lemma_of(verb) in STATIVE_PASSIVES and not _agent_heads(verb)) or self_readied:
        # "Israel is opposed to ...", "Vietnam is committed to ...": a stance of the subject
        sources = [actor_group(h) for h in subject_heads]
        skip.update(h.i for h in subject_heads)
        targets = []
    elif passive:
        # "killed by a roadside bomb": the instrument is no perpetrator
        sources = [actor_group(h) for h in _agent_heads(verb)
                   if not (lemma_of(h) in INSTRUMENT_NOUNS and pattern.cameo[:2] in AGENTLESS_ROOTS)]
        targets = [actor_group(h) for h in subject_heads]
        construction = "passive"
        skip.update(h.i for h in subject_heads)
        if not sources and pattern.cameo[:2] in AGENTLESS_ROOTS:
            construction = "passive-agentless"  # "three civilians were killed": source unnamed
    elif subject_heads and all(lemma_of(h) in INSTRUMENT_NOUNS for h in subject_heads) and pattern.cameo[:2] in AGENTLESS_ROOTS:
        # "a roadside bombing killed ...": the subject is the weapon, the perpetrator unnamed
        construction = "passive-agentless"
        skip.update(h.i for h in subject_heads)
        targets = []
    else:
        sources = [actor_group(h) for h in subject_heads]
        skip.update(h.i for h in subject_heads)
        targets = []
        sources += _speaker_fallback(verb, subject_heads)
        if complement_of.dep_ == "xcomp" and _commands_own_forces(complement_of.head):
            # unnamed "troops" ordered by Mofaz are his: the commander is the fallback source
            sources += [actor_group(h) for h in _subject_heads(complement_of.head)[0]]
    if noun is not None:
        consumed.add(noun.i)
        skip.add(noun.i)  # "held talks in Beijing": the talks are the event, not its recipient
        construction = "light-verb"
        targets += _noun_targets(noun, pattern.cameo[:2])
        sources += [actor_group(p) for p in _children(noun, "poss") if is_actor_like(p)]
    targets += _target_groups(verb, pattern, skip)
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and "02" <= pattern.cameo[:2] <= "13":
        # "criticised the alliance and warned that ...": failing its own, a verbal act
        # addresses the first verb's recipient (not a statement, not a material act)
        targets += _target_groups(verb.head, None, skip)
    complement = complements[0] if complements else None
    targets += _purpose_targets(verb)
    if complement is not None:
        construction = "control"
        targets += _target_groups(complement, None, skip)
        for obj in _children(complement, "dobj"):
            if obj.pos_ in {"NOUN", "PROPN"} and patterns.has_noun(obj.lemma_.lower()):
                consumed.add(obj.i)
                targets += _noun_targets(obj, pattern.cameo[:2])
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.lower_ in INTENT_ADJECTIVES:
        construction = "intent"
    if not sources and construction != "passive-agentless":
        reading.rejected.append((verb, f"{pattern.rule} fired but the verb has no subject"))
        return
    # whether "A and B met" reads both ways is decided once the actors are resolved
    reciprocal = pattern.cameo[:2] in RECIPROCAL_ROOTS or verb.lemma_.lower() in RECIPROCAL_LEMMAS
    reading.candidates.append(
        Candidate(
            predicate=verb,
            pattern=pattern,
            sources=tuple(sources),
            targets=tuple(targets),
            construction=construction,
            negated=is_negated(verb),
            future=_is_future(verb),
            reciprocal=reciprocal,
            complement=complement,
            condition=_condition_mark(verb),
        )
    )


def _verdict(verb: Token, patterns: PatternBook) -> Candidate | None:
    """ "X called Y a mistake" / "described Y as unacceptable": X criticises (or praises) Y."""
    labels = _children(verb, "oprd") + _preps(verb).get("as", [])
    words = {t.lemma_.lower() for label in labels for t in (label, *label.children)}
    if words & NEGATIVE_LABELS:
        pattern = patterns.match_verb("criticize") or patterns.match_verb("criticise")
    elif words & POSITIVE_LABELS:
        pattern = patterns.match_verb("praise")
    else:
        return None
    subjects, passive = _subject_heads(verb)
    named = [o for o in _children(verb, "dobj") if is_actor_like(o)]
    if pattern is None or not subjects or passive:
        return None
    # its own rule id, so the evidence names the construction ("verb:verdict.criticize")
    pattern = replace(pattern, id=f"verdict.{pattern.lemma}", note=f"{verb.lemma_} X a/as <verdict>", line=0)
    return Candidate(predicate=verb, pattern=pattern, sources=tuple(actor_group(h) for h in subjects),
                     targets=tuple(actor_group(o) for o in named), construction="verdict")


def _commands_own_forces(verb: Token) -> bool:
    """ "ordered troops to ...", "instructed the army to ...": a command, not a request."""
    return lemma_of(verb) in COMMAND_VERBS and any(
        o.lemma_.lower() in FORCE_NOUNS for o in _children(verb, "dobj"))


def _speaker_fallback(verb: Token, subject_heads: list[Token]) -> list[tuple[Span, ...]]:
    """ "X announced that it/he will ...": when the pronoun finds no antecedent, the
    speaker is the best reading of it (tried only after the pronoun itself)."""
    if not subject_heads or not all(h.pos_ == "PRON" for h in subject_heads):
        return []
    clause = verb
    while clause.dep_ in {"xcomp", "conj", "acomp"} and clause.head is not clause:
        clause = clause.head  # "announced that it is prepared to impose ...": up to "is"
    if clause.dep_ != "ccomp" or lemma_of(clause.head) not in SPEECH_VERBS | {"announce", "vow", "pledge", "promise", "threaten"}:
        return []
    speakers, _ = _subject_heads(clause.head)
    return [actor_group(h) for h in speakers if h.pos_ != "PRON"]


def _unasserted(verb: Token, patterns: PatternBook) -> str | None:
    """Why the clause of ``verb`` does not report something that happened, or None."""
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    has_to = verb.dep_ == "xcomp" and lemma_of(verb.head) in {"have", "need"} and "to" in aux
    if aux & OBLIGATION_AUX or has_to:
        return "an obligation ('must', 'should'): demanded, not done"
    for clause in (verb, verb.head if verb.dep_ in {"xcomp", "conj"} else verb):
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children):
            return "a condition ('if', 'unless'): hypothetical"
    complement_of = verb
    while complement_of.dep_ == "conj" and complement_of.head.pos_ in {"VERB", "AUX"}:
        complement_of = complement_of.head
    if complement_of.dep_ == "xcomp" and lemma_of(complement_of.head) in ASKING_VERBS:
        return f"asked of someone by '{complement_of.head.text}', not done"
    if verb.dep_ in {"ccomp", "acl"} and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in REQUEST_NOUNS:
        return f"asked for in '{verb.head.text} that ...', not done"
    if verb.dep_ == "ccomp" and verb.head.pos_ in {"VERB", "AUX"}:
        governor_pattern, _ = _match_verb(verb.head, patterns)
        if governor_pattern is not None and governor_pattern.cameo[:2] in {"02", "10"}:
            return f"demanded by '{verb.head.text}', not done"
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        governor = verb.head
        governor_pattern, _ = _match_verb(governor, patterns) if governor.pos_ in {"VERB", "AUX"} else (None, None)
        if governor_pattern is not None and not governor_pattern.discard:
            return f"a purpose of '{governor.text}', which is the event"
    if verb.dep_ == "xcomp" and lemma_of(verb.head) in CONATIVE_VERBS:
        if verb.head.dep_ == "relcl" or verb.head.head.dep_ in {"pobj"}:
            return f"an aim ('{verb.head.text} to'), not an act"
    return None


def _obligation(verb: Token, patterns: PatternBook) -> Candidate | None:
    """ "X said Y must do Z": X demands of Y (CAMEO 10, PLOVER REQUEST)."""
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if not aux & OBLIGATION_AUX or verb.dep_ != "ccomp":
        return None
    speech = verb.head
    if lemma_of(speech) not in SPEECH_VERBS:
        return None
    speakers, _ = _subject_heads(speech)
    demanded = _children(verb, "nsubj", "nsubjpass")
    if not speakers or not demanded:
        return None
    pattern = OBLIGATION_PATTERN
    return Candidate(
        predicate=verb, pattern=pattern, sources=tuple(actor_group(h) for h in speakers),
        targets=tuple(actor_group(h) for h in demanded if is_actor_like(h)), construction="obligation",
        negated=False, future=False, reciprocal=False,
    )


# --- event nouns -------------------------------------------------------------------------


def _modifier_lemmas(noun: Token) -> set[str]:
    return {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}}


def _noun_targets(noun: Token, root: str = "") -> list[tuple[Span, ...]]:
    groups = []
    preps = _preps(noun)
    if root in TOPIC_ROOTS:
        preps = {name: ps for name, ps in preps.items() if name not in TOPIC_PREPS}
    if noun.dep_ in {"compound", "amod"} and noun.head.lemma_.lower() in GENERIC_HEADS:
        for name, pobjs in _preps(noun.head).items():
            preps.setdefault(name, []).extend(pobjs)
    for name in TARGET_PREPS:
        groups.extend(actor_group(p) for p in preps.get(name, []) if is_actor_like(p))
    if noun.lemma_.lower() in REQUEST_NOUNS:
        # "its demand that Israel ease restrictions": addressed to the clause's subject
        for clause in _children(noun, "acl", "ccomp"):
            groups.extend(actor_group(h) for h in _children(clause, "nsubj") if is_actor_like(h))
    return groups


def _read_noun(noun: Token, patterns: PatternBook, reading: SentenceReading) -> None:
    preps = _preps(noun)
    pattern = patterns.match_noun(noun.lemma_.lower(), preps=preps.keys(), modifiers=_modifier_lemmas(noun))
    if pattern is None:
        return
    if pattern.discard:
        reading.rejected.append((noun, f"discarded by {pattern.rule}"))
        return
    if any((c.dep_ == "det" and c.lower_ in {"any", "no", "every"}) or (c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_ADJECTIVES)
           for c in noun.children):
        reading.rejected.append((noun, f"{pattern.rule}: a hypothetical ('any {noun.text}'), not an event"))
        return
    if noun.dep_ == "oprd" or (noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and lemma_of(noun.head) not in LIGHT_VERBS
                               and patterns.has_verb(lemma_of(noun.head))):
        # "ambushed a police patrol", "condemned the raid", "called it an invasion": the
        # noun is what another event acts on or how it is described, coded through that verb
        reading.rejected.append((noun, f"{pattern.rule}: the object of '{noun.head.text}', not an event of its own"))
        return
    if noun.dep_ == "attr" and noun.head.lemma_ in COPULAS:
        reading.rejected.append((noun, f"{pattern.rule}: a description ('{noun.head.text} a {noun.text}'), not an act"))
        return
    sources: list[tuple[Span, ...]] = []
    targets: list[tuple[Span, ...]] = []
    reciprocal = False
    # "talks between A and B": both directions
    between = [p for p in preps.get("between", []) + preps.get("among", []) if is_actor_like(p)]
    if between:
        group = actor_group(between[0])
        sources.append(group)
        reciprocal = True
    for poss in _children(noun, "poss"):
        if is_actor_like(poss) and poss.lower_ not in {"its", "their", "his", "her"} or poss.pos_ == "PRON":
            sources.append(actor_group(poss))
    for by in preps.get("by", []):
        if is_actor_like(by):
            sources.append(actor_group(by))
    # "Israeli air strikes", "U.S.-Russian talks": actor modifiers
    modifiers = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"} and (c.ent_type_ in {"NORP", "GPE", "ORG"} or c.pos_ == "PROPN")]
    if modifiers:
        group = tuple(span for m in modifiers for span in actor_group(m))
        sources.append(group)
        reciprocal = reciprocal or pattern.cameo[:2] in RECIPROCAL_ROOTS
    targets += _noun_targets(noun, pattern.cameo[:2])
    head = noun.head
    topic = head.lower_ in TOPIC_PREPS and head.head.lemma_ not in {"be", "go", "embark", "set"}
    if noun.dep_ == "pobj" and (head.lower_ in BACKGROUND_PREPS or topic):
        reading.rejected.append((noun, f"{pattern.rule}: background mention ('{head.text} the {noun.text}')"))
        return
    happens = noun.dep_ in {"nsubj", "nsubjpass"} and head.lemma_ in OCCURRENCE_VERBS
    if not sources and noun.dep_ == "pobj" and head.lower_ == "for" and lemma_of(head.head) in TRAVEL_VERBS:
        # "negotiators return to Geneva for talks": the travellers hold them
        travellers, passive = _subject_heads(head.head)
        if travellers and not passive:
            sources = [actor_group(t) for t in travellers]
            reciprocal = reciprocal or pattern.cameo[:2] in RECIPROCAL_ROOTS
            happens = True
    if not sources:
        if noun.dep_ in {"dobj", "pobj"} and head.pos_ in {"VERB"}:
            return  # an object of another verb: coded through that verb, if at all
        reading.rejected.append((noun, f"{pattern.rule}: event noun without a source"))
        return
    if not (targets or reciprocal or happens or noun.dep_ in {"ROOT", "nsubj", "nsubjpass", "dobj", "attr", "appos", "conj"}):
        reading.rejected.append((noun, f"{pattern.rule}: event noun in passing (no target, not asserted)"))
        return
    reading.candidates.append(
        Candidate(
            predicate=noun,
            pattern=pattern,
            sources=tuple(sources),
            targets=tuple(targets),
            construction="noun",
            negated=is_negated(head) if happens else False,
            future=_is_future(head) if happens else False,
            reciprocal=reciprocal,
        )
    )
