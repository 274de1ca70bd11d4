"""MONEY: a number and a currency ("1 млрд 155 млн тенге", "$15 млн"), with what happened to the sum (its role)."""

from __future__ import annotations

from functools import cache

from etl.grammars.base import NEAR, QUOTES, ROLE_STRENGTH, STOPS, Figure, hedge_start, in_parens, quote_span
from etl.language import kazakh_stem
from etl.numbers import Number
from etl.text import DASHES, Sentence
from etl.vocab import Hit, currencies, function_words, numbers

PAID_REACH = 3  # tokens from a verb of paying to the sum it pays ("заплатив за него 3 млн тенге")
PRICE_OBJECT = 4  # tokens after a price in which the drug bought may be named ("за 20 тысяч тенге дозу героина")
PROPERTY_WORDS = 4  # words from a property noun to its worth ("имущество осуждённых наркодельцов стоимостью")
HOME_CURRENCY = "KZT"  # a sum told with no currency at all in an article about Kazakhstan
LEGAL_STAGES = ("frozen", "forfeited")  # what a court or an investigator did to a sum, beyond taking it


UNIT_SUBJECT = 8  # tokens from a unit priced to its price ("Килограмм гашиша на чёрном рынке стоит около 2 млн")
SCALE_WORDS = 3  # tokens a price may take after its number before the currency ("2 млн тенге", "1,5 тыс. тенге")
KAZAKH_CHAIN = 6  # tokens after a Kazakh sum that may hold its chained verbs ("тәркілеп, мемлекет кірісіне айналдырды")
NEXT_SUM_WORDS = 6  # words from a sum to the next whose currency is left out ("тенге на счетах, ещё 35 млн")


def _currency_at(sent: Sentence, i: int) -> tuple[str, int] | None:
    """A currency word at token i as (code, index of its last token), with what belongs to it: the dot of an
    abbreviation ("долл."), a country that qualifies it, after it or before it ("долларов США", "АҚШ доллары"),
    and a currency named again in brackets, which is the more precise ("долларов (USDT)")."""
    tok = sent.tokens[i] if i < len(sent.tokens) else None
    if tok is None:
        return None
    if sent.cues.at("currency_country", i) and i + 1 < len(sent.tokens):
        i, tok = i + 1, sent.tokens[i + 1]  # the country before the currency, as Kazakh puts it ("АҚШ доллары")
    code = currencies().get(tok.lemma) or currencies().get(tok.norm)
    if not code and sent.kazakh:  # "теңгесіне", "долларына": a Kazakh currency word with its endings
        code = currencies().get(kazakh_stem(tok.norm, _currency_words()) or "")
    if not code:
        return None
    last = i
    if sent.text_at(i + 1) == "." and tok.norm in currencies() and len(tok.norm) <= 4:
        last += 1
    if sent.cues.at("currency_country", last + 1):
        last += 1
    if sent.text_at(last + 1) == "(" and sent.text_at(last + 3) == ")":
        inner = currencies().get(sent.tokens[last + 2].norm)
        if inner and inner != code:
            code, last = inner, last + 3
    return code, last


@cache
def _currency_words() -> frozenset[str]:
    """The currency words a Kazakh form may be built on ("теңге", "доллар"): whole words, not signs."""
    return frozenset(form for form in currencies() if form.isalpha() and len(form) > 3)


def _currency_left_out(sent: Sentence, num: Number, found: list[Figure]) -> tuple[str, int] | None:
    """A sum with its currency left out, told by what it was held as ("700 млн наличными и 450 млн на счетах",
    "90 млн тенге наличными и 40 млн на счетах"), or joined to the sum before it ("..., ещё 300 млн"): a number
    with a scale word; the currency of the sum before it in the sentence, else tenge (the articles' own
    currency)."""
    if not num.scaled:
        return None
    k = num.end
    held = sent.lemma_at(k) in function_words("cash_form") or sent.tokens[k].norm in function_words("cash_form") \
        if k < len(sent.tokens) else False
    if not held and sent.lemma_at(k) in function_words("on"):
        held = any(sent.lemma_at(j) in function_words("account") for j in (k + 1, k + 2))
    prev = next((f for f in reversed(found) if f.kind == "money"), None)
    if held:
        return prev.currency if prev is not None else HOME_CURRENCY, num.end - 1
    if prev is not None and _next_sum(sent, prev.end, num):
        return prev.currency, num.end - 1  # "заморожено 900 млн тенге, ещё 300 млн изъято"
    return None


def _next_sum(sent: Sentence, end: int, num: Number) -> bool:
    """A scaled number joined to the sum ending at token `end` ("..., ещё 300 млн", "и 2 млн") and followed by no
    noun of its own ("3 млн доз" counts something else): one more sum in that currency."""
    between = sent.tokens[end:num.start]
    joined = 0  # the joining words right before the number: ", ещё", "и", ", а также ещё"
    while joined < len(between) and (between[-1 - joined].text == ","
                                     or between[-1 - joined].lemma in function_words("sum_joiner")):
        joined += 1
    # before them, what the sum before was held as ("заморожено 420 млн тенге на счетах, ещё 35 млн")
    held = between[:len(between) - joined]
    if not joined or len(between) > NEXT_SUM_WORDS or any(t.kind == "num" or t.pos in {"VERB", "PRTS", "INFN"}
                                                           for t in held):
        return False
    return num.end >= len(sent.tokens) or sent.tokens[num.end].pos != "NOUN"


def money(sent: Sentence, num: Number, found: list[Figure]) -> Figure | None:
    before = num.start - 1
    sign = sent.tokens[before].text if before >= 0 else ""
    # "Т850 млн": a letter written onto the number as a sign ("Т" for ₸), only when nothing stands between
    glued = sign in function_words("currency_letter") and sent.tokens[before].end == sent.tokens[num.start].start
    if sign in currencies() and not sign.isalpha() or glued:
        code, last, first = HOME_CURRENCY if glued else currencies()[sign], num.end - 1, before
    else:
        hit = _currency_at(sent, num.end) or _currency_left_out(sent, num, found)
        if not hit:
            return None
        (code, last), first = hit, num.start
    if _unit_price(sent, last + 1) or _unit_price_before(sent, hedge_start(sent, first)) \
            or any(priced_unit(sent, h.start) for h in sent.cues.ending("unit", first - UNIT_SUBJECT, first)):
        return None
    first = hedge_start(sent, first)
    if _price_paid(sent, first):
        return None
    fig = Figure("money", sent, num.start, last + 1, *quote_span(sent, first, last), value=num.value,
                 amount=num.value, currency=code, head=code, hedged=first < num.start or num.hedged, how="money")
    # "(около $2 млн)", "(14,4 млн евро)": a sum restated in another currency is one fact, not two
    fig.in_parens = in_parens(sent, first)
    if fig.in_parens and found and found[-1].kind == "money":
        return None
    fig.role = _role(sent, first, last, [f.start for f in found if f.kind == "money"])
    return fig if fig.role is not None else None


def _price_paid(sent: Sentence, first: int) -> bool:
    """A sum after "за" that a verb of buying or renting before it in the sentence governs ("арендовала железный
    контейнер, превратив его в нарколабораторию, за 2 миллиона тенге"), or one a verb of paying governs ("заплатив
    за него 3 млн тенге"): the price of something bought, not money seized; a drug named from the verb to just
    after the sum makes it a drug's price, left to the roles."""
    # "заплатив за него 3 млн тенге": the sum is what was paid; "купил ... за 5 млн тенге": what was bought's price
    verb = next((k for k in range(max(first - PAID_REACH, 0), first) if sent.lemma_at(k) in function_words("pay")),
                None)
    if verb is None and sent.lemma_at(first - 1) in function_words("per_item"):
        verb = next((k for k in range(first - 2, -1, -1) if sent.tokens[k].lemma in function_words("acquire")), None)
    return verb is not None and not sent.cues.starting("substance", verb, first + PRICE_OBJECT + 1)


def is_sum(sent: Sentence, num: Number) -> bool:
    """A number with its currency written after it ("15 тысяч тенге"): a sum of money, whether or not it is a
    fact (a price paid, a unit's price), never a count of anything else."""
    return _currency_at(sent, num.end) is not None


def _acts_on_other(sent: Sentence, hit: Hit) -> bool:
    """A verb right before a number that is no sum ("..., изъято 3 кг мефедрона"): it acts on that figure."""
    toks = sent.tokens
    hedge = sent.cues.at("hedge", hit.end)  # "изъято более 3 кг"
    k = hedge.end if hedge is not None else hit.end
    return k < len(toks) and toks[k].kind == "num" and not any(_currency_at(sent, j) for j in (k + 1, k + 2))


def _owned(hit: Hit, sums: list[int]) -> bool:
    """A worth right before another sum of the sentence ("общей стоимостью 74 млн тенге"): that sum's own."""
    return hit.value == "value" and any(0 <= start - hit.end <= NEAR for start in sums)


def _worth_of_later_sum(sent: Sentence, hit: Hit, last: int) -> bool:
    """A worth right before a sum after the one ending at token `last` ("..., наложен арест на недвижимость
    стоимостью 120 млн тенге"): that later sum's own."""
    if hit.value != "value" or hit.start <= last:
        return False
    return any(sent.tokens[j].kind == "num" and any(_currency_at(sent, m) for m in range(j + 1, j + 3))
               for j in range(hit.end, min(hit.end + NEAR, len(sent.tokens))))


def _unit_price_before(sent: Sentence, first: int) -> bool:
    """ "получала за каждую закладку 2500 тенге", "за грамм — 8 тысяч тенге": "за" and a unit right before the sum
    make it the price of one."""
    k = first - 1
    if sent.text_at(k) in DASHES:
        k -= 1
    if sent.cues.covering("unit", k) is None:
        return False
    k -= 1
    if _one_or_each(sent, k):
        k -= 1
    return sent.lemma_at(k) in function_words("per_item")


def _unit_price(sent: Sentence, k: int) -> bool:
    """A sum followed at token k by "за" and a unit ("за дозу", "за грамм", "за одну закладку"): the price of
    one, not a sum of money."""
    if sent.lemma_at(k) not in function_words("per_item"):
        return False
    k += 1 + _one_or_each(sent, k + 1)  # "за одну закладку", "за каждую"
    return sent.cues.covering("unit", k) is not None


def priced_unit(sent: Sentence, k: int) -> bool:
    """A unit at token k named as one ("грамм мефедрона", "одна доза", "одного грамма") in a sentence that prices
    it ("... стоит около 15 тысяч тенге", "Стоимость одного грамма — 20 тысяч тенге") and seizes nothing: the price
    of one on the market, neither a sum nor a seizure."""
    toks = sent.tokens
    if sent.cues.has("seize") or not any(h.value == "value" for h in sent.cues.of("role")):
        return False
    j = k - 1
    while j >= 0 and toks[j].pos in {"ADJF", "PRTF"}:
        j -= 1  # "одна разовая доза"
    before = toks[j] if j >= 0 else None
    if before is not None and (before.kind != "word" or before.pos == "PREP"
                               or numbers().get(before.lemma, (1.0,))[0] != 1):
        # "6 кг оцениваются в 90 млн", "250 тыс. разовых доз стоимостью ...": a quantity valued; "в пакете гашиш
        # стоимостью": what held it
        return False
    return any(_currency_at(sent, j) for j in range(k + 1, min(k + UNIT_SUBJECT + SCALE_WORDS, len(sent.tokens))))


def _one_or_each(sent: Sentence, k: int) -> bool:
    """A number word or "каждый" at token k, between "за" and the unit of a price."""
    return sent.lemma_at(k) in numbers() or sent.lemma_at(k) in function_words("each")


def _qualifies_noun(sent: Sentence, hit: Hit) -> bool:
    """A role participle or adjective right before the noun it qualifies ("изъятых наркотиков"), or one standing
    for the noun after a word of worth ("Стоимость изъятого — 4 млн тенге": the worth of what was seized)."""
    toks = sent.tokens
    if toks[hit.start].pos not in {"PRTF", "ADJF"}:
        return False
    worth = sent.cues.covering("role", hit.start - 1)
    return hit.end < len(toks) and toks[hit.end].pos == "NOUN" or worth is not None and worth.value == "value"


def _market(sent: Sentence, hit: Hit) -> bool:
    """A turnover word in the locative after a preposition ("при нелегальном обороте", "в незаконном обороте"):
    the market drugs are priced on, not a sum that turned over."""
    tok = sent.tokens[hit.start]
    if hit.value != "turnover" or tok.case != "loct":
        return False
    k = _skip_adjectives(sent, hit.start - 1)
    return k >= 0 and sent.tokens[k].pos == "PREP"


def _skip_adjectives(sent: Sentence, k: int, most: int = 2) -> int:
    """The token before up to `most` adjectives ending at token k."""
    stop = k - most
    while k > stop and k >= 0 and sent.tokens[k].pos in {"ADJF", "PRTF"}:
        k -= 1
    return k


def _property_at(sent: Sentence, k: int) -> bool:
    """Whether token k names property ("имущество", Kazakh "мүлкіне", "пәтерін")."""
    return sent.lemma_at(k) in function_words("property") \
        or sent.kazakh and sent.text_at(k).lower().startswith(tuple(function_words("property_stem")))


def _history(sent: Sentence, last: int) -> set[Hit]:
    """The role cues of a participle's clause right after a sum ("650 тысяч тенге, вырученных от продажи"):
    where the money came from, not what was done to it."""
    toks = sent.tokens
    k = _after_joined_sum(sent, last + 1)  # "340 тысяч тенге и 500 долларов, вырученные от продажи": both sums'
    if k + 1 >= len(toks) or toks[k].text != "," or toks[k + 1].pos != "PRTF":
        return set()
    end = next((j for j in range(k + 1, len(toks)) if toks[j].text in STOPS), len(toks))
    return set(sent.cues.starting("role", k + 1, end))


def _after_joined_sum(sent: Sentence, k: int) -> int:
    """The token after a sum joined by "и" at token k ("... и 500 долларов"), else k."""
    if sent.lemma_at(k) not in function_words("and") or k + 1 >= len(sent.tokens) or sent.tokens[k + 1].kind != "num":
        return k
    for j in range(k + 2, min(k + 2 + SCALE_WORDS, len(sent.tokens))):
        hit = _currency_at(sent, j)
        if hit is not None:
            return hit[1] + 1
    return k


def _after_participle_clause(sent: Sentence, last: int) -> Hit | None:
    """The verb of a sum's own clause right after a participle's clause that follows the sum ("Деньги на сумму 19
    млн тенге, полученные преступным путём, изъяты"), or None."""
    toks = sent.tokens
    k = last + 1
    if k + 1 >= len(toks) or toks[k].text != "," or toks[k + 1].pos != "PRTF":
        return None
    end = next((j for j in range(k + 1, len(toks)) if toks[j].text in STOPS), len(toks))
    if end >= len(toks) or toks[end].text != ",":
        return None
    return next((h for h in sent.cues.starting("role", end + 1, end + 2) if toks[h.start].pos in {"VERB", "PRTS"}),
                None)


def _role(sent: Sentence, first: int, last: int, sums: list[int] = ()) -> str | None:
    """What happened to a sum: right after it ("наличными"), right before it, else the sentence's strongest cue;
    None for the worth of property nothing was done to (no fact)."""
    # "мефедрона на сумму 3,7 млрд тенге", "«Синтетику» на 25 млн тенге": a drug priced is its value
    k = _skip_adjectives(sent, first - 1)  # "на рекордные 24 млрд тенге"
    if sent.lemma_at(k) in function_words("price_noun"):
        k = _skip_adjectives(sent, k - 1)  # "на общую сумму"
    if sent.lemma_at(k) in function_words("price"):
        k -= 1
        while k >= 0 and sent.tokens[k].text in QUOTES:
            k -= 1
        if sent.cues.covering("substance", k) is not None:
            # "продала наркотиков на 90 млн тенге": drugs sold for a sum are a turnover, drugs priced a worth
            sold = any(h.value == "turnover" and 0 <= k - h.end <= 1 for h in sent.cues.of("role"))
            return "turnover" if sold else "value"
    cues = sent.cues
    cash = function_words("cash_form")

    def form(hit: Hit) -> bool:  # "наличными" says what the sum was, not what was done to it
        return sent.tokens[hit.start].lemma in cash or sent.tokens[hit.start].norm in cash

    drug = next((k for k in (last + 1, last + 2) for c in ("drug", "substance") if cues.covering(c, k)), None)
    if sent.kazakh and drug is not None:
        # "1,5 миллион теңгенің есірткісі", "... теңге көлеміндегі есірткі": the drugs' worth; "300 млн теңгеден
        # астам есірткі сатылған": drugs sold for it, a turnover
        sold = any(h.value == "turnover" and 0 <= h.start - drug <= 2 for h in cues.of("role"))
        return "turnover" if sold else "value"
    right = cues.starting("role", last + 1, last + 2)
    if not right and sent.kazakh:
        # "50 млн теңгеден астам қаржы шығыны тоқтатылды": the Kazakh verb ending the sum's clause, its noun between
        right = [h for h in cues.starting("role", last + 2, last + KAZAKH_CHAIN)
                 if sent.tokens[h.start].pos in {"VERB", "PRTS", ""} and h.value != "value"
                 and all(t.kind == "word" for t in sent.tokens[last + 1:h.start])][:1]
    if right and not form(right[0]):
        if sent.tokens[right[0].start].pos in {"VERB", "PRTS"}:
            return right[0].value  # "ещё 35 млн изъяли наличными", "15 млн изъято": the verb right after the sum
        if sent.kazakh and right[0].value != "value":
            # a Kazakh verb right after the sum, and the verbs chained to it, are the sum's own, whatever the words
            # before say of where it came from ("сатудан түскен 18 млн теңге тәркіленді": proceeds, seized;
            # "... теңгені тәркілеп, мемлекет кірісіне айналдырды": the strongest, forfeited), or a stage told
            # before it ("мемлекет кірісіне ... тәркіленді")
            chained = [h for h in cues.starting("role", last + 1, last + KAZAKH_CHAIN)
                       if h.value != "value" and not form(h)]
            staged = [h for h in cues.of("role") if h.end <= first and h.value in LEGAL_STAGES and not form(h)]
            return max(chained + staged, key=lambda h: ROLE_STRENGTH[h.value]).value
    # not a participle's clause after a comma ("обратил в доход государства 12 млн тенге, изъятые у ..."): the
    # sum's history, not what this sentence did to it
    after = [m for m in cues.starting("role", last + 1, last + 3) if sent.tokens[m.start].pos not in {"VERB", "PRTS"}
             and not any(sent.text_at(k) == "," for k in range(last + 1, m.start))]
    if after:
        if after[0].value == "value" and _property_at(sent, after[0].end):
            # "250 млн теңгеге бағаланған мүлкіне тыйым салынды": property valued so, and what was done to it
            acts = [h for h in cues.of("role") if h.value != "value" and not form(h)]
            if acts:
                return max(acts, key=lambda h: ROLE_STRENGTH[h.value]).value
        if not form(after[0]):
            return after[0].value
        # "57 миллионов тенге наличными" is cash seized, unless a legal stage came before it: "арестовано
        # имущество: 600 млн тенге наличными" is cash frozen
        acts = [h for h in cues.of("role") if h.end <= first and not form(h) and not _owned(h, sums)]
        return acts[-1].value if acts and acts[-1].value in LEGAL_STAGES else after[0].value
    # a form word before a sum is the sum's before it; a participle before its noun ("стоимость изъятых
    # наркотиков составила ...") says what was done to the noun, not to the sum
    before = [h for h in cues.ending("role", first - 4, first) if not form(h) and not _qualifies_noun(sent, h)]
    if before and _market(sent, before[-1]):
        # "Стоимость партии при нелегальном обороте составляет 12,5 млн": the market the worth is told for
        before = [h for h in cues.of("role") if h.end <= before[-1].start and h.value == "value"]
    if before:
        worth = before[-1]
        if worth.value == "value" and any(sent.lemma_at(k) in function_words("property")
                                          for k in range(worth.start - PROPERTY_WORDS, worth.start)):
            # "имущество стоимостью 60 млн тенге": the worth of property, which was frozen, forfeited or seized
            acts = [h for h in cues.of("role") if h.value != "value" and not form(h) and not _acts_on_other(sent, h)]
            if acts:
                return max(acts, key=lambda h: ROLE_STRENGTH[h.value]).value
            return None  # "на земельном участке стоимостью 2 млн тенге": the worth of property nothing was done to
        return before[-1].value
    verb = [m for m in cues.starting("role", last + 1, last + 3) if sent.tokens[m.start].pos == "VERB"]
    if verb:
        return verb[0].value  # "ещё 3 млн тенге изъяли при обыске"
    told = _after_participle_clause(sent, last)
    if told is not None:
        return told.value  # "19 млн тенге, полученные преступным путём, изъяты"
    # the sentence's strongest cue, not one that is another sum's own: "квартира и автомобиль общей стоимостью
    # 74 млн тенге, а также 3,5 млн тенге" were confiscated, the worth is the 74 million's
    owned = {h for h in cues.of("role") if _owned(h, sums) or _worth_of_later_sum(sent, h, last)} \
        | _history(sent, last)
    if owned:
        free = [h for h in cues.of("role") if h not in owned]
        strongest = max(free, key=lambda h: (ROLE_STRENGTH[h.value], -h.start), default=None)
    else:
        strongest = cues.strongest("role", ROLE_STRENGTH)
    return strongest.value if strongest is not None else "seized"
