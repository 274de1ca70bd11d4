"""What every grammar shares: the Figure record and small helpers over a sentence and its typed cues."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from etl.cues import Hit
from etl.dates import Period
from etl.text import DASHES as DASHES  # the grammars take it from here
from etl.text import Sentence
from etl.vocab import function_words, single_words

STOPS = frozenset({",", ";", ".", ":", "(", ")", "!", "?"})
QUOTES = frozenset({"«", "»", '"', "“", "”", "„", "'"})
CLOSING_QUOTES = frozenset({"»", '"', "”", "“", "'"})  # "“" closes a quote opened by "„"
OPENING_QUOTES = frozenset({"«", "“", "„"})
ACTION_STRENGTH = {"detained": 0, "charged": 1, "arrested": 2}
ROLE_STRENGTH = {"seized": 0, "frozen": 1, "forfeited": 2, "turnover": 3, "value": 4}
THING_KINDS = frozenset({"labs", "groups", "online"})  # the kinds of things (not people, crimes or amounts) counted
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
    comparison_year: int | None = None  # a figure given for comparison, of that year ("(2021 г. — 103)")
    years_back: int = 0   # a figure given for comparison, that many years before its own ("в прошлом году — 74")
    whole_year: bool = False  # ... for that whole year, not the same months of it ("за весь прошлый год — 1,9 кг")
    this_year: bool = False                            # a figure given again for the report's own year
    label_at: int | None = None  # ... under a label of its own: the label's first token ("за 11 месяцев текущего
                                 # года — 298"), whose span etl.extract reads
    total: bool = False
    container: bool = False  # "Из 90 наркопреступлений — ...": the parts follow
    singular: bool = False   # one person or thing named without a number (grammars.singular)
    unacted: bool = False    # people named with nothing done to them yet ("в машине находились двое мужчин"): a
                             # fact only if the article then calls them "задержанные" (etl.extract.act_on_later)
    identity: str = ""       # what tells this one from another of its kind: a person's age
    pointing: bool = False   # its kind told only by a demonstrative ("126 таких точек"): a fact only when the
                             # article named a thing of that kind before (etl.extract.named_before)
    another: bool = False    # "второй", "ещё один": a further one, never a repeat
    placed: bool = False     # an item of a breakdown by place ("в Алматинской — 6"): grammars.count._placed_item
    how: str = "number"      # which grammar rule found it: the evidence etl.confidence weighs
    # decided by the document steps of etl.extract, in the order extract() runs them
    parts: list[Figure] = field(default_factory=list)  # mark_totals: the parts of a total
    period: Period | None = None                       # date_figures: the period of a cumulative statistic
    statistic: bool = False                            # date_figures: a cumulative statistic, its year known or not
    date: date | None = None                           # date_figures: the event's day (a statistic: reported)
    region: str | None = None                          # place_figures
    region_evidence: str = "none"                      # place_figures: what the region rests on (confidence)

    @property
    def compared(self) -> bool:
        """A figure given for comparison with another year's."""
        return self.comparison_year is not None or self.years_back > 0 or self.this_year


def hedge_start(sent: Sentence, i: int) -> int:
    """The first token of the hedge words ("более", "не менее", "более чем") right before token i."""
    hedges = single_words("hedge") | function_words("negation")
    while i > 0 and (sent.tokens[i - 1].lemma in hedges or sent.tokens[i - 1].norm in hedges):
        i -= 1
    return i


def cue_before(sent: Sentence, category: str, i: int, near: int = NEAR) -> Hit | None:
    """A cue of the category ending at most `near` words before token i."""
    best = None
    for m in sent.cues.of(category):
        if m.end <= i and i - m.end <= near:
            best = m
    return best


def cue_after(sent: Sentence, category: str, i: int, near: int = NEAR) -> Hit | None:
    for m in sent.cues.of(category):
        if m.start >= i and m.start - i <= near:
            return m
    return None


def quote_span(sent: Sentence, first: int, last: int) -> tuple[int, int]:
    """Character span from token `first` to token `last` inclusive, and the closing quote mark right after it
    when the span opened one ("1 кг «а-PVP»")."""
    toks = sent.tokens
    if last + 1 < len(toks) and toks[last + 1].text in CLOSING_QUOTES and any(
            t.text in OPENING_QUOTES for t in toks[first:last + 1]):
        last += 1
    return toks[first].start, toks[last].end


def in_parens(sent: Sentence, first: int) -> bool:
    return first > 0 and sent.tokens[first - 1].text == "("


def relative_clause(sent: Sentence, k: int) -> tuple[int, int] | None:
    """The relative clause token k stands in (", которая ... ," or ", через который ...," up to the next comma or
    the sentence's end), as its token span, or None."""
    toks = sent.tokens
    j = k
    while j > 0 and toks[j - 1].text not in STOPS:  # back to the comma that opens it, not past another clause's end
        j -= 1
    if j == 0 or toks[j - 1].text != ",":
        return None
    if j < len(toks) and toks[j].pos == "PREP" and j + 1 < k:
        j += 1  # ", через который", ", в которой"
    if toks[j].lemma not in function_words("relative"):
        return None
    end = next((i for i in range(k, len(toks)) if toks[i].text in {",", ";", ":"} or toks[i].text in STOPS),
               len(toks))
    return j, end
