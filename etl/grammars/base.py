"""What every grammar shares: the Figure record, a sentence's cue matches (SentenceView) and small helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from etl.text import Sentence
from etl.vocab import cues

STOPS = frozenset({",", ";", ".", ":", "(", ")", "!", "?"})
DASHES = frozenset({"-", "–", "—", "‑", "‐"})
QUOTES = frozenset({"«", "»", '"', "“", "”", "„", "'"})
ACTION_STRENGTH = {"detained": 0, "charged": 1, "arrested": 2}
ROLE_STRENGTH = {"seized": 0, "frozen": 1, "forfeited": 2, "turnover": 3, "value": 4}
NEAR = 3  # words: how close a cue must stand to count as "right before" or "right after" a figure


@dataclass
class Figure:
    """One figure found in a sentence, with what it counts; region, date and period come later."""

    kind: str
    sentence: Sentence
    start: int            # token index of the number in the sentence
    end: int              # token index after the figure's unit or head
    quote_start: int      # character offsets in the document text
    quote_end: int
    value: float
    head: str = ""        # lemma of the unit or head noun
    substance: str | None = None
    kg: float | None = None
    count: float | None = None
    unit: str | None = None
    amount: float | None = None
    currency: str | None = None
    role: str | None = None
    action: str | None = None
    hedged: bool = False
    in_parens: bool = False
    comparison_year: int | None = None
    total: bool = False
    container: bool = False  # "Из 90 наркопреступлений — ...": the parts follow
    singular: bool = False   # one person or thing named without a number (grammars.singular)
    identity: str = ""       # what tells this one from another of its kind: a person's age
    another: bool = False    # "второй", "ещё один": a further one, never a repeat
    how: str = "number"      # which grammar rule found it: the evidence etl.confidence weighs
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    value: str


@cache
def single_words(category: str) -> frozenset[str]:
    return frozenset(p[0] for p in cues(category).phrases if len(p) == 1)


class SentenceView:
    """A sentence with its cue matches computed once."""

    def __init__(self, sentence: Sentence) -> None:
        self.s = sentence
        self.tokens = sentence.tokens
        self.pairs = sentence.pairs
        self._cues: dict[str, list[Match]] = sentence.cache

    def cues(self, category: str) -> list[Match]:
        if "_all" not in self._cues:
            found = self.s.matches()
            self._cues["_all"] = {cat: [Match(a, b, v) for a, b, v in hits] for cat, hits in found.items()}
        if category not in self._cues["_all"]:
            if category not in {"substance", "unit", "place", "month", "weekday"}:
                cues(category)  # an unknown category is an error in the vocabulary, not an empty list
            self._cues["_all"][category] = []
        return self._cues["_all"][category]

    def has(self, category: str) -> bool:
        return bool(self.cues(category))

    def lemma(self, i: int) -> str:
        return self.tokens[i].lemma if 0 <= i < len(self.tokens) else ""

    def text(self, i: int) -> str:
        return self.tokens[i].text if 0 <= i < len(self.tokens) else ""

    def clause_start(self, i: int) -> int:
        """The first token of the clause that holds token i (after , ; : — or the sentence start)."""
        k = i - 1
        while k >= 0 and self.tokens[k].text not in {",", ";", ":", "—", "–", "("}:
            k -= 1
        return k + 1


def hedge_start(view: SentenceView, i: int) -> int:
    """The first token of the hedge words ("более", "не менее", "более чем") right before token i."""
    hedges = single_words("hedge") | {"не"}
    while i > 0 and (view.tokens[i - 1].lemma in hedges or view.tokens[i - 1].norm in hedges):
        i -= 1
    return i


def cue_before(view: SentenceView, category: str, i: int, near: int = NEAR) -> Match | None:
    """A cue of the category ending at most `near` words before token i."""
    best = None
    for m in view.cues(category):
        if m.end <= i and i - m.end <= near:
            best = m
    return best


def cue_after(view: SentenceView, category: str, i: int, near: int = NEAR) -> Match | None:
    for m in view.cues(category):
        if m.start >= i and m.start - i <= near:
            return m
    return None


def quote_span(view: SentenceView, first: int, last: int) -> tuple[int, int]:
    """Character span from token `first` to token `last` inclusive."""
    return view.tokens[first].start, view.tokens[last].end


def in_parens(view: SentenceView, first: int) -> bool:
    return first > 0 and view.tokens[first - 1].text == "("
