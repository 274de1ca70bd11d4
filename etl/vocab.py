"""The one loader of the vocabularies in data/reference/: places, substances, heads, cues, numbers, currencies."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from etl.errors import VocabularyError

REFERENCE = Path(__file__).resolve().parent.parent / "data" / "reference"
UNITS_FILE = REFERENCE / "units.txt"

REGION_CODES = frozenset({
    "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35", "KZ-39",
    "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79"})
SUBSTANCES = frozenset({
    "heroin", "hashish", "marijuana", "cocaine", "mephedrone", "methamphetamine", "amphetamine",
    "alpha-pvp", "methadone", "opium", "poppy", "synthetic", "psychotropic", "precursors", "drugs"})
KINDS = ("seizure", "people", "money", "labs", "groups", "online", "crimes")
ACTIONS = ("detained", "arrested", "charged")
ROLES = ("seized", "frozen", "forfeited", "turnover", "value")


def rows(name: str) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a CSV file under data/reference/, with their line numbers; lines starting with # are comments."""
    path = REFERENCE / name
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [(n, line) for n, line in enumerate(fh, 1) if line.strip() and not line.startswith("#")]
    header = next(csv.reader([lines[0][1]]))
    for n, line in lines[1:]:
        values = next(csv.reader([line]))
        if len(values) != len(header):
            raise VocabularyError(path, n, f"{len(values)} columns where the header has {len(header)}")
        yield n, dict(zip(header, (v.strip() for v in values), strict=False))


PREFIX_CACHE = 200_000  # words whose prefix patterns a lexicon keeps (then it starts again)


class Lexicon:
    """Phrases of lemmas mapped to values; `*` at the end of a word matches any lemma starting so."""

    def __init__(self, phrases: dict[tuple[str, ...], object]) -> None:
        self.phrases = phrases
        self.longest = max((len(p) for p in phrases), default=1)
        # phrases indexed by their first word: exact words in a dict, prefix patterns in a list
        self._first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._prefixed: list[tuple[tuple[str, ...], str]] = []
        for phrase, value in sorted(phrases.items(), key=lambda item: -len(item[0])):
            if phrase[0].endswith("*"):
                self._prefixed.append((phrase, value))
            else:
                self._first.setdefault(phrase[0], []).append((phrase, value))
        self._prefixes = tuple(p[0][:-1] for p, _ in self._prefixed)
        self._by_prefix: dict[str, list[int]] = {}  # a pattern's prefix -> its positions in _prefixed
        for k, (phrase, _) in enumerate(self._prefixed):
            self._by_prefix.setdefault(phrase[0][:-1], []).append(k)
        self._prefixed_of: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}  # a word's, found once

    def _prefixed_for(self, word: tuple[str, str]) -> list[tuple[tuple[str, ...], str]]:
        """The prefix patterns whose first word matches a (lemma, surface) word, longest phrase first: looked up
        by the word's beginnings, not by trying every pattern, and kept per word."""
        found = self._prefixed_of.get(word)
        if found is None:
            lemma, surface = word
            positions = {k for text in {lemma, surface} for n in range(1, len(text) + 1)
                         for k in self._by_prefix.get(text[:n], ())}
            found = [self._prefixed[k] for k in sorted(positions)]
            if len(self._prefixed_of) >= PREFIX_CACHE:
                self._prefixed_of.clear()
            self._prefixed_of[word] = found
        return found

    @classmethod
    def build(cls, entries: list[tuple[str, object]]) -> Lexicon:
        return cls({tuple(form.split()): value for form, value in entries})

    def match_at(self, words: list[tuple[str, str]], i: int) -> tuple[int, object] | None:
        """The longest phrase starting at words[i] as (length, value); words are (lemma, surface) pairs."""
        lemma, surface = words[i]
        first = self._first
        if lemma not in first and surface not in first and not (
                self._prefixes and (lemma.startswith(self._prefixes) or surface.startswith(self._prefixes))):
            return None
        best = None
        lists = [first.get(lemma, ())]
        if surface != lemma:
            lists.append(first.get(surface, ()))
        if self._prefixes:
            lists.append(self._prefixed_for(words[i]))
        for candidates in lists:
            for phrase, value in candidates:  # longest first: the first that matches is this list's best
                size = len(phrase)
                if best is not None and size <= best[0]:
                    break
                if i + size > len(words):
                    continue
                if size == 1 or all(_word_matches(p, words[i + k]) for k, p in enumerate(phrase[1:], 1)):
                    best = (size, value)
                    break
        return best

    def find(self, words: list[tuple[str, str]]) -> Iterator[tuple[int, int, object]]:
        """Every non-overlapping match in a word list as (start, end, value), left to right, longest first."""
        i = 0
        first, prefixes = self._first, self._prefixes
        while i < len(words):
            lemma, surface = words[i]
            if lemma not in first and surface not in first and not (
                    prefixes and (lemma.startswith(prefixes) or surface.startswith(prefixes))):
                i += 1
                continue
            hit = self.match_at(words, i)
            if hit:
                yield i, i + hit[0], hit[1]
                i += hit[0]
            else:
                i += 1


def _word_matches(pattern: str, word: tuple[str, str]) -> bool:
    lemma, surface = word
    if pattern.endswith("*"):
        return lemma.startswith(pattern[:-1]) or surface.startswith(pattern[:-1])
    return pattern == lemma or pattern == surface


@dataclass(frozen=True, slots=True)
class Place:
    """What a place name says: its code (KZ-xx, KZ or abroad) and its type (see places.csv)."""

    code: str
    type: str


@cache
def places() -> Lexicon:
    """Place names: form -> Place; places.csv, then every other country's Russian names (pycountry)."""
    entries = []
    for n, row in rows("places.csv"):
        code = row["code"]
        if code not in REGION_CODES | {"KZ", "abroad"}:
            raise VocabularyError(REFERENCE / "places.csv", n,
                                  f"code {code!r} is not an ISO 3166-2:KZ region, KZ or abroad")
        entries.append((row["form"], Place(code, row["type"])))
    known = {form for form, _ in entries}
    entries += [(form, Place("abroad", "foreign")) for form in country_forms() if form not in known]
    return Lexicon.build(entries)


@cache
def country_forms() -> tuple[str, ...]:
    """The Russian names of every country but Kazakhstan, as lemma phrases: ISO 3166-1 names, official and
    common names in pycountry's Russian translation, and the geographic word of a longer name ("Республика
    Молдова" also gives "молдова")."""
    import gettext

    import pycountry

    from etl.morph import analyse, fold, geographic_lemma

    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    names: set[str] = set()
    for country in pycountry.countries:
        if country.alpha_2 == "KZ":
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                translated = ru.gettext(value)
                if translated != value or not value.isascii():
                    names.add(translated.replace("\u0301", ""))  # a stress mark in "Респу́блика"
    forms: set[str] = set()
    for name in names:
        words = [w for w in name.replace(",", " ").split() if w]
        lemmas = [analyse(fold(w))[0] for w in words]
        if len(words) > 1:
            forms.add(" ".join(lemmas))
        # one word of a name stands alone only when it is a place name, not a common word ("Того", "Чад")
        forms.update(lemma for lemma in (geographic_lemma(fold(w)) for w in words if w[:1].isupper()) if lemma)
    return tuple(sorted(forms))


@cache
def month_names() -> dict[str, int]:
    """Russian month names and abbreviations (Babel's locale data) -> month number."""
    from babel.dates import get_month_names

    out = {name: n for n, name in get_month_names("wide", "stand-alone", "ru").items()}
    for context in ("format", "stand-alone"):
        out.update({name.rstrip("."): n for n, name in get_month_names("abbreviated", context, "ru").items()})
    return out


@cache
def kazakh_month_names() -> dict[str, int]:
    """Kazakh month names (Babel's locale data) -> month number; matched as stems ("қазанда", "маусымнан")."""
    from babel.dates import get_month_names

    return {name.lower(): n for n, name in get_month_names("wide", "format", "kk").items()}


@cache
def kazakh_month_abbreviations() -> dict[str, int]:
    """Kazakh abbreviated month names (Babel's locale data: "сәу." -> 4), months only with a day before them."""
    from babel.dates import get_month_names

    return {name.lower().rstrip("."): n for n, name in get_month_names("abbreviated", "format", "kk").items()}


@cache
def weekday_names() -> dict[str, int]:
    """Russian weekday names (Babel's locale data) -> Monday = 0."""
    from babel.dates import get_day_names

    return {name: n for n, name in get_day_names("wide", "format", "ru").items()}


@cache
def kazakh_weekday_names() -> dict[str, int]:
    """Kazakh weekday names (Babel's locale data) -> Monday = 0; matched as stems ("сенбіде", "жұмада")."""
    from babel.dates import get_day_names

    return {name.lower(): n for n, name in get_day_names("wide", "format", "kk").items()}


@cache
def unit_words() -> frozenset[str]:
    """The unit names and aliases that units.txt (pint's definitions syntax) defines."""
    words = set()
    for line in UNITS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "=" in line:
            parts = [p.strip() for p in line.split("=")]
            words.update(p for p in [parts[0], *parts[2:]] if p and not p.startswith("["))
    return frozenset(words)


@cache
def unit_lemmas() -> dict[str, str]:
    """The word units.txt writes first for each GUIDE.md unit (doses -> доза, litres -> литр) and for kg (its
    symbol): the words a figure is written back in."""
    out: dict[str, str] = {}
    for line in UNITS_FILE.read_text(encoding="utf-8").splitlines():
        parts = [p.strip() for p in line.split("#", 1)[0].split("=")]
        if len(parts) < 2:
            continue
        name, definition, aliases = parts[0], parts[1], parts[2:]
        if definition.startswith("[") and aliases:
            out[name] = aliases[0]
        elif definition == "liter":
            out["litres"] = name
        elif definition == "kilogram" and aliases:
            out["kg"] = aliases[0]
    return out


@cache
def currency_words() -> dict[str, str]:
    """ISO code -> the first word currencies.csv gives it (KZT -> тенге); a code written as a word is the code."""
    out: dict[str, str] = {}
    for form, code in currencies().items():
        out.setdefault(code, code if form == code.lower() else form)
    return out


@cache
def vocabulary_words() -> frozenset[str]:
    """Every dictionary word that a vocabulary file uses."""
    words: set[str] = set()
    for lex in [places(), substances(), *(cues(c) for c in cue_categories())]:
        for phrase in lex.phrases:
            words.update(w for w in phrase if not w.endswith("*"))
    words.update(form for form, _ in heads() if not form.endswith("*"))
    words.update(w for w, (_, kind) in numbers().items() if kind not in {"prefix", "ending"})  # not word parts
    words.update(currencies())
    words.update(unit_words())
    words.update(month_names())
    words.update(weekday_names())
    words.update(row["word"] for _, row in rows("function_words.csv") if " " not in row["word"])
    return frozenset(words)


@cache
def word_forms() -> dict[str, str]:
    """Every case form of every vocabulary word -> that word.

    pymorphy3 guesses odd lemmas for rare words ("Мангистауской" -> "мангистауска", "Синтетику" ->
    "синтетик"), so the vocabularies' own words are inflected once, through pymorphy3's lexemes, and a
    word of the text whose lemma is not in a vocabulary is looked up here.
    """
    from etl.morph import lexeme

    words = vocabulary_words()
    out: dict[str, str] = {}
    for word in sorted(words):
        for form in lexeme(word):
            out.setdefault(form, word)
    out.update({word: word for word in words})
    return out


@cache
def cue_index() -> tuple[dict[str, list[tuple[str, Lexicon]]], list[tuple[tuple[str, ...], str, Lexicon]]]:
    """All cue lexicons (and substances) indexed by the words their phrases start with, so that one pass over a
    sentence finds every category: (first word -> [(category, lexicon)], [(prefixes, category, lexicon)])."""
    lexicons = {category: cues(category) for category in cue_categories()}
    lexicons["substance"] = substances()
    lexicons["place"] = places()
    # "полтонны", "полукилограмма": a prefix of numbers.csv written onto a unit word
    halves = [(prefix + word[:-1] + "*", word) for prefix in unit_prefixes() for word in unit_words() if len(word) > 4]
    # a short word only as written whole: "полкило", "поллитра" (not "полкил*": that is "полкилометра" too)
    halves += [(prefix + word, word) for prefix in unit_prefixes() for word in unit_words()
               if 3 <= len(word) <= 4 and word.isalpha()]
    lexicons["unit"] = Lexicon.build([(w, w) for w in unit_words()] + halves)
    lexicons["month"] = Lexicon.build([(w, str(n)) for w, n in month_names().items()]
                                      + [(w + "*", str(n)) for w, n in kazakh_month_names().items()]
                                      + [(w, str(n)) for w, n in kazakh_month_abbreviations().items()])
    lexicons["weekday"] = Lexicon.build([(w, str(n)) for w, n in weekday_names().items()]
                                        + [(w + "*", str(n)) for w, n in kazakh_weekday_names().items()])
    index: dict[str, list[tuple[str, Lexicon]]] = {}
    prefixed = []
    for category, lex in lexicons.items():
        for word in lex._first:
            index.setdefault(word, []).append((category, lex))
        if lex._prefixes:
            prefixed.append((lex._prefixes, category, lex))
    return index, prefixed


@lru_cache(maxsize=262144)
def _starting(lemma: str, surface: str) -> tuple[tuple[str, Lexicon | None, object, frozenset | None], ...]:
    """What may start at this word: (category, lexicon, value, next words). A word that only makes one-word
    phrases of a category carries its value (lexicon None: no need to look further); a word that starts longer
    phrases carries the words that may follow it (None when a pattern with * may), so that the lexicon is asked
    only when one of them does."""
    index, prefixed = cue_index()
    candidates = list(index.get(lemma, []))
    if surface != lemma:
        candidates += index.get(surface, [])
    for prefixes, category, lex in prefixed:
        if lemma.startswith(prefixes) or surface.startswith(prefixes):
            candidates.append((category, lex))
    out = []
    for category, lex in dict.fromkeys(candidates):
        own = [phrase for key in {lemma, surface} for phrase, _ in lex._first.get(key, ())]
        single = lex.match_at([(lemma, surface)], 0)
        if lex.longest == 1 or not lex._prefixes and all(len(phrase) == 1 for phrase in own):
            if single:
                out.append((category, None, single[1], None))
            continue
        seconds = None
        if not lex._prefixes:
            nexts = {phrase[1] for phrase in own if len(phrase) > 1}
            seconds = None if any(w.endswith("*") for w in nexts) else frozenset(nexts)
        out.append((category, lex, single[1] if single else None, seconds))
    return tuple(out)


class Hit(NamedTuple):
    """A vocabulary match over tokens [start, end) of a sentence."""

    start: int
    end: int
    value: object


def find_all(words: list[tuple[str, str]]) -> dict[str, list[Hit]]:
    """Every cue category's matches in one pass: category -> hits left to right, as Lexicon.find gives them."""
    out: dict[str, list[Hit]] = {}
    free: dict[str, int] = {}  # per category, the first index a new match may start at
    last = len(words) - 1
    starting = _starting
    for i, candidates in [(i, c) for i, (lemma, surface) in enumerate(words) if (c := starting(lemma, surface))]:
        for category, lex, value, seconds in candidates:
            if free.get(category, 0) > i:
                continue
            if lex is not None and (seconds is None or i < last and not seconds.isdisjoint(words[i + 1])):
                hit = lex.match_at(words, i)
            else:
                hit = (1, value) if value is not None else None
            if hit:
                out.setdefault(category, []).append(Hit(i, i + hit[0], hit[1]))
                free[category] = i + hit[0]
    return out


def cue_categories() -> list[str]:
    return sorted({row["category"] for _, row in rows("cues.csv")})


@cache
def region_names() -> dict[str, dict[str, str]]:
    """The 20 regions: code -> names in English, Russian, Kazakh and the centre."""
    out = {row["code"]: row for _, row in rows("regions.csv")}
    missing = REGION_CODES - set(out)
    extra = set(out) - REGION_CODES
    if missing or extra:
        raise VocabularyError(REFERENCE / "regions.csv", 0, f"missing {sorted(missing)}, unknown {sorted(extra)}")
    return out


@cache
def surroundings() -> dict[str, str]:
    """A city of republican significance -> the region around it (surroundings.csv)."""
    out = {}
    for n, row in rows("surroundings.csv"):
        if row["city"] not in REGION_CODES or row["region"] not in REGION_CODES:
            raise VocabularyError(REFERENCE / "surroundings.csv", n, f"unknown code in {row}")
        out[row["city"]] = row["region"]
    return out


@dataclass(frozen=True, slots=True)
class Substance:
    """What a substance word says: the GUIDE.md substance, how specific the word is (rank) and its family."""

    name: str
    rank: int
    family: str


@cache
def substances() -> Lexicon:
    """Substance words: form -> Substance."""
    entries = []
    for n, row in rows("substances.csv"):
        if row["substance"] not in SUBSTANCES:
            raise VocabularyError(REFERENCE / "substances.csv", n, f"substance {row['substance']!r} is not in GUIDE.md")
        entries.append((row["form"], Substance(row["substance"], int(row["rank"]), row["family"])))
    return Lexicon.build(entries)


@cache
def families() -> dict[str, str]:
    """A named substance's family ("alpha-pvp" -> "synthetic"), and each family's umbrella name to itself
    ("synthetic"), from substances.csv."""
    return {row["substance"]: row["family"] for _, row in rows("substances.csv") if row["family"]}


@dataclass(frozen=True)
class Head:
    kind: str
    needs: frozenset[str]


@cache
def heads() -> list[tuple[str, Head]]:
    """Head nouns: (form, Head), exact forms first."""
    out = []
    for n, row in rows("heads.csv"):
        if row["kind"] not in KINDS:
            raise VocabularyError(REFERENCE / "heads.csv", n, f"kind {row['kind']!r} is not in GUIDE.md")
        needs = frozenset(w for w in row["needs"].split("|") if w)
        out.append((row["form"], Head(row["kind"], needs)))
    return sorted(out, key=lambda item: item[0].endswith("*"))


@cache
def head_of(lemma: str) -> Head | None:
    """The head entry a lemma is, or None."""
    for form, head in heads():
        if form == lemma or (form.endswith("*") and lemma.startswith(form[:-1])):
            return head
    return None


@cache
def cues(category: str) -> Lexicon:
    """Cue phrases of one category of cues.csv: form -> value."""
    entries = [(row["form"], row["value"]) for _, row in rows("cues.csv") if row["category"] == category]
    if not entries:
        raise VocabularyError(REFERENCE / "cues.csv", 0, f"no cues of category {category!r}")
    for _, value in entries:
        if category == "action" and value not in ACTIONS:
            raise VocabularyError(REFERENCE / "cues.csv", 0, f"action {value!r} is not in GUIDE.md")
        if category == "role" and value not in ROLES:
            raise VocabularyError(REFERENCE / "cues.csv", 0, f"role {value!r} is not in GUIDE.md")
    return Lexicon.build(entries)


@cache
def function_words(category: str) -> frozenset[str]:
    """The words of one category of function_words.csv (prepositions, conjunctions, short forms by their role)."""
    words = frozenset(row["word"] for _, row in rows("function_words.csv") if row["category"] == category)
    if not words:
        raise VocabularyError(REFERENCE / "function_words.csv", 0, f"no function words of category {category!r}")
    return words


@cache
def single_words(category: str) -> frozenset[str]:
    """The one-word forms of a cue category."""
    return frozenset(p[0] for p in cues(category).phrases if len(p) == 1)


@cache
def numbers() -> dict[str, tuple[float, str]]:
    """Number words: lemma -> (value, kind), kind one of cardinal, collective, fraction, scale."""
    return {row["lemma"]: (float(row["value"]), row["kind"]) for _, row in rows("numbers.csv")}


@cache
def unit_prefixes() -> dict[str, float]:
    """Number prefixes written onto a unit word ("пол" in "полтонны"): prefix -> value, longest first."""
    found = {lemma: value for lemma, (value, kind) in numbers().items() if kind == "prefix"}
    return dict(sorted(found.items(), key=lambda item: -len(item[0])))


@cache
def currencies() -> dict[str, str]:
    """Currency words and signs: form -> ISO 4217 code."""
    return {row["form"]: row["code"] for _, row in rows("currencies.csv")}


@cache
def relevance_stems() -> tuple[str, ...]:
    """The word beginnings that make an article about drugs (relevance.csv, every language), longest first."""
    stems = {row["stem"].lower().replace("ё", "е") for _, row in rows("relevance.csv") if row["stem"]}
    if not stems:
        raise VocabularyError(REFERENCE / "relevance.csv", 0, "no stems")
    return tuple(sorted(stems, key=len, reverse=True))
