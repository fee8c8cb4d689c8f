"""Small hand-built stand-ins for fast tests (next to tests that use the real parts)."""

from __future__ import annotations

from detente.dictionaries.patterns import PatternBook, read_patterns
from detente.model import Actor

VERBS = """id\tlemma\tparticle\tprep\tobject\tcameo\tnote
meet\tmeet\t-\t-\t-\t040\tmet
meet.with\tmeet\t-\twith\t-\t040\tmet with
talk.with\ttalk\t-\twith\t-\t040\ttalks with
agree\tagree\t-\t-\t-\t030\tagreed
sign.agreement\tsign\t-\t-\tagreement|accord|treaty\t057\tsigned an accord
attack\tattack\t-\t-\t-\t190\tattacked
attack.goal\tattack\t-\t-\tgoal\tDISCARD\tsport
accuse\taccuse\t-\t-\t-\t112\taccused
warn\twarn\t-\t-\t-\t130\twarned
warn.against\twarn\t-\tagainst\t-\t130\twarned against
threaten\tthreaten\t-\t-\t-\t130\tthreatened
impose.sanction\timpose\t-\t-\tsanction|embargo\t163\timposed sanctions
urge\turge\t-\t-\t-\t020\turged
withdraw\twithdraw\t-\t-\t-\t0872\twithdraw
visit\tvisit\t-\t-\t-\t042\tvisited
say\tsay\t-\t-\t-\t010\tsaid
criticize\tcriticize\t-\t-\t-\t111\tcriticized
discuss\tdiscuss\t-\t-\t-\t040\tdiscuss
kill\tkill\t-\t-\t-\t190\tkilled
oppose\toppose\t-\t-\t-\t120\topposed
reject\treject\t-\t-\t-\t120\trejected
reject.plan\treject\t-\t-\tproposal|plan|offer\t1241\trejected a proposal
boycott\tboycott\t-\t-\t-\t143\tboycott
reach.agreement\treach\t-\t-\tagreement|deal\t030\treached agreement
help\thelp\t-\t-\t-\t070\thelp
send\tsend\t-\t-\t-\t070\tsent aid
"""
NOUNS = """id\tlemma\tprep\tmodifier\tcameo\tnote
invasion\tinvasion\t-\t-\t192\tinvasion
talk\ttalk\t-\t-\t040\ttalks
visit\tvisit\t-\t-\t042\tvisit
warning\twarning\t-\t-\t130\ta warning
clash\tclash\t-\t-\t190\tclash
message\tmessage\t-\t-\t040\tcarried a message
strike.air\tstrike\t-\tair\t195\tair strikes
"""


def small_patterns() -> PatternBook:
    verbs = read_patterns(VERBS.splitlines(), kind="verb", name="fake-verbs")
    nouns = read_patterns(NOUNS.splitlines(), kind="noun", name="fake-nouns")
    return PatternBook(verbs, nouns)


NAMES = {
    "russia": ("RUS", "RUS", None), "moscow": ("RUSGOV", "RUS", "GOV"), "russian": ("RUS", "RUS", None),
    "united states": ("USA", "USA", None), "u.s.": ("USA", "USA", None), "washington": ("USAGOV", "USA", "GOV"),
    "israel": ("ISR", "ISR", None), "israeli": ("ISR", "ISR", None), "gaza": ("PSE", "PSE", None),
    "iran": ("IRN", "IRN", None), "china": ("CHN", "CHN", None), "nato": ("IGOWSTNAT", None, None),
    "ivanov": ("RUSGOV", "RUS", "GOV"), "berger": ("USAGOV", "USA", "GOV"), "serbia": ("SRB", "SRB", None),
    "kosovo": ("KOS", "KOS", None), "hungarian": ("HUN", "HUN", None), "romanian": ("ROU", "ROU", None),
    "syria": ("SYR", "SYR", None), "turkey": ("TUR", "TUR", None), "rebels": ("REB", None, "REB"),
    "india": ("IND", "IND", None), "indian": ("IND", "IND", None), "pakistan": ("PAK", "PAK", None),
    "egypt": ("EGY", "EGY", None), "soldiers": ("MIL", None, "MIL"),
}


class FakeDocumentActors:
    def __init__(self) -> None:
        self.unresolved: list[str] = []

    def resolve(self, span):
        found = []
        text = span.text.lower()
        for name, (code, country, agent) in NAMES.items():
            if name in text.replace("-", " ").split() or name in text:
                found.append(Actor(text=span.text, name=name.title(), code=code, country=country, agent=agent, path=("fake",)))
        if not found:
            self.unresolved.append(span.text)
            return [Actor(text=span.text, path=("unresolved",))]
        return found[:2]

    def resolve_text(self, text):
        found = [Actor(text=text, name=n.title(), code=c, country=k, agent=a, path=("fake",))
                 for n, (c, k, a) in NAMES.items() if n in text.lower()]
        return found or [Actor(text=text, path=("unresolved",))]

    def observe_sentence(self, sent) -> None:
        pass


class FakeActorResolver:
    def __init__(self, *, dictionaries=()) -> None:
        pass

    def new_document(self, article):
        return FakeDocumentActors()

    def resolve_text(self, text, *, published=None):
        return FakeDocumentActors().resolve_text(text)
