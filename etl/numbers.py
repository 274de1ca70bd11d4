"""Numbers in a sentence: digits with spaces, commas and points, scale words, number words in any case."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from etl.text import INVISIBLE_CHARS, Token
from etl.vocab import function_words, kazakh_month_names, month_names, numbers, single_words

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)?$")
_GROUP = re.compile(r"^\d{3}$")
WORD_KINDS = frozenset({"cardinal", "collective", "fraction"})  # number words that stand alone (numbers.csv)
_HYPHENATED = re.compile(r"^(\d+)[-‐‑](\w+)$")
_SPACES = {" ", "\u00a0", "\u202f", "\u2009"}


@dataclass
class Number:
    """A number read from tokens[start:end] (end exclusive): its value and how it was written."""

    start: int
    end: int
    value: float
    words: bool = False      # written in words ("две", "полтора")
    scaled: bool = False     # multiplied by a scale word ("млн")
    collective: bool = False  # "двое", "пятеро": stands for people on its own
    hedged: bool = False     # a hedge after it ("20 с лишним"): more than the number


def digits_value(text: str) -> float:
    """The value of one digit token: a comma is a decimal mark; a point before exactly three digits groups thousands."""
    if "," in text:
        return float(text.replace(",", "."))
    if "." in text:
        whole, frac = text.split(".")
        if len(frac) == 3 and whole != "0":
            return float(whole + frac)
        return float(text)
    return float(text)


def _scale(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """A scale word at tokens[i] ("тыс.", "млн", "миллиардов") as (factor, tokens used)."""
    if i >= len(tokens) or tokens[i].kind != "word":
        return None
    entry = numbers().get(tokens[i].lemma) or numbers().get(tokens[i].norm)
    if not entry or entry[1] != "scale":
        return None
    used = 1
    if i + 1 < len(tokens) and tokens[i + 1].text == "." and tokens[i].norm in function_words("scale_abbreviation"):
        used = 2
    return entry[0], used


def _word_value(tok: Token) -> tuple[float, str] | None:
    if tok.kind != "word":
        return None
    entry = numbers().get(tok.lemma)
    if entry and entry[1] in WORD_KINDS and tok.pos != "NPRO":  # Russian "он" (he) is no Kazakh "он" (ten)
        return entry
    return None


def is_number(tok: Token) -> bool:
    """A token that is a number in digits or a number word ("12", "шесть", "двое")."""
    return tok.kind == "num" or _word_value(tok) is not None


def _adjacent(text: str, a: Token, b: Token) -> bool:
    """True when only one space stands between two tokens (a thousands group)."""
    gap = text[a.end:b.start] if text else " " * (b.start - a.end)
    if len(gap) > 1:
        gap = INVISIBLE_CHARS.sub("", gap)  # "1 <ZWSP>500" reads as it shows
    return len(gap) == 1 and gap in _SPACES


HYPHENS = frozenset({"-", "‐", "‑"})


def _name_part(tokens: list[Token], i: int) -> bool:
    """True for digits joined by a hyphen to the word before them, with no space ("Айнабулак-2")."""
    return i >= 2 and tokens[i - 1].text in HYPHENS and tokens[i - 2].kind == "word" \
        and tokens[i - 2].end == tokens[i - 1].start and tokens[i - 1].end == tokens[i].start


def _glued(a: Token, b: Token) -> bool:
    return a.end == b.start


def _numeric_sign(tok: Token) -> bool:
    """A fraction slash or a character that is a number without being a digit (½, ², ①)."""
    return tok.text == "/" or any(unicodedata.numeric(ch, None) is not None and not ch.isdecimal() for ch in tok.text)


def _broken(tokens: list[Token], i: int) -> bool:
    """True when the digits at tokens[i] are only part of what is written there, so that reading them alone
    would give a wrong figure: letters glued before them ("AK47", the 6 of "1e6"; not the tenge's "Т850"), a
    fraction or another numeric sign glued to either side ("1/2", "1½", "5²"), or letters and digits glued after
    them ("1e6", "3x4"). Such a figure is not read at all."""
    tok = tokens[i]
    before = tokens[i - 1] if i > 0 and _glued(tokens[i - 1], tok) else None
    after = tokens[i + 1] if i + 1 < len(tokens) and _glued(tok, tokens[i + 1]) else None
    if before is not None and (before.kind == "word" and before.text not in function_words("currency_letter")
                               or _numeric_sign(before)):
        return True  # not "Т850 млн": a tenge sign written as a letter (etl.grammars.money)
    if after is not None and _numeric_sign(after):
        return True
    return after is not None and after.kind == "word" and i + 2 < len(tokens) \
        and tokens[i + 2].kind == "num" and _glued(after, tokens[i + 2])


def read_numbers(tokens: list[Token], text: str = "") -> list[Number]:
    """Every number in a token list, compound forms joined ("1 млрд 155 млн", "734 228", "двух с половиной")."""
    found: list[Number] = []
    words = numbers()
    for i in [k for k, t in enumerate(tokens) if t.kind == "num" or t.lemma in words]:
        if found and i < found[-1].end:
            continue  # inside the number before
        tok = tokens[i]
        if tok.kind == "num" and (_name_part(tokens, i) or _broken(tokens, i)):
            continue  # "Айнабулак-2", "Қарасора-2022": a number that is part of a name; "1/2", "1e6"
        num = None
        if tok.kind == "num" and _case_ending(tok.text) is not None:
            num = Number(i, i + 1, _case_ending(tok.text))  # "80-ти килограммов"
        elif tok.kind == "num" and _DIGITS.match(tok.text):
            j, raw = i + 1, tok.text
            if re.fullmatch(r"\d{1,3}", raw):
                while j < len(tokens) and _GROUP.match(tokens[j].text) and _adjacent(text, tokens[j - 1], tokens[j]):
                    raw += tokens[j].text
                    j += 1
                if j < len(tokens) and _adjacent(text, tokens[j - 1], tokens[j]) \
                        and _case_ending(tokens[j].text) is not None and _GROUP.match(tokens[j].text.split("-")[0]):
                    raw += tokens[j].text.split("-")[0]  # "3 400-ден астам": the last group with a case ending
                    j += 1
                if j < len(tokens) and re.fullmatch(r"\d{3}[.,]\d+", tokens[j].text) \
                        and _adjacent(text, tokens[j - 1], tokens[j]):
                    raw += tokens[j].text
                    j += 1
            num = Number(i, j, digits_value(raw))
        elif _word_value(tok):
            first_kind = _word_value(tok)[1]
            value, j = _words_value(tokens, i)
            num = Number(i, j, value, words=True, collective=first_kind == "collective")
        elif i > 0 and tokens[i - 1].kind == "word" and tokens[i - 1].lemma in single_words("hedge") \
                and len(tok.norm) > 4 and _scale(tokens, i):
            # "более тысячи", "больше миллиарда двухсот миллионов": a scale word after a hedge is one of it
            num = Number(i, i, 1.0, words=True)
        elif tok.norm in function_words("lone_scale") and i + 1 < len(tokens) and tokens[i + 1].kind == "word":
            num = Number(i, i, 1.0, words=True)  # "жүз келі героин", "мыңнан астам адам": one of the scale
        if num is None:
            continue
        if num.end + 1 < len(tokens) and tokens[num.end].norm in function_words("with") \
                and tokens[num.end + 1].lemma in function_words("half") and num.value % 1 == 0:
            num.value += 0.5  # "двух с половиной", "5 с половиной килограммов"
            num.end += 2
        _past_asides(tokens, num)
        if num.end < len(tokens) and tokens[num.end].lemma in function_words("half_after"):
            num.value += 0.5  # Kazakh "12 жарым", "1 жарым мың"
            num.end += 1
        scale = _scale(tokens, num.end)
        if scale:
            num.value *= scale[0]
            num.end += scale[1]
            num.scaled = True
            _add_smaller(tokens, num, scale[0])
        if math.isfinite(num.value):  # a thousand digits are no figure a float can hold
            found.append(num)
    return found


def _past_asides(tokens: list[Token], num: Number) -> None:
    """What may stand between a number and its scale or unit: a writer's exclamation in brackets ("403 (!)
    килограмма"), the number written again in brackets ("2 (два) килограмма"), and a hedge after it ("20 с
    лишним граммов", "2 с небольшим миллиона")."""
    k = num.end
    if k + 2 < len(tokens) and tokens[k].text == "(":
        j = k + 1
        while j < len(tokens) and j - k <= 4 and all(c in function_words("exclamation") for c in tokens[j].text):
            j += 1
        if j > k + 1 and j < len(tokens) and tokens[j].text == ")":
            num.end = k = j + 1
        elif (close := next((j for j in range(k + 2, min(k + 8, len(tokens))) if tokens[j].text == ")"), None)):
            inner = read_numbers(tokens[k + 1:close])
            if len(inner) == 1 and inner[0].start == 0 and inner[0].end == close - k - 1 \
                    and inner[0].value == num.value:
                num.end = k = close + 1  # "3 (три) килограмма", "три (3) свертка": the number again, as words
    if k + 1 < len(tokens) and tokens[k].norm in function_words("with") \
            and tokens[k + 1].lemma in function_words("more_after"):
        num.end = k + 2
        num.hedged = True


def _words_value(tokens: list[Token], i: int) -> tuple[float, int]:
    """The value of the number words from tokens[i] ("четырехсот пятидесяти") and the index after them."""
    value, j = _word_value(tokens[i])[0], i + 1
    while j < len(tokens) and _word_value(tokens[j]) and _word_value(tokens[j])[0] < _lowest_place(value):
        value += _word_value(tokens[j])[0]
        j += 1
    return value, j


def _add_smaller(tokens: list[Token], num: Number, factor: float) -> None:
    """A compound figure goes on with a smaller scale ("1 млрд 155 млн", "миллиарда двухсот миллионов"), or
    with number words under its scale ("пять тысяч двести")."""
    k = num.end
    if k >= len(tokens):
        return
    if tokens[k].kind == "num" and _DIGITS.match(tokens[k].text):
        value, j = digits_value(tokens[k].text), k + 1
    elif _word_value(tokens[k]) and _word_value(tokens[k])[1] == "cardinal":
        value, j = _words_value(tokens, k)
    else:
        return
    rest = _scale(tokens, j)
    if rest and rest[0] < factor:
        num.value += value * rest[0]
        num.end = j + rest[1]
    elif rest is None and value < factor and (tokens[k].kind == "word" or _whole_under(tokens, num, factor, j)):
        num.value += value  # "пять тысяч двести", "10 тысяч 345", "10 мың 345"
        num.end = j


def _whole_under(tokens: list[Token], num: Number, factor: float, j: int) -> bool:
    """Digits after a whole number of a scale ("10 тысяч 345") add to it, unless they begin a date ("1 млн 12
    марта") or the scaled number had a fraction ("1,5 тыс. 200")."""
    if (num.value / factor) % 1:
        return False
    return j >= len(tokens) or not (tokens[j].lemma in month_names()
                                    or tokens[j].norm.startswith(tuple(kazakh_month_names())))


def _case_ending(text: str) -> float | None:
    """The value of digits written with a case ending of numbers.csv ("80-ти"); not an age or an ordinal
    ("35-летний", "2019-м")."""
    m = _HYPHENATED.match(text)
    if m and numbers().get(m.group(2).lower(), (0, ""))[1] == "ending":
        return float(m.group(1))
    return None


def _lowest_place(value: float) -> float:
    """The place a following number word must stay under: 'двадцать' takes 'пять', 'сто' takes 'двадцать'."""
    whole = int(value)
    if whole % 100 == 0 and whole >= 100:
        return 100
    if whole % 10 == 0 and whole >= 10:  # "двадцать пять"; Kazakh "он бес" (15)
        return 10
    return 1
