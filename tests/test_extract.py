"""Whole documents: what is not a fact, repeats, rulings, regions by sentence, other crimes (GUIDE.md).
Every sentence here is written for the test."""

import pytest

from tests.helpers import case, facts_of, match

NOT_FACTS = [
    # a difference between periods, and goods that are not drugs
    case("За год изъято 2 тонны наркотиков — на 700 килограммов больше, чем годом ранее.", {"kg": 2000.0}),
    case("На посту у пассажира обнаружены ювелирные изделия из золота весом 12 кг."),
    case("Изъято 40 кг гашиша и 300 кг рыбы.", {"kg": 40.0, "substance": "hashish"}),
    case("Таможенники выявили 312 фактов нарушения правил ввоза горюче-смазочных материалов."),
    case("Курсы валют: $ 475.20  512.30  5.10"),
    case("Суд назначил ему штраф в размере 2 млн тенге."),
    # money paid to someone (a reward, a bribe, a wage) is not money seized
    case("За доставку героина курьеру обещали вознаграждение в размере $700."),
    case("Следователь попался на взятке в 5 млн тенге, которую требовал за закрытие дела о наркотиках."),
    case("Возбуждено дело по статье 297 УК РК."),
    case("Операция прошла в 2023 году."),
    case("Суд назначил наказание: 10 лет лишения свободы."),
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
    case("За год ликвидировано 12 нарколабораторий, передаёт наш сайт.", {"kind": "labs", "count": 12}),
    case("В суд направлено 93 уголовных дела, 14 дел прекращены."),
    case("Изъято оборудование для 4 лабораторий."),
    case("Изъято 115 единиц оружия и 2 тысячи патронов."),
    # "единица" counts a drug only when the drug is named right after it
    case("Изъято 18 единиц автотранспорта и оргтехники."),
    case("В аптеке изъяли 55 единиц прегабалина.", {"count": 55, "unit": "pieces", "substance": "drugs"}),
    case("Это одна из крупнейших нарколабораторий."),
    case("Второй участник скрылся."),
    case("Уничтожено 110 тысяч кустов дикорастущей конопли."),
    case("Полицейские уничтожили 2 тысячи кустов конопли общим весом 400 кг."),
    # ... and the whole told right after the destruction ("Общий вес ... составил")
    case("В районе скошена и сожжена дикорастущая конопля на 40 гектарах. Общий вес растений составил 12 тонн."),
    case("На пустыре сожгли около 900 кг дикорастущей конопли."),
    # found ("обнаружили", "нашли") and then destroyed is not taken; taken ("изъяли") is a seizure even so
    case("На берегу реки нашли примерно тонну дикой конопли, её тут же сожгли."),
    case("Участковые обнаружили 600 кустов конопли и уничтожили их на месте."),
    case("У фермера изъяли 40 кг марихуаны, посевы конопли уничтожили.", {"kg": 40.0}),
    # links to other articles after "Читайте также" are not this article's figures
    case("В Павлодаре задержан закладчик с 60 свёртками мефедрона.\n\nЧитайте также:\nВ Алматы осудили наркокурьера\n"
         "В Шымкенте закрыли нарколабораторию\n\nПодписывайтесь на наш канал",
         {"kind": "people", "count": 1}, {"kind": "seizure", "count": 60}),
    case("Тағы оқыңыз: Шымкентте 5 келі гашиш тәркіленді\nТаразда 2 адам ұсталды."
         , {"kind": "people", "count": 2}),
    # "все трое" are the three counted before, with what was done to them next
    case("Полицейские задержали троих мужчин, сбывавших гашиш в Актау и Жанаозене. Изъято 2 кг гашиша. Все трое "
         "арестованы.", {"count": 3, "action": "arrested"}, {"kg": 2.0}),
    case("Задержаны пятеро закладчиков. Всех пятерых водворили в ИВС.", {"count": 5, "action": "detained"}),
    case("Полицейские Актобе задержали двоих мужчин, которые хранили в квартире 1,3 кг мефедрона. Один из "
         "задержанных ранее был судим за сбыт. Суд арестовал обоих.", {"count": 2, "action": "arrested"}, {"kg": 1.3}),
    # doses of "наркотика" in the singular: the drug, or its family, named before
    case("Задержаны трое, которые сбывали «синтетику». Изъято свыше 2 тысяч доз наркотика.",
         {"kind": "people"}, {"count": 2000, "unit": "doses", "substance": "synthetic"}),
    # taken and destroyed in one sentence: each figure by the verb of its own clause
    case("Изъято 64 кг марихуаны, уничтожено 2 тонны дикорастущей конопли.", {"kg": 64.0}),
    case("Уничтожено 5 тонн конопли, изъято 64 кг марихуаны.", {"kg": 64.0}),
    case("Облыста 2,3 тонна жабайы сора жойылды, 64 келі марихуана тәркіленді.", {"kg": 64.0}),
    # a mass of plants named as a drug ("наркосодержащие растения": drugs) is a crop all the same
    case("Изъято 12 кг гашиша, уничтожено 3 тонны наркосодержащих растений.", {"kg": 12.0}),
    case("Іс-шара кезінде 900 келі есірткі құрамдас өсімдік жойылып, 15 келі гашиш тәркіленді.", {"kg": 15.0}),
    case("Изъято и уничтожено 2 тонны конопли.", {"kg": 2000.0}),
    # drugs seized before and destroyed now are a seizure
    case("В Караганде уничтожили 164 кг героина и 44 кг гашиша, которые были изъяты в декабре.",
         {"kg": 164.0}, {"kg": 44.0}),
    # a capacity or a rate is not a seizure
    case("Изъято оборудование, позволяющее изготавливать до 40 кг мефедрона."),
    case("Цех выпускал по 15 кг синтетики в сутки."),
    case("Раньше полиция области изымала не больше 40 граммов в год героина."),
]


RAIDS = "Неделю полицейские, пограничники и кинологи со служебными собаками проверяли машины на трассах области. " * 2

REPEATS = [
    case("Итоги месяца\nЗа январь в области из незаконного оборота изъято почти 1 килограмм запрещённых веществ, "
         "сообщает пресс-служба департамента полиции региона со ссылкой на управление по противодействию "
         "наркопреступности.\nВсего изъято 940 граммов марихуаны.",
         {"kind": "seizure", "kg": 0.94, "substance": "marijuana"}),
    case("В Уральске задержали сразу двоих закладчиков.\nВ Аксае задержали ещё двоих закладчиков.",
         {"kind": "people", "count": 2}, {"kind": "people", "count": 2}),
    # one person each in paragraphs that name different places of one region are two; a suspect named by what
    # he is suspected of ("подозреваемого в хранении") is someone new, however alike
    case("Рейды в Жамбылской области\n" + RAIDS + "В Таразе полицейские задержали мужчину с 2 кг гашиша.\n"
         "В Шу полицейские задержали мужчину, у него изъяли 300 г героина.",
         {"kind": "people", "count": 1}, {"kg": 2.0}, {"kind": "people", "count": 1}, {"kg": 0.3}),
    case("Рейды в Жамбылской области\n" + RAIDS + "В Таразе полицейские задержали мужчину с 2 кг гашиша.\n"
         "В Шу полицейские задержали подозреваемого в сбыте наркотиков, у него изъяли 300 г героина.",
         {"kind": "people", "count": 1}, {"kg": 2.0}, {"kind": "people", "count": 1}, {"kg": 0.3}),
    # a further two in the body ("ещё двоих") never restate the two of the headline
    case("В Уральске задержали сразу двоих закладчиков.\n" + "Полиция провела рейды в городе. " * 7
         + "В Аксае задержали ещё двоих закладчиков.", {"kind": "people", "count": 2}, {"kind": "people", "count": 2}),
    case("Изъято 34 кг героина.\nПограничники изъяли 34 кг героина на границе.", {"kg": 34.0}),
    # one person named by what was done to him ("задержанный") is one detained, and the one already named if
    # any; after people counted with a number, one of them (unless an action of his own says more)
    case("В гараже нашли 3 кг гашиша.\nЗадержанная пояснила, что хранила его для себя.",
         {"kg": 3.0}, {"kind": "people", "count": 1, "action": "detained"}),
    case("В гараже нашли 3 кг гашиша. У задержанного также изъяли весы.",
         {"kg": 3.0}, {"kind": "people", "count": 1, "action": "detained"}),
    case("Задержан 40-летний водитель фуры. У задержанного нашли 3 кг гашиша.",
         {"kind": "people", "count": 1, "quote": "Задержан 40-летний водитель"}, {"kg": 3.0}),
    case("Задержаны трое закладчиков. Подозреваемый водворён в ИВС. У одного задержанного нашли гашиш.",
         {"kind": "people", "count": 3, "action": "detained"}),
    case("Задержаны трое закладчиков. Подозреваемый арестован.",
         {"kind": "people", "count": 3, "action": "detained"}, {"kind": "people", "count": 1, "action": "arrested"}),
    case("Задержаны трое. Третий задержанный не является жителем города.", {"kind": "people", "count": 3}),
    # people only questioned are no fact (GUIDE); placed in a remand prison ("поместили в СИЗО") is an arrest
    case("В Таразе задержаны трое сбытчиков, ещё пятерых допросили как свидетелей.", {"kind": "people", "count": 3}),
    case("Курьера поместили в следственный изолятор.", {"kind": "people", "count": 1, "action": "arrested"}),
    # "с поличным" between the verb and the people it acts on
    case("Полицейские задержали с поличным закладчика и его напарника.", {"kind": "people", "count": 2,
                                                                         "action": "detained"}),
    # one person told beside "the rest" after people counted with the same action is one of them
    case("Суд приговорил 6 членов банды. Главарь получил 16 лет, остальные — от 8 до 12 лет.",
         {"kind": "people", "count": 6, "action": "charged"}),
    case("Сот топтың 4 мүшесін соттады. Топ жетекшісі 14 жылға бас бостандығынан айырылды, қалғандарына 9 жылдан "
         "жаза тағайындалды.", {"kind": "people", "count": 4, "action": "charged"}),
    # one lab named after a count of labs in one event is one of them; another one ("ещё одну") is one more; a
    # lab after a year's statistic is an example of it, a fact of its own
    case("Ликвидированы две нарколаборатории.\n\nВ Сатпаеве полицейские обнаружили нарколабораторию в гараже.",
         {"kind": "labs", "count": 2}),
    case("Ликвидирована группа, организовавшая производство мефедрона.\n\nВ Алматинской области задержаны пятеро, "
         "которые производили мефедрон в трёх лабораториях.", {"kind": "groups", "count": 1},
         {"kind": "people", "count": 5}, {"kind": "labs", "count": 3}),
    case("Ликвидированы две нарколаборатории. Позже полицейские обнаружили ещё одну нарколабораторию.",
         {"kind": "labs", "count": 2}, {"kind": "labs", "count": 1}),
    case("В 2024 году ликвидировано 12 нарколабораторий. В марте в Сатпаеве обнаружили нарколабораторию.",
         {"kind": "labs", "count": 12}, {"kind": "labs", "count": 1}, published="2025-01-20"),
    case("Осуждённый пытался пронести в колонию 5 г героина.", {"kg": 0.005}),  # a prisoner, not one sentenced
    case("Задержанный автомобиль осмотрели и нашли 2 кг гашиша.", {"kg": 2.0}),
    # people counted, then named again in the plural with a later stage: that stage is theirs; a case opened
    # beside them is not done to them
    case("Полицейские задержали трёх закладчиков. Суд санкционировал их арест.",
         {"kind": "people", "count": 3, "action": "arrested"}),
    case("На трассе задержаны четверо перевозчиков. Все подозреваемые арестованы.",
         {"kind": "people", "count": 4, "action": "arrested"}),
    case("На трассе задержаны четверо перевозчиков. Возбуждено дело, а подозреваемые водворены в ИВС.",
         {"kind": "people", "count": 4, "action": "detained"}),
    # the later stage may come after the seizure is told, a few sentences on, no other people between
    case("В Сарани задержаны двое жителей области. В их машине нашли 3 кг гашиша. Его упаковали в пакеты. "
         "Экспертиза назначена. Подозреваемые арестованы.", {"kind": "people", "count": 2, "action": "arrested"},
         {"kg": 3.0}),
    case("Ауылда үш тұрғын ұсталды. Олардан 2 келі марихуана тәркіленді. Сараптама тағайындалды. Іс бойынша "
         "тергеу жүріп жатыр. Күдіктілер қамауға алынды.", {"kind": "people", "count": 3, "action": "arrested"},
         {"kg": 2.0}),
    case("В Сарани задержаны двое жителей области. В их машине нашли 3 кг гашиша. Его упаковали в пакеты. "
         "Экспертиза назначена. Следствие идёт. Через месяц суд рассмотрел другое дело. Подозреваемые арестованы.",
         {"kind": "people", "count": 2, "action": "detained"}, {"kg": 3.0}),
    case("На трассе задержаны четверо перевозчиков. Двое из них арестованы.",
         {"kind": "people", "count": 4, "action": "detained"}, {"kind": "people", "count": 2, "action": "arrested"}),
    case("Трассада төрт күдікті ұсталды. Күдіктілер қамауға алынды.",
         {"kind": "people", "count": 4, "action": "arrested"}),
    # a court's breakdown of those it tried goes on with "ещё": the further ones are among them too
    case("Суд вынес приговор 14 участникам ОПГ. Двоим дали по 15 лет, ещё 12 подсудимым — от 5 до 10 лет.",
         {"kind": "people", "count": 14, "action": "charged"}),
    # the same shops told blocked in one sentence and found in another are one figure, of shops blocked; shops
    # stopped and sites blocked are two
    case("Два наркошопа заблокированы в Кокшетау\nПолицейские выявили 2 наркошопа, продававших мефедрон.",
         {"kind": "online", "count": 2}),
    case("Пресечена деятельность 2 наркошопов.\nЗаблокировано 2 сайта.",
         {"kind": "groups", "count": 2}, {"kind": "online", "count": 2}),
    # "ещё один" is one more; "это уже третья" ranks the one told, it is not one more
    case("В Кокшетау задержан закладчик.\nПозже в Щучинске задержан ещё один закладчик.",
         {"kind": "people", "count": 1}, {"kind": "people", "count": 1}),
    case("В селе ликвидирована нарколаборатория.\nВ райцентре ликвидирована ещё одна нарколаборатория.",
         {"kind": "labs", "count": 1}, {"kind": "labs", "count": 1}),
    case("В Сатпаеве ликвидирована нарколаборатория.\nЭто уже третья нарколаборатория, выявленная в области.",
         {"kind": "labs", "count": 1}),
    case("В Сатпаеве закрыта нарколаборатория. С начала года это второй случай выявления нарколаборатории.",
         {"kind": "labs", "count": 1, "period_start": None}),
    case("В Темиртау обезврежена нарколаборатория. С начала года в нашем регионе это уже второй случай выявления "
         "подпольной нарколаборатории.", {"kind": "labs", "count": 1, "period_start": None}),
    # a further mass ("Ещё 400 г") is another seizure, not the mass of the plants before it
    case("На даче изъято 30 кустов конопли. Ещё 400 г сушёной конопли нашли в сарае.",
         {"count": 30, "unit": "plants"}, {"kg": 0.4}),
    case("На даче изъято 30 кустов конопли. Их общий вес составил 12 кг.", {"kg": 12.0}),
    # the mass of them all later in the next paragraph; not a mass later in it that is not of them all
    case("На даче изъято 30 кустов конопли.\nКусты отправили на экспертизу. Их общая масса превысила 12 кг.",
         {"kg": 12.0}),
    case("На даче изъято 30 кустов конопли.\nСоседа тоже проверили. У него нашли 2 кг марихуаны.",
         {"count": 30, "unit": "plants"}, {"kg": 2.0}),
    # sacks to be destroyed are not a seizure of their own
    case("Изъято 400 кг марихуаны. Ещё 20 мешков с кустами конопли будут уничтожены на месте.", {"kg": 400.0}),
    case("У жителя села изъяли коноплю. Общий вес составил 3 кг.", {"kg": 3.0}),
    # packages named again with their mass, paragraphs later
    case("У водителя изъяли 12 мешков с коноплёй.\nЗадержание прошло в четверг на трассе.\n"
         "По заключению экспертизы, в мешках было 310 кг марихуаны.",
         {"kind": "people", "count": 1, "action": "detained"}, {"kg": 310.0}),
    # a sentence adding another case ("Кроме того", "Сондай-ақ") stops packages from taking a later mass, unless
    # that mass is of everything told ("Общий вес")
    case("У курьера изъяли 6 пакетиков.\nКроме того, у его знакомого нашли 40 граммов вещества.",
         {"count": 6, "unit": "pieces"}, {"kg": 0.04}),
    case("У курьера изъяли 6 пакетиков. Также нашли тайник с 10 свёртками. Общий вес вещества составил 40 граммов.",
         {"kg": 0.04}),
    case("Тінту кезінде 12 орам табылды. Сондай-ақ көршісінен 30 грамм марихуана тәркіленді.",
         {"count": 12, "unit": "pieces"}, {"kg": 0.03}),
    # facts pointed back to ("по этим двум фактам") are the drug crimes told, with no drug named again
    case("Задержаны два курьера с героином.\nПо этим двум фактам возбуждены уголовные дела.",
         {"kind": "people", "count": 2}, {"kind": "crimes", "count": 2}),
    # a page that repeats its lead inside one sentence names one person, not two; two named apart are two
    case("Студентку из Караганды задержали с мефедроном, передает агентство - Студентку из Караганды задержали "
         "с мефедроном.", {"kind": "people", "count": 1}),
    case("В поезде задержан проводник, а на перроне задержан его сменщик.", {"kind": "people", "count": 1},
         {"kind": "people", "count": 1}),
    # a headline over a short body: the body starts at a paragraph of two sentences, however short
    case("Около 500 кг наркотиков изъяли в Павлодаре\n\nПолиция подвела итоги. Изъято 512 кг наркотиков.",
         {"kg": 512.0}),
    case("Почти 800 кг героина изъяли на границе\n" + "Пограничники изъяли героин. " * 6
         + "Общий вес героина составил 775 кг.", {"kg": 775.0, "substance": "heroin"}),
    case("Свыше 13 тонн наркотиков изъяли за год\n" + "Полиция подвела итоги работы. " * 7
         + "Изъято 13 тонн 183 килограмма наркотиков.", {"kg": 13183.0}),
    case("Стоимость оценивается в 433 млн тенге (более $950 тыс).", {"amount": 433_000_000, "role": "value"}),
    case("Изъято 34 брикета героина общим весом 34 килограмма.", {"kg": 34.0, "substance": "heroin"}),
    case("Изъято 9 кг синтетики. Это около 25 тысяч разовых доз.", {"kg": 9.0, "substance": "synthetic"}),
    case("Изъято 928 кустов конопли весом 300 кг.", {"kg": 300.0, "substance": "marijuana"}),
    case("На полигоне сожгли 300 кг наркотиков, изъятых по уголовным делам.", {"kg": 300.0}),
    # a figure naming two drugs is a mix ("drugs"); its repeat naming one of them does not narrow it
    case("В сумке нашли около 20 кг марихуаны и гашиша. В багажнике были ещё брикеты, и в них тоже марихуана. "
         "Общий вес изъятого составил около 20 кг.", {"kg": 20.0, "substance": "drugs"}),
    # packages "с" their mass, and doses told after the masses, are one seizure: the mass
    case("На таможне изъяли 14 брикетов почти с 16 кг гашиша и 3 пакета с 2 кг марихуаны.",
         {"kg": 16.0, "substance": "hashish"}, {"kg": 2.0, "substance": "marijuana"}),
    case("У курьера изъяли 4 кг мефедрона.\nЭто почти 40 тысяч разовых доз.",
         {"kg": 4.0}),
    # "наркотика" after a seizure of a named drug is another one, unless "ещё" says it is more of it
    case("В Темиртау у парня изъяли 500 граммов мефедрона. Ещё 1,2 кг наркотика нашли в его квартире.",
         {"substance": "mephedrone"}, {"kg": 1.2, "substance": "mephedrone"}),
    case("В Темиртау у парня изъяли 500 граммов мефедрона. В его квартире нашли 1,2 кг наркотика.",
         {"substance": "mephedrone"}, {"kg": 1.2, "substance": "drugs"}),
    # doses of one drug beside the mass of another are a seizure of their own
    case("При обыске нашли 600 доз героина и 2 кг гашиша.",
         {"count": 600, "unit": "doses", "substance": "heroin"}, {"kg": 2.0, "substance": "hashish"}),
    case("У курьера изъяли 4 кг мефедрона и 3 кг гашиша. Это почти 40 тысяч доз.", {"kg": 4.0}, {"kg": 3.0}),
    case("В гараже нашли 12 пакетов с марихуаной.", {"count": 12, "unit": "pieces"}),
    # doses of a lead told in the body as packages: one seizure, the packages, of the drug the doses named
    case("На трассе у пассажира нашли 250 разовых доз героина.\n\nПолицейские сообщили: \"У пассажира изъяли 18 "
         "свертков с порошком. Это более 250 разовых доз\".",
         {"count": 18, "unit": "pieces", "substance": "heroin"}),
    # a medicine named in its figure is not the unnamed drug whose mass follows
    case("У фармацевта изъято 300 таблеток трамадола.\nКроме того, на даче у её мужа нашли 2 кг марихуаны.",
         {"count": 300, "unit": "pills"}, {"kg": 2.0, "substance": "marijuana"}),
    # the mass of another detention after them is not the packages' mass
    case("В Актау у закладчика изъято 35 свертков. В Жанаозене полицейские задержали троих мужчин с 3 кг гашиша.",
         {"kind": "people", "count": 1}, {"count": 35, "unit": "pieces"}, {"kind": "people", "count": 3},
         {"kg": 3.0}),
    case("У курьера изъято 1,5 кг героина.\nНаркотик был расфасован в шесть пакетов.", {"kg": 1.5}),
    # a headline's round floor restates the body's figure above it; a floor in the body is a figure of its own
    case("Более тысячи кустов конопли нашли у жителя Жамбылской области\n" + "Полиция провела обыск. " * 9
         + "На участке изъято 1 380 кустов конопли.", {"kind": "seizure", "count": 1380}),
    case("Свыше 300 кг гашиша изъяли за неделю\n" + "Полиция подвела итоги. " * 9
         + "Всего за неделю изъято 700 кг гашиша.", {"kg": 300.0}, {"kg": 700.0}),
    case("Итоги операции\n" + "Полиция подвела итоги первой недели операции. " * 5
         + "За первую неделю изъято свыше 300 кг гашиша.\nЗа месяц изъято 420 кг гашиша.", {"kg": 300.0},
         {"kg": 420.0}),
    # ... and so does a scale word alone ("Тысячу кустов" for 1 259)
    case("Тысячу кустов конопли вырастил житель Жамбылской области\n" + "Полиция провела обыск. " * 9
         + "На участке изъято 1 259 кустов конопли.", {"count": 1259}),
    # a headline naming the family ("синтетики") restates the body's figure of a drug of it; of another, not
    case("Изъято 6 кг синтетики\n" + "Полиция провела обыск в гараже. " * 9 + "В гараже изъято 6 кг мефедрона.",
         {"kg": 6.0, "substance": "mephedrone"}),
    case("Изъято 6 кг синтетики\n" + "Полиция провела обыск в гараже. " * 9 + "В гараже изъято 6 кг гашиша.",
         {"kg": 6.0, "substance": "synthetic"}, {"kg": 6.0, "substance": "hashish"}),
    # an article of short paragraphs has its headline too
    case("Почти полтонны гашиша нашли у жителя Тараза\nНа модерации\nВ Жамбылской области задержан житель Тараза, "
         "у которого в сарае хранились мешки с гашишем.\nПо данным экспертизы, в мешках было 472 кг гашиша.",
         {"kind": "people", "count": 1}, {"kind": "seizure", "kg": 472.0}),
    # the person a headline names with one age and the body's person of another age are two; the lead's person
    # takes the detention the next paragraph tells; commas between a person's modifiers keep the phrase
    case("Героин нашли у 51-летнего, дважды судимого, жителя Кокшетау\nВ ходе обыска изъято 300 г героина. "
         "Операция по задержанию прошла ночью.\nПозже на трассе задержан 29-летний житель Степногорска.",
         {"kind": "people", "count": 1, "action": "detained"}, {"kind": "seizure", "kg": 0.3},
         {"kind": "people", "count": 1, "action": "detained"}),
    # a headline count the body tells as a later item of a subset's list is no fact of its own
    case("12 студентов задержаны за закладки\n" + "Полиция провела рейды. " * 9 + "С начала года задержаны 70 "
         "молодых людей. Среди них — 30 рабочих и 12 студентов, задержанных за закладки.",
         {"kind": "people", "count": 70}),
    # two rough figures of the body alike but placed in different regions are two
    case("Агентство подвело итоги года. " * 8 + "По стране изъято свыше 2 тонн прекурсоров.\n"
         "В Костанае в гараже изъято более 2 тонн реагентов.",
         {"kg": 2000.0, "region": "KZ"}, {"kg": 2000.0, "region": "KZ-39"}),
    # one figure told of the country, then of its region, is placed in the region
    case("В Казахстане изъяли героин на 90 млн тенге\nПолицейские Атырау изъяли у курьера героин на 90 млн тенге.",
         {"kind": "money", "amount": 90_000_000, "region": "KZ-23", "role": "value"}),
    # one thing named in the country, then in its region, is one thing, in that region
    case("Рубрика: происшествия\nВ Казахстане накрыли нарколабораторию\nВ Павлодарской области полицейские "
         "пресекли работу подпольной лаборатории по выпуску мефедрона.",
         {"kind": "labs", "count": 1, "region": "KZ-55"}),
    case("В Павлодарской области полицейские пресекли работу подпольной лаборатории. Это уже не первая "
         "ликвидированная в Казахстане нарколаборатория.", {"kind": "labs", "count": 1, "region": "KZ-55"}),
]


# a seizure whose sentence names no drug takes the one drug the article names, and no other
DOCUMENT_SUBSTANCE = [
    case("Задержаны закладчики синтетических наркотиков.\nУ одного из них изъяли 24 свертка.",
         {"kind": "seizure", "count": 24, "substance": "synthetic"}),
    case("Изъято 5 кг гашиша.\nЕщё при обыске нашли 2 кг героина и 7 свертков.",
         {"substance": "hashish"}, {"substance": "heroin"}, {"count": 7, "substance": "drugs"}),
    case("В Таразе изъяли партию героина.\nПри обыске изъято ещё 200 г запрещённых веществ.",
         {"kg": 0.2, "substance": "heroin"}),
    # a figure that says "наркотики" keeps it
    case("В Таразе изъяли 2 кг героина.\nС начала года в области изъято 40 кг наркотиков.",
         {"kg": 2.0, "substance": "heroin"}, {"kg": 40.0, "substance": "drugs"}),
    # "наркотика" in the singular is the one drug the text named, when no seizure of a named drug came before
    case("Полиция задержала двух подозреваемых в торговле гашишем. При обыске у них нашли 1,5 кг наркотика.",
         {"kind": "people", "count": 2}, {"kg": 1.5, "substance": "hashish"}),
    case("Изъято 2 кг героина и 150 г расфасованного наркотика.",
         {"kg": 2.0, "substance": "heroin"}, {"kg": 0.15, "substance": "drugs"}),
]


RULINGS = [
    case("Задержаны все участники группы из восьми человек.", {"kind": "people", "count": 8, "action": "detained"}),
    case("Задержаны и взяты под стражу два гражданина.", {"count": 2, "action": "arrested"}),
    case("Арестованы 6 фигурантов.", {"count": 6, "action": "arrested"}),
    case("К уголовной ответственности привлечены пять лидеров и 32 их участника.",
         {"count": 5, "action": "charged"}, {"count": 32, "action": "charged"}),
    case("В отношении 169 граждан начаты расследования.", {"kind": "people", "count": 169, "action": "charged"}),
    case("С начала года заведено 90 уголовных дел.", {"kind": "crimes", "count": 90, "period_start": "2024-01-01"}),
    case("Осуждены 78 человек.", {"count": 78, "action": "charged"}),
    # the people of a court's verdict are among those it tried; a year's statistics are not
    case("Суд рассмотрел дело в отношении 18 человек, обвиняемых в сбыте наркотиков.\n17 подсудимых признаны "
         "виновными. Организатор сети приговорен к 16 годам.", {"count": 18, "action": "charged"}),
    case("С начала года к уголовной ответственности привлечено 169 человек, осуждено 78 человек.",
         {"count": 169, "action": "charged"}, {"count": 78, "action": "charged"}),
    case("Зарегистрировано 21 уголовное дело о сбыте наркотиков.", {"kind": "crimes", "count": 21}),
    case("Изъят килограмм героина.", {"kg": 1.0, "substance": "heroin"}),
    # anabolic steroids and poisons are another crime's (GUIDE.md); strong medicines are drugs
    case("При обыске нашли 300 ампул анаболических стероидов и 2 кг марихуаны.", {"kg": 2.0, "substance": "marijuana"}),
    case("В спортзале изъяли 40 ампул тестостерона, у администратора нашли 30 граммов гашиша.",
         {"kg": 0.03, "substance": "hashish"}),
    case("Со склада изъяли 40 кг ядовитых веществ."),
    case("Қоймадан 12 келі улы зат тәркіленді."),
    case("Изъято 60 ампул сильнодействующих веществ.", {"count": 60, "substance": "drugs"}),
    # an impossible figure (more than 10,000 tonnes in one seizure) is a typo, no fact
    case("В области изъято 12 тысяч тонн гашиша."),
    case("За год по стране изъято 9 тысяч тонн наркотиков.", {"kg": 9e6}),
    case("Изъято более тонны прекурсоров.", {"kg": 1000.0, "substance": "precursors"}),
    # people named with nothing done to them are held when the article then calls them "задержанные"
    case("На посту остановили машину, в ней находились трое мужчин. Задержанные доставлены в отдел полиции.",
         {"kind": "people", "count": 3, "action": "detained"}),
    case("В салоне сидели двое мужчин. Один из них пытался выбросить пакет. Полицейские успели помешать. "
         "У задержанных нашли 3 свертка с героином.", {"kind": "people", "count": 2, "action": "detained"},
         {"kind": "seizure", "count": 3}),  # three sentences on
    case("В машине ехали водитель и пассажир. В багажнике нашли 12 мешков с марихуаной. Экспертиза подтвердила, что "
         "это марихуана весом 66 кг. Начато расследование. Мужчины водворены в ИВС.",
         {"kind": "people", "count": 2, "action": "detained"}, {"kind": "seizure", "kg": 66.0}),  # four on
    case("В Таразе раскрыта группа из пяти человек, сбывавших героин. При обысках у них нашли 700 граммов героина. "
         "По словам полицейских, героин привозили из соседней страны. Расследование ведет следственное управление. "
         "Санкция статьи предусматривает до 15 лет лишения свободы. Работа продолжается. "
         "Все задержанные помещены в ИВС.",
         {"kind": "people", "count": 5, "action": "detained"}, {"kind": "seizure", "kg": 0.7}),  # six on
    case("В машине находились двое мужчин. У задержанного изъяли 2 кг гашиша.",  # one of them, not both
         {"kind": "people", "count": 1, "action": "detained"}, {"kind": "seizure", "kg": 2.0}),
    case("В машине находились двое мужчин. В багажнике нашли 2 кг гашиша.", {"kind": "seizure", "kg": 2.0}),
    # ... or say what was done to them in the plural ("Подозреваемые арестованы", "Күдіктілер қамауға алынды"),
    # unless they were a part of people just counted ("Один из них — ..., двое — ...")
    case("В квартире находились трое мужчин. Там нашли 3 кг гашиша. Подозреваемые арестованы.",
         {"kind": "people", "count": 3, "action": "arrested"}, {"kg": 3.0}),
    case("Үйде екі шетел азаматы болған. Тінту кезінде 2 келі гашиш табылды. Күдіктілер қамауға алынды.",
         {"kind": "people", "count": 2, "action": "arrested"}, {"kg": 2.0}),
    case("Задержаны трое подозреваемых. Один из них — житель Алматы, двое — жители области. Они водворены в ИВС.",
         {"kind": "people", "count": 3, "action": "detained"}),
    case("В салоне находились водитель и пассажир. Задержанные водворены в ИВС.",
         {"kind": "people", "count": 2, "action": "detained"}),
    case("В салоне находились водитель и пассажир. В багажнике нашли 2 кг гашиша.", {"kind": "seizure", "kg": 2.0}),
    # people counted with nothing done to them yet and one more named after "и": one group, which the later
    # sentence acts on whole
    case("В квартире находились трое мужчин и женщина. Все задержанные доставлены в отдел.",
         {"kind": "people", "count": 4, "action": "detained"}),
    # ... in the genitive after a noun too (read as a plural by its likeliest reading); a plural is no pair
    case("Патруль заметил странное поведение парня и девушки. Задержанные выбросили свёрток.",
         {"kind": "people", "count": 2, "action": "detained"}),
    case("Парни и девушки стояли у входа. Задержанные молчали."),
    case("В Шардаре задержаны двое жителей Шымкента и один житель области. У них изъято 5 кг марихуаны. "
         "Подозреваемые арестованы.", {"kind": "people", "count": 2, "action": "arrested"},
         {"kind": "people", "count": 1, "action": "arrested"}, {"kind": "seizure", "kg": 5.0}),
    # "в одной из них" is where people were, not a subset of them
    case("Раскрыты три преступные группы. В самой крупной из них было 7 участников. Все они задержаны.",
         {"kind": "groups", "count": 3}, {"kind": "people", "count": 7, "action": "detained"}),
    case("Раскрыты три преступные группы. В одной из них было 7 участников, которых задержали в Актау.",
         {"kind": "groups", "count": 3}, {"kind": "people", "count": 7, "action": "detained"}),
    # a headline's precise figure and the body's round floor of it ("более 180"): one fact, the precise one,
    # with the body's parts
    case("В области выявлено 184 наркопреступления\n\nС начала года в области выявлено более 180 "
         "наркопреступлений, в том числе 90 фактов сбыта. Полиция продолжает работу по выявлению каналов поставки "
         "наркотиков в регион, сообщили в департаменте полиции, подводя итоги работы за одиннадцать месяцев.",
         {"kind": "crimes", "count": 184, "total": True}, {"kind": "crimes", "count": 90, "total": False}),
    # a shop named in the singular in a short opening paragraph and a group in another region later are two
    case("В Костанае пресечена деятельность интернет-магазина, продававшего наркотики.\nЗадержаны пять его "
         "курьеров.\nПо данным полиции, у задержанных изъяли около двух килограммов синтетических наркотиков, "
         "телефоны и банковские карты, а также тетради с записями о закладках, сделанных в разных районах города "
         "за последние месяцы.\nКроме того, в Актюбинской области ликвидирована преступная группа.",
         {"kind": "groups", "count": 1, "region": "KZ-39"}, {"kind": "people", "count": 5},
         {"kind": "seizure", "kg": 2.0}, {"kind": "groups", "count": 1, "region": "KZ-15"}),
    case("Задержаны трое подозреваемых. Один из них взят под арест.",
         {"count": 3, "action": "detained"}, {"count": 1, "action": "arrested"}),
    case("Задержано 11 человек, восемь из которых – жители южных регионов.", {"count": 11}),
    case("В ИВС водворены 9 человек, 5 из которых жители соседней области, задержанные на трассе.", {"count": 9}),
    case("Осуждены 30 человек, из них 20 моложе 25 лет.", {"count": 30}),
    case("Ликвидирована деятельность четырех ОПГ, в том числе одной транснациональной.",
         {"kind": "groups", "count": 4, "total": True}, {"kind": "groups", "count": 1, "total": False}),
    case("Выявлено 36 наркотических точек продажи.", {"kind": "groups", "count": 36}),
    case("Выявлено 300 Telegram-каналов, но работа с ними только ведется.", {"kind": "online", "count": 300}),
    case("Мониторинг охватил 300 Telegram-каналов."),
    case("Около 26 тысяч наркосайтов направлены на блокировку.", {"kind": "online", "count": 26000}),
    case("Заблокировано 32 Telegram-чата.", {"kind": "online", "count": 32}),
    case("Раскрыто 1878 наркопреступлений.", {"kind": "crimes", "count": 1878}),
    case("Следователи задокументировали 23 эпизода незаконного сбыта.", {"kind": "crimes", "count": 23}),
    case("Обвинение насчитало 5 эпизодов."),
    case("Ликвидированы две нарколаборатории.", {"kind": "labs", "count": 2}),
    case("Ликвидирована деятельность пяти организованных преступных групп.", {"kind": "groups", "count": 5}),
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
    # "Ранее ..." tells another story: its place does not place the figures before it, and it takes no period
    case("Полиция изъяла у двух иностранцев 40 кг гашиша.\nРанее в Алматы задержали курьера с 3 кг героина.",
         {"kg": 40.0, "region": None}, {"kind": "people", "region": "KZ-75"}, {"kg": 3.0, "region": "KZ-75"}),
    case("С начала года полиция области изъяла 400 кг наркотиков.\nРанее в Актобе ликвидировали нарколабораторию.",
         {"kg": 400.0, "period_start": "2024-01-01"}, {"kind": "labs", "region": "KZ-15", "period_start": None}),
    case("Полицейские изъяли у курьера 5 кг гашиша.\nК слову, в Алматы на прошлой неделе задержали 3 закладчиков.",
         {"kg": 5.0, "region": None}, {"kind": "people", "region": "KZ-75"}),
    case("Полицейские изъяли у курьера 5 кг гашиша.\nКстати, в Алматы на прошлой неделе задержали 3 закладчиков.",
         {"kg": 5.0, "region": None}, {"kind": "people", "region": "KZ-75"}),
    # the place after a figure in its own sentence outranks one in an earlier paragraph
    case("В Таразе задержан наркокурьер.\nРанее наркотики на 40 млн тенге изъяли в Костанае.",
         {"kind": "people", "region": "KZ-31"}, {"kind": "money", "region": "KZ-39"}),
]


OTHER_CRIMES = [
    case("Расследуются дела о терроризме. Задержаны и находятся под стражей 24 лица.\n"),
    case("Киберполиция раскрыла хищение 29 млн тенге со счетов пенсионеров, задержаны 23 человека.\n"),
    case("Изъято 3 кг героина.\nУщерб от мошенников превысил 580 млн тенге.", {"kg": 3.0}),
    case("Таразда 3 келі героин тәркіленді.\nАлаяқтар азаматтардан 40 млн теңге айналымы бар шоттарды пайдаланған.",
         {"kg": 3.0}),
    case("Изъято 3 кг героина.\nОборот подпольного игорного клуба составил 90 млн тенге.", {"kg": 3.0}),
]


@pytest.mark.parametrize(("text", "published", "expected"),
                         NOT_FACTS + REPEATS + RULINGS + REGIONS + OTHER_CRIMES + DOCUMENT_SUBSTANCE)
def test_table(text, published, expected):
    match(facts_of(text, published), expected)


def test_quote_is_verbatim_and_states_the_figure():
    text = "В Шымкенте обнаружены две нарколаборатории. В них изъято:\n6,1 кг готового мефедрона;\n"
    for fact in facts_of(text):
        assert fact["quote"] in text
    assert [f["quote"] for f in facts_of(text)] == ["две нарколаборатории", "6,1 кг готового мефедрона"]
