"""Sentences with no political event between the marked spans (label NONE), for generate.py.

Metaphors borrow the vocabulary of conflict or diplomacy for sport, markets and culture;
the no-event templates are the everyday non-political news a coder must pass over.
Marks: [source] {target}; <slots> are filled by generate.py.
"""

from __future__ import annotations

METAPHORS = [
    ("[<adj> striker] attacked {the goal} from the left wing in the second half.", ("metaphor", "nonpolitical")),
    ("[<adj> stocks] were hammered by {fears of a recession} on <weekday>.", ("metaphor", "nonpolitical")),
    ("[The <adj> national team] crushed {<country2>} <n>-0 in a World Cup qualifier in <capital>.", ("metaphor", "nonpolitical")),
    ("[The <adj> side] stormed {the opposition's defence} and won the cup final.", ("metaphor", "nonpolitical")),
    ("[Investors] fled {<adj> bonds} as the currency slid to a record low.", ("metaphor", "nonpolitical")),
    ("[The <adj> champion] destroyed {her rival} in straight sets at the open in <capital>.", ("metaphor", "nonpolitical")),
    ("[The bank] launched a hostile bid for {its smaller rival} in <capital2>.", ("metaphor", "nonpolitical")),
    ("[Two <adj> airlines] are locked in a price war over {routes to <country2>}.", ("metaphor", "nonpolitical")),
    ("[The film] invaded {cinemas across <country>} over the holiday weekend.", ("metaphor", "nonpolitical")),
    ("[The chef] declared war on {processed food} in a new television series.", ("metaphor", "nonpolitical")),
    ("[The <adj> coach] blasted {the referee} after the defeat in <capital2>.", ("metaphor", "nonpolitical")),
    ("[The storm] battered {the coast of <country>} on <weekday>, cutting power to thousands.", ("metaphor", "no_event")),
    ("[Oil prices] surrendered {early gains} after the inventory report.", ("metaphor", "nonpolitical")),
    ("[The <adj> cyclist] attacked {the leading group} on the final climb.", ("metaphor", "nonpolitical")),
    ("[The tech giant] captured {a third of the <adj> market} within two years.", ("metaphor", "nonpolitical")),
    ("[The novelist] waged a lifelong battle against {censorship of the arts}, her publisher said.", ("metaphor", "nonpolitical")),
    ("[The <adj> rugby team] invaded {the pitch} to celebrate the last-minute try.", ("metaphor", "nonpolitical")),
    ("[<adj> wheat exports] were hit hard by {the drought} this year.", ("metaphor", "nonpolitical")),
    ("[The virus] besieged {hospitals in <capital>} for a third week.", ("metaphor", "no_event")),
    ("[The orchestra] conquered {audiences in <capital2>} on its first tour abroad.", ("metaphor", "nonpolitical")),
    ("[The <adj> chess champion] crushed {the computer} in the deciding game.", ("metaphor", "nonpolitical")),
    ("[The retailer] slashed {prices} in an aggressive campaign against online rivals.", ("metaphor", "nonpolitical")),
    ("[Supporters of the two clubs] traded insults with {each other} before the derby in <capital>.", ("metaphor", "nonpolitical")),
    ("[The <adj> startup] has been fighting {the tax office} over its accounts since <year>.", ("metaphor", "nonpolitical")),
]

NO_EVENTS = [
    ("Heavy rain caused flooding across southern <country> on <weekday>, officials said.", ("no_event",)),
    ("The <adj> economy grew <n> percent in the second quarter, the statistics office said.", ("no_event",)),
    ("Temperatures in <capital> reached a record high for <month> on <weekday>.", ("no_event",)),
    ("A passenger train derailed near <capital>, injuring <n>0 people, railway officials said.", ("no_event",)),
    ("[The <adj> central bank] left {interest rates} unchanged for the <n>th month in a row.", ("no_event", "nonpolitical")),
    ("Inflation in <country> eased to <n>.1 percent in <month>, down from a year earlier.", ("no_event",)),
    ("[The <adj> health ministry] reported {<n>00 new cases of cholera} in the past week.", ("no_event",)),
    ("A magnitude <n>.2 earthquake struck off the coast of <country> on <weekday>, with no reports of damage.", ("no_event",)),
    ("Tourist arrivals in <country> rose sharply in <year>, according to industry figures.", ("no_event",)),
    ("[The <adj> football federation] appointed {a new national coach} on <weekday>.", ("no_event", "nonpolitical")),
    ("The new bridge linking the two halves of <capital> opened to traffic in <month>.", ("no_event",)),
    ("[The company] said {its profits} fell <n>0 percent because of weak demand in <country2>.", ("no_event", "nonpolitical")),
    ("Schools in <capital> will reopen on <weekday> after the summer holidays, the city council said.", ("no_event",)),
    ("Thousands of fans packed the stadium in <capital> for the final of the <adj> league.", ("no_event", "nonpolitical")),
    ("[The <adj> prime minister] is due to turn <n>0 in <month>, his office noted.", ("no_event",)),
    ("Fishermen in northern <country> reported their best catch in a decade this <month>.", ("no_event",)),
    ("[The museum in <capital>] put {a newly restored painting} on display on <weekday>.", ("no_event", "nonpolitical")),
    ("The <adj> currency weakened against the dollar for the <n>th straight session.", ("no_event", "nonpolitical")),
]
