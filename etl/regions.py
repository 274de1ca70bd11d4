"""Regions: place mentions from the gazetteer (data/reference/places.csv) and the one that governs a figure."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from etl.grammars.base import DASHES, relative_clause
from etl.morph import toward
from etl.numbers import is_number
from etl.text import Paragraph, Sentence
from etl.vocab import Hit, Place, cues, function_words, head_of, places, rows, surroundings

CYRILLIC = re.compile("[а-яёәғқңөұүһі]", re.IGNORECASE)

LOCATIVE = function_words("locative")
BETWEEN_LOCATIVE = function_words("whole")
COORDINATION = function_words("coordination") | {","}
SETTLEMENT = function_words("settlement_short") | {"."}  # between a preposition and a name
DIRECTION = function_words("direction")
IN = function_words("in")  # "в", "во": inside a place (not "на", which may be a border: "на узбекской границе")
# count only inside the figure's own sentence; "national_in" is a national name whose own form says "in" (Kazakh
# "елімізде", "республика бойынша"), so no preposition is looked for before it; "elsewhere" is abroad unnamed
# ("за рубежом"), often where someone stays ("куратор находится за границей"), not where the article's event was
WEAK = frozenset({"national", "national_in", "agency", "elsewhere"})
GENITIVE = tuple(function_words("genitive_ending"))  # Kazakh: the place that owns a resident ("Шымкенттің")
DIRECTION_ENDINGS = tuple(function_words("direction_ending"))  # Kazakh: from or to a place ("Алматыдан Ақтөбеге")
PLACE_WORDS = ("settlement", "region_word", "district_word")  # cue categories of words that make a name a place
KAZAKH_LOCATIVE = tuple(function_words("locative_ending"))  # Kazakh: in a place ("Ресейде", "Қытайда")
BELONGS = function_words("belongs_after")
SUPERLATIVE = tuple(function_words("superlative"))  # "крупнейший в Казахстане": the country as a comparison
ADJECTIVE_ENDINGS = ("ский", "цкий")  # a Russian district name's adjective ending, taken off to find its stem
MISSPELT_LETTERS = 8  # a region's name this long misspelt by one letter is still read ("Батыс Қазақтан")
NEXT_WORDS = 3  # words between a figure and the place right after it in its clause ("задержаны в")
SETTLEMENT_NAME = 4  # words of a settlement before the region it lies in ("селе Мамай", "поселке Кара-Суу")
PROPER = frozenset({"region", "adjective", "city", "old", "abbreviation", "foreign", "district"})  # capitalised


# The evidence that ties a place to a figure, strongest first: a list item's place after its dash ("Две из них в
# Карагандинской области, одна — в Акмолинской"); a place before the figure in its own sentence;
# a place right after it, in its clause ("четверо задержаны в Астане": a few words, no comma or dash between);
# the region of a body acting in its sentence ("Полицейские Жамбылской области задержали ... в Алматы": Алматы);
# the nearest place before it in its paragraph; a place after it in its sentence with no other number between
# ("... изъяли в ВКО"); the nearest place in an earlier paragraph; a place after it in its sentence beyond
# another number (it may be the next figure's: "5 кг, позже в Актау ещё 2 кг"); the first place after it in its
# paragraph; a national body acting in its own sentence ("ҚМА 55 арнаны
# тоқтатты"); the first place after it in a later paragraph; the only region the document names; the country,
# when the document speaks of it as a whole; nothing.
EVIDENCE = ("item", "sentence", "sentence_next", "body", "paragraph", "sentence_after", "earlier", "sentence_beyond",
            "later", "agency", "after", "document", "residence", "national", "none")


ITEM_WORDS = 2  # a dash and a preposition: what stands between a list item's number and its place


@dataclass(frozen=True)
class Candidate:
    """A place that could govern a figure: its code, the evidence for it, how far it stands (nearer wins within
    one kind of evidence) and whether it was named together with another region."""

    code: str | None
    evidence: str
    distance: tuple[int, ...] = ()
    multi: bool = False


@dataclass
class Mention:
    """A place named in the text."""

    code: str          # KZ-xx, KZ or abroad
    type: str          # see places.csv
    sentence: int      # index of the sentence in the document
    start: int         # token span in the sentence
    end: int
    excluded: bool = False  # where someone lives, comes from or goes to; a dateline
    multi: bool = False     # named together with another region ("в Актау и Шымкенте")
    heading: bool = False   # the whole sentence, at the start of a paragraph ("Улытау.", "Астана.")
    body: bool = False      # the region of a body named with it ("Полицейские Жамбылской области")
    said: int | None = None  # where the words told after a verb of saying start ("В Астане заявил, что ...")
    aside: bool = False     # in a sentence that tells another story ("Ранее в Алматы ..."): places nothing before it
    residence: bool = False  # excluded as where the people of its sentence live: their region when nothing else says
    example: bool = False   # in a sentence that opens an example ("Так, в Таразе ..."): one case of what was told
                            # before it, which it does not place
    clausal: bool = False   # inside a relative clause (", которая работала в Алматинской области"): the story of
                            # what it qualifies, which places the figures of its own sentence only


@cache
def _region_names() -> dict[str, tuple[tuple[str, ...], str]]:
    """The word for a region ("область", "облыс") -> the names written before it (places.csv, type region), each
    with its code: what a misspelt name is compared with."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, place in places().phrases.items():
        if place.type == "region" and len(phrase) >= 2:
            out.setdefault(phrase[-1].rstrip("*"), []).append((phrase[:-1], place.code))
    return {word: tuple(names) for word, names in out.items()}


def _one_edit(a: str, b: str) -> bool:
    """True if a and b differ by at most one letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    k = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[k + (len(a) == len(b)):] == b[k + 1:]


def _misspelt_regions(sent: Sentence) -> list[Hit]:
    """Regions whose name is misspelt by one letter before the word for a region ("Батыс Қазақтан облысында",
    "Карагандиской области"): a name of at least MISSPELT_LETTERS letters, capitalised, in no other place."""
    names = _region_names()
    toks = sent.tokens
    out: list[Hit] = []
    for hit in sent.cues.of("region_word"):
        i, tok = hit.start, toks[hit.start]
        word = next((w for w in names if tok.lemma.startswith(w) or tok.norm.startswith(w)), None)
        if word is None or i == 0 or sent.cues.covering("place", i) or sent.cues.covering("place", i - 1):
            continue
        for phrase, code in names[word]:
            a = i - len(phrase)
            if a < 0 or not toks[a].text[:1].isupper():
                continue
            written = [t.norm for t in toks[a:i]]
            lemmas = [t.lemma for t in toks[a:i]]
            joined = " ".join(phrase)
            if len(joined) >= MISSPELT_LETTERS and (_one_edit(" ".join(written), joined)
                                                    or _one_edit(" ".join(lemmas), joined)):
                out.append(Hit(a, i + 1, Place(code, "region")))
                break
    return out


@cache
def _kazakh_districts() -> tuple[dict[int, int], dict[str, str]]:
    """The districts of places.csv by the stem of their Russian name ("байзакский район" -> "байзак"), and the
    Kazakh letters folded to the Russian ones its spellings use (data/reference/kk_letters.csv)."""
    stems: dict[str, set[str]] = {}
    for phrase, place in places().phrases.items():
        if place.type == "district" and len(phrase) == 2:
            for ending in ADJECTIVE_ENDINGS:
                if phrase[0].endswith(ending):
                    stems.setdefault(phrase[0][: -len(ending)], set()).add(place.code)
    letters = {ord(row["kazakh"]): ord(row["russian"]) for _, row in rows("kk_letters.csv")}
    return letters, {stem: codes.pop() for stem, codes in stems.items() if len(codes) == 1}


def _said_after(sent: Sentence, k: int, agency: int | None) -> int | None:
    """Where the words a national body (a mention of it at token `agency`) tells after a verb of saying begin,
    the verb after token k in its sentence ("Председатель КНБ в Астане заявил, что за год ..."): the token after
    its "что" or ":", or None. A local body's place ("В Таразе полиция сообщила, что ...") is its own events'."""
    if sent.kazakh or agency is None:
        return None
    verb = next(iter(sent.cues.starting("speech", max(k, agency), len(sent.tokens))), None)
    opens = function_words("speech_opens")
    if verb is None:
        return None
    return next((j + 1 for j in range(verb.end, min(verb.end + 3, len(sent.tokens)))
                 if sent.tokens[j].lemma in opens or sent.tokens[j].text in opens), None)


def _people_from(sent: Sentence, k: int) -> bool:
    """Whether "из" at token k follows a noun for people or their group ("двое наркодилеров из Тараза", "банда
    из Караганды", any person: "экс-полицейский из Семея"): where they come from, as a residence, not a place
    they travelled from ("прибыл из Бишкека")."""
    if sent.lemma_at(k) not in function_words("of") or k == 0:
        return False
    before = sent.tokens[k - 1]
    if before.pos == "NOUN" and before.anim == "anim":
        return True  # any person: "экс-полицейский из Семея", "студентка из Тараза"
    head = head_of(before.lemma)
    return head is not None and head.kind in {"people", "groups"}  # "у главаря банды из Караганды"


def _kazakh_district_names(sent: Sentence) -> list[Hit]:
    """Kazakh districts named with "ауданы" in any case ("Байзақ ауданының", "Сарыағаш ауданында"): the name,
    its Kazakh letters folded to Russian ones, is the stem of a district of the gazetteer, or one letter from it,
    or that stem without its last letter ("Жуалы" of "жуалынский")."""
    letters, stems = _kazakh_districts()
    toks = sent.tokens
    out: list[Hit] = []
    for hit in sent.cues.of("district_word"):
        k = hit.start - 1
        if k < 0 or not toks[k].text[:1].isupper() or sent.cues.covering("place", k):
            continue
        name = toks[k].norm.translate(letters)
        code = _district_of(name, stems)
        if code is None and len(name) >= MISSPELT_LETTERS - 2:
            near = {c for stem, c in stems.items() if _one_edit(name, stem)}
            code = near.pop() if len(near) == 1 else None
        if code is not None:
            out.append(Hit(k, hit.end, Place(code, "district")))
    return out


def _district_of(name: str, stems: dict[str, str]) -> str | None:
    """The region of the district whose stem a folded name is, or that stem without its last letter ("жуалы" of
    "жуалынский")."""
    return stems.get(name) or stems.get(name + "н")


def _districts_named_after(sent: Sentence) -> list[Hit]:
    """A district named in Russian by its Kazakh name after the word ("в районе Байтерек", "района Бәйтерек"), or a
    village, station or border post named as its district is ("в селе Кордай", "на таможне Кордай"): the name,
    its Kazakh letters folded, is the stem of a district of the gazetteer."""
    letters, stems = _kazakh_districts()
    toks = sent.tokens
    out: list[Hit] = []
    for hit in sent.cues.of("district_before") + sent.cues.of("settlement"):
        k = hit.end
        if k >= len(toks) or not toks[k].text[:1].isupper() or sent.cues.covering("place", k):
            continue
        code = _district_of(toks[k].norm.translate(letters), stems)
        if code is not None:
            out.append(Hit(hit.start, k + 1, Place(code, "district")))
    return out


def _in_a_settlement_of(sent: Sentence, k: int) -> bool:
    """"в" before a settlement of the place after token k: a settlement word and its name ("в селе Мамай
    Джалал-Абадской области", "в городе Кара-Суу Ошской области")."""
    toks, j = sent.tokens, k
    while j >= 0 and k - j < SETTLEMENT_NAME and toks[j].kind == "word" and toks[j].norm not in IN and (
            toks[j].lemma in SETTLEMENT or toks[j].text[:1].isupper() and sent.cues.covering("place", j) is None):
        j -= 1
    return j < k and j >= 0 and toks[j].norm in IN and any(toks[i].lemma in SETTLEMENT for i in range(j + 1, k + 1))


def _foreign_adjectives(sent: Sentence) -> list[Hit]:
    """Another country named by its adjective where it says where the event was: before a body that acts
    ("испанская таможня изъяла", "узбекские пограничники") or after "в" ("в российском Омске"); not alone
    ("афганский героин": where a drug came from)."""
    out: list[Hit] = []
    toks = sent.tokens
    for h in sent.cues.of("country_adjective"):
        body = sent.cues.at("foreign_body", h.end)
        if body is not None:
            out.append(Hit(h.start, body.end, Place("abroad", "foreign_body")))
        elif h.start > 0 and toks[h.start - 1].norm in IN:
            out.append(Hit(h.start, h.end, Place("abroad", "foreign_body")))
    return out


def _near(sent: Sentence, lead: int, b: int) -> bool:
    """A place near a city named at tokens [lead, b), outside it: "под Алматы", "недалеко от г. Астаны", "в
    окрестностях Шымкента" (the word right before, "от" between); Kazakh "Алматы маңында", "Астана іргесінде"
    (the word after, a settlement word between)."""
    if sent.kazakh:
        return any(sent.tokens[k].norm in function_words("near_after") for k in range(b, min(b + 2, len(sent.tokens))))
    k = lead - 1
    if sent.lemma_at(k) in function_words("near_from"):
        k -= 1  # "недалеко от"
    return k >= 0 and sent.lemma_at(k) in function_words("near")


def _mentions_in(sent: Sentence) -> list[Mention]:
    places = sent.cues.of("place")
    if sent.cues.has("country_adjective") and (foreign := _foreign_adjectives(sent)):
        places = sorted([*places, *foreign], key=lambda h: h.start)
    if sent.cues.has("region_word") and (misspelt := _misspelt_regions(sent)):
        places = sorted([*places, *misspelt], key=lambda h: h.start)
    if sent.kazakh and sent.cues.has("district_word") and (districts := _kazakh_district_names(sent)):
        places = sorted([*places, *districts], key=lambda h: h.start)
    if not sent.kazakh and (sent.cues.has("district_before") or sent.cues.has("settlement")) \
            and (districts := _districts_named_after(sent)):
        places = sorted([*places, *districts], key=lambda h: h.start)
    if not places:
        return []
    toks = sent.tokens
    pairs = sent.pairs
    found: list[Mention] = []
    not_place = cues("not_place")
    resident = cues("resident")
    stays = cues("stays")
    # "полиция Бразилии изъяла": a body acting; not "запросы в МВД России" (a body written to, after a preposition)
    body_ends = {h.end for h in sent.cues.of("foreign_body")
                 if (h.start == 0 or toks[h.start - 1].pos != "PREP") and toks[h.start].case in {"nomn", "ablt", ""}}
    joint_ends = {h.end for h in sent.cues.of("foreign_body")}  # "операции полиции Казахстана и Кыргызстана"
    for hit in places:
        a, b, code, kind = hit.start, hit.end, hit.value.code, hit.value.type
        if kind in PROPER and not any(t.text[:1].isupper() for t in toks[a:b]):
            continue  # "семей" (families) is not Семей
        if kind in {"national", "foreign"}:
            k = a - 1
            while k >= 0 and toks[k].lemma in BETWEEN_LOCATIVE:
                k -= 1
            body = kind == "foreign" and (a in body_ends or _joint(toks, places, a, joint_ends))
            # "полиция Бразилии"; "полиции Казахстана и Кыргызстана": a joint operation, abroad (GUIDE)
            if sent.kazakh:  # Kazakh says "in" with an ending: "Қырғызстанда", "Ресейде"; or the country owns a
                # place the event was in ("Ресейдің Омбы облысында", "Қырғызстанның Ош қаласында")
                inside = toks[b - 1].norm.endswith(KAZAKH_LOCATIVE) or toks[b - 1].norm.endswith(GENITIVE) and any(
                    toks[k].norm.endswith(KAZAKH_LOCATIVE) and any(sent.cues.at(c, k) for c in PLACE_WORDS)
                    for k in range(b + 1, min(b + 3, len(toks))))
            else:  # "в Бразилии"; "в порту Санкт-Петербурга" (not "запрос в МВД Узбекистана")
                inside = k >= 0 and toks[k].lemma in LOCATIVE or kind == "foreign" and k >= 1 \
                    and toks[k].pos == "NOUN" and toks[k - 1].norm in IN \
                    and sent.cues.covering("foreign_body", k) is None
            if kind == "foreign" and not inside and not sent.kazakh:
                inside = _in_a_settlement_of(sent, k)  # "в селе Мамай Джалал-Абадской области"
            if not body and not inside:
                continue  # "граждан России", "МВД РК", "Ресей азаматы": not where the event was
        if kind in {"national", "national_in"} and any(toks[j].norm.startswith(SUPERLATIVE) for j in (
                range(b, min(b + 1, len(toks))) if sent.kazakh else range(max(a - 4, 0), a))):
            continue  # "крупнейший в Казахстане канал", "Қазақстандағы ең ірі": what it is biggest in
        if kind in {"adjective", "old", "capital"} and sent.cues.at("road", b):
            continue  # "Карагандинская трасса", "в Карагандинском направлении"
        m = Mention(code, kind, sent.index, a, b)
        lead = a
        while lead > 0 and toks[lead - 1].lemma in SETTLEMENT:
            lead -= 1  # "из г. Алматы": the word before the settlement word decides
        if code in surroundings() and _near(sent, lead, b):
            m.code = surroundings()[code]  # "под Алматы", "в пригороде Астаны": the region around the city
        for k in range(max(lead - 2, 0), lead):
            hit = not_place.match_at(pairs, k)
            if hit and k and toks[k].lemma in function_words("of") and toks[k - 1].lemma in function_words("one_of"):
                continue  # "в одном из поселков района": one of them, not from there
            if hit and k + hit[0] < lead and sent.cues.at("road", k) and (
                    toks[lead - 1].norm in IN and not toward(toks[a].norm)
                    or toks[lead - 1].lemma in function_words("near")):
                continue  # "на трассе в Жамбылской области", "на трассе у Балхаша": where the road is (not "по
                # трассе в Астану")
            if hit and sent.cues.at("arrive", k) and toks[lead - 1].norm in IN and k + hit[0] == lead - 1:
                continue  # "посылка, прибывшая в Алматы": where it arrived and was found
            if hit and k + hit[0] <= lead and not any(sent.lemma_at(j) in function_words("court")
                                                      for j in range(b, b + 2)):
                # not "Апелляционная коллегия Карагандинского областного суда": a court of that region judged there
                m.excluded = True
                m.residence = m.residence or resident.match_at(pairs, k) is not None or _people_from(sent, k)
        # "Полицейские Жамбылской области", "Карагандинские полицейские", "Павлодар облысының полицейлері"
        m.body = code.startswith("KZ-") and (bool(sent.cues.ending("body", lead, lead)) or bool(
            sent.cues.starting("body", b, b + 1)) and (kind == "adjective" or sent.kazakh))
        if kind == "elsewhere" and any(stays.match_at(pairs, k) for k in (
                range(b, min(b + 2, len(toks))) if sent.kazakh else range(max(lead - 2, 0), lead))):
            m.excluded = True  # "куратор, находящийся за рубежом", "шетелде тұратын": where someone stays
        owner = toks[b - 1].norm.endswith(GENITIVE) or b < len(toks) and toks[b].norm.endswith(GENITIVE) \
            or sent.kazakh and b < len(toks) and sent.cues.at("not_place_after", b) is not None \
            and not toks[b - 1].norm.endswith(KAZAKH_LOCATIVE)  # "Астана тұрғыны": a bare noun qualifying
        # the words a genitive qualifies, up to a word in the locative ("Түркістан облысының Сарыағаш ауданында
        # Өзбекстан азаматы": the region's district, where it happened, not whose citizen)
        qualified = range(b, next((k for k in range(b, min(b + 4, len(toks)))
                                   if sent.kazakh and toks[k].norm.endswith(KAZAKH_LOCATIVE)), min(b + 4, len(toks))))
        if owner and any(sent.cues.at("not_place_after", k) for k in qualified):
            m.excluded = True  # "Шымкент қаласының бір тұрғыны": where the person lives (a genitive), not
            # "Көкшетауда ... тұрғынды ұстады" (a locative: where it happened)
            m.residence = any(resident.match_at(pairs, k) for k in qualified)
        if sent.kazakh and _kazakh_direction(sent, a, b, code):
            m.excluded = True
        if sent.kazakh and toks[b - 1].norm.endswith(KAZAKH_LOCATIVE) and sent.cues.at("lives_after", b):
            m.excluded = m.residence = True  # "Талдықорғанда тұратын әйел": where she lives
        # "в Астану", "в Карагандинскую область", "на территорию России": the accusative after в / на is where
        # something goes, not where the event was (the locative "в Астане" is)
        if kind == "foreign" and lead > 0 and toks[lead - 1].lemma in DIRECTION and toward(toks[a].norm):
            m.excluded = True
        first = toks[a]
        if sent.first_in_paragraph and a == 0 and b == len(toks):
            m.heading = True  # a line that is only a place: a heading, a dateline or an author's city
        elif sent.first_in_paragraph and a == 0 and any(t.kind == "num" for t in toks[b:]) \
                and not any(t.kind == "word" and CYRILLIC.search(t.text) for t in toks[b:]) \
                and not _table_row(toks, b):
            m.excluded = True  # "Астана -10oC", "Алматы, 12:30": a site's weather or clock, not the event's place
        elif sent.first_in_paragraph and a == 0 and b < len(toks) and toks[b].text in {".", ","}:
            after = toks[b + 1] if b + 1 < len(toks) else None
            if after is None and first.text.isupper() and len(first.text) > 1:
                m.excluded = True  # "АЛМАТЫ. КАЗИНФОРМ - ...": a dateline in capitals
            elif after is None:
                m.heading = True  # "Улытау." alone: a dateline if a date follows, else the heading of a paragraph
            elif after.kind == "num" or after.text.isupper() or first.text.isupper():
                m.excluded = True  # a dateline: "АСТАНА, 14 апр — Sputnik.", "Москва, 7 августа."
        if a > 0 and toks[a - 1].text == "," and all(t.kind == "sym" for t in toks[b:]) and _signed(toks[:a - 1]):
            m.excluded = True  # "Леонид ЧЕРНОВ, Астана": an author's signature and city, not the event's place
        found.append(m)
    _coordinate(found, sent)
    return found


def _table_row(toks: list, b: int) -> bool:
    """A place's line of a table: a dash (not a minus) and one number after it, nothing else ("Алматы — 512")."""
    rest = [t for t in toks[b:] if t.text != "."]
    return len(rest) == 2 and rest[0].text in {"—", "–"} and rest[1].kind == "num"


def _joint(toks: list, places: list[Hit], a: int, joint_ends: set[int]) -> bool:
    """A country listed after a body and other countries ("операции полиции Казахстана и Кыргызстана", "спецслужб
    Казахстана, России и Беларуси"): a joint operation, abroad (GUIDE)."""
    k = a
    while k >= 2 and (toks[k - 1].text == "," or toks[k - 1].lemma in function_words("and")):
        before = next((h for h in places if h.end == k - 1), None)
        if before is None:
            return False
        if before.start in joint_ends:
            return True
        k = before.start
    return False


def _signed(toks: list) -> bool:
    """Words with an author's name in them: a capitalised first name, then a surname in capitals ("Леонид
    ЧЕРНОВ"), or a byline word and a capitalised name ("Беседовала Асель Нурланова", "Автор: Асель Нурланова")."""
    if toks and toks[0].lemma in function_words("byline") \
            and sum(t.text[:1].isupper() and t.text[1:].islower() for t in toks[1:]) >= 2:
        return True
    return any(len(t.text) > 2 and t.text.isupper() and CYRILLIC.search(t.text) and k > 0
               and toks[k - 1].text[:1].isupper() and toks[k - 1].text[1:].islower() for k, t in enumerate(toks))


def _kazakh_direction(sent: Sentence, a: int, b: int, code: str) -> bool:
    """A Kazakh place at tokens [a, b) in the ablative or the dative ("Алматыдан", "Ақтөбеге", "облысына"):
    where something comes from or goes to. The ending must come after the whole name ("Түркістан" ends as an
    ablative does, but "Түркіс" is no place), and a dative before "қарасты" (belonging to) is where it is."""
    toks = sent.tokens
    if b < len(toks) and sent.cues.at("settlement", b):  # "Алматы қаласынан": the settlement word takes the case
        return toks[b].norm.endswith(DIRECTION_ENDINGS) and not (b + 1 < len(toks) and toks[b + 1].norm in BELONGS)
    last = toks[b - 1].norm
    if b < len(toks) and toks[b].norm in BELONGS:
        return False
    for ending in DIRECTION_ENDINGS:
        if last.endswith(ending) and len(last) > len(ending):
            stem = last[: -len(ending)]
            words = [*sent.pairs[a:b - 1], (stem, stem)]
            hit = places().match_at(words, 0)
            if hit and hit[0] == b - a and getattr(hit[1], "code", None) == code:
                return True
    return False


def _coordinate(found: list[Mention], sent: Sentence) -> None:
    """Mentions joined by "и" or commas share exclusion; if they name different regions, they are multi."""
    groups: list[list[Mention]] = []
    for m in found:
        if groups:
            prev = groups[-1][-1]
            gap = sent.tokens[prev.end:m.start]
            if not gap and m.code == prev.code:  # "в Шортандинском районе Акмолинской области": one place
                groups[-1].append(m)
                continue
            if len(gap) == 1 and gap[0].text in DASHES:  # a route: "автобус Павлодар – Астана", "по маршруту
                prev.excluded = True                     # Костанай — Семей": neither end is where it happened
                groups[-1].append(m)
                continue
            joined = any(t.lemma in COORDINATION for t in gap)  # "в Актау и Шымкенте", not "области КНБ"
            # "в Талдыкоргане и Карасайском районе Алматинской области": a district's name and word between
            named = {k for k in range(prev.end, m.start) if sent.cues.at("settlement", k)
                     or sent.tokens[k].text[:1].isupper()}
            if joined and len(gap) <= 4 and not {prev.type, m.type} & WEAK \
                    and all(t.lemma in COORDINATION or t.lemma in SETTLEMENT or t.lemma in LOCATIVE
                            or prev.end + n in named for n, t in enumerate(gap)):
                groups[-1].append(m)
                continue
        groups.append([m])
    for group in groups:
        if group[0].excluded:
            for m in group:
                m.excluded = True
        if len({m.code for m in group}) > 1:
            for m in group:
                m.multi = True


def _local_places(sentences: list[Sentence], found: dict[int, list[Mention]]) -> dict[tuple[str, str], str]:
    """Districts and villages the article names once with their region ("в Карасайском районе Алматинской
    области", "в селе Шолаккорган Туркестанской области"): (name, settlement word) -> the region's code, so that
    the same place named alone later ("В Карасайском районе задержаны ...") is placed in that region."""
    local: dict[tuple[str, str], str] = {}
    for sent in sentences:
        toks = sent.tokens
        for m in found[sent.index]:
            if m.type not in {"region", "adjective"} or m.code in {"KZ", "abroad"} or m.start < 2:
                continue
            word, name = m.start - 1, m.start - 2
            if sent.cues.at("settlement", word) and toks[name].kind == "word" and toks[name].text[:1].isupper():
                local.setdefault((toks[name].lemma, toks[word].lemma), m.code)  # "Карасайском районе"
            elif sent.cues.at("settlement", name) and toks[word].kind == "word" and toks[word].text[:1].isupper():
                local.setdefault((toks[word].lemma, toks[name].lemma), m.code)  # "селе Шолаккорган"
    return local


def _with_local(sent: Sentence, mentions: list[Mention], local: dict[tuple[str, str], str]) -> list[Mention]:
    """The mentions of a sentence with the article's own districts and villages added."""
    toks = sent.tokens
    settlements = {hit.start for hit in sent.cues.of("settlement")}
    if not settlements:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for k in sorted({s - 1 for s in settlements} | settlements):
        if k < 0 or k + 1 >= len(toks) or k in taken or k + 1 in taken:
            continue
        if k + 1 in settlements and toks[k].text[:1].isupper():
            code = local.get((toks[k].lemma, toks[k + 1].lemma))   # "Карасайском районе"
        elif k in settlements and toks[k + 1].text[:1].isupper():
            code = local.get((toks[k + 1].lemma, toks[k].lemma))   # "селе Шолаккорган"
        else:
            continue
        if code and not any(m.start == k + 2 and m.code == code for m in mentions):  # not "районе Алматинской"
            added.append(Mention(code, "city", sent.index, k, k + 2))
    if not added:
        return mentions
    out = sorted(mentions + added, key=lambda m: m.start)
    _coordinate(out, sent)
    return out


class Gazetteer:
    """The place mentions of one document, and the rules that give a figure its region."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.by_sentence: dict[int, list[Mention]] = {}
        self._lists: dict[int, bool] = {}  # sentence -> whether it lists figures in several regions (_listed)
        self.paragraph_of: dict[int, int] = {}
        self.ordered: list[Mention] = []
        sentences = [sent for para in paragraphs for sent in para.sentences]
        self.tokens_of = {sent.index: sent.tokens for sent in sentences}
        found = {sent.index: _mentions_in(sent) for sent in sentences}
        for sent in sentences:
            if any(h.start == 0 for h in sent.cues.of("aside")):
                for m in found[sent.index]:
                    m.aside = True
            if any(h.start == 0 and sent.text_at(h.end) == "," for h in sent.cues.of("example")):
                for m in found[sent.index]:
                    m.example = True
            national = [m.start for m in found[sent.index] if m.type == "agency"]
            for m in found[sent.index]:
                m.said = _said_after(sent, m.end, min(national, default=None))
                m.clausal = relative_clause(sent, m.start) is not None
        for k, sent in enumerate(sentences):
            date_next = k + 1 < len(sentences) and sentences[k + 1].tokens[:1] \
                and sentences[k + 1].tokens[0].kind == "num"
            last_line = sent.paragraph == paragraphs[-1].index and len(paragraphs[-1].sentences) == 1
            for m in found[sent.index]:
                if m.heading and (date_next or last_line):
                    m.excluded = True  # "Астана. 30 апреля.": a dateline; a place alone on the last line signs it
        local = _local_places(sentences, found)
        for para in paragraphs:
            for sent in para.sentences:
                self.paragraph_of[sent.index] = para.index
                ms = found[sent.index]
                if local:
                    ms = _with_local(sent, ms, local)
                self.by_sentence[sent.index] = ms
                self.ordered.extend(ms)
        # the mentions another sentence's figure may take, and their sentences, for a bisect instead of a scan
        self._any = [m for m in self.ordered if not m.excluded and not m.multi and not m.clausal]
        self._strong = [m for m in self._any if m.type not in WEAK]
        self._any_at = [m.sentence for m in self._any]
        self._strong_at = [m.sentence for m in self._strong]
        self._ahead = [m for m in self._strong if not m.aside and not m.example]  # what may place a figure before it
        self._ahead_at = [m.sentence for m in self._ahead]
        self.national = any(m.code == "KZ" for m in self.ordered)
        # the country named as where things happened ("в стране", "по республике", "елімізде"), not only a national
        # body: an article about the country, whose statistics its one region's example does not place
        self.country = any(m.code == "KZ" and m.type in {"national", "national_in"} and not m.excluded
                           for m in self.ordered)
        # places alone on a line that head a section ("Шымкент" above what was done there): what comes before
        # them is not theirs
        self._headings = sorted({m.sentence for m in self.ordered if m.heading and not m.excluded})
        specific = [m.code for m in self.ordered if not m.excluded and not m.multi and not m.aside
                    and m.code.startswith("KZ-") and m.said is None]  # not where a national body spoke
        # the document's own region: the only one it names (a regional report, whatever the paragraph)
        self.main = specific[0] if specific and len(set(specific)) == 1 else None
        self._main_first = min((m.sentence for m in self.ordered if m.code == self.main and not m.excluded),
                               default=0)
        # an article that names no place of an event, only where its people live, all in one region ("Орал
        # қаласының тұрғынынан ... тәркіледі" and cases after it): that region, as weak as a residence
        homes = {m.code for m in self.ordered if m.residence and m.code.startswith("KZ-")}
        others = [m for m in self.ordered if not m.residence]  # a route, a venue or an event's place: not that
        self.home = homes.pop() if len(homes) == 1 and not others else None

    def _listed(self, sentence: int) -> bool:
        """Whether a sentence lists figures in several regions ("задержаны шесть человек: двое в Сарыагаше, трое
        в Туркестане и один в Шымкенте"): a figure after it ("Всего изъято 17 кг") is not its last place's."""
        got = self._lists.get(sentence)
        if got is None:
            got = self._lists[sentence] = self._lists_figures(sentence)
        return got

    def _lists_figures(self, sentence: int) -> bool:
        ms = [m for m in self.by_sentence.get(sentence, []) if not m.excluded and not m.body and not m.residence
              and m.code.startswith("KZ-")]
        toks = self.tokens_of.get(sentence, [])
        numbered = sum(1 for a, b in zip(ms, ms[1:], strict=False)
                       if any(is_number(t) for t in toks[a.end:b.start]))
        return len({m.code for m in ms}) >= 2 and numbered >= 1

    def _heading_between(self, sentence: int, later: int) -> bool:
        """Whether a section heading stands after a sentence, up to a later one: "... изъято 100 кг.\n\nШымкент\n\n
        В Шымкенте ...": the section's place is not the figures' before it."""
        k = bisect_right(self._headings, sentence)
        return k < len(self._headings) and self._headings[k] <= later

    def place(self, sentence: int, start: int, end: int, statistic: bool = False) -> tuple[str | None, str]:
        """The region of a figure at tokens [start, end) of a sentence, and the evidence it rests on (one of
        etl.confidence.REGION's keys): the candidate with the strongest evidence (EVIDENCE), the nearest
        within it; a candidate named together with another region gives no single region ("several")."""
        best = min(self.candidates(sentence, start, end, statistic, nearest=True),
                   key=lambda c: (EVIDENCE.index(c.evidence), c.distance))
        if best.multi:
            return None, "several"
        return best.code, best.evidence

    def _nearest(self, sentence: int, statistic: bool) -> list[Mention]:
        """The other sentences' places nearest to a sentence: the last one before it (any kind for a statistic,
        else not a national one or an agency) and the first one after it (not national, not an agency, not in an
        aside)."""
        out = []
        before, at = (self._any, self._any_at) if statistic else (self._strong, self._strong_at)
        k = bisect_left(at, sentence)
        if k > 0:
            last = at[k - 1]
            out.append(max(before[bisect_left(at, last):k], key=lambda m: m.start))
        k = bisect_right(self._ahead_at, sentence)
        if k < len(self._ahead):
            first = self._ahead_at[k]
            out.append(min(self._ahead[k:bisect_right(self._ahead_at, first)], key=lambda m: m.start))
        return out

    def candidates(self, sentence: int, start: int, end: int, statistic: bool, nearest: bool = False
                   ) -> list[Candidate]:
        """Every place that could govern a figure, with the evidence that links it to the figure. A national
        body (МВД, КНБ) or the country named without a place of its own counts for a period statistic only;
        a statistic is not placed by an example after it in another paragraph ("Так, в области Абай").
        `nearest`: of the other sentences' places only the nearest before and the nearest after, the only ones
        that can win (found by bisection, so that a document of thousands of figures stays linear)."""
        out: list[Candidate] = []
        paragraph = self.paragraph_of.get(sentence)
        sent_tokens = self.tokens_of.get(sentence, [])
        for m in self.by_sentence.get(sentence, []):
            if m.excluded:
                continue
            if m.type == "agency" and not statistic:
                out.append(Candidate(m.code, "agency", (abs(start - m.end),), m.multi))
                continue
            if m.end <= start:
                if m.said is not None and m.said <= start:
                    continue  # where it was said, not where the figure told was
                out.append(Candidate(m.code, "body" if m.body else "sentence", (start - m.end,), m.multi))
            elif m.start >= end:
                between = sent_tokens[end:m.start]
                beyond = any(is_number(t) for t in between)
                evidence = "sentence_beyond" if beyond else "sentence_after"
                if len(between) <= NEXT_WORDS and all(t.kind == "word" or t.text in DASHES for t in between):
                    # "... задержаны в Астане", "из них девять — в Алматинской области"; not "иностранец,
                    # арендовавший ... в Алматы"
                    evidence = "sentence_next"
                    if between and between[0].text in DASHES and len(between) <= ITEM_WORDS:
                        evidence = "item"  # "..., одна — в Акмолинской области": a list item's own place
                elif m.code == "abroad" and not beyond and not any(t.text in {",", ";", ":"} for t in between):
                    # "Ещё 10 кг изъято у их сообщника в Москве": an event abroad, told in the figure's own clause,
                    # is abroad whatever the sentences before it name
                    evidence = "sentence_next"
                out.append(Candidate(m.code, evidence, (m.start - end,), m.multi))
            elif not m.body:  # inside the figure's own words ("задержали в Жамбылской области поставщика")
                out.append(Candidate(m.code, "sentence", (0,), m.multi))
        if any(c.evidence == "sentence_next" and c.code and c.code.startswith("KZ-") and not c.multi for c in out):
            # the country named before a figure frames it, a region named right after it places it ("По
            # республике ... 27 лабораторий, из них девять — в Алматинской области")
            out = [c for c in out if not (c.evidence == "sentence" and c.code == "KZ")]
        others = self._nearest(sentence, statistic) if nearest else self.ordered
        for m in others:
            if m.sentence == sentence or m.excluded or m.multi or m.clausal:
                continue
            same = self.paragraph_of.get(m.sentence) == paragraph
            if m.sentence < sentence and (m.type not in WEAK or statistic):
                if statistic and not same and m.code == "abroad" and self.country:
                    continue  # a statistic of an article about the country is not placed by an operation abroad
                listed = self._listed(m.sentence)
                code = m.code
                if listed and statistic and self.country:
                    code, listed = "KZ", False  # "По стране ... 39 лабораторий, в том числе в Алматинской — 9, в
                    # Карагандинской — 6. Изъято 1,4 тонны": after the country's list, the country's statistic
                out.append(Candidate(code, "paragraph" if same else "earlier", (sentence - m.sentence, -m.start),
                                     listed))
            elif m.sentence > sentence and m.type not in WEAK and not m.aside and not m.example \
                    and (same or not statistic) \
                    and not self._heading_between(sentence, m.sentence):
                out.append(Candidate(m.code, "later" if same else "after", (m.sentence - sentence, m.start)))
        if self.main is not None and not self._heading_between(sentence, self._main_first) \
                and not (statistic and self.country):  # the country's statistic, its one region an example
            out.append(Candidate(self.main, "document"))
        # where the people of the figure's own sentence live, when nothing names where the event was
        out.extend(Candidate(m.code, "residence", (abs(start - m.start),)) for m in self.by_sentence.get(sentence, [])
                   if m.residence and m.code.startswith("KZ-"))
        if self.home is not None:
            out.append(Candidate(self.home, "residence", (math.inf,)))
        out.append(Candidate("KZ", "national") if self.national else Candidate(None, "none"))
        return out
