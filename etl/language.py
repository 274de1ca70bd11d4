"""The language of a document: Russian, Kazakh in Cyrillic, Kazakh in the Latin script (`kk-Latn`), English.

lingua (its Russian, Kazakh and English models, high accuracy) reads the first characters of the text, which
settle it for these outlets; a text written mostly in Latin letters is transliterated to Cyrillic first
(data/reference/kk_latin.csv), and is `kk-Latn` when it then reads as Kazakh. None: too little text to tell.
"""

from __future__ import annotations

import re
from functools import cache

from etl.vocab import rows

SAMPLE = 400  # characters read: enough for a paragraph of news, and five times faster than the whole text
LANGUAGES = ("ru", "kk", "kk-Latn", "en")
KAZAKH = ("kk", "kk-Latn")
KAZAKH_LATIN = re.compile("[áǵńóúýıäğñöüūşÁǴŃÓÚÝÄĞÑÖÜŪŞ]")  # the Kazakh Latin alphabets' own letters


@cache
def _detector():  # noqa: ANN202
    from lingua import Language, LanguageDetectorBuilder

    codes = {Language.RUSSIAN: "ru", Language.KAZAKH: "kk", Language.ENGLISH: "en"}
    return LanguageDetectorBuilder.from_languages(*codes).build(), codes


@cache
def _latin() -> tuple[re.Pattern, dict[str, str]]:
    table = {row["latin"]: row["cyrillic"] for _, row in rows("kk_latin.csv")}
    pattern = re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)))
    return pattern, table


def to_cyrillic(text: str) -> str:
    """Latin-script Kazakh in Cyrillic letters (lower case; other characters as they are)."""
    pattern, table = _latin()
    return pattern.sub(lambda m: table[m.group()], text.lower())


KAZAKH_CYRILLIC = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")  # letters Russian never writes


def is_kazakh(text: str) -> bool:
    """True for a text in Kazakh (either script); a text without a letter of Kazakh's own is not, which spares
    the detector the Russian majority."""
    sample = text[:SAMPLE]
    if not KAZAKH_CYRILLIC.search(sample) and not KAZAKH_LATIN.search(sample):
        return False
    return detect(text) in KAZAKH


def detect(text: str) -> str | None:
    """The language of a text: ru, kk, kk-Latn or en; None when it has too few letters to tell."""
    sample = text[:SAMPLE]
    latin = sum(1 for ch in sample if "a" <= ch.lower() <= "z" or KAZAKH_LATIN.match(ch))
    cyrillic = sum(1 for ch in sample if "\u0400" <= ch <= "\u04ff")
    if latin + cyrillic < 20:
        return None
    detector, codes = _detector()
    if latin > cyrillic and KAZAKH_LATIN.search(sample):  # letters English never writes
        found = detector.detect_language_of(to_cyrillic(sample))
        if found is not None and codes[found] == "kk":
            return "kk-Latn"
    found = detector.detect_language_of(sample)
    return codes.get(found) if found is not None else None
