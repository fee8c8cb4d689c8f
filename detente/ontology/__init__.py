"""CAMEO event codes, their Goldstein weights, QuadClass and PLOVER mapping.

The table lives in ``data/cameo_events.tsv`` (the project's own file, written from the
published facts). Decisions on the known quirks of the references, each tested in
``tests/test_ontology.py``:

* **Goldstein**: the GDELT lookup values (the Phoenix copy differs on a few codes and
  leaves many 4-digit codes blank).
* **QuadClass**: GDELT style. CAMEO root 16 REDUCE RELATIONS is *material* conflict (4),
  not verbal conflict as in Phoenix's pentaclass: cutting aid or expelling diplomats is an
  act, not a statement.
* **PLOVER SANCTION** sits in material conflict (the manual's section on SANCTION), not in
  verbal conflict as its summary table says.
* **PLOVER ACCUSE** base score is -3: the manual prints +3, a sign slip (all its modes are
  negative).
* **CAMEO 02 APPEAL** maps to PLOVER REQUEST (PLOVER folded appeals into requests).
* **CAMEO 01 MAKE PUBLIC STATEMENT** has no PLOVER type (PLOVER dropped it): its events
  carry ``plover.event = null``.
* **CAMEO 163** (impose embargo, boycott or sanctions) maps to PLOVER **SANCTION**, not
  COERCE as the 2021 CAMEO2PLOVER table has it: the PLOVER manual's SANCTION definition
  covers international sanctions and embargoes, and the gold records code them so.
* **Curfews and resignations follow the PLOVER manual's definitions** rather than the
  2021 table: easing a curfew or a state of emergency (0813, 0814) is CONCEDE (the manual
  lists "removing curfews" under CONCEDE); acceding to a change in leadership (0831, i.e.
  resigning) is RETREAT with mode ``resign`` ("RETREAT also covers resignations").
* **CAMEO 08 YIELD** root maps to CONCEDE; 084-087 (return, release, ease sanctions,
  allow involvement, de-escalate) to RETREAT, as in the CAMEO2PLOVER table.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from detente.errors import UnknownCode

QUAD_NAMES = {
    1: "Verbal Cooperation",
    2: "Material Cooperation",
    3: "Verbal Conflict",
    4: "Material Conflict",
}

# PLOVER event types, their base score (ACCUSE sign fixed) and quad category (SANCTION
# as material conflict). Facts from the PLOVER manual.
PLOVER_TYPES: dict[str, tuple[float, int]] = {
    "AGREE": (2.5, 1),
    "CONSULT": (2.5, 1),
    "SUPPORT": (5.0, 1),
    "CONCEDE": (6.5, 2),
    "COOPERATE": (6.0, 2),
    "AID": (7.0, 2),
    "RETREAT": (6.5, 2),
    "REQUEST": (-1.5, 3),
    "ACCUSE": (-3.0, 3),
    "REJECT": (-2.0, 3),
    "THREATEN": (-3.5, 3),
    "PROTEST": (-5.0, 4),
    "SANCTION": (-5.5, 4),
    "MOBILIZE": (-6.0, 4),
    "COERCE": (-7.0, 4),
    "ASSAULT": (-9.0, 4),
}


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_event: str | None
    plover_mode: str | None
    plover_context: str | None

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_name(self) -> str:
        return QUAD_NAMES[self.quad_class]


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """All CAMEO event codes (roots and 3- and 4-digit codes), keyed by code."""
    text = resources.files("detente.ontology").joinpath("data/cameo_events.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    table: dict[str, CameoCode] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        table[row["code"]] = CameoCode(
            code=row["code"],
            name=row["name"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover_event=row["plover_event"] or None,
            plover_mode=row["plover_mode"] or None,
            plover_context=row["plover_context"] or None,
        )
    return table


def lookup(code: str) -> CameoCode:
    """The CAMEO code's entry; raises ``UnknownCode`` with close matches when absent."""
    table = cameo_table()
    try:
        return table[code]
    except KeyError:
        raise UnknownCode(code, sorted(table)) from None


def plover_for_root(root: str) -> str | None:
    return lookup(root).plover_event


__all__ = ["CameoCode", "PLOVER_TYPES", "QUAD_NAMES", "cameo_table", "lookup", "plover_for_root"]
