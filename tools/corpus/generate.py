"""Grow the training corpus from the project's own template parts, reproducibly.

    python tools/corpus/generate.py [--out detente/classify/data/generated_templates.jsonl]

A fixed seed (SEED) and fixed quotas make the output identical on every run; the
committed file is checked against a fresh run in tests/test_corpus.py. Frames give the
hard cases their labels by the project's conventions: negated events are NONE, refusals
REJECT, promised cooperative acts AGREE (announced retreats CONCEDE), threatened conflict
acts THREATEN, appeals REQUEST, and in "X said Y did Z" the pair (X, Y) is NONE.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import parts  # noqa: E402
from build_handwritten import _strip_spans  # noqa: E402
from nonevents import METAPHORS, NO_EVENTS  # noqa: E402
from verbs import PHRASES, Phrase  # noqa: E402

SEED = 20260517
DEFAULT_OUT = HERE.parent.parent / "detente" / "classify" / "data" / "generated_templates.jsonl"
ALTERNATION = re.compile(r"\(([^()<>]*\|[^()<>]*)\)")
SLOT = re.compile(r"<([A-Za-z_]+)>")

COOPERATIVE_INTENT = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033"}
THREAT_OF = {  # conflict act -> (CAMEO, THREATEN mode) for "threatened to <act>"
    "ASSAULT": ("138", "violence"), "MOBILIZE": ("138", "violence"),
    "COERCE": ("130", None), "SANCTION": ("131", None),
}
REQUEST_OF = {  # act asked for -> (CAMEO, REQUEST mode)
    "RETREAT": ("025", "yield"), "CONCEDE": ("025", "yield"), "CONSULT": ("026", "meet"),
    "AID": ("023", "assist"), "COOPERATE": ("021", "assist"), "SUPPORT": ("022", "assist"),
}
REFUSAL_OF = {  # act refused -> (CAMEO, REJECT mode)
    "CONSULT": ("125", "meet"), "COOPERATE": ("121", "assist"), "AID": ("121", "assist"),
    "SUPPORT": ("120", None), "RETREAT": ("124", "yield"), "CONCEDE": ("124", "change"),
}
# Types whose state-to-state sentences mostly come from real rivalries, so that "X shelled Y"
# reads like news; and types that are mostly domestic (protesters against their own government).
DYAD_TYPES = ("ASSAULT", "MOBILIZE", "THREATEN", "SANCTION", "ACCUSE")
DOMESTIC_TYPES = ("PROTEST", "COERCE", "CONCEDE")
FUTURE_TIMES = ["", "", "", " next month", " next week", " later this year", " before the end of the year",
                " within weeks", " in the coming days"]
MATERIAL_CONFLICT = ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST")

ANALYSIS_PREFIXES = [
    "In the clearest sign yet that relations have soured",
    "Three years after the crisis began",
    "Despite repeated warnings from its closest allies",
    "In a move that caught many diplomats by surprise",
    "After months of quiet pressure behind the scenes",
    "Reversing a policy that had stood for more than a decade",
    "Against the backdrop of a deepening economic crisis at home",
    "With elections less than a year away",
    "Seen by many analysts as a test of the new government's resolve",
    "Barely a week after the summit ended",
]
ANALYSIS_SUFFIXES = [
    ", a step that could reshape the balance of power in the region",
    ", a decision likely to deepen the rift between the two sides",
    ", according to analysts who follow the conflict closely",
    ", though it remains unclear how long the shift will last",
    ", underlining how quickly the situation has changed since the spring",
    "",
]
STATEMENT_SOURCES = [
    "The Ministry of Foreign Affairs of <country>", "The Government of <country>",
    "The Office of the President of <country>", "The <adj> Ministry of Defence",
    "The <adj> Embassy in <capital2>", "The Permanent Mission of <country> to the United Nations",
]
SPEAKERS = [
    "a government spokesman", "the foreign ministry", "officials in <capital>",
    "a senior diplomat", "the <adj> defence ministry", "a military spokesman", "witnesses",
]


def _expand(template: str, rng: random.Random) -> str:
    while (match := ALTERNATION.search(template)) is not None:
        choice = rng.choice(match.group(1).split("|"))
        template = template[: match.start()] + choice + template[match.end():]
    return template


def _marked(phrase_text: str) -> str:
    return phrase_text.replace("{T}", "{<T>}").replace("{S}", "[<S>]")


class Actors:
    """Draws actor phrases of a kind, keeping leaders to their years in office."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def country(self, *, avoid: set[str]) -> tuple[str, str, str]:
        while True:
            row = self.rng.choice(parts.COUNTRIES)
            if row[0] not in avoid:
                return row

    def leader(self, name: str, year: int) -> str | None:
        options = [lead for lead, country, start, end in parts.LEADERS if country == name and start <= year <= end]
        return self.rng.choice(options) if options else None

    def draw(self, kind: str, *, year: int, avoid: set[str], force: str | None = None) -> tuple[str, bool, str | None, set[str]]:
        """(text, plural, country, tags) for an actor of this kind (of country `force` if given)."""
        rng = self.rng
        name, adj, capital = self.country(avoid=avoid)
        if force is not None:
            name, adj, capital = next(row for row in parts.COUNTRIES if row[0] == force)
        if kind == "lead":
            lead = self.leader(name, year)
            if lead and rng.random() < 0.8:
                return (f"{adj} {lead}" if rng.random() < 0.6 else lead), False, name, {"title"}
            role = rng.choice(["president", "prime minister", "foreign minister", "defence minister"])
            return f"the {adj} {role}", False, name, set()
        if kind == "gov":
            choice = rng.randrange(7)
            if choice == 0:
                return self.draw("lead", year=year, avoid=avoid, force=name)
            return [
                (name, False), (capital, False), (f"the {adj} government", False),
                (f"the {adj} foreign ministry", False), (f"{adj} officials", True), (name, False),
            ][choice - 1] + (name, set())
        if kind == "state":
            return name, False, name, set()
        if kind == "cap":
            return capital, False, name, set()
        if kind == "mil":
            text, plural = rng.choice([
                (f"{adj} troops", True), (f"the {adj} army", False), (f"{adj} forces", True),
                (f"{adj} warplanes", True), (f"the {adj} navy", False), (f"{adj} soldiers", True),
            ])
            return text, plural, name, set()
        if kind == "pol":
            text, plural = rng.choice([
                (f"{adj} police", True), (f"riot police in {capital}", True),
                (f"{adj} security forces", True), (f"the {adj} interior ministry", False),
            ])
            return text, plural, name, set()
        if kind == "igo":
            full, short = rng.choice(parts.IGOS)
            return (short if short and rng.random() < 0.4 else full), False, None, set()
        if kind == "reb":
            rebels, country = rng.choice(parts.REBELS)
            return rebels, rebels.endswith("s") and rebels != "Hamas", country, set()
        if kind == "ngo":
            return rng.choice(parts.NGOS), False, None, set()
        if kind == "prot":
            group = rng.choice(parts.PROTESTER_GROUPS)
            group = group[0].lower() + group[1:]
            if rng.random() < 0.4:
                group += f" in {capital}"
            return group, True, name, set()
        if kind == "opp":
            text, plural = rng.choice([
                (f"the {adj} opposition", False), (f"{adj} opposition leaders", True),
                (f"the main {adj} opposition party", False),
            ])
            return text, plural, name, set()
        if kind == "people":
            text, plural = rng.choice(parts.PEOPLE_TARGETS)
            return text, plural, None, set()
        if kind == "crowd":
            return rng.choice(["civilians", "villagers", "soldiers", "police officers", "pilgrims", "protesters", "militants"]), True, None, set()
        if kind == "place":
            text = rng.choice([
                name, f"the outskirts of {capital}", f"{adj} army positions", f"border villages in {name}",
                f"a market in {capital}", f"the disputed border region with {name}", f"{adj} territory",
            ])
            return text, text.endswith("positions") or text.startswith("border villages"), name, set()
        raise ValueError(f"unknown actor kind {kind!r}")


def _time(rng: random.Random, year: int) -> str:
    return rng.choice([
        "", "", "", f" on {rng.choice(parts.WEEKDAYS)}", f" late on {rng.choice(parts.WEEKDAYS)}",
        " last week", f" in {rng.choice(parts.MONTHS)} {year}", " earlier this month",
        f" on {rng.choice(parts.WEEKDAYS)} morning", " for the first time in years",
    ])


def _third_person(bare: str) -> str:
    verb, _, rest = bare.partition(" ")
    irregular = {"be": "is", "have": "has", "do": "does"}
    if verb in irregular:
        verb = irregular[verb]
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        verb += "es"
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        verb = verb[:-1] + "ies"
    else:
        verb += "s"
    return f"{verb} {rest}".strip()


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.actors = Actors(self.rng)
        self.seen: set[str] = set()
        self.rows: list[dict] = []

    # -- rendering -------------------------------------------------------------
    def _emit(self, marked: str, values: dict[str, str], *, plover: str, mode, cameo, register: str, tags: set[str]) -> bool:
        marked = _expand(marked, self.rng)
        marked = SLOT.sub(lambda m: values[m.group(1)], marked)
        marked = re.sub(r"\s+([,.])", r"\1", marked).replace(" ,", ",")
        marked = re.sub(r"s([\]}]?)'s\b", r"s\1'", marked)
        marked = marked[0].upper() + marked[1:] if marked[0] not in "[{" else marked[0] + marked[1].upper() + marked[2:]
        text, source, target = _strip_spans(marked, Path("generate.py"), 0)
        if text in self.seen or not 8 <= len(text.split()) <= 60:
            return False
        self.seen.add(text)
        self.rows.append({
            "id": f"gen-{len(self.rows) + 1:05d}", "text": text, "source": source, "target": target,
            "plover": plover, "mode": mode, "cameo": cameo, "register": register,
            "tags": sorted(tags), "origin": "generated",
        })
        return True

    def _pair(self, plover: str, phrase: Phrase, year: int) -> tuple[dict[str, str], dict[str, bool], set[str]]:
        rng = self.rng
        s_kind = rng.choice(phrase.sources)
        s_force = t_force = None
        if plover in DYAD_TYPES and rng.random() < 0.7:
            s_force, t_force = rng.sample(rng.choice(parts.CONFLICT_DYADS), 2)
        s_text, s_plural, s_country, s_tags = self.actors.draw(s_kind, year=year, avoid=set(), force=s_force)
        if plover in DOMESTIC_TYPES and s_country:
            t_force = s_country
        t_text, t_plural, _, t_tags = self.actors.draw(rng.choice(phrase.targets), year=year, avoid={s_country} if s_country else set(), force=t_force)
        tags = set(s_tags) | set(t_tags)
        name, adj, capital = self.actors.country(avoid={s_country} if s_country else set())
        s_row = next((row for row in parts.COUNTRIES if row[0] == s_country), (name, adj, capital))
        values = {"S": s_text, "T": t_text, "s_country": s_row[0], "s_adj": s_row[1], "country": name, "adj": adj, "capital": capital,
                  "capital2": self.actors.country(avoid=set())[2], "time": _time(rng, year),
                  "reporter": rng.choice(parts.REPORTERS), "weekday": rng.choice(parts.WEEKDAYS),
                  "pron": "they" if s_plural else "he" if s_kind == "lead" or "title" in s_tags else "it", "be": "were" if t_plural else "was",
                  "speaker": rng.choice(SPEAKERS).replace("<adj>", adj).replace("<capital>", capital)}
        return values, {"S": s_plural, "T": t_plural}, tags

    # -- event frames ----------------------------------------------------------
    def event(self, plover: str, phrase: Phrase, frame: str) -> bool:
        rng = self.rng
        year = rng.randint(1990, 2026)
        values, plural, tags = self._pair(plover, phrase, year)
        vp = _marked(phrase.past)
        register = "wire"
        if phrase.event_noun:
            tags.add("event_noun")
        if frame == "plain":
            marked = f"[<S>] {vp}<time>."
        elif frame == "tail":
            marked = f"[<S>] {vp}<time>, <reporter>."
        elif frame == "lead_time":
            marked = f"On <weekday>, [<S>] {vp}."
        elif frame == "passive":
            if phrase.passive is None:
                return False
            marked = f"{{<T>}} <be> {_marked(phrase.passive)}<time>."
            tags.add("passive")
        elif frame == "reported":
            marked = f"<speaker> said [<S>] {vp}<time>."
            tags.add("reported_speech")
        elif frame == "analysis":
            marked = f"{rng.choice(ANALYSIS_PREFIXES)}, [<S>] {vp}<time>{rng.choice(ANALYSIS_SUFFIXES)}."
            register = "analysis"
        elif frame == "statement":
            source = rng.choice(STATEMENT_SOURCES).replace("<country>", values["s_country"]).replace("<adj>", values["s_adj"]).replace("<capital2>", values["capital2"])
            if plover in MATERIAL_CONFLICT or plover in ("RETREAT", "AID", "COOPERATE"):
                marked = f"{source} confirmed that [<S>] {vp}<time>."
                tags.add("reported_speech")
            else:
                values["S"] = source
                adverbs = ["", "today ", "firmly ", "strongly "] if plover in ("ACCUSE", "REJECT", "THREATEN") else ["", "today ", "warmly "] if plover == "SUPPORT" else ["", "today "]
                marked = f"[<S>] {rng.choice(adverbs)}{_marked(_third_person(phrase.base))}."
            register = "statement"
        elif frame == "conjoined":
            other, _, _, _ = self.actors.draw(rng.choice(phrase.sources), year=year, avoid=set())
            if other == values["S"]:
                return False
            values["S"] = f"{values['S']} and {other}"
            marked = f"[<S>] {vp}<time>."
            tags.add("conjoined")
        elif frame == "appositive":
            name, adj, capital = self.actors.country(avoid=set())
            lead = self.actors.leader(name, year)
            if lead is None:
                return False
            title, person = _split_title(lead)
            values["S"] = person
            possessive = f"{name}'s" if not name.startswith("the ") else f"{name}'s"
            marked = f"[<S>], {possessive} {title}, {vp}<time>."
            tags |= {"appositive", "title"}
        else:
            raise ValueError(frame)
        return self._emit(marked, values, plover=plover, mode=phrase.mode, cameo=phrase.cameo, register=register, tags=tags)

    # -- transformed frames (hard cases) ---------------------------------------
    def transformed(self, plover: str, phrase: Phrase, kind: str) -> bool:
        rng = self.rng
        year = rng.randint(1990, 2026)
        values, plural, tags = self._pair(plover, phrase, year)
        base = _marked(phrase.base)
        past = _marked(phrase.past)
        register = rng.choice(["wire", "wire", "analysis"]) if kind != "statement_intent" else "statement"
        if kind == "intent":
            verb = rng.choice(["said <pron> would", "promised to", "agreed to", "pledged to", "offered to",
                               "said <pron> <is> prepared to", "plans to", "will", "is expected to"])
            verb = verb.replace("<is>", "were" if plural["S"] else "was")
            if verb in ("plans to", "will", "is expected to") and plural["S"]:
                verb = {"plans to": "plan to", "will": "will", "is expected to": "are expected to"}[verb]
            label, cameo, mode = "AGREE", COOPERATIVE_INTENT.get(plover), None
            if plover == "RETREAT":
                label, cameo, mode = "CONCEDE", None, None
            values["time"] = rng.choice(FUTURE_TIMES)
            marked = f"[<S>] {verb} {base}<time>."
            tags.add("intent")
        elif kind == "threat":
            values["time"] = rng.choice(FUTURE_TIMES)
            verb = rng.choice(["threatened to", "warned <pron> would", "warned that <pron> could", "vowed to"])
            cameo, mode = THREAT_OF[plover]
            if plover == "COERCE" and phrase.mode == "arrest":
                mode = "arrest"
            label = "THREATEN"
            marked = f"[<S>] {verb} {base}<time>."
            tags.add("intent")
        elif kind == "request":
            asker_kind = rng.choice(["igo", "gov", "ngo"])
            asker, _, _, _ = self.actors.draw(asker_kind, year=year, avoid=set())
            values["X"] = asker
            verb = rng.choice(["urged", "called on", "asked", "pressed", "appealed to"])
            label, (cameo, mode) = "REQUEST", REQUEST_OF[plover]
            inner = base.replace("{<T>}", "<T>")
            marked = f"[<X>] {verb} {{<S>}} to {inner}<time>."
        elif kind == "refusal":
            verb = rng.choice(["refused to", "would not", "declined to", "has refused to"])
            label, (cameo, mode) = "REJECT", REFUSAL_OF[plover]
            marked = f"[<S>] {verb} {base}<time>, <reporter>."
            tags.add("refusal")
        elif kind == "negation":
            verb = rng.choice(["did not", "did not", "never", "has not yet"])
            if verb == "never":
                marked = f"[<S>] never {past}, <reporter>."
            elif verb == "has not yet":
                marked = f"There is no evidence that [<S>] {past}<time>, <reporter>."
            else:
                marked = f"[<S>] did not {base}<time>, <reporter>."
            label, cameo, mode = "NONE", None, None
            tags.add("negation")
        elif kind == "deny":
            marked = f"[<S>] denied (reports|claims|allegations) that <pron> {past}."
            label, cameo, mode = "NONE", "016", None
            tags.add("negation")
        elif kind == "reported_pair":
            speaker, _, _, s_tags = self.actors.draw(rng.choice(["gov", "igo", "ngo"]), year=year, avoid=set())
            values["X"] = speaker
            inner = past.replace("{<T>}", "<T>")
            marked = f"[<X>] said {{<S>}} {inner}<time>."
            label, cameo, mode = "NONE", "010", None
            tags = {"reported_speech"} | s_tags
        elif kind == "condemn_after":
            critic, _, _, c_tags = self.actors.draw(rng.choice(["gov", "igo", "ngo"]), year=year, avoid=set())
            values["X"] = critic
            inner = past.replace("{<T>}", "<T>")
            verb = rng.choice(["condemned", "criticised", "denounced", "accused"])
            link = "of acting illegally after" if verb == "accused" else "after"
            marked = f"[<X>] {verb} {{<S>}} {link} <pron> {inner}<time>."
            label, cameo, mode = "ACCUSE", "112" if verb == "accused" else "111", "disapprove"
            tags = set(c_tags)
        else:
            raise ValueError(kind)
        return self._emit(marked, values, plover=label, mode=mode, cameo=cameo, register=register, tags=tags)

    def nonevent(self, template: str, tags: tuple[str, ...]) -> bool:
        year = self.rng.randint(1990, 2026)
        name, adj, capital = self.actors.country(avoid=set())
        name2, adj2, capital2 = self.actors.country(avoid={name})
        values = {"country": name, "adj": adj, "capital": capital, "country2": name2, "adj2": adj2,
                  "capital2": capital2, "weekday": self.rng.choice(parts.WEEKDAYS), "year": str(year),
                  "month": self.rng.choice(parts.MONTHS), "n": str(self.rng.randint(2, 9))}
        return self._emit(template, values, plover="NONE", mode=None, cameo=None,
                          register=self.rng.choice(["wire", "wire", "analysis"]), tags=set(tags))


def _split_title(lead: str) -> tuple[str, str]:
    """'Foreign Minister Sergei Lavrov' -> ('foreign minister', 'Sergei Lavrov')."""
    for title in ("Secretary of State", "Foreign Minister", "Prime Minister", "Crown Prince", "President", "Chancellor", "King", "leader"):
        if lead.startswith(title + " "):
            return title.lower() if title != "Secretary of State" else "secretary of state", lead[len(title) + 1:]
    return "leader", lead


EVENT_FRAMES = ["plain"] * 4 + ["tail"] * 2 + ["lead_time", "passive", "passive", "reported", "reported",
                                              "analysis", "analysis", "statement", "conjoined", "appositive"]
PER_TYPE = 115
TRANSFORM_QUOTAS = {  # kind -> (source types, rows)
    "intent": (("CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT"), 190),
    "threat": (tuple(THREAT_OF), 120),
    "request": (tuple(REQUEST_OF), 100),
    "refusal": (tuple(REFUSAL_OF), 100),
    "negation": (("CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "ACCUSE", "PROTEST", "SANCTION",
                  "MOBILIZE", "COERCE", "ASSAULT"), 130),
    "deny": (("ASSAULT", "COERCE", "SANCTION", "MOBILIZE"), 30),
    "reported_pair": (("ASSAULT", "COERCE", "SANCTION", "RETREAT", "AID", "CONSULT"), 80),
    "condemn_after": (("ASSAULT", "COERCE", "SANCTION", "MOBILIZE"), 60),
}


def build_rows(seed: int = SEED) -> list[dict]:
    gen = Generator(seed)
    rng = gen.rng
    for plover in sorted(PHRASES):
        made = attempts = 0
        while made < PER_TYPE and attempts < PER_TYPE * 20:
            attempts += 1
            made += gen.event(plover, rng.choice(PHRASES[plover]), rng.choice(EVENT_FRAMES))
    for kind, (types, quota) in TRANSFORM_QUOTAS.items():
        made = attempts = 0
        while made < quota and attempts < quota * 20:
            attempts += 1
            plover = rng.choice(types)
            made += gen.transformed(plover, rng.choice(PHRASES[plover]), kind)
    for pool, quota in ((METAPHORS, 80), (NO_EVENTS, 70)):
        made = attempts = 0
        while made < quota and attempts < quota * 20:
            attempts += 1
            template, tags = rng.choice(pool)
            made += gen.nonevent(template, tags)
    return gen.rows


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    args.out.write_text(render(build_rows(args.seed)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
