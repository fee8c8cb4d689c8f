"""Negation, and what a negated event becomes.

The project's decision (tested in tests/test_extract.py):

* A negated action did not happen, so it is **not coded** as that action: "Israel did
  not attack Gaza" gives no ASSAULT. The candidate is kept in ``explain`` output as
  rejected ("negated").
* A negated *cooperative* verb of agreement or acceptance is a refusal, which CAMEO codes
  as REJECT: "Iran would not accept the proposal", "Serbia did not agree to talks" ->
  12 (with the rule id suffixed ``:neg``). The cooperative roots 03-08 become the
  matching rejection code below.
* Verbs that carry negation in their meaning ("refused", "rejected", "denied") are coded
  by their own patterns; they are not "negated".
"""

from __future__ import annotations

from spacy.tokens import Token

NEGATORS = {"not", "n't", "never", "no"}
FAILURE_VERBS = {"fail"}

# cooperative root -> the CAMEO code for refusing it
REFUSAL_OF_ROOT = {
    "03": "120",   # reject, not specified
    "04": "1246",  # refuse to meet or negotiate (reject proposal to meet)
    "05": "120",
    "06": "121",   # reject material cooperation
    "07": "122",   # reject request for aid
    "08": "123",   # reject demand for political reform (refuse to yield)
}
REFUSAL_LEMMAS = {"reach", "agree", "accept", "allow", "permit", "support", "recognize", "recognise", "endorse", "approve", "meet", "negotiate", "sign", "cooperate", "release", "withdraw", "comply"}


def is_negated(token: Token) -> bool:
    """A negator on the predicate, or on the verb that governs its clause ("did not agree to sign")."""
    if any(c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in {"advmod", "neg"}) for c in token.children):
        return True
    head = token.head
    if token.dep_ == "xcomp" and head is not token:
        # "failed to reach agreement": the complement did not happen
        return any(c.dep_ == "neg" for c in head.children) or head.lemma_.lower() in FAILURE_VERBS
    return False


def refusal_code(cameo: str, lemma: str) -> str | None:
    """The REJECT code a negated cooperative event becomes, or None (then it is dropped)."""
    root = cameo[:2]
    if root in REFUSAL_OF_ROOT and lemma in REFUSAL_LEMMAS:
        return REFUSAL_OF_ROOT[root]
    return None
