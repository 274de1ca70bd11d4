"""One grammar per kind of fact: what a number in a sentence counts, as plain Figure records.

The engine (`figures_in`) reads the numbers of a sentence (etl.numbers) and hands each to the grammars in
turn: `money` (number + currency), `mass` (number + unit, then the substance) and `count` (number + head
noun: people, labs, groups, online, crimes), then `singular` (one person or thing named without a number).
Each grammar looks only at the sentence; what needs the paragraph or the document (regions, dates, totals,
repeats) is decided later in etl.extract.
"""

from __future__ import annotations

from etl.grammars.base import ACTION_STRENGTH, ROLE_STRENGTH, Figure, SentenceView, cue_after, cue_before, hedge_start
from etl.grammars.count import count
from etl.grammars.mass import bare_units, choose_substance, mass_or_counted
from etl.grammars.money import money
from etl.grammars.singular import singular_mentions
from etl.numbers import Number, read_numbers
from etl.text import Sentence

__all__ = ["ACTION_STRENGTH", "ROLE_STRENGTH", "Figure", "SentenceView", "choose_substance", "figures_in"]


def figures_in(sentence: Sentence, text: str) -> list[Figure]:
    """Every figure of a sentence that a grammar recognises."""
    view = SentenceView(sentence)
    found: list[Figure] = []
    for num in read_numbers(sentence.tokens, text):
        if found and num.start < found[-1].end:
            continue  # "36 кг 808 граммов": the second number belongs to the first figure
        fig = money(view, num, found) or mass_or_counted(view, num) or count(view, num, found)
        if fig is None or vetoed(view, num, fig):
            continue
        found.append(fig)
    found.extend(bare_units(view, found))
    found.extend(singular_mentions(view, found))
    found.sort(key=lambda f: f.start)
    return found


def vetoed(view: SentenceView, num: Number, fig: Figure) -> bool:
    """Figures about other things: article numbers, capacities, differences between periods."""
    start = hedge_start(view, num.start)
    if start > 0 and view.tokens[start - 1].text in {"№", "#"}:
        return True
    if cue_before(view, "not_fact", start):
        return True
    if cue_after(view, "not_fact_after", fig.end):
        return True
    clause = view.clause_start(start)
    if any(clause <= m.start < start for m in view.cues("difference")):
        return True
    # "одна из крупнейших": "один из" is an idiom, not a count, unless people are acted on after it
    if num.words and num.value == 1 and view.lemma(num.end) == "из" and fig.kind != "people":
        return True
    return False
