"""Documents to paragraphs, sentences and tokens, each keeping its character offsets in the text."""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from etl.cues import Cues
from etl.language import KAZAKH, kazakh_stem
from etl.morph import analyse, fold, normal_forms
from etl.vocab import currencies, function_words, heads, places, substances, vocabulary_words, word_forms

# Unicode's invisible format characters (zero-width space and joiners, soft hyphen, direction marks, BOM): pasted
# from web pages inside numbers and words, never a token of their own; "1<ZWSP>500" reads as it shows, 1500.
INVISIBLE = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if unicodedata.category(c) == "Cf")


def _ranges(chars: str) -> str:
    """A regex class body for a set of characters as ranges (U+200B to U+200F as one): Python's re tests a long list
    of single characters outside the Basic Multilingual Plane one by one, ranges at once (9x faster here)."""
    spans: list[list[int]] = []
    for cp in sorted(map(ord, chars)):
        if spans and cp == spans[-1][1] + 1:
            spans[-1][1] = cp
        else:
            spans.append([cp, cp])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans)


_CF = _ranges(INVISIBLE)
INVISIBLE_CHARS = _INVISIBLE = re.compile(f"[{_CF}]")
_I = f"[{_CF}]+"
_I0 = f"[{_CF}]*"
_TOKEN = re.compile(
    rf"(?P<num>\d+(?:{_I}\d+)*(?:{_I0}[.,]{_I0}\d+)?(?:[-‐‑][^\W\d_]+)?)"   # 6,1 · 36-летний · 2022-го
    rf"|(?P<word>[^\W\d_]+(?:(?:[-‐‑]|{_I})[^\W\d_]+)*)"          # words, hyphenated compounds
    rf"|(?P<sym>[^\s{_CF}])")
# a sentence ends at . ! ? … followed by space and a capital or a digit (after a quote or a dash, if any)
_SENTENCE_END = re.compile(r"[.!?…]+[»\"”]?(?=\s+(?:[«\"„“(—–-]\s*){0,2}[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])")
# words that end with a dot without ending a sentence
# (unit and scale abbreviations are not here: "изъято 775 кг. Стоимость ..." ends a sentence)
_ABBREVIATIONS = function_words("abbreviation")
DASHES = frozenset({"-", "–", "—", "‑", "‐"})  # the dash tokens (hyphen, en and em dash, non-breaking hyphen)


class Token(NamedTuple):
    """A word, a number or a sign, with its place in the document text (a named tuple: a document has
    hundreds of thousands, and a tuple is made several times faster than a class instance)."""

    text: str
    start: int
    end: int
    kind: str  # num, word or sym
    norm: str = ""
    lemma: str = ""
    pos: str = ""
    case: str = ""
    number: str = ""   # sing or plur, as pymorphy3 reads it
    anim: str = ""     # anim or inan (nouns)

    @property
    def pair(self) -> tuple[str, str]:
        """(lemma, folded surface), the form vocabularies match against."""
        return self.lemma, self.norm


@dataclass
class Sentence:
    """A sentence: its text span, tokens, place in its paragraph and document, and its cues (found once)."""

    start: int
    end: int
    tokens: list[Token]
    paragraph: int
    index: int  # position in the document
    first_in_paragraph: bool = False
    kazakh: bool = False  # in a Kazakh document: its words are read as written, in the Kazakh word order

    _pairs: list[tuple[str, str]] | None = field(default=None, init=False, repr=False, compare=False)
    _cues: Cues | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def pairs(self) -> list[tuple[str, str]]:
        """(lemma, folded surface) of each token: what vocabularies match against."""
        if self._pairs is None:
            self._pairs = [(t.lemma, t.norm) for t in self.tokens]
        return self._pairs

    @property
    def cues(self) -> Cues:
        """Every vocabulary match of the sentence, typed, by category (found once, on first use)."""
        if self._cues is None:
            self._cues = Cues(self.pairs)
        return self._cues

    def lemma_at(self, i: int) -> str:
        """The lemma of token i, or '' outside the sentence."""
        return self.tokens[i].lemma if 0 <= i < len(self.tokens) else ""

    def text_at(self, i: int) -> str:
        """Token i as written, or '' outside the sentence."""
        return self.tokens[i].text if 0 <= i < len(self.tokens) else ""

    def clause_start(self, i: int) -> int:
        """The first token of the clause that holds token i (after , ; : — or the sentence start)."""
        k = i - 1
        while k >= 0 and self.tokens[k].text not in {",", ";", ":", "—", "–", "-", "("}:  # a spaced "-" is a dash
            k -= 1
        return k + 1


@dataclass
class Paragraph:
    start: int
    end: int
    index: int
    sentences: list[Sentence] = field(default_factory=list)


_VOCABULARY = vocabulary_words()
_FORMS = word_forms()
# the one-word places written out in full ("алматы", "семей"): a Kazakh word built on one is read as that place
_PLACE_WORDS = frozenset(p[0] for p in places().phrases if len(p) == 1 and not p[0].endswith("*"))
# the one-word substance names ("марихуана", "героин"): a Kazakh word built on one ("марихуананың", "героинді")
# names that substance
_SUBSTANCE_WORDS = frozenset(p[0] for p in substances().phrases if len(p) == 1 and not p[0].endswith("*"))
# the one-word head nouns ("қылмыс", "сайт"): a Kazakh word built on one ("қылмысын", "сайтты") is that head
_HEAD_WORDS = frozenset(form for form, _ in heads() if not form.endswith("*") and " " not in form)
# the case endings a Russian text puts on a town's name ("Сарыагаше", "Кандыагаша"), longest first
_PLACE_ENDINGS = tuple(sorted(function_words("place_case_ending"), key=len, reverse=True))


@lru_cache(maxsize=262144)
def word_info(text: str) -> tuple[str, str, str, str, str, str]:
    """(folded form, lemma, part of speech, case, number, animacy) of a word as written; a lemma that is a
    vocabulary word is preferred: the vocabulary's own inflection table, then pymorphy3's less likely lemmas
    ("спайса")."""
    norm = fold(text)
    lemma, pos, case, number, anim = analyse(norm)
    if lemma not in _VOCABULARY:
        lemma = _FORMS.get(norm) or next((x for x in normal_forms(norm) if x in _VOCABULARY), None) \
            or (text[:1].isupper() and _place_in_case(norm)) or lemma
    return norm, lemma, pos, case, number, anim


def _place_in_case(norm: str) -> str | None:
    """A town pymorphy3 does not know, in a Russian case ("в Сарыагаше", "из Кандыагаша"): the place's name."""
    return next((norm[: -len(e)] for e in _PLACE_ENDINGS if norm.endswith(e) and norm[: -len(e)] in _PLACE_WORDS),
                None)


# the first words of hyphenated Kazakh compounds that only qualify the word after them ("сот-сараптама")
_COMPOUND_FIRST = function_words("kazakh_qualifier")


@lru_cache(maxsize=65536)
def kazakh_word_info(text: str) -> tuple[str, str, str, str, str, str]:
    """A Kazakh word as the vocabularies match it: its folded form, which is also its lemma (pymorphy3 knows
    Russian only: its guesses for Kazakh words are noise; Kazakh vocabulary entries are stems with a *); a place
    with its endings ("Алматыдан", "Семейде") has the place's name as its lemma."""
    norm = fold(text)
    lemma = norm
    if norm not in _VOCABULARY:
        lemma = (text[:1].isupper() and kazakh_stem(norm, _PLACE_WORDS)) or kazakh_stem(norm, _SUBSTANCE_WORDS) \
            or kazakh_stem(norm, _HEAD_WORDS) or norm
        first, _, last = norm.partition("-")
        if lemma == norm and first in _COMPOUND_FIRST and last:
            # "сот-сараптамасының" (forensic expertise): a compound of a qualifier reads as its main word
            lemma = kazakh_stem(last, _SUBSTANCE_WORDS) or kazakh_stem(last, _HEAD_WORDS) or last
    return norm, lemma, "", "", "", ""


def tokenize(text: str, offset: int = 0, lang: str | None = None) -> list[Token]:
    """Tokens of a text, with lemmas for words (Kazakh words, `lang` kk, as they are written)."""
    tokens: list[Token] = []
    append = tokens.append
    info = kazakh_word_info if lang in KAZAKH else word_info
    make = tuple.__new__  # a Token from one tuple: a named tuple's own constructor is slower by half
    invisible = _INVISIBLE.search(text) is not None
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        word = m.group()
        a, b = m.span()
        if invisible:  # the token as it reads: its text without them, its span as written
            word = _INVISIBLE.sub("", word)
        if kind == "word":
            append(make(Token, (word, a + offset, b + offset, kind, *info(word))))
        else:
            norm = word.lower()
            append(make(Token, (word, a + offset, b + offset, kind or "sym", norm, norm, "", "", "", "")))
    return tokens


_NEXT_WORD = re.compile(r"\s*(\S+)")


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, cut = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        before = text[cut:m.start()].rsplit(None, 1)
        last = before[-1] if before else ""
        word = re.sub(r"^\W+", "", last).lower()
        nxt = _NEXT_WORD.match(text, m.end(), end)  # the word after: looked at, the rest of the paragraph not copied
        following = [nxt.group(1)] if nxt else []
        if word in _ABBREVIATIONS or (len(last) == 1 and last.isupper()):
            continue
        if following and following[0].strip(".,;:").lower() in currencies():
            continue  # "40 тыс. USD"

        spans.append((cut, m.end()))
        cut = m.end()
    spans.append((cut, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def split(text: str, lang: str | None = None) -> list[Paragraph]:
    """Paragraphs (lines) and their sentences. The text is tokenised once and its tokens dealt to the sentences:
    a token never crosses a sentence's end, which lies in the space after its punctuation."""
    tokens = tokenize(text, lang=lang)
    starts = [t.start for t in tokens]
    paragraphs: list[Paragraph] = []
    n_sentence = 0
    for m in re.finditer(r"[^\n]+", text):
        if not m.group().strip():
            continue
        para = Paragraph(m.start(), m.end(), len(paragraphs))
        for k, (a, b) in enumerate(_sentence_spans(text, m.start(), m.end())):
            sent = Sentence(a, b, tokens[bisect_left(starts, a):bisect_left(starts, b)], para.index, n_sentence,
                            k == 0, lang in KAZAKH)
            para.sentences.append(sent)
            n_sentence += 1
        paragraphs.append(para)
    return paragraphs
