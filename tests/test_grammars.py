"""Grammars, a table per phenomenon: numbers and units, singular mentions, yearly series, elliptic parts,
substances, money roles. Every sentence here is written for the test."""

import pytest

from tests.helpers import case, facts_of, match

NUMBERS = [
    # the thing counted written in quotes ("40 «закладок»", Kazakh "40 дана «закладка»")
    case("У закладчика изъяли 40 «закладок».", {"kind": "seizure", "count": 40, "unit": "pieces"}),
    case("Курьерден 25 дана «закладка» табылды.", {"kind": "seizure", "count": 25, "unit": "pieces"}),
    # syringes are pieces; the euro and the rouble as Kazakh writes them
    case("У наркозависимого изъяли 12 шприцев с метадоном.", {"kind": "seizure", "count": 12, "unit": "pieces",
                                                            "substance": "methadone"}),
    case("Ұйымдастырушыдан 7 мың еуро және 300 мың рубльден астам ақша тәркіленді.",
         {"kind": "money", "amount": 7000, "currency": "EUR"}, {"kind": "money", "amount": 300_000, "currency": "RUB"}),
    case("На скамье подсудимых оказались 9 человек.", {"kind": "people", "count": 9, "action": "charged"}),
    case("Суд признал виновными семерых участников сети.", {"kind": "people", "count": 7, "action": "charged"}),
    # "изобличены" (proven by the investigation) is charged
    case("В ходе следствия изобличены 6 членов наркосети.", {"kind": "people", "count": 6, "action": "charged"}),
    # the press's words for a prison sentence: "за решётку", "реальные сроки"
    case("Четверо сбытчиков синтетики отправятся за решетку.", {"kind": "people", "count": 4, "action": "charged"}),
    case("Пятеро курьеров получили реальные сроки.", {"kind": "people", "count": 5, "action": "charged"}),
    case("Изъято свыше полукилограмма мефедрона.", {"kg": 0.5, "substance": "mephedrone"}),
    case("Изъято почти полтонны гашиша.", {"kg": 500.0, "substance": "hashish"}),
    case("При обыске нашли полкило героина.", {"kg": 0.5, "substance": "heroin"}),
    case("На поле собрали и изъяли 3 центнера конопли.", {"kg": 300.0, "substance": "marijuana"}),
    case("Полицейский пробежал полкилометра за курьером, у которого изъяли 3 кг гашиша.", {"kg": 3.0}),
    case("Изъято больше 80-ти килограммов наркотиков.", {"kg": 80.0}),
    # a decimal comma typed with a space, in a list of masses too; not in a list of bare numbers
    case("Тінту кезінде 4, 6 келі гашиш табылды.", {"kg": 4.6, "substance": "hashish"}),
    case("Изъято 1,5 кг героина, 2, 25 кг гашиша.", {"kg": 1.5}, {"kg": 2.25}),
    case("Изъяли 5, 7, 9 кг наркотиков.", {"kg": 9.0}),
    case("Изъято 80 мл метадона.", {"kind": "seizure", "count": 0.08, "unit": "litres"}),
    case("У него изъяли 250 ампул трамадола.", {"count": 250, "unit": "pieces"}),
    case("В магазине изъяли 340 картриджей с синтетическими каннабиноидами.",
         {"count": 340, "unit": "pieces", "substance": "synthetic"}),
    case("Нашли 12 зип-пакетов с порошком.", {"count": 12, "unit": "pieces"}),
    case("Изъяли 40 спичечных коробков с марихуаной.", {"count": 40, "unit": "pieces", "substance": "marijuana"}),
    case("Изъяли 35 горшков с коноплёй.", {"count": 35, "unit": "plants"}),
    case("Изъяли 30 пакетов с веществом. Экспертиза показала: это гашиш, 4 кг.", {"kg": 4.0}),
    case("За год выявлено более тысячи наркопреступлений.", {"kind": "crimes", "count": 1000}),
    case("Заблокировано около 2,8 тысячи сайтов.", {"kind": "online", "count": 2800}),
    # a number and its own adjective before "и" shares the head of the count after it; not across a year
    case("За месяц выявлено 31 уголовное и 12 административных правонарушений.",
         {"kind": "crimes", "count": 31}, {"kind": "crimes", "count": 12}),
    case("Рейд кезінде 7 қылмыстық және 40 әкімшілік құқықбұзушылық анықталды.",
         {"kind": "crimes", "count": 7}, {"kind": "crimes", "count": 40}),
    case("Задержаны 4 местных и 2 приезжих курьера.", {"kind": "people", "count": 4}, {"kind": "people", "count": 2}),
    case("В 2020 году 15 и в 2021 году 20 преступлений выявлено.", {"kind": "crimes", "count": 20}),
    # labs or groups only intended are no fact ("планировали открыть", Kazakh "ашпақ болған")
    case("Члены группы собирались открыть ещё пять нарколабораторий."),
    case("Топ мүшелері облыста тағы 4 есірткі зертханасын ашпақ болған."),
    case("Топ мүшелері облыста 4 есірткі зертханасын ашқан, полиция оларды жойды.", {"kind": "labs", "count": 4}),
    # sacks and bales are packages: counted pieces, or their mass when it is told
    case("На складе изъяли 15 мешков с маковой соломой.", {"kind": "seizure", "count": 15, "unit": "pieces"}),
    case("В фуре нашли 9 тюков с марихуаной общим весом 210 кг.", {"kind": "seizure", "kg": 210.0}),
    # brought to the police is held; drugs brought somewhere are not people
    case("Во время рейда выявлены и доставлены в полицию пятеро подростков.",
         {"kind": "people", "count": 5, "action": "detained"}),
    case("Изъятые 2 кг героина доставили в управление на экспертизу.", {"kind": "seizure", "kg": 2.0}),
    # a spaced hyphen ends a clause as a dash does: a change before it is not the figure's
    case("Увеличилось на треть число заблокированных сайтов - всего 1 200 интернет-ресурсов.",
         {"kind": "online", "count": 1200}),
    case("Число заблокированных сайтов выросло на 1 200."),
    case("Киберполиция нашла 48 сайтов, торгующих синтетикой.", {"kind": "online", "count": 48}),
    # channels blocked are online resources; channels of trafficking cut are not
    case("По представлению полиции заблокированы 9 каналов по продаже синтетики.", {"kind": "online", "count": 9}),
    case("Перекрыто 5 каналов наркотрафика из Кыргызстана."),
    case("Тысячи людей пришли на акцию.", ),
    case("Изъято 3,2 кг гашиша в 40 свертках.", {"kind": "seizure", "kg": 3.2, "substance": "hashish"}),
    case("Изъято 3,2 кг гашиша, а также 40 свертков с героином.", {"kg": 3.2}, {"count": 40, "unit": "pieces"}),
    case("На почте изъяли 60 марок ЛСД.", {"kind": "seizure", "count": 60, "unit": "pieces", "substance": "drugs"}),
    case("Ликвидировано кустарное производство наркотиков.", {"kind": "labs", "count": 1}),
    case("Полиция накрыла подпольный цех по выпуску мефедрона.", {"kind": "labs", "count": 1}),
    case("Задержаны двое курьеров и три оператора.", {"kind": "people", "count": 2}, {"kind": "people", "count": 3}),
    case("В Семее задержаны четыре кладмена интернет-магазина.", {"kind": "people", "count": 4}),
    case("В Павлодаре полицейские изъяли 6,1 кг героина.", {"kind": "seizure", "kg": 6.1, "substance": "heroin"}),
    case("Изъято 2,1 тонны прекурсоров.", {"kind": "seizure", "kg": 2100.0, "substance": "precursors"}),
    case("У курьера нашли 330 гр. гашиша.", {"kind": "seizure", "kg": 0.33, "substance": "hashish"}),
    case("Всего изъято 13 тонн 183 килограмма марихуаны.", {"kg": 13183.0, "substance": "marijuana"}),
    case("Изъято 36 кг 808 граммов наркотиков.", {"kg": 36.808}),
    case("Изъято 500 мг кокаина.", {"kg": 0.0005, "substance": "cocaine"}),
    case("Изъято 25 тысяч таблеток трамадола.", {"kind": "seizure", "count": 25000, "unit": "pills"}),
    # a medicine is drugs, psychotropic when the text calls it so; beside drugs named in general, a mix
    case("В аптеке изъяли 80 таблеток прегабалина.", {"count": 80, "substance": "drugs"}),
    case("В аптеке изъяли 80 таблеток психотропного препарата «Прегабалин».",
         {"count": 80, "substance": "psychotropic"}),
    case("Изъято 4 кг наркотических и психотропных веществ.", {"kg": 4.0, "substance": "drugs"}),
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
    # violators are a drug figure's people only when their sentence speaks of drugs
    case("На границе за месяц задержаны 870 нарушителей и 9 лодок."),
    case("За сбыт гашиша задержаны 14 правонарушителей.", {"kind": "people", "count": 14}),
]


# GUIDE.md: one person, lab, group, shop or channel named in the singular counts as 1
SINGULAR = [
    # people counted by their role: a warehouse keeper, money mules ("дропперы") who passed the proceeds on
    case("Алматыда есірткі дүкенінің 4 қоймашысы ұсталды.", {"kind": "people", "count": 4, "action": "detained"}),
    case("В Костанае к ответственности привлечены 6 дропперов, через карты которых шли деньги от продажи "
         "наркотиков.", {"kind": "people", "count": 6, "action": "charged"}),
    # one person joined to people counted, the verb after them and "his" before the number: one more, two facts
    case("Главарь банды и его 3 сообщника задержаны.", {"kind": "people", "count": 1, "action": "detained"},
         {"kind": "people", "count": 3, "action": "detained"}),
    case("Цех иесі мен оның 2 көмекшісі қамауға алынды.", {"kind": "people", "count": 1, "action": "arrested"},
         {"kind": "people", "count": 2, "action": "arrested"}),
    case("Подпольные цеха по выпуску синтетики работали по всей стране. За год ликвидированы 20 таких цехов.",
         {"kind": "labs", "count": 20}),
    case("Наркотики по области развозили организованные группы. Полицейским удалось остановить три такие группы.",
         {"kind": "groups", "count": 3}),
    # a clause about the thing between commas does not part it from its verb
    case("Деятельность нарколаборатории, действовавшей в частном доме на окраине Семея, пресечена.",
         {"kind": "labs", "count": 1}),
    case("Преступная группа, которая снабжала героином несколько городов почти два года, ликвидирована.",
         {"kind": "groups", "count": 1}),
    # ... when the article named a thing of that kind before: "таких точек" after pharmacies is no count of dens
    case("Инспекторы проверяли аптеки, где без рецепта отпускали сильнодействующие лекарства. За неделю нашли "
         "43 такие точки."),
    case("Полиция закрыла две точки сбыта наркотиков. Ещё три такие точки работали в соседнем районе.",
         {"kind": "groups", "count": 2}, {"kind": "groups", "count": 3}),
    # "таких объектов" counts the things its sentence named before; not when none was named
    case("Отдельно проверяли фитолаборатории: за год выявлено семь таких объектов.", {"kind": "labs", "count": 7}),
    case("Полиция проверила аптеки, выявлено 5 таких объектов."),
    case("Полицейские ликвидировали нарколабораторию, организованную двумя приезжими.", {"kind": "labs", "count": 1}),
    case("Пресекли деятельность ещё одной мини\u2011лаборатории.", {"kind": "labs", "count": 1}),
    case("В гараже полицейские нашли оборудованную фитолабораторию.", {"kind": "labs", "count": 1}),
    case("В Таразе ликвидирована подпольная нарколаборатория по производству мефедрона, об этом сообщает наш "
         "сайт со ссылкой на пресс-службу полиции.", {"kind": "labs", "count": 1}),
    # a lab or group set up by people held in the same sentence is one; in a court's story, or "организованная"
    # (an adjective), it is not
    case("В Кокшетау задержали 40-летнего мужчину, который оборудовал в сарае нарколабораторию.",
         {"kind": "people", "count": 1}, {"kind": "labs", "count": 1}),
    case("Взят под стражу 30-летний мужчина, наладивший в съёмной квартире фитолабораторию.",
         {"kind": "people", "count": 1, "action": "arrested"}, {"kind": "labs", "count": 1}),
    # production set up ("наладили производство", "организовавший производство") is a lab as a named lab is
    case("В Таразе задержали двоих мужчин, которые наладили производство мефедрона в гараже.",
         {"kind": "people", "count": 2}, {"kind": "labs", "count": 1}),
    case("Задержан мужчина, организовавший производство синтетических наркотиков.",
         {"kind": "people", "count": 1}, {"kind": "labs", "count": 1}),
    case("Для производства наркотиков он закупал реактивы. Мужчина задержан.", {"kind": "people", "count": 1}),
    case("Суд приговорил к 12 годам двоих братьев, организовавших лабораторию синтетики.",
         {"kind": "people", "count": 2, "action": "charged"}),
    case("Задержаны трое участников организованной группы.", {"kind": "people", "count": 3}),
    # a verb in a clause of another person ("их куратор ... арестован", "Лидер арестован, ...") is that person's,
    # not the counted people's; a person's phrase may take an appositive in ("лидер, 41-летний житель, арестован")
    case("Задержаны трое курьеров, их куратор, житель Алматы, арестован.",
         {"kind": "people", "count": 3, "action": "detained"}, {"kind": "people", "count": 1, "action": "arrested"}),
    case("Лидер группы арестован, ещё трое участников задержаны.",
         {"kind": "people", "count": 1, "action": "arrested"}, {"kind": "people", "count": 3, "action": "detained"}),
    case("Её лидер, 41-летний местный житель, арестован, ещё трое участников задержаны.",
         {"kind": "people", "count": 1, "action": "arrested"}, {"kind": "people", "count": 3, "action": "detained"}),
    case("Задержаны трое мужчин, все они арестованы.", {"kind": "people", "count": 3, "action": "arrested"}),
    # a collective number "из них" counts people, not the things counted before
    case("Заблокировано 14 аккаунтов. Их владельцы установлены, двое из них задержаны.",
         {"kind": "online", "count": 14, "total": False}, {"kind": "people", "count": 2, "action": "detained"}),
    # "мера пресечения" restrains people; it stops no group
    case("В отношении троих членов преступной группы избрана мера пресечения в виде ареста.",
         {"kind": "people", "count": 3, "action": "arrested"}),
    case("Всего за год обезврежено 7 групп наркосбытчиков.", {"kind": "groups", "count": 7}),
    case("Пресечена деятельность межрегиональной группы.", {"kind": "groups", "count": 1}),
    case("Задержана группа лиц.", ),
    # a person in the singular joined by "и" to people counted with a number is one more, with their action
    case("На трассе задержаны три закладчика и оператор интернет-магазина.",
         {"kind": "people", "count": 3, "action": "detained"}, {"kind": "people", "count": 1, "action": "detained"}),
    # ... not one counted with a number of its own ("два оператора" is a genitive singular after "два")
    case("В Уральске задержаны два диспетчера и 4 закладчика.",
         {"kind": "people", "count": 2}, {"kind": "people", "count": 4}),
    # ... or right before them; a possessive between the number and its noun is the noun's
    case("В Павлодаре задержаны руководитель банды и трое её членов.",
         {"kind": "people", "count": 1}, {"kind": "people", "count": 3}),
    case("Ликвидирован наркосиндикат, задержаны его организатор и 5 участников.", {"kind": "groups", "count": 1},
         {"kind": "people", "count": 1, "action": "detained"}, {"kind": "people", "count": 5, "action": "detained"}),
    case("Полицейские задержали двух его подельников.", {"kind": "people", "count": 2, "action": "detained"}),
    # "оба" counts people ("обоих подозреваемых"); of facts or labs it points back at the two told
    case("Оперативники задержали обоих подозреваемых в сбыте.", {"kind": "people", "count": 2, "action": "detained"}),
    case("По обоим фактам возбуждены уголовные дела."),
    # a birth year between commas after the person ("Жителя Балхаша, 1990 года рождения, задержали")
    case("Продавца героина, 1987 года рождения, задержали у рынка.", {"kind": "people", "count": 1,
                                                                      "action": "detained"}),
    # what a person leads, counted, between the person and the participle ("Лидер двух ОПГ взят под стражу")
    case("Руководитель трёх наркошопов взят под стражу.", {"kind": "people", "count": 1, "action": "arrested"},
         {"kind": "groups", "count": 3}),
    # two people before a plural participle, the first with an aside, the second with a participle of its own
    case("Курьер, уроженец соседней области, и ожидавший посылку житель Караганды задержаны.",
         {"kind": "people", "count": 2, "action": "detained"}),
    # a place's name between the person and the participle ("Житель Темиртау задержан", "Студент из Актау")
    case("Житель Актау задержан на трассе с пакетом марихуаны.", {"kind": "people", "count": 1, "action": "detained"}),
    case("Пенсионерка из Щучинска осуждена за сбыт трамадола.", {"kind": "people", "count": 1, "action": "charged"}),
    # Kazakh: a clause of cause ("есірткі сатқаны үшін") between the person and the verb; an administrator
    case("Сот Павлодар тұрғынын героин сатқаны үшін 9 жылға бас бостандығынан айырды.",
         {"kind": "people", "count": 1, "action": "charged"}),
    case("Шымкентте интернет-дүкеннің әкімшісі ұсталды.", {"kind": "people", "count": 1, "action": "detained"}),
    # a Kazakh subject in the nominative with a participle's clause before its verb; a crowd is no count
    case("Таразда 20 жастағы жігіт есірткі сатып жүрген жерінен ұсталды.",
         {"kind": "people", "count": 1, "action": "detained"}),
    case("Облыс тұрғыны «закладка» жасап жүрген кезінде ұсталды.", {"kind": "people", "count": 1}),
    case("Есірткі сақтады деген күдікпен бір топ жас жігіт ұсталды."),
    # a person, an aside between dashes, the verb ("Получатель — директор фирмы — задержан")
    case("Получатель груза — директор фирмы — задержан.", {"kind": "people", "count": 1, "action": "detained"}),
    # a Kazakh married couple is two
    case("Есірткі сатқан ерлі-зайыптылар ұсталды.", {"kind": "people", "count": 2, "action": "detained"}),
    case("Полиция ерлі-зайыптыларды ұстады.", {"kind": "people", "count": 2, "action": "detained"}),
    # the people of a shop named in the genitive are acted on, not the shop
    case("Полиция интернет-дүкеннің екі «закладчигін» ұстады.", {"kind": "people", "count": 2, "action": "detained"}),
    case("Полиция интернет-дүкеннің курьерін ұстады.", {"kind": "people", "count": 1, "action": "detained"}),
    # "гражданку" read as a person (pymorphy3 reads it inanimate); a sentence passed on a person in the dative
    case("Полицейские задержали гражданку Нигерии.", {"kind": "people", "count": 1, "action": "detained"}),
    case("Вынесен приговор местной жительнице.", {"kind": "people", "count": 1, "action": "charged"}),
    # someone's companion ("его подельник") is another person than the one named before
    case("Задержан курьер. Суд вынес приговор его подельнику.",
         {"kind": "people", "count": 1, "action": "detained"}, {"kind": "people", "count": 1, "action": "charged"}),
    case("Задержан курьер. Позже задержана его сожительница.", {"kind": "people", "count": 1},
         {"kind": "people", "count": 1}),
    case("Задержан закладчик. Его куратор тоже задержан в соседнем городе.", {"kind": "people", "count": 1},
         {"kind": "people", "count": 1}),
    # a particle or another participle of the same subject between it and its verb ("также установлен и задержан")
    case("Поставщик также был задержан.", {"kind": "people", "count": 1, "action": "detained"}),
    case("Водитель установлен и задержан.", {"kind": "people", "count": 1, "action": "detained"}),
    # a noun after the person, read as its genitive though its likelier reading is a plural ("посылки")
    case("Получатель посылки задержан.", {"kind": "people", "count": 1, "action": "detained"}),
    case("Водитель не задержан.", ),
    # a participle joined to the verb before it shares the sentence's subject ("Житель ... заказал ... и был
    # задержан"); a thing as the subject is no person
    case("Закладчица спрятала свёрток под деревом и была задержана.",
         {"kind": "people", "count": 1, "action": "detained"}),
    case("Курьер пытался скрыться от патруля, но был задержан.", {"kind": "people", "count": 1, "action": "detained"}),
    case("Пакет лежал в багажнике и был изъят.", ),
    # where, between a verb and whom it acts on ("задержали в Жанаозене мужчину")
    case("Оперативники задержали в Кентау мужчину с наркотиками.",
         {"kind": "people", "count": 1, "action": "detained", "region": "KZ-61"}),
    case("Полицейские задержали на автовокзале курьера.", {"kind": "people", "count": 1, "action": "detained"}),
    # ... or a term ("арестовал на два месяца курьера")
    case("Суд арестовал на два месяца водителя фуры.", {"kind": "people", "count": 1, "action": "arrested"}),
    case("Суд арестовал на 2 месяца.", ),
    # a relative pronoun in an oblique case stands for the person before its comma: its clause's later stage is
    # that person's ("задержан мужчина, которому суд вынес приговор"); what the pronoun receives is no action
    case("Весной был задержан наркокурьер, которому в ноябре суд вынес приговор.",
         {"kind": "people", "count": 1, "action": "charged"}),
    case("Полиция задержала закладчика, которому оператор прислал адрес тайника.",
         {"kind": "people", "count": 1, "action": "detained"}),
    # placed in a temporary holding cell (ИВС) is detained, with the person before the verb or a pronoun in it
    case("Подозреваемая помещена в ИВС.", {"kind": "people", "count": 1, "action": "detained"}),
    case("Оперативники поместили её в ИВС.", {"kind": "people", "count": 1, "action": "detained"}),
    # an action done to property ("арестованы квартира и автомобиль") is done to no one counted in its sentence
    case("Со счетов трёх подставных лиц списано 4 млн тенге, арестованы дом и автомашина.",
         {"kind": "money", "amount": 4000000.0}),
    # the press's verbs of a capture: "попался" (its subject is the one held), "взяли с поличным"; a verb and its
    # noun with the person in the dative ("вынес приговор наркокурьеру")
    case("Закладчица попалась на улице с 20 свёртками.", {"kind": "people", "count": 1, "action": "detained"},
         {"kind": "seizure", "count": 20}),
    case("Оперативники взяли с поличным продавца синтетики.", {"kind": "people", "count": 1, "action": "detained"}),
    case("Суд огласил приговор организатору наркосети.", {"kind": "people", "count": 1, "action": "charged"}),
    # a person before a participle clause and its verb ("Мужчину, хранившего ..., задержали")
    case("Студента, продававшего через закладки синтетику, задержали в общежитии.",
         {"kind": "people", "count": 1, "action": "detained"}),
    case("Водителя фуры, перевозившего в кабине 4 кг гашиша, задержали на посту.",
         {"kind": "people", "count": 1, "action": "detained"}, {"kind": "seizure", "kg": 4.0}),
    # a group whose members' money was frozen is not acted on; a lab whose worth follows its verb is
    case("На счетах главарей наркогруппировки заблокировано 80 млн тенге.",
         {"kind": "money", "amount": 80000000.0, "role": "frozen"}),
    case("Ликвидирована нарколаборатория на 200 млн тенге.", {"kind": "labs", "count": 1},
         {"kind": "money", "amount": 200000000.0}),
    # Kazakh: a channel blocked, however far its network's name ("Telegram желісіндегі 25 арна бұғатталды"); an
    # owner ("иесі") is a person; plants whose weight ("салмағы") follows are that mass, not a count of their own
    case("Instagram желісінде есірткі жарнамалаған 14 арна бұғатталды.", {"kind": "online", "count": 14}),
    case("Көкшетауда есірткі зертханасы жойылып, оның иесі қамауға алынды.", {"kind": "labs", "count": 1},
         {"kind": "people", "count": 1, "action": "arrested"}),
    case("Тұрғынның бақшасынан 250 түп сора табылды, олардың жалпы салмағы 40 келі.",
         {"kind": "seizure", "kg": 40.0}),
    # Kazakh: a possessive number after people counted is a part of them, with its own action
    case("Полиция қызметкерлері 9 күдіктіні ұстады, 4-еуі қамауға алынды.",
         {"kind": "people", "count": 9, "action": "detained"}, {"kind": "people", "count": 4, "action": "arrested"}),
    case("Сегіз есірткі сатушы ұсталып, бесеуі қамауға алынды.",
         {"kind": "people", "count": 8, "action": "detained"}, {"kind": "people", "count": 5, "action": "arrested"}),
    # a person put before the verb, two joined before a plural participle
    case("Наркокурьера задержали сотрудники транспортной полиции.", {"kind": "people", "count": 1}),
    # ... with what or where it is of between ("Студентку колледжа задержали", "Жителя Аркалыка задержали")
    case("Студентку колледжа задержали на вокзале.", {"kind": "people", "count": 1, "action": "detained"}),
    case("Пенсионера Жамбылской области задержали на посту.", {"kind": "people", "count": 1}),
    case("Директор магазина Павлодара задержал вора.", {"kind": "people", "count": 1}),  # its subject is no one
    case("Водитель фуры и его напарник задержаны.", {"kind": "people", "count": 2, "action": "detained"}),
    # a pronoun put before its verb is the person the text named before with nothing done to them
    case("Житель Рудного хранил в гараже 4 кг марихуаны. Его задержали.",
         {"kind": "seizure", "kg": 4.0}, {"kind": "people", "count": 1, "action": "detained"}),
    # the person of a sentence told "при задержании" / "во время задержания" is the one detained
    case("При задержании 27-летний водитель пытался скрыться.", {"kind": "people", "count": 1, "action": "detained"}),
    case("Во время задержания она выбросила сверток.", {"kind": "people", "count": 1, "action": "detained"}),
    # ... or named by an apposition between commas
    case("Владельца квартиры, 38-летнего безработного, задержали.", {"kind": "people", "count": 1}),
    # adjectives used as nouns for people
    case("На вокзале задержан приезжий из соседней области.", {"kind": "people", "count": 1}),
    case("Оперативники задержали 33-летнего безработного.", {"kind": "people", "count": 1}),
    case("У жителя задержали партию гашиша весом 2 кг.", {"kind": "seizure", "kg": 2.0}),
    # the person drugs were found on is not charged by a case opened (GUIDE: a case is no fact); charged when the
    # case is opened against them
    case("У пассажира автобуса нашли 3 кг гашиша. Возбуждено уголовное дело.", {"kind": "seizure", "kg": 3.0}),
    case("У студентки изъяли 40 граммов мефедрона, возбуждено уголовное дело.", {"kind": "seizure", "kg": 0.04}),
    case("У студентки изъяли 40 граммов мефедрона. Её задержали.", {"kind": "people", "count": 1},
         {"kind": "seizure", "kg": 0.04}),
    # ... nor by a detention of a vehicle ("задержали на трассе автомобиль")
    case("Пограничники задержали на трассе грузовик. У водителя нашли 3 кг гашиша.", {"kind": "seizure", "kg": 3.0}),
    # "привлечь к ответственности" with the verb last
    case("К ответственности привлечены 12 закладчиков.",
         {"kind": "people", "count": 12, "action": "charged"}),
    # people acted on for another crime in their clause (a bribe from a drug dealer) are no drug figure
    case("Двое таможенников осуждены за получение взятки от наркокурьера.", ),
    case("Двое таможенников осуждены за контрабанду героина.", {"kind": "people", "count": 2, "action": "charged"}),
    # legal entities held liable are no people; goods whose circulation an inspection restricted were not taken
    case("К ответственности привлечены 14 юридических лиц и 9 провизоров.",
         {"kind": "people", "count": 9, "action": "charged"}),
    case("По итогам проверок аптек ограничен оборот 350 кг прекурсоров."),
    # what is done to further people is theirs; an arrest sanctioned is an arrest
    case("Четверо фигурантов водворены в ИВС, ещё двое — в СИЗО.",
         {"kind": "people", "count": 4, "action": "detained"}, {"kind": "people", "count": 2, "action": "arrested"}),
    # "под стражу в ИВС" is a temporary cell: detained (GUIDE); "под стражу" alone, or into a СИЗО, an arrest
    case("Двое курьеров водворены под стражу в изолятор временного содержания.",
         {"kind": "people", "count": 2, "action": "detained"}),
    case("Двое курьеров взяты под стражу.", {"kind": "people", "count": 2, "action": "arrested"}),
    # a remand prison that only says where ("у ворот следственного изолятора") is no arrest; into one is
    case("У ворот следственного изолятора полицейские задержали двоих курьеров.",
         {"kind": "people", "count": 2, "action": "detained"}),
    case("Трое закладчиков этапированы в следственный изолятор.", {"kind": "people", "count": 3, "action": "arrested"}),
    case("В отношении семерых обвиняемых избрана мера пресечения в виде содержания.",
         {"kind": "people", "count": 7, "action": "arrested"}),
    case("В отношении пятерых подозреваемых судом санкционирован арест.",
         {"kind": "people", "count": 5, "action": "arrested"}),
    # an aside between commas after the person
    case("Пассажир автобуса, житель Шымкента, задержан.", {"kind": "people", "count": 1, "action": "detained"}),
    case("Мужчина (организатор канала) приговорён к 12 годам.", {"kind": "people", "count": 1, "action": "charged"}),
    case("Женщина, у которой нашли 40 таблеток, взята под стражу.",
         {"kind": "people", "count": 1, "action": "arrested"}, {"kind": "seizure", "count": 40}),
    case("В Таразе задержаны трое жителей Кордая и гражданин Узбекистана.",
         {"kind": "people", "count": 3}, {"kind": "people", "count": 1}),
    case("Под стражу взяты двое курьеров и их куратор.",
         {"kind": "people", "count": 2, "action": "arrested"}, {"kind": "people", "count": 1, "action": "arrested"}),
    case("Задержаны четверо мужчин и автомобиль, на котором они ехали.", {"kind": "people", "count": 4}),
    # a platform for selling drugs is an online resource; a playground is not
    case("Выявлены две теневые площадки по сбыту синтетики.", {"kind": "online", "count": 2}),
    case("На спортивной площадке задержаны четверо.", {"kind": "people", "count": 4}),
    # cases of propaganda or inducement are drug crimes
    case("С начала года выявлено три случая пропаганды наркотиков в соцсетях.", {"kind": "crimes", "count": 3}),
    # attempts at a drug crime stopped are offences; attempts at anything else are nothing
    case("За год таможенники пресекли 15 попыток контрабанды наркотиков.", {"kind": "crimes", "count": 15}),
    case("Курьер сделал три попытки передать героин, изъято 40 г.", {"kind": "seizure", "kg": 0.04}),
    # people named by what they are to drugs
    case("В притоне задержаны 7 наркозависимых.", {"kind": "people", "count": 7, "action": "detained"}),
    # a drug shop stopped is a group; blocked, it is a site blocked (online)
    case("Полиция прекратила работу интернет-магазина, торговавшего синтетикой.", {"kind": "groups", "count": 1}),
    case("По требованию полиции заблокированы 14 интернет-магазинов.", {"kind": "online", "count": 14}),
    case("Ликвидированы 5 наркошопов.", {"kind": "groups", "count": 5}),
    case("Тағы 4 интернет-дүкен бұғатталды.", {"kind": "online", "count": 4}),
    case("Екі интернет-дүкеннің жұмысы тоқтатылды.", {"kind": "groups", "count": 2}),
    # what was done to the shops is their clause's: stopped, then other sites blocked
    case("Пресечена работа 9 наркошопов, заблокировано 150 сайтов.",
         {"kind": "groups", "count": 9}, {"kind": "online", "count": 150}),
    case("Остановлена работа четырёх наркошопов и заблокированы 37 сайтов.",
         {"kind": "groups", "count": 4}, {"kind": "online", "count": 37}),
    case("Заблокированы 6 интернет-магазинов и 40 сайтов.", {"kind": "online", "count": 6},
         {"kind": "online", "count": 40}),
    case("Биыл 21 есірткі дүкенінің қызметі тоқтатылды.", {"kind": "groups", "count": 21}),
    # stashes ("закладки") are packages
    case("У закладчика нашли 45 закладок с мефедроном.",
         {"kind": "seizure", "count": 45, "unit": "pieces", "substance": "mephedrone"}),
    # a measure of restraint "in the form of arrest" is an arrest
    case("Троим подозреваемым суд избрал меру пресечения в виде ареста.",
         {"kind": "people", "count": 3, "action": "arrested"}),
    # a pronoun stands for one person; a possessive before a noun does not; a pronoun after a person already
    # counted is that person, and changes nothing of it
    case("Мужчина пытался перебросить свёртки через забор колонии. Охрана задержала его.",
         {"kind": "people", "count": 1, "action": "detained", "quote": "задержала его"}),
    case("Она была задержана на вокзале.", {"kind": "people", "count": 1}),
    # two people joined by "и" after "у", the second read in the genitive singular it can be
    case("У мужчины и женщины нашли 40 граммов героина, обоих задержали.",
         {"kind": "seizure", "kg": 0.04}, {"kind": "people", "count": 2, "action": "detained"}),
    case("Полицейские задержали его сожительницу.",
         {"kind": "people", "count": 1, "quote": "задержали его сожительницу"}),
    case("В Таразе задержали курьера. Через месяц суд приговорил его к восьми годам.",
         {"kind": "people", "count": 1, "action": "detained"}),
    # a person acted on in a clause of its own beside people counted in another is one more; a person counted
    # with a number in its clause is not one
    case("Организатор получил 17 лет, четверо закладчиков — от 10 до 12 лет лишения свободы.",
         {"kind": "people", "count": 1, "action": "charged"}, {"kind": "people", "count": 4, "action": "charged"}),
    case("Жалпы 300-ден астам адам, соның ішінде 12 шетелдік азамат қылмыстық жауапкершілікке тартылды.",
         {"kind": "people", "count": 300, "action": "charged"}),
    # "получил N лет" is a sentence passed on its subject; "получили информацию" is nothing done to anyone
    case("Курьер получил 8 лет колонии.", {"kind": "people", "count": 1, "action": "charged"}),
    case("Четверо закладчиков получили по 10 лет.", {"kind": "people", "count": 4, "action": "charged"}),
    # cases sent to court are no fact (GUIDE); the people accused in them are
    case("Дело семи обвиняемых в сбыте героина направлено в суд.", {"kind": "people", "count": 7, "action": "charged"}),
    case("С начала года в суд направлено 35 уголовных дел."),
    case("Его подручные — двое фасовщиков — получили от 6 до 8 лет.",
         {"kind": "people", "count": 2, "action": "charged"}),
    case("Полицейские получили сведения о трёх закладчиках."),
    # a term of "лишения свободы" given is a sentence; one threatened ("грозит", "предусматривает") is not
    case("Четверо закладчиков получили от 10 до 12 лет лишения свободы.",
         {"kind": "people", "count": 4, "action": "charged"}),
    case("Задержаны три курьера, им грозит до 10 лет лишения свободы.",
         {"kind": "people", "count": 3, "action": "detained"}),
    case("Статья предусматривает лишение свободы на срок до 15 лет. В Актау задержаны двое закладчиков.",
         {"kind": "people", "count": 2, "action": "detained"}),
    case("Двое закладчиков могут быть привлечены к уголовной ответственности."),
    # a mass in a law's threat ("например свыше 100 граммов марихуаны, грозит") is a threshold; seized, a fact
    case("За хранение в крупном размере, например свыше 100 граммов марихуаны, грозит до 10 лет лишения свободы."),
    case("У него изъяли 200 граммов марихуаны, ему грозит до 10 лет.", {"kind": "seizure", "kg": 0.2}),
    # ...but the custody that follows the detention is the same event's stronger action
    case("В Таразе задержали курьера. Позже суд санкционировал его арест.",
         {"kind": "people", "count": 1, "action": "arrested", "quote": "задержали курьера"}),
    case("Полицейские задержали жительницу Кокшетау. Она арестована на два месяца.",
         {"kind": "people", "count": 1, "action": "arrested"}),
    case("Суд санкционировал её арест.", {"kind": "people", "count": 1, "action": "arrested"}),
    # "один из" + people: the sentence's action on one of them; a subset with an action of its own takes it; one
    # of those already held, held, is no one new
    case("Патруль задержал одного из закладчиков, второму удалось скрыться.",
         {"kind": "people", "count": 1, "action": "detained"}),
    case("В Кокшетау задержан один из организаторов сети.", {"kind": "people", "count": 1, "action": "detained"}),
    case("Задержаны четверо, трое из задержанных водворены под стражу.",
         {"count": 4, "action": "detained"}, {"count": 3, "action": "arrested"}),
    case("Задержаны трое. Один из подозреваемых помещён в изолятор временного содержания.",
         {"count": 3, "action": "detained"}),
    case("Двое из подозреваемых скрылись."),
    case("Через неделю оперативники задержали и владельца склада.", {"kind": "people", "count": 1}),
    case("Задержан 36-летний житель Павлодара.", {"kind": "people", "count": 1, "action": "detained"}),
    # an age written apart from its word is an age, not a count
    case("В Актау задержан 28 летний мужчина.", {"kind": "people", "count": 1}),
    case("Задержан 30-ти летний житель Павлодара.", {"kind": "people", "count": 1}),
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
    # gangs, syndicates, cartels, criminal communities and networks named as such are groups
    case("В Таразе обезврежена банда наркоторговцев.", {"kind": "groups", "count": 1}),
    case("Пресечена деятельность международного наркосиндиката.", {"kind": "groups", "count": 1}),
    case("Обезврежена межрегиональная группировка, сбывавшая героин.", {"kind": "groups", "count": 1}),
    case("Молодёжная группировка устроила драку у клуба."),
    case("Разоблачено преступное сообщество, торговавшее героином.", {"kind": "groups", "count": 1}),
    case("Ликвидирована межрегиональная сеть наркосбыта.", {"kind": "groups", "count": 1}),
    case("Интернет-сообщество обсуждает новость.", ),
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
    # a person named in the singular before a comma and people counted: one more, with its own verb if it has one
    case("В Актау задержаны кладовщик, трое закладчиков и их куратор.",
         {"kind": "people", "count": 1}, {"kind": "people", "count": 3}, {"kind": "people", "count": 1}),
    case("В Таразе задержан наркокурьер, двое его подельников арестованы.",
         {"kind": "people", "count": 1, "action": "detained"}, {"kind": "people", "count": 2, "action": "arrested"}),
    # people who escaped or are sought are no fact
    case("Полицейские задержали водителя, двое пассажиров скрылись.", {"kind": "people", "count": 1}),
    case("Задержаны четыре участника группы, ещё трое объявлены в розыск.", {"kind": "people", "count": 4}),
    case("Топтың екі мүшесі ұсталды, тағы үшеуі іздеуге жарияланды.", {"kind": "people", "count": 2}),
    case("Задержаны трое, которые пытались скрыться.", {"kind": "people", "count": 3}),
    # a Kazakh part of people named in the genitive ("олардың бірі", "күдіктілердің екеуі") counts with its own
    # verb after it; one of them only described ("ұсталған жігіттердің бірі ... тұрған") is no one new
    case("Полицейлер үш жігітті ұстады. Олардың бірі қамауға алынды.",
         {"kind": "people", "count": 3, "action": "detained"}, {"kind": "people", "count": 1, "action": "arrested"}),
    case("Күдіктілердің екеуі ұсталды.", {"kind": "people", "count": 2, "action": "detained"}),
    case("Ұсталған жігіттердің бірі бұрын осы үйде тұрған, онда 40 орам есірткі табылды.",
         {"kind": "seizure", "count": 40}),
    # "и", "также" right before the person: one more ("задержали и его подельника"), not one between two actions
    case("В Уральске задержан наркокурьер. Через час оперативники задержали и его подельника.",
         {"kind": "people", "count": 1}, {"kind": "people", "count": 1}),
    case("На посту задержан водитель фуры. Задержан также его напарник.",
         {"kind": "people", "count": 1}, {"kind": "people", "count": 1}),
    case("В Уральске задержан наркокурьер. Мужчина задержан и помещён в ИВС.", {"kind": "people", "count": 1}),
    # the same noun in two events dated apart is two people
    case("12 марта в Актобе задержан житель города.\n20 апреля в Актобе задержан житель села.",
         {"kind": "people", "date": "2024-03-12"}, {"kind": "people", "date": "2024-04-20"}),
    case("В Караганде задержан закладчик.\nПодозреваемый водворён в ИВС.",
         {"kind": "people", "count": 1, "region": "KZ-35", "action": "detained"}),
    # the person drugs were found on, when the paragraph tells a detention
    case("Полицейские провели задержание, в ходе которого у 30-летнего жителя Тараза изъяли 2 кг гашиша.",
         {"kind": "people", "count": 1, "action": "detained"}, {"kind": "seizure", "kg": 2.0}),
    case("В ходе рейда задержали сбытчиков. У 28-летней женщины нашли 12 свертков, у её сожителя обнаружили "
         "5 кг марихуаны.", {"kind": "people", "count": 1}, {"kind": "seizure", "count": 12},
         {"kind": "people", "count": 1}, {"kind": "seizure", "kg": 5.0}),
    case("У пенсионера на даче обнаружили 3 кг марихуаны.", {"kind": "seizure", "kg": 3.0}),
    case("Задержаны трое. У одного из задержанных изъяли 2 кг гашиша.",
         {"kind": "people", "count": 3}, {"kind": "seizure", "kg": 2.0}),
]


# a yearly series: each figure is its year's, of the kind named before it
SERIES = [
    # the count of the sentence before, given for another time through "их" ("их было 130")
    case("За полгода выявлено 103 наркопреступления. За аналогичный период 2019-го их было 130.",
         {"count": 103, "period_start": "2020-01-01"},
         {"kind": "crimes", "count": 130, "period_start": "2019-01-01", "period_end": "2019-06-30"},
         published="2020-07-03"),
    case("За полгода выявлено 103 наркопреступления. Годом ранее их было 130.",
         {"count": 103}, {"kind": "crimes", "count": 130, "period_start": "2019-01-01"}, published="2020-07-03"),
    # "их" for things the sentence before named without a number ("Число наркопреступлений снижается"), with
    # a verb group between it and the figure ("их было зарегистрировано 412")
    case("Количество наркопреступлений в регионе снижается. В 2022 году их было выявлено 530, в 2023 году — 488.",
         {"kind": "crimes", "count": 530, "period_start": "2022-01-01", "period_end": "2022-12-31"},
         {"kind": "crimes", "count": 488, "period_start": "2023-01-01"}, published="2024-02-03"),
    case("Число нарколабораторий растёт. В 2023 году их ликвидировано 14.",
         {"kind": "labs", "count": 14, "period_start": "2023-01-01"}, published="2024-02-03"),
    case("Количество наркопреступлений в регионе снижается. У водителя изъяли 3 кг гашиша.",
         {"kind": "seizure", "kg": 3.0}, published="2024-02-03"),
    # an item labelled by a span of this year ("за 11 месяцев текущего года — 298", "в этом году — 40")
    case("Зарегистрировано наркопреступлений: в 2023 году — 412, за 11 месяцев текущего года — 298.",
         {"count": 412, "period_start": "2023-01-01"},
         {"kind": "crimes", "count": 298, "period_start": "2024-01-01", "period_end": "2024-11-30"},
         published="2024-12-10"),
    case("В 2023 году ликвидировано 12 нарколабораторий, в этом году — 9.",
         {"count": 12, "period_start": "2023-01-01"},
         {"kind": "labs", "count": 9, "period_start": "2024-01-01", "period_end": "2024-08-15"},
         published="2024-08-15"),
    # a series of masses: each after its year and a dash
    case("Изъято наркотиков: в 2020 году — 12 тонн, в 2021 году — 15 тонн, в 2022-м — 19 тонн.",
         {"kg": 12000.0, "period_start": "2020-01-01"}, {"kg": 15000.0, "period_start": "2021-01-01"},
         {"kg": 19000.0, "period_start": "2022-01-01", "period_end": "2022-12-31"}),
    case("Тәркіленген есірткі: 2021 жылы — 300 кг, 2022 жылы — 450 кг.",
         {"kg": 300.0, "period_start": "2021-01-01"}, {"kg": 450.0, "period_start": "2022-01-01"}),
    # last year's figure given for comparison: the same months a year before, the kind and action of the figure
    case("За 9 месяцев выявлено 210 наркопреступлений (за тот же период прошлого года — 180).",
         {"kind": "crimes", "count": 210, "period_start": "2023-01-01", "period_end": "2023-09-30"},
         {"kind": "crimes", "count": 180, "period_start": "2022-01-01", "period_end": "2022-09-30"},
         published="2023-10-12"),
    case("За 9 месяцев выявлено 210 наркопреступлений (АППГ — 180).",
         {"count": 210, "period_start": "2023-01-01"}, {"count": 180, "period_start": "2022-01-01"},
         published="2023-10-12"),
    case("С начала этого года задержано 65 сбытчиков против 52 годом ранее.",
         {"kind": "people", "count": 65, "action": "detained", "period_start": "2023-01-01"},
         {"kind": "people", "count": 52, "action": "detained", "period_start": "2022-01-01",
          "period_end": "2022-10-12"}, published="2023-10-12"),
    # the compared year's figure in brackets after it; that year is not the sentence's own period
    case("В 2023 году зарегистрировано 214 наркопреступлений, что на 9% меньше, чем в 2022 году (235).",
         {"kind": "crimes", "count": 214, "period_start": "2023-01-01"},
         {"kind": "crimes", "count": 235, "period_start": "2022-01-01"}),
    case("С начала года выявлено 80 наркопреступлений, что меньше, чем в прошлом году (95).",
         {"count": 80, "period_start": "2023-01-01", "period_end": "2023-10-12"},
         {"count": 95, "period_start": "2022-01-01", "period_end": "2022-10-12"}, published="2023-10-12"),
    # last year's figure with the span named after the year ("в прошлом году за тот же период — 74")
    case("За восемь месяцев выявлено 66 наркопреступлений, в прошлом году за аналогичный период — 59.",
         {"count": 66, "period_start": "2023-01-01", "period_end": "2023-08-31"},
         {"count": 59, "period_start": "2022-01-01", "period_end": "2022-08-31"}, published="2023-10-12"),
    case("Биыл 64 есірткі қылмысы тіркелді, былтыр — 71.",
         {"kind": "crimes", "count": 64, "period_start": "2023-01-01"},
         {"kind": "crimes", "count": 71, "period_start": "2022-01-01"}, published="2023-10-12"),
    # a verb group may stand between a year and its figure
    case("Лабораторий закрывают больше: в 2020 году их ликвидировали 18, в 2021 году — 27.",
         {"kind": "labs", "count": 18, "period_start": "2020-01-01"},
         {"kind": "labs", "count": 27, "period_start": "2021-01-01"}),
    case("Наркопреступлений всё меньше: в 2019 году было зарегистрировано 5 020, в 2020 году — 4 700.",
         {"kind": "crimes", "count": 5020, "period_start": "2019-01-01"},
         {"kind": "crimes", "count": 4700, "period_start": "2020-01-01"}),
    case("Число наркопреступлений падает: в 2018 году — 6100, в 2019 году — 5900.",
         {"kind": "crimes", "count": 6100, "period_start": "2018-01-01", "period_end": "2018-12-31"},
         {"kind": "crimes", "count": 5900, "period_start": "2019-01-01", "period_end": "2019-12-31"}),
    # "this year" given after last year's figure: from the year's start to the report; "былтыр" alone is last year
    case("В прошлом году ликвидировано 40 нарколабораторий, в этом году этот показатель вырос до 52.",
         {"count": 40, "period_start": "2023-01-01", "period_end": "2023-12-31"},
         {"count": 52, "period_start": "2024-01-01", "period_end": "2024-06-15"}),
    # the measure named again ("бұл көрсеткіш") in its own sentence goes on with the count before
    case("Ақтөбеде наурызда 21 есірткі қылмысы тіркелді. Өткен жылы бұл көрсеткіш 30 болған.",
         {"kind": "crimes", "count": 21}, {"kind": "crimes", "count": 30}),
    case("Былтыр облыста полиция синтетикалық есірткі өндірген 9 зертхананы жойса, биыл – 13.",
         {"count": 9, "period_start": "2023-01-01", "period_end": "2023-12-31"},
         {"count": 13, "period_start": "2024-01-01", "period_end": "2024-06-15"}),
    # ... with no dash too ("биыл 250"); not "биыл 9 айда", the months of the period
    case("Өткен жылы облыста 300 есірткі қылмысы тіркелсе, биыл 250.",
         {"count": 300, "period_start": "2023-01-01", "period_end": "2023-12-31"},
         {"count": 250, "period_start": "2024-01-01", "period_end": "2024-06-15"}),
    case("Облыста биыл 9 айда 120 есірткі қылмысы тіркелді.", {"count": 120, "period_end": "2024-09-30"}),
    # people counted by a series take what was done to them before it; people with nothing done are no series
    case("Число арестованных закладчиков растёт: в 2021 году — 64, в 2022 году — 93.",
         {"kind": "people", "count": 64, "action": "arrested", "period_start": "2021-01-01"},
         {"kind": "people", "count": 93, "action": "arrested", "period_start": "2022-01-01"}),
    case("Наркозависимых на учёте всё меньше: в 2021 году — 2300, в 2022 году — 2100."),
    case("Выявлено 45 нарколабораторий в 2022 году, против 12 в 2020-м.",
         {"kind": "labs", "count": 45, "period_start": "2022-01-01"},
         {"kind": "labs", "count": 12, "period_start": "2020-01-01", "period_end": "2020-12-31"}),
    # each figure takes the year written right after it; a generic "случаев" counts what "число" named
    case("Оборот героина вырос с 40 кг в 2018 году до 2 тонн – в 2022-м.",
         {"kg": 40.0, "period_start": "2018-01-01"}, {"kg": 2000.0, "period_start": "2022-01-01"}),
    case("Число ликвидированных нарколабораторий выросло вдвое (с 12 случаев в 2020-м до 25 – в 2022 году).",
         {"kind": "labs", "count": 12, "period_start": "2020-01-01"},
         {"kind": "labs", "count": 25, "period_start": "2022-01-01"}),
    case("За 6 месяцев 2024 года выявлено 300 преступлений (2023 г. — 280).",
         {"count": 300, "period_end": "2024-06-30"}, {"count": 280, "period_start": "2023-01-01",
                                                      "period_end": "2023-06-30"}),
    # the measure named again for another year ("этот показатель", "эта цифра"), in its sentence or the next;
    # a change by some amount ("на 11") is a difference, not a fact
    case("В 2019 году выявили 40 наркопреступлений, а в 2020-м эта цифра выросла до 52.",
         {"kind": "crimes", "count": 40, "period_start": "2019-01-01"},
         {"kind": "crimes", "count": 52, "period_start": "2020-01-01", "period_end": "2020-12-31"}),
    case("В 2019 году задержали 40 закладчиков. В 2020 году этот показатель составил 52.",
         {"kind": "people", "count": 40, "action": "detained"},
         {"kind": "people", "count": 52, "action": "detained", "period_start": "2020-01-01"}),
    case("В 2019 году выявили 40 наркопреступлений. В 2020 году это число выросло на 12.", {"count": 40}),
    # "в 2021-м" alone is a year
    case("В 2021-м полицейские ликвидировали 14 нарколабораторий.",
         {"kind": "labs", "count": 14, "period_start": "2021-01-01", "period_end": "2021-12-31"}),
]


ELLIPTIC = [
    # the level a count named by "количество / число" reached ("составило 22", "выросло до 130", Kazakh "саны
    # 412-ге жетті"); a change named as the verb's subject ("снижение составляет 13 фактов") is no fact
    case("Количество фактов сбыта снизилось на 9 и составило 22.", {"kind": "crimes", "count": 22}),
    case("Число выявленных нарколабораторий выросло до 17.", {"kind": "labs", "count": 17}),
    case("Облыста есірткі қылмыстарының саны 215-ке жетті.", {"kind": "crimes", "count": 215}),
    case("Облыста есірткі қылмыстарының саны 9 пайызға азайып, 134-ті құрады.", {"kind": "crimes", "count": 134}),
    case("Выявлено 90 наркопреступлений, снижение по сравнению с прошлым годом составляет 13 фактов.",
         {"kind": "crimes", "count": 90}),
    # the kind of crime before the dash ("сбыт — 52"); a part sent to court is no fact, even when the verb follows
    case("С начала года выявлено 140 наркопреступлений, в том числе сбыт — 52, хранение — 70.",
         {"count": 140, "total": True}, {"count": 52}, {"count": 70}),
    case("Зарегистрировано 46 наркопреступлений, из них 39 направлены в суд.", {"count": 46, "total": False}),
    # "N из них" in the sentence after its count is a part of it
    case("Полиция ликвидировала 12 нарколабораторий. В Туркестанской области найдены 4 из них.",
         {"kind": "labs", "count": 12, "total": True}, {"kind": "labs", "count": 4}),
    case("Зарегистрировано 300 наркопреступлений. Лишь 40 из них раскрыты в Таразе.",
         {"kind": "crimes", "count": 300, "total": True}, {"kind": "crimes", "count": 40}),
    # a head written with "нарко-"; a drug crime counted by what was done ("5 сбытов")
    case("За полгода выявлено 70 наркоправонарушений, из них 9 сбытов.",
         {"kind": "crimes", "count": 70, "total": True}, {"kind": "crimes", "count": 9}),
    case("Задержаны 4 наркозакладчика.", {"kind": "people", "count": 4, "action": "detained"}),
    case("В области 11 подростков находятся под уголовным преследованием за сбыт.",
         {"kind": "people", "count": 11, "action": "charged"}),
    # a number whose adjectives have a noun of their own counts that noun ("каналов"), no elliptic part; a kind of
    # crime after them is the crimes' ("контрабандного провоза")
    case("Закрыто 14 нарколабораторий и 6 международных каналов наркотрафика.", {"kind": "labs", "count": 14}),
    case("Выявлено 90 наркопреступлений, из них 40 фактов сбыта и 8 незаконного провоза.",
         {"kind": "crimes", "count": 90, "total": True}, {"kind": "crimes", "count": 40},
         {"kind": "crimes", "count": 8}),
    case("Ликвидированы шесть лабораторий: четырех синтетических и двух фитолабораторий.",
         {"kind": "labs", "count": 6, "total": True}, {"count": 4}, {"count": 2}),
    case("Выявлено 900 преступлений: 323 — хранение наркотиков, 45 — сбыт, 151 — незаконное ношение оружия.",
         {"kind": "crimes", "count": 900, "total": True}, {"count": 323}, {"count": 45}),
    case("Ликвидировано 40 нарколабораторий, в том числе семь по производству синтетики.",
         {"kind": "labs", "count": 40, "total": True}, {"kind": "labs", "count": 7}),
    case("Выявлено 12 преступлений, из них 5 — сбыт.",
         {"kind": "crimes", "count": 12, "total": True}, {"kind": "crimes", "count": 5}),
    # a hedged item ("свыше 1 300 - с контрабандой") is an item of the list
    case("Выявлено 8 тысяч наркопреступлений, из них 5 тысяч связаны со сбытом, более 700 - с контрабандой.",
         {"kind": "crimes", "count": 8000, "total": True}, {"count": 5000}, {"kind": "crimes", "count": 700}),
    # a breakdown by place: "place — number" items of the kind counted before them
    case("Больше всего нарколабораторий выявлено в Алматинской области — 7 и Жамбылской области — 3.",
         {"kind": "labs", "count": 7, "region": "KZ-19"}, {"kind": "labs", "count": 3, "region": "KZ-31"}),
    case("За год выявлено 900 наркопреступлений, из них в Шымкенте — 210, в Таразе — 95.",
         {"kind": "crimes", "count": 900, "total": True}, {"count": 210, "region": "KZ-79"},
         {"count": 95, "region": "KZ-31"}),
    # ... also in the next sentence, when it opens with a part cue
    case("Ликвидировано 14 нарколабораторий. В том числе в Костанае — 3, в Актобе — 2.",
         {"kind": "labs", "count": 14, "total": True}, {"kind": "labs", "count": 3, "region": "KZ-39"},
         {"kind": "labs", "count": 2, "region": "KZ-15"}),
    # an item after "а" ("..., а 37 — с контрабандой"); an item named by what it was for ("одна по выращиванию
    # конопли"), not by where ("2 по всей области")
    case("Выявлено 300 наркопреступлений, из которых 120 связаны со сбытом, а 25 — с контрабандой.",
         {"kind": "crimes", "count": 300, "total": True}, {"count": 120}, {"kind": "crimes", "count": 25}),
    case("Ликвидированы четыре лаборатории: три синтетических и одна по выращиванию конопли.",
         {"kind": "labs", "count": 4, "total": True}, {"count": 3}, {"kind": "labs", "count": 1}),
    case("Ликвидированы 5 лабораторий и 2 по всей области.", {"kind": "labs", "count": 5}),
    # a further item of the list ("и ещё ...") is an item as much as "и ..."
    case("На окраине города обнаружены две нарколаборатории и ещё три синтетических.",
         {"kind": "labs", "count": 2}, {"kind": "labs", "count": 3}),
]


SUBSTANCES = [
    # a rate or an average is no amount taken ("ежедневно изымают около 4 кг", "күн сайын орта есеппен 3 келі")
    case("Полицейские города ежедневно изымают около 4 кг наркотиков. За восемь месяцев изъято 980 кг.",
         {"kg": 980.0}),
    case("Облыста күн сайын орта есеппен 3 келі есірткі тәркіленеді.",),
    # a seizure told again by its net or converted weight is one fact, the weight seized; "чистый" in the next
    # clause does not veto the figure before it
    case("Изъята партия героина весом 2 кг 300 граммов. Вес чистого наркотика составил 1,1 кг.", {"kg": 2.3}),
    case("Изъято 2 кг героина, чистый вес составил 1,1 кг.", {"kg": 2.0}),
    case("Собрали 840 кг конопли, что в пересчёте на сухой вес составляет около 300 кг марихуаны.", {"kg": 840.0}),
    # a bare figure after drugs counted in general is not given the one drug the article names (it may be of all
    # of them); with no such count it is
    case("С начала года изъято 693 кг наркотиков, из них 610 кг — марихуана.\n\nНапомним, за аналогичный период "
         "прошлого года было изъято 540 кг.", {"kg": 693.0}, {"kg": 610.0, "substance": "marijuana"},
         {"kg": 540.0, "substance": "drugs"}),
    case("Курьер перевозил героин. При обыске у него изъяли 300 граммов.", {"kg": 0.3, "substance": "heroin"}),
    # smoking mixtures are spice (synthetic); "ханка" is opium; nasvay (chewing tobacco) is no drug
    case("У подростка нашли 40 граммов курительной смеси.", {"kg": 0.04, "substance": "synthetic"}),
    case("В доме изъяли 300 граммов ханки.", {"kg": 0.3, "substance": "opium"}),
    case("На рынке изъяли 12 кг насвая."),
    # synthetic cathinones outside the GUIDE's list are synthetics
    case("В гараже нашли 6 кг пировалерона.", {"kg": 6.0, "substance": "synthetic"}),
    # a family named with "этот" / "бұл" is the one drug of that family the sentence before named
    case("В гараже изъяли метамфетамин. Этот синтетический наркотик массой 9 кг везли в Астану.",
         {"kg": 9.0, "substance": "methamphetamine"}),
    case("Гаражтан метамфетамин табылды. Салмағы 9 келі болатын бұл синтетикалық есірткі Астанаға жеткізілмек еді.",
         {"kg": 9.0, "substance": "methamphetamine"}),
    case("В гараже изъяли метамфетамин и мефедрон. Этот синтетический наркотик массой 9 кг везли в Астану.",
         {"kg": 9.0, "substance": "synthetic"}),
    # a medicine named inside its figure (a known one, or a brand in quotes on tablets or vials) is drugs, not
    # the drug the article names elsewhere
    case("У него нашли 2 кг марихуаны. Также изъято 30 таблеток «Лирика».", {"kg": 2.0, "substance": "marijuana"},
         {"count": 30, "unit": "pills", "substance": "drugs"}),
    case("Оның үйінен 2 келі марихуана табылды. Сондай-ақ 1 270 дана «Трамадол» таблеткасы тәркіленді.",
         {"kg": 2.0, "substance": "marijuana"}, {"count": 1270, "substance": "drugs"}),
    # a seizure in a sentence naming no drug takes the one drug the sentence before in its paragraph named
    case("В Таразе изъяли 3 кг гашиша.\nПолиция задержала закладчиков героина. Так, у одного из них нашли 14 "
         "свертков.", {"kg": 3.0, "substance": "hashish"}, {"count": 14, "substance": "heroin"}),
    case("В Таразе изъяли 3 кг гашиша.\nПолиция задержала закладчиков синтетики. У второго изъяли 30 граммов.",
         {"kg": 3.0}, {"kg": 0.03, "substance": "synthetic"}),
    case("Полиция задержала закладчиков героина и гашиша. Так, у одного из них нашли 14 свертков.",
         {"count": 14, "substance": "drugs"}),
    # drugs named as what was made ("готовых наркотиков") are the drug named just before
    case("В цеху стояли канистры с готовым мефедроном. Всего в оборот не попало 15 кг готовых наркотиков.",
         {"kg": 15.0, "substance": "mephedrone"}),
    # a forensic finding right after names the drug of the seizures before it, even of "наркотики"; not of a
    # figure that names its drugs, nor across another figure
    case("В машине нашли 12 свертков с наркотиком. Экспертиза показала, что это героин.",
         {"count": 12, "substance": "heroin"}),
    case("Оның қалтасынан 7 орам есірткі табылды. Сараптама заттың героин екенін анықтады.",
         {"count": 7, "substance": "heroin"}),
    case("Изъято 3 кг марихуаны и гашиша. Экспертиза подтвердила, что в пакетах марихуана.",
         {"kg": 3.0, "substance": "drugs"}),
    case("В машине нашли 12 свертков с наркотиком. В доме ещё 2 кг гашиша. Экспертиза показала, что это героин.",
         {"count": 12, "substance": "drugs"}, {"kg": 2.0, "substance": "hashish"}),
    # a worth told beside the finding is no other seizure
    case("У дилера изъяли пакет весом более 520 гр. Экспертиза показала, что этот «шар» – гашиш на два миллиона "
         "тенге.\n\nРанее в области сожгли 300 кг марихуаны.",
         {"kg": 0.52, "substance": "hashish"}, {"kind": "money", "amount": 2_000_000}),
    # ... or later in their own sentence, after the finding's word
    case("В доме нашли 2 кг гашиша. На огороде нашли 240 кустов наркосодержащего растения, которые, по заключению "
         "эксперта, оказались коноплёй.", {"kg": 2.0, "substance": "hashish"},
         {"count": 240, "substance": "marijuana"}),
    case("В сарае изъяли 3 кг наркосодержащих растений, а экспертиза гашиша из дома ещё идёт.",
         {"kg": 3.0, "substance": "drugs"}),
    case("В багажнике нашли гашиш. Общий вес изъятого составил 12 кг.", {"kg": 12.0, "substance": "hashish"}),
    # a whole of one drug ("Общий вес наркотика", "Общая масса изъятого") is the drug named up to two sentences
    # before, past a sentence that names none
    case("На даче росли кусты конопли. В сарае нашли ещё высушенные листья. Общий вес наркотика — 4 кг.",
         {"kg": 4.0, "substance": "marijuana"}),
    case("Полиция ищет поставщиков гашиша.\n\nУ курьера нашли свертки с героином. В его машине нашли ещё 20 "
         "свертков. Общая масса изъятого превысила 300 граммов.", {"kg": 0.3, "substance": "heroin"}),
    case("У курьера обнаружили кокаин. Масса этого вещества — 300 г.", {"kg": 0.3, "substance": "cocaine"}),
    # tablets whose drug is not named are not the article's plant drug; they may be its synthetic one
    case("В гараже нашли 800 г марихуаны и 25 таблеток.", {"kg": 0.8, "substance": "marijuana"},
         {"count": 25, "substance": "drugs"}),
    case("В гараже нашли 10 г мефедрона и 25 таблеток.", {"kg": 0.01, "substance": "mephedrone"},
         {"count": 25, "substance": "mephedrone"}),
    # the article's one drug, though the sentence does not point back
    case("У курьера обнаружили кокаин. Позже в гараже изъяли 5 кг.", {"kg": 5.0, "substance": "cocaine"}),
    case("У курьера обнаружили кокаин и гашиш. Позже в гараже изъяли 5 кг.", {"kg": 5.0, "substance": "drugs"}),
    case("Изъято 5 кг вещества, известного как «соль».", {"substance": "alpha-pvp"}),
    # a list of drugs, one of them outside GUIDE.md's list, is a mix; chemicals are precursors
    case("Изъято 100 кг наркотиков – кокаина, кетамина и мефедрона.", {"kg": 100.0, "substance": "drugs"}),
    case("Изъято 2 тонны серной кислоты и ацетона.", {"kg": 2000.0, "substance": "precursors"}),
    case("Изъято 7 г порошка, так называемой «скорости».", {"substance": "alpha-pvp"}),
    case("Изъято 30 кг гашиша и почти столько же прекурсоров.", {"kg": 30.0, "substance": "hashish"}),
    case("В тайнике оказался героин весом 12 кг 300 г и гашиш в количестве 40 г.",
         {"kg": 12.3, "substance": "heroin"}, {"kg": 0.04, "substance": "hashish"}),
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
    # ... and a figure after "для изготовления X и" is one of its own; a product takes the drug its sentence named
    case("В ангаре нашли 2 тонны прекурсоров для синтеза амфетамина и 25 кг готового наркотика.",
         {"kg": 2000.0, "substance": "precursors"}, {"kg": 25.0, "substance": "amphetamine"}),
    case("Изъяты реактивы для изготовления 30 кг мефедрона."),
    # a figure whose own words point back ("того же наркотика", "этого вещества") is the drug named before it
    case("У дилера нашли 2 кг героина и ещё 300 граммов того же наркотика в тайнике.",
         {"kg": 2.0, "substance": "heroin"}, {"kg": 0.3, "substance": "heroin"}),
    case("В Актау изъяли 4 кг гашиша. Позже в гараже нашли 900 граммов этого наркотика.",
         {"kg": 4.0, "substance": "hashish"}, {"kg": 0.9, "substance": "hashish"}),
    # adjectives alone after a unit share the noun after the next figure
    case("На складе обнаружили 800 литров жидких и 20 кг порошкообразных прекурсоров.",
         {"count": 800, "unit": "litres", "substance": "precursors"}, {"kg": 20.0, "substance": "precursors"}),
    case("Изъяты свертки с героином общим весом 3 кг, а также 6 кг гашиша, марихуаны и конопли.",
         {"kg": 3.0, "substance": "heroin"}, {"kg": 6.0, "substance": "drugs"}),
    # a drug named after "для" is what the chemicals were for, not what was seized
    case("В гараже нашли 600 литров реактивов для синтеза мефедрона.", {"substance": "precursors"}),
    # raw material: of poppy is poppy, "наркотическое" is drugs, alone it is a precursor
    case("На складе хранили 9 тонн макового сырья.", {"kg": 9000.0, "substance": "poppy"}),
    case("Изъято 4 тонны наркотического сырья.", {"kg": 4000.0, "substance": "drugs"}),
    case("Изъято 21,5 тонны сырья маковой соломы.", {"substance": "poppy"}),
    case("Изъято 3 кг α-PvP.", {"substance": "alpha-pvp"}),
    case("Изъято 3 кг «соли».", {"substance": "alpha-pvp"}),
    # a drug outside GUIDE.md's list is drugs, unless the text calls it synthetic
    case("Изъято 1200 таблеток «экстази».", {"substance": "drugs"}),
    case("Изъято 1200 таблеток синтетического наркотика «экстази».", {"substance": "synthetic"}),
    # "а-PVP" with a Cyrillic "а", as typed on a Russian keyboard; the quote keeps its closing quote mark
    case("Изъято 3 кг «а-PVP».", {"substance": "alpha-pvp", "quote": "3 кг «а-PVP»"}),
    case("Изъято 5 тонн опиатов.", {"substance": "opium"}),
    case("Изъято 5 кг марихуаны, гашиша и конопли.", {"substance": "drugs"}),
    case("Изъято 27 кг психотропного вещества «мефедрон».", {"substance": "mephedrone"}),
    case("Изъято 3,6 тонны наркотических средств и психотропных веществ.", {"substance": "drugs"}),
    case("Изъято 2 тонны наркотических средств синтетического происхождения.", {"substance": "synthetic"}),
    # a mass whose sentence says nothing of drugs, seizing or weighing is about something else; a sentence
    # without a verb goes on from the one before it
    case("С городских свалок за лето вывезли 40 тысяч тонн отходов."),
    case("Волонтёры насчитали в поле около 3 тысяч кустов."),
    case("С начала года полиция изъяла 210 кг наркотиков. Годом ранее — 150 кг.", {"kg": 210.0}, {"kg": 150.0}),
    case("Водитель фуры вёз в кузове около 90 кг запрещённых веществ.", {"kg": 90.0, "substance": "drugs"}),
    case("Мужчина прятал в гараже 4 кг.", {"kg": 4.0}),
    case("На складе стояли 3 бочки по 200 литров каждая."),
]


MONEY_ROLES = [
    # Kazakh money blocked is frozen; the verb ending the sum's clause is its own, a noun between ("қаржы шығыны
    # тоқтатылды": transfers stopped, a turnover), not a cue of other things before it
    case("Шымкентте есірткі сатушылардың криптоәмиянындағы 20 мың доллар бұғатталды.",
         {"kind": "money", "amount": 20_000, "currency": "USD", "role": "frozen"}),
    case("800 банк шоты бұғатталып, 30 млн теңгеден астам қаржы шығыны тоқтатылды.",
         {"kind": "money", "amount": 30_000_000, "role": "turnover"}),
    # Kazakh: cash "алынды" (taken: seized, GUIDE); proceeds "сатудан түскен" are turnover
    case("Есірткі тобының 40 млн теңгелік мүлкі мемлекет пайдасына тәркіленді.",
         {"kind": "money", "amount": 40_000_000, "role": "forfeited"}),
    case("Ұсталған адамнан 900 мың теңге ақша алынды.", {"kind": "people", "count": 1, "action": "detained"},
         {"kind": "money", "amount": 900_000, "role": "seized"}),
    # a participle's clause after two sums joined by "и" tells where both came from
    case("У закладчика изъяли 6 свёртков, а также 210 тысяч тенге и 300 долларов, вырученные от продажи.",
         {"kind": "seizure", "count": 6}, {"kind": "money", "amount": 210_000, "role": "seized"},
         {"kind": "money", "amount": 300, "role": "seized"}),
    # a participle's clause after a sum tells where it came from, not what was done to it
    case("У курьера нашли 4 свёртка, а также 380 тысяч тенге, полученных от продажи.", {"kind": "seizure", "count": 4},
         {"kind": "money", "amount": 380_000, "role": "seized"}),
    # a second sum joined by "а также" is not governed by the worth right before the first
    case("Конфискованы дом и машина общей стоимостью 52 млн тенге, а также 4 млн тенге наличными.",
         {"kind": "money", "amount": 52_000_000, "role": "forfeited"},
         {"kind": "money", "amount": 4_000_000, "role": "forfeited"}),
    # assets on wallets blocked are frozen; assets confiscated are forfeited
    case("Заблокированы 900 криптокошельков наркошопов. На них находились активы на сумму около 2,5 млн долларов.",
         {"kind": "money", "amount": 2500000.0, "role": "frozen"}),
    case("Суд конфисковал цифровые активы на сумму 16 млн долларов.", {"kind": "money", "role": "forfeited"}),
    # money that went through wallets or accounts is turnover; money frozen keeps its stage whatever it came from
    case("Через криптокошельки оператора прошло более 90 млн тенге.", {"kind": "money", "amount": 90000000.0,
                                                                     "role": "turnover"}),
    case("Суд наложил арест на поступившие на счёт 40 млн тенге.", {"kind": "money", "role": "frozen"}),
    # what was sold for a sum is turnover; a price of one unit ("за дозу") is no sum at all
    case("За полгода сеть продала наркотиков на 90 млн тенге.", {"kind": "money", "amount": 90_000_000,
                                                                 "role": "turnover"}),
    case("Дозу продавали по 8 тысяч тенге за грамм, при обыске изъято 600 тысяч тенге.",
         {"kind": "money", "amount": 600_000, "role": "seized"}),
    case("Курьерам платили по 3 тысячи тенге за каждую закладку, у организатора изъято 2 млн тенге.",
         {"kind": "money", "amount": 2_000_000, "role": "seized"}),
    case("Она получала за каждую закладку 2500 тенге. У неё изъяли 14 свёртков.", {"kind": "seizure", "count": 14}),
    # a unit named as one and priced ("грамм ... стоит", "Одна доза стоит", "бір келі ... тұрады"): neither a sum nor
    # a seizure; a quantity priced ("6 кг оцениваются", "250 тыс. доз стоимостью") keeps both
    case("В городе грамм синтетики на чёрном рынке стоит около 12 тысяч тенге. У курьера изъяли 40 граммов.",
         {"kind": "seizure", "kg": 0.04}),
    case("Одна доза героина обходится потребителю в 6 тысяч тенге, а одна доза стоит до 8 тысяч тенге.",),
    case("Қара нарықта бір келі гашиш шамамен 3 млн теңге тұрады.",),
    case("Изъятые у курьера 4 кг оцениваются в 60 млн тенге.", {"kind": "seizure", "kg": 4.0},
         {"kind": "money", "amount": 60_000_000, "role": "value"}),
    case("Изъято 30 тыс. разовых доз стоимостью более 90 млн тенге.", {"kind": "seizure", "count": 30_000},
         {"kind": "money", "amount": 90_000_000, "role": "value"}),
    # a price paid for something bought or rented is no sum (nor a count of the people of the sentence); the
    # worth of property nothing was done to is no sum either
    case("Организатор снимал дом под нарколабораторию, заплатив за него 3 млн тенге. Он задержан.",
         {"kind": "people", "count": 1}),
    case("Курьерам платили 100 тысяч тенге в неделю. Задержаны двое курьеров.", {"kind": "people", "count": 2}),
    case("Для лаборатории он купил реактор за 4 млн тенге. Изъято 2 кг мефедрона.", {"kind": "seizure"}),
    case("Лаборатория стояла на арендованном участке стоимостью 5 млн тенге, изъято 3 кг мефедрона.",
         {"kind": "seizure"}),
    case("Изъяты автомобиль стоимостью 5 млн тенге и 3 кг мефедрона.", {"kind": "money", "role": "seized"},
         {"kind": "seizure"}),
    case("Закладчик продавал соль по 12 тысяч тенге за грамм и был задержан.", {"kind": "people", "count": 1}),
    # the first of days told together ("17–18 июня", "12 и 14 июля") is a day, no count
    case("17–18 июня в Таразе ликвидировали две точки сбыта героина.", {"kind": "groups", "count": 2}),
    case("5 и 7 мая в Таразе задержаны трое закладчиков.", {"kind": "people", "count": 3}),
    # what a pharmacy sold without a prescription is no seizure; what a group sold is told as its seizure
    case("Проверка выявила, что аптека отпустила без рецепта 3 200 упаковок прегабалина.", ),
    case("Аптека в Таразе продала 900 флаконов тропикамида, у провизора изъяли ещё 40 флаконов.",
         {"kind": "seizure", "count": 40}),
    case("Группа через тайники сбыла около 12 кг мефедрона.", {"kind": "seizure", "kg": 12.0}),
    # Kazakh: drugs sold for a sum ("... теңгеден астам есірткі сатылған") are a turnover, drugs priced a worth
    case("Дүкен арқылы бір жылда 80 млн теңгеден астам есірткі сатылған.", {"kind": "money", "role": "turnover"}),
    case("Тінту кезінде 3 млн теңгенің есірткісі тәркіленді.", {"kind": "money", "role": "value"}),
    # property valued at a sum ("бағаланған мүлкі") takes what was done to the property, not a worth
    case("Сотталушының 120 млн теңгеге бағаланған мүлкіне тыйым салынды.",
         {"kind": "money", "amount": 120_000_000, "role": "frozen"}),
    case("Синтетика сатудан түскен 70 млн теңге анықталды.",
         {"kind": "money", "amount": 70_000_000, "role": "turnover"}),
    # a participle standing for what a worth is of ("Стоимость изъятого") is no role of the sum
    case("По данным полиции, стоимость обнаруженного превышает 9 млн тенге.", {"kind": "money", "role": "value"}),
    # what dealers made ("прибыль", "выручка", "заработали") is not money taken from them: turnover
    case("Чистая прибыль сети закладчиков достигла 700 млн тенге.", {"kind": "money", "role": "turnover"}),
    case("Продавцы героина заработали за год около 90 млн тенге.", {"kind": "money", "role": "turnover"}),
    # money on accounts blocked is frozen; operations suspended are turnover (GUIDE.md); "Т850 млн" is tenge
    case("Заблокированы банковские счета на общую сумму около Т850 млн.",
         {"kind": "money", "amount": 850_000_000, "currency": "KZT", "role": "frozen"}),
    case("Приостановлены подозрительные операции на сумму 40 млн тенге.",
         {"kind": "money", "amount": 40_000_000, "role": "turnover"}),
    case("У курьера изъят автомат АК47 и 2 кг гашиша.", {"kind": "seizure", "kg": 2.0}),
    case("Изъято 57 миллионов тенге наличными.", {"role": "seized"}),
    # money owed as compensation, or damage done, was taken from no one
    case("Суд обязал осуждённого возместить государству 3 млн тенге."),
    case("Ущерб от наркосхемы превысил 40 млн тенге, у её организатора изъято 2 млн тенге наличными.",
         {"kind": "money", "amount": 2_000_000, "role": "seized"}),
    # a short participle right after a sum is its own, whatever the sentence did before
    case("На дом фигуранта наложен арест, ещё 6 млн тенге изъято у курьера наличными.",
         {"kind": "money", "amount": 6_000_000, "role": "seized"}),
    case("Арестовано имущество на сумму более 500 млн тенге.", {"role": "frozen", "amount": 500_000_000}),
    case("В доход государства обращены более 3,2 млрд тенге.", {"role": "forfeited"}),
    case("Суд конфисковал 2 млн тенге.", {"role": "forfeited"}),
    # a drug priced, adjectives between: its value
    case("«Синтетику» на рекордные 9 млрд тенге изъяли в Караганде.", {"role": "value"}),
    case("Изъяли гашиш на общую сумму 30 млн тенге.", {"role": "value"}),
    case("Установлен оборот свыше 7 млн долларов.", {"role": "turnover", "currency": "USD"}),
    case("Стоимость изъятого оценивается в 540 млн тенге.", {"role": "value"}),
    # neighbours' currencies are kept as written
    case("У курьера изъяли 12 млн сумов.", {"amount": 12_000_000, "currency": "UZS"}),
    case("Курьерден 30 мың сомони тәркіленді.", {"amount": 30_000, "currency": "TJS"}),
    # the market a worth is told for ("при незаконном обороте") is no turnover
    case("Цена героина при незаконном обороте достигла бы 90 млн тенге.", {"role": "value"}),
    case("Стоимость свёртков на нелегальном рынке и в теневом обороте — около 4 млн тенге.", {"role": "value"}),
    case("Оборот канала в теневом сегменте превысил 4 млн тенге.", {"role": "turnover"}),
    case("Изъято 188 килограммов мефедрона на сумму 3,7 миллиарда тенге.",
         {"kind": "seizure"}, {"kind": "money", "role": "value"}),
    case("«Синтетику» на 25 миллионов тенге изъяли у курьера.", {"role": "value"}),
    # cash is a form, not an action: seized unless a legal stage stands before it; a form word after one sum
    # is not the next sum's role
    case("На имущество дельцов наложен арест: 90 млн тенге наличными и 40 млн тенге на счетах.",
         {"role": "frozen", "amount": 90_000_000}, {"role": "frozen", "amount": 40_000_000}),
    case("В тайнике нашли 12 млн тенге наличными.", {"role": "seized"}),
    # a participle after a comma tells the sum's history, not what its sentence did to it
    case("Суд конфисковал 9 млн тенге, изъятые у дилера при обыске.", {"role": "forfeited", "amount": 9_000_000}),
    # a sum with its currency left out, told by what it was held as: the currency before it, else tenge
    case("Арестованы активы группы: 300 млн наличными и 120 млн на банковских счетах.",
         {"amount": 300_000_000, "currency": "KZT", "role": "frozen"},
         {"amount": 120_000_000, "currency": "KZT", "role": "frozen"}),
    case("У кассира изъяли 1,5 млн долларов наличными и ещё 2 млн на криптокошельке.",
         {"amount": 1_500_000, "currency": "USD"}, {"amount": 2_000_000, "currency": "USD"}),
    # ... or joined to the sum before it with nothing of its own after it ("3 млн доз" is no sum)
    case("Арестовано 70 млн тенге на банковских счетах, а ещё 8 млн изъяли у курьера.",
         {"amount": 70_000_000, "role": "frozen"}, {"amount": 8_000_000, "currency": "KZT", "role": "seized"}),
    case("Полиция заморозила 40 млн рублей, а также ещё 15 млн.",
         {"amount": 40_000_000, "currency": "RUB"}, {"amount": 15_000_000, "currency": "RUB"}),
    case("У дилера изъяли 6 млн тенге и 2 млн доз.", {"kind": "money", "amount": 6_000_000}, {"kind": "seizure"}),
    # the worth of property is the sum frozen or forfeited; the worth of drugs is their value; money laundered
    # is turnover
    case("Конфисковано имущество осуждённых наркодельцов стоимостью 60 млн тенге.", {"role": "forfeited"}),
    case("Наложен арест на 5 квартир и 3 автомобиля общей стоимостью 200 млн тенге.", {"role": "frozen"}),
    case("Стоимость изъятых наркотиков составила 500 млн тенге.", {"role": "value"}),
    case("Изъяты наркотические средства стоимостью 50 млн тенге.", {"role": "value"}),
    case("Через криптобиржи наркодельцы легализовали 3,5 млн долларов.", {"role": "turnover"}),
    case("Суд конфисковал 8 млн тенге наличными, ещё 3 млн тенге изъяли при обыске.",
         {"role": "forfeited", "amount": 8_000_000}, {"role": "seized", "amount": 3_000_000}),
    # a worth right before a later sum is that sum's, not the first's
    case("Заморожены 12 криптокошельков с активами на 300 тысяч USDT, арестован дом стоимостью 90 млн тенге.",
         {"role": "frozen", "amount": 300_000}, {"role": "frozen", "amount": 90_000_000}),
    # the verb after a participle's clause that follows the sum is the sum's own
    case("Деньги в сумме 7 млн тенге, вырученные от сбыта, изъяты, а на счета в 2 млн тенге наложен арест.",
         {"role": "seized", "amount": 7_000_000}, {"role": "frozen", "amount": 2_000_000}),
    # transactions named by their volume ("объём операций"), not a police operation
    case("Объём операций наркошопа превысил 2,5 млн долларов.", {"role": "turnover", "amount": 2_500_000}),
    case("В ходе операции у курьера изъято 3 млн тенге.", {"role": "seized", "amount": 3_000_000}),
]


@pytest.mark.parametrize(("text", "published", "expected"),
                         NUMBERS + SINGULAR + SERIES + ELLIPTIC + SUBSTANCES + MONEY_ROLES)
def test_table(text, published, expected):
    match(facts_of(text, published), expected)
