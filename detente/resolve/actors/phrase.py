"""Read one actor phrase into readings: who is named, with which code on the article's date.

A phrase is cut into pieces by a longest match against the lexicon (names, adjectives,
seats of government, organisations, agent nouns, people), conjunctions and prepositions.
Conjunctions split it into segments, one actor each ("Hungarian and Romanian officials"
-> "Hungarian" + "Romanian officials"; the trailing agent noun is shared), and a comma
followed by a title is an appositive of the name before it ("Samuel Berger, the U.S.
national security advisor"). Each segment is then read by the rules of ``_read_segment``.

This module knows nothing about the rest of the document: a name it cannot place is asked
of ``recall`` (the document's memory of names), and a bare description ("the minister",
"the rebels") comes back with ``needs_antecedent`` for the document to settle.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from detente.model import Actor
from detente.resolve.actors.lexicon import Entry, Lexicon, Spell, split_code
from detente.resolve.actors.words import Word

from detente.resolve.actors.phrase_words import (  # noqa: F401 (re-exported for other readers)
    ALLY_WORDS, BODY_STEMS, CONJUNCTIONS, COUNTRY_PREPOSITIONS, DEFINITE, ETHNIC_STEP, FAMILY_FIRST, HEAD_TITLES, HELD_THINGS, MODIFIER_PARTICIPLES, NON_STATE_BODIES, NOT_NAMES, OTHER_PREPOSITIONS, OWNED_THINGS, POSSESSIVES, STANCE_PREFIXES, SUBSTANCE_WORDS,
)


@dataclass(frozen=True)
class Reading:
    """One actor read from a phrase, with what coreference needs to know about it."""

    actor: Actor
    kind: str = "thing"  # person | group | thing (a country, organisation or place)
    title: str | None = None  # the agent noun that named a person's post ("minister")
    needs_antecedent: bool = False  # a bare description: the document must find who
    definite: bool = False  # began with "the"/"this": refers back rather than introduces
    name_keys: tuple[tuple[str, ...], ...] = ()  # keys under which a person is remembered
    person_key: str | None = None  # kb:... for people of the knowledge base


Recall = Callable[[tuple[str, ...]], "Reading | None"]


@dataclass
class _Piece:
    kind: str  # entry | name | conj | hyphen | poss | prep | word
    words: list[Word]
    entries: list[Entry] = field(default_factory=list)
    preposition: str = ""

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    def first(self, *kinds: str) -> Entry | None:
        for entry in self.entries:
            if entry.kind in kinds:
                return entry
        return None


def _pieces(words: Sequence[Word], lexicon: Lexicon) -> list[_Piece]:
    lowers = [w.lower for w in words]
    texts = [w.text for w in words]
    pieces: list[_Piece] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word.lower in POSSESSIVES:
            pieces.append(_Piece("poss", [word]))
            i += 1
            continue
        if word.lower in CONJUNCTIONS:
            pieces.append(_Piece("conj", [word]))
            i += 1
            continue
        if word.lower == "as" and lowers[i + 1 : i + 3] == ["well", "as"]:
            pieces.append(_Piece("conj", list(words[i : i + 3])))
            i += 3
            continue
        if word.text in COUNTRY_PREPOSITIONS or word.text in OTHER_PREPOSITIONS:
            # a lower-case preposition is never a name ("in" is also a Korean surname)
            pieces.append(_Piece("prep", [word], preposition=word.lower))
            i += 1
            continue
        length, entries = lexicon.longest(lowers, texts, i)
        if length and not word.is_capitalised:
            # people are written with capitals: "bush" or "rice" in lower case are not names
            entries = [e for e in entries if e.kind not in ("person", "surname")]
        if length and entries:
            pieces.append(_Piece("entry", list(words[i : i + length]), list(entries)))
            i += length
            continue
        if word.lower == "-":
            pieces.append(_Piece("hyphen", [word]))
        elif word.lower in COUNTRY_PREPOSITIONS or word.lower in OTHER_PREPOSITIONS:
            pieces.append(_Piece("prep", [word], preposition=word.lower))
        elif _looks_like_name(word):
            if pieces and pieces[-1].kind == "name":
                pieces[-1].words.append(word)
            else:
                pieces.append(_Piece("name", [word]))
        else:
            pieces.append(_Piece("word", [word]))
        i += 1
    return pieces


def _looks_like_name(word: Word) -> bool:
    if not word.is_capitalised or word.lower in NOT_NAMES:
        return False
    if word.pos:  # parsed: trust the tagger
        return word.pos == "PROPN"
    return True


def _countryish(piece: _Piece) -> bool:
    return piece.kind == "entry" and piece.first("country", "adjective", "seat") is not None


def _segments(pieces: list[_Piece]) -> list[tuple[str, list[_Piece]]]:
    """Split at conjunctions, and at hyphens between two countries ("Russian-U.S.").

    Each segment comes with the separator before it ("" for the first), so a comma can be
    told from "and" when appositives are joined back to their names.
    """
    segments: list[tuple[str, list[_Piece]]] = [("", [])]
    for index, piece in enumerate(pieces):
        is_split = piece.kind == "conj"
        if piece.kind == "hyphen":
            before = pieces[index - 1] if index else None
            after = pieces[index + 1] if index + 1 < len(pieces) else None
            is_split = bool(before and after and _countryish(before) and _countryish(after))
        if is_split:
            if segments[-1][1]:
                segments.append((piece.text, []))
            continue
        segments[-1][1].append(piece)
    return [(sep, seg) for sep, seg in segments if seg]


@dataclass
class _Facts:
    """What one segment says, gathered before the rules decide."""

    text: str = ""
    definite: bool = False
    country: Entry | None = None
    country_via: str = ""  # country | adjective | seat | possessive | preposition | person
    org: Entry | None = None
    agent: Entry | None = None
    title: Entry | None = None  # an agent noun naming a person's post
    person: Entry | None = None
    surnames: list[Entry] = field(default_factory=list)
    name_words: list[Word] = field(default_factory=list)
    path: list[str] = field(default_factory=list)
    country_words: str = ""  # the words that named the country ("Albanians")
    ethnic: bool = False  # "ethnic Albanians": a people, not the state of that name
    residence: Entry | None = None  # "Albanians of southern Serbia": where they live


def _gather(segment: list[_Piece]) -> _Facts:
    facts = _Facts(text=" ".join(p.text for p in segment))
    first_word = segment[0].words[0].lower if segment and segment[0].words else ""
    facts.definite = first_word in DEFINITE
    preposition = ""
    for index, piece in enumerate(segment):
        if piece.kind == "prep":
            # "up to 4,000 troops": a preposition before any name or noun is a quantifier
            if any(p.kind in ("entry", "name") for p in segment[:index]):
                preposition = piece.preposition
            elif piece.preposition in ("in", "at") and any(p.text.lower() in HELD_THINGS for p in segment[:index]):
                # "the agreement in Vienna", "talks in Geneva": where it was held, not who
                facts.path.append(f"'{' '.join(p.text for p in segment[:index])}' names a thing, not an actor")
                break
            continue
        if piece.kind == "name":
            if not preposition:
                facts.name_words.extend(piece.words)
            continue
        if piece.kind == "word" and piece.text.lower() == "ethnic" and facts.country is None:
            facts.ethnic = True
            continue
        if piece.text.lower() in ALLY_WORDS and facts.country is not None:
            # "Israel's militia ally in southern Lebanon": an ally is not the country it serves
            facts.path.append(f"'{facts.country_words} ... {piece.text}': an ally of {facts.country.country}, not it")
            facts.country, facts.country_words, facts.country_via = None, "", ""
            continue
        if piece.kind != "entry":
            continue
        if index >= 2 and segment[index - 1].kind == "hyphen" and segment[index - 2].text.lower() in STANCE_PREFIXES:
            # "an anti-Syria journalist", "pro-Western parties": a stance, not whose
            facts.path.append(f"'{segment[index - 2].text}-{piece.text}' is a stance")
            continue
        if _modifies_head(segment, index):
            facts.path.append(f"'{piece.text}' modifies the head ('{segment[index + 2].text}')")
            continue
        after_prep = bool(preposition)
        if after_prep and preposition not in COUNTRY_PREPOSITIONS:
            continue
        followed_by_poss = index + 1 < len(segment) and segment[index + 1].kind == "poss"
        # the entries come in precedence order: the first one decides how the words read
        primary = piece.entries[0].kind
        org = piece.first("org") if primary == "org" else None
        person = piece.first("person") if primary == "person" else None
        surname = piece.first("surname") if primary == "surname" else None
        country = piece.first("country", "adjective", "seat") if primary in ("country", "adjective", "seat") else None
        agent = piece.first("agent") if primary == "agent" else None
        if country is not None and country.kind != "adjective":
            # "Russian" read both as an imported country name and a built-in adjective:
            # the adjective reading lets it share an agent noun ("Russian and U.S. troops")
            country = next((e for e in piece.entries if e.kind == "adjective" and e.country == country.country), country)
        if person and not after_prep:
            facts.person = facts.person or person
        elif surname and not after_prep and not (org or country):
            facts.surnames.extend(e for e in piece.entries if e.kind == "surname")
        elif org and not (after_prep and facts.org):
            # "human rights watchdog Amnesty International": the name beats the description
            if not facts.org or (all(s.code == "NGO" for s in facts.org.spells) and not after_prep):
                facts.org = org
        elif country:
            if (facts.country is not None and after_prep and preposition in ("in", "of") and facts.residence is None
                    and country.kind == "country"):
                facts.residence = country
            if facts.country is None or (followed_by_poss and not after_prep):
                facts.country = country
                facts.country_words = piece.text
                facts.country_via = "possessive" if followed_by_poss else ("preposition" if after_prep else country.kind)
        elif agent and after_prep and preposition == "of" and facts.agent is not None and facts.agent.name in HEAD_TITLES:
            # "the head of Ukraine's security service": the head of a service is of the service
            facts.agent = agent
        elif agent and not after_prep:
            if _condition_of(segment, index) or _substance(segment, index):
                continue  # "a state of emergency", "West Darfur State": no actor
            if facts.agent is not None and piece.text.lower() in OWNED_THINGS:
                continue  # "rebel positions", "police patrol": the owner's agent stands
            facts.agent = agent
            if agent.number == "person" and facts.title is None:
                facts.title = agent
    return facts


def _substance(segment: list[_Piece], index: int) -> bool:
    """ "a nerve agent", "chemical agents": a substance, not a spy."""
    return segment[index].text.lower().startswith("agent") and index > 0 and segment[index - 1].text.lower() in SUBSTANCE_WORDS


def _condition_of(segment: list[_Piece], index: int) -> bool:
    """ "state" as a condition ("state of emergency") or inside a place name."""
    piece = segment[index]
    if piece.text.lower() != "state":
        return False
    if piece.text == "State" and index > 0 and segment[index - 1].kind == "name":
        return True
    rest = segment[index + 1 : index + 3]
    return len(rest) == 2 and rest[0].kind == "prep" and rest[0].preposition == "of" and rest[1].kind == "word"


def _modifies_head(segment: list[_Piece], index: int) -> bool:
    """ "NATO - member Norway": the entry, a hyphen, a modifier participle, then more."""
    rest = segment[index + 1 :]
    return (
        len(rest) >= 3
        and rest[0].kind == "hyphen"
        and rest[1].text.lower() in MODIFIER_PARTICIPLES
        and any(p.kind in ("entry", "name") for p in rest[2:])
    )


def _code_for_person(entry: Entry, day: date, facts: _Facts) -> tuple[str | None, list[str]]:
    path = [entry.key]
    spell = entry.spell_at(day)
    if spell is not None:
        path.append(f"role: {spell.describe()}")
        return spell.code, path
    title_code = _title_code(facts)
    if title_code:
        path.append(f"no role in force on {day.isoformat()}; title -> {title_code}")
        return title_code, path
    nearest = entry.nearest_spell(day)
    if nearest is None:
        return None, path + ["no role in the knowledge base"]
    country, _ = split_code(nearest.code)
    if country is None:  # an international post out of office: no country to fall back on
        return None, path + [f"no role in force on {day.isoformat()}"]
    path.append(f"no role in force on {day.isoformat()}; nearest {nearest.describe()}; former official -> {country}ELI")
    return f"{country}ELI", path


def _title_code(facts: _Facts) -> str | None:
    """Country (or organisation) + agent from the words around a name."""
    if facts.org is not None:
        return facts.org.spells[0].code if len(facts.org.spells) == 1 else None
    if facts.country is not None:
        agent = facts.agent.agent if facts.agent else None
        if agent is None and facts.country.kind == "seat":
            agent = "GOV"
        # no agent: the country alone ("Iraqi Kurds" -> IRQ), as CAMEO codes a national
        return f"{facts.country.country}{agent or ''}"
    return None


def _org_code(org: Entry, day: date) -> tuple[str | None, Spell | None]:
    spell = org.spell_at(day) or org.nearest_spell(day)
    return (spell.code if spell else None), spell


def _surname_person(facts: _Facts, day: date) -> Entry | None:
    """A surname alone names a KB person only when one such person held a role that day."""
    builtin = [e for e in facts.surnames if not e.imported]
    if builtin and len(builtin) < len(facts.surnames):
        # the knowledge base first; imported people only where it knows nobody in office
        found = _surname_person(replace(facts, surnames=builtin), day)
        if found is not None:
            return found
    by_key: dict[str, Entry] = {}
    for entry in facts.surnames:
        by_key.setdefault(entry.key, entry)
    if len(by_key) == 1:
        (only,) = by_key.values()
        # "Ali" in 2023 is not Ben Ali, out of office since 2011: a surname alone names
        # someone out of office only close to their time in it
        # (a title says who is meant: "President Obama" stays Obama whatever the date)
        near = only.spell_at(day) is not None or _years_from_office(only, day) <= SURNAME_REACH_YEARS
        return only if near or facts.title is not None else None
    in_office = [e for e in by_key.values() if e.spell_at(day) is not None]
    title_code = _title_code(facts)
    if title_code and len(in_office) > 1:
        in_office = [e for e in in_office if e.spell_at(day).code.startswith(title_code[:3])]
    if facts.title is not None and len(in_office) > 1:
        titled = [e for e in in_office if facts.title.name in (e.spell_at(day).label or "")]
        in_office = titled or in_office
    if len(in_office) > 1 and len({e.spell_at(day).code for e in in_office}) == 1:
        # two Ivanovs in the Russian government in 2000: who is unclear, whose is not
        first = in_office[0]
        names = " or ".join(e.name for e in in_office)
        return replace(first, key=f"ambiguous: {names} (same code on {day.isoformat()})",
                       name=first.name.split()[-1], spells=(first.spell_at(day),))
    if len(in_office) == 1:
        return in_office[0]
    if not in_office:
        # nobody of that name in office that day ("President Bush" in 2000, between the
        # two): when all the namesakes served one country, the nearest in time stands in
        return _nearest_compatriot(list(by_key.values()), day)
    return None


SURNAME_REACH_YEARS = 6


def _years_from_office(entry: Entry, day: date) -> float:
    spell = entry.nearest_spell(day)
    if spell is None:
        return float("inf")
    if spell.end is not None and day > spell.end:
        return (day - spell.end).days / 365.25
    if spell.start is not None and day < spell.start:
        return (spell.start - day).days / 365.25
    return 0.0


def _nearest_compatriot(people: list[Entry], day: date) -> Entry | None:
    nearest = [(p, p.nearest_spell(day)) for p in people]
    nearest = [(p, s) for p, s in nearest if s is not None]
    countries = {split_code(s.code)[0] for _, s in nearest}
    if not nearest or len(countries) != 1 or None in countries:
        return None

    def gap(item) -> int:
        spell = item[1]
        if spell.end is not None and spell.end < day:
            return (day - spell.end).days
        if spell.start is not None and spell.start > day:
            return (spell.start - day).days
        return 0

    return min(nearest, key=gap)[0]


def _actor(text: str, name: str | None, code: str | None, path: Sequence[str]) -> Actor:
    country, agent = split_code(code) if code else (None, None)
    return Actor(text=text, name=name, code=code, country=country, agent=agent, path=tuple(path))


def _read_segment(facts: _Facts, day: date, recall: Recall, country_names: dict[str, str]) -> Reading:
    text = facts.text
    title = facts.title.name if facts.title else None
    # 1. a person: a full name from the knowledge base, a remembered name, or a surname
    name_key = tuple(w.lower for w in facts.name_words)
    person = facts.person
    if person is None and facts.surnames and not facts.name_words:
        surname_text = facts.surnames[0].name.split()[-1].lower()
        surname_key = (surname_text,)
        remembered = recall(surname_key)
        if remembered is not None and remembered.kind == "person":
            return replace(remembered, actor=replace(remembered.actor, text=text, path=remembered.actor.path + (f"coref: '{text}' -> {remembered.actor.name}",)), definite=False)
        person = _surname_person(facts, day)
    if person is not None:
        code, path = _code_for_person(person, day, facts)
        words = person.name.lower().split()
        keys = {tuple(words), (words[-1],)}
        if len(words) > 1 and any(spell.code[:3] in FAMILY_FIRST for spell in person.spells):
            keys.add((words[0],))  # "Wang Yi" ... "Wang"
        return Reading(
            actor=_actor(text, person.name, code, path),
            kind="person",
            title=title,
            name_keys=tuple(sorted(keys)),
            person_key=person.key,
        )
    if facts.name_words:
        remembered = recall(name_key) or (recall(name_key[-1:]) if len(name_key) > 1 else None)
        if remembered is not None and remembered.kind == "person":
            path = remembered.actor.path + (f"coref: '{text}' -> {remembered.actor.name}",)
            return replace(remembered, actor=replace(remembered.actor, text=text, path=path))
        if facts.title is not None or facts.org is not None or facts.country is not None:
            # a person not in the knowledge base, coded from the title around the name
            name = " ".join(w.text for w in facts.name_words)
            code = _title_code(facts)
            path = [f"title: {_describe_title(facts)} -> {code}" if code else f"title: {_describe_title(facts)} (no country)"]
            keys = {name_key, name_key[-1:]}
            # "Iraqi Kurds": a capitalised plural with no title is a people, not a person
            # ... and "Kenya Anti-Corruption Commision" (misspelt, so no organisation) is a body
            body = any(w.lower.rstrip(".").startswith(BODY_STEMS) for w in facts.name_words)
            is_person = facts.title is not None or (facts.agent is None and not name.endswith("s") and not body)
            return Reading(
                # "the main Hutu rebel group": the title's role stands even with no country
                actor=replace(_actor(text, name, code, path), agent=facts.agent.agent) if code is None and facts.agent
                else _actor(text, name, code, path),
                kind="person" if is_person else "group",
                title=title,
                name_keys=tuple(sorted(keys)) if is_person else (),
            )
        if facts.agent is None:
            return Reading(actor=Actor(text=text, path=("unresolved: unknown name",)))
        # "Darfur rebels", "Moslem fundamentalist demonstrators": an unknown name before an
        # agent noun still says what the actor is; whose it is, the document decides

    # 2. an organisation
    if facts.org is not None:
        code, spell = _org_code(facts.org, day)
        path = [facts.org.key]
        if spell is not None and (spell.start or spell.end):
            path.append(f"spell: {spell.describe()}")
        kind = "group" if facts.agent is not None and facts.agent.number == "group" else "thing"
        return Reading(actor=_actor(text, facts.org.name, code, path), kind=kind, title=title)
    # 3. a country with or without an agent noun
    if facts.country is not None:
        iso3 = facts.country.country
        name = country_names.get(iso3, facts.country.name)
        agent = facts.agent.agent if facts.agent else None
        via = facts.country_via
        path = [f"{facts.country.key} ({via})"]
        people = via == "adjective" and (facts.ethnic or (agent is None and facts.country_words.lower().endswith("s")))
        if people and facts.residence is not None and facts.residence.country != iso3:
            # CAMEO codes a people by where it lives: "ethnic Albanians in Macedonia" -> MKD
            iso3 = facts.residence.country
            name = country_names.get(iso3, facts.residence.name)
            path.append(f"{ETHNIC_STEP} living in {facts.residence.name} -> {iso3}")
        elif facts.ethnic:
            path.append(f"{ETHNIC_STEP}: where it lives decides (the event's place, if named)")
        if agent:
            path.append(f"agent: '{facts.agent.name}' -> {agent}")
            kind = "person" if facts.agent.number == "person" else "group"
            reading = Reading(actor=_actor(text, name, f"{iso3}{agent}", path), kind=kind, title=title, definite=facts.definite)
            if kind == "person" and facts.definite:
                # "the Russian official": may be a person met earlier; the document decides
                return replace(reading, needs_antecedent=True)
            return reading
        if facts.country.kind == "seat":
            path.append("seat of government -> GOV")
            return Reading(actor=_actor(text, name, f"{iso3}GOV", path))
        kind = "group" if via == "adjective" and text.lower().endswith("s") else "thing"
        return Reading(actor=_actor(text, name, iso3, path), kind=kind)
    # 4. an agent noun alone: a description of someone the document has named; a
    # non-governmental body with no country is transnational ("a human rights group": NGOHRI)
    if facts.agent is not None and facts.agent.agent in NON_STATE_BODIES:
        code = "NGO" + (facts.agent.agent if facts.agent.agent != "NGO" else "")
        return Reading(actor=_actor(text, None, code, [f"agent: '{facts.agent.name}' -> {facts.agent.agent}",
                                                        f"a non-governmental body with no country -> {code}"]), kind="group")
    if facts.agent is not None:
        kind = "person" if facts.agent.number == "person" else "group"
        return Reading(
            actor=Actor(text=text, agent=facts.agent.agent,
                        path=tuple(step for step in facts.path if "an ally of" in step) + (f"agent: '{facts.agent.name}' -> {facts.agent.agent}",)),
            kind=kind,
            title=title,
            needs_antecedent=True,
            definite=facts.definite,
        )
    return Reading(actor=Actor(text=text, path=("unresolved",)))


def _describe_title(facts: _Facts) -> str:
    parts = []
    if facts.org is not None:
        parts.append(facts.org.name)
    if facts.country is not None:
        parts.append(facts.country.name)
    if facts.agent is not None:
        parts.append(facts.agent.name)
    return " ".join(parts) or "?"


def _is_title_only(facts: _Facts) -> bool:
    return (
        not facts.name_words
        and facts.person is None
        and not facts.surnames
        and facts.title is not None
    )


def _is_name_only(facts: _Facts) -> bool:
    return (facts.person is not None or facts.surnames or facts.name_words) and facts.title is None and facts.agent is None


def _merge(into: _Facts, extra: _Facts) -> _Facts:
    """An appositive's title completes the name before it."""
    into.text = f"{into.text}, {extra.text}"
    into.country = into.country or extra.country
    into.country_via = into.country_via or extra.country_via
    into.org = into.org or extra.org
    into.agent = into.agent or extra.agent
    into.title = into.title or extra.title
    return into


def read_phrase(
    words: Sequence[Word],
    *,
    lexicon: Lexicon,
    day: date,
    recall: Recall,
    country_names: dict[str, str],
) -> list[Reading]:
    """One reading per actor named in the phrase (at least one, unresolved if need be)."""
    pieces = _pieces(words, lexicon)
    if not any(p.kind in ("entry", "name") for p in pieces):
        text = " ".join(w.text for w in words).strip(" ,.;:")
        return [Reading(actor=Actor(text=text, path=("unresolved",)))]
    merged: list[_Facts] = []
    for separator, segment in _segments(pieces):
        facts = _gather(segment)
        if separator == "," and merged and _is_title_only(facts) and _is_name_only(merged[-1]):
            _merge(merged[-1], facts)
            continue
        merged.append(facts)
    _share_agents(merged)
    _leader_modifiers(merged, day)
    readings = [_read_segment(f, day, recall, country_names) for f in merged]
    return readings


def _share_agents(segments: list[_Facts]) -> None:
    """"Hungarian and Romanian officials": the last segment's agent noun serves the adjectives."""
    if len(segments) < 2:
        return
    last = segments[-1]
    if last.agent is None or last.country is None or last.person or last.name_words or last.org:
        return
    for facts in segments[:-1]:
        if facts.country is not None and facts.country_via == "adjective" and facts.agent is None and facts.org is None:
            facts.agent = last.agent
            facts.title = last.title


def _leader_modifiers(segments: list[_Facts], day: date) -> None:
    """"Clinton administration officials", "Putin's government": the leader's country + agent."""
    for facts in segments:
        candidate = facts.person
        if candidate is None and len({e.key for e in facts.surnames}) >= 1:
            candidate = _surname_person(facts, day)
        if candidate is None or facts.agent is None or facts.agent.number != "group" or facts.name_words:
            continue
        spell = candidate.spell_at(day) or candidate.nearest_spell(day)
        country = split_code(spell.code)[0] if spell else None
        if country is None:
            continue
        facts.country = Entry("country", f"{candidate.key} as modifier", candidate.name, (), country=country)
        facts.country_via = "leader"
        facts.person = None
        facts.surnames = []
