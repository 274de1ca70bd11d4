"""The language of a document: Russian, Kazakh in Cyrillic, Kazakh in the Latin script (`kk-Latn`), English.

lingua (its Russian, Kazakh and English models, high accuracy) reads the first characters of the text, which
settle it for these outlets; a text written mostly in Latin letters is transliterated to Cyrillic first
(data/reference/kk_latin.csv), and is `kk-Latn` when it then reads as Kazakh. None: too little text to tell.
"""

from __future__ import annotations

import re
from functools import cache

from etl.vocab import function_words, rows

SAMPLE = 400  # characters read: enough for a paragraph of news, and five times faster than the whole text
LANGUAGES = ("ru", "kk", "kk-Latn", "en")
KAZAKH = ("kk", "kk-Latn")
KAZAKH_LATIN = re.compile("[áǵńóúýıäğñöüūşÁǴŃÓÚÝÄĞÑÖÜŪŞ]")  # the Kazakh Latin alphabets' own letters


@cache
def _detector():  # noqa: ANN202
    from lingua import Language, LanguageDetectorBuilder

    codes = {Language.RUSSIAN: "ru", Language.KAZAKH: "kk", Language.ENGLISH: "en"}
    return LanguageDetectorBuilder.from_languages(*codes).build(), codes


PAD = "\u200b"  # a zero-width space after a letter that two Latin letters make ("sh" ш): etl.text reads past it
VOWELS = frozenset("aáeioóuúyAÁEIOÓUÚY")


@cache
def _latin() -> tuple[re.Pattern, dict[str, list[tuple[str, str]]]]:
    """The letter table (data/reference/kk_latin.csv): each Latin letter or pair, in lower and upper case, with
    its Cyrillic letters and the context each holds in ("vowel": after a vowel; "": anywhere)."""
    table: dict[str, list[tuple[str, str]]] = {}
    for _, row in rows("kk_latin.csv"):
        latin, cyrillic, after = row["latin"], row["cyrillic"], row["after"]
        table.setdefault(latin, []).append((cyrillic, after))
    for latin in list(table):
        upper = latin[0].upper() + latin[1:]
        if upper != latin and upper.lower() == latin:  # "ı" has no upper case of its own: "I" is "i"'s
            table.setdefault(upper, [(c[0].upper() + c[1:], after) for c, after in table[latin]])
    pattern = re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)))
    return pattern, table


def transliterate(text: str) -> str:
    """Latin-script Kazakh in Cyrillic letters, of the same length, case kept: a letter that two Latin letters
    make is padded with a zero-width space, so every offset in the result is the same character's offset in
    the text, and a quote cut from the text by a match in the result is verbatim."""
    pattern, table = _latin()

    def letter(m: re.Match) -> str:
        before = text[m.start() - 1] if m.start() else ""
        cyrillic = next(c for c, after in table[m.group()] if not after or after == "vowel" and before in VOWELS)
        return cyrillic + PAD * (len(m.group()) - len(cyrillic))

    return pattern.sub(letter, text)


def to_cyrillic(text: str) -> str:
    """Latin-script Kazakh in Cyrillic letters (lower case; other characters as they are)."""
    return transliterate(text).replace(PAD, "").lower()


KAZAKH_CYRILLIC = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")  # letters Russian never writes


def kazakh(text: str) -> str | None:
    """kk or kk-Latn for a text in Kazakh, else None; a text without a letter of Kazakh's own is not Kazakh,
    which spares the detector the Russian majority."""
    sample = text[:SAMPLE]
    if not KAZAKH_CYRILLIC.search(sample) and not KAZAKH_LATIN.search(sample):
        return None
    found = detect(text)
    return found if found in KAZAKH else None


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


SHORTEST_STEM = 3  # "түп"; a shorter word ("г", "кг") takes a Kazakh ending only after a hyphen ("кг-нан")


@cache
def _endings() -> tuple[tuple[str, ...], dict[str, str]]:
    """The Kazakh endings a noun takes (data/reference/function_words.csv: case_ending, plural_ending), longest
    first, and the voiced consonants a stem's last one becomes before a vowel (voicing)."""
    endings = function_words("case_ending") | function_words("plural_ending")
    return tuple(sorted(endings, key=len, reverse=True)), {pair[0]: pair[1] for pair in function_words("voicing")}


def kazakh_stem(word: str, known: frozenset[str] | set[str], depth: int = 3) -> str | None:
    """The known word a Kazakh form is built on ("келіден" -> келі, "грамнан" -> грамм, "бұталары" -> бұта,
    "түбі" -> түп, "Алматыдан" -> алматы), taking off up to `depth` endings (plural, possessive, case); None if
    no stem is known. A stem may have lost a doubled last letter ("грам-нан") or voiced its last consonant
    ("түб-і"), also with no ending at all ("500 грам")."""
    endings, voicing = _endings()
    if len(word) >= SHORTEST_STEM and word[-1].isalpha() and word + word[-1] in known:
        return word + word[-1]
    for ending in endings:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < SHORTEST_STEM:
            continue
        for form in (stem, stem + stem[-1], stem[:-1] + voicing.get(stem[-1], stem[-1])):
            if form in known:
                return form
        if depth > 1 and (found := kazakh_stem(stem, known, depth - 1)):
            return found
    return None
