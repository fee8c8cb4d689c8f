"""Verb and event-noun phrases per PLOVER type, for generate.py.

Each Phrase has the active past form, the bare form (for "did not ...", "threatened to
...", "urged X to ..."), and a passive form where English allows one. "{T}" marks the
target; "(a|b)" picks one alternative. Source and target kinds name actor pools in
generate.py. CAMEO codes and modes follow the CAMEO manual and the PLOVER mode table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phrase:
    past: str
    base: str
    passive: str | None
    cameo: str | None
    mode: str | None
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    event_noun: bool = False


def P(past, base, passive, cameo, mode, sources, targets, *, noun=False):
    return Phrase(past, base, passive, cameo, mode, tuple(sources.split()), tuple(targets.split()), noun)


GOV = "gov"
PHRASES: dict[str, list[Phrase]] = {
    "AGREE": [
        P("agreed to resume talks with {T}", "agree to resume talks with {T}", None, "036", None, "gov", "gov reb opp"),
        P("offered to mediate between {T} and its neighbours", "offer to mediate between {T} and its neighbours", None, "039", None, "gov igo", "gov"),
        P("pledged ($50 million|$2 billion|$300 million) in aid to {T}", "pledge aid to {T}", None, "033", None, "gov igo", "gov"),
        P("promised {T} (closer economic ties|new trade concessions|help in rebuilding its power grid)", "promise {T} closer economic ties", None, "031", None, "gov igo", "gov"),
        P("agreed to (accept|consider) {T}'s proposal for a (ceasefire|peace conference|joint commission)", "agree to accept {T}'s proposal", None, "037", None, "gov reb", "gov reb igo"),
        P("said it was ready to (open negotiations|hold talks) with {T}", "be ready to hold talks with {T}", None, "036", None, "gov reb opp", "gov reb opp"),
        P("invited {T} to (a summit|talks) in (the capital|its capital) next month", "invite {T} to talks", "invited to talks by {S}", "036", None, "gov igo", "gov"),
        P("offered {T} (a share of power|an amnesty) in exchange for (laying down arms|ending the insurgency)", "offer {T} an amnesty", None, "030", None, "gov", "reb opp"),
        P("agreed to let {T} (monitor|observe) the elections", "agree to let {T} monitor the elections", None, "030", None, "gov", "igo ngo"),
    ],
    "CONSULT": [
        P("met {T}", "meet {T}", "met by {S}", "040", None, "gov igo reb opp", "gov igo opp"),
        P("held talks with {T}", "hold talks with {T}", None, "040", None, "gov igo reb opp", "gov igo reb opp", noun=True),
        P("visited {T}", "visit {T}", "visited by {S}", "042", "visit", "lead", "cap state"),
        P("arrived in {T} for (talks|a two-day visit|a state visit)", "travel to {T}", None, "042", "visit", "lead", "cap"),
        P("hosted {T} for talks", "host {T}", "hosted by {S}", "043", "visit", "gov", "lead"),
        P("spoke by telephone with {T}", "speak by telephone with {T}", None, "041", "phone", "lead", "lead"),
        P("discussed (trade|security|the crisis|border issues|energy cooperation) with {T}", "discuss security with {T}", None, "040", None, "gov igo", "gov igo"),
        P("negotiated with {T} (on|over) (a prisoner exchange|the border dispute|a new trade deal)", "negotiate with {T}", None, "046", None, "gov reb", "gov reb"),
        P("began a new round of negotiations with {T}", "begin negotiations with {T}", None, "046", None, "gov reb opp", "gov reb opp", noun=True),
        P("consulted {T} on the (draft resolution|peace plan|sanctions package)", "consult {T}", "consulted by {S}", "040", None, "gov igo", "gov igo"),
        P("mediated between {T} and the rebels", "mediate between {T} and the rebels", None, "045", None, "gov igo", "gov"),
        P("paid (a|an official|a surprise) visit to {T}", "pay a visit to {T}", None, "042", "visit", "lead", "cap state", noun=True),
    ],
    "SUPPORT": [
        P("praised {T}", "praise {T}", "praised by {S}", "051", None, "gov igo ngo", "gov igo lead"),
        P("welcomed {T}'s (decision|offer|move) to (free political prisoners|hold early elections|join the talks)", "welcome {T}'s decision", None, "051", None, "gov igo ngo", "gov lead"),
        P("endorsed {T}'s (candidacy|peace plan|bid for membership)", "endorse {T}'s plan", None, "051", None, "gov igo", "gov lead"),
        P("recognised {T}", "recognise {T}", "recognised by {S}", "054", None, "gov", "state"),
        P("signed (a friendship treaty|a border agreement|an accord) with {T}", "sign an accord with {T}", None, "057", None, "gov", "gov"),
        P("restored diplomatic relations with {T}", "restore diplomatic relations with {T}", None, "050", None, "gov", "state gov"),
        P("defended {T} against (criticism|charges) (at the United Nations|in the Security Council|from the West)", "defend {T}", "defended by {S}", "052", None, "gov", "gov lead"),
        P("voiced support for {T}", "voice support for {T}", None, "050", None, "gov igo opp", "gov lead opp", noun=True),
        P("apologised to {T} for (the incident|the border shooting|past abuses)", "apologise to {T}", None, "055", None, "gov lead", "gov people"),
        P("commended {T} for (its restraint|the peaceful vote|its reforms)", "commend {T}", "commended by {S}", "051", None, "gov igo", "gov"),
    ],
    "CONCEDE": [
        P("lifted the curfew on {T}", "lift the curfew on {T}", None, "081", None, "gov", "cap"),
        P("pardoned {T}", "pardon {T}", "pardoned by {S}", "082", None, "gov lead", "people"),
        P("granted an amnesty to {T}", "grant an amnesty to {T}", None, "082", None, "gov lead", "people reb"),
        P("eased restrictions on {T}", "ease restrictions on {T}", None, "081", None, "gov", "people opp"),
        P("bowed to {T}'s demand for (early elections|a new constitution|an independent inquiry)", "bow to {T}'s demands", None, "083", None, "gov lead", "opp prot"),
        P("agreed to {T}'s demand for (electoral reform|the release of detainees|a unity government)", "accept {T}'s demands", None, "080", None, "gov lead", "opp prot reb"),
        P("legalised {T}", "legalise {T}", "legalised by {S}", "082", None, "gov", "opp"),
        P("expressed regret to {T} over (the deaths|the incident|the raid)", "express regret to {T}", None, "080", None, "gov lead", "gov"),
        P("dropped charges against {T}", "drop charges against {T}", None, "081", None, "gov", "people"),
    ],
    "COOPERATE": [
        P("held joint military exercises with {T}", "hold joint exercises with {T}", None, "062", None, "mil gov", "mil gov", noun=True),
        P("signed a trade deal with {T}", "sign a trade deal with {T}", None, "061", None, "gov", "gov"),
        P("extradited (a suspected drug lord|two terror suspects|a former general) to {T}", "extradite suspects to {T}", None, "063", None, "gov", "state"),
        P("shared intelligence with {T} (on|about) (the militants|the plot|arms smuggling)", "share intelligence with {T}", None, "064", None, "gov mil pol", "gov mil pol"),
        P("opened its border to trade with {T}", "open its border to trade with {T}", None, "061", None, "gov", "state"),
        P("launched joint patrols with {T}", "launch joint patrols with {T}", None, "062", None, "mil pol", "mil pol"),
        P("handed over (a wanted suspect|the fugitive|files on the case) to {T}", "hand over the suspect to {T}", None, "063", None, "gov pol", "gov pol"),
        P("signed an energy deal with {T}", "sign an energy deal with {T}", None, "061", None, "gov", "gov"),
    ],
    "AID": [
        P("sent (food|medical supplies|tents and blankets) to {T}", "send food to {T}", None, "073", None, "gov igo ngo", "people state"),
        P("gave {T} ($40 million|$1.5 billion|200 million euros) in (loans|grants|budget support)", "give {T} loans", None, "071", None, "gov igo", "gov"),
        P("delivered (weapons|armoured vehicles|air defence systems) to {T}", "deliver weapons to {T}", None, "072", None, "gov", "gov mil"),
        P("granted asylum to {T}", "grant asylum to {T}", None, "075", None, "gov", "people lead"),
        P("deployed peacekeepers to {T}", "deploy peacekeepers to {T}", None, "074", None, "igo gov", "state"),
        P("airlifted aid to {T}", "airlift aid to {T}", None, "073", None, "gov igo mil", "people state"),
        P("provided (training|equipment|military advisers) to {T}", "provide training to {T}", None, "072", None, "gov mil", "mil pol"),
        P("forgave {T}'s debts", "forgive {T}'s debts", None, "071", None, "gov igo", "state"),
        P("rescued {T}", "rescue {T}", "rescued by {S}", "070", None, "mil pol", "people"),
    ],
    "RETREAT": [
        P("withdrew its troops from {T}", "withdraw its troops from {T}", None, "087", "withdraw", "gov mil", "place"),
        P("released {T}", "release {T}", "released by {S}", "084", "release", "gov reb", "people"),
        P("freed {T}", "free {T}", "freed by {S}", "084", "release", "gov reb", "people"),
        P("pulled out of {T}", "pull out of {T}", None, "087", "withdraw", "mil reb", "place"),
        P("allowed {T} into the (region|disputed area|camps)", "allow {T} into the region", None, "086", "access", "gov", "igo ngo"),
        P("handed over (its weapons|heavy weapons|arms) to {T}", "hand over weapons to {T}", None, "087", "disarm", "reb", "igo"),
        P("lifted (sanctions|the embargo) on {T}", "lift sanctions on {T}", None, "085", None, "gov igo", "state"),
        P("returned (seized property|the bodies of soldiers|the captured ship) to {T}", "return the ship to {T}", None, "084", None, "gov reb", "gov"),
    ],
    "REQUEST": [
        P("urged {T} to (show restraint|end the violence|return to talks)", "urge {T} to show restraint", "urged by {S} to show restraint", "020", None, "gov igo ngo", "gov reb"),
        P("called on {T} to release (political prisoners|the detained journalists|the hostages)", "call on {T} to release prisoners", None, "025", "yield", "gov igo ngo", "gov reb"),
        P("asked {T} for (emergency aid|financial help|military assistance)", "ask {T} for aid", None, "023", "assist", "gov", "gov igo"),
        P("demanded that {T} withdraw its forces", "demand that {T} withdraw", None, "106", None, "gov igo", "gov"),
        P("appealed to {T} to (negotiate|resume talks|meet face to face)", "appeal to {T} to negotiate", None, "026", "meet", "gov igo", "gov reb"),
        P("demanded (an explanation|information) from {T}", "demand an explanation from {T}", None, "101", None, "gov", "gov"),
        P("called for the resignation of {T}", "call for the resignation of {T}", None, "104", "change", "opp prot ngo", "lead"),
        P("urged {T} to hold free elections", "urge {T} to hold free elections", None, "024", "change", "gov igo", "gov"),
        P("pressed {T} to accept (mediation|international mediators)", "press {T} to accept mediation", None, "028", None, "gov igo", "gov reb"),
    ],
    "ACCUSE": [
        P("condemned {T}", "condemn {T}", "condemned by {S}", "111", "disapprove", "gov igo ngo opp", "gov reb lead"),
        P("accused {T} of (violating the ceasefire|arming the rebels|meddling in its elections|human rights abuses)", "accuse {T} of violating the ceasefire", "accused by {S} of violating the ceasefire", "112", "disapprove", "gov igo ngo opp", "gov reb"),
        P("criticised {T} (for|over) (its crackdown on dissent|the border closure|the election results)", "criticise {T}", "criticised by {S}", "111", "disapprove", "gov igo ngo opp", "gov lead"),
        P("sued {T} at the International Court of Justice", "sue {T}", "sued by {S}", "115", "allege", "gov", "gov state"),
        P("lodged a formal protest with {T}", "lodge a protest with {T}", None, "114", "allege", "gov", "gov"),
        P("opened an investigation into {T}", "investigate {T}", "investigated by {S}", "090", "investigate", "igo gov", "people gov"),
        P("blamed {T} for (the bombing|the collapse of the talks|the border clash)", "blame {T} for the bombing", "blamed by {S}", "112", "disapprove", "gov", "gov reb"),
        P("denounced {T} as (illegitimate|a threat to peace|a terrorist organisation)", "denounce {T}", "denounced by {S}", "111", "disapprove", "gov igo opp", "gov reb lead"),
    ],
    "REJECT": [
        P("rejected {T}'s (offer of talks|peace proposal|demands)", "reject {T}'s proposal", None, "120", None, "gov reb opp", "gov reb igo opp"),
        P("turned down {T}'s request for (aid|access|an extension)", "turn down {T}'s request", None, "122", "assist", "gov igo", "gov"),
        P("vetoed (a resolution|a draft) (condemning|criticising) {T}", "veto the resolution on {T}", None, "129", None, "gov", "gov"),
        P("dismissed {T}'s call for (new elections|reforms|a referendum)", "dismiss {T}'s call", None, "123", "change", "gov lead", "opp prot igo"),
        P("refused to hand over (the suspects|the former general) to {T}", "hand over the suspects to {T}", None, "124", None, "gov", "igo gov"),
        P("rebuffed {T}'s mediation offer", "rebuff {T}'s mediation offer", None, "126", "meet", "gov reb", "gov igo"),
        P("defied {T} by (resuming enrichment|holding the vote|testing a missile)", "defy {T}", "defied by {S}", "128", None, "gov", "igo gov"),
        P("rejected {T}", "reject {T}", "rejected by {S}", "120", None, "gov reb opp", "igo gov"),
    ],
    "THREATEN": [
        P("threatened {T} with (sanctions|military action|retaliation)", "threaten {T}", "threatened by {S} with retaliation", "130", None, "gov lead", "gov"),
        P("warned {T} of (serious consequences|a firm response|retaliation)", "warn {T}", "warned by {S} of retaliation", "130", None, "gov lead mil", "gov reb"),
        P("gave {T} (an ultimatum|a 48-hour ultimatum|a deadline) to (withdraw|disarm|leave)", "give {T} an ultimatum", None, "139", "relations", "gov mil igo", "gov reb mil"),
        P("threatened to cut off (gas supplies|trade|aid) to {T}", "cut off supplies to {T}", None, "1312", "restrict", "gov", "gov state"),
        P("threatened to expel {T}", "expel {T}", None, "136", "expel", "gov", "igo ngo"),
        P("threatened to (invade|seize) {T}", "invade {T}", None, "1382", "territory", "gov lead", "place"),
        P("warned {T} that (troops would open fire|force would be used|the army was ready to act)", "warn {T}", None, "137", "violence", "gov mil pol", "prot opp"),
        P("threatened to walk out of the talks with {T}", "walk out of the talks with {T}", None, "134", "relations", "gov reb opp", "gov reb"),
        P("issued a warning to {T}", "issue a warning to {T}", None, "130", None, "gov lead mil", "gov reb", noun=True),
    ],
    "PROTEST": [
        P("marched against {T}", "march against {T}", None, "141", "demo", "prot", "lead gov"),
        P("rallied outside {T}'s embassy", "rally outside {T}'s embassy", None, "141", "demo", "prot", "state"),
        P("demonstrated against {T}", "demonstrate against {T}", None, "141", "demo", "prot opp", "lead gov"),
        P("went on strike against {T}", "strike against {T}", None, "143", "strike", "prot", "gov"),
        P("blocked roads to protest against {T}", "block roads to protest {T}", None, "144", "obstruct", "prot", "gov lead"),
        P("rioted against {T}", "riot against {T}", None, "145", "riot", "prot", "gov"),
        P("boycotted {T}", "boycott {T}", "boycotted by {S}", "143", "boycott", "opp prot", "gov"),
        P("staged a hunger strike against {T}", "stage a hunger strike against {T}", None, "142", "hunger", "prot", "gov"),
        P("took to the streets against {T}", "take to the streets against {T}", None, "141", "demo", "prot opp", "lead gov"),
        P("staged a sit-in outside {T}'s offices", "stage a sit-in", None, "144", "obstruct", "prot", "gov"),
    ],
    "SANCTION": [
        P("imposed sanctions on {T}", "impose sanctions on {T}", None, "163", "discontinue", "gov igo", "state gov"),
        P("broke off diplomatic relations with {T}", "break off relations with {T}", None, "161", "withdraw", "gov", "state gov"),
        P("suspended aid to {T}", "suspend aid to {T}", None, "162", "discontinue", "gov igo", "state gov"),
        P("expelled {T}'s ambassador", "expel {T}'s ambassador", None, "166", "expel", "gov", "state"),
        P("recalled its ambassador from {T}", "recall its ambassador from {T}", None, "161", "withdraw", "gov", "state cap"),
        P("suspended {T}'s membership", "suspend {T}'s membership", None, "166", "expel", "igo", "state"),
        P("froze the assets of {T}", "freeze the assets of {T}", None, "163", "discontinue", "gov igo", "lead gov"),
        P("halted negotiations with {T}", "halt negotiations with {T}", None, "164", "withdraw", "gov reb", "gov reb"),
        P("imposed an arms embargo on {T}", "impose an arms embargo on {T}", None, "163", "discontinue", "gov igo", "state"),
    ],
    "MOBILIZE": [
        P("massed troops on the border with {T}", "mass troops on the border with {T}", None, "154", "troops", "gov mil", "state"),
        P("put its forces on high alert (near|facing) {T}", "put forces on alert near {T}", None, "152", "troops", "gov mil", "state"),
        P("deployed riot police (around|outside) {T}'s (offices|headquarters|rally)", "deploy police around {T}'s offices", None, "153", "police", "gov pol", "opp"),
        P("sent warships toward {T}", "send warships toward {T}", None, "154", "troops", "gov mil", "state"),
        P("moved (tanks|artillery|missile launchers) closer to {T}", "move tanks closer to {T}", None, "150", "weapons", "mil gov", "state place"),
        P("staged military drills near {T}", "stage military drills near {T}", None, "150", "troops", "mil gov", "state"),
        P("called up reservists amid tensions with {T}", "call up reservists", None, "154", "troops", "gov", "gov"),
    ],
    "COERCE": [
        P("arrested {T}", "arrest {T}", "arrested by {S}", "173", "arrest", "pol gov", "people"),
        P("detained {T}", "detain {T}", "detained by {S}", "173", "arrest", "pol gov mil", "people"),
        P("deported {T}", "deport {T}", "deported by {S}", "174", "deport", "gov pol", "people"),
        P("banned {T}", "ban {T}", "banned by {S}", "172", "restrict", "gov", "opp"),
        P("raided the offices of {T}", "raid the offices of {T}", None, "171", "seize", "pol", "opp ngo"),
        P("imposed a curfew on {T}", "impose a curfew on {T}", None, "1723", "curfew", "gov mil", "cap place"),
        P("shut down {T}'s (website|newspaper|television station)", "shut down {T}'s newspaper", None, None, "censor", "gov", "opp"),
        P("seized {T}'s (assets|property|ships)", "seize {T}'s assets", None, "171", "seize", "gov pol", "opp gov"),
        P("blockaded {T}", "blockade {T}", "blockaded by {S}", "191", "restrict", "mil gov", "place cap"),
        P("placed {T} under house arrest", "place {T} under house arrest", "placed under house arrest by {S}", "173", "arrest", "gov pol", "people"),
    ],
    "ASSAULT": [
        P("attacked {T}", "attack {T}", "attacked by {S}", "190", None, "mil reb", "mil place reb"),
        P("shelled {T}", "shell {T}", "shelled by {S}", "194", "heavy-weapons", "mil reb", "place cap"),
        P("bombed {T}", "bomb {T}", "bombed by {S}", "195", "aerial", "mil", "place reb"),
        P("opened fire on {T}", "open fire on {T}", None, "193", "firearms", "mil pol reb", "people"),
        P("ambushed {T}", "ambush {T}", "ambushed by {S}", "190", None, "reb", "mil pol"),
        P("kidnapped {T}", "kidnap {T}", "kidnapped by {S}", "181", "abduct", "reb", "people"),
        P("killed (12|three|dozens of|at least 40) {T}", "kill {T}", None, "190", None, "mil reb", "crowd"),
        P("launched air strikes on {T}", "launch air strikes on {T}", None, "195", "aerial", "mil gov", "place reb"),
        P("fired rockets at {T}", "fire rockets at {T}", None, "194", "heavy-weapons", "reb mil", "place cap"),
        P("beat {T}", "beat {T}", "beaten by {S}", "182", "beat", "pol", "people"),
        P("tortured {T}", "torture {T}", "tortured by {S}", "182", "torture", "pol mil", "people"),
        P("assassinated {T}", "assassinate {T}", "assassinated by {S}", "186", "targeted", "reb", "lead"),
        P("carried out a drone strike on {T}", "carry out a drone strike on {T}", None, "195", "drone", "mil gov", "reb place"),
        P("set off a car bomb near {T}", "set off a bomb near {T}", None, "183", "explosives", "reb", "place"),
    ],
}
