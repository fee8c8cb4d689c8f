"""Actor resolution on phrases given as strings (fast: no spaCy model)."""

from __future__ import annotations

from datetime import date

import pycountry
import pytest

from detente.model import Article
from detente.resolve.actors import ActorResolver
from detente.resolve.actors.builtin import DATA_DIR, rows
from detente.resolve.actors.lexicon import split_code

NON_ISO_CODES = {"KOS", "YUG", "SCG", "SUN", "CSK", "DDR"}  # historic states and Kosovo


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


def codes(resolver: ActorResolver, text: str, day: date | None = date(2000, 2, 17)) -> list[str | None]:
    return [a.code for a in resolver.resolve_text(text, published=day)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia", ["RUS"]),
        ("the Russian Federation", ["RUS"]),
        ("the U.S.", ["USA"]),
        ("US", ["USA"]),
        ("America", ["USA"]),
        ("Britain", ["GBR"]),
        ("the U.K.", ["GBR"]),
        ("Bosnia and Herzegovina", ["BIH"]),
        ("Trinidad and Tobago", ["TTO"]),
        ("Moscow", ["RUSGOV"]),
        ("the Kremlin", ["RUSGOV"]),
        ("the White House", ["USAGOV"]),
        ("Downing Street", ["GBRGOV"]),
        ("the Quai d'Orsay", ["FRAGOV"]),
        ("Tehran", ["IRNGOV"]),
        ("the Israelis", ["ISR"]),
        ("Palestinians", ["PSE"]),
    ],
)
def test_countries_and_seats(resolver, text, expected):
    assert codes(resolver, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO", ["IGOWSTNAT"]),
        ("the North Atlantic Treaty Organization", ["IGOWSTNAT"]),
        ("the United Nations", ["IGOUNO"]),
        ("the U.N. Security Council", ["IGOUNO"]),
        ("the European Union", ["IGOEUREEC"]),
        ("the OSCE", ["IGOEUROSC"]),
        ("the IMF", ["IGOIMF"]),
        ("the IAEA", ["IGOUNOIAE"]),
        ("the CIA", ["USASPY"]),
        ("the Pentagon", ["USAMIL"]),
        ("the State Department", ["USAGOV"]),
        ("the Duma", ["RUSLEG"]),
        ("the Knesset", ["ISRLEG"]),
        ("the Security Council of Russia", ["RUSGOV"]),
        ("Hezbollah", ["LBNREB"]),
        ("Hamas militants", ["PSEREB"]),
        ("Amnesty International", ["NGOAMN"]),
    ],
)
def test_organisations(resolver, text, expected):
    assert codes(resolver, text) == expected


def test_igo_has_no_country(resolver):
    (actor,) = resolver.resolve_text("NATO")
    assert actor.country is None and actor.code == "IGOWSTNAT"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli troops", ["ISRMIL"]),
        ("Serbian police", ["SRBCOP"]),
        ("Egyptian police", ["EGYCOP"]),
        ("Afghan rebels", ["AFGREB"]),
        ("Russian soldiers", ["RUSMIL"]),
        ("French minister", ["FRAGOV"]),
        ("the Sudanese government", ["SDNGOV"]),
        ("Russia's foreign minister", ["RUSGOV"]),
        ("the U.S. secretary of state", ["USAGOV"]),
        ("Chinese journalists", ["CHNMED"]),
        ("Iraqi Kurds", ["IRQ"]),
        ("Rebels in the Ivory Coast", ["CIVREB"]),
        ("officials from Hungary", ["HUNGOV"]),
        ("the British ambassador to Russia", ["GBRGOV"]),
        ("Kremlin officials", ["RUSGOV"]),
    ],
)
def test_agent_nouns_take_the_country_from_modifiers(resolver, text, expected):
    assert codes(resolver, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senior Hungarian and Romanian officials", ["HUNGOV", "ROUGOV"]),
        ("Russia and the United States", ["RUS", "USA"]),
        ("Israeli and Palestinian negotiators", ["ISRGOV", "PSEGOV"]),
        ("Russian-U.S.", ["RUS", "USA"]),
        ("Israeli-Palestinian", ["ISR", "PSE"]),
        ("Britain, France and Germany", ["GBR", "FRA", "DEU"]),
        ("NATO and Russia", ["IGOWSTNAT", "RUS"]),
    ],
)
def test_compound_actors_give_one_actor_each(resolver, text, expected):
    assert codes(resolver, text) == expected


def test_guinea_bissau_is_not_split(resolver):
    assert codes(resolver, "Guinea-Bissau") == ["GNB"]


def test_lower_case_pronoun_us_is_not_the_united_states(resolver):
    assert codes(resolver, "us") == [None]
    assert codes(resolver, "who") == [None]


def test_leader_name_as_modifier(resolver):
    assert codes(resolver, "top Clinton administration officials", date(1998, 3, 1)) == ["USAGOV"]


def test_unresolved_phrase_keeps_text_and_no_code(resolver):
    doc_actors = resolver.new_document(Article(id="a", text="", published=date(2000, 1, 1)))
    (actor,) = doc_actors.resolve("the committee")
    assert actor.code is None and actor.text == "the committee"
    assert actor.path and actor.path[0].startswith("unresolved")
    assert doc_actors.unresolved == ["the committee"]


@pytest.mark.parametrize("text", ["", "   ", ",", "'s", "-", "the", "((", "\u2014", "123", "Thursday"])
def test_odd_text_never_raises(resolver, text):
    actors = resolver.resolve_text(text)
    assert len(actors) == 1 and actors[0].code is None


def test_unknown_person_coded_from_title(resolver):
    (actor,) = resolver.resolve_text("Hungarian Foreign Minister Janos Zzyzx")
    assert (actor.code, actor.name) == ("HUNGOV", "Janos Zzyzx")
    assert actor.path[0].startswith("title:")


def test_unknown_name_without_title_is_not_guessed(resolver):
    assert codes(resolver, "Janos Zzyzx") == [None]


def test_split_code():
    assert split_code("RUSGOV") == ("RUS", "GOV")
    assert split_code("RUS") == ("RUS", None)
    assert split_code("IGOWSTNAT") == (None, None)


def test_country_codes_are_iso3_or_listed_exceptions():
    for line, row in rows(DATA_DIR / "countries.tsv", ["iso3", "names", "adjectives", "seats"]):
        code = row["iso3"]
        assert pycountry.countries.get(alpha_3=code) or code in NON_ISO_CODES, f"countries.tsv:{line}: {code}"


def test_every_un_member_sized_list():
    iso = [row["iso3"] for _, row in rows(DATA_DIR / "countries.tsv", ["iso3", "names", "adjectives", "seats"])]
    assert len(iso) == len(set(iso)), "a country is listed twice"
    assert len(set(iso) - NON_ISO_CODES) >= 193


def test_country_names_do_not_collide_between_countries():
    seen: dict[str, str] = {}
    for line, row in rows(DATA_DIR / "countries.tsv", ["iso3", "names", "adjectives", "seats"]):
        for column in ("names", "seats"):
            for name in filter(None, row[column].split("|")):
                key = name.lower().removeprefix("the ")
                assert seen.setdefault(key, row["iso3"]) == row["iso3"], f"countries.tsv:{line}: {name!r} twice"


# --- people of the knowledge base, by the article's date -----------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [(date(1998, 10, 1), "RUSSPY"), (date(1999, 9, 1), "RUSGOV"), (date(2005, 1, 1), "RUSGOV")],
)
def test_putin_role_depends_on_the_date(resolver, day, expected):
    (actor,) = resolver.resolve_text("Vladimir Putin", published=day)
    assert actor.code == expected and actor.name == "Vladimir Putin"
    assert actor.path[0] == "kb:vladimir_putin" and actor.path[1].startswith("role:")


def test_surname_alone_resolves_when_one_person_holds_a_role(resolver):
    (actor,) = resolver.resolve_text("Putin", published=date(2001, 6, 1))
    assert actor.name == "Vladimir Putin" and actor.code == "RUSGOV"


def test_title_and_kb_person(resolver):
    (actor,) = resolver.resolve_text("Russian Security Council Secretary Sergei Ivanov", published=date(2000, 2, 17))
    assert (actor.code, actor.name) == ("RUSGOV", "Sergei Ivanov")


def test_appositive_with_kb_person(resolver):
    (actor,) = resolver.resolve_text("Samuel Berger, the U.S. national security advisor", published=date(2000, 2, 17))
    assert (actor.code, actor.name) == ("USAGOV", "Samuel Berger")


def test_person_out_of_office_is_an_elite(resolver):
    (actor,) = resolver.resolve_text("Boris Yeltsin", published=date(2003, 1, 1))
    assert actor.code == "RUSELI"
    assert "no role in force" in actor.path[-1]


def test_numbers_with_commas_and_leading_quantifiers(resolver):
    assert codes(resolver, "up to 4,000 Russian troops") == ["RUSMIL"]


def test_possessive_pronoun_takes_the_owner_country(resolver):
    doc_actors = resolver.new_document(Article(id="a", text="", published=date(2000, 1, 1)))
    doc_actors.resolve("Iraq")
    (actor,) = doc_actors.resolve("its troops")
    assert (actor.code, actor.name) == ("IRQMIL", "Iraq")
    assert actor.path[0] == "possessive: 'its' -> Iraq"
