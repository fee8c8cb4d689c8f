"""Word lists the phrase reader consults: which words are prepositions, which capitalised
words are no names, which nouns head a title or name a thing an actor owns, and which
modifiers or stances do not say whose an actor is. Facts about English, written here."""

CONJUNCTIONS = {"and", "&", "or", "nor", ",", ";", "/", "plus"}
# Prepositions after which a country still tells whose the agent is ("officials from Hungary",
# "rebels in the Ivory Coast"); after any other preposition ("envoy to Russia") it does not.
COUNTRY_PREPOSITIONS = {"of", "from", "in"}
OTHER_PREPOSITIONS = {"to", "with", "at", "for", "on", "against", "over", "by", "about", "under", "between", "among"}
POSSESSIVES = {"'s", "'"}
# Capitalised words that are not names (sentence-initial adjectives, honorifics' noise).
NOT_NAMES = {
    "the", "a", "an", "senior", "top", "visiting", "former", "new", "acting", "outgoing",
    "incoming", "then", "both", "two", "three", "several", "some", "many", "most", "all",
    "other", "local", "chief", "deputy", "high-ranking", "ranking", "foreign", "state",
    "ethnic", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen", "gen.", "sen", "sen.",
    "rep", "rep.", "lt", "lt.", "col", "col.", "maj", "maj.", "adm", "adm.", "sir", "lord",
    "his", "her", "its", "their", "this", "that", "these", "those", "our", "my", "your",
}
# Calendar words are capitalised but never actors.
NOT_NAMES |= {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
}
DEFINITE = {"the", "this", "that", "these", "those"}
STANCE_PREFIXES = {"anti", "pro", "non"}
HEAD_TITLES = {"head", "chief", "director", "leader", "commander", "boss", "spokesman", "spokeswoman",
               "spokesperson", "member", "official", "officer"}
SUBSTANCE_WORDS = {"nerve", "chemical", "biological", "toxic", "blister", "choking", "orange", "warfare"}
# Agent nouns for things a force holds: after another agent noun, that one is the owner.
OWNED_THINGS = {
    "positions", "position", "post", "posts", "outpost", "outposts", "base", "bases", "camp",
    "camps", "convoy", "convoys", "patrol", "patrols", "checkpoint", "checkpoints", "stronghold",
    "strongholds", "garrison", "drones", "positions",
}
# Words that make an unknown capitalised name a body, not a person (stems: "Commision" too).
BODY_STEMS = (
    "commis", "committee", "council", "party", "front", "movement", "agency", "authorit", "ministr", "association",
    "union", "forum", "organi", "court", "bank", "corporation", "company", "institut", "universit", "army",
    "forces", "league", "alliance", "coalition", "federation", "assembly", "parliament", "congress", "tribunal",
    "foundation", "center", "centre", "office", "bureau", "department", "service", "board", "group", "brigade",
)
NON_STATE_BODIES = {"NGO", "HRI"}
FAMILY_FIRST = {"CHN", "TWN", "HKG", "KOR", "PRK"}  # family name first ("Wang Yi" -> Wang)
ALLY_WORDS = {"ally", "allies", "proxy", "proxies", "surrogate", "surrogates", "client", "clients"}
# Things held somewhere: a place after them is where, not who ("the agreement in Vienna").
HELD_THINGS = {
    "agreement", "agreements", "deal", "accord", "accords", "treaty", "talks", "meeting", "meetings", "summit",
    "conference", "ceremony", "session", "negotiations", "speech", "interview", "statement", "briefing",
}
ETHNIC_STEP = "ethnic group"  # path step: coded by residence, not by the state of its name
# "NATO-member Norway", "Iranian-backed militias": a name before one of these is a
# modifier of the head, not the actor ("US-led forces" and "Kabul-based" still are).
MODIFIER_PARTICIPLES = {
    "member", "backed", "supported", "funded", "sponsored", "allied", "aligned", "armed",
    "trained", "friendly", "leaning", "born", "educated", "inspired", "brokered", "mediated",
}
