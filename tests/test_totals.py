"""Totals and their parts (GUIDE.md, totals; partial lists). Every sentence here is written for the test."""

import pytest

from tests.helpers import case, facts_of, match

TOTALS = [
    # a part naming neither a drug nor a place of its own describes the same drug: no part, no total; a part by
    # place stays one
    case("Изъято 62 кг марихуаны, из них 50 кг — высушенной.", {"kg": 62.0, "total": False}),
    case("Олардан 62 келі марихуана тәркіленді, оның 50 келісі кептірілген.", {"kg": 62.0, "total": False}),
    case("С начала года изъято 9 тонн наркотиков, из них 4 тонны в Жамбылской области.",
         {"kg": 9000.0, "total": True}, {"kg": 4000.0, "region": "KZ-31"}),
    # a table by place under a heading that names what it counts, the country's whole on a line after it
    case("Наркопреступления за 11 месяцев по регионам\n\nАлматы — 512\nШымкент — 301\n\nВсего по стране "
         "зарегистрировано 4 120 наркопреступлений.", {"count": 512, "region": "KZ-75", "total": False},
         {"count": 301, "region": "KZ-79", "total": False}, {"count": 4120, "region": "KZ", "total": True},
         published="2025-12-16"),
    case("Өңірлер бойынша тіркелген есірткі қылмыстары\n\nАлматы қаласы — 512\nҚарағанды облысы — 455\n\n"
         "Барлығы елімізде 4 120 есірткі қылмысы тіркелді.", {"count": 512, "region": "KZ-75"},
         {"count": 455, "region": "KZ-35"}, {"count": 4120, "region": "KZ", "total": True}),
    # a breakdown opened by a part cue a paragraph after the statistic, when its whole is larger: still its total
    case("С начала года в стране ликвидировано 40 нарколабораторий.\n\n«Синтетика остаётся главной угрозой», — "
         "сказал министр. Он призвал родителей быть внимательнее.\n\nБольше всего лабораторий выявлено в "
         "Алматинской области — 11.", {"count": 40, "total": True}, {"count": 11, "total": False}),
    # a breakdown "by kind" in the next sentence ("По видам:", "Түрлері бойынша:") makes the whole before it a total
    case("За год изъято 900 кг наркотиков. По видам: марихуана — 600 кг, гашиш — 250 кг.",
         {"kg": 900.0, "total": True}, {"kg": 600.0, "total": False}, {"kg": 250.0, "total": False}),
    case("Биыл 900 келі есірткі тәркіленді. Түрлері бойынша: марихуана — 600 келі, гашиш — 250 келі.",
         {"kg": 900.0, "total": True}, {"kg": 600.0, "total": False}, {"kg": 250.0, "total": False}),
    case("Изъято 19,4 тонны наркотиков, в том числе 19 килограммов героина и 370 килограммов гашиша.",
         {"kg": 19400.0, "total": True, "substance": "drugs"},
         {"kg": 19.0, "total": False, "substance": "heroin"}, {"kg": 370.0, "total": False, "substance": "hashish"}),
    case("Изъято 692 кг наркотиков, среди которых 235 кг марихуаны.",
         {"kg": 692.0, "total": True}, {"kg": 235.0, "total": False}),
    # a mass of various drugs is the total of the named drugs after it in its sentence; of plain drugs, not
    case("За год изъято 540 кг различных наркотиков, 410 кг из них - марихуана.",
         {"kg": 540.0, "total": True}, {"kg": 410.0, "total": False, "substance": "marijuana"}),
    # a bare list opened by a mass of drugs unnamed, its named drugs adding up to no more: their total; not when
    # they add up to more, nor when places or "ещё" tell other seizures
    case("За год изъято 6 тонн наркотиков, 2 тонны марихуаны, 40 кг гашиша и 150 кг синтетики.",
         {"kg": 6000.0, "total": True}, {"kg": 2000.0, "total": False}, {"kg": 40.0}, {"kg": 150.0}),
    case("Биыл 6 тонна есірткі, 2 тонна марихуана, 47 келі гашиш тәркіленді.",
         {"kg": 6000.0, "total": True}, {"kg": 2000.0, "total": False}, {"kg": 47.0, "total": False}),
    case("Изъято 5 кг наркотиков, 4 кг героина и 3 кг гашиша.",
         {"kg": 5.0, "total": False}, {"kg": 4.0}, {"kg": 3.0}),
    case("В Таразе изъяли 2 кг наркотиков, в Шымкенте — 800 г героина и 1 кг гашиша.",
         {"kg": 2.0, "total": False}, {"kg": 0.8}, {"kg": 1.0}),
    case("В гараже изъято 5 кг наркотиков, в машине ещё 2 кг героина.",
         {"kg": 5.0, "total": False}, {"kg": 2.0, "total": False}),
    case("Изъято 24 тонны наркотических средств, в их числе 500 кг героина.",
         {"kg": 24000.0, "total": True}, {"kg": 500.0, "total": False}),
    # parts in the next sentence break down the nearest count before them, not an earlier one
    case("В прошлом году выявлено 400 наркопреступлений. В этом году выявлено 180 наркопреступлений. Из них 70 – "
         "сбыт.", {"count": 400, "total": False}, {"count": 180, "total": True}, {"count": 70, "total": False}),
    # a figure before a colon whose list after it adds up to no more than it: their total; money too
    case("За год конфисковано 2,4 млрд тенге: 1,5 млрд наличными и 900 млн на банковских счетах.",
         {"amount": 2.4e9, "total": True}, {"amount": 1.5e9, "total": False}, {"amount": 9e8, "total": False}),
    case("В Шымкенте изъято 80 кг гашиша: 50 кг в гараже, 30 кг в машине.",
         {"kg": 80.0, "total": True}, {"kg": 50.0, "total": False}, {"kg": 30.0, "total": False}),
    case("Арестовано 300 млн тенге: 250 млн на счетах и 120 млн наличными.",
         {"amount": 3e8, "total": False}, {"amount": 2.5e8}, {"amount": 1.2e8}),
    case("Выявлено 1275 преступлений, из них 667 фактов сбыта и 178 - незаконного хранения.",
         {"count": 1275, "total": True}, {"count": 667}, {"count": 178}),
    case("Выявлено 1878 наркопреступлений, 1118 фактов сбыта и 323 - хранения наркотиков.",
         {"count": 1878, "total": True}, {"count": 1118, "total": False}, {"count": 323, "total": False}),
    # "N из них / из которых" after a count of crimes or labs is a part of it; of people, a subset (test_subsets)
    case("За полгода выявлено 58 наркопреступлений, 31 из которых связано со сбытом.",
         {"count": 58, "total": True}, {"kind": "crimes", "count": 31, "total": False}),
    case("В области ликвидированы 4 нарколаборатории, 3 из них производили мефедрон.",
         {"kind": "labs", "count": 4, "total": True}, {"kind": "labs", "count": 3, "total": False}),
    case("Выявлено 262 уголовных правонарушения, связанных с синтетикой (72 преступления).",
         {"count": 262, "total": True}, {"count": 72, "total": False}),
    case("Зарегистрировано 145 правонарушений. Из них 72 классифицированы как наркопреступления, "
         "включая 43 случая сбыта.",
         {"count": 145, "total": True}, {"count": 72, "total": True}, {"count": 43, "total": False}),
    # the country's seizures followed by the regions that seized most ("по республике" names the country only)
    case("По республике изъято 12 тонн наркотиков. Больше всего — в Жамбылской области (4 тонны) и Алматинской "
         "(2 тонны).", {"kg": 12000.0, "total": True, "region": "KZ"}, {"kg": 4000.0, "region": "KZ-31"},
         {"kg": 2000.0, "region": "KZ-19"}),
    # a whole told after the seizures it adds up ("общий вес", "в общей сложности", "жалпы"); not a mass beside
    # them that is no sum of theirs, nor a sum with no word of the whole
    case("У первого курьера нашли 6 кг гашиша. У второго изъяли ещё 4,5 кг гашиша. Общий вес изъятого — 10,5 кг.",
         {"kg": 6.0, "total": False}, {"kg": 4.5, "total": False}, {"kg": 10.5, "total": True}),
    case("В машине нашли 30 кг марихуаны, в доме - 12 кг. В общей сложности изъято около 42 кг наркотиков.",
         {"kg": 30.0, "total": False}, {"kg": 12.0, "total": False}, {"kg": 42.0, "total": True}),
    case("Тінту кезінде 3 келі героин, гаражынан тағы 2 келі героин табылды. Жалпы салмағы 5 келі.",
         {"kg": 3.0, "total": False}, {"kg": 2.0, "total": False}, {"kg": 5.0, "total": True}),
    case("У первого курьера нашли 6 кг гашиша, у второго 4,5 кг. Общий вес изъятого за месяц — 60 кг.",
         {"kg": 6.0, "total": False}, {"kg": 4.5, "total": False}, {"kg": 60.0, "total": False}),
    case("У первого курьера нашли 6 кг гашиша, у второго 4,5 кг. На складе лежали ещё 10,5 кг гашиша.",
         {"kg": 6.0, "total": False}, {"kg": 4.5, "total": False}, {"kg": 10.5, "total": False}),
    case("С начала года изъято 3 тонны наркотиков, а вчера в Таразе изъяли 5 кг гашиша.",
         {"kg": 3000.0, "total": False}, {"kg": 5.0, "total": False}),
    # a mass of drugs followed by seizures in several regions that stay under it: a total over regions (of the
    # same period); single seizures after a year's statistic are its examples, not its breakdown
    case("В ходе операции изъято свыше 750 кг наркотических средств. В Таразе изъяли 300 кг гашиша, в Актобе "
         "нашли 200 кг марихуаны.", {"kg": 750.0, "total": True}, {"kg": 300.0}, {"kg": 200.0}),
    # told after them as the whole ("Всего", "общий вес"), it is their total too; without a word of the whole, not
    case("В Таразе изъяли 300 кг гашиша, в Актобе нашли 200 кг марихуаны. Всего в ходе операции изъято 900 кг "
         "наркотиков.",
         {"kg": 300.0, "total": False}, {"kg": 200.0, "total": False}, {"kg": 900.0, "total": True, "region": None}),
    case("В Таразе изъяли 300 кг гашиша, в Актобе нашли 200 кг марихуаны. Позже изъято 900 кг наркотиков.",
         {"kg": 300.0}, {"kg": 200.0}, {"kg": 900.0, "total": False}),
    case("За прошлый год в стране изъято 20 тонн наркотиков.\n\nТак, в Таразе изъяли 300 кг гашиша. В Актобе "
         "нашли 200 кг марихуаны.", {"kg": 20000.0, "total": False}, {"kg": 300.0}, {"kg": 200.0}),
    case("С начала года зарегистрировано 90 наркопреступлений (2023 г. — 103).",
         {"count": 90, "period_start": "2024-01-01"}, {"count": 103, "period_start": "2023-01-01"}),
    # a count's breakdown by place, its first item "из них" with its place after it, the others "number — place"
    # (a further one "ещё одна"): parts of the count, each in its own region, in a paragraph of its own too
    case("Пресечена работа пяти нарколабораторий.\nТри из них работали в Шымкенте, одна — в Таразе, ещё одна — "
         "в Кызылорде.", {"count": 5, "total": True, "region": None},
         {"count": 3, "total": False, "region": "KZ-79"}, {"count": 1, "total": False, "region": "KZ-31"},
         {"count": 1, "total": False, "region": "KZ-43"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TOTALS)
def test_table(text, published, expected):
    match(facts_of(text, published), expected)


SUBSETS = [  # GUIDE.md "People subsets": a subset with an action of its own is a fact; described, it is not
    case("Полицейские задержали 30 человек, из них 12 арестованы.",
         {"count": 30, "action": "detained", "total": False}, {"count": 12, "action": "arrested", "total": False}),
    case("Задержаны четверо жителей Тараза, трое из которых уже арестованы.",
         {"count": 4, "action": "detained"}, {"count": 3, "action": "arrested"}),
    case("Задержаны 15 человек, из них 9 моложе 25 лет.", {"count": 15, "action": "detained", "total": False}),
    # ... in the sentence after the count too, a Kazakh one with its number words as well
    case("Полицейские задержали 30 человек. Из них 12 арестованы.",
         {"count": 30, "action": "detained"}, {"count": 12, "action": "arrested"}),
    case("Полицейские задержали 9 человек. Из них пятеро в Кентау, четверо задержаны в Арысе.",
         {"count": 9, "action": "detained"}),
    case("Рейд кезінде 9 адам ұсталды. Оның ішінде бесеуі Кентауда, төртеуі Арыста қолға түсті.",
         {"count": 9, "action": "detained"}),
    case("Рейд кезінде 9 адам ұсталды. Оның 4-і қамауға алынды.",
         {"count": 9, "action": "detained"}, {"count": 4, "action": "arrested"}),
    # every item of the subset's list is described, however long the list
    case("Задержаны 35 подростков, среди них 11 учащихся лицеев, 4 студента и 2 школьника.",
         {"count": 35, "action": "detained"}),
    case("К уголовной ответственности привлечён 41 человек, включая 17 безработных, 9 студентов и 4 продавца.",
         {"count": 41, "action": "charged"}),
    # the people counted, then who they are after a colon or a dash: described, no facts of their own
    case("В Шымкенте задержаны 7 человек: четверо жителей города и трое приезжих.", {"count": 7, "action": "detained"}),
    case("Задержаны шестеро — двое граждан Узбекистана и четверо казахстанцев.", {"count": 6, "action": "detained"}),
    case("Задержаны 7 человек: четверо взяты под стражу, трое водворены в ИВС.",
         {"count": 7, "action": "detained"}, {"count": 4, "action": "arrested"}),
    case("В Таразе задержаны 14 человек. Среди задержанных — пятеро студентов.", {"count": 14, "action": "detained"}),
    case("Среди подозреваемых двое взяты под стражу.", {"count": 2, "action": "arrested"}),
    # "N из M": the N are the count, the M whom they are of
    case("К утру задержаны 6 из 8 участников преступной группы.", {"kind": "people", "count": 6}),
    case("Полицейские задержали пятерых из семи членов банды.", {"kind": "people", "count": 5}),
    case("Ликвидированы 4 из 6 выявленных фитолабораторий.", {"kind": "labs", "count": 4}),
    case("Задержаны семеро подозреваемых, из которых шесть водворены в ИВС.", {"count": 7, "action": "detained"}),
    case("Полицейлер 40 адамды ұстады, оның 15-і қамауға алынды.",
         {"count": 40, "action": "detained", "total": False}, {"count": 15, "action": "arrested"}),
    # "оның ішінде" (among them) before a subset with the group's own action: counted already
    case("Жыл басынан бері 60 адам ұсталды, оның ішінде 9 шетелдік ұсталды.", {"count": 60, "action": "detained"}),
    case("Рейдте 25 адам ұсталды, оның ішінде топтың 6 мүшесі қамауға алынды.",
         {"count": 25, "action": "detained"}, {"count": 6, "action": "arrested"}),
    # the possessive "of them" after digits or as a word: "7-еуі", "6-уы", "алтауы"
    case("Тергеушілер 11 күдіктіні ұстады, оның 7-еуі қамауға алынды.",
         {"count": 11, "action": "detained"}, {"count": 7, "action": "arrested"}),
    case("Рейдте 16 адам ұсталды, олардың алтауы қамауға алынды.",
         {"count": 16, "action": "detained"}, {"count": 6, "action": "arrested"}),
    case("Облыста 60 келі есірткі тәркіленді, оның 25 келісі марихуана.",
         {"kg": 60.0, "total": True}, {"kg": 25.0, "substance": "marijuana", "total": False}),
    case("Облыста 60 келі есірткі тәркіленді. Оның көлігінен 3 кг героин табылды.",  # "оның": "his", not a part
         {"kg": 60.0, "total": False}, {"kg": 3.0, "total": False}),
    case("Жыл басынан бері 310 есірткі қылмысы анықталды, соның 120-сы – есірткі сату фактілері.",
         {"count": 310, "total": True}, {"count": 120, "total": False}),
]


@pytest.mark.parametrize(("text", "published", "expected"), SUBSETS)
def test_subsets(text, published, expected):
    match(facts_of(text, published), expected)


KAZAKH_BREAKDOWNS = [  # Kazakh items of a breakdown of crimes, with or without a dash, in the sentence after
    case("Облыста 150 құқық бұзушылық анықталды. Оның ішінде 40 есірткі өсіру, 12 өткізу, 3 жарнамалау.",
         {"count": 150, "total": True}, {"count": 40}, {"count": 12}, {"count": 3}),
    case("Қалада 320 құқықбұзушылық тіркелді, соның 110-ы – есірткі қылмысы. 210-ы – қылмыстық теріс қылықтар.",
         {"count": 320, "total": True}, {"count": 110, "total": False}, {"count": 210, "total": False}),
    case("Биыл облыста 95 дерек тіркелген. Оның 50-ден астамы — сату фактілері, 4 — контрабанда.",
         {"count": 95, "total": True}, {"count": 50}, {"count": 4}),
    # a part right after its total in the genitive: "of 410 facts, 150 are sales"
    case("Облыста тіркелген 410 деректің 150-і есірткі сату фактілеріне жатады.",
         {"count": 410, "total": True}, {"count": 150, "total": False}),
    # people: "of the 11 detained, 8 ..." is a subset, a fact only with an action of its own
    case("Ұсталған 12 адамның 7-еуі басқа облыстардың тұрғындары болып шықты.", {"count": 12, "action": "detained"}),
    case("Ұсталған 12 адамның 7-еуі қамауға алынды.",
         {"count": 12, "action": "detained"}, {"count": 7, "action": "arrested"}),
    # last year's figure told first, the counted noun last: each its year's same months
    case("Өткен жылы – 140, биыл 6 айда 160 дерек тіркелген.",
         {"count": 140, "period_start": "2023-01-01", "period_end": "2023-06-30"},
         {"count": 160, "period_start": "2024-01-01", "period_end": "2024-06-30"}, published="2024-07-15"),
]


@pytest.mark.parametrize(("text", "published", "expected"), KAZAKH_BREAKDOWNS)
def test_kazakh_breakdowns(text, published, expected):
    match(facts_of(text, published), expected)


def test_a_part_told_in_the_headline_too_stays_a_part_of_its_total():
    # the headline's "2 тонны марихуаны" and the body's are one fact: the total lists it among its parts
    facts = facts_of("Полиция изъяла 2 тонны марихуаны\n\nЗа год в области изъято 6 тонн наркотиков, 2 тонны "
                     "марихуаны, 40 кг гашиша и 150 кг синтетики.", "2024-12-20")
    total = next(f for f in facts if f["total"])
    assert total["kg"] == 6000.0
    assert sorted(facts[k]["kg"] for k in total["parts"]) == [40.0, 150.0, 2000.0]
    assert [f["kg"] for f in facts].count(2000.0) == 1


def test_items_by_place_after_a_regions_own_count_are_its_siblings_not_its_parts():
    got = facts_of("В Карагандинской области за полгода ликвидировано 8 лабораторий, в Алматинской — 6.")
    assert [(f["count"], f["region"], f["total"]) for f in got] == [(8, "KZ-35", False), (6, "KZ-19", False)]
    got = facts_of("За полгода ликвидировано 14 лабораторий: в Карагандинской области — 8, в Алматинской — 6.")
    assert [(f["count"], f["total"]) for f in got] == [(14, True), (8, False), (6, False)]

