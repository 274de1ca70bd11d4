"""COUNT: a number and a head noun (people, labs, groups, online, crimes), and what was done to people."""

from __future__ import annotations

from etl.grammars.base import (
    ACTION_STRENGTH,
    DASHES,
    QUOTES,
    STOPS,
    Figure,
    cue_before,
    hedge_start,
    in_parens,
    quote_span,
)
from etl.numbers import Number
from etl.text import Sentence, Token
from etl.vocab import Head, head_of

ANIMATE = Head("people", frozenset())


def _find_head(sent: Sentence, j: int) -> tuple[Head, int, str] | None:
    """The head noun after a number: skips up to three adjectives, participles, quotes, "их", "классифицированы как"."""
    skipped, k = 0, j
    while k < len(sent.tokens) and skipped <= 3:
        tok = sent.tokens[k]
        head = head_entry(tok)
        if head and needs_met(sent, head, k):
            return head, k, tok.lemma
        if head is None and tok.pos == "NOUN" and tok.anim == "anim" \
                and not any(m.start == k for m in sent.cues.of("not_person")):
            return ANIMATE, k, tok.lemma  # "49 подростков", "двое мужчин": any person noun
        if tok.kind == "num" and "-" in tok.text:  # "24-летних"
            pass
        elif tok.text in QUOTES or tok.lemma in {"их", "они", "еще", "уже", "все", "весь"}:
            pass
        elif tok.pos in {"ADJF", "PRTF", "LATN"} or (tok.pos == "" and tok.kind == "word" and head is None):
            pass
        elif tok.pos == "PRTS" and sent.lemma_at(k + 1) == "как":
            k += 1
        else:
            return None
        skipped += 1
        k += 1
    return None


def head_entry(tok: Token) -> Head | None:
    if tok.kind != "word":
        return None
    head = head_of(tok.lemma)
    if head is None and "-" in tok.lemma:
        head = head_of(tok.lemma.rsplit("-", 1)[1])
    if head is not None and tok.pos == "ADJF" and head_of(tok.lemma) is None:
        return None
    if head is not None and tok.pos == "ADJF" and tok.lemma.startswith("лабораторн"):
        return None
    return head


def needs_met(sent: Sentence, head: Head, k: int) -> bool:
    if not head.needs:
        return True
    around = {sent.lemma_at(i) for i in range(k - 2, k + 3) if i != k}
    around |= {sent.tokens[i].norm for i in range(max(k - 2, 0), min(k + 3, len(sent.tokens)))}
    own = sent.tokens[k].lemma
    return bool(head.needs & around) or any(need in own for need in head.needs)


def count(sent: Sentence, num: Number, found: list[Figure]) -> Figure | None:
    first = hedge_start(sent, num.start)
    got = _find_head(sent, num.end)
    if got:
        head, k, lemma = got
        kind, last = head.kind, k
    elif sent.text_at(num.end) in DASHES and any(m.start == num.end + 1 for m in sent.cues.of("crime_type")):
        kind, last, lemma = "crimes", num.end + 1, "ellipsis"   # "323 - хранения"
        crime = next(m for m in sent.cues.of("crime_type") if m.start == num.end + 1)
        last = crime.end - 1
        toks = sent.tokens
        while last + 1 < len(toks) and (toks[last + 1].case, toks[last + 1].pos) == ("gent", "NOUN"):
            last += 1
    elif sent.lemma_at(num.end) == "из" and sent.lemma_at(num.end + 1) in {"они", "который"}:
        kind, last, lemma = "people", num.end + 1, "из"          # "Один из них взят под арест"
    elif num.collective:
        kind, last, lemma = "people", num.end - 1, "collective"  # "задержали двоих"
    else:
        return _comparison(sent, num, found) or _elliptic(sent, num, found)
    how = "animate" if got and got[0] is ANIMATE else "head" if got else "ellipsis"
    fig = Figure(kind, sent, num.start, last + 1, *quote_span(sent, first, last), value=num.value,
                 count=num.value, head=lemma, hedged=first < num.start, how=how)
    fig.in_parens = in_parens(sent, first)
    if kind == "people" and not _people(sent, fig, first, lemma):
        return None
    if kind == "online" and not sent.cues.has("online_action"):
        return None
    if kind == "crimes" and lemma == "дело" and not sent.cues.has("crime_action"):
        return None
    if kind == "labs" and sent.lemma_at(first - 1) == "для":
        return None  # equipment "для 4-5 лабораторий"
    if sent.lemma_at(first - 1) == "из" and (first - 1 == 0 or sent.text_at(first - 2) in STOPS | DASHES):
        fig.container = True  # "Из 90 наркопреступлений — 40 ..."
    return fig


def _people(sent: Sentence, fig: Figure, first: int, lemma: str) -> bool:
    """People count only when something was done to them; subsets of a group already counted are not facts."""
    if cue_before(sent, "subset", first):
        return False
    actions = sent.cues.of("action")
    if lemma == "из":
        actions = [m for m in actions if m.start > fig.end - 1]
    if not actions:
        return False
    nearest = min(actions, key=lambda m: min(abs(m.start - fig.start), abs(m.end - fig.end)))
    strongest = max(actions, key=lambda m: ACTION_STRENGTH[m.value])
    fig.action = "arrested" if strongest.value == "arrested" else nearest.value
    return True


def _comparison(sent: Sentence, num: Number, found: list[Figure]) -> Figure | None:
    """ "(2021 г. — 103)": last year's figure given for comparison, of the kind of the figure before it."""
    i = num.start
    if not found or sent.text_at(i - 1) not in DASHES:
        return None
    k = i - 2
    if sent.text_at(k) == ".":
        k -= 1
    if sent.lemma_at(k) not in {"г", "год"} or sent.tokens[k - 1].kind != "num":
        return None
    year = sent.tokens[k - 1].text
    if not (len(year) == 4 and year.isdigit()) or sent.text_at(k - 2) != "(":
        return None
    prev = found[-1]
    fig = Figure(prev.kind, sent, num.start, num.end, *quote_span(sent, k - 1, num.end - 1), value=num.value,
                 count=num.value, head=prev.head, comparison_year=int(year), how="comparison")
    return fig if prev.kind not in {"seizure", "money"} else None


def _elliptic(sent: Sentence, num: Number, found: list[Figure]) -> Figure | None:
    """ "четырех ОПГ, в том числе одной транснациональной", "69 лабораторий, в том числе пять по производству",
    "из них 27 — сбыт": a part whose noun is left out, after a part cue, takes its total's kind."""
    if not found or found[-1].kind in {"seizure", "money", "people"}:
        return None
    part = [m for m in sent.cues.of("part") if found[-1].end <= m.start and m.end <= num.start]
    if not part:
        return None
    nxt = sent.tokens[num.end] if num.end < len(sent.tokens) else None
    if nxt is not None and nxt.kind == "word" and nxt.pos not in {"ADJF", "PRTF", "PREP", "VERB", "PRTS"}:
        return None  # a noun of its own follows: not an elliptic part
    prev = found[-1]
    last = num.end if nxt is not None and nxt.kind == "word" else num.end - 1
    return Figure(prev.kind, sent, num.start, last + 1, *quote_span(sent, num.start, last), value=num.value,
                  count=num.value, head=prev.head, how="ellipsis")
