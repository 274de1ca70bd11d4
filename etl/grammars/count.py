"""COUNT: a number and a head noun (people, labs, groups, online, crimes), and what was done to people."""

from __future__ import annotations

from etl.cues import Hit
from etl.grammars.base import (
    ACTION_STRENGTH,
    DASHES,
    QUOTES,
    STOPS,
    THING_KINDS,
    Figure,
    cue_before,
    hedge_start,
    in_parens,
    quote_span,
)
from etl.numbers import Number, is_number
from etl.text import Sentence, Token
from etl.vocab import Head, function_words, head_of, numbers, single_words

ANIMATE = Head("people", frozenset())
OF_THEM = "of_them"  # the head of "один из них": a count of people named by a pronoun
UNACTED_MOST = 10  # people named with nothing done to them are a handful in a car or a flat, not a population
OF_PEOPLE = "of_people"  # the head of "один из подозреваемых": a count of people among others named by a noun
LIST_MARKS = frozenset({",", ":", ";", "("}) | DASHES  # what stands before an item of a breakdown list
KAZAKH_LOCATIVE = tuple(function_words("locative_ending"))
GENITIVE = tuple(function_words("genitive_ending"))  # Kazakh "of": "11 адамның 8-і"
SHOP_STEMS = tuple(function_words("shop_stem"))  # "интернет-магазин", "наркошоп", "дүкен": a group, or a site blocked
CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–", "("})  # what ends a clause (as Sentence.clause_start reads it)
LIST_REACH = 16  # words from a subset cue to the last item of its list ("в том числе 13 ..., 3 ... и 6 ...")
KAZAKH_PART_WORDS = 7  # words from a Kazakh part to its crimes noun ("85-і ауыр және аса ауыр санаттағы қылмыстарға")


def _find_head(sent: Sentence, j: int) -> tuple[Head, int, str] | None:
    """The head noun after a number: skips up to three adjectives, participles, quotes, "их", "классифицированы как"."""
    skipped, k = 0, j
    while k < len(sent.tokens) and skipped <= 3:
        tok = sent.tokens[k]
        head = head_entry(tok)
        if head and tok.pos in {"ADJF", "PRTF"} and k + 1 < len(sent.tokens) and sent.tokens[k + 1].pos == "NOUN":
            head = None  # an adjective head before a noun is its modifier: "2 приезжих курьера"
        if head and head.kind == "people" and sent.cues.covering("not_person", k):
            return None  # "136 юридических лиц": legal entities, not people
        if head and (needs_met(sent, head, k) or sent.cues.at("demonstrative", k - 1)
                     or tok.lemma in function_words("generic_count") and _topic(sent, j)):
            return head, k, tok.lemma  # "33 таких цеха": the kind was named before, its qualifier too
        if head is None and tok.pos == "NOUN" and tok.anim == "anim" \
                and not sent.cues.covering("not_person", k):
            return ANIMATE, k, tok.lemma  # "49 подростков", "двое мужчин": any person noun
        if tok.kind == "num" and "-" in tok.text:  # "24-летних"
            pass
        elif tok.text in QUOTES or tok.lemma in function_words("head_filler"):
            k += 1
            continue  # a filler is no modifier: "2 аса ірі көлемде сақтау дерегі" still reaches its noun
        elif tok.pos in {"ADJF", "PRTF", "LATN"} or (tok.pos == "" and tok.kind == "word" and head is None):
            if sent.kazakh and tok.norm.endswith(KAZAKH_LOCATIVE):
                return None  # "үш айда ғана қазақстандық ...": "in three months", no modifier of a head
        elif tok.pos == "PRTS" and sent.lemma_at(k + 1) in function_words("as"):
            k += 1
        else:
            return None
        skipped += 1
        k += 1
    return None


HEAD_PREFIXES = tuple(function_words("head_prefix"))
CUE_NEED = "cue:"  # a need of heads.csv met by a cue category anywhere in the sentence
MEASURE_GAP = 5  # words from "этот показатель" to its figure ("эта цифра возросла почти до 26")


def head_entry(tok: Token) -> Head | None:
    if tok.kind != "word":
        return None
    head = head_of(tok.lemma)
    if head is None and "-" in tok.lemma:
        head = head_of(tok.lemma.rsplit("-", 1)[1])
    if head is None and tok.lemma.startswith(HEAD_PREFIXES):
        # "наркоправонарушение", "наркозакладчик": a head with "нарко-" before it
        head = next((h for p in HEAD_PREFIXES if tok.lemma.startswith(p) and (h := head_of(tok.lemma[len(p):]))),
                    None)
    if head is not None and tok.pos == "ADJF" and head_of(tok.lemma) is None:
        return None
    if head is not None and tok.pos == "ADJF" and tok.lemma.startswith(tuple(function_words("not_head_adjective"))):
        return None
    return head


def shop_kind(sent: Sentence, k: int, lemma: str, kind: str) -> str:
    """A drug shop named as such ("интернет-магазин", "наркошоп", "интернет-дүкен") at token k is a group
    (GUIDE.md, Groups), unless its clause says it was blocked: then it is a site blocked, `online`
    ("Пресечена деятельность 37 наркошопов, заблокировано 420 сайтов": the shops were stopped)."""
    if kind != "groups" or not sent.cues.has("block") or not is_shop(lemma):
        return kind
    start = sent.clause_start(k)
    toks = sent.tokens
    # the clause ends at a mark, or at "и" before a verb of its own ("пресечена деятельность трёх наркошопов и
    # заблокировано 56 сайтов": the sites were blocked, the shops stopped)
    end = next((j for j in range(k + 1, len(toks)) if toks[j].text in CLAUSE_MARKS
                or toks[j].norm in function_words("coordination") and j + 1 < len(toks)
                and toks[j + 1].pos in {"VERB", "PRTS"}), len(toks))
    return "online" if any(start <= m.start < end for m in sent.cues.of("block")) else kind


def is_shop(lemma: str) -> bool:
    """A drug shop named as such ("интернет-магазин", "наркошоп")."""
    return lemma.rsplit("-", 1)[-1].startswith(SHOP_STEMS)


def needs_met(sent: Sentence, head: Head, k: int) -> bool:
    if not head.needs:
        return True
    if any(need.startswith(CUE_NEED) and sent.cues.has(need[len(CUE_NEED):]) for need in head.needs):
        return True  # "заблокированы 4 канала": a cue of the sentence ("cue:block") says what the noun is
    around = {sent.lemma_at(i) for i in range(k - 2, k + 3) if i != k}
    around |= {sent.tokens[i].norm for i in range(max(k - 2, 0), min(k + 3, len(sent.tokens)))}
    own = sent.tokens[k].lemma
    return bool(head.needs & around) or any(need in own for need in head.needs)


PART_KINDS = frozenset({"crimes", "labs", "groups", "online"})  # what "N из них" after a count of it is a part of


def count(sent: Sentence, num: Number, found: list[Figure], carried: Figure | None = None) -> Figure | None:
    first = hedge_start(sent, num.start)
    got = _find_head(sent, num.end)
    if got:
        head, k, lemma = got
        kind, last = head.kind, k
    elif sent.lemma_at(num.end) in function_words("of") and sent.lemma_at(num.end + 1) in function_words("of_them"):
        prev = found[-1] if found else carried  # "... 30 нарколабораторий. В Алматинской области — 5 из них"
        # "15 наркопреступлений, 10 из которых — уголовные"; a collective number ("двое из них") counts people
        if prev is not None and prev.kind in PART_KINDS and not num.collective:
            return Figure(prev.kind, sent, num.start, num.end + 2, *quote_span(sent, num.start, num.end + 1),
                          value=num.value, count=num.value, head=prev.head, how="ellipsis")
        kind, last, lemma = "people", num.end + 1, OF_THEM       # "Один из них взят под арест"
    elif sent.lemma_at(num.end) in function_words("of") and (k := _people_of(sent, num.end + 1)) is not None:
        kind, last, lemma = "people", k, OF_PEOPLE              # "задержал одного из подозреваемых"
    elif num.collective:
        kind, last, lemma = "people", num.end - 1, "collective"  # "задержали двоих"
    elif (such := _such_objects(sent, num)) is not None:
        kind, last, lemma = such                                # "выявлено девять таких объектов"
    else:
        before = found or ([carried] if carried is not None else [])
        # "Оның 12-сі ...": a Kazakh possessive number opening its sentence is a part of the count before it
        opening = not found and carried is not None and (kazakh_part(sent, num.start) or carried.kind == "people")
        return _comparison(sent, num, before) or _measure_again(sent, num, before) \
            or _typed_item(sent, num, before) or _number_of(sent, num) \
            or _elliptic(sent, num, [carried] if opening else found) \
            or _placed_item(sent, num, before)
    if kind != "people" and sent.lemma_at(num.start) in function_words("both"):
        return None  # "по обоим фактам", "обе лаборатории": the two told before, never two more
    topic = _topic(sent, first) if lemma in function_words("generic_count") else None
    if topic is not None:  # "Количество нарколабораторий выросло (с трех фактов ...)": labs
        kind, lemma = topic
    kind = shop_kind(sent, last, lemma, kind)
    how = "animate" if got and got[0] is ANIMATE else "head" if got else "ellipsis"
    fig = Figure(kind, sent, num.start, last + 1, *quote_span(sent, first, last), value=num.value,
                 count=num.value, head=lemma, hedged=first < num.start or num.hedged, how=how)
    fig.in_parens = in_parens(sent, first)
    fig.pointing = bool(got) and got[0] is not ANIMATE and not needs_met(sent, head, k) \
        and sent.cues.at("demonstrative", k - 1) is not None
    group = next((f for f in found if f.kind == "people" and _list_start(sent, f.end) < first), None) \
        or next((f for f in reversed(found) if f.kind == "people"), None) \
        or (carried if carried is not None and carried.kind == "people" else None)
    # the list's people, else the last, else those of the sentence before that this one opens on ("9 адам ұсталды.
    # Оның ішінде бесеуі Кентауда, төртеуі Арыста қолға түсті": a part of them, with their action)
    if kind == "people" and not _people(sent, fig, first, lemma, group):
        if sent.cues.has("action") or group is not None or subset_before(sent, first) \
                or lemma in {OF_THEM, OF_PEOPLE} or how == "animate" or num.value > UNACTED_MOST:
            return None
        fig.unacted = True  # "в салоне находились двое мужчин": held only if the article says so later
    if kind == "online" and not sent.cues.has("online_action"):
        return None
    if kind == "crimes" and lemma in function_words("case_noun") and not sent.cues.has("crime_action"):
        return None
    if kind == "crimes" and sent.cues.at("crime_specific", last) and not any(
            sent.cues.has(c) for c in ("drug", "substance", "crime_type")) \
            and not any(m.end == first for m in sent.cues.of("demonstrative")):
        return None  # "499 фактов" of fuel smuggling: "facts" of a drug crime say so in their sentence, or point
                     # back to the ones told ("по этим двум фактам", "аталған екі факті бойынша")
    if kind == "labs" and sent.lemma_at(first - 1) in function_words("purpose"):
        return None  # equipment "для 4-5 лабораторий"
    opens = first - 1 == 0 or sent.text_at(first - 2) in STOPS | DASHES
    if sent.lemma_at(first - 1) in function_words("of") and opens:
        fig.container = True  # "Из 90 наркопреступлений — 40 ..."
    if _of_which(sent, last + 1):
        fig.container = True  # "410 деректің 150-і ...": of 410 facts, 150
    return fig


def _such_objects(sent: Sentence, num: Number) -> tuple[str, int, str] | None:
    """ "лабораториям по выращиванию ...: выявлено девять таких объектов": a general noun for things ("объект")
    after a demonstrative counts the things its sentence named before the number (kind, last token, head)."""
    toks, j = sent.tokens, num.end
    if j + 1 >= len(toks) or not sent.cues.at("demonstrative", j) or toks[j + 1].lemma not in function_words("object"):
        return None
    for k in range(num.start - 1, -1, -1):
        head = head_entry(toks[k])
        if head is not None and head.kind in THING_KINDS:
            return head.kind, j + 1, toks[k].lemma
    return None


NUMBER_OF_REACH = 4  # words from "количество / число" to the noun it counts ("Количество выявленных фактов сбыта")


def _number_of(sent: Sentence, num: Number) -> Figure | None:
    """The level a count named by "количество / число" reached, a bare number after a verb of amounting or "до":
    "Число наркопреступлений составило 412", "Количество фактов сбыта снизилось на 9 и составило 22", "выросло до
    130"; Kazakh "Есірткі қылмыстарының саны 412-ге жетті". People are left out (what was done to them is not
    said)."""
    toks = sent.tokens
    first = hedge_start(sent, num.start)
    if sent.kazakh:
        after = num.end + (1 if sent.text_at(num.end) in DASHES else 0)
        if sent.lemma_at(after) not in function_words("amount_verb_kk") \
                and sent.lemma_at(num.end) not in function_words("amount_verb_kk"):
            return None
        # "саны 412-ге жетті"; "саны 12 пайызға азайып, 81-ді құрады": a change told between
        named = next((k for k in range(first - 1, max(first - 1 - 2 * NUMBER_OF_REACH, -1), -1)
                      if toks[k].norm in function_words("quantity_kk")), None)
        heads = [] if named is None else [k for k in range(max(named - 2, 0), named)]
    else:
        before = {sent.lemma_at(first - 1), sent.lemma_at(num.start - 1)}  # "до" may be read as a hedge
        if not before & (function_words("amount_verb") | function_words("to_level")):
            return None
        named = next((k for k in range(sent.clause_start(first), first)
                      if toks[k].lemma in function_words("quantity")), None)
        heads = [] if named is None else list(range(named + 1, min(named + 1 + NUMBER_OF_REACH, first)))
    for k in heads:
        head = head_entry(toks[k])
        if head is not None and head.kind in PART_KINDS and needs_met(sent, head, k):
            return Figure(head.kind, sent, num.start, num.end, *quote_span(sent, first, num.end - 1),
                          value=num.value, count=num.value, head=toks[k].lemma, how="ellipsis")
    return None


def _topic(sent: Sentence, first: int) -> tuple[str, str] | None:
    """The kind and head noun a sentence is about, named before token `first` by "количество/число" and a head
    noun without a number of its own ("Количество ликвидированных нарколабораторий выросло ...")."""
    toks = sent.tokens
    for k in range(first):
        if toks[k].lemma not in function_words("quantity"):
            continue
        for j in range(k + 1, min(k + 4, first)):
            head = head_entry(toks[j])
            if head is not None and toks[j].lemma not in function_words("generic_count"):
                return head.kind, toks[j].lemma
    return None


def _new_subject(sent: Sentence, k: int) -> int:
    """Where a clause after token k opens with a person of its own in the nominative (", их куратор, житель
    Алматы, арестован"): what is done there is that person's; the sentence's end if none."""
    toks = sent.tokens
    for j in range(k, len(toks) - 1):
        if toks[j].text != ",":
            continue
        n = j + 1
        while n < len(toks) and toks[n].norm in single_words("possessive"):
            n += 1
        if n < len(toks) and toks[n].pos == "NOUN" and toks[n].case == "nomn" and toks[n].number == "sing" \
                and (toks[n].anim == "anim" or (h := head_entry(toks[n])) is not None and h.kind == "people"):
            return j
    return len(toks)


def _people(sent: Sentence, fig: Figure, first: int, lemma: str, group: Figure | None = None) -> bool:
    """People count only when something was done to them. A subset of people already counted (`group`, when in
    the sentence: "двое из которых уже арестованы", "оның 24-і қамаққа алынды") counts only with an action of
    its own, another than the group's, which it takes; the group's action is read before its subset ("задержаны
    30 человек, из них 12 арестованы": detained). People who escaped or are sought ("ещё трое объявлены в
    розыск", "двое скрылись") are no fact."""
    if _at_large(sent, fig.end):
        return False
    of_genitive = kazakh_part(sent, first) and sent.tokens[first - 1].norm.endswith(GENITIVE) if first else False
    if subset_before(sent, first) or _of_group(sent, group, first) or _listed_after(sent, group, first) \
            or group is not None and kazakh_part(sent, first) or of_genitive:
        # "олардың бірі қамауға алынды": a part of those named in the genitive counts with its own action after it;
        # "ұсталған қыздардың бірі жалға алған үйде": one of the held, described, is no one new
        own = own_action(sent, fig.end)
        if own is None or group is not None and group.action == own.value:
            return False  # "из них 20 моложе 25 лет", "шестеро, из которых пять водворены в ИВС": counted already
        fig.action = own.value
        return True
    if lemma == OF_THEM:
        # "Один из них взят под арест": its own action, in its own clause ("8 из которых жители южных регионов,
        # водворены в ИВС": the verb after the comma is the whole group's)
        own = own_action(sent, fig.end)
        if own is None or group is not None and group.action == own.value:
            return False
        fig.action = own.value
        return True
    if lemma == OF_PEOPLE:
        # "двое из задержанных арестованы": its own action after it; "задержал одного из подозреваемых": the
        # sentence's, unless another count of people there is the group it is taken from
        own = own_action(sent, fig.end)
        before = [h for h in sent.cues.of("action") if h.end <= fig.start]
        if own is None and (group is not None or not before):
            return False
        if own is not None and own.value == "detained" and _already_held(sent, fig.end - 1):
            return False  # "Один из фигурантов водворён в ИВС": one of those detained, held, is no one new
        fig.action = own.value if own is not None else max(before, key=lambda h: ACTION_STRENGTH[h.value]).value
        return True
    after = fig.end - 1 if lemma == OF_THEM else -1
    nearest = sent.cues.nearest("action", fig.start, fig.end, after)
    if nearest is None:
        return False
    # what is done to a subset, or to further people ("Трое водворены в ИВС, ещё двое — в СИЗО"), is theirs
    subset = min((m.start for c in ("subset", "part", "part_next", "another") for m in sent.cues.of(c)
                  if m.start >= fig.end), default=len(sent.tokens))
    subset = min(subset, _list_start(sent, fig.end))  # "Задержаны 7 человек: четверо взяты под стражу, ..."
    subset = min(subset, _new_subject(sent, fig.end))  # "Задержаны трое курьеров, их куратор ... арестован"
    subset = min((k for k in range(fig.end, subset) if kazakh_part(sent, k)), default=subset)  # "..., 3-еуі"
    of_which = _of_which(sent, fig.end)
    if of_which:
        subset = fig.end  # "Ұсталған 11 адамның 8-і қамауға алынды": the verb after is the part's
    before = [h for h in sent.cues.of("action") if after < h.start < subset]
    # "Лидер арестован, ещё трое участников задержаны": a verb in the figure's own clause is its action, not one
    # of a clause before it about someone else
    clause = sent.clause_start(hedge_start(sent, fig.start))
    own_clause = [h for h in before if h.start >= clause]
    if own_clause and any(h.start >= fig.end for h in own_clause):
        before = own_clause
        nearest = min(before, key=lambda h: abs(h.start - fig.start))
    if before and nearest.start >= subset:
        nearest = min(before, key=lambda h: abs(h.start - fig.start))
    strongest = max(before, key=lambda h: ACTION_STRENGTH[h.value]) if before else \
        sent.cues.strongest("action", ACTION_STRENGTH, after)
    fig.action = "arrested" if strongest.value == "arrested" else nearest.value
    own = own_action(sent, fig.end) if sent.kazakh and not of_which else None
    if own is not None and ACTION_STRENGTH[own.value] > ACTION_STRENGTH[fig.action]:
        fig.action = own.value  # Kazakh puts the verb after its people: "..., үшеуі де кінәлі деп танылды"
    return True


def _people_of(sent: Sentence, k: int) -> int | None:
    """The people noun of "из подозреваемых", "из 24-летних участников" starting at token k (a plural genitive,
    two adjectives at most before it), or None."""
    for j in range(k, min(k + 3, len(sent.tokens))):
        tok = sent.tokens[j]
        entry = head_entry(tok)
        if entry is not None and entry.kind == "people" or _already_held(sent, j):  # "из задержанных"
            return j if tok.case in {"gent", ""} and tok.number in {"plur", ""} else None
        if tok.pos not in {"ADJF", "PRTF"}:
            return None
    return None


def _already_held(sent: Sentence, k: int) -> bool:
    """The noun at token k names people already acted on ("фигурантов", "подозреваемых", "задержанных")."""
    held = sent.tokens[k].pos == "PRTF" and sent.cues.at("action", k) is not None
    return held or sent.cues.at("anaphor", k) is not None


def _of_which(sent: Sentence, end: int) -> bool:
    """A Kazakh count ending at token `end` in the genitive, a number right after it: "11 адамның 8-і"."""
    return sent.kazakh and sent.tokens[end - 1].norm.endswith(GENITIVE) and end < len(sent.tokens) \
        and sent.tokens[end].kind == "num"


def _of_group(sent: Sentence, group: Figure | None, first: int) -> bool:
    """A Kazakh part right after its group in the genitive: "Ұсталған 11 адамның 8-і ..." (8 of the 11)."""
    return group is not None and sent.kazakh and group.end == first \
        and sent.tokens[group.end - 1].norm.endswith(GENITIVE)


def kazakh_part(sent: Sentence, k: int) -> bool:
    """A Kazakh number at token k that is a part of those told before it ("3-еуі", "8-і", "үшеуі"; "11 мыңы": the
    possessive on its scale word)."""
    if not sent.kazakh:
        return False
    toks, endings = sent.tokens, tuple(function_words("part_ending"))

    def number(j: int) -> bool:
        return j < len(toks) and (toks[j].kind == "num" or toks[j].lemma in numbers())

    return number(k) and (toks[k].norm.endswith(endings) or number(k + 1) and toks[k + 1].norm.endswith(endings))


def subset_before(sent: Sentence, first: int) -> bool:
    """A subset cue right before token `first` ("из них", "двое из которых"; Kazakh "оның" next to it); not one of
    a place after a preposition ("В одной из них состояли 5 человек": in one of the groups)."""
    cue = cue_before(sent, "subset", first) or _listed_subset(sent, first)
    if cue is not None and _in_one_of(sent, cue.start):
        cue = None
    return cue is not None or any(m.end == first for m in sent.cues.of("part_next"))


def _listed_subset(sent: Sentence, first: int) -> Hit | None:
    """A subset cue further before token `first` whose list goes on to it ("в том числе 13 учащихся колледжей,
    3 студента вузов и 6 школьников": all three are the subset): a number after the cue and only commas, "и"
    and noun phrases between, no verb."""
    cue = next((m for m in reversed(sent.cues.of("subset")) if m.end <= first and first - m.end <= LIST_REACH),
               None)
    if cue is None:
        return None
    between = sent.tokens[cue.end:first]
    if not any(is_number(t) or t.pos == "NUMR" for t in between):  # "бесеуі Кентауда, төртеуі ...": Kazakh words
        return None
    if any(t.kind == "sym" and t.text != "," and t.text not in DASHES or t.pos in {"VERB", "PRTS", "INFN", "GRND"}
           for t in between):
        return None
    return cue


def _in_one_of(sent: Sentence, k: int) -> bool:
    """A preposition and "one" or adjectives right before "из них" at token k ("В одной из них", "в самой крупной
    из них"): a place among things named before."""
    j = k - 1
    while j >= 0 and k - j <= 2 and (sent.tokens[j].pos == "ADJF" or sent.lemma_at(j) in function_words("one_of")):
        j -= 1
    return j < k - 1 and j >= 0 and sent.tokens[j].pos == "PREP"


def _list_start(sent: Sentence, k: int) -> int:
    """Where a list of counts opens after token k: a colon or a dash right before a number ("7 человек: четверо
    ..."); the sentence's end if none."""
    toks = sent.tokens
    return next((j for j in range(k, len(toks) - 1) if toks[j].text in LIST_OPENERS and is_number(toks[j + 1])),
                len(toks))


def _listed_after(sent: Sentence, group: Figure | None, first: int) -> bool:
    """People counted in a list opened after people counted in the sentence ("Задержаны 7 человек: четверо
    граждан Казахстана и трое иностранцев"): a part of them."""
    return group is not None and _list_start(sent, group.end) < first


LIST_OPENERS = frozenset({":"}) | DASHES


def _at_large(sent: Sentence, k: int) -> bool:
    """Escape or search told after token k in its clause, before any action ("двое подозреваемых скрылись")."""
    first = min((h.start for h in sent.cues.starting("at_large", k, _clause_stop(sent, k))), default=None)
    return first is not None and not sent.cues.starting("action", k, first)


def own_action(sent: Sentence, k: int) -> Hit | None:
    """The strongest action after token k in its clause: what was done to a subset ("из них 12 арестованы",
    "водворён под стражу")."""
    hits = sent.cues.starting("action", k, _clause_stop(sent, k))
    return max(hits, key=lambda h: ACTION_STRENGTH[h.value]) if hits else None


def _clause_stop(sent: Sentence, k: int) -> int:
    """Where the clause that goes on after token k ends: the next punctuation mark (STOPS) or the sentence's end."""
    return next((i for i in range(k, len(sent.tokens)) if sent.tokens[i].text in STOPS), len(sent.tokens))


# parts of speech (pymorphy3) of the words a year's figure may stand behind: verbs, short participles,
# pronouns ("их выявили", "было зарегистрировано")
SERIES_VERB_GROUP = frozenset({"VERB", "PRTS", "INFN", "NPRO"})


def _comparison(sent: Sentence, num: Number, found: list[Figure]) -> Figure | None:
    """A figure for a year of a series, of the kind (and action) of the figure before it: "(2021 г. — 103)", "в
    2019 году — 5120, в 2020 году — 4870", "до 81 – в 2023 году", "(в прошлом году — 74)". Its period is that
    year (etl.extract)."""
    prev = _series_head(sent, num.start, found)
    if prev is None or _year(sent, num.start) is not None and sent.lemma_at(num.end) in single_words("year_word"):
        return None  # a year itself ("2020-2022 жылдары", "2019–2021 годы") is no figure of the series
    fig = _compared(sent, num, prev)
    if fig is not None and fig.kind == "people":
        fig.action = prev.action
    return fig


def _compared(sent: Sentence, num: Number, prev: Figure) -> Figure | None:
    i, toks = num.start, sent.tokens
    first, year = i, None
    k = i - 1
    if sent.text_at(k) == "(" and sent.text_at(num.end) == ")":  # "меньше, чем в 2022 году (235)"
        j = k - 1
        if sent.text_at(j) == ".":
            j -= 1
        at = j - 1 if sent.lemma_at(j) in single_words("year_word") else j
        if _year(sent, at) is not None:
            return Figure(prev.kind, sent, num.start, num.end, *quote_span(sent, at, num.end), value=num.value,
                          count=num.value, head=prev.head, comparison_year=_year(sent, at), how="comparison")
        back = _last_year_before(sent, j)
        if back is not None:  # "чем в прошлом году (235)"
            return Figure(prev.kind, sent, num.start, num.end, *quote_span(sent, back, num.end), value=num.value,
                          count=num.value, head=prev.head, years_back=1, how="comparison")
    if k >= 0 and sent.tokens[k].norm in function_words("this_year_kk") \
            and (num.end >= len(sent.tokens) or sent.tokens[num.end].kind != "word"):  # not "биыл 9 айда"
        # "Өткен жылы 300 есірткі қылмысы тіркелсе, биыл 250": this year's, after last year's
        return Figure(prev.kind, sent, num.start, num.end, *quote_span(sent, k, num.end - 1), value=num.value,
                      count=num.value, head=prev.head, this_year=True, how="comparison")
    if sent.text_at(k) in DASHES:  # "в 2019 году — 5120", "(2021 г. — 103)"
        k -= 1
        if sent.text_at(k) == ".":
            k -= 1
        back = _last_year_before(sent, k)
        if back is not None:  # "(в прошлом году — 74)", "(за аналогичный период прошлого года — 74)", "(АППГ — 74)"
            whole = _whole_before(sent, back)  # "за весь прошлый год — 1,9 кг"
            back -= whole
            return Figure(prev.kind, sent, num.start, num.end, *quote_span(sent, back, num.end - 1), value=num.value,
                          count=num.value, head=prev.head, years_back=1, whole_year=whole, how="comparison")
        if sent.tokens[k].norm in function_words("this_year_kk"):  # "былтыр 210 ..., биыл – 185": this year's
            return Figure(prev.kind, sent, num.start, num.end, *quote_span(sent, k, num.end - 1), value=num.value,
                          count=num.value, head=prev.head, this_year=True, how="comparison")
        if not sent.kazakh and sent.lemma_at(k) in single_words("year_word") \
                and sent.lemma_at(k - 1) in function_words("this_year"):  # "за 11 месяцев текущего года — 298"
            at = _label_start(sent, k - 1)
            return Figure(prev.kind, sent, num.start, num.end, *quote_span(sent, at, num.end - 1), value=num.value,
                          count=num.value, head=prev.head, this_year=True, label_at=at, how="comparison")
        if sent.lemma_at(k) in single_words("year_word"):
            year, first = _year(sent, k - 1), k - 1
        elif _year(sent, k) is not None:
            year, first = _year(sent, k), k  # "в 2019-м — 3"
    else:  # "в 2021 году их выявили 4 310", "в 2020 году было зарегистрировано 5 120": a verb group between
        j = k
        while j >= 0 and i - j <= 3 and sent.tokens[j].pos in SERIES_VERB_GROUP:
            j -= 1
        if j < k and sent.lemma_at(j) in single_words("year_word") and _year(sent, j - 1) is not None:
            year, first = _year(sent, j - 1), j - 1
        elif j < k and sent.tokens[j].kind == "num" and _year(sent, j) is not None:
            year, first = _year(sent, j), j  # "за аналогичный период 2019-го их было 130"
        elif j < k and (back := _last_year_before(sent, j)) is not None:  # "годом ранее их было 130"
            return Figure(prev.kind, sent, num.start, num.end, *quote_span(sent, back, num.end - 1), value=num.value,
                          count=num.value, head=prev.head, years_back=1, how="comparison")
    if year is None:  # "81 – в 2023 году", "81 в 2023-м"
        k = num.end + (1 if sent.text_at(num.end) in DASHES else 0)
        last = _last_year_after(sent, k)
        if last is not None:  # "против 74 годом ранее", "74 в прошлом году"
            return Figure(prev.kind, sent, num.start, num.end, *quote_span(sent, num.start, last), value=num.value,
                          count=num.value, head=prev.head, years_back=1, how="comparison")
        if sent.lemma_at(k) in function_words("in") and _year(sent, k + 1) is not None:
            year = _year(sent, k + 1)
            last = k + 2 if sent.lemma_at(k + 2) in single_words("year_word") else k + 1
            return Figure(prev.kind, sent, num.start, num.end, *quote_span(sent, num.start, last), value=num.value,
                          count=num.value, head=prev.head, comparison_year=year, how="comparison")
        return None
    if year is None or first < len(toks) and toks[first].kind != "num":
        return None
    return Figure(prev.kind, sent, num.start, num.end, *quote_span(sent, first, num.end - 1), value=num.value,
                  count=num.value, head=prev.head, comparison_year=year, how="comparison")


LABEL_WORDS = 5  # words a series item's label may have before "текущего года": "а за первые 11 месяцев"


def _label_start(sent: Sentence, k: int) -> int:
    """The first token of a series item's label ending with token k: back to the punctuation mark before it, at
    most LABEL_WORDS words, a conjunction opening it left out ("а за 11 месяцев текущего года")."""
    j = k
    while j > 0 and k - j < LABEL_WORDS and sent.text_at(j - 1) not in STOPS | DASHES:
        j -= 1
    while j < k and sent.lemma_at(j) in function_words("coordination"):
        j += 1
    return j


ITEM_REACH = 5  # words an item's kind of crime may take before its dash ("сату мақсатынсыз сақтау — 71")


def _typed_item(sent: Sentence, num: Number, found: list[Figure]) -> Figure | None:
    """An item of a breakdown of crimes named by its kind before a dash, after the crimes counted (in its sentence
    or, carried, in the one before): "в том числе сбыт — 52, хранение — 71", "Оның ішінде есірткі сату — 52,
    сату мақсатынсыз сақтау — 71". Its words run back to the list mark before them."""
    first = hedge_start(sent, num.start)
    dash = first - 1
    prev = found[-1] if found else None
    if prev is None or prev.kind != "crimes" or sent.text_at(dash) not in DASHES \
            or not sent.cues.ending("crime_type", dash, dash):
        return None
    start = dash - 1
    while start > 0 and dash - start < ITEM_REACH and sent.tokens[start - 1].kind == "word" \
            and not sent.cues.ending("part", start, start) and not sent.cues.ending("part_next", start, start) \
            and sent.tokens[start - 1].norm not in function_words("coordination"):
        start -= 1
    if start > 0 and sent.text_at(start - 1) not in LIST_MARKS and not sent.cues.ending("part", start, start) \
            and not sent.cues.ending("part_next", start, start):
        return None  # not an item of a list: "... выявили сбыт — 52 факта" is left to the grammars
    return Figure("crimes", sent, num.start, num.end, *quote_span(sent, start, num.end - 1), value=num.value,
                  count=num.value, head=prev.head, how="ellipsis")


def _placed_item(sent: Sentence, num: Number, found: list[Figure]) -> Figure | None:
    """An item of a breakdown by place: a place, a dash and a number, or the number in brackets after it, of the
    kind counted before it in the sentence ("больше всего наркопреступлений зарегистрировано в Алматы — 512,
    Шымкенте — 301", "в Алматы (412) и Шымкенте (287)"). People are left out: a regional list of people already
    counted describes them."""
    first = hedge_start(sent, num.start)
    dash = first - 1
    bracketed = sent.text_at(dash) == "(" and sent.text_at(num.end) == ")"  # "в Алматы (412), Шымкенте (287)"
    if sent.text_at(dash) not in DASHES and not bracketed or not sent.cues.ending("place", dash, dash):
        return None
    prev = _series_head(sent, first, found)
    if prev is None or prev.kind == "people":
        return None
    # no head of its own: an item is never the total of the items after it
    last = num.end if bracketed else num.end - 1  # "Актау (38)": the bracket closed
    return Figure(prev.kind, sent, num.start, num.end, *quote_span(sent, dash - 1, last), value=num.value,
                  count=num.value, how="ellipsis", placed=True)


def _last_year_before(sent: Sentence, k: int) -> int | None:
    """The first token of "last year" ending at token k ("прошлого года", "в прошлом году", "АППГ", Kazakh
    "өткен жылы", "былтыр"; "в прошлом году за тот же период"), or None."""
    j = k
    same = function_words("same_period") | function_words("same_period_kk")
    while sent.lemma_at(j) in same and k - j < 4:
        j -= 1  # "... за тот же период", "өткен жылдың осы кезеңінде": the span after the year
    if j < k:
        k = j - 1 if sent.lemma_at(j) in function_words("for") else j
    if sent.lemma_at(k) in function_words("last_year_span") or sent.lemma_at(k) in function_words("last_year") \
            and sent.tokens[k].pos not in {"ADJF"}:
        return k  # "АППГ", "былтыр"
    if sent.lemma_at(k) in single_words("year_word") and sent.lemma_at(k - 1) in function_words("last_year"):
        return k - 1
    if sent.lemma_at(k) in function_words("earlier") and sent.lemma_at(k - 1) in single_words("year_word"):
        return k - 1  # "годом ранее"
    return None


def _last_year_after(sent: Sentence, k: int) -> int | None:
    """The last token of "last year" starting at token k ("в прошлом году", "годом ранее", "за аналогичный
    период прошлого года"), or None."""
    j = k + 1 if sent.lemma_at(k) in function_words("locative") | function_words("for") else k
    while sent.lemma_at(j) in function_words("same_period") and j - k < 4:
        j += 1  # "за аналогичный период прошлого года"
    if sent.lemma_at(j) in function_words("last_year") and sent.lemma_at(j + 1) in single_words("year_word"):
        return j + 1
    if j == k and sent.lemma_at(k) in single_words("year_word") and sent.lemma_at(k + 1) in function_words("earlier"):
        return k + 1  # "годом ранее"
    return None


def _measure_again(sent: Sentence, num: Number, before: list[Figure]) -> Figure | None:
    """The figure before, given again for another year through a word for the measure: "В 2021 году этот
    показатель вырос до 26", "а в 2021-м эта цифра составила 26" (not "выросла на 11", a difference). Its year
    is the one written between the two figures, else its sentence's period (etl.extract)."""
    prev = before[-1] if before else None
    if prev is None or prev.kind in {"seizure", "money"} or prev.compared:
        return None
    toks = sent.tokens
    lo = prev.end if prev.sentence is sent else 0
    measure = next((k for k in range(num.start - 1, max(lo, num.start - MEASURE_GAP) - 1, -1)
                    if toks[k].lemma in function_words("measure_noun")), None)
    if measure is None or sent.lemma_at(num.start - 1) in function_words("by") \
            or not any(m.end == measure for m in sent.cues.of("demonstrative")):
        return None
    year = next((y for k in range(measure - 1, lo - 1, -1) if (y := _year(sent, k)) is not None), None)
    fig = Figure(prev.kind, sent, num.start, num.end, *quote_span(sent, measure, num.end - 1), value=num.value,
                 count=num.value, head=prev.head, action=prev.action, how="comparison")
    if prev.sentence is sent:
        fig.comparison_year = year  # its own year, not the sentence's first
        # "в прошлом году — 210, в этом году этот показатель снизился до 185": the report's own year
        fig.this_year = year is None and any(
            sent.lemma_at(k) in function_words("this_year") and sent.lemma_at(k + 1) in single_words("year_word")
            or sent.tokens[k].norm in function_words("this_year_kk") for k in range(lo, measure))
    return fig


def named_head(sent: Sentence) -> Figure | None:
    """The last thing a sentence names without a number that a later "их" may count ("Число наркопреступлений
    снижается"), as a template figure; None if it names none, or names a figure of its own."""
    if any(t.kind == "num" for t in sent.tokens):
        return None
    fig = _series_head(sent, len(sent.tokens), [])
    return fig if fig is not None and fig.kind != "people" else None


def _series_head(sent: Sentence, i: int, found: list[Figure]) -> Figure | None:
    """What a series counts: the figure before it in the sentence, else a head noun named before it without a
    number ("Число наркопреступлений: в 2019 году — 5120"), as a template figure."""
    if found:
        return found[-1] if found[-1].kind not in {"seizure", "money"} else None
    # Kazakh names what it counts last: "өткен жылы – 187, биыл 9 айда 214 дерек тіркелген"
    after = range(i + 1, len(sent.tokens)) if sent.kazakh else ()
    for k in [*range(i - 1, -1, -1), *after]:
        head = head_entry(sent.tokens[k])
        if head is None or not needs_met(sent, head, k):
            continue
        if head.kind != "people":
            return Figure(head.kind, sent, k, k + 1, 0, 0, value=0.0, head=sent.tokens[k].lemma)
        # people, with what was done to them before the series: "Число задержанных курьеров: в 2022 году — 112"
        done = [m for m in sent.cues.of("action") if m.start < i]
        if done:
            return Figure("people", sent, k, k + 1, 0, 0, value=0.0, head=sent.tokens[k].lemma,
                          action=done[-1].value)
    return None


def year_after(sent: Sentence, k: int) -> int | None:
    """The year a figure ending at token k is given for, written right after it: "80 кг в 2019 году", "до 1,1
    тонны – в 2023-м"; None if none."""
    if sent.text_at(k) in DASHES:
        k += 1
    return _year(sent, k + 1) if sent.lemma_at(k) in function_words("in") else None


def _label_end(sent: Sentence, start: int) -> int | None:
    """The last token of what labels a figure starting at token `start` before its dash ("2021 г. — 32", "в
    прошлом году — 74"; a dot after an abbreviation skipped), or None if no dash stands before it."""
    k = start - 1
    if sent.text_at(k) not in DASHES:
        return None
    k -= 1
    return k - 1 if sent.text_at(k) == "." else k


def year_before(sent: Sentence, k: int) -> int | None:
    """The year of an item of a series written before its figure starting at token k, after a dash: "в 2021
    году — 32 тонны", "2021 г. — 32 тонны", "в 2021-м — 32 тонны"; None if none."""
    k = _label_end(sent, k)
    if k is None:
        return None
    if sent.lemma_at(k) in single_words("year_word"):
        k -= 1
    return _year(sent, k)


def whole_last_year(sent: Sentence, start: int) -> bool:
    """A figure given for last year as a whole, written before it after a dash ("за весь прошлый год — 1,9 кг")."""
    k = _label_end(sent, start)
    back = _last_year_before(sent, k) if k is not None else None
    return back is not None and _whole_before(sent, back)


def _whole_before(sent: Sentence, back: int) -> bool:
    """"весь" / "целый" right before the "last year" starting at token `back`: that year as a whole."""
    return sent.lemma_at(back - 1) in function_words("whole_year")


def last_year_around(sent: Sentence, start: int, end: int) -> int:
    """1 when a figure from token start to end is given for last year, written before it after a dash ("(в прошлом
    году — 95 кг)", "за аналогичный период прошлого года — 95 кг") or right after it ("против 95 кг годом
    ранее"), else 0. Only a figure after another of its kind is a comparison (etl.grammars)."""
    k = _label_end(sent, start)
    if k is not None and _last_year_before(sent, k) is not None:
        return 1
    if sent.lemma_at(start - 1) in function_words("than") and _last_year_after(sent, end) is not None:
        return 1
    return 0


def _year(sent: Sentence, k: int) -> int | None:
    """The year written at token k ("2019", "2019-м", "2019-го"), or None."""
    text = sent.text_at(k)
    digits = text.split("-")[0].split("‑")[0]
    if len(digits) == 4 and digits.isdigit() and 1991 <= int(digits) <= 2100:
        return int(digits)
    return None


def _elliptic(sent: Sentence, num: Number, found: list[Figure]) -> Figure | None:
    """A part of a breakdown whose noun is left out takes its total's kind: after a part cue ("четырех ОПГ, в
    том числе одной транснациональной", "69 лабораторий, в том числе пять по производству"), or as an item
    "number — what" of a list ("выявлено 900 преступлений: 323 — хранение, ..."); an item that names a kind
    of drug crime is a count of crimes even when its total is not read ("7 — контрабанда")."""
    toks = sent.tokens
    first = hedge_start(sent, num.start)
    if found and found[-1].kind == "people" and (subset_before(sent, first) or _of_group(sent, found[-1], first)
                                                 or kazakh_part(sent, num.start)):
        own = own_action(sent, num.end)  # "задержаны 30 человек, из них 12 арестованы"
        if own is None or own.value == found[-1].action:
            return None
        return Figure("people", sent, num.start, num.end, *quote_span(sent, first, num.end - 1), value=num.value,
                      count=num.value, head=found[-1].head, action=own.value, how="ellipsis")
    prev = found[-1] if found and found[-1].kind not in {"seizure", "money", "people"} else None
    after = num.end
    while sent.lemma_at(after) in function_words("hedge_after"):
        after += 1  # "Оның 100-ден астамы — сату фактілері": a Kazakh hedge follows its number
    nxt = toks[after] if after < len(toks) else None
    # "и ещё три синтетических": a further item is an item of the list as much as "и три ..."
    # "ещё одна — в Павлодаре": the cue may take the number in ("ещё один" is one cue)
    lead = next((m.start for m in sent.cues.of("another") if m.start < first <= m.end), first)  # "свыше 1 300 - ..."
    # "..., а 37 — с контрабандой": "а" joins an item as "и" does
    opens = sent.text_at(lead - 1) in LIST_MARKS | {""} \
        or sent.lemma_at(lead - 1) in function_words("and") | function_words("coordination") \
        or any(m.end == first for c in ("part", "part_next") for m in sent.cues.of(c))
    stop = next((k for k in range(after + 1, len(toks)) if toks[k].text in LIST_MARKS), len(toks))
    item = nxt is not None and nxt.text in DASHES and opens
    if item:
        # the item names a drug crime ("323 — хранения"), never another crime listed beside ("151 — оружия")
        named = [h for c in ("crime_type", "drug", "substance") for h in sent.cues.of(c) if after < h.start < stop]
        crime_first = any(h.start == after + 1 for h in sent.cues.of("crime_type"))
        crime_named = any((h := head_entry(t)) is not None and h.kind == "crimes" for t in toks[after + 1:stop])
        item = bool(named or crime_named) and (prev is not None or crime_first or crime_named)  # "93-і – қылмыс"
        kind, head = (prev.kind, prev.head) if prev is not None else ("crimes", "")
        last = after
        while last + 1 < stop and toks[last + 1].kind == "word" \
                and (toks[last + 1].pos in {"NOUN", "ADJF", "PRTF"} or sent.kazakh
                     or last == after and toks[last + 1].pos == "PREP"):
            last += 1  # the item's own words: "323 — незаконного хранения", "37 — с контрабандой", "93-і – есірткі
            # қылмысы"
        if last == after:
            last = after - 1  # the dash alone is not the item's
        if item:
            return Figure(kind, sent, num.start, last + 1, *quote_span(sent, num.start, last), value=num.value,
                          count=num.value, head=head, how="ellipsis")
        # "Две из них находились в Карагандинской области, одна — в Акмолинской": an item of a breakdown by place
        place = next((h for h in sent.cues.of("place") if h.start == after + 2), None) \
            if sent.lemma_at(after + 1) in function_words("in") else None
        if place is not None and prev is not None and prev.kind in PART_KINDS:
            # the figure ends at its number: its place right after it is where it was (etl.regions, "sentence_next")
            return Figure(prev.kind, sent, num.start, num.end, *quote_span(sent, num.start, place.end - 1),
                          value=num.value, count=num.value, head=prev.head, how="ellipsis", placed=True)
    in_part = any(m.end <= num.start for c in ("part", "part_next") for m in sent.cues.of(c))
    # "600 деректің 260-ы ... сату фактілеріне жатады": a part right after its total in the genitive (of which)
    of_total = _of_group(sent, prev, first)
    opens = opens or of_total
    in_part = in_part or of_total
    if (prev is not None and prev.kind == "crimes" or in_part) and opens and sent.kazakh:
        # a Kazakh item named by its kind of crime, without a dash, after its total or a part cue: "207 құқық
        # бұзушылық: 67 есірткі өсіру, 9 өткізу", "Оның ішінде 67 есірткі өсіру, ..."
        typed = next((h.end for h in sent.cues.starting("crime_type", num.end, min(stop, num.end + 5))), None)
        if typed is None and in_part:  # "оның 85-і ауыр санаттағы қылмыстарға жатады": a crimes noun ends it
            typed = next((k + 1 for k in range(after, min(stop, after + KAZAKH_PART_WORDS))
                          if (h := head_entry(toks[k])) is not None and h.kind == "crimes"), None)
        if typed is not None and all(t.kind == "word" for t in toks[after:typed]):
            return Figure("crimes", sent, num.start, typed, *quote_span(sent, num.start, typed - 1),
                          value=num.value, count=num.value, head=prev.head if prev else "", how="ellipsis")
    if prev is None:
        return None
    part = any(prev.end <= m.start and m.end <= num.start for m in sent.cues.of("part")) \
        or any(m.end == first for m in sent.cues.of("part_next"))
    # an item named by what it was for, after an item of the list whose noun was left out ("две синтетических и
    # одна по выращиванию конопли"); a first item so named may be one thing described ("две лаборатории: одну по
    # производству мефедрона, другую — ...")
    purpose = sent.cues.covering("crime_type", after + 1) \
        if nxt is not None and nxt.lemma in function_words("kind_of") and found and found[-1].how == "ellipsis" \
        else None
    # "пять лабораторий: трех синтетических и ...", "две синтетических и одна по выращиванию конопли"
    listed = (sent.text_at(lead - 1) in LIST_MARKS or sent.lemma_at(lead - 1) in function_words("and")) \
        and nxt is not None and (nxt.pos in {"ADJF", "PRTF"} or purpose is not None)
    if prev.kind in PART_KINDS and kazakh_part(sent, num.start) and subset_before(sent, first):
        # "27 зертхана жойылды, оның 9-ы Алматы облысында": a possessive number is a part of its own, whatever
        # word follows
        return Figure(prev.kind, sent, num.start, num.end, *quote_span(sent, num.start, num.end - 1),
                      value=num.value, count=num.value, head=prev.head, how="ellipsis")
    if not (part or listed):
        return None
    if nxt is not None and nxt.kind == "word" and nxt.pos not in {"ADJF", "PRTF", "PREP", "VERB", "PRTS"}:
        return None  # a noun of its own follows: not an elliptic part
    k = after
    while k < len(toks) and toks[k].pos in {"ADJF", "PRTF"}:
        k += 1
    if k > after and k < len(toks) and toks[k].pos == "NOUN" and not sent.kazakh \
            and not any(sent.cues.covering(c, j) for c in ("crime_type", "drug", "substance")
                        for j in range(after, k + 1)):
        # "18 нарколабораторий и 9 транснациональных каналов": its adjectives have a noun of their own (not a kind of
        # crime: "59 фактов сбыта и 10 контрабандного провоза")
        return None
    last = num.end if nxt is not None and nxt.kind == "word" else num.end - 1
    if purpose is not None:
        last = purpose.end - 1  # "одна по выращиванию"
    return Figure(prev.kind, sent, num.start, last + 1, *quote_span(sent, num.start, last), value=num.value,
                  count=num.value, head=prev.head, how="ellipsis")
