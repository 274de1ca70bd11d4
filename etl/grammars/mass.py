"""MASS and COUNTED: a number and a unit ("6,1 кг", "25 тысяч доз"), then the substance named around it."""

from __future__ import annotations

import re
from dataclasses import replace

from etl import units
from etl.cues import Hit
from etl.grammars.base import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    QUOTES,
    STOPS,
    Figure,
    hedge_start,
    quote_span,
    single_words,
)
from etl.morph import fold
from etl.numbers import Number, read_numbers
from etl.text import DASHES, Sentence
from etl.vocab import Substance, function_words, unit_prefixes

QUOTED_NAME = 4  # tokens a quoted name between a number and its counted unit may run to ("«Трамадол»")


def unit_at(sent: Sentence, i: int, num: Number | None) -> tuple[object, int] | None:
    """A unit at token i as (pint unit, index of its last token)."""
    if i >= len(sent.tokens) or sent.tokens[i].kind != "word":
        return None
    tok = sent.tokens[i]
    unit = units.unit_of(tok.norm) or units.unit_of(tok.lemma)
    if unit is None:
        return None
    if tok.norm in single_words("year_word") and num is not None \
            and (fold(sent.text_at(i + 2)) in function_words("birth") or 1900 <= num.value <= 2100):
        return None  # "1954 г.р.", "2021 г." are years
    last = i + 1 if sent.text_at(i + 1) == "." and len(tok.norm) <= 2 else i
    return unit, last


def mass_or_counted(sent: Sentence, num: Number) -> Figure | None:
    hit = unit_at(sent, num.end, num)
    if not hit:
        # "130 спичечных коробков", "два объемных пакета": adjectives may stand before a counted unit (not a mass);
        # "1 270 дана «Трамадол» таблеткасы", "89 «Тропикамид» құтысы": a counter word and a quoted name too
        k = num.end
        if sent.kazakh and sent.lemma_at(k) in function_words("hedge_after"):
            k += 1  # "2000-нан астам қарасора бұталары": the hedge follows its number in Kazakh
        if sent.lemma_at(k) in function_words("counter"):
            k += 1
        quoted = None
        if sent.text_at(k) in OPENING_QUOTES:
            close = next((j for j in range(k + 1, min(k + 1 + QUOTED_NAME, len(sent.tokens)))
                          if sent.tokens[j].text in CLOSING_QUOTES), None)
            # "40 «закладок»", "40 дана «закладка»": the thing counted itself in quotes
            quoted = unit_at(sent, k + 1, num) if close is not None else None
            if quoted is not None and (quoted[1] + 1 != close or units.is_mass(quoted[0])):
                quoted = None
            k = close + 1 if close is not None else k
        named = sent.cues.at("substance", k) if quoted is None else None
        while named is not None and sent.kazakh:
            k = named.end  # "1 270 дана трамадол таблеткасы": the drug's name before its unit, in the Kazakh order
            named = sent.cues.at("substance", k)  # "синтетикалық есірткі": a family and its noun
        if sent.kazakh and k > num.end and sent.text_at(k).lower() in function_words("holding"):
            k += 1  # "45 дана синтетикалық есірткі салынған түйіншек": packets with the drug in them
        while k < len(sent.tokens) and k - num.end < 2 and sent.tokens[k].pos in {"ADJF", "PRTF"}:
            k += 1
        hit = (quoted[0], k - 1) if quoted is not None else unit_at(sent, k, num) if k > num.end else None
        if not hit or units.is_mass(hit[0]):
            return None
    unit, last = hit
    if units.is_mass(unit):
        num = _spaced_decimal(sent, num)
    first = hedge_start(sent, num.start)
    if units.is_mass(unit):
        kg = units.to_kg(num.value, unit)
        # "13 тонн 183 килограмма", "1 кг 610 гр.", Kazakh "19 килограмм, 822 грамм": a compound mass (a comma
        # only in Kazakh, before a smaller part that stays under one of the larger unit; in Russian it lists)
        comma = sent.kazakh and sent.text_at(last + 1) == ","
        nxt = read_numbers(sent.tokens[last + 1 + comma:last + 3 + comma])
        if nxt and nxt[0].start == 0:
            more = unit_at(sent, last + 1 + comma + nxt[0].end, nxt[0])
            if more and units.is_mass(more[0]) and units.to_kg(1, more[0]) < units.to_kg(1, unit) \
                    and (not comma or units.to_kg(nxt[0].value, more[0]) < units.to_kg(1, unit)):
                kg += units.to_kg(nxt[0].value, more[0])
                last = more[1]
        fig = Figure("seizure", sent, num.start, last + 1, 0, 0, value=kg, kg=kg, head="mass",
                     hedged=first < num.start or num.hedged, how="mass")
    else:
        got = units.counted(num.value, unit)
        if got is None:
            return None
        if sent.lemma_at(last) in function_words("unit_of_named") and not sent.cues.at("substance", last + 1):
            return None  # "30 единиц тропикамида" counts; "12 единиц техники" is not a drug's
        fig = Figure("seizure", sent, num.start, last + 1, 0, 0, value=got[0], count=got[0], unit=got[1],
                     head=got[1], hedged=first < num.start or num.hedged, how="counted")
    _attach_substance(sent, fig, first, last)
    return fig


def _spaced_decimal(sent: Sentence, num: Number) -> Number:
    """A decimal comma typed with a space after it ("13, 8 келі", "2, 5 кг"): the whole number before the comma
    and one or two digits after it, before a mass unit, not in a list of bare numbers ("3, 12, 8 кг")."""
    i, toks = num.start, sent.tokens
    if i < 2 or num.words or num.scaled or num.end - num.start != 1 or not re.fullmatch(r"\d{1,2}", toks[i].text):
        return num
    if toks[i - 1].text != "," or not re.fullmatch(r"\d{1,3}", toks[i - 2].text):
        return num
    if i >= 3 and (toks[i - 3].kind == "num" or toks[i - 3].text == "," and i >= 4 and toks[i - 4].kind == "num"):
        return num  # "3, 12, 8 кг": a list of numbers
    whole = toks[i - 2]
    return replace(num, start=i - 2, value=float(whole.text) + num.value / 10 ** len(toks[i].text))


def bare_units(sent: Sentence, found: list[Figure]) -> list[Figure]:
    """A mass unit with no number: "изъят килограмм героина", "более тонны", "почти полтонны" (1 or 0.5)."""
    starts = {m.start: str(m.value) for m in sent.cues.of("unit")}
    if sent.kazakh:  # "тоннаға жуық", "келіден астам": a unit in a case form, its hedge after it
        starts.update({i: "" for i in range(len(sent.tokens) - 1)
                       if sent.tokens[i + 1].norm in function_words("hedge_after") and i not in starts})
    if not starts:
        return []
    taken = {i for f in found for i in range(f.start, f.end)}
    out = []
    lead = single_words("hedge") | single_words("weight") | single_words("seize") | function_words("unit_lead")
    for i, named in sorted(starts.items()):
        tok = sent.tokens[i]
        if i in taken or tok.kind != "word":
            continue
        value, unit = 1.0, None
        for prefix, share in unit_prefixes().items():  # "полтонны", "полукилограмма": the cue names the unit
            if named and tok.norm.startswith(prefix) and not tok.norm.startswith(named):
                part = units.unit_of(named)
                if part is not None and units.is_mass(part):
                    value, unit = share, part
                break
        if unit is None:
            if tok.norm in function_words("bare_abbreviation"):
                continue  # abbreviations need a number
            hit = unit_at(sent, i, None)
            after = sent.tokens[i + 1].norm if i + 1 < len(sent.tokens) else ""
            if not hit or not units.is_mass(hit[0]) or (
                    sent.lemma_at(i - 1) not in lead
                    and not (sent.kazakh and after in function_words("hedge_after"))):  # "тоннаға жуық", Kazakh
                continue
            unit = hit[0]
        if i > 0 and sent.tokens[i - 1].kind == "num":
            continue
        first = hedge_start(sent, i)
        kg = units.to_kg(value, unit)
        fig = Figure("seizure", sent, i, i + 1, 0, 0, value=kg, kg=kg, head="mass", hedged=first < i,
                     how="bare_unit")
        _attach_substance(sent, fig, first, i)
        out.append(fig)
    return out


def _attach_substance(sent: Sentence, fig: Figure, first: int, last: int) -> None:
    """The substance named after the unit ("6,1 кг мефедрона"), else before it ("героин, общий вес которого
    составил 775 кг"), else in the sentence before, else unnamed drugs. Sets the quote too."""
    cues = sent.cues
    stop = _forward_stop(sent, last + 1)
    ahead = cues.starting("substance", last + 1, stop)
    purpose = next((k for k in range(last + 1, stop) if sent.lemma_at(k) in function_words("purpose")), None)
    if purpose is not None and any(m.end <= purpose for m in ahead):
        ahead = [m for m in ahead if m.end <= purpose]  # "2 тонны реагентов для изготовления мефедрона": what for
    if ahead:
        fig.substance = choose_substance([m.value for m in ahead])
        fig.quote_start, fig.quote_end = quote_span(sent, first, max(m.end for m in ahead) - 1)
        return
    shared = _shared_noun(sent, last + 1)
    if shared is not None:  # "3 тысячи литров жидких и 50 кг сыпучих прекурсоров": the noun after both
        fig.substance = choose_substance([shared.value])
        fig.quote_start, fig.quote_end = quote_span(sent, first, last)
        return
    before = sent.tokens[first - 1] if first > 0 else None
    if before is not None and (before.text == "," or before.lemma in function_words("and")
                               or sent.kazakh and before.norm in function_words("coordination")) \
            and not _weighs(sent, first):
        fig.substance = None  # "11,4 кг мефедрона и 8,1 кг X": a list item names its own substance
        fig.quote_start, fig.quote_end = quote_span(sent, first, last)
        return
    back_stop = first
    k = first - 1
    while k >= 0 and first - k <= 8 and sent.tokens[k].text not in {".", ";", "(", ")"} \
            and sent.tokens[k].kind != "num":
        back_stop = k
        k -= 1
    behind = [m for m in cues.starting("substance", back_stop, first) if m.end <= first]
    if behind:
        nearest = behind[-1]
        group = [m for m in behind if nearest.start - m.end <= 2]
        fig.substance = choose_substance([m.value for m in group])
        fig.quote_start, fig.quote_end = quote_span(sent, min(m.start for m in group), last)
        return
    earlier = cues.last_ending_by("substance", first)
    fig.substance = choose_substance([earlier.value]) if earlier else None
    fig.quote_start, fig.quote_end = quote_span(sent, first, last)


def _shared_noun(sent: Sentence, k: int) -> Hit | None:
    """Adjectives alone after a unit, then "и" and the next figure, whose noun the two share ("3 тысячи литров
    жидких и около 50 кг сыпучих прекурсоров"): that noun's substance, or None."""
    toks = sent.tokens
    j = k
    while j < len(toks) and j - k < 2 and toks[j].pos in {"ADJF", "PRTF"}:
        j += 1
    if j == k or j >= len(toks) or toks[j].lemma not in function_words("and"):
        return None
    stop = min(j + SHARED_REACH, len(toks))
    if not any(t.kind == "num" for t in toks[j + 1:stop]):
        return None
    for m in sent.cues.starting("substance", j + 1, stop):
        if all(t.text not in STOPS and t.pos not in {"VERB", "PRTS"} for t in toks[j + 1:m.start]):
            return m
    return None


def _weighs(sent: Sentence, first: int) -> bool:
    """True for "..., весом 5 кг" / "..., общий вес которого составил 775 кг" (the mass of what came before)."""
    return any(m.start >= first - 5 and m.end <= first for m in sent.cues.of("weight"))


def _forward_stop(sent: Sentence, i: int) -> int:
    """Where the noun phrase after a unit ends: punctuation, a number, a verb, a new figure after "и", or six
    words. A comma does not end it when the words after it name a substance within three words: a list in the
    genitive ("марихуаны, гашиша и конопли") or an apposition ("..., известного как «соль»")."""
    toks = sent.tokens
    k, words = i, 0
    while k < len(toks) and words < 7:
        tok = toks[k]
        if tok.kind == "num":
            break
        if tok.text in STOPS:
            if tok.text == "," and _names_substance(sent, k + 1):
                k += 1
                continue
            break
        if tok.pos in {"VERB", "INFN", "PRTS", "GRND"}:
            break
        if tok.lemma in function_words("and"):
            j = k + 1
            while j < len(toks) and toks[j].text in QUOTES:
                j += 1
            if j >= len(toks) or toks[j].kind != "word" or toks[j].case not in {"gent", ""} \
                    or not toks[j].case and not sent.cues.at("substance", j):
                break  # "30 кг наркотиков и почти столько же реагента", "героин весом 32 кг и гашиш ...": not a
                # genitive list (a word of no known case, "a-PVP", goes on when it names a substance)
        if tok.kind == "word":
            words += 1
        k += 1
    return k


def _names_substance(sent: Sentence, k: int) -> bool:
    """After a comma at k - 1, the noun phrase goes on: a substance in the genitive ("марихуаны, гашиша"), or
    an apposition (a participle or adjective, then the substance within three words: "..., известного как
    «соль»"); a new item of a list ("..., синтетические наркотики – 2 кг") is not."""
    toks = sent.tokens
    if k >= len(toks):
        return False
    if (hit := sent.cues.at("substance", k)) is not None:
        if sent.kazakh:  # no case to tell: a list goes on unless a new item's own figure follows ("марихуана – 53")
            after = toks[hit.end] if hit.end < len(toks) else None
            return after is None or after.kind != "num" and after.text not in DASHES
        return toks[k].case == "gent"
    if toks[k].pos in {"ADVB", "CONJ"} and k + 1 < len(toks) and toks[k + 1].pos in {"ADJF", "PRTF"}:
        k += 1  # "так называемой"
    if toks[k].pos not in {"ADJF", "PRTF"}:  # "известного как"
        return False
    for j in range(k + 1, min(k + 4, len(toks))):
        if sent.cues.at("substance", j):
            return True
        if toks[j].kind == "num" or toks[j].pos in {"VERB", "INFN", "GRND", "NOUN"} or toks[j].text in STOPS:
            return False
    return False


SHARED_REACH = 7  # words from "и" to the noun two figures share ("и около 50 кг сыпучих прекурсоров")
NAMED = 3  # the rank of a substance named as such (substances.csv)


MEDICINE = "medicine"  # the family of medicines in data/reference/substances.csv (трамадол, тропикамид)


def choose_substance(words: list[Substance]) -> str:
    """The substance of one figure from the substance words around it (see data/reference/substances.csv)."""
    named = {(w.name, w.family) for w in words if w.rank == NAMED}
    if named and {name for name, _ in named} == {"drugs"} and any(w.name == "synthetic" for w in words):
        return "synthetic"  # a drug outside GUIDE.md's list that the text calls synthetic ("«Экстази» синтетикалық")
    if len({name for name, _ in named}) == 1:
        return next(iter(named))[0]
    if named:
        families = {family for _, family in named}
        return "synthetic" if families == {"synthetic"} else "drugs"
    names = {w.name for w in words}
    for rank2 in ("synthetic", "precursors"):
        if rank2 in names:
            return rank2
    if "psychotropic" in names:  # a medicine the text calls psychotropic is (GUIDE.md "Medicines")
        unnamed = [w for w in words if w.name == "drugs"]
        return "drugs" if unnamed and any(w.family != MEDICINE for w in unnamed) else "psychotropic"
    return "drugs"
