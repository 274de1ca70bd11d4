"""Dates and periods: "4 декабря", "в марте 2022-го года", "в четверг", "за 10 месяцев 2019 года", "с начала года".

Month and weekday names come from Babel's Russian locale data, matched on pymorphy3 lemmas, so every case
form works ("в декабре", "декабря"), and from its Kazakh locale data, matched as stems ("желтоқсанда",
"сенбіде"). A day and month without a year take the year of publication (the year before if that would put the
date after publication).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from etl.numbers import WORD_KINDS
from etl.text import DASHES, Paragraph, Sentence
from etl.vocab import (
    cues,
    function_words,
    kazakh_month_abbreviations,
    month_names,
    numbers,
    single_words,
    weekday_names,
)

_TIME = re.compile(r"\d{1,2}:\d{2}")
_NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})")
_YEAR = re.compile(r"^(\d{4})(?:[-‐‑]\w+)?$")
_YEAR_ORDINAL = re.compile(r"^(?:19|20)\d\d[-‐‑]\w+$")  # "2021-м", "2019-го"




@cache
def _PERIOD_WORDS() -> frozenset[str]:  # noqa: N802 - a constant built once
    """Words without which a sentence states no period."""
    return single_words("year_word") | function_words("month_word") | set(month_names()) \
        | single_words("period_span") | function_words("week_word") | {p[0] for p in cues("season").phrases}


@dataclass
class DateMention:
    """A date written in the text."""

    sentence: int
    token: int
    char: int
    month: int
    day: int | None = None          # None: a month without a day (the 1st is used)
    year: int | None = None         # None: take it from the publication
    relative_year: int = 0          # -1 for "прошлого года"
    weekday: int | None = None      # "в четверг"
    stamp: bool = False             # a publication stamp or dateline, not an event
    days_back: int | None = None    # "вчера" (1), "позавчера" (2), Kazakh "кеше": days before publication


@dataclass
class Period:
    start: date
    end: date | None


def _month_of(tok) -> int | None:
    table = month_names()
    return table.get(tok.lemma) or table.get(tok.norm)


def _kazakh_month(sent: Sentence, i: int) -> int | None:
    """The month a Kazakh word at token i names with its endings ("қазанда", "маусымнан"): the sentence's month
    cue there (Babel's Kazakh names, matched as stems)."""
    hit = sent.cues.at("month", i)
    return int(hit.value) if hit else None


def _year_before(sent: Sentence, k: int) -> tuple[int | None, int]:
    """A year written before token k, in the Kazakh order ("2025 жылғы 15 қазанда", "өткен жылдың 24
    маусымында"): (year or None, relative year)."""
    if sent.lemma_at(k - 1) not in single_words("year_word") or k < 2:
        return None, 0
    m = _YEAR.match(sent.text_at(k - 2))
    if m and 1000 <= int(m.group(1)) < 3000:
        return int(m.group(1)), 0
    return None, -1 if sent.lemma_at(k - 2) in function_words("last_year") else 0


def _year_after(sent: Sentence, i: int) -> tuple[int | None, int]:
    """A year written after token i: (year or None, relative year for "этого"/"прошлого" года)."""
    toks = sent.tokens
    if i < len(toks):
        m = _YEAR.match(toks[i].text)
        if m and 1000 <= int(m.group(1)) < 3000:  # implausible years are refused in resolve()
            return int(m.group(1)), 0
        year_next = i + 1 < len(toks) and toks[i + 1].lemma in single_words("year_word")
        if toks[i].lemma in function_words("this_year") and year_next:
            return None, 0
        if toks[i].lemma in function_words("last_year") and year_next:
            return None, -1
    return None, 0


def _past_year(sent: Sentence, i: int) -> int:
    """The index after a year written at token i and its word ("2023 года", "2023 г."), or i if none is there."""
    toks = sent.tokens
    if _year_after(sent, i)[0] is None:
        return i
    i += 1
    while i < len(toks) and (toks[i].lemma in single_words("year_word") or toks[i].text == "."):
        i += 1
    return i


def find_dates(paragraphs: list[Paragraph], text: str) -> list[DateMention]:
    """Every date in a document, in order."""
    found: list[DateMention] = []
    for para in paragraphs:
        first = len(found)  # this paragraph's dates start here
        for sent in para.sentences:
            toks = sent.tokens
            spots = sorted({hit.start for category in ("month", "weekday") for hit in sent.cues.of(category)})
            spans = _kazakh_spans(sent) if sent.kazakh and spots else []
            for i in spots:
                tok = toks[i]
                month = (_kazakh_month(sent, i) if sent.kazakh else _month_of(tok)) if tok.kind == "word" else None
                if month and sent.kazakh and any(a <= i <= b for a, b in spans):
                    continue  # "маусым — қазан айлары аралығында": a period, not the day of an event
                if month:
                    day = None
                    if i > 0 and toks[i - 1].kind == "num" and toks[i - 1].text.isdigit() \
                            and 1 <= int(toks[i - 1].text) <= 31:
                        day = int(toks[i - 1].text)
                    elif tok.norm != tok.lemma and tok.case not in {"loct", "gent"}:
                        continue
                    lead = i - 1 if day else i
                    kazakh = sent.kazakh
                    if kazakh and day is None and sent.lemma_at(i + 1) not in function_words("month_word") \
                            and sent.lemma_at(lead - 1) not in single_words("year_word"):
                        continue  # "маусым" is also a season: a month with a day, "айы" or a year before it
                    year, rel = _year_after(sent, i + 1)
                    if year is None and kazakh:
                        year, rel = _year_before(sent, lead)
                    if day is None and (tok.norm in function_words("short_month")
                                        or tok.norm in kazakh_month_abbreviations()):
                        continue  # "мар", "сәу": a month only with a day before it ("12 сәу. 2024")
                    found.append(DateMention(sent.index, i, tok.start, month, day, year, rel))
                elif tok.kind == "word" and tok.lemma in weekday_names() and i > 0 \
                        and toks[i - 1].lemma in function_words("in"):
                    found.append(DateMention(sent.index, i, tok.start, 0, weekday=weekday_names()[tok.lemma]))
                elif sent.kazakh and (day_hit := sent.cues.at("weekday", i)) is not None \
                        and (tok.norm.endswith(tuple(function_words("locative_ending")))
                             or sent.lemma_at(i + 1) in function_words("day_word_kk")):
                    # "сенбіде", "сәрсенбі күні": on that weekday, the last one before the report
                    found.append(DateMention(sent.index, i, tok.start, 0, weekday=int(day_hit.value)))
            for hit in sent.cues.of("days_back"):
                after = toks[hit.end] if hit.end < len(toks) else None
                if after is not None and after.pos == "NOUN" and after.case == "gent":
                    continue  # "накануне праздника": on the eve of something, not the day before
                if sent.lemma_at(hit.start - 1) not in function_words("vague_day"):  # not "күні кеше": lately
                    found.append(DateMention(sent.index, hit.start, toks[hit.start].start, 0,
                                             days_back=int(hit.value)))
            span = text[sent.start:sent.end]
            for m in _NUMERIC.finditer(span):
                day, month, year = (int(g) for g in m.groups())
                if 1 <= month <= 12 and 1 <= day <= 31:
                    k = next((n for n, t in enumerate(toks) if t.start >= sent.start + m.start()), 0)
                    found.append(DateMention(sent.index, k, sent.start + m.start(), month, day, year))
        own = sorted(found[first:], key=lambda d: d.char)
        found[first:] = own
        _mark_stamps(para, text, own)
    return found


def _kazakh_spans(sent: Sentence) -> list[tuple[int, int]]:
    """The token ranges of the Kazakh spans of months in a sentence (from the first month to the last)."""
    return [(h.start, end) for h in sent.cues.of("month")
            if (end := _kazakh_span_end(sent, h.start)) is not None]


HEADER_WORDS = 12  # words of a header line that gives the article's date and source
VERB_FORMS = frozenset({"VERB", "INFN", "PRTS", "PRTF", "GRND"})


def _mark_stamps(para: Paragraph, text: str, dates: list[DateMention]) -> None:
    """Publication stamps ("17 февраля 2022 в 21:15") and datelines ("Москва. 7 августа.") are not events."""
    # "26.07.2024", "26 июля 2024 г." on a line of its own: nothing but the date
    alone = len(dates) == 1 and all(t.kind != "word" or _month_of(t) or t.lemma in single_words("year_word")
                                    for sent in para.sentences for t in sent.tokens)
    # "(26 февраля 2026 | Источник: пресс-служба)": a short Russian line with a full date and no verb, the
    # article's header
    toks = [t for sent in para.sentences for t in sent.tokens if t.kind == "word"]
    header = len(dates) == 1 and len(toks) <= HEADER_WORDS and not any(s.kazakh for s in para.sentences) \
        and not any(t.pos in VERB_FORMS for t in toks)
    for d in dates:
        near = text[max(d.char - 14, para.start):min(d.char + 30, para.end)]
        lead = text[para.start:d.char]
        if _TIME.search(near) or (alone and d.day) or (header and d.day and d.year):
            d.stamp = True  # "26.07.2024", a site's "18 Октября" on its own line, a header
        elif len(lead) < 40 and re.match(r"^\s*[A-ZА-ЯЁ][\w-]*[.,]\s*(?:[A-ZА-ЯЁ.\w-]*\s*[—–-]?\s*)?$", lead) \
                and not _discourse_start(para):
            d.stamp = True  # "Москва, 7 августа.", "Астана. 30 апреля." (not "Так, 7 января ...")


def _discourse_start(para: Paragraph) -> bool:
    """A paragraph opening with an adverb, conjunction, particle or verb ("Так, 7 января ...", "Итак, ...",
    "Напомним, в апреле ..."), or with words that open another story: a sentence going on from the one before,
    not a dateline's place."""
    first = next((t for s in para.sentences for t in s.tokens), None)
    return first is not None and (first.pos in {"ADVB", "CONJ", "PRCL", "INTJ", "VERB"}
                                  or any(h.start == 0 for h in para.sentences[0].cues.of("aside")))


def resolve(d: DateMention, ref: date | None, doc_year: int | None) -> date | None:
    """The calendar date of a mention, given the publication date (or None) and the document's year."""
    if d.weekday is not None:
        if ref is None:
            return None
        return ref - timedelta(days=(ref.weekday() - d.weekday) % 7)
    if d.days_back is not None:
        return ref - timedelta(days=d.days_back) if ref is not None else None
    day = d.day or 1
    if d.year is not None:
        year = d.year
    elif ref is not None:
        year = ref.year + d.relative_year
        if d.relative_year == 0 and _safe(year, d.month, day) and _safe(year, d.month, day) > ref:
            year -= 1
    elif doc_year is not None:
        year = doc_year + d.relative_year
    else:
        return None
    found = _safe(year, d.month, day)
    return found if found is not None and plausible(found) else None


FIRST_DAY = date(1991, 12, 16)   # Kazakhstan's independence: no figure of this project is older


def plausible(day: date) -> bool:
    """A date a figure can have: not before independence, not after tomorrow."""
    return FIRST_DAY <= day <= date.today() + timedelta(days=1)


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _count_word(tok) -> int | None:
    if tok.kind == "num" and tok.text.isdigit():
        return int(tok.text)
    entry = numbers().get(tok.lemma)
    return int(entry[0]) if entry and entry[1] in WORD_KINDS else None


def _span_after(sent: Sentence, k: int, ref: date | None, year_now: int | None) -> Period | None:
    """A span of the year after "за": a month ("за январь 2026 года"), a season ("за лето"), or an ordinal and a
    span word of data/reference/cues.csv ("за первый квартал", "за первое полугодие", "за полугодие" = the first)."""
    toks = sent.tokens
    if k >= len(toks):
        return None
    month = _month_of(toks[k]) if toks[k].kind == "word" else None
    season = sent.cues.at("season", k)
    if month:
        first, last, after = month, month, k + 1
    elif season is not None:  # "за лето", "за летний период 2024 года"
        first, last = (int(m) for m in str(season.value).split("-"))
        after = season.end
    else:
        order = sent.cues.at("ordinal", k)
        j = k + 1 if order else k
        span = sent.cues.at("period_span", j)
        if span is None:
            return None
        n, size = int(order.value) if order else 1, int(span.value)
        first, last, after = (n - 1) * size + 1, n * size, j + 1
        if last > 12:
            return None
    year, rel = _year_after(sent, after)
    if year is None:
        if year_now is None:
            return None
        year = year_now + rel
        if ref is not None and rel == 0 and ref.year == year and (ref.month, ref.day) <= (last, 31) \
                and ref < month_end(year, last):
            year -= 1  # "за январь" published in January speaks of last January
    return Period(date(year, first, 1), month_end(year, last))


def _day_at(sent: Sentence, k: int, year_now: int | None) -> tuple[int, int, int | None, int] | None:
    """A day and month at token k ("7 апреля", "7 апреля 2023 года") as (day, month, year or None, index after)."""
    toks = sent.tokens
    if k + 1 >= len(toks) or toks[k].kind != "num" or not toks[k].text.isdigit() or not 1 <= int(toks[k].text) <= 31:
        return None
    month = _month_of(toks[k + 1]) if toks[k + 1].kind == "word" else None
    if not month:
        return None
    year, _ = _year_after(sent, k + 2)
    return int(toks[k].text), month, year, _past_year(sent, k + 2)


def _month_span(sent: Sentence, k: int, ref: date | None, year_now: int | None) -> Period | None:
    """The span after "с" from a month to a month ("с июня по сентябрь", "с января 2023 года по март 2024 года"):
    the first day of one to the last of the other. Without a year, the year of the end is the publication's, or
    the one before if the span would begin after publication (GUIDE.md, dates; a span still running when the
    article was written ends after it)."""
    toks = sent.tokens
    first = _month_of(toks[k]) if k < len(toks) and toks[k].kind == "word" else None
    if first is None:
        return None
    start_year, _ = _year_after(sent, k + 1)
    until = _past_year(sent, k + 1)
    if until + 1 >= len(toks) or toks[until].lemma not in function_words("until") or toks[until + 1].kind != "word":
        return None
    last = _month_of(toks[until + 1])
    if last is None:
        return None
    end_year, _ = _year_after(sent, until + 2)
    if end_year is None and start_year is not None:
        end_year = start_year + (first > last)  # "с ноября 2023 года по март": the March after
    end_year = end_year or year_now
    if end_year is None:
        return None
    explicit = start_year is not None
    start_year = start_year or (end_year if first <= last else end_year - 1)
    if not explicit and ref is not None and date(start_year, first, 1) > ref:
        start_year, end_year = start_year - 1, end_year - 1  # a span that would begin after publication
    period = Period(date(start_year, first, 1), month_end(end_year, last))
    return period if period.start <= period.end else None


def _day_span(sent: Sentence, k: int, ref: date | None, year_now: int | None) -> Period | None:
    """The span after "с": a day ("с 7 апреля") up to another ("по 30 июня") or to publication; a day without
    its month takes the end's ("с 1 по 10 марта"); or a month up to another ("с июня по сентябрь")."""
    toks = sent.tokens
    if (months := _month_span(sent, k, ref, year_now)) is not None:
        return months
    start = _day_at(sent, k, year_now)
    after = start[3] if start else k + 1
    end = None
    if after < len(toks) and toks[after].lemma in function_words("until"):
        end = _day_at(sent, after + 1, year_now)
    if start is None:
        if end is None or not (toks[k].kind == "num" and toks[k].text.isdigit() and 1 <= int(toks[k].text) <= 31):
            return None
        start = (int(toks[k].text), end[1], end[2], k + 1)
    year = start[2] or (end[2] if end else None) or year_now
    if year is None:
        return None
    first = _safe(year, start[1], start[0])
    if end is not None:
        last = _safe(end[2] or year, end[1], end[0])
    elif ref is not None and ref > first:
        last = ref
    else:
        return None
    return Period(first, last) if first and last and first <= last else None


COMPARISON_LABEL = 8  # tokens of a bracketed period before the dash of the figure it labels


def _comparison_labels(toks: list) -> set[int]:
    """The tokens of a period in brackets that labels a figure after a dash ("(в прошлом году — 74)", "(за тот
    же период прошлого года — 59)")."""
    out: set[int] = set()
    for d, tok in enumerate(toks):
        if tok.text not in DASHES or d + 1 >= len(toks) or toks[d + 1].kind != "num":
            continue
        start = next((k for k in range(d - 1, max(d - COMPARISON_LABEL, -1), -1) if toks[k].text == "("), None)
        if start is not None and all(t.text != ")" for t in toks[start:d]):
            out.update(range(start + 1, d))
    return out


def _before_event(sent: Sentence, k: int) -> bool:
    """ "до" (or "по") at token k governing a day or an event after a span ("за неделю до задержания", "за неделю до
    5 мая"): the span is before that, not back from the report; "по стране", "по области" is where, not until."""
    if sent.lemma_at(k) not in function_words("until"):
        return False
    return not any(sent.cues.covering(c, k + 1) for c in ("place", "region_word", "settlement"))


def _months_back(ref: date, n: int) -> Period:
    """The last n months before a day: "за последние три месяца", "за два месяца" told in August."""
    start_month = ref.month - n
    year = ref.year + (start_month - 1) // 12
    month = (start_month - 1) % 12 + 1
    return Period(_safe(year, month, min(ref.day, calendar.monthrange(year, month)[1])), ref)


YEAR_TO_DATE_LAG = 2  # months a report of the year's first N months may come after them ("за 6 месяцев" in August)
RECENT_MOST = 3  # months a span counted back from the report may have ("за два месяца" in August); longer spans
                 # ("за 9 месяцев" in December) are the year's first months, however late the report


def find_period(sent: Sentence, ref: date | None, doc_year: int | None, start: int = 0) -> Period | None:
    """A cumulative period stated in a sentence (from its token `start` on: a label of one figure), or None."""
    return next(_periods(sent, ref, doc_year, start), (0, None))[1]


def period_spans(sent: Sentence, ref: date | None, doc_year: int | None) -> list[tuple[int, Period]]:
    """Every period a sentence states, each with the token where its words start, in order ("өткен жылы 96 ...
    тіркелсе, биыл төрт айда 41 ...": last year at 0, this year's four months at 6)."""
    out: list[tuple[int, Period]] = []
    start = 0
    while start < len(sent.tokens):
        at, got = next(_periods(sent, ref, doc_year, start), (0, None))
        if got is None:
            break
        out.append((at, got))
        start = at + 1
    return out


def _periods(sent: Sentence, ref: date | None, doc_year: int | None, start: int = 0
             ) -> Iterator[tuple[int, Period | None]]:
    """The first period stated from token `start` on, as (the token its words start at, the period); a period of
    None stops the reading (what looked like one cannot be told)."""
    if sent.kazakh:
        yield from _kazakh_period(sent, ref, ref.year if ref else doc_year, start)
        return
    toks = sent.tokens
    lem = [t.lemma for t in toks]
    if not _PERIOD_WORDS().intersection(lem) and not any(_YEAR_ORDINAL.match(t.text) for t in toks):
        return
    year_now = ref.year if ref else doc_year
    this, last, years = function_words("this_year"), function_words("last_year"), single_words("year_word")
    before_last = function_words("year_before_last")
    than = function_words("than")
    labels = _comparison_labels(toks)
    results: Period | None = None
    results_at = 0
    for i, tok in enumerate(toks[start:], start):
        if any(lem[j] in than and not sent.cues.covering("comparison_intro", j) for j in range(max(i - 2, 0), i)):
            continue  # "меньше, чем в прошлом году (95)", "против 2022 года": the period compared with
        if i in labels:
            continue  # "(в прошлом году — 74)": the period of the figure compared, not the sentence's
        nxt = lem[i + 1] if i + 1 < len(toks) else ""
        # "за 10 месяцев 2019 года", "за семь месяцев текущего года", "за последние три месяца"
        # "за 10 месяцев", and the results of a span ("подвёл итоги восьми месяцев", "по итогам полугодия")
        if tok.lemma in function_words("for") or tok.lemma in function_words("results_of"):
            k = i + 1
            recent = k < len(toks) and lem[k] in function_words("recent")
            if recent or k < len(toks) and lem[k] in function_words("opening"):
                k += 1
            n = _count_word(toks[k]) if k < len(toks) else None
            # "за неделю", "за минувшую неделю", "за последние две недели": back from publication
            weeks, w = (n, k + 1) if n else (1, k)
            if ref is not None and w < len(toks) and lem[w] in function_words("week_word") and 1 <= weeks <= 8 \
                    and not _before_event(sent, w + 1):  # not "за неделю до"
                yield i, Period(ref - timedelta(days=7 * weeks), ref)
                return
            if n and k + 1 < len(toks) and lem[k + 1] in function_words("month_word") and 1 <= n <= 12:
                year, rel = _year_after(sent, k + 2)
                # "за два месяца" told in August: the last two months, not January and February (a year's first
                # months end at most two months before the report that sums them up: "за 6 месяцев" in August)
                recent = recent or year is None and rel == 0 and ref is not None \
                    and (year_now is None or year_now == ref.year) and ref.month - n > YEAR_TO_DATE_LAG \
                    and n <= RECENT_MOST
                if recent:
                    yield i, _months_back(ref, n) if ref is not None else None
                    return
                if year is None:
                    if year_now is None:
                        yield i, None
                        return
                    year = year_now + rel
                    if ref is not None and rel == 0 and ref.month < n and ref.year == year:
                        year -= 1
                    if ref is not None and (ref.year, ref.month) == (year, n):
                        yield i, Period(date(year, 1, 1), ref)  # "за восемь месяцев" told on 26 August: up to that day
                        return
                yield i, Period(date(year, 1, 1), month_end(year, n))
                return
            if not n and w < len(toks) and lem[w] in function_words("month_word") and ref is not None \
                    and (recent or ref.month - 1 > YEAR_TO_DATE_LAG) and sent.cues.at("ordinal", w - 1) is None:
                # "за месяц", "за минувший месяц" told in October: the last month (in February: January)
                yield i, _months_back(ref, 1)
                return
            back = 1 if nxt in last else 2 if nxt in before_last else 0
            if back and i + 2 < len(toks) and lem[i + 2] in years and year_now:
                yield i, Period(date(year_now - back, 1, 1), date(year_now - back, 12, 31))
                return
            if tok.lemma in function_words("results_of") and nxt in years and ref is not None \
                    and not _YEAR.match(sent.text_at(i + 2)) and results is None:
                # "по итогам года", "итоги года" with no year named: the year just ended when told in its first
                # months (January, February), the year so far when told at its end (November, December); else
                # unknown. A span the sentence names besides wins ("Подводя итоги года, ... за 11 месяцев")
                results, results_at = _results_of_year(ref), i
            got = _span_after(sent, i + 1, ref, year_now)  # "за январь", "за первый квартал", "за полугодие"
            if got is not None:
                yield i, got
                return
        # "в первом полугодии", "во втором квартале 2023 года": an ordinal span of a year (not "в январе", a date)
        if tok.lemma in function_words("in") and sent.cues.at("ordinal", i + 1) is not None:
            got = _span_after(sent, i + 1, ref, year_now)
            if got is not None:
                yield i, got
                return
        # "с 7 апреля", "с 1 по 10 марта", "с 1 января по 30 июня 2023 года": from a day to another, or to publication
        if tok.lemma in function_words("since"):
            got = _day_span(sent, i + 1, ref, year_now)
            if got is not None:
                yield i, got
                return
        # "с начала года", "с начала текущего года", "с начала 2022 года"
        if tok.lemma in function_words("since") and nxt in function_words("beginning"):
            k = i + 2
            year, _ = _year_after(sent, k)
            while k < len(toks) and lem[k] in this:
                k += 1
            if year is not None:
                k += 1
            if k < len(toks) and lem[k] in years:
                year = year or year_now
                if year is None:
                    yield i, None
                    return
                end = ref if ref is not None and ref.year == year else (
                    date(year, 12, 31) if ref is not None and ref.year > year else None)
                yield i, Period(date(year, 1, 1), end)
                return
        # "в 2023 году", "за 2023 год", "по итогам 2023 года", "в 2021-м"
        if tok.lemma in function_words("year_lead") and i + 2 < len(toks):
            m = _YEAR.match(toks[i + 1].text)
            ordinal = m is not None and m.group(0) != m.group(1)  # "в 2021-м": a year's ordinal needs no "году"
            if m and (lem[i + 2] in single_words("year_word") or ordinal) and 1900 < int(m.group(1)) < 2100:
                year = int(m.group(1))
                yield i, Period(date(year, 1, 1), date(year, 12, 31))
                return
            # "в 2017 – 2018 годах", "за 2019-2021 гг.": a span of whole years
            m2 = _YEAR.match(sent.text_at(i + 3)) if m and toks[i + 2].text in DASHES else None
            if m2 and sent.lemma_at(i + 4) in single_words("year_word") \
                    and 1900 < int(m.group(1)) < int(m2.group(1)) < 2100:
                yield i, Period(date(int(m.group(1)), 1, 1), date(int(m2.group(1)), 12, 31))
                return
            # "в прошлом году", "в позапрошлом году", "в этом году"
            if (nxt in last or nxt in before_last or nxt in this) and lem[i + 2] in years and year_now:
                if nxt not in this:
                    back = 1 if nxt in last else 2
                    yield i, Period(date(year_now - back, 1, 1), date(year_now - back, 12, 31))
                    return
                yield i, Period(date(year_now, 1, 1), ref)
                return
        # "в январе-феврале"
        if tok.lemma in function_words("in") and i + 3 < len(toks):
            m1, m2 = _month_of(toks[i + 1]), _month_of(toks[i + 3])
            if m1 and m2 and toks[i + 2].text in {"-", "–", "—"} and year_now:
                yield i, Period(date(year_now, m1, 1), month_end(year_now, m2))
                return
    if results is not None:
        yield results_at, results


def _kazakh_period(sent: Sentence, ref: date | None, year_now: int | None, start: int = 0
                   ) -> Iterator[tuple[int, Period | None]]:
    """A period in the Kazakh order, where the words that make it a span follow what they govern: "жыл басынан
    бері" (since the year's beginning), "қараша айының басынан бері", "биыл 9 айда" (in this year's nine
    months), "1 маусымнан 31 қазанға дейін", "1 маусым мен 31 қазан аралығында", "маусым — қазан айлары
    аралығында", "2025 жылдың бірінші жартыжылдығында", "2022 жылы", "өткен жылы"."""
    toks, lem = sent.tokens, [t.lemma for t in sent.tokens]
    years, months = single_words("year_word"), function_words("month_word")
    results: Period | None = None  # "жыл қорытындысы" with no year named, read if the sentence names no other span
    for i, tok in enumerate(toks[start:], start):
        if results is None and tok.lemma in years and sent.text_at(i + 1).lower().startswith(
                tuple(function_words("results_kk"))) and not (i and (_YEAR.match(toks[i - 1].text) or lem[i - 1] in (
                function_words("last_year") | function_words("this_year") | function_words("this_year_word")))):
            results = _results_of_year(ref)  # "жыл қорытындысын шығарды", as "подвела итоги года"
            continue
        # "... басынан бері / бастап": since the beginning of a year or a month
        if tok.lemma in function_words("beginning") and (sent.lemma_at(i + 1) in function_words("since_after") or (
                i and lem[i - 1] in years and not any(lem[j] in function_words("until_after")
                                                      for j in range(i + 1, min(i + 6, len(toks)))))):
            # "жыл басынан бері", and "жыл басынан" alone (not "жыл басынан маусымға дейін", a span)
            month = _kazakh_month(sent, i - 2) if i >= 2 and lem[i - 1] in months else None
            year, rel = _year_before(sent, i) if i and lem[i - 1] in years else (None, 0)
            year = year or (year_now + rel if year_now else None)
            if year is None:
                yield i, None
                return
            end = ref if ref is not None and ref.year == year else date(year, 12, 31) if ref and ref.year > year \
                else None
            if ref is not None and rel == 0 and date(year, month or 1, 1) > ref:
                year, end = year - 1, ref  # "қараша айының басынан бері" read in May: since last November
            yield i, Period(date(year, month or 1, 1), end)
            return
        # "биыл 9 айда", "2025 жылдың 10 айында": the first months of a year (not "3 айда" of an operation)
        if tok.kind == "num" or tok.lemma in numbers():
            n = _count_word(tok)
            opening = sent.lemma_at(i - 1) in function_words("opening")  # "алғашқы 3 айында": the first three
            j = i - 1 if opening else i
            qualified = opening or \
                sent.lemma_at(j - 1) in years | function_words("this_year") | function_words("this_year_word")
            if n and 1 <= n <= 12 and qualified and sent.lemma_at(i + 1) in function_words("months_in"):
                year, rel = _year_before(sent, j)
                year = year or (year_now + rel if year_now else None)
                if year is None:
                    yield i, None
                    return
                if ref is not None and (ref.year, ref.month) == (year, n):
                    yield i, Period(date(year, 1, 1), ref)  # "биылғы үш айда" told on 27 March: up to that day
                    return
                yield i, Period(date(year, 1, 1), month_end(year, n))
                return
            # "үш айда" told in September: the last three months, as "за три месяца" is; not "операцияның 3 айында",
            # the months of something whose dates are not told
            of_something = j > 0 and sent.tokens[j - 1].norm.endswith(tuple(function_words("genitive_ending")))
            if n and 1 <= n <= 12 and not qualified and not of_something \
                    and sent.lemma_at(i + 1) in function_words("months_in") \
                    and ref is not None and ref.month - n > YEAR_TO_DATE_LAG and n <= RECENT_MOST \
                    and _year_before(sent, j)[0] is None:
                yield i, _months_back(ref, n)
                return
            # "тоғыз айда" told in October: the year's first nine months, as "за 9 месяцев" is (told in January,
            # last year's)
            if n and 2 <= n <= 12 and not qualified and not of_something and ref is not None \
                    and sent.lemma_at(i + 1) in function_words("months_in") and _year_before(sent, j)[0] is None:
                year = ref.year - 1 if ref.month < n else ref.year
                yield i, Period(date(year, 1, 1), ref) if (year, n) == (ref.year, ref.month) \
                    else Period(date(year, 1, 1), month_end(year, n))
                return
        # "биылғы жарты жылда": this year's span with no ordinal, its first one
        span = sent.cues.at("period_span", i + 1)
        if (tok.lemma in function_words("this_year_word") or tok.lemma in function_words("this_year")) \
                and year_now and span is not None and int(span.value) < 12 and not sent.cues.at("ordinal", i + 1):
            yield i, Period(date(year_now, 1, 1), month_end(year_now, int(span.value)))
            return
        # "биыл" (this year) on its own: since the year's beginning
        if tok.lemma in function_words("this_year_word") and year_now and sent.lemma_at(i + 1) not in years \
                and not (lem[i + 2:i + 3] and lem[i + 2] in months) \
                and not (sent.cues.at("ordinal", i + 1) and sent.cues.at("period_span", i + 2)):  # "биыл бірінші
            # тоқсанда": the quarter, read below
            yield i, Period(date(year_now, 1, 1), ref if ref is not None and ref.year == year_now else None)
            return
        # "былтыр" (last year) on its own: that whole year (not "былтыр — 71", a figure given for comparison);
        # "былтырғы ақпанда": that month of last year
        if tok.lemma in function_words("last_year_word") and year_now and sent.text_at(i + 1) not in DASHES:
            month = _kazakh_month(sent, i + 1)
            if month:
                yield i, Period(date(year_now - 1, month, 1), month_end(year_now - 1, month))
                return
            yield i, Period(date(year_now - 1, 1, 1), date(year_now - 1, 12, 31))
            return
        # "бірінші жартыжылдығында", "екінші тоқсанда": an ordinal span of a year
        order = sent.cues.at("ordinal", i)
        span = sent.cues.at("period_span", i + 1) if order else None
        if order and span:
            n, size = int(order.value), int(span.value)
            if n * size <= 12:
                year, rel = _year_before(sent, i)
                year = year or (year_now + rel if year_now else None)
                if year is not None:
                    yield i, Period(date(year, (n - 1) * size + 1, 1), month_end(year, n * size))
                    return
        # a span of days or months closed by "дейін / аралығында"
        got = _kazakh_span(sent, i, ref, year_now)
        if got is not None:
            yield i, got
            return
        # "2022 жылы", "2023 жылдың қорытындысы бойынша", "өткен жылы": a whole year (not "1978 жылы туған",
        # nor "2025 жылы 15 қазанда", a day)
        if tok.lemma in years and i and sent.lemma_at(i + 1) not in function_words("born") \
                and not any(_kazakh_month(sent, k) for k in (i + 1, i + 2)) \
                and not (lem[i - 1] in function_words("last_year") and sent.text_at(i + 1) in DASHES
                         and sent.tokens[i + 2:i + 3] and sent.tokens[i + 2].kind == "num"):
            # "өткен жылы – 187, биыл 9 айда 214 дерек": last year's figure given first, not the sentence's period
            m = _YEAR.match(toks[i - 1].text)
            whole = tok.lemma in function_words("year_in") or sent.lemma_at(i + 1) in function_words("year_result")
            if m and whole and 1991 < int(m.group(1)) < 2100:
                year = first = int(m.group(1))
                m0 = _YEAR.match(sent.text_at(i - 3)) if sent.text_at(i - 2) in DASHES else None
                if m0 and 1991 < int(m0.group(1)) < year:  # "2019-2020 жылдары": a span of whole years
                    first = int(m0.group(1))
                yield i, Period(date(first, 1, 1), date(year, 12, 31))
                return
            if lem[i - 1] in function_words("last_year") and tok.lemma in function_words("year_in") and year_now:
                yield i, Period(date(year_now - 1, 1, 1), date(year_now - 1, 12, 31))
                return
    if results is not None:
        yield start, results


def _results_of_year(ref: date | None) -> Period | None:
    """"Итоги года" / "жыл қорытындысы" with no year named: the year just ended when told in its first months
    (January, February), the year so far when told at its end (November, December); else unknown."""
    if ref is None:
        return None
    if ref.month <= YEAR_TO_DATE_LAG:
        return Period(date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31))
    if ref.month > 12 - YEAR_TO_DATE_LAG:
        return Period(date(ref.year, 1, 1), ref)
    return None


def _kazakh_span(sent: Sentence, i: int, ref: date | None, year_now: int | None) -> Period | None:
    """From a day or month at token i to another up to four words on, closed by "дейін / аралығында": "1
    маусымнан 31 қазанға дейін", "1 маусым мен 31 қазан аралығында", "маусым айының басынан қазан айының
    соңына дейін", "маусым — қазан айлары аралығында"."""
    toks = sent.tokens
    if year_now is not None and i >= 3 and _kazakh_month(sent, i) and toks[i - 1].text.isdigit() \
            and toks[i - 2].text in DASHES and toks[i - 3].text.isdigit() \
            and {sent.lemma_at(k) for k in (i + 1, i + 2)} & function_words("until_after"):
        # "1-10 маусым аралығында": days of one month, between
        year, _ = _year_before(sent, i - 3)
        start = _safe(year or year_now, _kazakh_month(sent, i), int(toks[i - 3].text))
        end = _safe(year or year_now, _kazakh_month(sent, i), int(toks[i - 1].text))
        return Period(start, end) if start is not None and end is not None and start < end else None
    j = _kazakh_span_end(sent, i)
    if j is None or year_now is None:
        return None
    day1 = int(toks[i - 1].text) if i and toks[i - 1].kind == "num" and toks[i - 1].text.isdigit() else None
    day2 = int(toks[j - 1].text) if toks[j - 1].kind == "num" and toks[j - 1].text.isdigit() else None
    year, _ = _year_before(sent, i - 1 if day1 else i)
    year = year or year_now
    first, last = _kazakh_month(sent, i), _kazakh_month(sent, j)
    start = _safe(year, first, day1 or 1)
    end = _safe(year, last, day2) if day2 else month_end(year, last)
    if start is None or end is None or end < start:
        return None
    return Period(start, end)


def _kazakh_span_end(sent: Sentence, i: int) -> int | None:
    """The token of the month that ends a Kazakh span starting with the month at token i, or None."""
    toks = sent.tokens
    if not _kazakh_month(sent, i):
        return None
    for j in range(i + 1, min(i + 6, len(toks))):
        if _kazakh_month(sent, j):
            close = {sent.lemma_at(k) for k in range(j + 1, j + 4)}
            return j if close & function_words("until_after") else None
    return None
