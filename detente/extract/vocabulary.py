"""The words and codes the extractor's constructions turn on: which prepositions name a
recipient, which verbs are light, control others or report speech, which nouns are
themes, instruments, gatherings or measures. Kept apart from ``candidates`` so the
grammar reads as grammar; every list says in a comment what it is for.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.dictionaries.patterns import Pattern

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
# Verbs that answer a proposal, demand or criticism: "accepted it", "rejected this" refer
# to that act, not to a country ("it" is answered from the document, not read as an actor).
RESPONSE_LEMMAS = {"accept", "reject", "welcome", "endorse", "approve", "embrace", "hail", "oppose", "dismiss",
                   "rebuff", "spurn", "refuse", "condemn", "denounce", "criticize", "criticise", "deplore", "praise"}
REQUEST_NOUNS = {"demand", "call", "appeal", "request", "plea", "proposal", "suggestion", "insistence",
                 "ultimatum", "order", "reminder", "recommendation", "resolution", "condition", "urging",
                 "guarantee", "assurance"}
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
                   "unfounded", "baseless", "irresponsible", "dangerous", "hostile", "absurd", "robbery", "betrayal",
                   "enemy", "aggressor", "occupier", "pariah", "terrorist"}
POSITIVE_LABELS = {"breakthrough", "success", "victory", "step", "milestone", "achievement", "triumph", "welcome",
                   "positive", "constructive", "historic", "important", "useful", "friend", "partner"}
NAMING_VERBS = {"call", "label", "term", "brand", "describe", "dub", "name", "consider", "declare", "denounce",
                "condemn", "hail", "welcome", "praise", "criticize", "criticise", "reject", "dismiss", "see", "regard",
                "view"}
SELF_YIELDING = {"0873", "0874"}
TRAVEL_VERBS = {"go", "come", "return", "arrive", "fly", "travel", "head", "gather", "meet", "convene", "sit", "leave", "set",
                "converge", "march", "flock", "assemble"}
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
