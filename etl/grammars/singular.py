"""SINGULAR: one person, lab, group, shop or channel named without a number counts as 1 (GUIDE.md).

People: an action ("задержали", "задержан", "взят под стражу", "задержание") and the person it acts on, a
singular animate noun or a people head of data/reference/heads.csv, in the case the action's form asks for:
the object of an active verb ("задержали 35-летнего мужчину"), the subject of a passive participle, after it
or before it ("задержан курьер", "Подозреваемый взят под стражу"), the genitive after a verbal noun
("задержание жителя Атырау"). Nouns joined by "и" add up ("мужчина и его сожительница" → 2); a couple noun
counts its own value ("семейная пара" → 2); a plural noun without a number gives nothing.

Labs, groups, online: a head noun of that kind in the singular, in a sentence with a `dismantle` cue (online:
an `online_action` cue): "ликвидирована нарколаборатория", "пресечена деятельность ОПГ"; or set up by people
held in the same sentence (a `set_up` cue and a detention: "задержан мужчина, организовавший фитолабораторию").

Each figure is marked `singular`, with the person's age ("35-летний") and whether an `another` cue
("второй", "ещё один") stands before it, so that etl.extract can tell a repeat of the same person or thing
from a further one.
"""

from __future__ import annotations

import re
from functools import cache

from etl.cues import Hit
from etl.grammars.base import (
    ACTION_STRENGTH,
    QUOTES,
    STOPS,
    THING_KINDS,
    Figure,
    hedge_start,
    quote_span,
    single_words,
)
from etl.grammars.count import ANIMATE, head_entry, needs_met, shop_kind
from etl.morph import can_be_adjective, singular_in
from etl.text import Sentence
from etl.vocab import function_words, heads, numbers

SKIPPABLE = frozenset({"ADJF", "PRTF", "ADVB"})
OBLIQUE = frozenset({"gent", "loct", "datv", "ablt"})  # complements between a subject and its participle
_AGE = re.compile(rf"^(\d+)[-‐‑]?(?:{'|'.join(sorted(function_words('age_stem')))})", re.IGNORECASE)
WINDOW = 4  # words an action may stand from its noun
KAZAKH_WINDOW = 6  # words a Kazakh person may stand before the verb, with adverbials between
INSTRUMENTAL = tuple(function_words("instrumental_ending"))
LOCATIVE = tuple(function_words("locative_ending") | function_words("attributive_ending"))
GENITIVE = tuple(function_words("genitive_ending"))
GENITIVE_ONLY = frozenset({"gent"})
# actions that hold a person: their participle names the person held ("задержанный"), and a lab or group that
# person set up counts (set_up cues)
HELD = frozenset({"detained", "arrested"})
THING_WINDOW = 8  # tokens a dismantle cue may stand from a lab, group or channel named in the singular
RANK_REACH = 5  # tokens from "это второй" to the thing it ranks ("это уже второй случай выявления крупной лаборатории")


def singular_mentions(sent: Sentence, found: list[Figure]) -> list[Figure]:
    """Figures of one (or a couple of) person(s), lab, group or online resource named without a number."""
    cues = sent.cues
    for f in found:
        if f.kind == "people" and f.unacted:
            _join_unacted(sent, f)
    acts = cues.has("action")
    things = cues.has("dismantle") or cues.has("online_action") or acts and cues.has("set_up")
    owners = cues.has("seize") and [k for k, t in enumerate(sent.tokens) if t.lemma in function_words("possessor")]
    if not (acts or things or owners):
        return _unacted_pair(sent, found)  # nothing done to anyone or anything here, yet
    taken = {i for f in found for i in range(f.start, f.end)}
    out = _people(sent, found, taken) if acts else []
    if owners:
        out += _possessors(sent, found, owners, taken | {i for f in out for i in range(f.start, f.end)})
    if things:
        out += _things(sent, found, taken)
    return out


# --- people -------------------------------------------------------------------------------------------------

def _people(sent: Sentence, found: list[Figure], taken: set[int]) -> list[Figure]:
    if any(f.kind == "people" for f in found):
        # the sentence counts its people with a number; a person acted on in a clause of its own is one more
        # ("Организатор получил 17 лет, четверо закладчиков — от 10 до 12 лет")
        joined = _joined(sent, found)
        return joined + _own_clause_people(sent, found, taken | {i for f in joined for i in range(f.start, f.end)})
    actions = sent.cues.of("action")
    if not actions:
        return []
    strongest = max(actions, key=lambda m: ACTION_STRENGTH[m.value]).value
    out: list[Figure] = []
    used: set[int] = set(taken)
    for m in actions:
        # "Күдіктіге қатысты тергеп-тексеру басталды", "возбуждено уголовное дело": a case opened against one person
        # named is no fact and no later stage of one (GUIDE: singular cases)
        got = None if opens_a_case(sent, m) else _acted_on(sent, m.start, m.end)
        if got is None:
            continue
        first, last, head, value = got
        if head in used:
            same = next((f for f in out if f.start <= head < f.end), None)
            if same is not None and ACTION_STRENGTH[m.value] > ACTION_STRENGTH[same.action]:
                same.action = m.value  # "задержан мужчина, которому суд вынес приговор": the later stage
            continue
        used.update(range(first, last + 1))
        out.append(_person_acted_on(sent, m, got, "arrested" if strongest == "arrested" else m.value))
    return out


def _person_acted_on(sent: Sentence, m: Hit, got: tuple[int, int, int, int], action: str) -> Figure:
    """The figure of the person (or couple) `got` that the action `m` acts on, quoted with its verb."""
    first, last, head, value = got
    lo, hi = min(first, m.start), max(last, m.end - 1)
    fig = Figure("people", sent, lo, hi + 1, *quote_span(sent, lo, hi), value=float(value), count=float(value),
                 head=sent.tokens[head].lemma, action=action, how="singular_person")
    _mark_identity(sent, fig, first, head)
    return fig


def _own_clause_people(sent: Sentence, found: list[Figure], taken: set[int]) -> list[Figure]:
    """A person named in the singular and acted on in a clause (between commas) that counts no people: in a
    sentence that counts people in another clause, one more person with its own action."""
    stops = [k for k, t in enumerate(sent.tokens) if t.text in {",", ";", ":"}]
    counted = [f for f in found if f.kind == "people"]
    out: list[Figure] = []
    for m in sent.cues.of("action"):
        lo = max((k for k in stops if k < m.start), default=-1)
        hi = min((k for k in stops if k >= m.end), default=len(sent.tokens))
        if any(lo < f.start < hi for f in counted):
            continue
        got = _acted_on(sent, m.start, m.end)
        if got is None:
            continue
        first, last, head, value = got
        if first <= lo <= last:  # the person's phrase takes an appositive in ("Её лидер, 41-летний житель, арестован")
            lo = max((k for k in stops if k < first), default=-1)
        if head in taken or not lo < first <= last < hi or any(f.start <= head < f.end for f in found) \
                or any(t.kind == "num" or t.lemma in numbers() for t in sent.tokens[lo + 1:head]):
            continue  # "соның ішінде 28 шетелдік азамат ...": a person counted in its clause, not one
        if first == head and (sent.tokens[head].lemma in function_words("person_pronoun")
                              or sent.tokens[head].norm in function_words("kazakh_person_pronoun")):
            continue  # "бір тұрғынның шатырынан ... тәркіленді, ол қолға түсті": the one counted, named again
        taken = taken | set(range(first, last + 1))
        out.append(_person_acted_on(sent, m, got, m.value))
    return out


def _joined(sent: Sentence, found: list[Figure]) -> list[Figure]:
    """A person named in the singular after "и" right after people counted with a number ("задержаны три
    закладчика и оператор", "двух курьеров и их куратора", "двое жителей Шымкента и гражданин соседней
    страны"), or right before them ("задержаны её лидер и 4 участника"): one more, with what was done to the
    counted ones."""
    out: list[Figure] = []
    toks = sent.tokens
    for f in found:
        if f.kind != "people" or f.action is None or f.unacted:
            continue
        j = f.end
        while j < len(toks) and j - f.end < 3 and toks[j].kind == "word" and (
                toks[j].case == "gent" and toks[j].pos in {"NOUN", "ADJF"} or toks[j].text[:1].isupper()):
            j += 1  # "двое жителей Шымкента и ...", a place pymorphy does not know ("жителей Кордая")
        before = hedge_start(sent, f.start) - 1
        while before > 0 and (sent.tokens[before].norm in single_words("possessive")
                              or sent.tokens[before].norm in function_words("kazakh_possessive")):
            before -= 1  # "лидер группы и его 4 сообщника", "топ жетекшісі мен оның 4 сыбайласы": theirs
        if sent.kazakh:
            found_here = [_kazakh_joined(sent, f.end), _kazakh_person_before_and(sent, before)]
        else:
            after = _person_right(sent, j + 1, {"nomn", "accs", "gent"}) \
                if sent.lemma_at(j) in function_words("and") else None
            found_here = [_person_before_and(sent, before), after]
        for got in found_here:
            if got is None or any(g.start <= got[2] < g.end for g in out):
                continue
            first, last, head, value = got
            # one named before them with its own verb ("задержан курьер, трое сообщников арестованы") is its own
            own = [h for h in sent.cues.of("action") if h.end <= first] if first < f.start else []
            action = own[-1].value if own else f.action
            fig = Figure("people", sent, first, last + 1, *quote_span(sent, first, last), value=float(value),
                         count=float(value), head=sent.tokens[head].lemma, action=action, how="singular_person")
            _mark_identity(sent, fig, first, head)
            out.append(fig)
    return out


def _join_unacted(sent: Sentence, f: Figure) -> None:
    """People counted with nothing done to them yet and one more named after "и" / "мен" ("екі шетел азаматы мен
    Астана қаласының тұрғыны ... айналысқан"): one group of that many, whom a later sentence may act on
    ("Күдіктілер ұсталып, қамауға алынды": all three), as two people named so are ("водитель и пассажир")."""
    if sent.kazakh:
        got = _kazakh_joined(sent, f.end)
    else:
        got = _person_right(sent, f.end + 1, {"nomn"}) if sent.lemma_at(f.end) in function_words("and") else None
    if got is None or got[3] != 1:
        return
    last = got[1]
    f.value = f.count = f.value + 1
    f.end = last + 1
    f.quote_end = quote_span(sent, f.start, last)[1]


def _kazakh_joined(sent: Sentence, j: int) -> tuple[int, int, int, int] | None:
    """A Kazakh person in the singular after "мен" / "және" right after people counted ("екі шетел азаматы мен
    Астана қаласының тұрғыны"): places and genitives may stand before the noun."""
    toks = sent.tokens
    if j >= len(toks) or toks[j].norm not in function_words("coordination"):
        return None
    for k in range(j + 1, min(j + 1 + KAZAKH_WINDOW, len(toks))):
        head = head_entry(toks[k])
        if head is not None and head.kind == "people":
            return None if plural_ending(toks[k].norm) or toks[k - 1].kind == "num" else (j + 1, k, k, 1)
        if toks[k].kind != "word" or not _adverbial(sent, k):
            return None
    return None


def _kazakh_person_before_and(sent: Sentence, j: int) -> tuple[int, int, int, int] | None:
    """A Kazakh person in the singular right before "мен" / "және" at token j, before people counted ("топ
    жетекшісі мен оның 4 сыбайласы"): (it, it, it, 1)."""
    if j < 1 or sent.tokens[j].norm not in function_words("coordination"):
        return None
    k = j - 1
    head = head_entry(sent.tokens[k]) if sent.tokens[k].kind == "word" else None
    if head is None or head.kind != "people" or plural_ending(sent.tokens[k].norm) \
            or k > 0 and (sent.tokens[k - 1].kind == "num" or sent.tokens[k - 1].lemma in numbers()):
        return None
    return k, k, k, 1


def _person_before_and(sent: Sentence, j: int) -> tuple[int, int, int, int] | None:
    """A singular person right before "и" or a comma at token j ("задержаны её лидер и 4 участника", "задержаны
    фасовщик, два оператора и курьер"): (first, last, head, 1); possessives and adjectives before the noun are
    its own."""
    if j < 1 or sent.lemma_at(j) not in function_words("and") and sent.text_at(j) != ",":
        return None
    k = last = j - 1
    if k >= 1 and not _is_person(sent, k) and sent.tokens[k].case == "gent" and sent.tokens[k].pos == "NOUN" \
            and not any(m.start <= k < m.end for m in sent.cues.of("place")):
        k -= 1  # "задержаны организатор группы и четверо её участников": the person before his genitive
    if not _is_person(sent, k) or sent.tokens[k].number == "plur" \
            or any(m.start <= k < m.end for m in sent.cues.of("place")):
        return None  # "двое жителей Шымкента и один житель области": the city is whose people they are
    first = k
    while first > 0 and (sent.tokens[first - 1].norm in single_words("possessive")
                         or sent.tokens[first - 1].pos in {"ADJF", "PRTF"}) and k - first < 3:
        first -= 1
    if first > 0 and (sent.tokens[first - 1].kind == "num" or sent.tokens[first - 1].pos == "NUMR"):
        return None  # "два оператора и 3 фасовщика": counted with a number of its own, not one person
    return first, last, k, 1


def _unacted_pair(sent: Sentence, found: list[Figure]) -> list[Figure]:
    """Two people named with nothing done to them ("в салоне находились водитель и пассажир", "поведение мужчины
    и женщины"): a figure of 2 marked `unacted`, a fact only if the article then calls them detained
    (etl.extract.act_on_later)."""
    if any(f.kind == "people" for f in found) or sent.kazakh:
        return []
    toks = sent.tokens
    for k in range(len(toks) - 2):
        both = toks[k].number == "sing" == toks[k + 2].number and toks[k].case == toks[k + 2].case \
            or k > 0 and toks[k - 1].pos in {"NOUN", "PREP"} \
            and all(singular_in(toks[j].norm, GENITIVE_ONLY) for j in (k, k + 2))  # "поведение мужчины и женщины"
        if toks[k + 1].lemma in function_words("and") and both and _is_person(sent, k) and _is_person(sent, k + 2):
            fig = Figure("people", sent, k, k + 3, *quote_span(sent, k, k + 2), value=2.0, count=2.0,
                         head=toks[k].lemma, how="singular_person")
            fig.unacted = True
            return [fig]
    return []


def _possessors(sent: Sentence, found: list[Figure], owners: list[int], taken: set[int]) -> list[Figure]:
    """The person drugs were found on: "у 37-летнего жителя Уральска обнаружены 46 пакетиков", in a sentence
    that says something was seized. The action is the sentence's, else the paragraph's (etl.extract): a
    possessor with no detention told beside it is not a fact."""
    if any(f.kind == "people" for f in found):
        return []
    actions = [m for m in people_actions(sent, [f.start for f in found if f.kind == "money"])
               if not opens_a_case(sent, m)]
    strongest = max(actions, key=lambda m: ACTION_STRENGTH[m.value]).value if actions else None
    out: list[Figure] = []
    for k in owners:
        if k in taken:
            continue
        got = _person_right(sent, k + 1, {"gent"})
        if got is None or got[2] in taken or any(m.start <= got[2] < m.end for m in sent.cues.of("anaphor")):
            continue
        _, last, head, value = got
        taken = taken | set(range(k, last + 1))
        fig = Figure("people", sent, k, last + 1, *quote_span(sent, k, last), value=float(value), count=float(value),
                     head=sent.tokens[head].lemma, action=strongest, how="possessor")
        _mark_identity(sent, fig, k + 1, head)
        out.append(fig)
    return out


def opens_a_case(sent: Sentence, m: Hit) -> bool:
    """An action cue that opens a case ("возбуждено уголовное дело"): done to a case, not to the person drugs
    were found on (GUIDE.md: a case opened is no fact)."""
    return sent.tokens[m.start].lemma in function_words("case_opening")


def people_actions(sent: Sentence, sums: list[int]) -> list[Hit]:
    """The action cues of a sentence that may act on people: not an arrest of money or property right before
    it ("Арестовано 70 млн тенге", "арестовано имущество"), the sum's legal stage; `sums`, where sums start."""
    return [m for m in sent.cues.of("action") if not any(0 <= k - m.end <= 2 for k in sums)
            and not _on_property(sent, m.end)]


OBJECT_REACH = 8  # tokens from a verb to its object, places between ("задержали на границе с Казахстаном автомобиль")


def _on_property(sent: Sentence, k: int) -> bool:
    """Whether the verb ending at token k acts on property: its first noun after it outside a prepositional phrase
    is a vehicle, a flat, property ("задержали на трассе автомобиль", "арестовано имущество")."""
    toks = sent.tokens
    in_phrase = False
    for j in range(k, min(k + OBJECT_REACH, len(toks))):
        tok = toks[j]
        if tok.text in STOPS:
            return False
        if tok.pos == "PREP":
            in_phrase = True
        elif tok.pos == "NOUN" or sent.cues.covering("place", j):
            if not in_phrase:
                return tok.lemma in function_words("property") or tok.lemma in function_words("held_thing")
            in_phrase = tok.pos != "NOUN" and not sent.cues.covering("place", j)
    return False


def _acted_on(sent: Sentence, a: int, b: int) -> tuple[int, int, int, int] | None:
    """(first token, last token, head token, count) of the person an action at tokens [a, b) acts on."""
    tok = sent.tokens[a]
    inside = next((k for k in range(a + 1, b - 1) if sent.tokens[k].lemma in function_words("person_pronoun")
                   and sent.tokens[k].number == "sing"), None)
    if inside is not None:
        return inside, inside, inside, 1  # "санкционировал его арест": the one whose arrest the cue names
    antecedent = _relative_object(sent, a)
    if antecedent is not None:
        return antecedent, antecedent, antecedent, 1
    if tok.pos in {"VERB", "INFN", "GRND"}:
        if tok.lemma in single_words("auxiliary"):
            return None
        if tok.lemma in single_words("term_verb"):  # "Организатор получил 17 лет": its subject was sentenced
            return _person_left(sent, a, tok.number)
        if tok.lemma in function_words("subject_held"):  # "Наркокурьер попался на посту"; not "попался на взятке"
            if any(sent.cues.at(c, k) for c in ("not_fact", "other_crime") for k in range(b, b + 3)):
                return None
            return _person_left(sent, a, tok.number)
        # "вынес приговор наркокурьеру", "предъявили обвинение жителю": a verb and its noun, the person in the dative
        cases = {"accs", "gent", "datv"} if b - a > 1 and sent.tokens[b - 1].pos == "NOUN" else {"accs", "gent"}
        return _person_right(sent, b, cases) or _object_before(sent, a)
    if tok.pos == "PRTS":
        if b - a > 1 and sent.tokens[b - 1].pos == "NOUN":  # "вынесен приговор жительнице": the person in the dative
            got = _person_right(sent, b, {"datv"})
            if got is not None:
                return got
        return _person_right(sent, b, {"nomn"}) or _person_left(sent, a, tok.number) \
            or _pair_before(sent, a, tok.number)
    if tok.pos == "NOUN":
        during = a > 0 and sent.lemma_at(a - 1) in function_words("during")
        # "арест подозреваемого", "приговор наркокурьеру"
        return _person_right(sent, b, {"gent", "datv"}) or (_person_right(sent, b, {"nomn"}) if during else None)
    if tok.pos == "PRTF" and b == a + 1 and tok.number == "sing" and _substantive(sent, a) \
            and sent.cues.at("action", a).value in HELD and not any(m.end == a for m in sent.cues.of("another")):
        return a, a, a, 1  # "Задержанный уже был судим", "у задержанной изъяли": the word is the person (not
                           # "осуждённый", a prisoner as often as one sentenced; not "Третий задержанный", one
                           # of those counted)
    if tok.pos == "" and tok.kind == "word":
        # a word without an analysis: Kazakh, which puts the verb last; a participle before its person is what was
        # done to that person ("Ұсталған күдіктінің пәтерінен ... табылды": the suspect held)
        if sent.kazakh and b < len(sent.tokens) and held_participle(sent, b):
            head = head_entry(sent.tokens[b]) if sent.tokens[b].kind == "word" else None
            if head is not None and head.kind == "people" and not plural_ending(sent.tokens[b].norm):
                return b, b, b, 1
        return _person_before(sent, a) or _kazakh_subject(sent, a)
    return None


RELATIVE_REACH = 7  # words from ", которому" to the action of its clause ("которому в феврале 2026 года суд вынес")


def held_participle(sent: Sentence, end: int) -> bool:
    """Whether a Kazakh action ending before token `end` is a participle ("ұсталған", "қамауға алынған"), which
    names the person after it by what was done to them."""
    return sent.tokens[end - 1].norm.endswith(tuple(function_words("kazakh_participle")))


def _relative_object(sent: Sentence, a: int) -> int | None:
    """The person a relative pronoun in an oblique case stands for, the action at token a being its clause's
    ("задержан мужчина, которому суд вынес приговор", "мужчину, которого позже арестовали"): the singular
    person right before the comma that opens the clause."""
    toks = sent.tokens
    for k in range(a - 1, max(a - RELATIVE_REACH - 1, 0), -1):
        if toks[k].text in STOPS:
            return None
        if toks[k].lemma in function_words("relative") and toks[k].case in {"accs", "datv", "gent"} \
                and toks[k].number == "sing" and k >= 2 and toks[k - 1].text == ",":
            return k - 2 if _is_person(sent, k - 2) and toks[k - 2].number == "sing" else None
    return None


OF_WHAT = 2  # words or places a person put before its verb may be "of" ("Жителя села Бесжылдык задержали")


def _object_before(sent: Sentence, a: int) -> tuple[int, int, int, int] | None:
    """The object of a verb put first ("Наркокурьера задержали сотрудники полиции"): a singular person in the
    accusative right before the verb, or before what it is of ("Жителя Аркалыка задержали", "Жительницу села
    задержали"), not after a preposition ("у жителя задержали")."""
    k = a - 1
    if k > 0 and sent.text_at(k) == ",":
        k -= 1  # "Хозяина дома, 52-летнего безработного, задержали": the person its apposition names
        k = _before_participle(sent, k)  # "Мужчину, хранившего дома героин, задержали": the person it is of
    for _ in range(OF_WHAT):
        place = next((h for h in sent.cues.of("place") if h.end == k + 1), None)
        if place is not None:
            k = place.start - 1
            k -= sent.lemma_at(k) in function_words("of")  # "Студентку из Караганды задержали"
        elif k > 0 and sent.tokens[k].pos == "NOUN" and sent.tokens[k].case == "gent" and not _is_person(sent, k):
            k -= 1
        else:
            break
    if k < 0 or (sent.tokens[k].pos not in {"NOUN", "NPRO"} and head_entry(sent.tokens[k]) is None) \
            or not _is_person(sent, k) \
            or sent.tokens[k].number == "plur" or sent.tokens[k].case not in {"accs", "gent"}:
        return None
    first = k
    while first > 0 and (sent.tokens[first - 1].pos in {"ADJF", "PRTF"} or _age(sent, first - 1)) and k - first < 2:
        first -= 1  # "75-летнего пенсионера задержали"
    if first > 0 and sent.tokens[first - 1].pos == "PREP":
        return None
    return first, k, k, 1


PARTICIPLE_CLAUSE = 12  # words of a participle clause between commas ("Мужчину, хранившего дома героин, ...")


def _before_participle(sent: Sentence, k: int) -> int:
    """The token before a participle clause that ends at token k ("Мужчину, хранившего дома полкило героина,"
    → "Мужчину"), or k when none does: a comma, then a singular participle in the accusative or genitive; or
    before a birth year between commas ("Жителя Балхаша, 1990 года рождения,")."""
    for c in range(k, max(k - PARTICIPLE_CLAUSE, 0), -1):
        if sent.text_at(c) != ",":
            continue
        first = sent.tokens[c + 1]
        if first.pos == "PRTF" and first.number == "sing" and first.case in {"accs", "gent"}:
            return c - 1
        if sent.lemma_at(k) in function_words("born"):
            return c - 1  # "Жителя Балхаша, 1990 года рождения, задержали": a birth year between commas
        return k
    return k


PAIR_PARTICIPLE = 4  # tokens of a participle and its object before the second person of a pair


def _pair_before(sent: Sentence, a: int, number: str) -> tuple[int, int, int, int] | None:
    """Two singular people joined by "и" before a plural participle ("Водитель автомобиля и его пассажир
    задержаны"): (first, last, head, 2)."""
    if number != "plur":
        return None
    toks = sent.tokens
    k = a - 1
    while k > 2 and (sent.cues.covering("place", k) or toks[k].case == "gent" and toks[k].pos in {"NOUN", "ADJF"}) \
            and a - k < 3:
        k -= 1  # "... житель Шымкента задержаны": what the second person is of
    if k < 2 or not _is_person(sent, k) or toks[k].number == "plur" or toks[k].case not in {"nomn", ""}:
        return None
    j = k - 1
    while j > 0 and toks[j].norm in single_words("possessive") and k - j < 2:
        j -= 1
    # "... и встречавший груз житель Шымкента": a participle and its object before the second person
    lead = next((p for p in range(j, max(j - PAIR_PARTICIPLE, 0), -1) if toks[p].pos == "PRTF"
                 and toks[p].case == "nomn" and toks[p].number == "sing"), None)
    if lead is not None and toks[lead - 1].lemma in function_words("and"):
        j = lead - 1
    if toks[j].lemma not in function_words("and"):
        return None
    m = j - 1
    if toks[m].text == "," and m > 1:  # "Водитель, гражданин соседней страны, и ...": an aside after the first
        opening = next((c for c in range(m - 1, max(m - ASIDE_WORDS, 0), -1) if toks[c].text == ","), None)
        if opening is not None:
            m = opening - 1
    while m > 0 and toks[m].case == "gent" and toks[m].pos in {"NOUN", "ADJF"} and j - m < 3:
        m -= 1  # "водитель автомобиля"
    if not _is_person(sent, m) or toks[m].number == "plur" or toks[m].case not in {"nomn", ""}:
        return None
    return m, k, m, 2


SUBJECT_REACH = 10  # tokens a Kazakh subject may stand before its verb, a participle's clause between


@cache
def _kazakh_nominatives() -> frozenset[str]:
    """The nominative forms of the Kazakh people heads (heads.csv forms with a trailing *): the bare stem, or the
    stem with the possessive of the nominative ("тұрғыны"); and the whole words known to be nominatives."""
    stems = [form[:-1] for form, head in heads() if head.kind == "people" and form.endswith("*")]
    return frozenset(stems + [stem + end for stem in stems for end in function_words("kazakh_nominative_possessive")]
                     + list(function_words("kazakh_nominative_word")))


def _kazakh_subject(sent: Sentence, a: int) -> tuple[int, int, int, int] | None:
    """A Kazakh person in the nominative, the subject of the verb at token a, with a participle's clause between
    them ("19 жастағы жігіт «закладка» жасап жүрген жерінен ұсталды"): the nearest people head before the verb in
    its clause, with no number, no other person and no punctuation but quotes between."""
    toks, nominatives = sent.tokens, _kazakh_nominatives()
    for k in range(a - 1, max(a - SUBJECT_REACH, -1), -1):
        tok = toks[k]
        if tok.kind == "num" or tok.text in STOPS:
            return None
        head = head_entry(tok) if tok.kind == "word" else None
        if head is None or head.kind != "people":
            continue
        nominative = tok.norm in nominatives
        before = toks[k - 1] if k > 0 else None
        crowd = {sent.lemma_at(k - 1), sent.lemma_at(k - 2)} & function_words("crowd")  # "бір топ жас жігіт"
        if not nominative or plural_ending(tok.norm) or crowd or before is not None and (
                before.kind == "num" or before.lemma in numbers()):
            return None
        first = _kazakh_pair(sent, k)
        return (k, k, k, 1) if first is None else (first, k, k, 2)
    return None


def _person_before(sent: Sentence, a: int) -> tuple[int, int, int, int] | None:
    """A person named before the verb, as Kazakh orders them ("күдікті ұсталды", "тұрғынын ұстады"): a people
    head within two words before token a, or further with only adverbials of place and time between ("курьер
    автожолдардың бірінде ұсталды", "тасымалдаушыны тас жолында ұстады"), with no number before it (a number
    is the count grammar's), as one person."""
    toks = sent.tokens
    back, k = [], a - 1
    while k >= 0 and len(back) < KAZAKH_WINDOW:
        if toks[k].text == ")":  # "өз пәтерінде (Жақсығұлов көшесі) ұсталды": an aside in brackets is skipped
            while k >= 0 and toks[k].text != "(":
                k -= 1
            k -= 1
            continue
        if k == a - 1 and toks[k].text == "," and k >= 1 and _is_person(sent, k - 1) \
                and any(t.text == "," for t in toks[:k - 1]):
            k -= 1  # "Зертхана иесі, Қарағанды қаласының тұрғыны, ұсталды": an apposition closed before the verb
            continue
        back.append(k)
        k -= 1
    for k in back:
        tok = toks[k]
        if tok.kind != "word":
            if tok.text in QUOTES and a - k > 2:
                continue  # "«Астана-Қарағанды» тас жолында"
            if tok.kind == "num" and _term_word_at(sent, k + 1):
                continue  # a prison term: "жігіт 8 жылға бас бостандығынан айырылды", "2 айға қамауға алды"
            if tok.kind == "num" and any(_instrumental(sent, j) for j in range(k + 1, min(k + 4, a))):
                continue  # what they were caught with: "тұрғын 2 келі гашишпен ұсталды"
            return None
        if tok.lemma in numbers() and k + 1 < a and _term_word_at(sent, k + 1):
            continue  # a term in words: "Сот оны екі айға қамауға алды"
        couple = _couple(sent, k)
        if couple:
            return k, k, k, couple  # "ерлі-зайыптылар ұсталды": a married couple, two
        head = head_entry(tok)
        if tok.norm in function_words("kazakh_person_pronoun"):
            head = ANIMATE  # "Сот оны 7 жылға ... жазасына кесті": him, named before
        term = _term_word_at(sent, k) and k > 0 and (toks[k - 1].kind == "num" or toks[k - 1].lemma in numbers())
        if (head is None or head.kind != "people") and a - k >= 2 and not _adverbial(sent, k) and not term:
            return None
        if head is not None and head.kind == "people":
            before = toks[k - 1] if k > 0 else None
            if before is not None and (before.kind == "num" or before.lemma in numbers()):
                return None
            crowd = {sent.lemma_at(k - 1), sent.lemma_at(k - 2)} & function_words("crowd") \
                and not tok.norm.endswith(tuple(function_words("possessed_ending")))  # not "топ жетекшісі"
            if plural_ending(tok.norm) or crowd:
                return None  # "күдіктілер ұсталды", "бір топ жас жігіт ұсталды": how many is not said
            first = _kazakh_pair(sent, k)
            if first is not None:
                return first, k, k, 2  # "жүргізуші мен жолаушы ұсталды", "жігіт пен оның досы": two
            return k, k, k, 1
    return None


def _kazakh_pair(sent: Sentence, k: int) -> int | None:
    """The first of two Kazakh persons joined before the person at token k ("жүргізуші мен жолаушы", "жігіт пен
    оның досы", "23 жастағы жігіт пен 20 жастағы қыз"), as its token, or None: one person, not counted by a
    number, its age and "оның" (his) between the join and the second skipped."""
    toks = sent.tokens
    j = k - 1 if k >= 1 and toks[k - 1].norm in function_words("kazakh_possessive") else k
    if j >= 2 and _age(sent, j - 2) and toks[j - 1].norm.startswith(tuple(function_words("age_stem"))):
        j -= 2  # "... пен 20 жастағы қыз"
    if j >= 2 and toks[j - 1].norm in function_words("coordination") \
            and (other := head_entry(toks[j - 2])) is not None and other.kind == "people" \
            and not plural_ending(toks[j - 2].norm) and toks[j - 3 if j >= 3 else 0].kind != "num":
        return j - 2
    return None


def _term_word_at(sent: Sentence, k: int) -> bool:
    """A Kazakh word of a term of years or months at token k ("жылға", "айға")."""
    return sent.lemma_at(k) in single_words("year_word") \
        or sent.text_at(k).lower().startswith(tuple(function_words("term_word")))


def _adverbial(sent: Sentence, k: int) -> bool:
    """A Kazakh word that may stand between a person and the verb: in the locative ("жолында", "кезінде"), the
    genitive ("автожолдардың"), a place's name, a name in quotes, or the word a locative or an instrumental goes
    with ("тас жолында", "сот үкімімен")."""
    word = sent.tokens[k].norm
    if word.endswith(LOCATIVE) or word.endswith(GENITIVE) or sent.cues.covering("place", k) or _instrumental(sent, k):
        return True
    if any(_instrumental(sent, j) for j in range(k + 1, min(k + 3, len(sent.tokens)))) \
            and (sent.cues.covering("unit", k) or sent.cues.covering("substance", k)):
        return True  # "2 келі гашишпен": the unit before what they were caught with
    if k + 1 < len(sent.tokens) and sent.tokens[k + 1].text in QUOTES and sent.tokens[k].text[:1].isupper():
        return True  # "«Астана-Қарағанды» тас жолында"
    between = function_words("kazakh_during") | function_words("kazakh_reason")
    if word in function_words("kazakh_reason") or any(t.norm in between for t in sent.tokens[k + 1:k + 3]):
        return True  # "есірткі дайындау кезінде": what was being done when; "есірткі сатқаны үшін": what for
    nxt = sent.tokens[k + 1].norm if k + 1 < len(sent.tokens) else ""
    # the word a locative or an instrumental goes with ("тас жолында", "сот үкімімен": by the court's verdict)
    return k + 1 < len(sent.tokens) and sent.tokens[k + 1].kind == "word" \
        and (nxt.endswith(LOCATIVE) or _instrumental(sent, k + 1))


def _instrumental(sent: Sentence, k: int) -> bool:
    """A Kazakh word in the instrumental ("гашишпен", "героинмен"): what a person was caught with."""
    tok = sent.tokens[k]
    return tok.kind == "word" and len(tok.norm) > 4 and tok.norm.endswith(INSTRUMENTAL)


def _is_person(sent: Sentence, k: int) -> bool:
    tok = sent.tokens[k]
    if tok.kind != "word" or sent.cues.covering("not_person", k):
        return False
    if tok.pos == "NPRO":
        return _pronoun(sent, k)
    head = head_entry(tok)
    if head is not None:
        return head.kind == "people" and needs_met(sent, head, k)
    return tok.pos == "NOUN" and tok.anim == "anim"


def _pronoun(sent: Sentence, k: int) -> bool:
    """A personal pronoun standing for one person ("задержали его", "Он был задержан"), not a possessive
    before a noun ("его сожительницу")."""
    tok, toks = sent.tokens[k], sent.tokens
    if tok.lemma not in function_words("person_pronoun") or tok.number != "sing":
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or nxt.pos not in {"NOUN", "ADJF", "PRTF", "NUMR"} and nxt.kind != "num"


def _couple(sent: Sentence, k: int) -> int | None:
    hit = next((m for m in sent.cues.of("couple") if m.start == k), None)
    return int(hit.value) if hit else None


def _person_right(sent: Sentence, i: int, cases: set[str]) -> tuple[int, int, int, int] | None:
    """A singular person (or a couple) starting within a few words after token i, in one of the cases."""
    k, skipped = i, 0
    toks = sent.tokens
    while k < len(toks) and skipped <= WINDOW:
        tok = toks[k]
        couple = _couple(sent, k)
        if couple:
            return i, k, k, couple
        if _is_person(sent, k):
            if (tok.number == "plur" or tok.case and tok.case not in cases) \
                    and not singular_in(tok.norm, frozenset(cases)):
                return None  # "женщины" after "у" is read as the genitive singular it can be
            last, count = _coordinated(sent, k, cases)
            return i, last, k, count
        # a comma between modifiers ("у 43-летнего, ранее судимого, жителя") is part of the phrase
        aside = tok.text == "," and k > i and (_age(sent, k - 1) is not None or toks[k - 1].pos in {"ADJF", "PRTF"})
        where = _where_between(sent, k) or _term_between(sent, k)
        if where:  # "задержали в Жанаозене мужчину", "задержали на вокзале студента": where, then whom
            k += where
            skipped += 1
            continue
        if not _skippable(tok) and _age(sent, k) is None and not aside:
            return None
        skipped += tok.kind == "word"
        k += 1
    return None


def _where_between(sent: Sentence, k: int) -> int:
    """The length of a place phrase at token k between a verb and its object ("в Жанаозене", "на вокзале", "в
    Шымкенте на рынке" is read as two): "в"/"на" and up to two words in the locative or of a place's name; 0 if
    none."""
    toks = sent.tokens
    if toks[k].lemma not in function_words("in") and toks[k].lemma not in function_words("on"):
        return 0
    n = 0
    while k + 1 + n < len(toks) and n < 2 and (sent.cues.covering("place", k + 1 + n) or (
            toks[k + 1 + n].case == "loct" and toks[k + 1 + n].pos in {"NOUN", "ADJF"})):
        n += 1
    return n + 1 if n else 0


def _term_between(sent: Sentence, k: int) -> int:
    """The length of a term at token k between a verb and its object ("арестовал на два месяца курьера", "на 2
    месяца"): "на", a number, a word of duration; 0 if none."""
    toks = sent.tokens
    if k + 2 >= len(toks) or toks[k].lemma not in function_words("on"):
        return 0
    number = toks[k + 1].kind == "num" or toks[k + 1].lemma in numbers()
    return 3 if number and toks[k + 2].lemma in function_words("duration_word") else 0


def _coordinated(sent: Sentence, k: int, cases: set[str]) -> tuple[int, int]:
    """The last token and the number of people of "мужчина и (его) женщина" starting at head k."""
    toks = sent.tokens
    last, count = k, 1
    j = k + 1
    while j < len(toks) and toks[j].case == "gent" and toks[j].pos in {"NOUN", "ADJF"} and j - last <= 3:
        j += 1  # "студент колледжа и ..."
    while j + 1 < len(toks) and toks[j].lemma in function_words("and"):
        n = j + 1
        while n < len(toks) and (toks[n].norm in single_words("possessive") or _AGE.match(toks[n].text)) and n - j <= 3:
            n += 1
        while n + 1 < len(toks) and toks[n].pos in {"ADJF", "PRTF"} and toks[n + 1].pos in {"ADJF", "PRTF", "NOUN"}:
            n += 1
        if n < len(toks) and (toks[n].number != "plur" or singular_in(toks[n].norm, frozenset(cases))) \
                and (_is_person(sent, n) or _substantive(sent, n)):  # "у мужчины и женщины": genitive singular
            last, count, j = n, count + 1, n + 1
        else:
            break
    return last, count


def _substantive(sent: Sentence, n: int) -> bool:
    """An adjective standing for a person ("его 15-летняя знакомая"): nominal, with no noun after it."""
    toks = sent.tokens
    nxt = toks[n + 1] if n + 1 < len(toks) else None
    return toks[n].pos in {"ADJF", "PRTF"} and (nxt is None or nxt.pos not in {"NOUN", "ADJF", "PRTF"})


ASIDE_CLOSE = {",": ",", ")": "(", "—": "—", "–": "–"}  # the mark that closes an aside -> the one that opens it
ASIDE_WORDS = 12  # tokens of an aside between commas after a person ("Мужчина, у которого нашли 2 кг, задержан")


def _person_left(sent: Sentence, a: int, number: str) -> tuple[int, int, int, int] | None:
    """The subject of a passive participle, before it: "Подозреваемый взят под стражу", "Организатор
    нарколаборатории был задержан"; genitive words and auxiliaries between are skipped."""
    if number == "plur":
        return None
    toks = sent.tokens
    k = a - 1
    inserted = 0  # tokens of an aside between commas, skipped
    while k >= 0 and a - k - inserted <= WINDOW + 2:
        tok = toks[k]
        if _is_person(sent, k) and tok.case in {"nomn", ""} and tok.number != "plur":
            return k, a - 1, k, 1
        if tok.text in ASIDE_CLOSE and not inserted:  # "Водитель, житель Алматы, задержан", "Виновный
            # (получатель посылки) приговорен": an aside between commas or brackets
            mark = ASIDE_CLOSE[tok.text]
            opening = next((j for j in range(k - 1, max(k - ASIDE_WORDS, -1), -1) if toks[j].text == mark), None)
            if opening is not None and opening > 0:
                inserted = k - opening + 1
                k = opening - 1
                continue
        if tok.norm in function_words("coordination") and k > 0 and toks[k - 1].pos == "PRTS":
            k -= 2  # "Куратор установлен и задержан": another participle of the same subject
            continue
        if tok.norm in function_words("predicate_join") and not inserted:
            return _sentence_subject(sent, k)  # "Житель города заказал ... и был задержан"
        particle = tok.pos == "PRCL" and tok.lemma not in function_words("negation")  # "Куратор также задержан"
        # "Получатель посылки задержан": a noun after a person, read as its genitive though likelier a plural
        of_person = tok.pos == "NOUN" and k > 0 and _is_person(sent, k - 1) and singular_in(tok.norm, GENITIVE_ONLY)
        if tok.lemma in single_words("auxiliary") or tok.case in OBLIQUE or tok.pos in SKIPPABLE | {"PREP"} \
                or particle or of_person or tok.text in QUOTES or sent.cues.covering("place", k):
            k -= 1  # a place's name of any case: "Житель Темиртау задержан", "Студент из Актау осуждён"
            continue
        if k > 0 and (toks[k - 1].pos == "NUMR" or toks[k - 1].kind == "num") and tok.kind == "word":
            k -= 2  # "Лидер двух ОПГ взят под стражу": what the person leads, counted
            continue
        return None
    return None


def _sentence_subject(sent: Sentence, k: int) -> tuple[int, int, int, int] | None:
    """The subject of a participle joined at token k to a verb before it ("Житель Талдыкоргана заказал партию и
    был задержан", "Курьер пытался скрыться, но был задержан"): the sentence's first word, a singular person in
    the nominative, with a finite verb of its own (singular, of the past) between it and the join."""
    toks = sent.tokens
    first = next((j for j, t in enumerate(toks) if t.kind == "word" and t.pos not in SKIPPABLE), None)
    if first is None or first >= k or not _is_person(sent, first) or toks[first].case not in {"nomn", ""} \
            or toks[first].number != "sing":
        return None
    if not any(t.pos == "VERB" and t.number == "sing" and t.lemma not in single_words("auxiliary")
               for t in toks[first + 1:k]):
        return None
    return first, k - 1, first, 1


def aged_person(sent: Sentence) -> bool:
    """A person named with an age in a sentence ("во дворе дома 55-летнего жителя", "47 жастағы тұрғын"): one
    person's case."""
    toks = sent.tokens
    return any(toks[k].text[:1].isdigit() and _age(sent, k) and any(
        _is_person(sent, j) and toks[j].number != "plur" for j in range(k + 1, min(k + 4, len(toks))))
        for k in range(len(toks)))


def _age(sent: Sentence, k: int) -> str | None:
    """The age written at token k: "35-летний", or a number and an age word apart ("28 летний", "30-ти летний")."""
    tok = sent.tokens[k]
    m = _AGE.match(tok.text)
    if m:
        return m.group(1)
    if tok.kind == "num" and k + 1 < len(sent.tokens) \
            and sent.tokens[k + 1].norm.startswith(tuple(function_words("age_stem"))):
        return re.match(r"\d+", tok.text).group()
    return None


def _skippable(tok) -> bool:  # noqa: ANN001
    """Words between an action and its noun: adjectives, participles, adverbs, ages, quotes, "ещё", "его", "и"."""
    if tok.kind == "num":
        return bool(_AGE.match(tok.text))
    if tok.text in QUOTES:
        return True
    if tok.kind != "word":
        return False
    return tok.pos in SKIPPABLE or tok.lemma in single_words("another") or tok.norm in single_words("possessive") \
        or tok.norm in function_words("also") \
        or tok.lemma in single_words("auxiliary") or (tok.anim != "anim" and can_be_adjective(tok.norm))


def _mark_identity(sent: Sentence, fig: Figure, first: int, head: int) -> None:
    """The age written with a person, and whether "второй", "другой", "ещё" make it a further one."""
    for k in range(max(first - 2, 0), head + 1):
        age = _age(sent, k)
        if age:
            fig.identity = age
    fig.singular = True
    fig.another = any(max(first - 2, 0) <= m.start <= head for m in sent.cues.of("another")) \
        or sent.kazakh and sent.text_at(head + 1).lower() in function_words("also_after") \
        or _also_before(sent, first, head) or _companion(sent, first, head)


def _companion(sent: Sentence, first: int, head: int) -> bool:
    """A companion of someone named before, by a possessive ("его подельник", "её сожитель", "их сообщница"):
    another person than the one whose companion it is."""
    return sent.tokens[head].lemma in function_words("companion") and any(
        sent.tokens[k].norm in single_words("possessive") for k in range(max(first - 2, 0), head))


def _also_before(sent: Sentence, first: int, head: int) -> bool:
    """"и", "также", "тоже" right before a person acted on ("задержали и его сообщника", "задержан также
    водитель"): one more than those named before; not one between two actions ("задержан и водворён в ИВС
    мужчина")."""
    toks = sent.tokens
    for k in range(head - 1, first - 1, -1):
        if any(k < m.start < head for m in sent.cues.of("action")):
            return False
        if toks[k].norm in function_words("also"):
            return True
    return False


# --- labs, groups, online -----------------------------------------------------------------------------------

def _things(sent: Sentence, found: list[Figure], taken: set[int]) -> list[Figure]:
    out: list[Figure] = []
    set_up = sent.cues.has("set_up") and any(h.value in HELD for h in sent.cues.of("action"))
    if not sent.cues.has("dismantle") and not sent.cues.has("online_action") and not set_up:
        return out  # nothing done to any lab, group or channel here
    counted = {f.kind for f in found}
    for k, tok in enumerate(sent.tokens):
        if k in taken or tok.kind != "word":
            continue
        head = head_entry(tok)
        if head is None or head.kind not in THING_KINDS or head.kind in counted:
            continue
        if tok.number == "plur" or sent.kazakh and _kazakh_other(sent, k) or not needs_met(sent, head, k) \
                or tok.pos not in {"NOUN", "", "UNKN"}:
            continue
        if _plural_modifier(sent, k) or _with_plural(sent, k) or _plural_predicate(sent, k) \
                or sent.lemma_at(k - 1) in single_words("not_thing_before"):
            continue
        if sent.kazakh and any(sent.tokens[j].norm in function_words("reported") for j in range(max(k - 6, 0), k)):
            continue  # "деп жазады inbusiness.kz сайты": the outlet that reports, not a channel acted on
        kind = shop_kind(sent, k, tok.lemma, head.kind)
        if kind in counted:
            continue
        cue = "online_action" if kind == "online" else "dismantle"
        cued = [*sent.cues.of(cue), *(sent.cues.of("set_up") if set_up and kind != "online" else ())]
        # "избрана мера пресечения": a measure of restraint on people, not a thing stopped
        cued = [m for m in cued if sent.lemma_at(m.start - 1) not in function_words("restraint")]
        cued = [m for m in cued if not any(f.kind == "money" and 0 <= f.start - m.end <= 2 and all(
            t.pos != "NOUN" for t in sent.tokens[m.end:f.start]) for f in found)]
        # "На счетах участников наркосети заблокировано 2,3 млн долларов": the verb acts on the sum
        if not any(_thing_gap(sent, k, m.start) <= THING_WINDOW for m in cued):
            continue  # "ликвидирована лаборатория, передает наш сайт": the site is not what was acted on
        ranks = [m for m in sent.cues.of("another") if k - RANK_REACH <= m.start < k]
        if any(d.end <= m.start <= d.end + 1 for m in ranks for d in sent.cues.of("demonstrative")):
            continue  # "Это уже третья нарколаборатория ...", "это второй случай выявления лаборатории": the rank
                      # of the one told, not one more
        further = [m for m in ranks if m.start >= k - 3]
        fig = Figure(kind, sent, k, k + 1, *quote_span(sent, _np_start(sent, k), k), value=1.0, count=1.0,
                     head=tok.lemma, how="singular_thing")
        fig.singular = True
        fig.another = bool(further)
        counted.add(kind)
        out.append(fig)
    return out


def _thing_gap(sent: Sentence, k: int, cue: int) -> int:
    """Tokens between a thing named at k and its verb's cue, a clause about the thing between commas after it
    left out ("деятельность нарколаборатории, располагавшейся в селе ... района, пресечена")."""
    gap = abs(cue - k)
    toks = sent.tokens
    if cue > k + 1 and toks[k + 1].text == "," and k + 2 < cue \
            and (toks[k + 2].pos == "PRTF" or toks[k + 2].lemma in function_words("relative")):
        closing = next((j for j in range(k + 2, min(cue, k + 2 + ASIDE_WORDS)) if toks[j].text == ","), None)
        if closing is not None:
            gap -= closing - k
    return gap


def plural_ending(word: str) -> bool:
    """A Kazakh word with a plural ending after its stem ("зертханаларды", "күдіктілер")."""
    return any(ending in word[3:] for ending in function_words("plural_ending"))


def _kazakh_other(sent: Sentence, k: int) -> bool:
    """A Kazakh noun that is not one thing acted on: plural ("зертханаларды", "топтар"), in the locative
    ("интернет-дүкенде жұмыс істеген"), or followed by a part of it ("ҰҚТ 12 мүшесі", "топ жетекшісі")."""
    word = sent.tokens[k].norm
    if plural_ending(word) or word.endswith(tuple(function_words("locative_ending"))):
        return True
    toks = sent.tokens
    after = k + 1
    while after < len(toks) and after - k <= 3 and (toks[after].kind == "num" or toks[after].lemma in numbers()
                                                      or toks[after].text in QUOTES):
        after += 1  # "ҰҚТ 12 мүшесі", "интернет-дүкеннің екі «закладчигін»"
    if sent.cues.at("thing_part", after) is not None:
        return True
    # "интернет-дүкеннің екі закладчигін ұстады": the people of the shop named in the genitive were acted on
    head = head_entry(toks[after]) if after < len(toks) and word.endswith(GENITIVE) else None
    return head is not None and head.kind == "people"


def _plural_modifier(sent: Sentence, k: int) -> bool:
    """An adjective right before the noun in the plural ("подпольные ОПГ")."""
    j = k - 1
    while j >= 0 and sent.tokens[j].pos in {"ADJF", "PRTF"}:
        if sent.tokens[j].number == "plur":
            return True
        j -= 1
    return False


def _plural_predicate(sent: Sentence, k: int) -> bool:
    """Right after a plural passive participle ("Ликвидированы нарколаборатории"): the noun is its plural subject;
    after an active verb ("ликвидировали нарколабораторию") it is the object and keeps its own number."""
    j = k - 1
    while j >= 0 and sent.tokens[j].pos in {"ADJF", "PRTF"}:
        if sent.tokens[j].number == "sing":
            return False  # "ликвидированы крупная нарколаборатория и ...": a list of singular things
        j -= 1
    return j >= 0 and sent.tokens[j].pos == "PRTS" and sent.tokens[j].number == "plur"  # not "ликвидировали её"


def _with_plural(sent: Sentence, k: int) -> bool:
    """Joined by "и" to a plural noun ("нарколаборатории и притоны", "нарколабораторий и ОПГ"): a plural."""
    toks, joins = sent.tokens, function_words("and")
    after = k + 2 < len(toks) and toks[k + 1].lemma in joins and toks[k + 2].number == "plur"
    before = k >= 2 and toks[k - 1].lemma in joins and toks[k - 2].number == "plur" and toks[k - 2].pos == "NOUN"
    return after or before


def _np_start(sent: Sentence, k: int) -> int:
    j = k
    while j > 0 and (sent.tokens[j - 1].pos in {"ADJF", "PRTF"} or sent.tokens[j - 1].text in QUOTES):
        j -= 1
    return j

