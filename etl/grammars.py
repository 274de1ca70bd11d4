"""One grammar per kind of fact: what a number in a sentence counts, as plain Figure records.

The engine (`figures_in`) reads the numbers of a sentence (etl.numbers) and hands each to the grammars in
turn: MONEY (number + currency), MASS and COUNTED (number + unit, then the substance), and COUNT (number +
head noun: people, labs, groups, online, crimes). Each grammar looks only at the sentence; what needs the
paragraph or the document (regions, dates, totals, repeats) is decided later in etl.extract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from etl import units
from etl.numbers import Number, read_numbers
from etl.text import Sentence, Token
from etl.vocab import Head, cues, currencies, head_of

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
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    value: str


@cache
def _single_words(category: str) -> frozenset[str]:
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


def figures_in(sentence: Sentence, text: str) -> list[Figure]:
    """Every figure of a sentence that a grammar recognises."""
    view = SentenceView(sentence)
    found: list[Figure] = []
    for num in read_numbers(sentence.tokens, text):
        if found and num.start < found[-1].end:
            continue  # "36 кг 808 граммов": the second number belongs to the first figure
        fig = _money(view, num, found) or _mass_or_counted(view, num) or _count(view, num, found)
        if fig is None or _vetoed(view, num, fig):
            continue
        found.append(fig)
    found.extend(_bare_units(view, found))
    found.sort(key=lambda f: f.start)
    return found


# --- shared pieces --------------------------------------------------------------------------------------

def _hedge_start(view: SentenceView, i: int) -> int:
    """The first token of the hedge words ("более", "не менее", "более чем") right before token i."""
    hedges = _single_words("hedge") | {"не"}
    while i > 0 and (view.tokens[i - 1].lemma in hedges or view.tokens[i - 1].norm in hedges):
        i -= 1
    return i


def _cue_before(view: SentenceView, category: str, i: int, near: int = NEAR) -> Match | None:
    """A cue of the category ending at most `near` words before token i."""
    best = None
    for m in view.cues(category):
        if m.end <= i and i - m.end <= near:
            best = m
    return best


def _cue_after(view: SentenceView, category: str, i: int, near: int = NEAR) -> Match | None:
    for m in view.cues(category):
        if m.start >= i and m.start - i <= near:
            return m
    return None


def _vetoed(view: SentenceView, num: Number, fig: Figure) -> bool:
    """Figures about other things: article numbers, capacities, differences between periods."""
    start = _hedge_start(view, num.start)
    if start > 0 and view.tokens[start - 1].text in {"№", "#"}:
        return True
    if _cue_before(view, "not_fact", start):
        return True
    if _cue_after(view, "not_fact_after", fig.end):
        return True
    clause = view.clause_start(start)
    if any(clause <= m.start < start for m in view.cues("difference")):
        return True
    # "одна из крупнейших": "один из" is an idiom, not a count, unless people are acted on after it
    if num.words and num.value == 1 and view.lemma(num.end) == "из" and fig.kind != "people":
        return True
    return False


def _quote(view: SentenceView, first: int, last: int) -> tuple[int, int]:
    """Character span from token `first` to token `last` inclusive."""
    return view.tokens[first].start, view.tokens[last].end


# --- MONEY: number + currency ---------------------------------------------------------------------------

def _currency_at(view: SentenceView, i: int) -> tuple[str, int] | None:
    """A currency word at token i as (code, index of its last token)."""
    tok = view.tokens[i] if i < len(view.tokens) else None
    if tok is None:
        return None
    code = currencies().get(tok.lemma) or currencies().get(tok.norm)
    if not code:
        return None
    last = i
    if view.text(i + 1) == "." and tok.norm in {"долл", "руб", "тг"}:
        last += 1
    if view.lemma(last + 1) in {"сша", "usa"}:
        last += 1
    # "734 228 долларов (USDT)"
    if view.text(last + 1) == "(" and view.text(last + 3) == ")":
        inner = currencies().get(view.tokens[last + 2].norm)
        if inner and inner != code:
            code, last = inner, last + 3
    return code, last


def _money(view: SentenceView, num: Number, found: list[Figure]) -> Figure | None:
    before = num.start - 1
    sign = view.tokens[before].text if before >= 0 else ""
    if sign in currencies() and not sign.isalpha():
        code, last, first = currencies()[sign], num.end - 1, before
    else:
        hit = _currency_at(view, num.end)
        if not hit:
            return None
        (code, last), first = hit, num.start
    first = _hedge_start(view, first)
    fig = Figure("money", view.s, num.start, last + 1, *_quote(view, first, last), value=num.value,
                 amount=num.value, currency=code, head=code, hedged=first < num.start)
    # "(около $2 млн)", "(14,4 млн евро)": a sum restated in another currency is one fact, not two
    fig.in_parens = _in_parens(view, first)
    if fig.in_parens and found and found[-1].kind == "money":
        return None
    fig.role = _role(view, first, last)
    return fig


def _in_parens(view: SentenceView, first: int) -> bool:
    return first > 0 and view.tokens[first - 1].text == "("


def _role(view: SentenceView, first: int, last: int) -> str:
    """What happened to a sum: right after it ("наличными"), right before it, else the sentence's strongest cue."""
    matches = view.cues("role")
    # "мефедрона на сумму 3,7 млрд тенге", "«Синтетику» на 25 млн тенге": a drug priced is its value
    k = first - 1
    if view.lemma(k) == "сумма":
        k -= 1
    if view.lemma(k) == "на":
        k -= 1
        while k >= 0 and view.tokens[k].text in QUOTES:
            k -= 1
        if any(m.start <= k < m.end for m in view.cues("substance")):
            return "value"
    after = [m for m in matches if last < m.start <= last + 2 and view.tokens[m.start].pos not in {"VERB", "PRTS"}]
    if after:
        return after[0].value  # "57 миллионов тенге наличными"
    before = [m for m in matches if m.end <= first and first - m.end <= 4]
    if before:
        return before[-1].value
    if matches:
        return max(matches, key=lambda m: ROLE_STRENGTH[m.value]).value
    return "seized"


# --- MASS and COUNTED: number + unit, then what was seized ----------------------------------------------

def _unit_at(view: SentenceView, i: int, num: Number | None) -> tuple[object, int] | None:
    """A unit at token i as (pint unit, index of its last token)."""
    if i >= len(view.tokens) or view.tokens[i].kind != "word":
        return None
    tok = view.tokens[i]
    unit = units.unit_of(tok.norm) or units.unit_of(tok.lemma)
    if unit is None:
        return None
    if tok.norm == "г" and num is not None and (view.text(i + 2) == "р" or 1900 <= num.value <= 2100):
        return None  # "1954 г.р.", "2021 г." are years
    last = i + 1 if view.text(i + 1) == "." and len(tok.norm) <= 2 else i
    return unit, last


def _mass_or_counted(view: SentenceView, num: Number) -> Figure | None:
    hit = _unit_at(view, num.end, num)
    if not hit:
        return None
    unit, last = hit
    first = _hedge_start(view, num.start)
    if units.is_mass(unit):
        kg = units.to_kg(num.value, unit)
        # "13 тонн 183 килограмма", "1 кг 610 гр.": a compound mass
        nxt = read_numbers(view.tokens[last + 1:last + 3])
        if nxt and nxt[0].start == 0:
            more = _unit_at(view, last + 1 + nxt[0].end, nxt[0])
            if more and units.is_mass(more[0]) and units.to_kg(1, more[0]) < units.to_kg(1, unit):
                kg += units.to_kg(nxt[0].value, more[0])
                last = more[1]
        fig = Figure("seizure", view.s, num.start, last + 1, 0, 0, value=kg, kg=kg, head="mass",
                     hedged=first < num.start)
    else:
        got = units.counted(num.value, unit)
        if got is None:
            return None
        fig = Figure("seizure", view.s, num.start, last + 1, 0, 0, value=got[0], count=got[0], unit=got[1],
                     head=got[1], hedged=first < num.start)
    _attach_substance(view, fig, first, last)
    return fig


def _bare_units(view: SentenceView, found: list[Figure]) -> list[Figure]:
    """A mass unit with no number: "изъят килограмм героина", "более тонны", "почти полтонны" (1 or 0.5)."""
    taken = {i for f in found for i in range(f.start, f.end)}
    out = []
    lead = _single_words("hedge") | {"с", "весом", "вес", "изъять", "изымать"}
    for match in view.cues("unit"):
        i = match.start
        tok = view.tokens[i]
        if i in taken or tok.kind != "word":
            continue
        value, unit = 1.0, None
        if tok.norm.startswith("пол") and len(tok.norm) > 4:
            half = units.unit_of(tok.norm[3:]) or units.unit_of(tok.lemma[3:])
            if half is not None and units.is_mass(half):
                value, unit = 0.5, half
        if unit is None:
            if tok.norm in {"т", "г", "гр", "кг", "мг"}:
                continue  # abbreviations need a number
            hit = _unit_at(view, i, None)
            if not hit or not units.is_mass(hit[0]) or view.lemma(i - 1) not in lead:
                continue
            unit = hit[0]
        if i > 0 and view.tokens[i - 1].kind == "num":
            continue
        first = _hedge_start(view, i)
        kg = units.to_kg(value, unit)
        fig = Figure("seizure", view.s, i, i + 1, 0, 0, value=kg, kg=kg, head="mass", hedged=first < i)
        _attach_substance(view, fig, first, i)
        out.append(fig)
    return out


def _attach_substance(view: SentenceView, fig: Figure, first: int, last: int) -> None:
    """The substance named after the unit ("6,1 кг мефедрона"), else before it ("героин, общий вес которого
    составил 775 кг"), else in the sentence before, else unnamed drugs. Sets the quote too."""
    matches = view.cues("substance")
    stop = _forward_stop(view, last + 1)
    ahead = [m for m in matches if last < m.start < stop]
    if ahead:
        fig.substance = choose_substance([m.value for m in ahead])
        fig.quote_start, fig.quote_end = _quote(view, first, max(m.end for m in ahead) - 1)
        return
    if first > 0 and view.tokens[first - 1].text in {",", "и"} and not _weighs(view, first):
        fig.substance = None  # "11,4 кг мефедрона и 8,1 кг X": a list item names its own substance
        fig.quote_start, fig.quote_end = _quote(view, first, last)
        return
    back_stop = first
    k = first - 1
    while k >= 0 and first - k <= 8 and view.tokens[k].text not in {".", ";", "(", ")"} \
            and view.tokens[k].kind != "num":
        back_stop = k
        k -= 1
    behind = [m for m in matches if back_stop <= m.start and m.end <= first]
    if behind:
        nearest = behind[-1]
        group = [m for m in behind if nearest.start - m.end <= 2]
        fig.substance = choose_substance([m.value for m in group])
        fig.quote_start, fig.quote_end = _quote(view, min(m.start for m in group), last)
        return
    earlier = [m for m in matches if m.end <= first]
    fig.substance = choose_substance([earlier[-1].value]) if earlier else None
    fig.quote_start, fig.quote_end = _quote(view, first, last)


def _weighs(view: SentenceView, first: int) -> bool:
    """True for "..., весом 5 кг" / "..., общий вес которого составил 775 кг" (the mass of what came before)."""
    return any(t.lemma in {"вес", "весом", "весить"} for t in view.tokens[max(first - 5, 0):first])


def _forward_stop(view: SentenceView, i: int) -> int:
    """Where the noun phrase after a unit ends: punctuation, a number, a verb, or six words."""
    k, words = i, 0
    while k < len(view.tokens) and words < 7:
        tok = view.tokens[k]
        if tok.kind == "num":
            break
        if tok.text in STOPS:
            # "марихуаны, гашиша и конопли": the list goes on in the genitive; "..., известный как «соль»"
            nxt = view.tokens[k + 1] if k + 1 < len(view.tokens) else None
            if tok.text == "," and nxt is not None and (
                    nxt.lemma == "известный"
                    or (nxt.case == "gent" and any(m.start == k + 1 for m in view.cues("substance")))):
                k += 1
                continue
            break
        if tok.pos in {"VERB", "INFN", "PRTS", "GRND"}:
            break
        if tok.lemma == "и" and k + 1 < len(view.tokens):
            nxt = view.tokens[k + 1]
            if nxt.lemma in _single_words("hedge") or nxt.norm in _single_words("hedge") or nxt.lemma in _NOT_NP:
                break  # "30 кг наркотиков и почти столько же реагента": a second figure starts
        if tok.kind == "word":
            words += 1
        k += 1
    return k


_NOT_NP = frozenset({"столько", "также", "еще", "другой", "иной"})


def choose_substance(values: list[str]) -> str:
    """The substance of one figure from the substance words around it (see data/reference/substances.csv)."""
    parsed = [tuple(v.split("|")) for v in values]
    named = {(name, family) for name, rank, family in parsed if rank == "3"}
    if len({name for name, _ in named}) == 1:
        return next(iter(named))[0]
    if named:
        families = {family for _, family in named}
        return "synthetic" if families == {"synthetic"} else "drugs"
    names = {name for name, _, _ in parsed}
    for rank2 in ("synthetic", "precursors"):
        if rank2 in names:
            return rank2
    if "psychotropic" in names:
        return "drugs" if "drugs" in names else "psychotropic"
    return "drugs"


# --- COUNT: number + head noun --------------------------------------------------------------------------

def _find_head(view: SentenceView, j: int) -> tuple[Head, int, str] | None:
    """The head noun after a number: skips up to three adjectives, participles, quotes, "их", "классифицированы как"."""
    skipped, k = 0, j
    while k < len(view.tokens) and skipped <= 3:
        tok = view.tokens[k]
        head = _head_entry(tok)
        if head and _needs_met(view, head, k):
            return head, k, tok.lemma
        if tok.kind == "num" and "-" in tok.text:  # "24-летних"
            pass
        elif tok.text in QUOTES or tok.lemma in {"их", "они", "еще", "уже", "все", "весь"}:
            pass
        elif tok.pos in {"ADJF", "PRTF", "LATN"} or (tok.pos == "" and tok.kind == "word" and head is None):
            pass
        elif tok.pos == "PRTS" and view.lemma(k + 1) == "как":
            k += 1
        else:
            return None
        skipped += 1
        k += 1
    return None


def _head_entry(tok: Token) -> Head | None:
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


def _needs_met(view: SentenceView, head: Head, k: int) -> bool:
    if not head.needs:
        return True
    around = {view.lemma(i) for i in range(k - 2, k + 3) if i != k}
    around |= {view.tokens[i].norm for i in range(max(k - 2, 0), min(k + 3, len(view.tokens)))}
    own = view.tokens[k].lemma
    return bool(head.needs & around) or any(need in own for need in head.needs)


def _count(view: SentenceView, num: Number, found: list[Figure]) -> Figure | None:
    first = _hedge_start(view, num.start)
    got = _find_head(view, num.end)
    if got:
        head, k, lemma = got
        kind, last = head.kind, k
    elif view.text(num.end) in DASHES and any(m.start == num.end + 1 for m in view.cues("crime_type")):
        kind, last, lemma = "crimes", num.end + 1, "ellipsis"   # "323 - хранения"
        crime = next(m for m in view.cues("crime_type") if m.start == num.end + 1)
        last = crime.end - 1
        toks = view.tokens
        while last + 1 < len(toks) and (toks[last + 1].case, toks[last + 1].pos) == ("gent", "NOUN"):
            last += 1
    elif view.lemma(num.end) == "из" and view.lemma(num.end + 1) in {"они", "который"}:
        kind, last, lemma = "people", num.end + 1, "из"          # "Один из них взят под арест"
    elif num.collective:
        kind, last, lemma = "people", num.end - 1, "collective"  # "задержали двоих"
    else:
        return _comparison(view, num, found) or _elliptic(view, num, found)
    fig = Figure(kind, view.s, num.start, last + 1, *_quote(view, first, last), value=num.value,
                 count=num.value, head=lemma, hedged=first < num.start)
    fig.in_parens = _in_parens(view, first)
    if kind == "people" and not _people(view, fig, first, lemma):
        return None
    if kind == "online" and not view.has("online_action"):
        return None
    if kind == "crimes" and lemma == "дело" and not view.has("crime_action"):
        return None
    if kind == "labs" and view.lemma(first - 1) == "для":
        return None  # equipment "для 4-5 лабораторий"
    if view.lemma(first - 1) == "из" and (first - 1 == 0 or view.text(first - 2) in STOPS | DASHES):
        fig.container = True  # "Из 90 наркопреступлений — 40 ..."
    return fig


def _people(view: SentenceView, fig: Figure, first: int, lemma: str) -> bool:
    """People count only when something was done to them; subsets of a group already counted are not facts."""
    if _cue_before(view, "subset", first):
        return False
    actions = view.cues("action")
    if lemma == "из":
        actions = [m for m in actions if m.start > fig.end - 1]
    if not actions:
        return False
    nearest = min(actions, key=lambda m: min(abs(m.start - fig.start), abs(m.end - fig.end)))
    strongest = max(actions, key=lambda m: ACTION_STRENGTH[m.value])
    fig.action = "arrested" if strongest.value == "arrested" else nearest.value
    return True


def _comparison(view: SentenceView, num: Number, found: list[Figure]) -> Figure | None:
    """ "(2021 г. — 103)": last year's figure given for comparison, of the kind of the figure before it."""
    i = num.start
    if not found or view.text(i - 1) not in DASHES:
        return None
    k = i - 2
    if view.text(k) == ".":
        k -= 1
    if view.lemma(k) not in {"г", "год"} or view.tokens[k - 1].kind != "num":
        return None
    year = view.tokens[k - 1].text
    if not (len(year) == 4 and year.isdigit()) or view.text(k - 2) != "(":
        return None
    prev = found[-1]
    fig = Figure(prev.kind, view.s, num.start, num.end, *_quote(view, k - 1, num.end - 1), value=num.value,
                 count=num.value, head=prev.head, comparison_year=int(year))
    return fig if prev.kind not in {"seizure", "money"} else None


def _elliptic(view: SentenceView, num: Number, found: list[Figure]) -> Figure | None:
    """ "четырех ОПГ, в том числе одной транснациональной": a part whose noun is left out takes its total's kind."""
    if not found or found[-1].kind in {"seizure", "money", "people"}:
        return None
    part = [m for m in view.cues("part") if found[-1].end <= m.start and m.end <= num.start]
    if not part or view.tokens[num.end].pos not in {"ADJF", "PRTF"} if num.end < len(view.tokens) else True:
        return None
    prev = found[-1]
    return Figure(prev.kind, view.s, num.start, num.end + 1, *_quote(view, num.start, num.end), value=num.value,
                  count=num.value, head=prev.head)
