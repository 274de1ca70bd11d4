"""Extraction of one document: sentences -> figures -> totals -> regions -> dates -> repeats -> GUIDE.md facts.

Each step is a small function over the figures of one document; `extract` runs them top to bottom.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date
from itertools import takewhile

from etl.confidence import confidence
from etl.cues import Hit
from etl.dates import DateMention, Period, find_dates, find_period, month_end, period_spans, plausible, resolve
from etl.documents import Document
from etl.fact import Fact
from etl.grammars import ACTION_STRENGTH, Figure, figures_in
from etl.grammars.base import DASHES, QUOTES, STOPS, THING_KINDS, hedge_start, quote_span, relative_clause, single_words
from etl.grammars.count import head_entry, is_shop, kazakh_part, named_head, needs_met, subset_before
from etl.grammars.mass import NAMED
from etl.grammars.singular import HELD, aged_person, held_participle, opens_a_case, people_actions, plural_ending
from etl.language import KAZAKH, PAD, kazakh, transliterate
from etl.morph import fold
from etl.numbers import Number, read_numbers
from etl.regions import Gazetteer
from etl.text import Paragraph, Sentence, split
from etl.vocab import families, function_words

HEADLINE_CHARS = 200        # paragraphs before the first one this long are headlines
BODY_WORDS = 10             # with no paragraph that long: before the first with a sentence this long
YEAR = re.compile(r"(?:19|20)\d\d")  # a number that is a year, not a figure
ROUNDING = 0.10             # a headline figure within 10 % of a body figure restates it
FLOOR = 2                   # a headline's round floor ("более тысячи") restates a body figure under twice it
DOSES_REACH = 2             # paragraphs after doses in which the packages they restate may be told
FOLLOW = 3                  # sentences after packages in which their mass may be given
LATER = 6                   # sentences after people named with nothing done to them that may call them detained
BACK = 4                    # sentences before "N таких X" in which a thing of its kind may have been named
STAGE_LATER = 4             # sentences after people counted in which a later stage may be told of them in the plural
HELD_FORMS = frozenset({"PRTF", "NOUN", "ADJF"})  # "задержанные", "у задержанного": the held, as a noun
KAZAKH_MASS_GAP = 2          # words between a Kazakh mass and the packages it qualifies ("2 келі болатын 15 орам")
WITH_GAP = 6                # words between packages and "с" + their mass ("21 полиэтиленовый брикет с 59 кг")
# the evidence of a region its own paragraph gives
NEAR_EVIDENCE = frozenset({"sentence", "paragraph", "sentence_after", "sentence_beyond"})
UNKNOWN_YEAR = 1000         # a stand-in year, never a real one (etl.dates.plausible refuses dates before 1991)
STAGE_GAP = 3  # words between people named again and the stage done to them ("Все они были взяты под стражу")
SUM_REACH = 4               # sentences back from a whole to the seizures it adds up
SUM_ROUNDING = 0.02         # a whole within 2 % of the sum of seizures before it is their sum ("более 77 кг")
COUNTED_KINDS = frozenset({"labs", "groups", "online", "crimes"})  # what a part in the next sentence may go on with
PLANT_FAMILIES = frozenset(function_words("no_pill_family"))  # families of drugs never sold as tablets
SUBSTANCE_UMBRELLA = frozenset({"synthetic"})  # a family's own name ("синтетика"), of any drug of it
SUBSTANCE_RANK = {"drugs": 0, None: -1, "psychotropic": 1, "synthetic": 2, "precursors": 2}


def extract(doc: Document, lang: str | None = None) -> list[dict]:
    """The facts of one document, as GUIDE.md records (what `etl extract` writes)."""
    return [fact.record() for fact in extract_facts(doc, lang)]


def extract_facts(doc: Document, lang: str | None = None) -> list[Fact]:
    """The facts of one document, typed; `lang` its language when known (etl.language; else it is detected).
    Kazakh in the Latin script is read in Cyrillic letters (etl.language.transliterate keeps every offset), and
    its quotes are cut from the text as written."""
    if lang is None:
        lang = kazakh(doc.text)
    written = doc
    if lang == "kk-Latn":
        doc = replace(doc, text=transliterate(doc.text))
    paragraphs = split(doc.text, lang if lang in KAZAKH else None)
    sentences = [s for p in paragraphs for s in p.sentences]
    figures = find_figures(paragraphs, doc.text)
    figures = act_on_later(figures, sentences)
    figures = named_before(figures, sentences)
    figures = drop_restatements(figures, sentences)
    figures = act_on_possessors(figures, paragraphs)
    resolve_anaphora(figures, sentences)
    name_from_document(figures, sentences)
    mark_totals(figures, sentences)
    date_figures(figures, paragraphs, doc)
    gazetteer = place_figures(figures, paragraphs)
    mark_regional_breakdowns(figures, gazetteer)
    headlines = headline_paragraphs(paragraphs)
    figures = drop_headline_subsets(merge_repeats(figures, headlines), sentences, headlines)
    figures = drop_anaphors_of_counted(figures)
    act_on_counted(figures, sentences)
    figures = drop_court_subsets(figures)
    figures = drop_described_parts(figures)
    clear_mixed_total_regions(figures)
    if written is not doc:  # a quote ending in a letter of two Latin ones ends after both ("gashısh")
        for f in figures:
            while doc.text.startswith(PAD, f.quote_end):
                f.quote_end += 1
    position = {id(f): k for k, f in enumerate(figures)}
    # a total's parts: their positions among the facts (an extra field of the record)
    return [to_fact(written, f, tuple(sorted(position[id(p)] for p in f.parts if id(p) in position)) if f.total else ())
            for f in figures]


def find_figures(paragraphs: list[Paragraph], text: str) -> list[Figure]:
    """Figures of every sentence of the paragraphs that are about drugs."""
    out: list[Figure] = []
    links = related_links(paragraphs, text)
    # the figures of the sentence before, and that sentence: a paragraph of one sentence goes on with the one
    # before it ("Ликвидированы четыре нарколаборатории.\nДве из них находились в Карагандинской области")
    before: list[Figure] = []
    prev: Sentence | None = None
    table: tuple[str, str] | None = None  # what a table's lines count, named by the heading line above them
    for para in paragraphs:
        if not about_drugs(para) or para.index in links:
            before, prev = [], None
            continue
        for sent in para.sentences:
            # "Выявлено 120 наркопреступлений. Из них в Алматы — 40": a sentence opening with a part cue goes on
            # with the count before it; so does one that names that count's measure again ("В 2021 году этот
            # показатель вырос до 26")
            again = _measure_again(sent)
            # "... 40 есірткі қылмысы тіркелді. Оның 12-сі Ақтауда": "of which" and a possessive number, a part too
            them = _them_then(sent)  # "В 2023 году их было 412": the count before, or things named before
            possessive = any(h.start == 0 and kazakh_part(sent, h.end) for h in sent.cues.of("part_next"))
            opens = again or any(h.start == 0 for h in sent.cues.of("part")) or _of_them(sent) or them or possessive
            kinds = COUNTED_KINDS | {"people"} if again else COUNTED_KINDS
            carried = next((f for f in reversed(before) if f.kind in kinds), None) if opens else None
            subset = possessive or any(h.start == 0 for h in sent.cues.of("subset"))  # "Оның ...", "Из них ..."
            if carried is not None and subset and sent.cues.has("action"):
                # "205 қылмыс тіркеліп, 150 адам жауапкершілікке тартылды. Оның 98-і сотталды": a part that was
                # done to people is of the people counted, not of the crimes before them
                carried = next((f for f in reversed(before) if f.kind == "people"), carried)
            if carried is None and opens and subset:
                # "Из них ...", "Оның ішінде ...": of the people counted before, when nothing else was
                carried = next((f for f in reversed(before) if f.kind == "people"), None)
            if carried is None and prev is not None and them:
                # "Число наркопреступлений снижается. В 2023 году их было 412": things named before with no number
                carried = named_head(prev)
            prev = sent
            before = figures_in(sent, text, carried)
            if len(para.sentences) == 1 and (line := _table_line(sent)) is not None:
                if not before and table is not None:  # "Алматы қаласы — 512" under a heading naming the crimes
                    before = [Figure(table[0], sent, line.start, line.end, *quote_span(sent, 0, line.end - 1),
                                     value=line.value, count=line.value, head=table[1], how="ellipsis", placed=True)]
            else:
                table = _table_head(sent) if len(para.sentences) == 1 and not before else None
            out.extend(before)
    return out


def _table_line(sent: Sentence) -> Number | None:
    """A line of a table by place: a place, a dash and a number, nothing more ("Алматы — 512", "Қарағанды облысы —
    455"): its number."""
    toks = sent.tokens
    place = sent.cues.at("place", 0)
    end = len(toks) - (1 if toks and toks[-1].text == "." else 0)
    if place is None:
        return None
    dash = place.end
    while dash < end and any(sent.cues.at(c, dash) for c in ("settlement", "region_word")):
        dash += 1  # "Алматы қаласы — 512", "Қарағанды облысы — 455"
    if dash + 2 != end or toks[dash].text not in DASHES:
        return None
    nums = read_numbers(toks[dash + 1:end], "")
    return None if len(nums) != 1 else Number(dash + 1, end, nums[0].value)


def _table_head(sent: Sentence) -> tuple[str, str] | None:
    """A heading line naming what the table after it counts, with no figure of its own ("Наркопреступления за 11
    месяцев по регионам", "Өңірлер бойынша тіркелген есірткі қылмыстары"): (kind, head noun)."""
    for k, tok in enumerate(sent.tokens):
        head = head_entry(tok)
        if head is not None and head.kind in COUNTED_KINDS and needs_met(sent, head, k):
            return head.kind, tok.lemma
    return None


LINK_WORDS = 20  # tokens a link's title may have: a longer line after a "Читайте также" is the article again


def related_links(paragraphs: list[Paragraph], text: str) -> set[int]:
    """The paragraphs that are links to other articles: a line opening with a `related` cue ("Читайте также:",
    "По теме", "Тағы оқыңыз"), and the titles listed after it, one sentence each with no full stop, until a line
    that is prose again. Their figures are other articles' ("В Алматы осудили наркокурьера")."""
    out: set[int] = set()
    listing = False
    for para in paragraphs:
        first = para.sentences[0] if para.sentences else None
        if first is not None and any(h.start == 0 for h in first.cues.of("related")):
            out.add(para.index)
            listing = True
            continue
        line = text[para.start:para.end].strip()
        if listing and len(para.sentences) == 1 and not line.endswith((".", "!", "?")) \
                and len(para.sentences[0].tokens) <= LINK_WORDS:
            out.add(para.index)
            continue
        listing = False
    return out


def _them_then(sent: Sentence) -> bool:
    """ "Их" and a verb right before a number ("За аналогичный период 2019-го их было 130", "годом ранее их
    выявили 95"): the count before, given for another time."""
    toks, them = sent.tokens, function_words("them")
    for k, t in enumerate(toks):
        if t.norm not in them:
            continue
        j = k + 1  # "их было зарегистрировано 412": a verb group of at most SERIES_VERBS words
        while j < len(toks) and j - k <= SERIES_VERBS and toks[j].pos in {"VERB", "PRTS"}:
            j += 1
        if k + 1 < j < len(toks) and toks[j].kind == "num":
            return True
    return False


SERIES_VERBS = 2  # verbs between "их" and its figure: "их было зарегистрировано 412"


def _of_them(sent: Sentence) -> bool:
    """A number of "them" ("5 из них", "трое из которых"): a part of a count told before."""
    return any((t.kind == "num" or t.pos == "NUMR") and _of_them_at(sent, k + 1) for k, t in enumerate(sent.tokens))


def _of_them_at(sent: Sentence, k: int) -> bool:
    """ "из них", "из которых" starting at token k."""
    return sent.lemma_at(k) in function_words("of") and sent.lemma_at(k + 1) in function_words("of_them")


def _measure_again(sent: Sentence) -> bool:
    measures, toks = function_words("measure_noun"), sent.tokens
    return any(toks[m.end].lemma in measures for m in sent.cues.of("demonstrative") if m.end < len(toks))


def act_on_later(figures: list[Figure], sentences: list[Sentence]) -> list[Figure]:
    """People counted with nothing done to them ("в салоне находились двое мужчин") are detained when one of the
    next LATER sentences calls them "задержанные" (in the plural for more than one: "у задержанного" is one of
    them) with no other people counted between; otherwise they are not a fact."""
    keep: list[Figure] = []
    for f in figures:
        if not f.unacted:
            keep.append(f)
            continue
        stop = min(f.sentence.index + 1 + LATER, len(sentences))
        # "задержаны трое. Один из них — житель Алматы, двое — жители области": a part of people just counted,
        # whom "Они водворены в ИВС" does not make a fact of its own
        among = any(g.kind == "people" and not g.unacted and g.value >= f.value
                    and f.sentence.index - 1 <= g.sentence.index <= f.sentence.index for g in figures)
        for k in range(f.sentence.index + 1, stop):
            if any(g.kind == "people" and not g.unacted and g.sentence.index == k for g in figures):
                break
            toks = sentences[k].tokens
            if any(toks[m.start].pos in HELD_FORMS and m.value == "detained"
                   and (toks[m.start].number == "plur") == (f.value > 1) for m in sentences[k].cues.of("action")):
                f.action, f.unacted = "detained", False
                keep.append(f)
                break
            stage = _stage_of_plural(sentences[k]) if f.value > 1 and not among else None
            if stage is not None:  # "Күдіктілер ұсталып, қамауға алынды", "Подозреваемые арестованы"
                f.action, f.unacted = stage, False
                keep.append(f)
                break
    return keep


def named_before(figures: list[Figure], sentences: list[Sentence]) -> list[Figure]:
    """A count whose kind only a demonstrative tells ("выявлено 126 таких точек") is of that kind when the BACK
    sentences before it (or its own, before it) name a thing of that kind as that kind ("точки сбыта",
    "наркопритон"); "таких точек" after pharmacies that sold medicines is no count of drug dens."""
    return [f for f in figures if not f.pointing or _kind_named(f, sentences)]


def _kind_named(f: Figure, sentences: list[Sentence]) -> bool:
    for sent in sentences[max(0, f.sentence.index - BACK):f.sentence.index + 1]:
        last = f.start if sent is f.sentence else len(sent.tokens)
        for k in range(last):
            head = head_entry(sent.tokens[k])
            if head is not None and head.kind == f.kind and needs_met(sent, head, k):
                return True
    return False


def about_drugs(para: Paragraph) -> bool:
    """False for a paragraph about other crimes (terrorism, corruption …) that never mentions drugs."""
    cues = [s.cues for s in para.sentences]
    if not any(c.has("other_crime") for c in cues):
        return True
    return any(c.has("drug") or c.has("substance") for c in cues)


def drop_restatements(figures: list[Figure], sentences: list[Sentence]) -> list[Figure]:
    """Doses restating a mass, pieces or plants whose mass follows, plants (or their mass) destroyed in the
    field."""
    by_sentence: dict[int, list[Figure]] = {}
    for f in figures:
        by_sentence.setdefault(f.sentence.index, []).append(f)
    masses = [g for g in figures if g.kind == "seizure" and g.kg is not None]
    keep = []
    for f in figures:
        cues = f.sentence.cues
        if f.kind == "seizure" and f.unit is not None:
            near = {f.sentence.paragraph, f.sentence.paragraph - 1}  # "Это почти 250 тысяч доз" after the masses
            # doses restate a mass of their drug near them ("4 кг мефедрона. Это почти 40 тысяч доз"), not the mass
            # of another drug ("600 доз героина и 2 кг гашиша")
            if f.unit == "doses" and (any(g.sentence.paragraph in near and _may_restate(f, g) for g in masses)
                                      or cues.has("restate")):
                continue
            packs = None if f.unit != "doses" or f.another else next((
                g for g in figures if g.kind == "seizure" and g.unit in {"pieces", "pills"} and _same_substance(f, g)
                and -1 <= g.sentence.paragraph - f.sentence.paragraph <= DOSES_REACH), None)
            if packs is not None:  # "400 разовых доз" of the lead, then "30 свертков ..., более 400 разовых доз"
                if packs.substance in GENERIC:
                    packs.substance = f.substance  # the doses named the drug the packages held
                continue
            if f.unit in {"plants", "pieces", "pills"} and _mass_follows(f, by_sentence, sentences):
                continue
            if f.unit == "pieces" and _packs_a_mass(f, by_sentence):
                continue
        if f.kind == "seizure" and (f.unit in {"plants", "pieces"} or f.kg is not None) \
                and (_destroyed(f) or not cues.has("taken") and _whole_destroyed(f, sentences)):
            continue  # plants, or their mass, destroyed where they grew, sacks of them to be burnt: not seized
        keep.append(f)
    return keep


PLANT = tuple(function_words("plant_stem"))
PLANT_AFTER = 3  # words after a mass that may name the plants it weighs ("есірткі құрамдас өсімдік")


def _destroyed(f: Figure) -> bool:
    """A figure destroyed, not taken: a crop by the words of its own clause when they say either ("Изъято 64 кг
    марихуаны, уничтожено 2 тонны конопли", "2,3 тонна сора жойылды, 64 келі марихуана тәркіленді"), else by its
    sentence's (drugs seized and later destroyed are a seizure)."""
    sent, cues = f.sentence, f.sentence.cues
    stops = STOPS - {"(", ")"}
    lo = next((k + 1 for k in range(f.start - 1, -1, -1) if sent.text_at(k) in stops), 0)
    hi = next((k for k in range(f.end, len(sent.tokens)) if sent.text_at(k) in stops), len(sent.tokens))
    if sent.text_at(hi) == "," and hi + 1 < len(sent.tokens) and sent.tokens[hi + 1].pos == "PRTF":
        # "сожгли 300 кг наркотиков, изъятых по делам": the participle's clause is the figure's own
        hi = next((k for k in range(hi + 1, len(sent.tokens)) if sent.text_at(k) in stops), len(sent.tokens))
    destroyed = cues.starting("destroyed", lo, hi)
    taken = cues.starting("taken", lo, hi)
    # what grows in a field, destroyed where it grew: cannabis, plants counted, or a mass of plants
    crop = f.unit == "plants" or f.substance == "marijuana" or any(t.lemma.startswith(PLANT) or t.norm.startswith(PLANT)
                                                                    for t in sent.tokens[f.start:f.end + PLANT_AFTER])
    if (destroyed or taken) and (crop or not cues.has("taken")):
        return bool(destroyed) and not taken
    # drugs seized before and destroyed now ("уничтожили 164 кг героина, которые были изъяты в декабре")
    return cues.has("destroyed") and not cues.has("taken")


def _whole_destroyed(f: Figure, sentences: list[Sentence]) -> bool:
    """A mass told as the whole ("Общий вес конопли составил 16 тонн") right after a sentence of its paragraph
    that says plants were destroyed, not seized ("путём скашивания ... уничтожена конопля")."""
    k = f.sentence.index - 1
    if k < 0 or sentences[k].paragraph != f.sentence.paragraph or not _told_whole(f):
        return False
    return sentences[k].cues.has("destroyed") and not sentences[k].cues.has("taken")


def _mass_follows(f: Figure, by_sentence: dict[int, list[Figure]], sentences: list[Sentence]) -> bool:
    """Packages, plants or pills whose mass is given after them: in their sentence after a weight word ("34
    брикета … общим весом 34 кг"), or in the next sentences of their paragraph ("изъяли 103 пакета с веществом.
    По результатам экспертизы — марихуана, более 10 кг"), of the same substance or an unnamed one, before a
    sentence that counts other people (another detention, another seizure)."""
    sent = f.sentence
    for g in by_sentence.get(sent.index, []):
        if sent.kazakh and g.kg is not None and 0 <= f.start - g.end <= KAZAKH_MASS_GAP and not any(
                sent.tokens[k].norm in function_words("coordination") or sent.cues.covering("substance", k)
                for k in range(g.end, f.start)):
            return True  # "жалпы салмағы 2 келі болатын 15 орам": packages of the mass told before them
        if g.kg is None or g.start <= f.start:
            continue
        if sent.kazakh and sent.text_at(f.end).lower() in function_words("kazakh_packed") \
                and g.start - f.end <= KAZAKH_MASS_GAP + 1:
            return True  # "40 орамға салынған 3,2 келі гашиш": the mass the packages held
        if any(f.end <= m.start < g.start for m in sent.cues.of("weight")):
            return True
        lead = hedge_start(sent, g.start)  # "21 брикет более чем с 59 кг героина": packages with their mass
        if g.start - f.end <= WITH_GAP and lead > 0 and sent.lemma_at(lead - 1) in function_words("with"):
            return True
    # the packages named again with their mass, however far the paragraphs ("изъято 27 мешков ... В изъятых
    # мешках находилась 1 тонна 106 кг марихуаны")
    noun = sent.tokens[f.end - 1].lemma
    for k in range(f.sentence.index + 1, min(f.sentence.index + 1 + FOLLOW, len(sentences))):
        if any(g.kg is not None and not g.another and _same_substance(f, g) for g in by_sentence.get(k, [])) \
                and any(t.lemma == noun for t in sentences[k].tokens):
            return True
    more = False  # a sentence adding another case came between ("Кроме того, у его знакомого нашли 40 г")
    for k in range(f.sentence.index + 1, min(f.sentence.index + 1 + FOLLOW, len(sentences))):
        if sentences[k].paragraph > f.sentence.paragraph + 1:
            break
        overall = any(t.lemma in function_words("overall") for t in sentences[k].tokens)
        # the next paragraph: its first sentence, or the mass of them all later in it ("Изъятые растения
        # направили на экспертизу. Установлено, что их общая масса превышает 49 кг")
        if sentences[k].paragraph != f.sentence.paragraph and not sentences[k].first_in_paragraph and not overall:
            break
        more = more or any(h.start == 0 for h in sentences[k].cues.of("moreover"))
        if any(g.kind == "people" and not (g.singular and _anaphor(g)) for g in by_sentence.get(k, [])):
            break  # "В Шымкенте задержали двух жителей с 2 кг марихуаны": other people, another seizure
        if any(g.kg is not None and not g.another and _same_substance(f, g) for g in by_sentence.get(k, [])) \
                and (not more or overall):
            return True  # not "Ещё 400 г. конопли нашли в сарае": a further seizure; after another case, only
                         # the mass of them all ("Общий вес составил 50 граммов")
    return False


CLASSES = frozenset({"synthetic", "psychotropic"})  # substances that name a class of drugs, not one of them


def _may_restate(doses: Figure, mass: Figure) -> bool:
    """Whether doses may restate a mass: of one substance, or a class and one of its members ("173 тысячи доз
    синтетических наркотиков" after "52 кг альфа-PVP"); not doses of heroin beside a mass of hashish."""
    return _same_substance(doses, mass) or doses.substance in CLASSES or mass.substance in CLASSES


def _same_substance(a: Figure, b: Figure) -> bool:
    """Whether two figures may be of one substance: the same, or one of them unnamed. A medicine named in its
    figure ("1 270 дана «Трамадол» таблеткасы", "12 флаконов тропикамида") is `drugs` by GUIDE.md, yet named: it
    is not the marijuana of another figure."""
    generic = {None, "drugs"}
    if a.substance == b.substance:
        return True
    return (a.substance in generic and not _names_its_drug(a)) or (b.substance in generic and not _names_its_drug(b))


def _brand_named(f: Figure) -> bool:
    """ "86 «Мидакс» құтысы", "30 таблеток «Лирика»": tablets or vials with a brand in quotes inside their figure
    are a medicine (GUIDE.md: `drugs`), not the drug the article names elsewhere."""
    toks = f.sentence.tokens
    return f.unit in {"pills", "pieces"} and any(
        toks[k].text in QUOTES and k + 1 < len(toks) and toks[k + 1].text[:1].isupper()
        for k in range(f.start, min(f.end + 2, len(toks) - 1)))


def _quotes_a_named_drug(f: Figure) -> bool:
    """ "около 20 кг марихуаны и гашиша": a figure whose own words name drugs (a mix of them is `drugs`)."""
    return any(f.quote_start <= f.sentence.tokens[h.start].start < f.quote_end and h.value.rank == NAMED
               for h in f.sentence.cues.of("substance"))


def _drugs_inside(f: Figure) -> list[str]:
    """The substances named among a figure's own tokens ("1 270 дана «Трамадол» таблеткасы")."""
    return [h.value.name for h in f.sentence.cues.of("substance") if f.start <= h.start < f.end]


def _names_its_drug(f: Figure) -> bool:
    return bool(_drugs_inside(f))


def _packs_a_mass(f: Figure, by_sentence: dict[int, list[Figure]]) -> bool:
    """ "3,2 кг гашиша в 40 свертках", "изъято 2,5 кг синтетики. Наркотики были расфасованы в пять пакетов": the
    packages of a mass given just before, in their sentence or the two before it, are not a second seizure."""
    cues = f.sentence.cues
    packed = any(m.end == f.start or m.end == f.start - 1 for m in cues.of("packed_in"))
    if not packed:
        return False
    if any(g.kg is not None and g.end <= f.start for g in by_sentence.get(f.sentence.index, [])):
        return True
    earlier = range(max(f.sentence.index - 2, 0), f.sentence.index)
    return any(g.kg is not None and _same_substance(f, g) for k in earlier for g in by_sentence.get(k, []))


def act_on_possessors(figures: list[Figure], paragraphs: list[Paragraph]) -> list[Figure]:
    """A person drugs were found on ("у 37-летнего жителя обнаружены ...") whose own sentence says nothing was
    done to them takes the paragraph's action ("задержали закладчиков"), or the next paragraph's when it counts
    no people of its own ("Операция по задержанию проводилась ..."); without one, or after people the
    article already counts with a number (of whom the person is one), the person is not a fact."""
    keep = []
    for f in figures:
        if f.how == "possessor":
            para = paragraphs[f.sentence.paragraph]
            if any(g.kind == "people" and not g.singular and g.sentence.index <= f.sentence.index for g in figures):
                continue
            if f.action is None:
                told = list(para.sentences)
                after = paragraphs[f.sentence.paragraph + 1] if f.sentence.paragraph + 1 < len(paragraphs) else None
                first = not any(g.kind == "people" and g is not f and g.sentence.index <= f.sentence.index
                                for g in figures)  # the first person the article names
                if first and after is not None and not any(g.kind == "people" and g.sentence.paragraph == after.index
                                                           for g in figures):
                    told += after.sentences  # the lead names the person, the next paragraph tells the detention
                actions = [m.value for s in told for m in people_actions(
                    s, [g.start for g in figures if g.kind == "money" and g.sentence is s]) if not opens_a_case(s, m)]
                if not actions:
                    continue
                f.action = max(actions, key=ACTION_STRENGTH.get)
        keep.append(f)
    return keep


GENERIC = frozenset({None, "drugs"})


def name_from_document(figures: list[Figure], sentences: list[Sentence]) -> None:
    """A seizure whose sentence names no drug at all ("изъяли 24 свертка") in an article that names one drug
    and no other ("закладчики синтетических наркотиков", "партию героина") is of that drug; precursors and
    words for drugs in general do not count as a second one, and a figure that says "наркотики" keeps it."""
    named = {m.value.name for s in sentences for m in s.cues.of("substance")} - GENERIC - {"precursors"}
    if len(named) != 1:
        return
    (name,) = named
    generic = [f for f in figures if f.kind == "seizure" and f.substance == "drugs" and not _brand_named(f)]
    for f in figures:
        if f.kind == "seizure" and f.substance is None and not f.total \
                and not any(g.sentence.index < f.sentence.index for g in generic):
            # not after drugs counted in general ("изъято 693 кг наркотиков, из них 610 кг — марихуана. ... было
            # изъято 540 кг"): a bare figure then may be of all of them, as likely as of the one drug named
            # "1 270 дана «Трамадол» таблеткасы": a medicine named inside its figure is drugs of its own
            inside = _drugs_inside(f)
            f.substance = inside[0] if inside else "drugs" if _brand_named(f) or _no_pill_of(f, name) else name


def _no_pill_of(f: Figure, name: str) -> bool:
    """Tablets whose drug is not named, in an article about a drug never made into tablets (hashish, heroin):
    some medicine, not that drug."""
    return f.unit == "pills" and families().get(name) in PLANT_FAMILIES


KAZAKH_PARTICIPLE = tuple(function_words("kazakh_participle"))
KAZAKH_HELD = tuple(function_words("kazakh_held"))


def resolve_anaphora(figures: list[Figure], sentences: list[Sentence]) -> None:
    """A mass with no substance of its own, whose sentence points back ("Общий вес изъятого составил 123 кг", "вес
    этих наркотиков", Kazakh "тәркіленген есірткі"), or names a product ("40 кг готовых наркотиков": what was
    made), takes the one substance named in the two sentences before; one whose own words point back ("35 литров
    того же наркотика") or a product takes first the one its own sentence named before it."""
    seized_named = False  # a seizure of a named drug was told before the figure
    previous: Figure | None = None
    for f in figures:
        seized_named = seized_named or previous is not None and previous.kind == "seizure" \
            and previous.substance not in {None, "drugs", "synthetic"}
        previous = f
        if f.kind == "seizure" and f.substance in SUBSTANCE_UMBRELLA and _family_named_before(f, sentences):
            continue
        if f.kind != "seizure" or f.substance not in {None, "drugs"}:
            continue
        cues, toks = f.sentence.cues, f.sentence.tokens
        back = [m for m in cues.of("seize") if toks[m.start].pos == "PRTF" or f.sentence.kazakh
                and toks[m.end - 1].norm.endswith(KAZAKH_PARTICIPLE)] + cues.of("demonstrative")
        made = any(f.quote_start <= toks[m.start].start < f.quote_end for m in cues.of("product")) \
            or _whole_of_one(f)
        # "2 кг этого наркотика", "35 литров того же наркотика": its own words point back
        # "наркотика" in the singular is the one drug told before, unless a seizure of a named drug came before
        # (then another one), or "ещё" says it is more of it ("Ещё 1,2 кг наркотика нашли в квартире")
        pointed = any(f.end <= m.start and toks[m.start].start < f.quote_end for m in cues.of("demonstrative")) \
            or _one_drug_word(f) and (not seized_named or _more_of(f))
        if f.substance is None and not cues.has("substance") and f.sentence.index > 0:
            _name_from_sentence_before(f, sentences[f.sentence.index - 1],
                                       [g for g in figures if g.sentence.index == f.sentence.index - 1])
            if f.substance is not None or not made:
                continue
        if not made and not pointed and not any(m.end <= f.start for m in back):
            continue
        named_inside = any(f.quote_start <= toks[m.start].start < f.quote_end for m in cues.of("substance")
                           if m.value.rank == NAMED)  # "5 кг марихуаны, гашиша и конопли": a mix of its own
        if (made or pointed) and not named_inside:
            # "реактивы для изготовления мефедрона и 40 кг готового наркотика": the drug its sentence named
            own = {m.value.name for m in cues.of("substance") if m.value.rank == NAMED and m.end <= f.start}
            own -= {"precursors"}
            if len(own) == 1:
                f.substance = own.pop()
                continue
        for k in (f.sentence.index - 1, f.sentence.index - 2):
            if k < 0:
                break
            named = {m.value.name for m in sentences[k].cues.of("substance") if m.value.rank == NAMED} - {"precursors"}
            if not named and (pointed or made):  # "сбывали «синтетику». Изъято 2 тысячи доз наркотика", "цех по
                # производству синтетики ... 800 г готового наркотика": the family named
                named = {m.value.name for m in sentences[k].cues.of("substance")
                         if m.value.name in SUBSTANCE_UMBRELLA}
            if len(named) == 1:
                f.substance = named.pop()
                break
            if named:
                break
    _name_by_expertise(figures, sentences)


def _more_of(f: Figure) -> bool:
    """ "Ещё 1,2 кг": a figure right after "ещё", more of what was told."""
    first = hedge_start(f.sentence, f.start)
    return any(m.end == first and f.sentence.tokens[m.start].lemma in function_words("more")
               for m in f.sentence.cues.of("another"))


def _one_drug_word(f: Figure) -> bool:
    """A mass of "наркотика" in the singular ("изъяли 700 граммов наркотика", "300 г наркотического средства"):
    the one drug told before ("подозреваемых в сбыте мефедрона"), not drugs in general ("наркотиков"); unless a
    seizure of a named drug came before ("6,1 кг мефедрона; 330 гр. фасованного наркотика": another one)."""
    cues, toks = f.sentence.cues, f.sentence.tokens
    return (f.kg is not None or f.unit in {"doses", "pieces", "pills"}) and not f.sentence.kazakh and any(
        m.value.family == "generic" and f.end <= m.start and toks[m.start].start < f.quote_end
        and all(toks[k].number == "sing" for k in range(m.start, m.end)) for m in cues.of("substance"))


def _whole_of_one(f: Figure) -> bool:
    """A mass told as the whole of what was seized ("Общая масса изъятого", "Общий вес наркотика составил") with
    no drugs in the plural ("общий вес изъятых наркотиков" may add up several): the drug just named."""
    cues, toks = f.sentence.cues, f.sentence.tokens
    if f.sentence.kazakh and any(f.start <= m.start < f.end + 2 and m.value.family == "generic"
                                 for m in cues.of("substance")):
        return False  # "барлығы 1,7 келі есірткі": Kazakh has no plural to tell "drugs" from "the drug"
    return _told_whole(f) and not any(toks[k].number == "plur" for m in cues.of("substance")
                                      for k in range(m.start, m.end))


def _family_named_before(f: Figure, sentences: list[Sentence]) -> bool:
    """ "мефедрон тәркіленді. Салмағы 170 келі тартатын бұл синтетикалық есірткі": a family named with a
    demonstrative right before it ("этот синтетический наркотик") is the one drug of that family the sentence
    before named; True when so named."""
    cues = f.sentence.cues
    pointed = {m.end for m in cues.of("demonstrative")} | {k + 1 for k, t in enumerate(f.sentence.tokens)
                                                            if t.norm in function_words("kazakh_this")}
    if not any(h.start in pointed and h.value.name == f.substance for h in cues.of("substance")) \
            or f.sentence.index == 0:
        return False
    fam = families()
    named = {m.value.name for m in sentences[f.sentence.index - 1].cues.of("substance")
             if m.value.rank == NAMED and fam.get(m.value.name) == f.substance}
    if len(named) != 1:
        return False
    f.substance = named.pop()
    return True


def _name_from_sentence_before(f: Figure, before: Sentence, told: list[Figure]) -> None:
    """ "задержали закладчиков синтетических наркотиков. Так, у мужчины нашли 21 зип-пакет": a seizure in a
    sentence naming no drug takes the one drug (or "синтетика") the sentence before in its paragraph named
    (`told`: that sentence's figures). After a breakdown there ("изъято 47 кг наркотиков, из них 39 кг гашиша.
    Годом ранее — 31 кг") it is of what the whole was, not of its part."""
    if _brand_named(f):
        f.substance = "drugs"  # a medicine of its own
        return
    if before.paragraph != f.sentence.paragraph:
        return
    seized = [g for g in told if g.kind == "seizure"]
    if len(seized) >= 2 and seized[0].substance in GENERIC and any(g.substance not in GENERIC for g in seized[1:]):
        f.substance = seized[0].substance
        return
    named = {m.value.name for m in before.cues.of("substance") if m.value.rank >= NAMED - 1} - {"precursors"}
    if len(named) == 1:
        f.substance = named.pop()


def _name_by_expertise(figures: list[Figure], sentences: list[Sentence]) -> None:
    """Seizures of drugs unnamed, then, later in their sentence or in the next two and before any other seizure, a
    forensic finding that names one drug ("Экспертиза установила, что это мефедрон", "кусты, которые, согласно
    экспертизе, оказались маком"): they were of that drug."""
    # sentences with another seizure: a finding after one is that one's ("..., этот «кирпич» – гашиш на 3 млн
    # тенге": a worth beside the finding is no other seizure)
    figured = {f.sentence.index for f in figures if f.kind == "seizure"}
    for f in figures:
        if f.kind != "seizure" or f.substance not in GENERIC or f.total or _quotes_a_named_drug(f):
            continue
        sent = f.sentence
        after = [m for m in sent.cues.of("expertise") if m.start >= f.end]
        if after and not any(g.sentence is sent and g.start > f.start for g in figures):
            # the finding is a clause of its own ("согласно экспертизе, оказались маком"), not "экспертиза гашиша"
            told = next((k for k in range(after[0].end, len(sent.tokens)) if sent.tokens[k].text in {",", ":"}), None)
            named = {m.value.name for m in sent.cues.of("substance")
                     if m.value.rank == NAMED and told is not None and m.start > told}
            if len(named) == 1:
                f.substance = named.pop()
                continue
        for k in range(f.sentence.index + 1, min(f.sentence.index + 3, len(sentences))):
            if k in figured:
                break
            sent = sentences[k]
            if not sent.cues.has("expertise"):
                continue
            named = {m.value.name for m in sent.cues.of("substance") if m.value.rank == NAMED}
            if len(named) == 1:
                f.substance = named.pop()
            break


PART_REACH = 4  # sentences back a breakdown opened by a part cue may find its total


def mark_totals(figures: list[Figure], sentences: list[Sentence]) -> None:
    """A figure whose parts follow ("в том числе", "из них", "(72 преступления)", a breakdown list) is a total."""
    by_sentence: dict[int, list[Figure]] = {}
    for f in figures:
        by_sentence.setdefault(f.sentence.index, []).append(f)
    for index, figs in by_sentence.items():
        cues = sentences[index].cues
        next_to = {hedge_start(f.sentence, f.start) for f in figs}  # "оның 24-і": a part cue only right before one
        # a part cue inside a figure ("Две из них"): that figure is a part of the count before, not the total of
        # what follows it
        inside = {k for f in figs for k in range(f.start + 1, f.end)}
        markers = [m.start for m in cues.of("part") if m.start not in inside] \
            + [m.start for m in cues.of("part_next") if m.end in next_to] \
            + [f.start + 1 for f in figs if f.container] \
            + [f.start for f in figs if any(_of_them_at(sentences[index], k) for k in range(f.start + 1, f.end))]
        # "5 из них": a part of the count before it, in its sentence or the one before
        for pos in markers:
            after = [f for f in figs if f.start >= pos]
            if not after:
                continue
            kind = after[0].kind
            if kind == "people":
                continue
            before = [f for f in figs if f.start < pos and f.kind == kind and f not in after]
            if not before:  # the nearest sentence before that counts the kind ("Оның ішінде ..." after it), a
                # paragraph between allowed ("... 52 нарколаборатории. «...» Больше всего — в Алматинской области — 14")
                parts = [f for f in after if f.kind == kind]
                earlier = ([f for f in by_sentence.get(k, []) if f.kind == kind and (
                    index - k <= 2 or all(f.value > p.value and (f.kg is None) == (p.kg is None) for p in parts))]
                           for k in range(index - 1, max(index - 1 - PART_REACH, -1), -1))  # further: a larger whole
                before = next((found[-1:] for found in earlier if found), [])
            if before:
                _make_total(before[-1], [f for f in after if f.kind == kind])
        for k, f in enumerate(figs):
            if f.in_parens and not f.compared and f.kind not in {"money", "people"} and k > 0:
                prev = [g for g in figs[:k] if g.kind == f.kind]
                if prev:
                    _make_total(prev[-1], [f])
        for kind in {f.kind for f in figs} - {"people"}:  # people subsets are facts of their own action
            # a general count followed by counts of its kinds ("1878 наркопреступлений, 1118 фактов сбыта") or
            # by parts whose noun is left out ("900 преступлений: 323 — хранение") is their total
            same = [f for f in figs if f.kind == kind and not f.compared]
            if len(same) < 2 or same[0].total or not (
                    _general(same[0]) or same[0].how != "ellipsis" and any(f.how == "ellipsis" for f in same)):
                continue
            # "В Карагандинской области ликвидировано 8 лабораторий, в Алматинской — 6": items by place after a
            # count placed in its own region are its siblings, not its parts
            placed = _placed_own(same[0])
            parts = [f for f in same[1:] if _specific(f) and f.value < same[0].value and not (f.placed and placed)]
            if parts:
                _make_total(same[0], parts)
    _mark_crime_breakdowns(figures)
    _mark_various(by_sentence)
    _mark_colon_lists(by_sentence)
    _mark_sums(figures)


def _mark_sums(figures: list[Figure]) -> None:
    """ "изъято 15 кг гашиша ... ещё 17 кг гашиша. Общий вес составил 32 кг": a mass told as the whole ("общий",
    "в общей сложности") that is the sum of the two or more seizures just before it is their total."""
    part_of_total = {id(p) for f in figures for p in f.parts}
    for k, f in enumerate(figures):
        if f.kind != "seizure" or f.kg is None or f.total or id(f) in part_of_total or not _told_whole(f):
            continue
        earlier = [g for g in figures[:k] if g.kind == "seizure" and g.kg is not None and not g.total
                   and id(g) not in part_of_total and f.sentence.index - g.sentence.index <= SUM_REACH
                   and (g.substance == f.substance or f.substance in GENERIC)]
        total = 0.0
        for n, g in enumerate(reversed(earlier), 1):  # the nearest ones: a suffix of the seizures told before
            total += g.kg
            if n >= 2 and abs(total - f.kg) <= SUM_ROUNDING * f.kg:
                _make_total(f, earlier[-n:])
                part_of_total.update(id(p) for p in earlier[-n:])
                break
            if total > f.kg * (1 + SUM_ROUNDING):
                break


def _told_whole(f: Figure) -> bool:
    """Whether a figure's sentence tells it as the whole before it: "общий вес", "общим весом", "жалпы салмағы",
    "В общей сложности изъято"."""
    sent = f.sentence
    return any(t.lemma in function_words("overall") for t in sent.tokens[:f.start]) \
        or any(m.start < f.start for m in sent.cues.of("summary"))


def _mark_various(by_sentence: dict[int, list[Figure]]) -> None:
    """ "изъято 281 кг различных наркотиков, 263 кг - это марихуана": a mass of various drugs is the total of the
    smaller masses of named drugs after it in its sentence."""
    for figs in by_sentence.values():
        for k, f in enumerate(figs):
            if f.kind != "seizure" or f.kg is None or f.total or f.substance not in GENERIC:
                continue
            cues = f.sentence.cues
            parts = [g for g in figs[k + 1:] if g.kind == "seizure" and g.kg is not None and g.kg < f.kg
                     and g.substance not in GENERIC]
            if any(f.start < m.start <= f.end + 2 for m in cues.of("various")):
                if parts:
                    _make_total(f, parts)
                continue
            # "6 тонн наркотиков, 2 тонны марихуаны, 47 кг гашиша и 155 кг синтетики": the first mass of a list,
            # of drugs unnamed, whose named drugs after it add up to no more than it, is their total
            named = [g for g in parts if g.substance != "precursors"]
            if f is next(g for g in figs if g.kind == "seizure") and len(named) >= 2 \
                    and sum(g.kg for g in named) <= f.kg and _bare_list(f, named):
                _make_total(f, named)


def _mark_colon_lists(by_sentence: dict[int, list[Figure]]) -> None:
    """ "изъято 1,3 млрд тенге: 700 млн наличными и 600 млн на счетах", "12 лабораторий: 8 синтетических и 4
    фитолаборатории": a figure right before a colon, followed in its sentence by two or more smaller figures of
    its kind (of its currency) adding up to no more than it, is their total (a list given as its breakdown)."""
    for figs in by_sentence.values():
        for k, f in enumerate(figs):
            if f.kind == "people" or f.total or _mark_after(f, f.end) != ":":
                continue
            parts = [g for g in figs[k + 1:] if g.kind == f.kind and g.value < f.value
                     and (f.kind != "money" or g.currency == f.currency)]
            if len(parts) >= 2 and sum(g.value for g in parts) <= f.value * (1 + SUM_ROUNDING):
                _make_total(f, parts)


def _mark_after(f: Figure, k: int) -> str:
    """The text of the token at k of a figure's sentence, past the words of its own noun phrase up to a mark."""
    toks = f.sentence.tokens
    while k < len(toks) and toks[k].kind == "word":
        k += 1
    return toks[k].text if k < len(toks) else ""


def _bare_list(first: Figure, rest: list[Figure]) -> bool:
    """Whether figures of one sentence are a bare list, nothing but their words between them: no preposition,
    place or "ещё" telling another seizure ("в Таразе 2 кг, в Шымкенте — 800 г героина")."""
    sent = first.sentence
    if any(g.another for g in rest):
        return False
    lo, hi = first.end, rest[-1].start
    places = {m.start for m in sent.cues.of("place")} | {m.start for m in sent.cues.of("another")}
    return not any(sent.tokens[k].pos == "PREP" or k in places for k in range(lo, hi))


def _mark_crime_breakdowns(figures: list[Figure]) -> None:
    """ "зарегистрировано 129 правонарушений" followed, within four sentences, by counts of cases by type
    whose sum stays under it: the first is their total."""
    for k, f in enumerate(figures):
        if f.kind != "crimes" or f.total or not _general(f) or f.compared:
            continue
        parts = []
        for g in figures[k + 1:]:
            if g.sentence.index > f.sentence.index + 4 or (g.kind == "crimes" and _general(g)):
                break
            if g.kind == "crimes" and not g.compared and g.sentence.index > f.sentence.index:
                parts.append(g)
        if len(parts) >= 2 and sum(p.value for p in parts) <= f.value:
            _make_total(f, parts)


def _general(f: Figure) -> bool:
    """A count of crimes in general ("преступлений", "наркопреступлений"), which counts of kinds of crime break
    down (data/reference/cues.csv, crime_general)."""
    return f.head in single_words("crime_general")


def _placed_own(f: Figure) -> bool:
    """A region of Kazakhstan named before a figure in its sentence, or right after it in its clause ("Две из них
    находились в Карагандинской области, одна — в Акмолинской"): the figure is that region's."""
    toks = f.sentence.tokens
    return any(h.value.code.startswith("KZ-") and (
        h.end <= f.start
        or f.end <= h.start <= f.end + PLACE_AFTER and all(t.kind == "word" for t in toks[f.end:h.start]))
        for h in f.sentence.cues.of("place"))


PLACE_AFTER = 3  # words between a figure and the place right after it that is its own ("находились в")


def _specific(f: Figure) -> bool:
    """A count of one kind of crime ("фактов сбыта", "случаев"), or a part whose noun is left out."""
    return f.how == "ellipsis" or f.head in single_words("crime_specific")


def _make_total(total: Figure, parts: list[Figure]) -> None:
    parts = [p for p in parts if p is not total]
    if not parts:
        return
    total.total = True
    total.parts.extend(parts)


def place_figures(figures: list[Figure], paragraphs: list[Paragraph]) -> Gazetteer:
    """Each figure's region from the gazetteer's rules (a period statistic may take a national body's KZ)."""
    gazetteer = Gazetteer(paragraphs)
    for f in figures:
        f.region, f.region_evidence = gazetteer.place(f.sentence.index, f.start, f.end, f.statistic)
    return gazetteer


def mark_regional_breakdowns(figures: list[Figure], gazetteer: Gazetteer) -> None:
    """ "Изъято свыше 750 кг наркотических средств" followed by seizures in several named regions whose sum
    stays under it: a total over regions, with no single region."""
    part_of_total = {id(p) for f in figures for p in f.parts}
    for k, f in enumerate(figures):
        if not (f.kind == "seizure" and f.substance in GENERIC and f.kg is not None or f.kind in COUNTED_KINDS) \
                or f.total or id(f) in part_of_total:
            continue
        if any(not m.excluded and m.code != "KZ" for m in gazetteer.by_sentence.get(f.sentence.index, [])):
            continue  # a region's own figure ("по республике" is the country's: its regions may follow)
        # of the same period: single seizures after a year's statistic are its examples, not its breakdown
        # a count's regional items after it are read by mark_totals
        later = [] if f.kind in COUNTED_KINDS else [g for g in figures[k + 1:] if _measured_as(g, f, part_of_total)]
        if not _regional_parts(f, later):
            # "Алматы — 3,1 т\nЖамбылская область — 2,4 т\nВсего по стране изъято 9,8 тонны", "Алматы — 512\n
            # Шымкент — 301\nВсего по стране зарегистрировано 4 120 наркопреступлений": a whole told after the
            # figures of several regions just before it
            before = list(takewhile(lambda g, f=f: _measured_as(g, f, part_of_total), reversed(figures[:k])))[::-1]
            later = before if _told_whole(f) and _regional_parts(f, before) else []
        if later:
            _make_total(f, later)
            part_of_total.update(id(g) for g in later)
            f.region = "KZ" if f.region == "KZ" else None  # the country's total stays the country's


def _measured_as(g: Figure, total: Figure, taken: set[int]) -> bool:
    """A figure of the total's kind and period, measured as it is (a seizure by mass, a count), that is no part of
    a total yet."""
    return g.kind == total.kind and (g.kg is not None if g.kind == "seizure" else True) and id(g) not in taken \
        and g.period == total.period


def _regional_parts(total: Figure, parts: list[Figure]) -> bool:
    """Two or more figures in two or more named regions whose amounts add up to no more than the total."""
    regions = {g.region for g in parts} - {None, "KZ", "abroad"}
    amount = (lambda g: g.kg) if total.kind == "seizure" else (lambda g: g.value)
    return len(parts) >= 2 and len(regions) >= 2 and sum(amount(g) for g in parts) <= amount(total)


def date_figures(figures: list[Figure], paragraphs: list[Paragraph], doc: Document) -> None:
    """Each figure's date and, for cumulative statistics, its period."""
    dates = find_dates(paragraphs, doc.text)
    ref = _parse(doc.published)
    if ref is None:
        # "17 февраля 2022 в 21:15", "Астана. 30 апреля.": a stamp that gives its year first
        stamped = sorted((d for d in dates if d.stamp and d.day), key=lambda d: d.year is None)
        ref = resolve(stamped[0], None, _doc_year(dates, doc.text)) if stamped else None
        ref = ref or url_date(doc.url)
    doc_year = ref.year if ref else _doc_year(dates, doc.text)
    # with no year known, periods are read against a stand-in year: a figure in one is still a statistic
    year = doc_year if doc_year is not None else UNKNOWN_YEAR
    sentences = [s for p in paragraphs for s in p.sentences]
    by_sentence: dict[int, list[Figure]] = {}
    for f in figures:
        by_sentence.setdefault(f.sentence.index, []).append(f)
    lead = _lead_sentence(paragraphs)
    events = [d for d in dates if not d.stamp and not _since(d, sentences)]
    dated_sentences = {d.sentence for d in events if d.weekday is None}
    scope: Period | None = None
    stated: Period | None = None  # the last period the article stated, which a summary returns to
    activity: Period | None = None  # the last period told inside a relative clause ("которая в 2022–2023 годах")
    counted = False  # a figure of the body came before
    last_statistic = False  # the last sentence with figures told a statistic (not one case)
    last_example = False  # the last sentence with figures was an example ("Так, ...", "Мысалы, ...")
    body = _first_body(paragraphs)
    asides = [s.index for s in sentences if any(h.start == 0 for h in s.cues.of("aside"))]
    for sent in sentences:
        own = find_period(sent, ref, year)
        prior = scope
        figs = by_sentence.get(sent.index, [])
        dated = sent.index in dated_sentences
        if own is None and dated:
            own = _month_statistic(sent.index, figs, events, ref, doc_year)
            dated = own is None
        if stated is not None and figs and (_same_period_last_year(sent, own, stated)
                                            or _year_earlier(sent, own, figs)):
            # "В прошлом году за аналогичный период было выявлено 47": the period stated before, a year earlier
            own = Period(_shift(stated.start, stated.start.year - 1),
                         _shift(stated.end, stated.end.year - 1) if stated.end else None)
        # a period in a sentence of its own frames the figures after it ("Операция шла с июня по октябрь. Итоги:
        # ..."), unless figures came before or the sentence has numbers of its own (what it dates is there)
        alone = not counted and not any(t.kind == "num" and not YEAR.fullmatch(t.text) for t in sent.tokens)
        # a period told only inside a relative clause ("группы, которая в 2021–2023 годах производила ...") is the
        # clause's: it frames no sentence after it
        told = period_spans(sent, ref, year) if own is not None else []  # where each of its periods is told
        clausal = own is not None and all(relative_clause(sent, at) is not None for at, _ in told or [(0, own)])
        if clausal:
            activity = own  # what "за время работы" after it returns to
        elif own is None and activity is not None and sent.cues.has("activity_span"):
            own = activity  # "за время работы группа сбыла не менее 6 кг": the span its clause told
        if own is not None and not clausal and (figs or sent.index == lead or sent.paragraph < body or alone):
            scope = stated = own
        elif dated and figs:
            scope = None
        if own is None and not dated and any(h.start == 0 for h in sent.cues.of("summary")):
            scope = stated  # "Всего изъято ...": back to the article's period after the cases it told
        aside = any(h.start == 0 for h in sent.cues.of("aside"))
        # a sentence naming one person or thing without a number ("закрыта лаборатория", "задержан курьер") tells
        # one case, an example of the statistic before it, not a part of its period; one added to it right after
        # the statistic ("Также обезврежена лаборатория", "Кроме того, ликвидирована нарколаборатория") is one more
        # result of the period (after an example, one more example: "Например, в Аксу ... Также задержан ...")
        single = any(f.singular and not _points_back(f) for f in figs) \
            and not (any(h.start == 0 for h in sent.cues.of("moreover")) and last_statistic)
        one_case = _one_case(sent)
        # "Так, в Таразе изъяли 300 кг гашиша": an example's operations are one case each (its crimes may be a
        # region's share of the statistic: "Так, в регионе выявлено 36 правонарушений")
        # "Мысалы, Қарағанды облысында ... Ал Алматыда ...": a sentence opening with "а / ал" right after an example
        # is one more example
        example = any(h.start == 0 and sent.text_at(h.end) == "," for h in sent.cues.of("example")) \
            or last_example and sent.tokens[:1] != [] and sent.tokens[0].norm in function_words("example_more")
        last_example = example if figs or own is not None else last_example
        period = own or (scope if not one_case and not single and not aside and not dated else None)
        # one case told with only its year ("В 2016 году у курьера изъяли ...", "В конце 2023 года задержали
        # мужчину с ..."): no period, and no day (GUIDE.md "Vague times")
        yearly = (own is None or _whole_years(own)) and (one_case or single) and not dated \
            and (_year_named(sent) or _year_relative(sent))
        if yearly:
            period = None
        elif period is not None:
            period = _so_far(period, ref)
        counted = counted or bool(figs) and sent.paragraph >= body
        # the periods of a sentence that states more than one, each where its words start
        spans = told if figs else []
        # a period told only inside a relative clause ("участников группировки, которая в 2022–2023 годах
        # занималась сбытом") is the clause's: a figure outside it takes what it would without it
        clauses = [relative_clause(sent, at) for at, _ in spans]
        enclosed = bool(clauses) and all(c is not None for c in clauses)
        outside = prior if not one_case and not single and not aside and not dated else None
        if len({(p.start, p.end) for _, p in spans}) < 2:
            spans = []
        for f in figs:
            if f.this_year:  # given again for the report's own year: from its start to the report, or the span
                # of this year its label names ("за 11 месяцев текущего года — 298")
                label = find_period(sent, ref, doc_year, f.label_at) if f.label_at is not None else None
                f.period = label or (Period(date(ref.year, 1, 1), ref) if ref is not None else None)
            elif f.years_back and own is not None and ref is not None and _whole_years(own) \
                    and own.start.year == ref.year - f.years_back and not _year_named(sent):
                f.period = own  # "В прошлом году их было 47": the sentence's own last year, not a year before it
            elif f.compared:
                base = None if f.whole_year else period or own  # the same months of that year, else the whole year
                year = f.comparison_year
                if f.years_back:  # "в прошлом году — 74": the year before the figure's own, or before the report's
                    own_year = base.start.year if base else ref.year if ref else None
                    year = own_year - f.years_back if own_year else None
                f.period = None if year is None else \
                    Period(_shift(base.start, year), _shift(base.end, year) if base.end else None) if base \
                    else Period(date(year, 1, 1), date(year, 12, 31))
            elif spans and period is not None and own is not None:
                # a sentence of several periods ("өткен жылы 96 қылмыс тіркелсе, биыл төрт айда 41"): each figure
                # takes the last one stated before it
                f.period = _so_far(next((p for at, p in reversed(spans) if at < f.start), own), ref)
            else:
                f.period = None if example and own is None and f.kind != "crimes" else period
                if enclosed:  # inside the clause its own period, even for one case; outside what it would take
                    f.period = _so_far(own, ref) if _within(f, clauses) else _so_far(outside, ref) if outside else None
            f.statistic = f.period is not None
            if f.period is not None and not plausible(f.period.start):
                f.period = None  # "с начала года" in an article whose year cannot be told
            # a statistic is dated the day it was reported: the publication's, else (none given) the day the
            # article tells ("23 мая замминистра заявил ...")
            f.date = ref if f.statistic and ref is not None else _event_date(f, events, ref, doc_year, asides)
            if yearly and not f.compared and not f.this_year and not (enclosed and _within(f, clauses)):
                f.date = None
            if f.statistic and f.date is not None and f.period.end is not None and f.date < f.period.end:
                f.date = None  # a day told before the end of the period the statistic covers is not its report
        if figs:
            last_statistic = any(f.statistic for f in figs)
        # a series whose items run later than the period it opens with ("В 2023 году их было 412, в 2024 году —
        # 365, за 11 месяцев текущего года — 298"): the figures after it are of its latest item's period
        latest = max((f.period for f in figs if (f.compared or spans) and f.period is not None
                      and f.period.end is not None), key=lambda p: p.end, default=None)
        if latest is not None and own is not None and scope is own and own.end is not None and latest.end > own.end:
            scope = stated = latest


def _within(f: Figure, clauses: list[tuple[int, int] | None]) -> bool:
    """Whether a figure starts inside one of the token spans."""
    return any(c is not None and c[0] <= f.start < c[1] for c in clauses)


def _so_far(period: Period, ref: date | None) -> Period:
    """ "в 2025 году" told in October 2025: the year so far."""
    if ref is not None and _whole_years(period) and period.start <= ref < period.end:
        return Period(period.start, ref)
    return period


def _same_period_last_year(sent: Sentence, own: Period | None, stated: Period) -> bool:
    """A sentence that gives its figures for the same period of last year ("В прошлом году за аналогичный период",
    "Өткен жылдың осы кезеңінде"): its own period, if any, is last year whole, and the article stated a shorter
    span before."""
    lem = {t.lemma for t in sent.tokens} | {t.norm for t in sent.tokens}
    same = len(lem & function_words("same_period")) >= 2 or len(lem & function_words("same_period_kk")) >= 2
    last = bool(lem & function_words("last_year"))
    if _compares(sent):
        return False  # "что на 10 больше, чем за аналогичный период прошлого года": this year's, compared
    return bool(same) and last and not _whole_years(stated) and (own is None or _whole_years(own))


def _compares(sent: Sentence) -> bool:
    """A sentence that compares its figures with another period's ("больше, чем годом ранее", "по сравнению с",
    "салыстырғанда", "на 12 больше"); "Для сравнения: ..." introduces the earlier figure and compares nothing."""
    words = [t for i, t in enumerate(sent.tokens) if not sent.cues.covering("comparison_intro", i)]
    return bool({w for t in words for w in (t.lemma, t.norm)}
                & (function_words("than") | function_words("comparative") | function_words("comparative_kk"))) \
        or sent.cues.has("difference") \
        or any(t.norm.startswith(tuple(function_words("compared_kk"))) for t in words)


def _year_earlier(sent: Sentence, own: Period | None, figs: list[Figure]) -> bool:
    """ "Годом ранее — 31 кг" in a sentence of its own: its figures are of the span stated before, a year earlier
    (unless a figure's own words already said so: "Годом ранее их было 130")."""
    toks = sent.tokens
    return own is None and not any(f.compared for f in figs) and not _compares(sent) and any(
        toks[k].lemma in single_words("year_word") and toks[k + 1].lemma in function_words("earlier")
        for k in range(len(toks) - 1))


def _month_statistic(index: int, figs: list[Figure], events: list[DateMention], ref: date | None,
                     doc_year: int | None) -> Period | None:
    """"В июле в городе выявлено 58 наркопреступлений", "шілде айында 58 қылмыс тіркелді": crimes counted in a
    month told without a day are that month's statistic, not one day's event (the sentence's figures share it)."""
    if not any(f.kind == "crimes" and (f.count or 0) >= 2 for f in figs):
        return None
    told = [d for d in events if d.sentence == index and d.weekday is None and d.days_back is None]
    if len(told) != 1 or told[0].day is not None or not told[0].month:
        return None
    start = resolve(told[0], ref, doc_year)
    if start is None:
        return None
    end = month_end(start.year, start.month)
    return Period(start, ref if ref is not None and start <= ref < end else end)


OWNER_GAP = 3  # words between "у" and the one person it names ("у 55-летнего местного жителя")


def _whole_years(period: Period) -> bool:
    return period.end is not None and (period.start.month, period.start.day, period.end.month, period.end.day) \
        == (1, 1, 12, 31)


def _year_named(sent: Sentence) -> bool:
    """A year written in a sentence as the time of what it tells ("в 2016 году", "в конце 2023 года"), not a
    date of birth."""
    toks = sent.tokens
    return any(YEAR.fullmatch(t.text) and sent.lemma_at(k + 1) in single_words("year_word")
               and sent.lemma_at(k + 2) not in function_words("born") for k, t in enumerate(toks))


def _year_relative(sent: Sentence) -> bool:
    """A year told by its distance from the report ("в прошлом году", "в позапрошлом году", "в этом году",
    "өткен жылы", "былтыр"): for one case, a time as vague as a year written out."""
    rel = function_words("last_year") | function_words("year_before_last") | function_words("this_year")
    if sent.kazakh:  # "өткен жылы", "былтыр": the Kazakh order, no preposition
        return any(t.lemma in function_words("last_year_word") or t.lemma in rel
                   and sent.lemma_at(k + 1) in single_words("year_word") for k, t in enumerate(sent.tokens))
    return any(t.lemma in function_words("in") and sent.lemma_at(k + 1) in rel
               and sent.lemma_at(k + 2) in single_words("year_word") for k, t in enumerate(sent.tokens))


def _one_case(sent: Sentence) -> bool:
    """A sentence that tells one case, not a cumulative statistic, so takes no period from the sentences before
    it: an event cue ("у него", "задержан с"), or what one person had ("изъяли у жителя Аксая 24 куста", "у
    55-летнего мужчины нашли")."""
    if sent.cues.has("event") or aged_person(sent):
        return True  # "во дворе дома 55-летнего жителя было изъято 24 куста": one person's case
    if sent.kazakh and sent.tokens and sent.tokens[0].norm in function_words("kazakh_person_pronoun"):
        return True  # "Ол өткен жылы шекарада 6 келі гашишпен ұсталған": he, one person
    toks, owner = sent.tokens, function_words("possessor")
    return any(toks[k].pos == "NOUN" and toks[k].number == "sing" and _person(toks[k])
               for j, t in enumerate(toks) if t.norm in owner for k in range(j + 1, min(j + 1 + OWNER_GAP, len(toks))))


def _person(tok) -> bool:  # noqa: ANN001
    head = head_entry(tok)
    return head.kind == "people" if head is not None else tok.anim == "anim"


def _since(d: DateMention, sentences: list[Sentence]) -> bool:
    """A date that starts an open span ("с апреля занимался выращиванием"): when something began, not the day
    of the event; a span closed after it ("с 12 по 14 июля") is a period, read elsewhere."""
    toks = sentences[d.sentence].tokens
    if d.token == 0 or toks[d.token - 1].lemma not in function_words("since"):
        return False
    closes = function_words("until")
    return not any(t.lemma in closes for t in toks[d.token + 1:d.token + 5])


def url_date(url: str | None) -> date | None:
    """A publication date written in a news URL: /2014/11/19/, /20180414/, /2014/11/ (then the month's last day)."""
    if not url:
        return None
    for pattern in (r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/", r"/((?:19|20)\d\d)(\d\d)(\d\d)/",
                    r"((?:19|20)\d\d)-(\d\d)-(\d\d)"):
        m = re.search(pattern, url)
        if m:
            try:
                return date(*(int(g) for g in m.groups()))
            except ValueError:
                pass
    m = re.search(r"/((?:19|20)\d\d)/(\d\d)/", url)
    if m and 1 <= int(m.group(2)) <= 12:
        return month_end(int(m.group(1)), int(m.group(2)))
    return None


def _event_date(f: Figure, events: list[DateMention], ref: date | None, doc_year: int | None,
                asides: list[int]) -> date | None:
    """A date in the figure's own sentence ("Задержан он был ещё в январе"), else the nearest date before it
    (explicit dates before weekdays), else the next one after in its own story (not one told after "Напомним",
    "Ранее"), else ref; people charged only by their own sentence's date, else ref."""
    pos = f.sentence.tokens[f.start].start
    own = [d for d in events if d.sentence == f.sentence.index and d.weekday is None]
    for d in sorted(own, key=lambda d: (d.char > pos, abs(d.char - pos))):
        got = resolve(d, ref, doc_year)
        if got:
            return got
    if f.kind == "people" and f.action == "charged":
        return ref  # "двум мужчинам ... был оглашен приговор", the story of their crime told before or after it
        # ("весной 2024 года"): the verdict is the day it was reported
    before = [d for d in events if d.char < pos]
    for d in sorted(reversed(before), key=lambda d: d.weekday is not None):
        got = resolve(d, ref, doc_year)
        if got:
            return got
    story_end = next((k for k in asides if k > f.sentence.index), math.inf)
    for d in events:
        if d.char > pos and d.weekday is None and d.sentence < story_end:
            got = resolve(d, ref, doc_year)
            if got:
                return got
    return ref


def _lead_sentence(paragraphs: list[Paragraph]) -> int:
    first = _first_body(paragraphs)
    return paragraphs[first].sentences[0].index if first < len(paragraphs) else -1


def _first_body(paragraphs: list[Paragraph]) -> int:
    long = next((p.index for p in paragraphs if p.end - p.start >= HEADLINE_CHARS), None)
    if long is not None:
        return long
    # an article of short paragraphs only: its body starts at the first that tells (a sentence of at least
    # BODY_WORDS words ending in a stop), not after its last line
    return next((p.index for p in paragraphs if _told(p)), len(paragraphs))


def _told(p: Paragraph) -> bool:
    """A paragraph that tells: a sentence of BODY_WORDS words ending in a stop, or two sentences that end so (a
    headline is one line)."""
    ended = [s for s in p.sentences if s.tokens and s.tokens[-1].text in {".", "!", "?"}]
    return len(ended) >= 2 or any(sum(t.kind == "word" for t in s.tokens) >= BODY_WORDS for s in ended)


def headline_paragraphs(paragraphs: list[Paragraph]) -> set[int]:
    return set(range(_first_body(paragraphs)))


def _doc_year(dates: list[DateMention], text: str) -> int | None:
    years = [d.year for d in dates if d.year]
    if years:
        return max(years)
    born = tuple(function_words("birth_year_after"))
    found = [int(m.group(1)) for m in re.finditer(r"(?<!\d)(19[9]\d|20[0-3]\d)(?!\d)", text)
             if not " ".join(fold(text[m.end():m.end() + 24]).split()).startswith(born)]  # not "1995 года рождения"
    return max(found) if found else None


def _parse(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _shift(d: date, year: int) -> date:
    try:
        return d.replace(year=year)
    except ValueError:
        return d.replace(year=year, day=28)


OWN_PLACE = frozenset({"item", "sentence_next"})  # region evidence of a part that names its own place


def drop_described_parts(figures: list[Figure]) -> list[Figure]:
    """A part of a seizure that names neither a drug nor a place of its own ("Изъято 62 кг марихуаны, из них 50 кг
    — высушенной", "оның 50 келісі кептірілген"): the same drug described, not a breakdown (GUIDE: breakdowns are by
    substance; a part by place stays, "из них 4 тонны в Жамбылской области")."""
    dropped: set[int] = set()
    for f in figures:
        if f.kind != "seizure" or not f.total:
            continue
        described = [p for p in f.parts if p.kind == "seizure" and p.substance == f.substance
                     and (p.sentence.index, p.start) > (f.sentence.index, f.start)  # told after its whole
                     and p.region == f.region and not p.placed and p.region_evidence not in OWN_PLACE and not any(
                         p.start <= m.start < p.end + 2 for m in p.sentence.cues.of("substance"))
                     and not _where_told(p)]
        if described:
            dropped.update(id(p) for p in described)
            f.parts = [p for p in f.parts if id(p) not in dropped]
            f.total = bool(f.parts)
    return [f for f in figures if id(f) not in dropped]


def _where_told(p: Figure) -> bool:
    """A part told with where it was found, right after it ("50 кг в гараже, 30 кг в машине", "2 келісі гаражда"):
    a part by place, kept."""
    toks = p.sentence.tokens
    for j in range(p.end, min(p.end + 3, len(toks))):
        if toks[j].text in STOPS:
            return False
        if toks[j].lemma in function_words("locative") or p.sentence.kazakh and toks[j].kind == "word" \
                and toks[j].norm.endswith(tuple(function_words("locative_ending"))):
            return True
    return False


def drop_court_subsets(figures: list[Figure]) -> list[Figure]:
    """A court's people after the count of those it tried ("дело в отношении 18 человек, обвиняемых ...", then
    "17 подсудимых признаны виновными", "организатор приговорен", "двоим отсрочка") are among them: one stage,
    fewer people, the same place, not a further one (unless the one before it in its sentence was among them too:
    "Троим назначили 19 лет, ещё 18 обвиняемым — от 4 до 17"), and not a period statistic of its own ("осуждено
    78 человек" for the year beside "привлечено 169" may count other people)."""
    keep: list[Figure] = []
    dropped: set[int] = set()  # sentences where a subset was dropped: "Троим ..., ещё 18 обвиняемым ..." goes on
    for f in figures:
        further = f.another and f.sentence.index not in dropped
        if f.kind == "people" and f.action == "charged" and not further and not f.statistic and any(
                g.kind == "people" and g.action == "charged" and g.value > f.value and g.region == f.region
                and not g.total for g in keep):
            dropped.add(f.sentence.index)
            continue
        keep.append(f)
    return keep


def drop_headline_subsets(figures: list[Figure], sentences: list[Sentence], headlines: set[int]) -> list[Figure]:
    """People counted in a headline whom the body tells as a subset of people counted there ("28 шетелдік
    жауапқа тартылды", then "440-тан астам адам, соның ішінде 28 шетелдік азамат"): the body's subset, no fact."""
    keep = []
    for f in figures:
        if f.kind == "people" and f.sentence.paragraph in headlines and any(
                _subset_told(sent, f) for sent in sentences if sent.paragraph not in headlines):
            continue
        keep.append(f)
    return keep


def _subset_told(sent: Sentence, f: Figure) -> bool:
    """Whether a sentence tells the number of a people figure, with its head, right after a subset cue."""
    toks = sent.tokens
    if not sent.cues.has("subset"):
        return False
    number = f.sentence.tokens[f.start].text
    return any(t.kind == "num" and t.text == number and subset_before(sent, hedge_start(sent, k))
               and any(toks[j].lemma == f.head for j in range(k + 1, min(k + 3, len(toks))))
               for k, t in enumerate(toks))  # "Среди них — 40 студентов и 10 школьников": the list goes on


def merge_repeats(figures: list[Figure], headlines: set[int]) -> list[Figure]:
    """A figure repeated in a document is one fact: exact repeats anywhere, rounded ones from a headline or a
    hedged one from the lead paragraph."""
    kept: list[Figure] = []
    near: dict[tuple, list[int]] = {}  # (kind, value bucket) -> places in kept: a repeat is looked up, not scanned for
    into: dict[int, Figure] = {}  # a repeat -> the figure it was folded into: a total's part is that figure
    for f in figures:
        places = sorted({n for b in _buckets(f) for n in near.get(b, ())})
        at = next((n for n in places if _same(kept[n], f, headlines)), None)
        if at is None:
            near.setdefault(_buckets(f)[1], []).append(len(kept))
            kept.append(f)
        else:
            twin, value = kept[at], kept[at].value
            _absorb(twin, f, headlines)
            into[id(f)] = twin
            if twin.value != value:  # it took the body's figure: findable by that too
                near.setdefault(_buckets(twin)[1], []).append(at)
    lead = max(headlines, default=-1) + 1  # the first body paragraph sums up what the body tells in detail
    # "272 есірткі құқық бұзушылық" in the headline, "270-тен астам" in the body: the body's round floor of the
    # headline's precise figure is one fact, the headline's, with what the body tells of it (its parts)
    for f in kept:
        if f.sentence.paragraph in headlines and not f.hedged and not _round(f.value):
            floor = next((g for g in kept if g.sentence.paragraph not in headlines and id(g) not in into
                          and _floor(g) and g.value < f.value and _rounded(g, f, False)
                          and not _apart(f, g, headlines)), None)
            if floor is not None:
                f.total, f.parts = f.total or floor.total, f.parts + floor.parts
                f.region = f.region or floor.region
                f.period, f.date = f.period or floor.period, f.date or floor.date
                into[id(floor)] = f
    kept = [f for f in kept if id(f) not in into]
    out = []
    for f in kept:
        summary = f.sentence.paragraph in headlines or (f.sentence.paragraph == lead and f.hedged)
        if summary:  # "Почти 800 кг героина" / "изъято почти 1 килограмм", then "775 кг", "940 граммов"
            body = next((g for g in kept if g.sentence.paragraph not in headlines and g is not f and not g.another
                         and g.sentence.index > f.sentence.index
                         and _rounded(f, g, f.sentence.paragraph in headlines) and not _apart(f, g, headlines)
                         and not ((f.singular or g.singular) and _two_places(f, g))
                         and not (f.identity and g.identity and f.identity != g.identity)),  # "43-летний", "37-"
                        None)
            if body is not None:
                _absorb(body, f, headlines)
                into[id(f)] = body
                continue
        out.append(f)
    for f in out:
        if f.parts and into:  # "2 тонны марихуаны" in the headline and in the body's list a total sums up
            parts = []
            for p in f.parts:
                folded = id(p) in into
                while id(p) in into:
                    p = into[id(p)]
                if p is not f and not (folded and p.total) and all(p is not q for q in parts):
                    parts.append(p)  # not a part told again as a whole of its own ("24 тонны" of the lead)
            f.parts = parts
    return out


_BUCKET = math.log(1.0051)  # wider than the 0.5 % two repeats of one figure may differ by, in log scale


def _buckets(f: Figure) -> tuple[tuple, tuple, tuple]:
    """The figure's value bucket and its two neighbours: any figure `_same` could take lies in one of them."""
    v = f.value
    b = math.floor(math.log(abs(v)) / _BUCKET) if v and math.isfinite(v) else 0
    sign = (v > 0) - (v < 0)
    kind = "online" if f.kind == "groups" and is_shop(f.head) else f.kind  # shops of either kind meet (_compatible)
    return (kind, sign, b - 1), (kind, sign, b), (kind, sign, b + 1)


def _compatible(a: Figure, b: Figure) -> bool:
    if (a.comparison_year, a.years_back) != (b.comparison_year, b.years_back):
        return False
    if a.kind != b.kind:
        # the same shops told blocked in one sentence and found in another ("Три интернет-магазина
        # заблокировали", "установлены 3 интернет-магазина"): one figure, of shops blocked (etl.extract._absorb)
        return {a.kind, b.kind} == {"online", "groups"} and is_shop(a.head) and is_shop(b.head)
    if a.kind == "seizure":
        if a.unit != b.unit:
            return False
        generic = {None, "drugs"}
        if a.substance in generic or b.substance in generic:
            return True
        if a.substance in SUBSTANCE_UMBRELLA or b.substance in SUBSTANCE_UMBRELLA:
            # "40 кг синтетики" in a headline, "40 кг мефедрона" in the body: the family names the drug
            fam = families()
            return fam.get(a.substance, a.substance) == fam.get(b.substance, b.substance)
        return a.substance == b.substance
    if a.kind == "money":
        return a.currency == b.currency or {a.currency, b.currency} == {"USD", "USDT"}
    return True


def _same(a: Figure, b: Figure, headlines: set[int]) -> bool:
    if not _compatible(a, b) or abs(a.value - b.value) > 0.005 * max(abs(a.value), abs(b.value), 1e-9):
        return False
    if a.singular or b.singular:
        return _same_one(a, b)
    if a.another or b.another:
        return False  # "задержали ещё двоих": a further two, not the two already counted
    if _apart(a, b, headlines):
        return False
    if a.kind == "people" and a.action != b.action and not ({a.sentence.paragraph, b.sentence.paragraph} & headlines) \
            and not (_all_of(b) and {a.action, b.action} <= HELD):
        return False  # but "Все трое арестованы": the three told, with what was done to them next in custody (a
        # court's verdict on them, "үшеуі де кінәлі деп танылды", is a stage of its own)
    if a.kind in {"crimes", "labs", "groups", "online"} and a.sentence.paragraph == b.sentence.paragraph:
        return a.head == b.head or a.container or b.container
    return True


def _all_of(f: Figure) -> bool:
    """People told as all of those counted ("все трое", "всех пятерых", "барлығы", "обоих"): the same people
    again."""
    sent, k = f.sentence, hedge_start(f.sentence, f.start) - 1
    if sent.lemma_at(f.start) in function_words("both"):
        return True  # "Суд арестовал обоих": the two told before
    if sent.kazakh and f.end < len(sent.tokens) and sent.tokens[f.end].norm in function_words("all_too"):
        return True  # "Екеуі де қамауға алынды": both of them
    return k >= 0 and (sent.lemma_at(k) in function_words("all_of") or sent.tokens[k].norm in function_words("all_of"))


def _apart(a: Figure, b: Figure, headlines: set[int]) -> bool:
    """Two rough figures of the body placed in different regions are two ("свыше 1 тонны прекурсоров" in the
    country, then "более 1 тонны кислоты" in Шымкент), however alike."""
    return bool(a.region and b.region and a.region != b.region and (a.hedged or _round(a.value))
                and not ({a.sentence.paragraph, b.sentence.paragraph} & headlines))


def _two_places(a: Figure, b: Figure) -> bool:
    """Two known places for two mentions ("В Алматы остановлена деятельность интернет-магазина", then "в
    Мангистауской области ликвидирована преступная группа"): one named in the singular in each is two. The
    country and one of its regions are one place ("В Казахстане ликвидировали нарколабораторию", then its region)."""
    regions = {a.region, b.region} - {None}
    if "KZ" in regions and len(regions) == 2 and all(r.startswith("KZ") for r in regions):
        regions = regions - {"KZ"}
    return len(regions) > 1


def _same_one(a: Figure, b: Figure) -> bool:
    """Two mentions of one person or thing named without a number: the same unless something tells them apart
    (a further one, "второй", "ещё один"; another age; two different known regions)."""
    if b.another or a.another:
        return False
    if a.identity and b.identity and a.identity != b.identity:
        return False
    if a.sentence.index == b.sentence.index and not (_points_back(a) or _points_back(b)) and _words(a) != _words(b):
        return False  # two named in one sentence ("у женщины нашли ..., у её сожителя ...") are two; the same
                      # words twice are a phrase the page repeats ("X задержали, сообщает ... - X задержали")
    if a.date and b.date and a.date != b.date and not (_points_back(a) or _points_back(b)):
        return False  # "в марте задержан житель ..., в апреле — операция по задержанию жителя ...": two events
    two = _two_places(a, b)
    if a.kind == "people" and (_points_back(a) or _points_back(b)):
        # "подозреваемый", "задержанный": the person already named, unless its own sentence places it elsewhere
        return not two or not (a.region_evidence in NEAR_EVIDENCE and b.region_evidence in NEAR_EVIDENCE)
    if a.kind == "people" and a.sentence.paragraph != b.sentence.paragraph \
            and (here := _own_places(a)) and (there := _own_places(b)) and not here & there:
        return False  # "В Сайрамском районе задержали жителя ...", then "В Ордабасинском районе задержали ...": two
    return not two


def _own_places(f: Figure) -> set[tuple[str, ...]]:
    """The places inside a region a figure's own sentence names, as their words."""
    toks = f.sentence.tokens
    return {tuple(toks[k].lemma for k in range(h.start, h.end)) for h in f.sentence.cues.of("place")
            if h.value.code.startswith("KZ-")}


def act_on_counted(figures: list[Figure], sentences: list[Sentence]) -> None:
    """People counted with a number, then named again in the plural with a later stage and no number ("Задержаны
    трое курьеров. Все подозреваемые арестованы", "Күдіктілер қамауға алынды"): that stage is theirs."""
    by_sentence = {f.sentence.index for f in figures}
    for sent in sentences:
        if sent.index in by_sentence or any(t.kind == "num" for t in sent.tokens):
            continue
        stage = _stage_of_plural(sent)
        if stage is None:
            continue
        last = next((g for g in reversed(figures) if g.kind == "people" and g.sentence.index < sent.index), None)
        if last is None or sent.index - last.sentence.index > STAGE_LATER:
            continue
        # "екі тұрғыны және бір тұрғыны ұсталды ... Күдіктілер қамауға алынды": all the people its sentence counted
        group = [g for g in figures if g.kind == "people" and g.sentence is last.sentence and not g.statistic]
        if sum(g.value for g in group) > 1 and not all(g.singular for g in group):
            for g in group:
                if ACTION_STRENGTH[g.action] < ACTION_STRENGTH[stage]:
                    g.action = stage


def _stage_of_plural(sent: Sentence) -> str | None:
    """The strongest stage done to people named in the plural without a number, next to them ("подозреваемые
    помещены в ИВС", not "возбуждено дело" before them), or None."""
    named = [k for k in range(len(sent.tokens)) if _plural_person(sent, k)]
    # "Суд санкционировал их арест": the plural pronoun inside the action's words
    acts = [m for m in sent.cues.of("action") if any(_done_to(sent, m, k) for k in named) or any(
        sent.lemma_at(k) in function_words("plural_pronoun") for k in range(m.start + 1, m.end - 1))]
    return max(acts, key=lambda m: ACTION_STRENGTH[m.value]).value if acts else None


def _done_to(sent: Sentence, m: Hit, k: int) -> bool:
    """An action right after the people at token k ("подозреваемые помещены"), or right before them with
    nothing between ("арестованы все подозреваемые"); Kazakh puts it last, after them."""
    if k < m.start <= k + STAGE_GAP:
        return True
    return m.end <= k and all(t.kind == "word" for t in sent.tokens[m.end:k]) and k - m.end <= 2


def _plural_person(sent: Sentence, k: int) -> bool:
    """A person word in the plural ("подозреваемые", "задержанные", "они", Kazakh "күдіктілер")."""
    tok = sent.tokens[k]
    if tok.kind != "word":
        return False
    if sent.kazakh:
        if tok.norm.startswith(KAZAKH_HELD):
            return True  # "Ұсталғандар қамауға алынды", "қолға түскендер": those held, named by it
        head = head_entry(tok)
        return head is not None and head.kind == "people" and plural_ending(tok.norm)
    if tok.number != "plur":
        return False
    return tok.lemma in function_words("plural_pronoun") or _person(tok) \
        or any(m.start == k for m in sent.cues.of("anaphor"))


WHOLE = frozenset({None, "KZ"})  # regions that may hold a figure of any region: unknown, the country


def drop_anaphors_of_counted(figures: list[Figure]) -> list[Figure]:
    """A person named by an anaphor ("Подозреваемый водворён в ИВС", "У задержанного нашли ...") or beside "the
    rest" ("Лидер получил 18 лет, остальные — ...") after people counted with a number, with the same action, is
    one of them, not one more; with an action of its own ("Подозреваемый арестован") it stays a fact of its own."""
    keep: list[Figure] = []
    for f in figures:
        if f.kind == "people" and f.value == 1 and not f.another and (_points_back(f) or _beside_the_rest(f)) and any(
                g.kind == "people" and not g.singular and g.value >= 2 and g.action == f.action
                and g.sentence.index < f.sentence.index and not g.compared and not g.statistic
                and (g.region is None or f.region is None or g.region == f.region) for g in keep):
            continue
        # one lab (or group, shop, channel of the same noun) named without a number beside a count of them in one
        # event, before it or after ("Ликвидированы две нарколаборатории. В Талдыкоргане задержан мужчина,
        # организовавший нарколабораторию"): one of them
        if f.kind in THING_KINDS and f.singular and not f.another and any(
                g.kind == f.kind and (f.kind == "labs" or g.head == f.head) and not g.singular and g.value >= 2
                and not g.another and not g.compared and not g.statistic and not g.total
                and (g.region in WHOLE or f.region in WHOLE or g.region == f.region) for g in figures):
            continue
        keep.append(f)
    return keep


def _points_back(f: Figure) -> bool:
    return _anaphor(f) or _named_by_action(f)


def _beside_the_rest(f: Figure) -> bool:
    """One person told beside "the rest" ("Лидер получил 18 лет, остальные — от 10 до 15"): one of those counted."""
    return any(t.lemma in function_words("rest") or t.norm in function_words("rest") for t in f.sentence.tokens)


def _named_by_action(f: Figure) -> bool:
    """One person named by what was done to him ("задержанного", "один задержанный")."""
    toks, sent = f.sentence.tokens, f.sentence
    return any((toks[m.start].pos == "PRTF" or sent.kazakh and held_participle(sent, m.end))
               and f.start <= m.start < f.end for m in f.sentence.cues.of("action"))


def _words(f: Figure) -> list[str]:
    return [t.norm for t in f.sentence.tokens if f.quote_start <= t.start < f.quote_end]


def _anaphor(f: Figure) -> bool:
    """A person named by an anaphor ("задержанный", "подозреваемый", "он"), not one it qualifies ("её сожитель")."""
    toks = f.sentence.tokens
    return not f.identity and not _suspected_of(f) and any(
        (m.start <= f.start < m.end or f.start <= m.start < f.end)
        and any(toks[k].lemma == f.head for k in range(m.start, m.end)) for m in f.sentence.cues.of("anaphor"))


def _suspected_of(f: Figure) -> bool:
    """ "задержали подозреваемого в хранении наркотиков": a person introduced by what he is suspected of (a
    crime after "в"), not one named before."""
    sent = f.sentence
    k = f.end
    return k + 1 < len(sent.tokens) and sent.tokens[k].lemma in function_words("in") \
        and sent.cues.at("crime_type", k + 1) is not None


def _rounded(h: Figure, b: Figure, headline: bool) -> bool:
    """A summary figure that rounds a body figure ("Почти 800 кг" for 775 kg), or a headline's round floor under
    it ("Более тысячи кустов", "Тысячу кустов" for 1 259)."""
    if not _compatible(h, b) or b.value == 0:
        return False
    if headline and h.value <= b.value < FLOOR * h.value and _round(h.value) \
            and (_floor(h) or h.sentence.tokens[h.start].norm in function_words("lone_scale")):
        return True  # "Более тысячи кустов", "Тысячу кустов" (a scale word alone) for 1 259
    return abs(h.value - b.value) <= ROUNDING * b.value and (h.hedged or _round(h.value))


def _floor(f: Figure) -> bool:
    """A figure hedged as a lower bound: "более"/"свыше" before it, Kazakh "астам" after it."""
    toks, bounds = f.sentence.tokens, function_words("lower_bound")
    before = [t.lemma for t in toks[hedge_start(f.sentence, f.start):f.start]]
    after = [t.norm for t in toks[f.end:f.end + 1]] + [t.norm for t in toks[f.start + 1:f.start + 2]]  # "270-тен астам"
    return any(w in bounds for w in before + after)


def _round(value: float) -> bool:
    digits = f"{value:.6g}".replace(".", "").rstrip("0").lstrip("0")
    return len(digits) <= 2


def _absorb(keep: Figure, other: Figure, headlines: set[int]) -> None:
    """Fold a repeat into the fact kept: the body's wording, the most specific attributes. A pronoun ("суд
    приговорил его") only points back: it changes nothing of the person it stands for, but for the custody that
    follows the detention ("Он арестован", "суд санкционировал его арест": the same event's stronger action; a
    sentence is a later legal stage, not taken); an anaphor ("задержанный", "подозреваемый арестован") keeps that
    person's wording and may tell more of what was done."""
    if other.kind == "people" and other.head in function_words("person_pronoun"):
        if other.action == "arrested" and keep.kind == "people" and keep.action == "detained":
            keep.action = "arrested"
        return
    anaphor = other.kind == "people" and _points_back(other) and not _points_back(keep)
    if keep.sentence.paragraph in headlines and other.sentence.paragraph not in headlines and not anaphor:
        for attr in ("sentence", "start", "end", "quote_start", "quote_end", "value", "kg", "count", "amount",
                     "role", "action", "currency", "unit", "head"):
            setattr(keep, attr, getattr(other, attr))
        keep.region = other.region
        keep.date = other.date or keep.date
    keep.total = keep.total or other.total
    if other.kind == "online" and keep.kind == "groups":
        keep.kind = "online"  # shops blocked in any of their mentions
    if other.parts:
        keep.parts.extend(other.parts)
    if keep.period is None and other.period is not None:
        keep.period = other.period
        keep.date = other.date
    if keep.region is None and other.region is not None or (
            keep.region == "KZ" and (other.region or "").startswith("KZ-")):
        keep.region = other.region  # one figure told of the country, then of its region: the region
    if SUBSTANCE_RANK.get(other.substance, 3) > SUBSTANCE_RANK.get(keep.substance, 3) and not _names_a_mix(keep):
        keep.substance = other.substance
    if keep.kind == "people" and ACTION_STRENGTH[other.action] > ACTION_STRENGTH[keep.action]:
        keep.action = other.action


def _names_a_mix(f: Figure) -> bool:
    """A figure whose own words name two drugs ("около 20 кг марихуаны и гашиша"): its "drugs" is a mix, which
    a repeat naming one of them does not narrow."""
    toks = f.sentence.tokens
    named = {m.value.name for m in f.sentence.cues.of("substance") if m.value.rank == NAMED
             and f.quote_start <= toks[m.start].start < f.quote_end}
    return len(named) > 1


def clear_mixed_total_regions(figures: list[Figure]) -> None:
    """A total whose parts lie in different regions has no single region, unless it is the country's own (a
    national figure with regional examples as its parts stays national)."""
    for f in figures:
        parts = f.parts
        if f.total and f.region != "KZ" and len({p.region for p in parts}) > 1:
            f.region = None


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 6)


def to_fact(doc: Document, f: Figure, parts: tuple[int, ...] = ()) -> Fact:
    """A figure as GUIDE.md's fact, with its confidence and the positions of its parts."""
    period = f.period
    day = f.date
    published = _parse(doc.published)
    dated = "none" if day is None else "published" if day == published else "stated"
    own: dict = {}
    if f.kind == "seizure":
        own = {"substance": f.substance or "drugs", "kg": _number(f.kg),
               "count": _number(f.count) if f.kg is None else None, "unit": f.unit if f.kg is None else None}
    elif f.kind == "people":
        own = {"count": _number(f.count), "action": f.action}
    elif f.kind == "money":
        own = {"amount": _number(f.amount), "currency": f.currency, "role": f.role}
    else:
        own = {"count": _number(f.count)}
    return Fact(f.kind, doc.text[f.quote_start:f.quote_end], doc_id=doc.id, region=f.region, date=day,
                period_start=period.start if period else None, period_end=period.end if period else None,
                total=f.total, confidence=confidence(f.how, f.region_evidence, dated, f.kind), parts=parts, **own)

