"""Word forms: lemmas and parts of speech from pymorphy3, cached, with the text normalisation they need."""

from __future__ import annotations

import re
from functools import lru_cache

import pymorphy3

_MORPH = pymorphy3.MorphAnalyzer()

# Cyrillic letters that look like Latin ones, folded to Latin inside words that mix the scripts
# ("Тelegram", "Альфа-РVР"), so one vocabulary entry matches both spellings.
_LOOKALIKE = str.maketrans({"а": "a", "в": "b", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x",
                            "у": "y", "к": "k", "м": "m", "т": "t", "н": "h"})
_HYPHENS = str.maketrans({"‐": "-", "‑": "-"})  # hyphen and non-breaking hyphen are the plain one
_LATIN = re.compile(r"[a-z]")
_CYRILLIC = re.compile(r"[а-я]")


@lru_cache(maxsize=262144)
def fold(word: str) -> str:
    """Lower-case a word, write ё as е and every hyphen as "-", and fold look-alike letters in mixed-script
    parts."""
    word = word.lower().replace("ё", "е").translate(_HYPHENS)
    if _LATIN.search(word) and _CYRILLIC.search(word):
        parts = word.split("-")
        word = "-".join(p.translate(_LOOKALIKE) if _LATIN.search(p) else p for p in parts)
    return word


@lru_cache(maxsize=262144)
def _parses(word: str) -> tuple:
    """pymorphy3's readings of a folded word, most likely first; parsed once for every caller."""
    return tuple(_MORPH.parse(word))


@lru_cache(maxsize=262144)
def analyse(word: str) -> tuple[str, str, str, str, str]:
    """Return (lemma, part of speech, case, number, animacy) of a folded word; what pymorphy3 cannot tell is ''."""
    if _LATIN.search(word) and not _CYRILLIC.search(word):
        return word, "LATN", "", "", ""
    parsed = _parses(word)[0]
    if "-" in word and not parsed.is_known:
        # an unknown compound ("Telegram-чата"): inflect by its last part
        head, _, tail = word.rpartition("-")
        if tail:
            lemma, *tags = analyse(tail)
            return (f"{head}-{lemma}", *tags)
    tag = parsed.tag
    return (parsed.normal_form.replace("ё", "е"), str(tag.POS or ""), str(tag.case or ""), str(tag.number or ""),
            str(tag.animacy or ""))


def lemma(word: str) -> str:
    """The lemma of a word as it is written."""
    return analyse(fold(word))[0]


def lexeme(word: str) -> set[str]:
    """All the forms of a dictionary word, folded; the word itself if pymorphy3 cannot inflect it."""
    forms = {word}
    parses = _parses(word)
    for parsed in parses:
        if parsed.normal_form.replace("ё", "е") == word:
            forms |= {fold(p.word) for p in parsed.lexeme}
    if len(forms) == 1:
        # a participle used as a noun ("подозреваемый") has the verb as its lemma: inflect the word itself
        for parsed in parses:
            if fold(parsed.word) == word and parsed.tag.POS in {"ADJF", "PRTF"}:
                for case in ("nomn", "gent", "datv", "accs", "ablt", "loct"):
                    for grammemes in ({case, "plur"}, {case, "masc"}, {case, "femn"}, {case, "neut"}):
                        got = parsed.inflect(grammemes)
                        if got:
                            forms.add(fold(got.word))
                break
    return forms


def agree(word: str, number: float) -> str:
    """A noun in the form that goes with a number ("доза" -> "доз" after 25, "дозы" after 2,5); a word
    pymorphy3 cannot inflect is returned as it is."""
    parsed = next((p for p in _parses(fold(word)) if p.is_known and p.tag.POS == "NOUN"
                   and p.normal_form.replace("ё", "е") == fold(word)), None)
    parsed = parsed.inflect({"nomn"}) if parsed is not None else None
    if parsed is None:
        return word
    got = parsed.make_agree_with_number(int(number)) if float(number).is_integer() \
        else parsed.inflect({"gent", "sing"})
    return got.word if got else word


@lru_cache(maxsize=262144)
def normal_forms(word: str) -> tuple[str, ...]:
    """Every lemma pymorphy3 considers for a folded word, most likely first."""
    return tuple(dict.fromkeys(p.normal_form.replace("ё", "е") for p in _parses(word)))


@lru_cache(maxsize=65536)
def can_be_adjective(word: str) -> bool:
    """True when some reading of a folded word is an adjective or participle ("пожилого" is also a noun)."""
    return any(p.tag.POS in {"ADJF", "PRTF"} for p in _parses(word))


@lru_cache(maxsize=65536)
def singular_in(word: str, cases: frozenset[str]) -> bool:
    """True when some reading of a folded word is singular (or has no number) in one of the cases: "женщины"
    after "у" is the genitive singular, though its likeliest reading is the nominative plural."""
    return any(str(p.tag.case) in cases and p.tag.number != "plur" for p in _parses(word))


@lru_cache(maxsize=65536)
def toward(word: str) -> bool:
    """True when a folded word after в / на can only be the accusative of direction ("Астану", "Карагандинскую",
    "Тараз"), never the locative of place ("Астане", indeclinable "Алматы")."""
    cases = {str(p.tag.case) for p in _parses(word)}
    return "accs" in cases and not cases & {"loct", "loc2"}


@lru_cache(maxsize=4096)
def geographic_lemma(word: str) -> str | None:
    """The lemma of a folded word read as a geographic name (pymorphy3's Geox grammeme), or None."""
    return next((p.normal_form.replace("ё", "е") for p in _parses(word) if "Geox" in p.tag), None)
