"""Label vocabulary of the training corpus (facts from the PLOVER manual and CAMEO).

Shared by the corpus tools and tests/test_corpus.py so both check the same rules.
"""

from __future__ import annotations

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
LABELS = PLOVER_TYPES + ("NONE",)

REGISTERS = ("wire", "analysis", "statement")

ORIGINS = ("handwritten", "generated")

# Why each tag exists: the classifier's known weak spots, so its errors can be sliced.
TAGS = (
    "title",            # actor carries a job title ("Foreign Minister Igor Ivanov")
    "appositive",       # actor named with an appositive ("Ivanov, Russia's foreign minister,")
    "conjoined",        # two actors joined by "and" on one side
    "negation",         # negated event ("did not attack") -> NONE
    "refusal",          # negated cooperative act meaning REJECT ("would not accept")
    "reported_speech",  # "X said Y attacked Z"
    "intent",           # promise / future cooperative act -> AGREE, threat -> THREATEN
    "metaphor",         # political-sounding words used figuratively -> NONE
    "passive",          # "Y was attacked by X"
    "event_noun",       # event carried by a noun ("talks between", "a visit to")
    "no_event",         # sentence with no political event at all
    "pronoun",          # an actor span is a pronoun or a bare "the government"-style mention
    "nonpolitical",     # sports, markets, weather, crime without political actors
)

# CAMEO codes whose PLOVER type the corpus labels differently from the CAMEO2PLOVER table,
# with the reason. 163 (impose embargo/sanctions) maps to COERCE in the table, but the
# PLOVER manual codes international sanctions as SANCTION/discontinue, and the PLOVER gold
# records label "imposed sanctions on" as SANCTION.
CAMEO_PLOVER_EXCEPTIONS = {"163": "SANCTION"}
