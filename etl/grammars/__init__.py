"""One grammar per kind of fact: what a number in a sentence counts, as plain Figure records.

The engine (`figures_in`) reads the numbers of a sentence (etl.numbers) and hands each to the grammars in
turn: `money` (number + currency), `mass` (number + unit, then the substance) and `count` (number + head
noun: people, labs, groups, online, crimes), then `singular` (one person or thing named without a number).
Each grammar looks only at the sentence; what needs the paragraph or the document (regions, dates, totals,
repeats) is decided later in etl.extract.
"""

from __future__ import annotations

from dataclasses import replace

from etl.grammars.base import (
    ACTION_STRENGTH,
    CLOSING_QUOTES,
    DASHES,
    ROLE_STRENGTH,
    STOPS,
    Figure,
    cue_after,
    cue_before,
    hedge_start,
)
from etl.grammars.count import count, last_year_around, whole_last_year, year_after, year_before
from etl.grammars.mass import bare_units, choose_substance, mass_or_counted
from etl.grammars.money import is_sum, money, priced_unit
from etl.grammars.singular import singular_mentions
from etl.numbers import Number, read_numbers
from etl.text import Sentence
from etl.vocab import function_words

# a sum counts only in a sentence that says what happened to it or what it is about
MONEY_CONTEXT = ("role", "drug", "substance", "action", "online_action", "dismantle", "seize")
# a mass or count of things counts only in a sentence that names a drug or says it was seized, moved or weighed
SEIZURE_CONTEXT = ("drug", "substance", "seize", "traffic", "weight", "action", "dismantle")
VERB_TAGS = frozenset({"VERB", "INFN", "PRTS"})

__all__ = ["ACTION_STRENGTH", "ROLE_STRENGTH", "Figure", "choose_substance", "figures_in"]


def figures_in(sent: Sentence, text: str, carried: Figure | None = None) -> list[Figure]:
    """Every figure of a sentence that a grammar recognises; `carried`, a count of the sentence before that this
    one breaks down ("Из них в Алматы — 40")."""
    found: list[Figure] = []
    bare: list[Number] = []  # numbers no grammar read: the first of "23 уголовных и 15 административных ..."?
    for num in read_numbers(sent.tokens, text):
        if found and num.start < found[-1].end:
            continue  # "36 кг 808 граммов": the second number belongs to the first figure
        fig = money(sent, num, found)
        if fig is None and is_sum(sent, num):
            continue  # a sum that is no fact ("по 15 тысяч тенге за дозу"): no count of people or things either
        fig = fig or mass_or_counted(sent, num) or count(sent, num, found, carried)
        if fig is None:
            bare.append(num)
            continue
        if vetoed(sent, num, fig):
            continue
        if found and found[-1].kind == fig.kind and found[-1].end == num.start - 1 \
                and found[-1].value < num.value and sent.lemma_at(num.start - 1) in function_words("of"):
            continue  # "задержаны семеро из девяти членов ОПГ": the nine are whom the seven are of
        part = bare[-1] if bare else None
        if part is not None and fig.kind in SHARED_KINDS and part.end == num.start - 1 and part.value < num.value \
                and sent.lemma_at(part.end) in function_words("of"):
            # "задержаны 7 из 9 участников группы": seven of the nine are the count
            bare.pop()
            fig = replace(fig, start=part.start, value=part.value, count=part.value, parts=[],
                          quote_start=sent.tokens[part.start].start)
        lead = hedge_start(sent, num.start)
        # "ещё двоих": a further two; "ещё один курьер", "ещё одна лаборатория": the number inside the cue
        fig.another = any(m.end in (lead, lead - 1) or m.start < lead < m.end for m in sent.cues.of("another"))
        if fig.comparison_year is None:
            fig.comparison_year = year_after(sent, fig.end)  # "с 80 кг в 2019 году до 1,1 тонны – в 2023-м"
        if not fig.compared and any(f.kind == fig.kind for f in found):
            fig.comparison_year = year_before(sent, lead)  # "в 2022 году — 41 тонна, в 2021 году — 32 тонны"
            if fig.comparison_year is None:  # "(за тот же период прошлого года — 95 кг)", "против 95 кг годом ранее"
                fig.years_back = last_year_around(sent, lead, fig.end)
                fig.whole_year = fig.years_back > 0 and whole_last_year(sent, lead)
        if fig.kind == "seizure" and fig.compared and fig.substance in {None, "drugs"} \
                and not sent.cues.covering("substance", fig.end - 1):
            # "4,3 кг синтетики, тогда как за весь прошлый год — 1,9 кг": the drug of the figure it is compared with
            fig.substance = next((f.substance for f in reversed(found) if f.kind == "seizure"), None)
        found.append(fig)
    if bare and found:
        found.extend(_sharing_a_head(sent, bare, found))
    found.extend(bare_units(sent, found))
    found.extend(singular_mentions(sent, found))
    found = [f for f in found if f.kind != "people" or not _for_other_crime(sent, f)]
    found.sort(key=lambda f: f.start)
    return found


OTHER_CRIME_REACH = 3  # words from "за" to the other crime it names ("осуждены за получение взятки")


def _for_other_crime(sent: Sentence, f: Figure) -> bool:
    """People acted on for another crime in their clause ("двое полицейских осуждены за взятку"): no drug figure
    (GUIDE.md: figures about other crimes are not facts), unless a drug crime is named first."""
    toks = sent.tokens
    lo = sent.clause_start(f.start)
    hi = next((k for k in range(f.end, len(toks)) if toks[k].text in STOPS), len(toks))
    for k in range(lo, hi):
        if toks[k].lemma not in function_words("for"):
            continue
        other = next((j for j in range(k + 1, min(k + 1 + OTHER_CRIME_REACH, hi))
                      if sent.cues.covering("other_crime", j)), None)
        if other is not None and not any(sent.cues.covering(c, j) for c in ("drug", "substance", "crime_type")
                                         for j in range(k + 1, other)):
            return True  # not "осуждены за сбыт наркотиков и взятку": a drug crime named first
    return False


IMPOSSIBLE_KG = 10_000_000  # GUIDE.md "Impossible figures": no seizure is more than 10,000 tonnes
INTENTION = tuple(function_words("intention_ending"))
INTENTION_AUX = tuple(function_words("intention_aux"))
SHARED_KINDS = frozenset({"people", "crimes", "labs", "groups", "online"})
SHARED_WORDS = 2  # words between a number and "и" when it shares the head of the count after it


def _sharing_a_head(sent: Sentence, bare: list[Number], found: list[Figure]) -> list[Figure]:
    """ "23 уголовных и 15 административных правонарушений", "23 қылмыстық және 15 әкімшілік құқықбұзушылық":
    a number, its own adjective, "и", then a count whose adjective and head follow: the head is both's."""
    toks = sent.tokens
    out: list[Figure] = []
    for num in bare:
        j = num.end
        while j < len(toks) and j - num.end < SHARED_WORDS and toks[j].kind == "word" \
                and toks[j].norm not in function_words("coordination") \
                and (toks[j].pos in {"ADJF", "PRTF"} or sent.kazakh and not toks[j].pos):
            j += 1
        if j == num.end or j >= len(toks) or toks[j].norm not in function_words("coordination"):
            continue
        g = next((f for f in found if f.start == j + 1), None)
        if g is None or g.kind not in SHARED_KINDS or g.how != "head" or g.end - g.start < 3 \
                or g.comparison_year is not None:
            continue  # the count after "и" has a word of its own before its head ("15 административных ...")
        fig = replace(g, start=num.start, end=j, value=num.value, count=num.value, parts=[],
                      quote_start=toks[num.start].start, quote_end=toks[j - 1].end)
        out.append(fig)
    return out


def _potential(sent: Sentence, clause: int, start: int, end: int) -> bool:
    """A figure of what could have been made or sold: a `potential` cue before it in its clause, or after it in its
    clause in Kazakh (the verb comes last)."""
    hits = sent.cues.of("potential")
    if not hits:
        return False
    if any(clause <= m.start < start for m in hits):
        return True
    if not sent.kazakh:
        return False
    stop = _clause_end(sent, end)
    return any(end <= m.start < stop for m in hits)


def _planned(sent: Sentence, clause: int, start: int, end: int) -> bool:
    """Labs or groups only intended: a `planned` cue before them in their clause ("планировали открыть"), or in
    Kazakh a verb of intention after them ("құрмақ болған": a verb ending in -мақ/-мек, then "бол-")."""
    if any(clause <= m.start < start for m in sent.cues.of("planned")):
        return True
    if not sent.kazakh:
        return False
    toks = sent.tokens
    return any(toks[k].norm.endswith(INTENTION) and toks[k + 1].norm.startswith(INTENTION_AUX)
               for k in range(end, min(_clause_end(sent, end), len(toks) - 1)))


def _clause_end(sent: Sentence, end: int) -> int:
    """Where the clause that goes on after token `end` stops: the next , ; or : (Kazakh puts its verb there)."""
    return next((k for k in range(end, len(sent.tokens)) if sent.tokens[k].text in {",", ";", ":"}), len(sent.tokens))


def _each(sent: Sentence, start: int, fig: Figure) -> bool:
    """The size of each item, not what was seized: Russian "89 флаконов по 10 мл" (a distributive "по" after a
    count of items), Kazakh "10 мл-ден 89 құты" (a unit with the ablative, a number right after it)."""
    if fig.how not in {"mass", "counted"} or fig.unit not in {None, "litres"}:
        return False
    if sent.kazakh:
        unit = sent.tokens[fig.end - 1].norm
        return unit.endswith(tuple(function_words("direction_ending"))) and sent.tokens[fig.end:fig.end + 1] != [] \
            and sent.tokens[fig.end].kind == "num"
    return start > 0 and sent.lemma_at(start - 1) in function_words("each") and any(
        h.start < start for h in sent.cues.of("unit"))


SOLD_REACH = 3  # tokens from a verb of selling to the quantity sold ("отпустила без рецепта 3 200 упаковок")


def _sold_by_pharmacy(sent: Sentence, clause: int, start: int, end: int) -> bool:
    """A quantity a pharmacy sold or someone bought from one ("аптека отпустила без рецепта 3 200 упаковок
    прегабалина", "дәріханадан 300 құты тропикамид сатып алған"): a verb of selling or buying (not "пытался
    продать") shortly before it in its clause (after it in Kazakh), a pharmacy named before, and nothing seized in
    the clause."""
    toks = sent.tokens
    sold = function_words("sell") | function_words("acquire")
    if sent.kazakh:  # the verb after what it sells or buys: "дәріханадан 300 құты тропикамид сатып алған"
        if not any(toks[k].norm.startswith(tuple(function_words("kazakh_sell")))
                   for k in range(end, min(end + SOLD_REACH, len(toks)))):
            return False
    elif not any(toks[k].lemma in sold and toks[k].pos != "INFN"
                 for k in range(max(clause, start - SOLD_REACH), start)):
        return False
    stop = next((k for k in range(end, len(toks)) if toks[k].text in STOPS), len(toks))
    pharmacy = tuple(function_words("pharmacy"))
    return not sent.cues.starting("seize", clause, stop) \
        and any(t.lemma in pharmacy or sent.kazakh and t.norm.startswith(pharmacy) for t in toks[:start])


def vetoed(sent: Sentence, num: Number, fig: Figure) -> bool:
    """Figures about other things: article numbers, capacities, differences between periods; and figures that
    cannot be (GUIDE.md: more than 10,000 tonnes in one seizure is a typo, "15 тысяч тонн героина")."""
    if fig.kind == "seizure" and fig.kg is not None and fig.kg > IMPOSSIBLE_KG:
        return True
    if fig.kind == "seizure" and num.words and fig.value in {1, 0.001} and priced_unit(sent, num.end):
        return True  # "Одна доза героина стоит 5 тысяч тенге", "Стоимость одного грамма — ...": a price of one
    if fig.kind == "seizure" and any(fig.start <= m.start <= fig.end + 2 for m in sent.cues.of("not_drug")):
        return True  # "500 ампул анаболических стероидов", "3 кг ядовитых веществ": another crime's
    start = hedge_start(sent, num.start)
    if start > 0 and sent.tokens[start - 1].text in {"№", "#"}:
        return True
    if sent.text_at(num.end) in CLOSING_QUOTES and start > 0 and sent.tokens[start - 1].text in DASHES:
        return True  # "«Мак – 2024» іс-шарасы": a number closing a quoted name is part of the name
    if sent.tokens[num.end:num.end + 1] and sent.tokens[num.end].norm.startswith(tuple(function_words("age_stem"))):
        return True  # "28 летний мужчина", "30-ти летний житель": an age
    if sent.kazakh and sent.text_at(num.end).lower() in function_words("between_after"):
        return True  # "28 бен 30 арасындағы": the bound of a range
    cue = cue_before(sent, "not_fact", start)
    if cue is not None and not any(t.text == "," or t.lemma in function_words("and")
                                   for t in sent.tokens[cue.end:start]):
        return True  # not "реактивов для изготовления мефедрона и 40 кг готового наркотика": a figure of its own
    # after the figure, or inside an elliptic one that took the verb in ("из них 39 направлены в суд")
    trailing = cue_after(sent, "not_fact_after", fig.end) \
        or next((m for m in sent.cues.of("not_fact_after") if num.end <= m.start < fig.end), None)
    if trailing is not None and not (trailing.value == "cases" and fig.kind == "people") \
            and not any(t.text in {",", ";"} for t in sent.tokens[fig.end:trailing.start]):
        return True  # not "2 кг героина, чистый вес составил 1,1 кг": the next clause's
    clause = sent.clause_start(start)
    changes = [m for m in sent.cues.of("difference") if clause <= m.start < start]
    level = {sent.lemma_at(start - 1), sent.lemma_at(start)}
    # the level reached: "снизился до 185", "снизилось на 9 и составило 22" (not "снижение составляет 13 фактов",
    # the change named as the subject of the verb)
    reached = level & function_words("to_level") or level & function_words("amount_verb") \
        and not any(sent.tokens[m.start].pos == "NOUN" for m in changes)
    if changes and not reached:
        return True  # "снизилось на 25": a change
    if fig.kind in {"seizure", "money"} and _potential(sent, clause, start, fig.end):
        return True
    if fig.kind in {"labs", "groups"} and _planned(sent, clause, start, fig.end):
        return True  # "планировали открыть восемь нарколабораторий", "8 зертхана құрмақ болған": never opened
    if fig.kind == "seizure" and _each(sent, start, fig):
        return True
    if fig.kind == "seizure" and _sold_by_pharmacy(sent, clause, start, fig.end):
        return True  # "аптека продала 45 000 упаковок «Тропикамида»": sold, nothing seized
    if sent.cues.at("month", num.end) is not None:
        return True  # "5 қараша күні", "12 марта": a day of a month, not a count
    if (sent.text_at(num.end) in DASHES or sent.lemma_at(num.end) in function_words("and")) \
            and num.end + 2 < len(sent.tokens) and sent.tokens[num.end + 1].kind == "num" \
            and sent.cues.at("month", num.end + 2) is not None:
        return True  # "17–18 июня", "12 и 14 июля": the first day of days told together
    if sent.kazakh and fig.end < len(sent.tokens) and sent.tokens[fig.end - 1].norm.endswith(
            tuple(function_words("dative_ending"))) and sent.tokens[fig.end].norm in function_words("comparative_kk"):
        return True  # "өткен жылмен салыстырғанда 30 фактіге көп": more by 30, a difference
    # "на 700 килограммов больше, чем за аналогичный период": a difference
    after = sent.tokens[fig.end:fig.end + 3]
    if sent.lemma_at(start - 1) in function_words("by") and any(t.norm in function_words("comparative") for t in after):
        return True
    # "изделия из золота весом 73,5 кг", "ГСМ — более 18 500 литров": other goods weighed, not a drug
    if fig.kind == "seizure" and fig.substance is None and any(
            clause <= m.start < fig.end + 3 for m in sent.cues.of("other_goods")):
        return True
    if fig.kind == "seizure" and not any(sent.cues.has(c) for c in SEIZURE_CONTEXT) and any(
            t.pos in VERB_TAGS for t in sent.tokens):
        # "162 тысячи тонн мусора вывезли": a mass whose sentence says nothing of drugs or seizing; a sentence with
        # no verb ("За тот же период прошлого года — 89 кг.") goes on from the one before it
        return True
    if fig.kind == "seizure" and sent.cues.has("threat") and not sent.cues.has("seize"):
        return True  # "за хранение, например, свыше 100 граммов марихуаны, грозит до 10 лет": a law's threshold
    if fig.kind == "money" and not any(sent.cues.has(c) for c in MONEY_CONTEXT):
        return True  # "$ 494.87  520.65": a rate or price with nothing done to it (a site's currency widget)
    # "одна из крупнейших": "один из" is an idiom, not a count, unless people are acted on after it
    if num.words and num.value == 1 and sent.lemma_at(num.end) in function_words("of") and fig.kind != "people":
        return True
    return False
