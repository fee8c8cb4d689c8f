"""Actor resolution: phrase -> ``Actor`` (CAMEO code, country, agent, name, path).

Usage (the pipeline)::

    resolver = ActorResolver(dictionaries=[...])       # once per process
    doc_actors = resolver.new_document(article)         # per article (uses article.published)
    actors = doc_actors.resolve(span)                   # per actor phrase (spaCy Span or str)
    doc_actors.observe_sentence(sent)                   # after each sentence
    doc_actors.unresolved                               # texts that got no code

Coding follows CAMEO: a country named alone is the country ("Russia" -> RUS), a seat of
government is its government ("Moscow", "the Kremlin" -> RUSGOV), a nationality or country
with an agent noun is country + agent ("Russian troops" -> RUSMIL, "Russia's foreign
minister" -> RUSGOV), organisations have their own codes (NATO -> IGOWSTNAT), people of the
knowledge base get the code of the role in force on the article's date (a person out of
office on that date is coded country + ELI), and a person outside it gets the code of the
title around the name. A phrase that cannot be placed is returned with ``code=None`` and
counted in ``unresolved``: never guessed.

Precedence when names collide. The longest match over the phrase's words wins first
("Russian Security Council" over "Security Council"). Among entries of the same words:
1. built-in people (the knowledge base: dated roles, checked by tests), then people from
   imported TABARI/PETRARCH files (a surname goes to a built-in person in office first);
2. built-in organisations, seats of government and agent nouns (curated and dated, e.g.
   "Moscow" stays RUSGOV although PETRARCH files code it RUS);
3. imported entries (organisations, countries, agents): they come before the built-in
   generic country names and adjectives, so a user's file can recode a country name
   ("KOSOVO [KSV]" beats the built-in KOS);
4. built-in country names and nationality adjectives. Where the same word is an imported
   country and a built-in adjective ("RUSSIAN [RUS]"), it is read as the adjective, so it
   still shares an agent noun ("Russian and U.S. troops").
"""

from detente.resolve.actors.document import DocumentActors
from detente.resolve.actors.resolver import ActorResolver

__all__ = ["ActorResolver", "DocumentActors"]
