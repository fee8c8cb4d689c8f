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

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.dictionaries.patterns import Pattern, PatternBook
from detente.extract.negation import is_negated
from detente.extract.phrases import RELATIVE_PRONOUNS, actor_group, is_actor_like
from detente.extract.nouns import AVERTING_VERBS, RELATION_NOUNS, modifier_lemmas, noun_targets, read_mistagged_gerund, read_noun
from detente.extract.readings import Candidate, SentenceReading
from detente.extract import reported
from detente.extract.syntax import (
    agents_of, children_of, condition_mark, conditions, is_future, named_within, prep_objects, subjects_of,
    through_measure,
)
from detente.extract.vocabulary import (
    RESPONSE_LEMMAS,
    AGENTLESS_ROOTS, ALLEGATION_PREPS, ANSWER_LEMMAS, ASKING_VERBS,
    CLAUSE_TARGET_ROOTS, COMMAND_VERBS, COMMITMENT_LEMMAS, CONATIVE_VERBS, CONDITION_MARKS,
    CONDITION_TARGET_ROOTS, COPULAS, FORCE_NOUNS, FRONTIER_NOUNS, GATHERINGS,
    GENERIC_HEADS, INSTRUMENTS, INSTRUMENT_NOUNS, INTENT_ADJECTIVES,
    LIGHT_VERBS, MEASURE_HEADS, NAMING_VERBS,
    OBLIGATION_AUX, PARTICLES, PERSON_TITLES,
    RECIPROCAL_LEMMAS, RECIPROCAL_ROOTS, REPORTING_ONLY_VERBS, REQUEST_NOUNS, SELF_YIELDING,
    SPEECH_VERBS, STATE_VERBS, STATIVE_PASSIVES, TARGET_PREPS, THEME_NOUNS,
    TOPIC_PREPS, TOPIC_ROOTS, TOPIC_VERBS, lemma_of,
)


def read_sentence(sent: Span, patterns: PatternBook) -> SentenceReading:
    reading = SentenceReading(sent)
    consumed: set[int] = set()  # event nouns already coded through a light verb
    for token in sent:
        if token.pos_ in {"VERB", "AUX"} and token.dep_ != "aux" and token.dep_ != "auxpass":
            _read_verb(token, patterns, reading, consumed)
    for token in sent:
        if token.pos_ in {"NOUN", "PROPN"} and token.i not in consumed and patterns.has_noun(token.lemma_.lower()):
            read_noun(token, patterns, reading)
        elif token.pos_ == "NOUN" and token.i not in consumed:
            read_mistagged_gerund(token, patterns, reading)
    return reading


# --- verbs -----------------------------------------------------------------------------


def _target_groups(verb: Token, pattern: Pattern | None, skip: set[int]) -> list[tuple[Span, ...]]:
    """Recipient phrases of ``verb`` in order of preference (the first that resolves wins)."""
    groups: list[tuple[Span, ...]] = []
    themes = pattern.objects if pattern else frozenset()
    direct = [o for o in children_of(verb, "dobj", "dative", "oprd") if o.i not in skip
              and not (o.lower_ in ("it", "this", "that") and lemma_of(verb) in RESPONSE_LEMMAS)]
    # an object the pattern names is usually the thing acted on, not the recipient
    # ("offered its troops to Lebanon", "withdraw its troops from Lebanon"): it is only a
    # last resort ("expelled two Russian diplomats", "rejected an Indian proposal")
    root_code = pattern.cameo[:2] if pattern else ""
    preps = prep_objects(verb)
    # ... except for violence and repression, whose object is the victim ("captured three
    # American soldiers on the Macedonian border")
    # (an expulsion's object is whom it is aimed at: "expelled two Russian diplomats from Brussels")
    victims = root_code in {"17", "18", "19", "20"} or lemma_of(verb) in {"expel", "deport", "banish"}
    theme_objects = [] if victims else [o for o in direct if o.lemma_.lower() in themes or _is_theme_noun(o)
                                                                       or ((o.pos_ == "PRON" or o.lemma_.lower() in QUANTITY_HEADS)
                                                                           and root_code in {"08", "15"})]  # "pulled (many of) them back"
    topic_verb = lemma_of(verb) in TOPIC_VERBS  # "discussed NATO enlargement": a topic
    if verb.dep_ == "relcl":
        # "NATO enlargement, which Moscow opposes": the relative pronoun stands for the head
        direct = [verb.head if o.lower_ in RELATIVE_PRONOUNS else o for o in direct]
    for obj in direct:
        if obj not in theme_objects and is_actor_like(obj) and not topic_verb:
            groups.append(actor_group(obj))
    topical = pattern is not None and pattern.cameo[:2] in TOPIC_ROOTS
    for obj in [] if topic_verb else [o for o in children_of(verb, "dobj", "oprd") if o not in theme_objects or o.pos_ != "PRON" and o.lemma_.lower() not in QUANTITY_HEADS]:
        # "welcomed Reagan's statement", "rejected calls by Belarus", "sanctions on Iran";
        # not for a topic ("discussed Iran's nuclear programme")
        groups.extend(actor_group(p) for p in children_of(obj, "poss") if is_actor_like(p) and p.pos_ != "PRON")
        # "rejected the proposal, which Washington made": its author; "withdrew the privileges
        # it had granted to Pakistan": whom it was given to
        for clause in children_of(obj, "relcl"):
            groups.extend(actor_group(h) for h in children_of(clause, "nsubj") if is_actor_like(h) and h.lower_ not in RELATIVE_PRONOUNS and h.pos_ != "PRON")
            groups.extend(actor_group(p) for name in ("to", "for", "on") for p in prep_objects(clause).get(name, []) if is_actor_like(p))
        for name, pobjs in prep_objects(obj).items():
            if topical and name in TOPIC_PREPS:
                continue  # "continue discussions on arms control": a topic
            if name in TARGET_PREPS or name in ("by", "of", "between", "among"):
                # "host a meeting between Israel and the PLO": both are addressed
                groups.extend(actor_group(p) for p in map(through_measure, pobjs) if is_actor_like(p))
    if root_code == "11" and "to" in (pattern.prep if pattern else ()):
        # "complained to the United Nations over two Israeli air raids": the accused, not the
        # addressee, is who the complaint is against; the addressee stays the fallback
        for name in ("over", "about", "against"):
            for pobj in preps.get(name, []):
                groups.extend(actor_group(m) for m in pobj.children if m.dep_ in {"amod", "compound", "poss", "nmod"}
                              and m.ent_type_ in {"NORP", "GPE", "ORG"})
    wanted = list(pattern.prep) if pattern and pattern.prep else []
    for name in wanted + [p for p in TARGET_PREPS if p not in wanted and not (topical and p in TOPIC_PREPS)]:
        for pobj in map(through_measure, preps.get(name, [])):
            if name == "at" and (pobj.lemma_.lower() in GATHERINGS or pobj.ent_type_ in {"FAC", "GPE", "LOC"}):
                continue  # "announced the deal at a ceremony in Vienna", "met at Prague Castle": where
            if name == "with" and pobj.lemma_.lower() in INSTRUMENTS:
                continue  # "returned fire with howitzers": what with, not against whom
            if pobj.i not in skip and is_actor_like(pobj):
                groups.append(actor_group(pobj))
    for name in wanted:  # "called for sanctions against Nigeria", "retaliated with duties on American goods"
        for pobj in preps.get(name, []):
            for inner_name, inner in prep_objects(pobj).items():
                if inner_name in TARGET_PREPS:
                    groups.extend(actor_group(p) for p in map(through_measure, inner) if is_actor_like(p))
    for obj in children_of(verb, "dobj") + [p for name in wanted for p in preps.get(name, [])]:
        if obj.lemma_.lower() in REQUEST_NOUNS:  # "insisted on its demands that Burundi's government grant"
            for clause in children_of(obj, "acl", "ccomp", "relcl"):
                groups.extend(actor_group(h) for h in children_of(clause, "nsubj") if is_actor_like(h)
                              and h.lower_ not in RELATIVE_PRONOUNS)
    if pattern and "in" in pattern.prep:
        groups.extend(actor_group(p) for p in preps.get("in", []) if is_actor_like(p))
    root = pattern.cameo[:2] if pattern else ""
    if root == "15":
        # "massed troops near the Ukrainian border": a show of force aimed across it
        around = [preps] + [prep_objects(o) for o in children_of(verb, "dobj")]  # "troops along the border"
        for name in ("near", "along", "on", "to", "toward", "towards", "at"):
            for pobj in (p for found in around for p in found.get(name, [])):
                if pobj.lemma_.lower() in FRONTIER_NOUNS:
                    groups.extend(actor_group(m) for m in pobj.children
                                  if m.dep_ in {"amod", "compound", "poss"} and m.ent_type_ in {"NORP", "GPE"})
    if root in CLAUSE_TARGET_ROOTS:
        # "demanded that the US cancel ...", "warned that Israel would ...": the clause's subject
        for clause in children_of(verb, "ccomp"):
            groups.extend(actor_group(h) for h in children_of(clause, "nsubj", "nsubjpass") if is_actor_like(h))
            # "warned that relations with Moscow could suffer": the name inside the subject
            groups.extend(actor_group(t) for h in children_of(clause, "nsubj", "nsubjpass") for t in named_within(h, deps={"prep"}))
            # "warned that Russia would drop its obligations if the United States broke the treaty"
            for condition in conditions(clause):
                groups.extend(actor_group(h) for h in children_of(condition, "nsubj", "nsubjpass") if is_actor_like(h) and (h.pos_ != "PRON" or h.lower_ == "they"))
    if root in CONDITION_TARGET_ROOTS:
        # "threatened to stop talks if the United States goes ahead"
        for clause in conditions(verb):
            groups.extend(actor_group(h) for h in children_of(clause, "nsubj", "nsubjpass") if is_actor_like(h))
    elif is_future(verb) and condition_mark(verb):
        # a future act held over someone's conduct is addressed to them ("would withdraw
        # ... if Washington abandoned the treaty"); not "if it is attacked" (a victim)
        for clause in conditions(verb):
            groups.extend(actor_group(h) for h in children_of(clause, "nsubj") if is_actor_like(h) and (h.pos_ != "PRON" or h.lower_ == "they"))
    groups.extend(actor_group(o) for o in theme_objects if is_actor_like(o))
    return groups


def _purpose_targets(verb: Token) -> list[tuple[Span, ...]]:
    """Recipients named in a purpose clause: "began a hunger strike to protest Sweden's decision"."""
    groups: list[tuple[Span, ...]] = []
    for clause in children_of(verb, "advcl", "xcomp"):
        if clause.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            groups.extend(_target_groups(clause, None, set()))
    for name, pobjs in prep_objects(verb).items():  # "in protest against/of X"
        for pobj in pobjs:
            if pobj.lemma_.lower() in {"protest", "response", "retaliation", "solidarity", "support", "opposition", "defiance"}:
                for inner_name, inner in prep_objects(pobj).items():
                    groups.extend(actor_group(p) for p in inner if is_actor_like(p))
                    groups.extend(actor_group(q) for p in inner for q in children_of(p, "poss") if is_actor_like(q))
    return groups


def _is_theme_noun(token: Token) -> bool:
    """Nouns that are what is offered or moved, not who receives it ("sent troops")."""
    return token.lemma_.lower() in THEME_NOUNS


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
        if (c.dep_ == "advmod" and c.lower_ in PARTICLES) or (c.dep_ == "prep" and c.lower_ in PARTICLES and not children_of(c, "pobj"))
    ]
    preps = prep_objects(verb)
    direct = children_of(verb, "dobj", "attr", "oprd")
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
            object_lemmas.update(o.lemma_.lower() for o in prep_objects(obj).get("of", []))
    pattern = patterns.match_verb(lemma, particles=particles, preps=preps.keys(), objects=object_lemmas)
    if pattern is not None and pattern.objects:
        return pattern, None
    if lemma in LIGHT_VERBS or (pattern is None and lemma not in REPORTING_ONLY_VERBS | AVERTING_VERBS):
        # event nouns come from the direct object, or from "engage in"-style prepositions of
        # light verbs; never from the adjuncts of an arbitrary verb ("holed up since the invasion")
        objects = list(direct)
        for obj in direct:
            # "launched a mediation effort": the event is the modifier of a generic head
            if obj.lemma_.lower() in GENERIC_HEADS:
                objects.extend(c for c in obj.children if c.dep_ in {"compound", "amod"})
            # "gave the Ivory Coast 5.1 million dollars of aid", "held eight hours of talks"
            objects.extend(prep_objects(obj).get("of", []))
        if lemma in LIGHT_VERBS:  # "engaged in a clash", "held as human shields", "remained on alert"
            wanted = {"in", "into", "as"} | ({"on", "under"} if lemma in STATE_VERBS else set())
            objects.extend(p for name, ps in preps.items() if name in wanted for p in ps)
        for obj in objects:
            noun_lemma = obj.lemma_.lower()
            if obj.pos_ in {"NOUN", "PROPN", "ADJ"} and patterns.has_noun(noun_lemma):
                noun_pattern = patterns.match_noun(noun_lemma, preps=prep_objects(obj).keys() | preps.keys(), modifiers=modifier_lemmas(obj))
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
    if verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children):
        # "withdrew the trade privileges it had granted to Pakistan": the past perfect in a
        # relative clause tells the background of the event, not a new one
        if patterns.has_verb(lemma_of(verb)):
            reading.rejected.append((verb, "past perfect in a relative clause: background, not an event"))
        return
    unasserted = _unasserted(verb, patterns)
    if unasserted:
        if patterns.has_verb(lemma_of(verb)):
            reading.rejected.append((verb, unasserted))
        obligation = reported.obligation(verb, patterns)
        if obligation is not None:
            reading.candidates.append(obligation)
        return
    if lemma_of(verb) in ANSWER_LEMMAS and (any(c.lower_ == "by" and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in c.children) for c in children_of(verb, "prep"))
                      or any(c.tag_ == "VBG" and patterns.has_verb(lemma_of(c)) for c in children_of(verb, "advcl"))):
        # "retaliated by expelling ten diplomats", "hit back, banning 59 apps": the means is the event
        reading.rejected.append((verb, "a response told by its means ('by ...', '..., banning'): the means is coded"))
        return
    if _commands_own_forces(verb) and children_of(verb, "xcomp"):
        # "Mofaz ordered troops to seal off the West Bank": the sealing off is the event
        reading.rejected.append((verb, "an order to forces: the ordered act is coded instead"))
        return
    if lemma_of(verb) in NAMING_VERBS and (children_of(verb, "oprd") or prep_objects(verb).get("as") or reported.appositive_labels(verb)):
        # "called the strike an invasion": a description, not a call for a strike; but a
        # verdict ("called NATO expansion a serious mistake", "hailed it as a breakthrough")
        # is criticism or praise of what is named
        verdict = reported.verdict(verb, patterns)
        if verdict is not None:
            reading.candidates.append(verdict)
        elif children_of(verb, "oprd"):
            reading.rejected.append((verb, f"'{verb.text} X a Y' names something, it is no act"))
        if verdict is not None or children_of(verb, "oprd"):
            return
    if lemma_of(verb) == "agree" and any(lemma_of(c) == "be" and not {a.lower_ for a in c.children if a.dep_ == "aux"} & MODAL_WORDS
                                         for c in children_of(verb, "ccomp")):
        # "Biden agreed that Putin was a killer": assent to a proposition, read as what it says
        reading.rejected.append((verb, "agreeing that something is so: a statement, not an agreement"))
        return
    complaint = reported.reported_complaint(verb, patterns) or reported.price_warning(verb, patterns) or reported.said_verdict(verb, patterns)
    if complaint is not None:
        reading.candidates.append(complaint)
        return
    offence = reported.reported_offence(verb, patterns)
    if offence is not None:
        # "said Washington had violated the treaty": the accusation, not a violation
        reading.candidates.append(offence)
        reading.rejected.append((verb, "an offence alleged in reported speech: coded as the accusation"))
        return
    threat = reported.told_conditional_threat(verb, patterns)
    if threat is not None:
        reading.candidates.append(threat)  # and the answer itself is read below
    pattern, noun = _match_verb(verb, patterns)
    if noun is not None and noun.lemma_.lower() in RELATION_NOUNS and verb.dep_ in {"advcl", "acl", "relcl"} \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "a commission ... to develop cooperation in energy": an aim, not an act
        reading.rejected.append((verb, f"'{verb.text} {noun.text}' is an aim ('to ...'), not an act"))
        consumed.add(noun.i)
        return
    complements = children_of(verb, "xcomp")
    if not complements and lemma_of(verb) in COMMITMENT_LEMMAS:
        # "have sworn to fight": the parser often hangs the complement as a purpose clause
        complements = [c for c in children_of(verb, "advcl") if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if pattern is None:
        if complements or (verb.pos_ == "AUX"):
            return  # the complement is read on its own ("decided to withdraw")
        if not patterns.has_verb(lemma_of(verb)):
            return
        reading.rejected.append((verb, "no pattern matches its particle/preposition/object"))
        return
    if complements and lemma_of(verb) in COMMAND_VERBS | {"tell", "give"} and lemma_of(complements[0]) in {"leave", "depart", "quit"} \
            and children_of(verb, "dobj"):
        # "ordered a Russian diplomat to leave the country": an expulsion
        expel = patterns.match_verb("expel")
        if expel is not None:
            pattern = replace(expel, id="order.leave", note="ordered X to leave", line=0)
    if pattern.discard:
        reading.rejected.append((verb, f"discarded by {pattern.rule} (non-political use)"))
        if noun is not None:
            consumed.add(noun.i)
        return
    if pattern.objects:  # "hosted a meeting": the object noun is this event, not another
        consumed.update(o.i for o in children_of(verb, "dobj") if o.lemma_.lower() in pattern.objects)
    subject_heads, passive = subjects_of(verb)
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
    self_readied = passive and (pattern.cameo[:2] == "15" or pattern.cameo in SELF_YIELDING) and not agents_of(verb)
    if (passive and lemma_of(verb) in STATIVE_PASSIVES and not agents_of(verb)) or self_readied:
        # "Israel is opposed to ...", "Vietnam is committed to ...": a stance of the subject
        sources = [actor_group(h) for h in subject_heads]
        skip.update(h.i for h in subject_heads)
        targets = []
    elif passive:
        # "killed by a roadside bomb": the instrument is no perpetrator
        sources = [actor_group(h) for h in agents_of(verb)
                   if not (lemma_of(h) in INSTRUMENT_NOUNS and pattern.cameo[:2] in AGENTLESS_ROOTS)]
        targets = [actor_group(h) for h in subject_heads]
        construction = "passive"
        skip.update(h.i for h in subject_heads)
        if not sources and pattern.cameo[:2] in AGENTLESS_ROOTS:
            construction = "passive-agentless"  # "three civilians were killed": source unnamed
        elif not sources and verb.dep_ == "ccomp" and lemma_of(verb.head) in SPEECH_VERBS and pattern.cameo[:2] in {"07", "08"}:
            # "Imran Khan announced that the pilot would be released": a concession announced
            # by one side without naming who grants it is that side's own
            sources = [actor_group(h) for h in subjects_of(verb.head)[0] if h.pos_ != "PRON" or h.lower_ in {"he", "she", "it", "they"}]
            construction = "passive-announced"
    elif subject_heads and all(lemma_of(h) in INSTRUMENT_NOUNS for h in subject_heads) and pattern.cameo[:2] in AGENTLESS_ROOTS:
        # "a roadside bombing killed ...": the subject is the weapon, the perpetrator unnamed;
        # "US Predator attacks killed ...", "Israel's air strikes killed ...": named by its modifier
        construction = "passive-agentless"
        skip.update(h.i for h in subject_heads)
        targets = []
        # (a modifier right on the noun makes the noun its own event: "Israeli air strikes on Gaza")
        sources = [actor_group(m) for h in subject_heads for m in named_within(h, deps={"poss", "amod", "compound", "nmod"})
                   if not any(c.dep_ in {"amod", "compound", "nmod", "poss"} and c.ent_type_ in {"NORP", "GPE", "ORG"}
                              for c in h.children)]
        if sources:
            construction = "verb"
    else:
        sources = [actor_group(h) for h in subject_heads]
        skip.update(h.i for h in subject_heads)
        targets = []
        sources += _speaker_fallback(verb, subject_heads)
        if complement_of.dep_ == "xcomp" and _commands_own_forces(complement_of.head):
            # unnamed "troops" ordered by Mofaz are his: the commander is the fallback source
            sources += [actor_group(h) for h in subjects_of(complement_of.head)[0]]
    if noun is not None:
        consumed.add(noun.i)
        skip.add(noun.i)  # "held talks in Beijing": the talks are the event, not its recipient
        construction = "light-verb"
        targets += noun_targets(noun, pattern.cameo[:2])
        sources += [actor_group(p) for p in children_of(noun, "poss") if is_actor_like(p)]
    targets += _target_groups(verb, pattern, skip)
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and pattern.cameo[:2] in VERBAL_ROOTS:
        # "criticised the alliance and warned that ...": failing its own, a verbal act
        # addresses the first verb's recipient (not a statement, not a material act)
        targets += _target_groups(verb.head, None, skip)
    complement = complements[0] if complements else None
    targets += _purpose_targets(verb)
    if complement is not None:
        construction = "control"
        targets += _target_groups(complement, None, skip)
        for obj in children_of(complement, "dobj"):
            if obj.pos_ in {"NOUN", "PROPN"} and patterns.has_noun(obj.lemma_.lower()):
                consumed.add(obj.i)
                targets += noun_targets(obj, pattern.cameo[:2])
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.lower_ in INTENT_ADJECTIVES:
        construction = "intent"
    if verb.dep_ == "xcomp" and lemma_of(verb.head) in WISHING_VERBS:
        construction = "intent"  # "has applied to join the convention", "plans to visit": not yet done
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
            future=is_future(verb),
            reciprocal=reciprocal,
            complement=complement,
            condition=condition_mark(verb),
            distant=tuple(actor_group(t) for t in _distant_names(verb, noun, skip)),
            distant_places=tuple(actor_group(t) for t in named_within(verb, skip, locative=True)),
        )
    )


def _distant_names(verb: Token, noun: Token | None, skip: set[int]) -> list[Token]:
    """Names deeper in the clause, for a recipient of last resort (see ``named_within``)."""
    names = (named_within(noun, deps={"prep"}) if noun is not None else []) + named_within(verb, skip)
    if verb.dep_ in {"advcl", "xcomp", "conj"} and verb.head.pos_ in {"VERB", "AUX"}:
        # "sent personnel to Bosnia to investigate ...", "launched fire against guerrilla camps,
        # killing 50": a purpose or a consequence is about whom its governing act is about
        names += named_within(verb.head, skip | {verb.i} | {t.i for t in verb.subtree})
    return names


def _commands_own_forces(verb: Token) -> bool:
    """ "ordered troops to ...", "instructed the army to ...": a command, not a request."""
    return lemma_of(verb) in COMMAND_VERBS and any(
        o.lemma_.lower() in FORCE_NOUNS for o in children_of(verb, "dobj"))


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
    speakers, _ = subjects_of(clause.head)
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
    relative = any(c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.lower_ in RELATIVE_PRONOUNS for c in verb.children) \
        or (lemma_of(verb) in RESPONSE_LEMMAS and not children_of(verb, "dobj", "ccomp", "xcomp"))  # "a proposal that Moscow rejected"
    if verb.dep_ in {"ccomp", "acl"} and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in REQUEST_NOUNS and not relative:
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
    governor = verb.head if verb.dep_ in {"advcl", "xcomp"} else None
    if governor is not None and any(o.lower_ in {"nothing", "little"} for o in children_of(governor, "dobj")):
        # "it would do nothing to stop the killing": not done
        return f"'{governor.text} nothing to ...': not done"
    if verb.dep_ == "relcl" and aux & {"would", "could", "might"} and verb.head.lemma_.lower() in DOCUMENT_NOUNS:
        # "two draft treaties that would bar Ukraine from membership": what a text would do
        return f"what the {verb.head.text} would do, not an act"
    top = verb
    while top.dep_ in {"xcomp", "conj"} and top.head.pos_ in {"VERB", "AUX"}:
        top = top.head
    if top.dep_ == "acl" and top.head.lemma_.lower() in DEADLINE_NOUNS:
        # "gave the two countries 48 hours to stop fighting": what the deadline asks for
        return f"asked for by a deadline ('{top.head.text} to ...'), not done"
    if top is not verb and top.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children) \
            and top.head.pos_ in {"VERB", "AUX"}:
        governor_pattern, _ = _match_verb(top.head, patterns)
        if governor_pattern is not None and not governor_pattern.discard:
            return f"part of a purpose of '{top.head.text}' ('to {top.text} ...'), which is the event"
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    if verb.dep_ == "advcl" and ("so" in marks or "lest" in marks) and aux & {"can", "could", "may", "might", "would", "will"}:
        # "wants to amend the treaty so that it can deploy a shield": a purpose, not an act
        return "a purpose ('so that ... can'), not an act"
    return None


DOCUMENT_NOUNS = {"treaty", "draft", "plan", "proposal", "law", "bill", "resolution", "agreement", "accord", "deal",
                  "text", "document", "measure", "amendment", "decree", "initiative"}
WISHING_VERBS = {"apply", "hope", "want", "plan", "intend", "wish", "aim", "expect"}
VERBAL_ROOTS = {"02", "03", "04", "05", "06", "09", "10", "11", "12", "13"}
QUANTITY_HEADS = {"many", "most", "some", "all", "part", "half", "bulk", "third", "rest", "majority", "thousand", "hundred"}
MODAL_WORDS = {"should", "would", "will", "must", "shall", "could", "can", "may", "might"}
DEADLINE_NOUNS = {"hour", "day", "week", "month", "deadline", "ultimatum"}
# --- event nouns -------------------------------------------------------------------------


