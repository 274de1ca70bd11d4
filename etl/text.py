"""Documents to paragraphs, sentences and tokens, each keeping its character offsets in the text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl.morph import analyse, fold, normal_forms
from etl.vocab import currencies, vocabulary_words, word_forms

_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)?(?:[-‐‑][^\W\d_]+)?)"   # 6,1 · 36-летний · 2022-го
    r"|(?P<word>[^\W\d_]+(?:[-‐‑][^\W\d_]+)*)"          # words, hyphenated compounds
    r"|(?P<sym>\S)")
# a sentence ends at . ! ? … followed by space and a capital, a digit, a quote or a dash
_SENTENCE_END = re.compile(r"[.!?…]+[»\"”]?(?=\s+[«\"„“(—–-]?[A-ZА-ЯЁ0-9«])")
# words that end with a dot without ending a sentence
# (unit and scale abbreviations are not here: "изъято 775 кг. Стоимость ..." ends a sentence)
_ABBREVIATIONS = frozenset({"г", "ст", "им", "ул", "р", "см", "ч", "п", "пр", "обл", "рус", "каз", "англ", "св",
                            "д", "гг", "т.е", "т.к", "т.д", "т.п"})


@dataclass
class Token:
    """A word, a number or a sign, with its place in the document text."""

    text: str
    start: int
    end: int
    kind: str  # num, word or sym
    norm: str = ""
    lemma: str = ""
    pos: str = ""
    case: str = ""

    @property
    def pair(self) -> tuple[str, str]:
        """(lemma, folded surface), the form vocabularies match against."""
        return self.lemma, self.norm


@dataclass
class Sentence:
    """A sentence: its text span, tokens, and place in its paragraph and document."""

    start: int
    end: int
    tokens: list[Token]
    paragraph: int
    index: int  # position in the document
    first_in_paragraph: bool = False

    @property
    def pairs(self) -> list[tuple[str, str]]:
        return [t.pair for t in self.tokens]


@dataclass
class Paragraph:
    start: int
    end: int
    index: int
    sentences: list[Sentence] = field(default_factory=list)


_VOCABULARY = vocabulary_words()
_FORMS = word_forms()


def _vocabulary_lemma(word: str) -> str | None:
    """A less likely lemma of a word that is a vocabulary word ("спайса" -> "спайс")."""
    return next((lemma for lemma in normal_forms(word) if lemma in _VOCABULARY), None)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of a text, with lemmas for words."""
    tokens = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "sym"
        tok = Token(m.group(), m.start() + offset, m.end() + offset, kind)
        tok.norm = fold(tok.text)
        if kind == "word":
            tok.lemma, tok.pos, tok.case = analyse(tok.norm)
            if tok.lemma not in _VOCABULARY:
                tok.lemma = _FORMS.get(tok.norm) or _vocabulary_lemma(tok.norm) or tok.lemma
        else:
            tok.lemma = tok.norm
        tokens.append(tok)
    return tokens


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, cut = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        before = text[cut:m.start()].rsplit(None, 1)
        last = before[-1] if before else ""
        word = re.sub(r"^\W+", "", last).lower()
        following = text[m.end():end].split(None, 1)
        if word in _ABBREVIATIONS or (len(last) == 1 and last.isupper()):
            continue
        if following and following[0].strip(".,;:").lower() in currencies():
            continue  # "40 тыс. USD"

        spans.append((cut, m.end()))
        cut = m.end()
    spans.append((cut, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def split(text: str) -> list[Paragraph]:
    """Paragraphs (lines) and their sentences."""
    paragraphs: list[Paragraph] = []
    n_sentence = 0
    for m in re.finditer(r"[^\n]+", text):
        if not m.group().strip():
            continue
        para = Paragraph(m.start(), m.end(), len(paragraphs))
        for k, (a, b) in enumerate(_sentence_spans(text, m.start(), m.end())):
            sent = Sentence(a, b, tokenize(text[a:b], a), para.index, n_sentence, k == 0)
            para.sentences.append(sent)
            n_sentence += 1
        paragraphs.append(para)
    return paragraphs
