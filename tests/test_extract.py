"""Extraction, one table per section of GUIDE.md. Every sentence here is written for the test."""

import pytest

from tests.helpers import facts_of


def match(facts: list[dict], expected: list[dict]) -> None:
    """Each expected record is a subset of one fact, in order, and there are no other facts."""
    assert len(facts) == len(expected), f"got {facts}"
    for fact, want in zip(facts, expected, strict=True):
        for key, value in want.items():
            got = fact.get(key)
            if isinstance(value, float):
                assert got == pytest.approx(value), (key, fact)
            else:
                assert got == value, (key, fact)


def case(text, *expected, published="2024-06-15"):
    return pytest.param(text, published, list(expected), id=text[:50])


NUMBERS = [
    case("За год выявлено более тысячи наркопреступлений.", {"kind": "crimes", "count": 1000}),
    case("Заблокировано около 2,8 тысячи сайтов.", {"kind": "online", "count": 2800}),
    case("Тысячи людей пришли на акцию.", ),
    case("Изъято 3,2 кг гашиша в 40 свертках.", {"kind": "seizure", "kg": 3.2, "substance": "hashish"}),
    case("Изъято 3,2 кг гашиша, а также 40 свертков с героином.", {"kg": 3.2}, {"count": 40, "unit": "pieces"}),
    case("Ликвидировано кустарное производство наркотиков.", {"kind": "labs", "count": 1}),
    case("Полиция накрыла подпольный цех по выпуску мефедрона.", {"kind": "labs", "count": 1}),
    case("Задержаны двое курьеров и три оператора.", {"kind": "people", "count": 2}, {"kind": "people", "count": 3}),
    case("В Павлодаре полицейские изъяли 6,1 кг героина.", {"kind": "seizure", "kg": 6.1, "substance": "heroin"}),
    case("Изъято 2,1 тонны прекурсоров.", {"kind": "seizure", "kg": 2100.0, "substance": "precursors"}),
    case("У курьера нашли 330 гр. гашиша.", {"kind": "seizure", "kg": 0.33, "substance": "hashish"}),
    case("Всего изъято 13 тонн 183 килограмма марихуаны.", {"kg": 13183.0, "substance": "marijuana"}),
    case("Изъято 36 кг 808 граммов наркотиков.", {"kg": 36.808}),
    case("Изъято 500 мг кокаина.", {"kg": 0.0005, "substance": "cocaine"}),
    case("Изъято 25 тысяч таблеток трамадола.", {"kind": "seizure", "count": 25000, "unit": "pills"}),
    case("Изъяли полтора килограмма мефедрона.", {"kg": 1.5, "substance": "mephedrone"}),
    case("Изъято около двух с половиной килограммов наркотиков.", {"kg": 2.5}),
    case("Изъято свыше 100 литров прекурсоров.", {"count": 100, "unit": "litres", "substance": "precursors"}),
    case("Изъяты 1 млрд 155 млн тенге.", {"kind": "money", "amount": 1_155_000_000, "currency": "KZT"}),
    case("Изъяли 176 тыс. долларов.", {"amount": 176_000, "currency": "USD"}),
    case("Изъяли $950 тыс наличными.", {"amount": 950_000, "currency": "USD", "role": "seized"}),
    case("Изъяли 40 тыс. USD.", {"amount": 40_000, "currency": "USD"}),
    case("Арестовано 16,7 млн USDT.", {"amount": 16_700_000, "currency": "USDT", "role": "frozen"}),
    case("Наложен арест на 120 тыс. евро.", {"amount": 120_000, "currency": "EUR", "role": "frozen"}),
    case("Изъято 300 тыс. рублей.", {"amount": 300_000, "currency": "RUB"}),
    case("Изъяли 5 млн тг.", {"amount": 5_000_000, "currency": "KZT"}),
    case("Изъяли 2 млн ₸.", {"amount": 2_000_000, "currency": "KZT"}),
    case("Изъяли 70 000 KZT.", {"amount": 70_000, "currency": "KZT"}),
    case("Наркотики стоят порядка 2 млн евро.", {"amount": 2_000_000, "currency": "EUR", "role": "value"}),
    case("Задержаны 24 человека.", {"kind": "people", "count": 24, "action": "detained"}),
    case("Задержаны двое жителей города.", {"kind": "people", "count": 2}),
    case("Полиция задержала пятерых наркокурьеров.", {"kind": "people", "count": 5}),
]

# GUIDE.md: one person, lab, group, shop or channel named in the singular counts as 1
SINGULAR = [
    case("Задержан 36-летний житель Павлодара.", {"kind": "people", "count": 1, "action": "detained"}),
    case("Сотрудники полиции задержали пожилого водителя грузовика.", {"kind": "people", "count": 1}),
    case("Вчера в Актобе была задержана молодая студентка.", {"kind": "people", "count": 1, "region": "KZ-15"}),
    case("Владелец квартиры взят под стражу.", {"kind": "people", "count": 1, "action": "arrested"}),
    case("Хозяин склада с героином был арестован.", {"kind": "people", "count": 1, "action": "arrested"}),
    case("Полицейские провели задержание продавца.", {"kind": "people", "count": 1}),
    case("В Таразе задержаны 40-летний мужчина и его супруга.", {"kind": "people", "count": 2}),
    case("Задержаны фермер и тракторист.", {"kind": "people", "count": 2}),
    case("В Кокшетау задержана супружеская пара.", {"kind": "people", "count": 2}),
    case("Осуждён организатор канала сбыта.", {"kind": "people", "count": 1, "action": "charged"}),
    case("Оперативники задержали курьеров.", ),
    case("Служебная собака обнаружила тайник, задержан водитель.", {"kind": "people", "count": 1}),
    case("Полиция ликвидировала подпольную нарколабораторию.", {"kind": "labs", "count": 1}),
    case("Пресечена деятельность организованной преступной группы.", {"kind": "groups", "count": 1}),
    case("Заблокирован Telegram-канал по продаже наркотиков.", {"kind": "online", "count": 1}),
    case("Ликвидированы нарколаборатории.", ),
    case("Изъято оборудование для лаборатории.", ),
    case("Это была одна из крупнейших нарколабораторий региона.", ),
    case("Задержан курьер, ликвидирована нарколаборатория.",
         {"kind": "people", "count": 1}, {"kind": "labs", "count": 1}),
    case("Задержан 19-летний курьер.\nПозже задержанный дал показания, курьер признал вину.",
         {"kind": "people", "count": 1}),
    case("В Семее задержан 19-летний курьер.\nВ Павлодаре задержан 23-летний курьер.",
         {"kind": "people", "region": "KZ-10"}, {"kind": "people", "region": "KZ-55"}),
    case("Задержан курьер.\nЗатем задержан второй курьер.", {"kind": "people"}, {"kind": "people"}),
    case("В Караганде задержан закладчик.\nПодозреваемый водворён в ИВС.",
         {"kind": "people", "count": 1, "region": "KZ-35", "action": "detained"}),
]

# a yearly series: each figure is its year's, of the kind named before it
SERIES = [
    case("Число наркопреступлений падает: в 2018 году — 6100, в 2019 году — 5900.",
         {"kind": "crimes", "count": 6100, "period_start": "2018-01-01", "period_end": "2018-12-31"},
         {"kind": "crimes", "count": 5900, "period_start": "2019-01-01", "period_end": "2019-12-31"}),
    case("Выявлено 45 нарколабораторий в 2022 году, против 12 в 2020-м.",
         {"kind": "labs", "count": 45, "period_start": "2022-01-01"},
         {"kind": "labs", "count": 12, "period_start": "2020-01-01", "period_end": "2020-12-31"}),
    case("За 6 месяцев 2024 года выявлено 300 преступлений (2023 г. — 280).",
         {"count": 300, "period_end": "2024-06-30"}, {"count": 280, "period_start": "2023-01-01",
                                                      "period_end": "2023-06-30"}),
]

ELLIPTIC = [
    case("Ликвидированы шесть лабораторий: четырех синтетических и двух фитолабораторий.",
         {"kind": "labs", "count": 6, "total": True}, {"count": 4}, {"count": 2}),
    case("Выявлено 900 преступлений: 323 — хранение наркотиков, 45 — сбыт, 151 — незаконное ношение оружия.",
         {"kind": "crimes", "count": 900, "total": True}, {"count": 323}, {"count": 45}),
    case("Ликвидировано 40 нарколабораторий, в том числе семь по производству синтетики.",
         {"kind": "labs", "count": 40, "total": True}, {"kind": "labs", "count": 7}),
    case("Выявлено 12 преступлений, из них 5 — сбыт.",
         {"kind": "crimes", "count": 12, "total": True}, {"kind": "crimes", "count": 5}),
]

NOT_FACTS = [
    case("Курсы валют: $ 475.20  512.30  5.10"),
    case("Суд назначил ему штраф в размере 2 млн тенге."),
    case("Возбуждено дело по статье 297 УК РК."),
    case("Операция прошла в 2023 году."),
    case("Его приговорили к 10 годам лишения свободы."),
    case("Звоните по номеру 8 777 123 45 67."),
    case("Число наркопреступлений снизилось на 23%."),
    case("Полицейские провели 150 рейдов и 40 проверок."),
    case("Участвовали в схеме более 300 лиц."),
    case("У канала было 10 тысяч подписчиков и 500 клиентов."),
    case("Направлено 40 запросов, проверено 59 кошельков."),
    case("Пресечены 20 международных наркоканалов."),
    case("Расследуются дела на сумму 9 млрд тенге."),
    case("Выявлено 59 банковских карт и 12 криптообменников."),
    case("Изъяты 3 автомашины."),
    case("В суд направлено 93 уголовных дела, 14 дел прекращены."),
    case("Изъято оборудование для 4 лабораторий."),
    case("Изъято 115 единиц оружия и 2 тысячи патронов."),
    case("Это одна из крупнейших нарколабораторий."),
    case("Второй участник скрылся."),
    case("Уничтожено 110 тысяч кустов дикорастущей конопли."),
]

REPEATS = [
    case("Изъято 34 кг героина.\nПограничники изъяли 34 кг героина на границе.", {"kg": 34.0}),
    case("Почти 800 кг героина изъяли на границе\n" + "Пограничники изъяли героин. " * 6
         + "Общий вес героина составил 775 кг.", {"kg": 775.0, "substance": "heroin"}),
    case("Свыше 13 тонн наркотиков изъяли за год\n" + "Полиция подвела итоги работы. " * 7
         + "Изъято 13 тонн 183 килограмма наркотиков.", {"kg": 13183.0}),
    case("Стоимость оценивается в 433 млн тенге (более $950 тыс).", {"amount": 433_000_000, "role": "value"}),
    case("Изъято 34 брикета героина общим весом 34 килограмма.", {"kg": 34.0, "substance": "heroin"}),
    case("Изъято 9 кг синтетики. Это около 25 тысяч разовых доз.", {"kg": 9.0, "substance": "synthetic"}),
    case("Изъято 928 кустов конопли весом 300 кг.", {"kg": 300.0, "substance": "marijuana"}),
]

RULINGS = [
    case("Задержаны все участники группы из восьми человек.", {"kind": "people", "count": 8, "action": "detained"}),
    case("Задержаны и взяты под стражу два гражданина.", {"count": 2, "action": "arrested"}),
    case("Арестованы 6 фигурантов.", {"count": 6, "action": "arrested"}),
    case("К уголовной ответственности привлечены пять лидеров и 32 их участника.",
         {"count": 5, "action": "charged"}, {"count": 32, "action": "charged"}),
    case("В отношении 169 граждан начаты расследования.", {"kind": "people", "count": 169, "action": "charged"}),
    case("Осуждены 78 человек.", {"count": 78, "action": "charged"}),
    case("Зарегистрировано 21 уголовное дело о сбыте наркотиков.", {"kind": "crimes", "count": 21}),
    case("Изъят килограмм героина.", {"kg": 1.0, "substance": "heroin"}),
    case("Изъято более тонны прекурсоров.", {"kg": 1000.0, "substance": "precursors"}),
    case("Задержаны трое подозреваемых. Один из них взят под арест.",
         {"count": 3, "action": "detained"}, {"count": 1, "action": "arrested"}),
    case("Задержано 11 человек, восемь из которых – жители южных регионов.", {"count": 11}),
    case("Осуждены 30 человек, из них 20 моложе 25 лет.", {"count": 30}),
    case("Ликвидирована деятельность четырех ОПГ, в том числе одной транснациональной.",
         {"kind": "groups", "count": 4, "total": True}, {"kind": "groups", "count": 1, "total": False}),
    case("Выявлено 36 наркотических точек продажи.", {"kind": "groups", "count": 36}),
    case("Выявлено 300 Telegram-каналов, но работа с ними только ведется.", {"kind": "online", "count": 300}),
    case("Мониторинг охватил 300 Telegram-каналов."),
    case("Около 26 тысяч наркосайтов направлены на блокировку.", {"kind": "online", "count": 26000}),
    case("Заблокировано 32 Telegram-чата.", {"kind": "online", "count": 32}),
    case("Раскрыто 1878 наркопреступлений.", {"kind": "crimes", "count": 1878}),
    case("Ликвидированы две нарколаборатории.", {"kind": "labs", "count": 2}),
    case("Ликвидирована деятельность пяти организованных преступных групп.", {"kind": "groups", "count": 5}),
]

TOTALS = [
    case("Изъято 19,4 тонны наркотиков, в том числе 19 килограммов героина и 370 килограммов гашиша.",
         {"kg": 19400.0, "total": True, "substance": "drugs"},
         {"kg": 19.0, "total": False, "substance": "heroin"}, {"kg": 370.0, "total": False, "substance": "hashish"}),
    case("Изъято 692 кг наркотиков, среди которых 235 кг марихуаны.",
         {"kg": 692.0, "total": True}, {"kg": 235.0, "total": False}),
    case("Выявлено 1275 преступлений, из них 667 фактов сбыта и 178 - незаконного хранения.",
         {"count": 1275, "total": True}, {"count": 667}, {"count": 178}),
    case("Выявлено 1878 наркопреступлений, 1118 фактов сбыта и 323 - хранения наркотиков.",
         {"count": 1878, "total": True}, {"count": 1118, "total": False}, {"count": 323, "total": False}),
    case("Выявлено 262 уголовных правонарушения, связанных с синтетикой (72 преступления).",
         {"count": 262, "total": True}, {"count": 72, "total": False}),
    case("Зарегистрировано 145 правонарушений. Из них 72 классифицированы как наркопреступления, "
         "включая 43 случая сбыта.",
         {"count": 145, "total": True}, {"count": 72, "total": True}, {"count": 43, "total": False}),
    case("С начала года изъято 3 тонны наркотиков, а вчера в Таразе изъяли 5 кг гашиша.",
         {"kg": 3000.0, "total": False}, {"kg": 5.0, "total": False}),
    case("С начала года зарегистрировано 90 наркопреступлений (2023 г. — 103).",
         {"count": 90, "period_start": "2024-01-01"}, {"count": 103, "period_start": "2023-01-01"}),
]

PERIODS = [
    case("За январь в области изъято 3 кг наркотиков.", {"period_start": "2024-01-01", "period_end": "2024-01-31",
                                                        "date": "2024-06-15"}),
    case("За первый квартал выявлено 40 наркопреступлений.", {"period_start": "2024-01-01",
                                                              "period_end": "2024-03-31"}),
    case("За первое полугодие 2023 года изъято 90 кг гашиша.", {"period_start": "2023-01-01",
                                                               "period_end": "2023-06-30"}),
    case("За январь изъято 3 кг наркотиков.", {"period_start": "2023-01-01"}, published="2024-01-20"),
    case("С начала года изъято 56 кг наркотиков.", {"period_start": "2024-01-01", "period_end": "2024-06-15"}),
    case("За 11 месяцев выявлено 90 наркопреступлений.",
         {"period_start": "2024-01-01", "period_end": "2024-11-30"}, published="2024-12-10"),
    case("За 10 месяцев 2019 года изъято 19 кг героина.", {"period_start": "2019-01-01", "period_end": "2019-10-31"}),
    case("За последние три месяца зарегистрировано 129 правонарушений.",
         {"period_start": "2024-03-15", "period_end": "2024-06-15"}),
    case("В 2023 году ликвидирована 41 нарколаборатория.", {"period_start": "2023-01-01", "period_end": "2023-12-31"}),
    case("В Таразе изъяли 5 кг гашиша.", {"period_start": None, "period_end": None}),
]

DATES = [
    case("12 и 14 июля в Таразе изъяли 5 кг гашиша.", {"date": "2024-07-14"}, published="2024-07-20"),
    case("4 декабря в Таразе изъяли 5 кг гашиша.", {"date": "2023-12-04"}, published="2024-06-15"),
    case("В марте 2022 года в Таразе изъяли 5 кг гашиша.", {"date": "2022-03-01"}),
    case("В Таразе изъяли 5 кг гашиша.", {"date": "2024-06-15"}),
    case("Операция прошла в четверг: изъято 5 кг гашиша.", {"date": "2024-06-13"}),
    case("22 февраля полицейские задержали двоих. Изъято 27 кг мефедрона.",
         {"date": "2024-02-22"}, {"date": "2024-02-22"}),
]

REGIONS = [
    case("В Актау и Шымкенте изъято 5 кг гашиша.", {"region": None}),
    case("В аэропорту Алматы изъято 5 кг гашиша.", {"region": "KZ-75"}),
    case("Астана. 5 декабря. В Караганде изъято 5 кг гашиша.", {"region": "KZ-35"}),
    case("В Костанайской области задержан житель Шымкента, у него изъято 5 кг гашиша.",
         {"kind": "people", "count": 1, "region": "KZ-39"}, {"kind": "seizure", "region": "KZ-39"}),
    case("В ходе международной операции изъято 9 тонн наркотиков.", {"region": "abroad"}),
    case("В Мангистауской области изъяли 5 кг гашиша.", {"region": "KZ-47"}),
    case("В области Абай изъяли 5 кг гашиша.", {"region": "KZ-10"}),
    case("В ЗКО изъяли 5 кг гашиша.", {"region": "KZ-27"}),
    case("В Нур-Султане изъяли 5 кг гашиша.", {"region": "KZ-71"}),
    case("В Южно-Казахстанской области изъяли 5 кг гашиша.", {"region": "KZ-61"}),
    case("В Алма-Ате изъяли 5 кг гашиша.", {"region": "KZ-75"}),
    case("В Алматинской области изъяли 5 кг гашиша.", {"region": "KZ-19"}),
    case("В Казахстане за 10 месяцев изъято 9 тонн наркотиков.", {"region": "KZ"}),
    case("Изъято 5 кг гашиша.", {"region": None}),  # nothing says where
]

SUBSTANCES = [
    case("В багажнике нашли гашиш. Общий вес изъятого составил 12 кг.", {"kg": 12.0, "substance": "hashish"}),
    case("У курьера обнаружили кокаин. Масса этого вещества — 300 г.", {"kg": 0.3, "substance": "cocaine"}),
    case("У курьера обнаружили кокаин. Позже в гараже изъяли 5 кг.", {"kg": 5.0, "substance": "drugs"}),
    case("Изъято 5 кг вещества, известного как «соль».", {"substance": "alpha-pvp"}),
    case("Изъято 7 г порошка, так называемой «скорости».", {"substance": "alpha-pvp"}),
    case("Изъято 30 кг гашиша и почти столько же прекурсоров.", {"kg": 30.0, "substance": "hashish"}),
    case("Изъяли 2 кг «мефедрона» и «альфа-PVP».", {"kg": 2.0, "substance": "synthetic"}),
    case("Изъяты марихуана – 44 кг, синтетические наркотики – 2 кг.",
         {"kg": 44.0, "substance": "marijuana"}, {"kg": 2.0, "substance": "synthetic"}),
    case("У него нашли 300 кустов мака.", {"kind": "seizure", "count": 300, "substance": "poppy"}),
    case("Изъято 2 кг наркотиков каннабисной группы.", {"substance": "marijuana"}),
    case("Изъято 15 г экстракта каннабиса.", {"substance": "hashish"}),
    case("Изъято 40 г гашишного масла.", {"substance": "hashish"}),
    case("Изъято 12 г вещества «скорость».", {"substance": "alpha-pvp"}),
    case("Изъято 3 кг. «гашиша».", {"kg": 3.0, "substance": "hashish"}),
    case("Изъято 58 кг наркосодержащих растений.", {"substance": "drugs"}),
    case("Изъято 20 кг дикорастущей конопли.", {"substance": "marijuana"}),
    case("Изъято 20 кг каннабиса.", {"substance": "marijuana"}),
    case("Изъято 2 кг спайса.", {"substance": "synthetic"}),
    case("Изъято 2 кг психоактивных веществ.", {"substance": "synthetic"}),
    case("Изъято 2 кг a-PVP и мефедрона.", {"substance": "synthetic"}),
    case("Изъято 75 тонн реагентов для изготовления синтетических наркотиков.", {"substance": "precursors"}),
    case("Изъято 21,5 тонны сырья маковой соломы.", {"substance": "poppy"}),
    case("Изъято 3 кг α-PvP.", {"substance": "alpha-pvp"}),
    case("Изъято 3 кг «соли».", {"substance": "alpha-pvp"}),
    case("Изъято 5 тонн опиатов.", {"substance": "opium"}),
    case("Изъято 5 кг марихуаны, гашиша и конопли.", {"substance": "drugs"}),
    case("Изъято 27 кг психотропного вещества «мефедрон».", {"substance": "mephedrone"}),
    case("Изъято 3,6 тонны наркотических средств и психотропных веществ.", {"substance": "drugs"}),
    case("Изъято 2 тонны наркотических средств синтетического происхождения.", {"substance": "synthetic"}),
]

MONEY_ROLES = [
    case("Изъято 57 миллионов тенге наличными.", {"role": "seized"}),
    case("Арестовано имущество на сумму более 500 млн тенге.", {"role": "frozen", "amount": 500_000_000}),
    case("В доход государства обращены более 3,2 млрд тенге.", {"role": "forfeited"}),
    case("Суд конфисковал 2 млн тенге.", {"role": "forfeited"}),
    case("Установлен оборот свыше 7 млн долларов.", {"role": "turnover", "currency": "USD"}),
    case("Стоимость изъятого оценивается в 540 млн тенге.", {"role": "value"}),
    case("Изъято 188 килограммов мефедрона на сумму 3,7 миллиарда тенге.",
         {"kind": "seizure"}, {"kind": "money", "role": "value"}),
    case("«Синтетику» на 25 миллионов тенге изъяли у курьера.", {"role": "value"}),
]

OTHER_CRIMES = [
    case("Расследуются дела о терроризме. Задержаны и находятся под стражей 24 лица.\n"),
]


@pytest.mark.parametrize(("text", "published", "expected"),
                         NUMBERS + SINGULAR + SERIES + ELLIPTIC + NOT_FACTS + REPEATS + RULINGS + TOTALS + PERIODS
                         + DATES + REGIONS + SUBSTANCES + MONEY_ROLES + OTHER_CRIMES)
def test_guide(text, published, expected):
    match(facts_of(text, published), expected)


def test_quote_is_verbatim_and_states_the_figure():
    text = "В Шымкенте обнаружены две нарколаборатории. В них изъято:\n6,1 кг готового мефедрона;\n"
    for fact in facts_of(text):
        assert fact["quote"] in text
    assert [f["quote"] for f in facts_of(text)] == ["две нарколаборатории", "6,1 кг готового мефедрона"]


def test_date_year_from_text_when_no_publication_date():
    text = "Об этом 4 декабря заявил прокурор. В Шымкенте изъято 5 кг гашиша.\n3 декабря 2025 года стало известно."
    assert facts_of(text, published=None)[0]["date"] == "2025-12-04"


def test_publication_date_from_url_when_missing():
    from etl.documents import Document
    from etl.extract import extract

    doc = Document("u", "19 ноября в Астане изъяли 125 грамм героина.", url="https://x.kz/2014/11/heroin")
    assert extract(doc)[0]["date"] == "2014-11-19"
