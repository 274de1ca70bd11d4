"""Dates and periods of figures (GUIDE.md, date and periods). Every sentence here is written for the test."""

import pytest

from tests.helpers import case, facts_of, match

PERIODS = [
    # an example opened by "Так," / "Мысалы," is one case: its seizure takes no period; a region's crimes keep it
    case("С начала года в стране изъято 9 тонн наркотиков. Так, в Таразе изъяли 40 кг гашиша.",
         {"period_start": "2024-01-01"}, {"kg": 40.0, "period_start": None}),
    case("С начала года выявлено 900 наркопреступлений. Так, в Туркестанской области выявлено 120 преступлений.",
         {"period_start": "2024-01-01"}, {"count": 120, "period_start": "2024-01-01"}),
    case("Биыл елімізде 30 тонна есірткі тәркіленді. Мысалы, Таразда 40 келі гашиш тәркіленді.",
         {"period_start": "2024-01-01"}, {"kg": 40.0, "period_start": None}),
    # a sentence opening with "а / ал" right after an example is one more example; without an example before, it
    # is the statistic's
    case("С начала года в стране изъято 9 тонн наркотиков. Так, в Таразе изъяли 40 кг гашиша. А в Шымкенте "
         "ликвидировано 2 нарколаборатории.", {"period_start": "2024-01-01"}, {"kg": 40.0, "period_start": None},
         {"count": 2, "period_start": None}),
    case("С начала года в стране изъято 9 тонн наркотиков. А в Шымкенте ликвидировано 2 нарколаборатории.",
         {"period_start": "2024-01-01"}, {"count": 2, "period_start": "2024-01-01"}),
    case("За январь в области изъято 3 кг наркотиков.", {"period_start": "2024-01-01", "period_end": "2024-01-31",
                                                        "date": "2024-06-15"}),
    case("За полгода изъято 35 кг синтетики.", {"period_start": "2024-01-01", "period_end": "2024-06-30"},
         published="2024-07-12"),
    case("За первый квартал выявлено 40 наркопреступлений.", {"period_start": "2024-01-01",
                                                              "period_end": "2024-03-31"}),
    case("За первое полугодие 2023 года изъято 90 кг гашиша.", {"period_start": "2023-01-01",
                                                               "period_end": "2023-06-30"}),
    case("За январь изъято 3 кг наркотиков.", {"period_start": "2023-01-01"}, published="2024-01-20"),
    # a season after "за" (winter, across two years, is not read); "летом" alone may be one case's time
    case("За лето в районе уничтожено 12 посевов и изъято 80 кг конопли.",
         {"period_start": "2024-06-01", "period_end": "2024-08-31"}, published="2024-09-05"),
    case("За осенний период 2023 года выявлено 52 наркопреступления.",
         {"period_start": "2023-09-01", "period_end": "2023-11-30"}),
    case("Летом у жителя Тараза изъяли 5 кг гашиша.", {"period_start": None}),
    # "Для сравнения" / "Салыстыру үшін" introduce the earlier figure: its period is its own, not a comparison's;
    # "Годом ранее" in a sentence of its own is the span stated before, a year earlier; an elliptic figure after a
    # breakdown is of the whole, not of its last part
    case("С января по август в области изъято 52 кг наркотиков. Для сравнения: за тот же период прошлого года "
         "изъяли 40 кг.", {"period_start": "2024-01-01", "period_end": "2024-08-31"},
         {"kg": 40.0, "period_start": "2023-01-01", "period_end": "2023-08-31"}, published="2024-09-10"),
    case("В 2023 году в городе изъяли 61 кг гашиша. Для сравнения: в 2022 году изъяли 45 кг.",
         {"period_start": "2023-01-01"}, {"kg": 45.0, "period_start": "2022-01-01", "period_end": "2022-12-31"}),
    case("С начала года в области изъято 52 кг наркотиков, в том числе 30 кг гашиша. Годом ранее — 40 кг.",
         {"kg": 52.0}, {"kg": 30.0, "substance": "hashish"},
         {"kg": 40.0, "substance": "drugs", "period_start": "2023-01-01", "period_end": "2023-06-15"}),
    case("Полиция подвела итоги полугодия. В области зарегистрировано 320 наркопреступлений, что меньше, чем годом "
         "ранее.", {"count": 320, "period_start": "2024-01-01", "period_end": "2024-06-30"}, published="2024-07-05"),
    # a period told only inside a relative clause frames no later sentence, unless "за время работы" returns to it
    case("Суд осудил 5 членов группы, которая в 2021–2022 годах сбывала героин. Суд конфисковал 40 млн тенге.",
         {"count": 5, "period_start": None}, {"amount": 40_000_000, "period_start": None}),
    case("Осуждены 5 членов группы, которая в 2021–2022 годах сбывала героин. За время работы группа продала "
         "не менее 9 кг.", {"count": 5, "period_start": None},
         {"kg": 9.0, "period_start": "2021-01-01", "period_end": "2022-12-31"}),
    # "за неделю по стране": where, not until ("за неделю до задержания" is before an event, no period)
    case("За неделю по республике задержано 48 наркокурьеров.",
         {"count": 48, "period_start": "2024-06-08", "period_end": "2024-06-15"}),
    case("За неделю до задержания курьер сбыл 2 кг гашиша.", {"kg": 2.0, "period_start": None}),
    # "нынешнего года" is this year; a span of whole years ("в 2016–2018 годах", "за 2019-2021 гг.")
    case("С начала нынешнего года таможенники изъяли 4 кг кокаина.",
         {"period_start": "2024-01-01", "period_end": "2024-06-15"}),
    case("В 2016–2018 годах полиция ежегодно изымала около 2 тонн марихуаны.",
         {"period_start": "2016-01-01", "period_end": "2018-12-31"}),
    case("За 2019-2021 гг. осуждено 310 сбытчиков.", {"period_start": "2019-01-01", "period_end": "2021-12-31"}),
    # an ordinal span after "в" ("в первом полугодии"), not a month ("в январе" is a date)
    case("Во втором квартале в области изъято 14 кг гашиша.", {"period_start": "2024-04-01",
                                                               "period_end": "2024-06-30"}, published="2024-07-20"),
    case("В первом полугодии 2023 года выявлено 51 наркопреступление.",
         {"period_start": "2023-01-01", "period_end": "2023-06-30"}),
    case("В марте в Таразе изъяли 5 кг гашиша.", {"period_start": None, "date": "2024-03-01"}),
    # crimes counted in a month told without a day: that month's statistic, dated when reported; its other
    # figures share the period
    case("В апреле в области выявлено 44 наркопреступления и изъято 6 кг гашиша.",
         {"count": 44, "period_start": "2024-04-01", "period_end": "2024-04-30", "date": "2024-06-15"},
         {"kg": 6.0, "period_start": "2024-04-01"}),
    case("В июне полицейские зарегистрировали 17 фактов сбыта.",
         {"count": 17, "period_start": "2024-06-01", "period_end": "2024-06-15"}),
    case("Мамыр айында облыста 30 есірткі қылмысы тіркелді.",
         {"count": 30, "period_start": "2024-05-01", "period_end": "2024-05-31"}),
    case("В апреле в области выявлено одно наркопреступление.", {"count": 1, "period_start": None}),
    # a week back from publication, not a week before an event
    case("За минувшую неделю полицейские изъяли 7 кг марихуаны.",
         {"period_start": "2024-06-08", "period_end": "2024-06-15"}),
    case("За две недели задержано 12 закладчиков.", {"period_start": "2024-06-01", "period_end": "2024-06-15"}),
    case("За неделю до задержания у него изъяли 2 кг марихуаны.", {"period_start": None}),
    # "за месяц" with no number: the last month, as "за минувший месяц" (in February, January); "за первый месяц"
    # is January
    case("За месяц в области изъяли 80 кг марихуаны.", {"period_start": "2025-07-17", "period_end": "2025-08-17"},
         published="2025-08-17"),
    case("За минувший месяц изъяли 80 кг марихуаны.", {"period_start": "2025-07-17", "period_end": "2025-08-17"},
         published="2025-08-17"),
    case("За месяц изъяли 80 кг марихуаны.", {"period_start": "2025-01-01", "period_end": "2025-01-31"},
         published="2025-02-04"),
    # "за два месяца" told months after February is the last two months; a year's first months reported within
    # two months of their end are those months
    case("За два месяца в столице изъяли 35 кг наркотиков.",
         {"period_start": "2025-06-17", "period_end": "2025-08-17"}, published="2025-08-17"),
    case("За шесть месяцев в области изъяли 35 кг наркотиков.",
         {"period_start": "2025-01-01", "period_end": "2025-06-30"}, published="2025-08-17"),
    # the first N months told in month N: this year's, up to the report (not last year's)
    case("За десять месяцев изъято 35 кг наркотиков.",
         {"period_start": "2025-01-01", "period_end": "2025-10-31", "date": "2025-10-31"}, published="2025-10-31"),
    case("За восемь месяцев изъято 35 кг наркотиков.",
         {"period_start": "2025-01-01", "period_end": "2025-08-26", "date": "2025-08-26"}, published="2025-08-26"),
    # a figure given for last year as a whole ("за весь прошлый год"), with the drug of the figure it is compared with
    case("За десять месяцев изъято 4,3 кг синтетики, тогда как за весь прошлый год — 1,9 кг.",
         {"kg": 4.3, "period_start": "2025-01-01"},
         {"kg": 1.9, "substance": "synthetic", "period_start": "2024-01-01", "period_end": "2024-12-31"},
         published="2025-10-31"),
    # figures for "the same period of last year" in a sentence of their own: the span stated before, a year
    # earlier; a comparison with it ("на 2 кг больше, чем за аналогичный период") is this year's figure
    case("За четыре месяца выявлено 58 наркопреступлений. В прошлом году за аналогичный период выявили 47 "
         "преступлений.",
         {"count": 58, "period_end": "2025-04-30"}, {"count": 47, "period_start": "2024-01-01",
                                                      "period_end": "2024-04-30"}, published="2025-05-22"),
    # a sentence of two periods: each figure takes the last one stated before it, and the figures after the
    # sentence its later one
    case("Өткен жылы облыста 96 есірткі қылмысы тіркелсе, биыл төрт айда 41 қылмыс анықталды. Полиция 3 "
         "ұйымдасқан топтың қызметін әшкереледі.",
         {"count": 96, "period_start": "2024-01-01", "period_end": "2024-12-31"},
         {"count": 41, "period_start": "2025-01-01", "period_end": "2025-04-30"},
         {"kind": "groups", "period_start": "2025-01-01", "period_end": "2025-04-30"}, published="2025-05-20"),
    case("В первом квартале изъято 12 кг наркотиков, а во втором квартале — уже 30 кг героина.",
         {"kg": 12.0, "period_end": "2025-03-31"}, {"kg": 30.0, "period_start": "2025-04-01",
                                                     "period_end": "2025-06-30"}, published="2025-07-10"),
    # the Kazakh first N months in the genitive ("үш айдың қорытындысы"); told in month N, up to the report
    case("Полиция биылғы үш айдың қорытындысын шығарды. Өңірде 58 есірткі қылмысы анықталды.",
         {"count": 58, "period_start": "2025-01-01", "period_end": "2025-03-27", "date": "2025-03-27"},
         published="2025-03-27"),
    case("Биылғы алты айда 58 есірткі қылмысы анықталды.",
         {"count": 58, "period_start": "2025-01-01", "period_end": "2025-06-30"}, published="2025-07-10"),
    case("Биыл бес айда 47 есірткі қылмысы тіркелді. Өткен жылдың осы кезеңінде 39 қылмыс тіркелген.",
         {"count": 47}, {"count": 39, "period_start": "2024-01-01", "period_end": "2024-05-31"},
         published="2025-06-10"),
    case("За четыре месяца выявлено 58 наркопреступлений. Изъято 5 кг, на 2 кг больше, чем за аналогичный период "
         "прошлого года.", {"count": 58}, {"kg": 5.0, "period_start": "2025-01-01"}, published="2025-05-22"),
    # "В прошлом году их было 47": the sentence's own last year, not a year before it
    case("За четыре месяца выявлено 58 наркопреступлений. В прошлом году их было 47.",
         {"count": 58}, {"count": 47, "period_start": "2024-01-01", "period_end": "2024-12-31"},
         published="2025-05-22"),
    # "по итогам года" with no year: the year just ended when told in January, the year so far in December; a
    # span named besides wins
    case("По итогам года изъято 35 кг наркотиков.", {"period_start": "2024-01-01", "period_end": "2024-12-31"},
         published="2025-01-20"),
    case("Итоги года: изъято 35 кг наркотиков.", {"period_start": "2025-01-01", "period_end": "2025-12-26"},
         published="2025-12-26"),
    case("Подводя итоги года, министр сообщил, что за 11 месяцев изъято 35 кг наркотиков.",
         {"period_start": "2025-01-01", "period_end": "2025-11-30"}, published="2025-12-26"),
    # a long span told late in the year is the year's first months, not the months back from the report
    case("За девять месяцев изъято 35 кг наркотиков.", {"period_start": "2025-01-01", "period_end": "2025-09-30"},
         published="2025-12-29"),
    case("За три месяца изъято 35 кг наркотиков.",
         {"period_start": "2025-01-01", "period_end": "2025-03-31"}, published="2025-05-10"),
    # a case of one person named with an age is no part of the statistic before it
    case("С начала года по области изъято 90 кг марихуаны. Во дворе дома 55-летнего жителя района изъято 24 "
         "куста конопли.", {"kg": 90.0, "period_start": "2024-01-01"}, {"count": 24, "period_start": None}),
    # Kazakh "үш айда" told in September: the last three months; in April the year's first three, as "за три
    # месяца" told in May is
    case("Үш айда есірткі саудасымен байланысты 677 қылмыс тіркелді.",
         {"period_start": "2025-06-05", "period_end": "2025-09-05"}, published="2025-09-05"),
    case("Үш айда 677 қылмыс тіркелді.", {"period_start": "2025-01-01", "period_end": "2025-03-31"},
         published="2025-04-05"),
    # "итоги восьми месяцев" names the span as "за восемь месяцев" does
    case("Министр подвёл итоги восьми месяцев. Ликвидировано 47 нарколабораторий.",
         {"period_start": "2025-01-01", "period_end": "2025-08-31"}, published="2025-09-18"),
    case("По итогам первого полугодия изъято 3 тонны наркотиков.",
         {"period_start": "2025-01-01", "period_end": "2025-06-30"}, published="2025-09-18"),
    # a bracketed comparison labels the figure after its dash, not the sentence's own figure
    case("В области выявлено 81 наркопреступление (в прошлом году — 74).",
         {"count": 81, "period_start": None}, {"count": 74, "period_start": "2023-01-01", "period_end": "2023-12-31"}),
    # a mass given for last year's same months, after a dash or after "против"
    case("За девять месяцев изъято 120 кг гашиша (за тот же период прошлого года — 95 кг).",
         {"kg": 120.0, "period_start": "2024-01-01", "period_end": "2024-09-30"},
         {"kg": 95.0, "period_start": "2023-01-01", "period_end": "2023-09-30"}, published="2024-10-10"),
    case("С начала года изъято 2,5 тонны наркотиков против 1,9 тонны годом ранее.",
         {"kg": 2500.0, "period_start": "2024-01-01"}, {"kg": 1900.0, "period_start": "2023-01-01",
                                                         "period_end": "2023-06-15"}),
    case("Изъято 120 кг гашиша и 95 кг героина.", {"kg": 120.0, "period_start": None},
         {"kg": 95.0, "period_start": None}),
    case("С начала года изъято 56 кг наркотиков.", {"period_start": "2024-01-01", "period_end": "2024-06-15"}),
    case("За 11 месяцев выявлено 90 наркопреступлений.",
         {"period_start": "2024-01-01", "period_end": "2024-11-30"}, published="2024-12-10"),
    case("За первые четыре месяца 2022 года изъято 6 кг героина.",
         {"period_start": "2022-01-01", "period_end": "2022-04-30"}),
    case("За 10 месяцев 2019 года изъято 19 кг героина.", {"period_start": "2019-01-01", "period_end": "2019-10-31"}),
    case("За последние три месяца зарегистрировано 129 правонарушений.",
         {"period_start": "2024-03-15", "period_end": "2024-06-15"}),
    case("В 2023 году ликвидирована 41 нарколаборатория.", {"period_start": "2023-01-01", "period_end": "2023-12-31"}),
    case("В Таразе изъяли 5 кг гашиша.", {"period_start": None, "period_end": None}),
    # a span of days: from a day to publication, or to another day
    case("С 3 марта полицейские выявили 14 преступлений.",
         {"period_start": "2024-03-03", "period_end": "2024-06-15", "date": "2024-06-15"}),
    case("С 1 по 10 мая в ходе операции изъято 12 кг марихуаны.",
         {"period_start": "2024-05-01", "period_end": "2024-05-10"}),
    case("С 1 января по 31 марта 2023 года выявлено 30 преступлений.",
         {"period_start": "2023-01-01", "period_end": "2023-03-31"}),
    # a summary after the cases of a statistic returns to the statistic's period
    case("С начала года в области изъято 40 кг наркотиков. В мае в Кокшетау изъяли 2 кг гашиша. "
         "Всего изъято 600 таблеток.",
         {"period_start": "2024-01-01"}, {"date": "2024-05-01", "period_start": None},
         {"period_start": "2024-01-01", "date": "2024-06-15"}),
    # an example of the statistic, naming one thing or person without a number, is one case, not its period
    case("За пять месяцев в стране ликвидировано 9 нарколабораторий.\nТак, в Темиртау закрыта лаборатория мефедрона.",
         {"count": 9, "period_start": "2024-01-01"}, {"count": 1, "period_start": None}),
    # a period told inside a relative clause is the clause's figures', not the people outside it
    case("Осуждены четверо участников группы, которая в 2022–2023 годах сбывала героин.",
         {"kind": "people", "count": 4, "period_start": None}),
    case("Осуждён организатор наркошопа, через который в 2023 году прошло 30 млн тенге.",
         {"kind": "people", "period_start": None}, {"kind": "money", "period_start": "2023-01-01"}),
    # one added to the statistic ("Также", "Кроме того") is one more result of its period
    case("С начала года в районе изъято 80 кг наркотиков. Кроме того, ликвидирована нарколаборатория.",
         {"period_start": "2024-01-01"}, {"kind": "labs", "count": 1, "period_start": "2024-01-01"}),
    case("За май в городе задержаны 12 закладчиков. Также пресечена деятельность наркошопа.",
         {"period_start": "2024-05-01"}, {"kind": "groups", "count": 1, "period_start": "2024-05-01"}),
    # ... but after an example, one more example
    case("С начала года в районе изъято 80 кг наркотиков. Например, в Аксу на складе нашли 2 кг гашиша. Также "
         "задержан закладчик.", {"period_start": "2024-01-01"}, {"period_start": None},
         {"kind": "people", "period_start": None}),
    # what one person had is one case, not part of the statistic told before it (a sentence after ". - " too)
    case("С начала года в районе выявлено 9 фактов посева мака. - Во время рейда у пенсионера изъяли 60 кустов мака.",
         {"kind": "crimes", "period_start": "2024-01-01"}, {"count": 60, "period_start": None}),
]


DATES = [
    case("12 и 14 июля в Таразе изъяли 5 кг гашиша.", {"date": "2024-07-14"}, published="2024-07-20"),
    case("4 декабря в Таразе изъяли 5 кг гашиша.", {"date": "2023-12-04"}, published="2024-06-15"),
    case("В марте 2022 года в Таразе изъяли 5 кг гашиша.", {"date": "2022-03-01"}),
    case("В Таразе изъяли 5 кг гашиша.", {"date": "2024-06-15"}),
    case("Операция прошла в четверг: изъято 5 кг гашиша.", {"date": "2024-06-13"}),
    case("22 февраля полицейские задержали двоих. Изъято 27 кг мефедрона.",
         {"date": "2024-02-22"}, {"date": "2024-02-22"}),
    # one case told with its year only has no day and no period (GUIDE.md "Vague times"); a statistic keeps its year
    case("В 2019 году у жителя Тараза изъяли 5 кг гашиша.", {"date": None, "period_start": None}),
    # a year still running when published is the year so far, its statistic dated the day it was reported
    case("В 2024 году в области выявлено 140 наркопреступлений.",
         {"count": 140, "period_start": "2024-01-01", "period_end": "2024-06-15", "date": "2024-06-15"}),
    case("В 2023 году в области выявлено 140 наркопреступлений.",
         {"count": 140, "period_start": "2023-01-01", "period_end": "2023-12-31", "date": "2024-06-15"}),
    case("В начале 2023 года в Таразе задержали курьера с 5 кг гашиша.", {"date": None, "period_start": None},
         {"date": None, "period_start": None}),
    case("В 2019 году в Таразе изъято 500 кг наркотиков.", {"date": "2024-06-15", "period_start": "2019-01-01"}),
    # a year told by its distance from the report is as vague for one case ("при задержании" tells one), and a
    # period for a statistic; "позапрошлый" is two years back
    case("Осуждены трое сбытчиков. При задержании в прошлом году у них нашли 800 граммов героина.",
         {"kind": "people"}, {"kind": "seizure", "date": None, "period_start": None}),
    case("В позапрошлом году в Таразе задержали курьера с 2 кг гашиша.", {"date": None, "period_start": None},
         {"date": None, "period_start": None}),
    case("В прошлом году в области изъято 900 кг наркотиков.",
         {"date": "2024-06-15", "period_start": "2023-01-01", "period_end": "2023-12-31"}),
    case("За позапрошлый год в области выявлено 310 наркопреступлений.",
         {"period_start": "2022-01-01", "period_end": "2022-12-31"}),
    case("В Таразе задержан мужчина 1985 года рождения.", {"date": "2024-06-15"}),
    # a date in the figure's own sentence, even after it, outranks one in the sentence before
    case("Приговор огласили 3 июня. Задержаны двое сбытчиков были ещё в марте.", {"date": "2024-03-01"}),
    # a day told by how long before publication it was; "накануне праздника", "күні кеше" (lately) are not
    case("Вчера на посту изъяли 6 кг гашиша.", {"date": "2024-06-14"}),
    case("Позавчера у курьера нашли 300 г героина.", {"date": "2024-06-13"}),
    case("Накануне в аэропорту задержали наркокурьера.", {"date": "2024-06-14"}),
    case("Накануне выборов в аэропорту задержали наркокурьера.", {"date": "2024-06-15"}),
    case("Кеше бекетте 6 келі гашиш тәркіленді.", {"date": "2024-06-14"}),
    case("Күні кеше бекетте 6 келі гашиш тәркіленді.", {"date": "2024-06-15"}),
    # the date of another story told after "Напомним" or "Ранее" does not date the figures before it
    case("У водителя фуры нашли 8 кг гашиша.\nНапомним, в апреле на этом посту изъяли 30 кг героина.",
         {"kg": 8.0, "date": "2024-06-15"}, {"kg": 30.0, "date": "2024-04-01"}),
    case("В гараже нашли 2 кг мефедрона. Ранее, 3 мая, там же изъяли 1 кг.",
         {"kg": 2.0, "date": "2024-06-15"}, {"kg": 1.0, "date": "2024-05-03"}),
]


KAZAKH = [  # the Kazakh order: what makes a span follows what it governs
    case("Облыста жыл басынан бері 56 келі есірткі тәркіленді.",
         {"period_start": "2024-01-01", "period_end": "2024-06-15", "date": "2024-06-15"}),
    case("2023 жылдың басынан бері 90 есірткі қылмысы тіркелді.", {"period_start": "2023-01-01"}),
    # "басынан" (from the beginning) without "бері" after a year is the same span; not one closed by "дейін"
    case("Жыл басынан облыста 64 есірткі қылмысы тіркелді.",
         {"period_start": "2024-01-01", "period_end": "2024-06-15"}),
    case("Жыл басынан мамырға дейін облыста 64 есірткі қылмысы тіркелді.", {"period_start": None}),
    case("Биыл 5 айда 40 есірткі қылмысы анықталды.", {"period_start": "2024-01-01", "period_end": "2024-05-31"}),
    case("Биыл облыста 70 құқық бұзушылық анықталды.", {"period_start": "2024-01-01", "period_end": "2024-06-15"}),
    # this year's span with no ordinal is its first ("биылғы жарты жылда"); last year's month ("былтырғы ақпанда")
    case("Биылғы жарты жылда облыста 130 есірткі қылмысы анықталды.",
         {"period_start": "2024-01-01", "period_end": "2024-06-30"}, published="2024-07-08"),
    case("Былтырғы наурызда облыста 22 есірткі қылмысы тіркелген.",
         {"period_start": "2023-03-01", "period_end": "2023-03-31"}),
    case("Биылғы сегіз айда облыста 52 келі есірткі тәркіленді. Салыстыру үшін: өткен жылдың осы кезеңінде 40 келі "
         "тәркіленген.", {"period_start": "2024-01-01"},
         {"kg": 40.0, "period_start": "2023-01-01", "period_end": "2023-08-31"}, published="2024-09-10"),
    # "жыл қорытындысы" with no year named, as "итоги года": the year so far at its end, the year just ended in
    # January, unknown in June; a year named or a span of its own wins
    case("Полиция жыл қорытындысын шығарды: облыста 48 есірткі қылмысы ашылды.",
         {"period_start": "2024-01-01", "period_end": "2024-12-20"}, published="2024-12-20"),
    case("Жыл қорытындысы бойынша облыста 48 есірткі қылмысы ашылды.",
         {"period_start": "2023-01-01", "period_end": "2023-12-31"}, published="2024-01-18"),
    case("Жыл қорытындысы бойынша облыста 48 есірткі қылмысы ашылды.", {"period_start": None}),
    case("Жыл қорытындысы бойынша 11 айда облыста 48 есірткі қылмысы ашылды.",
         {"period_start": "2024-01-01", "period_end": "2024-11-30"}, published="2024-12-20"),
    case("Биыл бір айда облыста 12 есірткі қылмысы тіркелді.",
         {"period_start": "2024-01-01", "period_end": "2024-01-31"}, published="2024-02-06"),
    # last year's figure for the same span given in brackets ("(өткен жылдың осы кезеңінде — 41)")
    case("Жыл басынан бері облыста 35 есірткі қылмысы анықталды (өткен жылдың осы кезеңінде — 41).",
         {"count": 35, "period_start": "2024-01-01"}, {"count": 41, "period_start": "2023-01-01",
                                                     "period_end": "2023-06-15"}),
    # a count of months with no year: the year's first months, as "за 8 месяцев" (told in January: last year's)
    case("Облыста сегіз айда 95 есірткі қылмысы тіркелді.", {"period_start": "2024-01-01", "period_end": "2024-08-31"},
         published="2024-09-05"),
    case("Облыста 11 айда 95 есірткі қылмысы тіркелді.", {"period_start": "2023-01-01", "period_end": "2023-11-30"},
         published="2024-01-12"),
    case("2022 жылдың бірінші тоқсанында 12 келі гашиш тәркіленді.",
         {"period_start": "2022-01-01", "period_end": "2022-03-31"}),
    case("Іс-шара 1 наурыздан 30 сәуірге дейін өтті, 8 келі марихуана тәркіленді.",
         {"period_start": "2024-03-01", "period_end": "2024-04-30", "date": "2024-06-15"}),
    # days of one month with a dash, between ("1-10 маусым аралығында"); two days without it are an event's days
    case("5-15 шілде аралығында облыста 9 келі марихуана тәркіленді.",
         {"period_start": "2024-07-05", "period_end": "2024-07-15"}, published="2024-07-20"),
    case("3-4 наурызда Таразда 5 келі гашиш тәркіленді.", {"period_start": None, "date": "2024-03-04"}),
    case("Ақпан — сәуір айлары аралығында 9 келі марихуана тәркіленді.",
         {"period_start": "2024-02-01", "period_end": "2024-04-30", "date": "2024-06-15"}),
    case("2021 жылы 300 келі есірткі тәркіленген.", {"period_start": "2021-01-01", "period_end": "2021-12-31"}),
    case("1985 жылы туған тұрғыннан 3 келі гашиш тәркіленді.", {"period_start": None, "date": "2024-06-15"}),
    case("2020-2022 жылдары облыс аумағында полиция қызметкерлері 48 есірткі зертханасын жойды.",
         {"period_start": "2020-01-01", "period_end": "2022-12-31"}),
    case("Операцияның 3 айында 20 келі гашиш тәркіленді.", {"period_start": None}),  # an operation's months
    case("2023 жылдың алғашқы төрт айында 12 келі героин тәркіленді.",
         {"period_start": "2023-01-01", "period_end": "2023-04-30"}),
    case("Өткен жылдың 12 қарашасында Таразда 5 келі гашиш тәркіленді.", {"date": "2023-11-12"}),
    case("2022 жылғы 7 мамырда Таразда 5 келі гашиш тәркіленді.", {"date": "2022-05-07"}),
    case("Егін маусымында Таразда 5 келі гашиш тәркіленді.", {"date": "2024-06-15", "period_start": None}),
    # a Kazakh weekday in the locative or with "күні": the last such day up to the report (Babel's Kazakh names)
    case("Өткен дүйсенбіде Таразда 5 келі гашиш тәркіленді.", {"date": "2024-06-10"}),
    case("Сәрсенбі күні Таразда 5 келі гашиш тәркіленді.", {"date": "2024-06-12"}),
    case("03 Наурыз 2025 | 10:15\nТаразда 5 келі гашиш тәркіленді.", {"date": "2025-03-03"}, published=None),
]


@pytest.mark.parametrize(("text", "published", "expected"), PERIODS + DATES + KAZAKH)
def test_table(text, published, expected):
    match(facts_of(text, published), expected)


def test_date_year_from_text_when_no_publication_date():
    text = "Об этом 4 декабря заявил прокурор. В Шымкенте изъято 5 кг гашиша.\n3 декабря 2025 года стало известно."
    assert facts_of(text, published=None)[0]["date"] == "2025-12-04"


@pytest.mark.parametrize("born", ["1987 года рождения", "1987 г.р.", "1987 г. р."])
def test_a_year_of_birth_is_not_the_year_of_an_undated_article(born):
    text = f"12 марта в Таразе задержан мужчина {born}. У него изъято 3 кг гашиша."
    assert [f["date"] for f in facts_of(text, published=None)] == [None, None]
    # a year the article names for itself still dates it
    assert facts_of(text + " Это уже пятое задержание в 2024 году.", published=None)[0]["date"] == "2024-03-12"


def test_a_sentence_opening_with_a_discourse_word_is_no_dateline():
    text = ("Полиция сообщила о ликвидации нарколаборатории.\nТак, 7 января в Актобе задержан организатор, "
            "у него изъято 30 кг мефедрона.")
    assert {f["date"] for f in facts_of(text, "2024-01-09")} == {"2024-01-07"}
    # a place, then the date: a dateline, which dates nothing
    text = "Актобе, 7 января. В городе задержан организатор, у него изъято 30 кг мефедрона."
    assert {f["date"] for f in facts_of(text, "2024-01-09")} == {"2024-01-09"}


def test_a_date_alone_on_its_line_without_a_year_is_a_stamp_and_a_stamp_with_a_year_dates_the_article():
    # a site's own "today" widget ("18 октября") above the article's stamp ("24 сентября 2004")
    text = "2024 год\n18 октября\nНа окраине Жосалы нашли плантацию\n24 сентября 2004\nВ Жосалы изъято 27 кг конопли."
    assert [f["date"] for f in facts_of(text, published=None)] == ["2004-09-24"]


def test_a_date_that_starts_an_open_span_is_not_the_event_day():
    text = ("В Актобе задержан 49-летний мужчина. По его словам, он с мая выращивал коноплю в теплице.\n"
            "Всего изъято 47 кустов конопли.")
    assert {f["date"] for f in facts_of(text, "2024-08-05")} == {"2024-08-05"}


def test_publication_date_from_url_when_missing():
    from etl.documents import Document
    from etl.extract import extract

    doc = Document("u", "19 ноября в Астане изъяли 125 грамм героина.", url="https://x.kz/2014/11/heroin")
    assert extract(doc)[0]["date"] == "2014-11-19"


def test_a_dateline_without_a_year_dates_an_undated_article_by_the_years_it_names():
    facts = facts_of("Астана. 30 апреля. С начала 2025 года изъято 3 тонны наркотиков.", published=None)
    assert facts[0]["date"] == "2025-04-30"


def test_a_date_alone_on_its_line_is_the_publication_stamp():
    facts = facts_of("Изъято 40 кг гашиша\n26.07.2024\nС начала года в области изъято 40 кг гашиша.", published=None)
    assert {f["date"] for f in facts} == {"2024-07-26"}


def test_a_header_line_with_a_full_date_and_no_verb_is_the_publication_stamp():
    text = ("[3 марта 2025 года, источник: пресс-служба полиции]\nВ Караганде задержан курьер. В ходе операции в "
            "феврале 2025 года у него изъяли 2 кг гашиша.")
    assert {f["date"] for f in facts_of(text, published=None)} == {"2025-02-01"}
    # a line with a verb tells the event
    text = "3 марта 2025 года в Караганде задержали курьера\nУ него изъяли 2 кг гашиша."
    assert {f["date"] for f in facts_of(text, published=None)} == {"2025-03-03"}


def test_a_verdict_is_dated_when_reported_not_by_the_story_told_after_it():
    text = ("Суд вынес приговор троим жителям Костаная, которые торговали героином.\nПо материалам дела, в марте "
            "2023 года они закупили партию наркотиков.")
    assert [(f["action"], f["date"]) for f in facts_of(text, "2024-05-20")] == [("charged", "2024-05-20")]
    text = ("В марте 2023 года трое жителей Костаная закупили партию героина.\nСуд вынес приговор троим "
            "жителям Костаная.")
    assert [(f["action"], f["date"]) for f in facts_of(text, "2024-05-20")] == [("charged", "2024-05-20")]
    # people detained keep the day told after them in their story
    text = "Полицейские задержали троих жителей Костаная.\nЗадержание прошло 14 мая."
    assert [(f["action"], f["date"]) for f in facts_of(text, "2024-05-20")] == [("detained", "2024-05-14")]


def test_a_statistic_of_an_undated_article_is_dated_the_day_the_article_tells_it_was_reported():
    text = "15 марта 2024 года на брифинге в МВД сообщили, что за два месяца 2024 года изъято 40 кг наркотиков."
    assert [(f["date"], f["period_end"]) for f in facts_of(text, published=None)] == [("2024-03-15", "2024-02-29")]
    # a day inside the period it covers is no report of it
    text = "10 февраля 2024 года полиция начала рейды. За два месяца 2024 года изъято 40 кг наркотиков."
    assert [f["date"] for f in facts_of(text, published=None)] == [None]


def test_a_kazakh_stamp_with_an_abbreviated_month_dates_an_undated_article():
    text = ("Есірткі зертханалары жойылды\nАвтор Аты 9 қаз. 2023 10:15 512\nБиыл үшінші тоқсанда полиция "
            "облыста 4 есірткі зертханасын жойды.")
    assert [(f["date"], f["period_start"], f["period_end"]) for f in facts_of(text, published=None)] \
        == [("2023-10-09", "2023-07-01", "2023-09-30")]


LEAD = ("В Жамбылской области подвели итоги оперативно-профилактического мероприятия «Мак», в котором участвовали "
        "полицейские, пограничники и сотрудники акиматов всех районов области, а также волонтёры. ")


@pytest.mark.parametrize(("period", "start"), [
    ("Оно проходило с января по май.", "2024-01-01"),       # a period alone frames the results after it
    ("Оно проходило с января по май, в нём участвовали 500 полицейских.", None),  # its own number
])
def test_a_period_alone_in_its_sentence_frames_the_results_after_it(period, start):
    text = LEAD + period + "\nИтоги:\n— выявлено 40 наркопреступлений;\n— изъято 300 кг марихуаны."
    assert [f["period_start"] for f in facts_of(text)] == [start, start]


def test_a_period_after_the_first_results_does_not_frame_the_rest():
    text = LEAD + "В Таразе изъято 3 кг марихуаны. Мероприятие проходило с января по май.\nВ Шу изъято 5 кг марихуаны."
    assert [f["period_start"] for f in facts_of(text)][1] is None


@pytest.mark.parametrize(("text", "period"), [
    ("С июня по сентябрь в области выявлено 40 наркопреступлений.", ("2024-06-01", "2024-09-30")),  # still running
    ("С июля по сентябрь в области выявлено 40 наркопреступлений.", ("2023-07-01", "2023-09-30")),  # after June 15
    ("С января по май в области выявлено 40 наркопреступлений.", ("2024-01-01", "2024-05-31")),
    ("С октября по февраль в области выявлено 40 наркопреступлений.", ("2023-10-01", "2024-02-29")),
    ("С ноября 2022 года по март в области выявлено 40 наркопреступлений.", ("2022-11-01", "2023-03-31")),
    ("С 1 января 2023 года по 30 июня 2023 года выявлено 40 наркопреступлений.", ("2023-01-01", "2023-06-30")),
])
def test_a_span_of_months(text, period):
    fact = facts_of(text)[0]
    assert (fact["period_start"], fact["period_end"]) == period


def test_a_kazakh_period_alone_frames_the_list_after_it():
    text = ("«Қарасора» республикалық іс-шарасының нәтижесі шығарылды. Оған полиция, Ұлттық ұланның және Қорғаныс "
            "министрлігінің қызметкерлері, әкімдіктер мен еріктілер қатысып, тікұшақтар мен дрондар жұмылдырылды. "
            "Іс-шара маусым — қазан айлары аралығында өтті.\n"
            "Жалпы:\n— 35 есірткі құқық бұзушылығы анықталды,\n— 270 келіден астам есірткі тәркіленді.")
    facts = facts_of(text)
    assert [(f["period_start"], f["period_end"]) for f in facts] == [("2024-06-01", "2024-10-31")] * 2
