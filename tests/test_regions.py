"""Regions: Kazakh places, countries abroad (every country's Russian name, from pycountry), foreign bodies.

Every sentence here is written for the test.
"""

import pytest

from etl.vocab import country_forms
from tests.helpers import facts_of

ABROAD = [
    # parts of the world beyond Kazakhstan are as foreign as a country
    ("За год полиция Европы изъяла более 300 тонн кокаина.", "abroad"),
    ("Еуропада былтыр 300 тонна кокаин тәркіленді.", "abroad"),
    ("В Бразилии полиция изъяла 3 тонны кокаина.", "abroad"),
    ("В Нидерландах задержаны 12 человек.", "abroad"),
    ("На территории Эквадора изъято 800 кг кокаина.", "abroad"),
    ("Полиция Испании изъяла 500 кг гашиша.", "abroad"),
    ("Таможня Германии обнаружила 40 кг героина.", "abroad"),
    # a body named by its people ("таможенники", "полицейские") is a body too; a Kazakh city after it is not abroad
    ("Таможенники Польши нашли в грузовике 60 кг марихуаны.", "abroad"),
    ("Полицейские Турции изъяли 900 кг героина.", "abroad"),
    ("Полицейские Караганды изъяли 4 кг гашиша.", "KZ-35"),
    # a joint operation of several countries' bodies, however many are listed
    ("Совместной операцией полиции Казахстана, Кыргызстана и Таджикистана изъято 90 кг героина.", "abroad"),
    ("В Монголии ликвидированы 2 нарколаборатории.", "abroad"),
    # large foreign cities and ports, with "в" or after a place word ("в аэропорту Дубая")
    ("Жительница Караганды задержана в аэропорту Дубая с 2 кг марихуаны.", "abroad"),
    ("В порту Роттердама обнаружено 4 тонны кокаина.", "abroad"),
    ("В Стамбуле полиция изъяла 90 кг героина.", "abroad"),
    ("В Шымкенте у граждан Узбекистана изъято 5 кг героина.", "KZ-79"),
    # the regions of neighbouring countries, also after a settlement of theirs
    ("В Ферганской области пограничники изъяли 60 кг гашиша.", "abroad"),
    ("В поселке Кызыл-Кия Баткенской области задержан наркокурьер.", "abroad"),
    ("В Таласском районе Жамбылской области изъято 3 кг марихуаны.", "KZ-31"),
    ("Житель Оренбургской области задержан в Актобе с 2 кг гашиша.", "KZ-15"),
    ("В Павлодаре задержан гражданин Германии с 2 кг гашиша.", "KZ-55"),
    # a region next to a national body is not "two regions"
    ("В Атырауской области Комитетом национальной безопасности ликвидирована нарколаборатория.", "KZ-23"),
    # a foreign body written to is not where the event was
    ("В Костанае, по данным полиции, после запроса в МВД Узбекистана изъято 3 кг героина.", "KZ-39"),
    # a country a drug was being taken to (the accusative after в) is not where it was seized
    ("В Костанайской области задержан водитель, который пытался вывезти в Россию 3 кг гашиша.", "KZ-39"),
    ("На посту в Жамбылской области у пассажира, следовавшего в Кыргызстан, изъяли 6 кг марихуаны.", "KZ-31"),
    # where a drug was made or grown is not where it was seized
    ("В Актобе полиция нашла партию героина, выращенного в Афганистане. Задержан 40-летний мужчина, у него "
     "изъято 2 кг.", "KZ-15"),
    ("В Костанае изъято 300 г кокаина, произведённого в Перу.", "KZ-39"),
    # a country named by its adjective: a body of it acting, or "в" before it, is abroad; a drug's origin is not
    ("Итальянская полиция изъяла 700 кг кокаина.", "abroad"),
    ("Кыргызские пограничники задержали троих курьеров.", "abroad"),
    ("В китайском порту Тяньцзинь изъято 400 кг метамфетамина.", "abroad"),
    ("В Актау изъято 3 кг афганского героина.", "KZ-47"),
    ("На узбекской границе в Туркестанской области изъято 5 кг гашиша.", "KZ-61"),
    # a foreign city, and a place of it after "в" ("в порту ..."), is abroad
    ("Позже в порту Санкт-Петербурга изъяли 1,2 тонны кокаина.", "abroad"),
    ("В Новосибирске задержан курьер с 3 кг гашиша.", "abroad"),
    ("В ОАЭ задержан казахстанец с 3 кг гашиша.", "abroad"),
    ("Таможенники США изъяли 200 кг кокаина.", "abroad"),
    ("Қазақстан бойынша жыл басынан бері 3 мыңнан астам есірткі сайты бұғатталды.", "KZ"),
    ("Антинаркотическая служба Таджикистана изъяла 60 кг героина.", "abroad"),
    # a road "в" a region is in that region; one "в" a city (accusative) goes there
    ("Наркокурьера задержали на автодороге в Алматинской области, изъято 7 кг гашиша.", "KZ-19"),
    # where someone or something arrived ("прибывший в Павлодар") is where it was found; where it came from is not
    ("У пассажира поезда, прибывшего в Павлодар из Москвы, изъяли 3 кг гашиша.", "KZ-55"),
    # a body's region is where it serves: a place of the event in the same sentence outranks it
    ("Сотрудники ДП Алматинской области задержали закладчика в Алматы.", "KZ-75"),
    ("Костанайские пограничники изъяли 3 кг гашиша на посту в Карабалыкском районе.", "KZ-39"),
    ("Жамбыл облысының полицейлері Шымкент қаласында 2 курьерді ұстады.", "KZ-79"),
    # "the southern capital" is Almaty; a border post is in the region it lies in
    ("В южной столице задержан курьер с 2 кг гашиша.", "KZ-75"),
    ("На КПП «Кордай» у пассажира автобуса изъяли 3 кг гашиша.", "KZ-31"),
    # bodies of two countries acting together: an operation across countries, abroad
    ("Спецслужбы Казахстана и Узбекистана в ходе совместной операции изъяли 500 кг гашиша.", "abroad"),
    ("Граждане Казахстана и Узбекистана задержаны в Шымкенте с 5 кг гашиша.", "KZ-79"),
    # the two ends of a route are not where it happened
    ("Полицейские Павлодарской области остановили автобус Семей – Астана и изъяли у пассажира 2 кг гашиша.",
     "KZ-55"),
    ("В Костанае задержан курьер.\nОн вёз гашиш по маршруту Шымкент — Астана, у него изъято 3 кг.", "KZ-39"),
]


NOT_HOME = [
    # ... not when it names a route or another place: then nothing says where
    "Алматыдан Шымкентке бара жатқан Семей қаласының тұрғыны ұсталды.\nОдан 300 грамм гашиш тәркіленді.",
]


# abroad without a country's name: "за рубежом", "за пределами страны", "шетелде" place the figures of their own
# sentence; where someone stays abroad ("куратор находится за границей") places nothing
UNNAMED_ABROAD = [
    ("За пределами республики полиция задержала двоих поставщиков, а в Таразе изъято 6 кг гашиша.",
     ["abroad", "KZ-31"]),
    ("В Павлодаре изъяли 2 кг кокаина. Ещё четверо соучастников задержаны за рубежом.", ["KZ-55", "abroad"]),
    ("Шетелде екі күдікті ұсталды, ал Қостанайда 4 келі героин тәркіленді.", ["abroad", "KZ-39"]),
    ("Задержан 22-летний закладчик. Его куратор, находящийся за границей, объявлен в розыск.", [None]),
    ("Задержан курьер с 700 г мефедрона, оператор которого скрывается за рубежом.", [None, None]),
    ("Полиция бес курьерді ұстады. Олардың шетелде тұратын кураторы іздеуде.", [None]),
    # "за рубеж" (where to) is no place of the event
    ("В Актау изъято 12 кг гашиша, который собирались вывезти за рубеж.", ["KZ-47"]),
]


# a place right after a figure in its clause is where that figure's event was, before the previous sentence's
# place; one after a comma, in a clause of its own ("..., снимавший квартиру в Актобе"), is not
PLACE_RIGHT_AFTER = [
    ("В Павлодаре изъяли 2 кг кокаина. Ещё четверо соучастников задержаны в Астане.", ["KZ-55", "KZ-71"]),
    ("В Семее изъято 3 кг гашиша. Затем 5 кг героина обнаружили в Турции.", ["KZ-10", "abroad"]),
    ("В Костанае полиция провела обыски. Задержан 30-летний курьер, снимавший квартиру в Актобе.", ["KZ-39"]),
    # a person "из" a city is from there: where nothing else says, the figures' region
    ("Студент из Темиртау осуждён за хранение 200 г гашиша.", ["KZ-35", "KZ-35"]),
    # the country before a figure frames it; a region right after it, a dash between or not, places it
    ("По стране за полгода закрыто 14 нарколабораторий, из них пять — в Жамбылской области.", ["KZ", "KZ-31"]),
    ("В Казахстане за месяц выявлено 300 наркопреступлений, из них 40 в Павлодарской области.", ["KZ", "KZ-55"]),
    ("Республика бойынша 20 есірткі зертханасы жойылды, оның 6-сы Жамбыл облысында.", ["KZ", "KZ-31"]),
]


# the country next to a superlative is what a thing is biggest in, not where it was
SUPERLATIVES = [
    ("С начала года в Актобе пресечён самый крупный в стране канал. Всего изъято 80 кг гашиша.", ["KZ-15"]),
    ("Биыл Таразда Қазақстандағы ең ірі есірткі арнасының жолы кесілді. Барлығы 2 тоннадан астам прекурсор "
     "тәркіленді.", ["KZ-31"]),
]


# a place alone on a line heads a section: the figures before it are not its own
SECTIONS = [
    ("Итоги операции в Казахстане подвели в МВД.\n\nЗадержаны 240 закладчиков, изъято 900 кг наркотиков.\n\n"
     "Костанай\n\nВ Костанае изъяли 3 кг гашиша.", ["KZ", "KZ", "KZ-39"]),
    ("Костанай\n\nВ Костанае изъяли 3 кг гашиша. Задержан курьер.", ["KZ-39", "KZ-39"]),
]


@pytest.mark.parametrize(("text", "regions"), UNNAMED_ABROAD + PLACE_RIGHT_AFTER + SECTIONS + SUPERLATIVES)
def test_a_place_in_the_figures_own_clause_places_it(text, regions):
    assert [f["region"] for f in facts_of(text)] == regions


@pytest.mark.parametrize("text", NOT_HOME)
def test_where_people_live_places_no_figure_of_an_article_naming_other_places(text):
    facts = facts_of(text)
    assert facts and facts[-1]["region"] is None, facts


DISTRICTS = [
    # a district named with "район" is in its region, even when the article named another region before
    ("В Сайрамском районе полицейские изъяли 4 кг марихуаны.", "KZ-61"),
    ("Наркотики везли в столицу. В Целиноградском районе изъято 7 кг гашиша.", "KZ-11"),
    ("В Алатауском районе Алматы задержаны трое закладчиков.", "KZ-75"),
    # a name several regions share needs its region
    ("В Жамбылском районе Алматинской области изъято 2 кг героина.", "KZ-19"),
    # where a detainee lives is not where the event was
    ("В Таразе задержан житель Карасайского района с 3 кг гашиша.", "KZ-31"),
    # towns of a region, their inflected forms and Kazakh stems
    ("Под Шалкаром у водителя фуры нашли 6 кг гашиша.", "KZ-15"),
    ("В Житикаре изъяли 300 граммов героина.", "KZ-39"),
    ("На въезде в Шардару задержали наркокурьера.", "KZ-61"),
    ("Тайынша қаласында 2 келі марихуана тәркіленді.", "KZ-59"),
    # an article that names no place of an event, only where its people live, all in one region: that region
    ("Полиция Семей қаласының тұрғынынан 300 грамм гашиш тәркіледі.\nТінту кезінде тағы 20 орам табылды.",
     "KZ-10"),
    # Kazakh district names with "ауданы" in any case
    ("Меркі ауданында полицейлер 3 келі марихуана тәркіледі.", "KZ-31"),
    ("Бөкей орда ауданының тұрғынынан 400 грамм гашиш алынды.", "KZ-27"),
    ("Түрксіб ауданында 2 есірткі сатушы ұсталды.", "KZ-75"),
    # a district named in Russian by its Kazakh name after the word "район"; "в одном из" is "one of", not "from"
    ("В районе Бәйтерек полицейские изъяли 5 кг марихуаны.", "KZ-27"),
    ("В одном из сел района Сарыагаш задержан наркокурьер.", "KZ-61"),
    ("В одном из поселков Байзакского района задержан наркокурьер.", "KZ-31"),
    # a village or border post named as its district is ("на таможне Кордай", "в селе Сарыагаш")
    ("На посту Кордай у водителя фуры нашли 9 кг гашиша.", "KZ-31"),
    ("В селе Мерке задержан наркокурьер.", "KZ-31"),
    # a town pymorphy3 does not know, in a Russian case ending
    ("В Кандыагаше задержан наркокурьер.", "KZ-15"),
    ("Наркокурьера задержали в Сарыагаше.", "KZ-61"),
    ("В Курыке у водителя нашли 3 кг гашиша.", "KZ-47"),
    # Kazakh names listed before one plural head: each is read with the head ("Қостанай және Павлодар облыстарында"
    # spans two regions: no single region; two towns of one region: that region)
    ("Рейд Маңғыстау және Атырау облыстарында өтті, 40 келі гашиш тәркіленді.", None),
    ("Полицейлер Ақтөбе, Қандыағаш және Хромтау қалаларында 9 курьерді ұстады.", "KZ-15"),
    ("Орал және Ақсай қалаларында 200 есірткі орамы тәркіленді.", "KZ-27"),
    ("В области Ұлытау изъяли 4 кг марихуаны.", "KZ-62"),
    # towns by their Kazakh names, with Kazakh endings
    ("Есікте 2 келі героин тәркіленді.", "KZ-19"),
    ("Житіқарада полицейлер есірткі сатушыны ұстады.", "KZ-39"),
    ("Ленгірде 300 грамм гашиш тәркіленді.", "KZ-61"),
    # towns of regional significance the gazetteer lacked
    ("При обыске в доме жителя Аксу полицейские нашли 1,3 кг марихуаны.", "KZ-55"),
    ("В столичном районе Байконур у курьера изъяли 2 кг гашиша.", "KZ-71"),  # Astana's district, not the town
    ("В Уштобе задержан наркокурьер.", "KZ-33"),
    ("В Каркаралинске изъяли 300 граммов гашиша.", "KZ-35"),
    # near a city of republican significance, outside it: the region around it; "под стражу в Алматы" is in it
    ("Под Алматы полицейские накрыли нарколабораторию.", "KZ-19"),
    ("В частном доме недалеко от г. Астаны изъяли 3 кг мефедрона.", "KZ-11"),
    ("В пригороде Шымкента задержан наркокурьер.", "KZ-61"),
    ("Курьер взят под стражу в Алматы.", "KZ-75"),
    # a road near a town is where the event was, as a road in a region is; a road to a city is not
    ("На трассе у Балхаша в багажнике нашли 20 кг марихуаны.", "KZ-35"),
    ("На трассе около Тараза у водителя нашли 3 кг гашиша.", "KZ-31"),
    ("По трассе в Астану курьер вёз 3 кг гашиша.", None),
    ("Шымкент маңында 4 келі гашиш тәркіленді.", "KZ-61"),
    # a place inside the figure's own words (between its verb and its noun) is its event's, over the body's city
    ("Полицейские Костаная задержали в Актобе закладчика.", "KZ-15"),
    ("Оперативники Павлодара установили и задержали в Семее его куратора.", "KZ-10"),
    ("Полицейские Актобе задержали в Костанайской области курьера.", "KZ-39"),
    # villages and towns of the gazetteer
    ("В Шелеке у водителя нашли 2 кг гашиша.", "KZ-19"),
    ("В Индере у водителя нашли 2 кг гашиша.", "KZ-23"),
    ("В Жалагаше у водителя нашли 2 кг гашиша.", "KZ-43"),
]


@pytest.mark.parametrize(("text", "region"), ABROAD + DISTRICTS)
def test_a_figure_is_placed_where_the_event_was(text, region):
    facts = facts_of(text)
    assert facts and all(f["region"] == region for f in facts), facts


def test_every_country_but_kazakhstan_has_a_russian_name():
    forms = set(country_forms())
    assert {"бразилия", "нидерланды", "эквадор", "монголия", "испания"} <= forms
    assert "казахстан" not in forms
    assert not {"тот", "чадо", "сахар"} & forms  # "Того", "Чад", "Западная Сахара" are not common words


DOCUMENT_SCOPE = [
    # a dateline ("Город. 30 апреля.") never places the figures; the headline's country does
    ("Более 2 тонн наркотиков изъято в Казахстане\nАктобе. 12 мая. С начала года изъято 2 тонны наркотиков.",
     ["KZ"]),
    # where goods came from ("из г. Алматы") is not where the event was
    ("В Павлодарской области перекрыто пять каналов (из г. Алматы - 3). Изъято 40 кг гашиша.", ["KZ-55"]),
    # a national statistic is not placed by the regional example that follows it
    ("По данным МВД, с начала года в Казахстане задержано 70 подростков.\nТак, в Костанае задержан студент.",
     ["KZ", "KZ-39"]),
    # a region written alone as a paragraph's heading places that paragraph
    ("Рейды прошли в Актобе и Костанае.\nПавлодарская область. У водителя изъяли 40 кг гашиша.", ["KZ-55"]),
    # a district named once with its region keeps it when named alone later
    ("В Актобе и Шортандинском районе Акмолинской области накрыли две нарколаборатории.\nВ Актобе изъято 3 кг "
     "мефедрона.\nВ Шортандинском районе изъято 5 кг прекурсоров.", [None, "KZ-15", "KZ-11"]),
    # an article about the country: a later statistic is the country's, not its one region's example nor an
    # operation abroad told in the paragraph before
    ("По республике за полгода изъято 9 тонн наркотиков.\n\nТак, в Таразе у курьера нашли 40 кг гашиша.\n\n"
     "Ещё 60 кг героина изъяли в Душанбе при участии казахстанских полицейских.\n\n"
     "«Закладчиков становится больше», — сказал спикер. За полгода задержаны 380 закладчиков.",
     ["KZ", "KZ-31", "abroad", "KZ"]),
    # an example opened by "Так," / "Мысалы," is one case of what was told before: it does not place it, in the
    # same paragraph either; a national operation named by its adjective is the country's
    ("В ходе республиканской операции изъято 3 тонны наркотиков. Так, в Таразе у курьера изъяли 40 кг гашиша.",
     ["KZ", "KZ-31"]),
    ("Республикалық жедел-профилактикалық іс-шара кезінде 2 тонна есірткі тәркіленді. Мысалы, Таразда 40 келі "
     "гашиш тәркіленді.", ["KZ", "KZ-31"]),
    ("МВД сообщило, что изъято 3 тонны наркотиков. Например, в Таразе у курьера изъяли 40 кг гашиша.",
     ["KZ", "KZ-31"]),
    # the republic's budget is no operation of the country's: money forfeited keeps the case's region
    ("Наркокурьер из Павлодара осуждён. Деньги в сумме 5 млн тенге обращены в доход республиканского бюджета.",
     ["KZ-55", "KZ-55"]),
    # a regional report's statistic takes the only region the article names, wherever it names it
    ("За 10 месяцев выявлено 169 наркопреступлений.\nВ Кызылорде проведены рейды.", ["KZ-43"]),
    ("За 10 месяцев выявлено 169 наркопреступлений.\nРейды прошли в Кызылорде и Таразе.", [None]),
    # a statistic reported by a national body before it is national, whatever region the headline's example names
    ("Канал сбыта пресекли в Шымкенте\nАгентство по финансовому мониторингу провело проверки.\n"
     "С начала года возбуждено 60 уголовных дел.", ["KZ"]),
    # a city in capitals alone before the agency's name is a dateline
    ("Статистика МВД\nАЛМАТЫ. КАЗИНФОРМ - За пять лет выявлено 19 тысяч наркопреступлений.", ["KZ"]),
    # a national body acting in the figure's own sentence outranks a place named only in a later paragraph...
    ("Агентство по финансовому мониторингу пресекло работу 12 наркошопов.\nКроме того, в Шымкенте "
     "задержан курьер.", ["KZ", "KZ-79"]),
    # ...but not a place after the figure in its own paragraph
    ("Агентство по финансовому мониторингу пресекло работу 12 наркошопов. Это произошло в Шымкенте.", ["KZ-79"]),
    # the country's total keeps its region when its parts are regional examples
    ("По данным МВД, с начала года в Казахстане изъято 900 кг наркотиков, в том числе в Алматы 300 кг и в "
     "Шымкенте 200 кг.", ["KZ", "KZ-75", "KZ-79"]),
    # a total over two regions has none
    ("В Алматы и Шымкенте изъято 500 кг наркотиков: в Алматы 300 кг, в Шымкенте 200 кг.", [None, "KZ-75", "KZ-79"]),
    # where figures were announced is not where the events were: a minister's national figure is the country's
    ("Министр внутренних дел на брифинге в Астане сообщил, что за 9 месяцев изъято 20 тонн наркотиков.", ["KZ"]),
    # a place before a verb of saying is where it was said, not where the figures told after "что" were
    ("Глава МВД в Караганде заявил, что с начала года ликвидировано 17 нарколабораторий.", ["KZ"]),
    ("В Таразе полиция сообщила, что задержаны 5 закладчиков.", ["KZ-31"]),
    ("На коллегии в Шымкенте сообщили, что с начала года в Туркестанской области ликвидировано 4 нарколаборатории.",
     ["KZ-61"]),
    # a border post gives the region it lies in; a regional breakdown in brackets places its items
    ("Таможенники Хоргоса обнаружили в контейнере 1,8 тонны прекурсоров.", ["KZ-33"]),
    ("Қорғас кеден бекетінде 5 келі гашиш тәркіленді.", ["KZ-33"]),
    ("На пункте пропуска «Кайрак» у водителя микроавтобуса нашли около 4 кг марихуаны.", ["KZ-39"]),
    # a national body reporting in its own sentence: the country's ("Финмониторинг", as "АФМ")
    ("Финмониторинг установил, что через карты подставных лиц прошло 900 млн тенге от продажи наркотиков.", ["KZ"]),
    # a ministry named alone is a national body
    ("По данным министерства, с начала года заблокировано 2 тысячи сайтов.", ["KZ"]),
    ("Министрлік мәліметінше, биыл 2 мың сайт бұғатталды.", ["KZ"]),
    # "Больше всего — в ...": the largest shares of the count before, in the sentence before
    ("За полгода в стране выявлено 2 300 наркопреступлений. Больше всего — в Жамбылской области (310), Алматы (290).",
     ["KZ", "KZ-31", "KZ-75"]),
    ("С начала года в стране выявлено 2 870 наркопреступлений. Больше всего преступлений выявлено в Алматы (412) "
     "и Шымкенте (287).", ["KZ", "KZ-75", "KZ-79"]),
    ("За год в стране ликвидировано 40 нарколабораторий. Наибольшее их число — в Алматинской области (11) и "
     "Караганде (6).", ["KZ", "KZ-19", "KZ-35"]),
    # an event abroad told in the figure's own clause is abroad whatever the sentence before names; where a drug
    # was bought, in a clause of its own, is not where it was seized
    ("В Караганде задержаны трое. Ещё 10 кг кокаина изъято у их сообщника в Москве.", ["KZ-35", "abroad"]),
    ("В Караганде задержаны трое. У них изъято 10 кг кокаина, который они купили в Москве.", ["KZ-35", "KZ-35"]),
    # a sentence listing figures in several regions does not place the summary after it by its last place
    ("Задержаны шесть человек: двое в Сарыагаше, трое в Туркестане и один в Шымкенте. Всего изъято 17 кг героина.",
     ["KZ-61", None]),
    # where the people live places them only when nothing names where the event was
    ("Двое жителей Тараза доставлены в ИВС.", ["KZ-31"]),
    ("В Алматы полицейские задержали троих жителей Тараза.", ["KZ-75"]),
    ("Житель Семея задержан с 2 кг марихуаны.\nЗадержание провели в Павлодаре.", ["KZ-55", "KZ-55"]),
    ("Шымкент қаласының бір тұрғыны ұсталды.", ["KZ-79"]),
    # "из" after people is where they come from, as a residence; after a verb of travel it is not
    ("Суд приговорил двух наркодилеров из Тараза.", ["KZ-31"]),
    # after the country's list of regions ("по стране ..., в том числе в А — 9, в Б — 6"), its next statistic is
    # the country's; after a region's list of its towns, the region's
    ("В этом году по стране ликвидировано 30 нарколабораторий, в том числе в Павлодарской области — 7, в "
     "Актюбинской — 5. Изъято 800 кг наркотиков.", ["KZ", "KZ-55", "KZ-15", "KZ"]),
    ("В этом году в Павлодарской области выявлено 9 наркопреступлений: в Павлодаре — 5, в Экибастузе — 4. "
     "Изъято 8 кг наркотиков.", ["KZ-55", "KZ-55", "KZ-55", "KZ-55"]),
    ("В Костанае осуждены три закладчика из Павлодара.", ["KZ-39"]),
    ("Курьер прибыл поездом из Тараза, у него изъяли 2 кг гашиша.", [None]),
    ("Суд конфисковал у лидера ОПГ из Актобе 300 млн тенге.", ["KZ-15"]),
    # a place inside a relative clause tells the story of what it qualifies: it places the figure in its clause,
    # not the figures of later sentences; where a court sits is weaker than a place in the figure's own clause
    ("Суд Астаны осудил 6 участников группы, которая выращивала коноплю в теплице в Акмолинской области. Суд "
     "конфисковал у них 90 млн тенге.", ["KZ-71", "KZ-71"]),
    ("Суд Павлодара осудил членов банды, которая держала две нарколаборатории в Экибастузе.", ["KZ-55"]),
    # the national committees (sites blocked, customs) speak for the country
    ("Ақпараттық қауіпсіздік комитеті биыл 900 есірткі сайтын бұғаттады.", ["KZ"]),
    ("Комитет государственных доходов с начала года изъял на границе 2 тонны прекурсоров.", ["KZ"]),
    # a court's panel named by its region judged there (a board meeting, "на коллегии", only said things there)
    ("Апелляционная коллегия Павлодарского областного суда оставила в силе приговор курьеру.", ["KZ-55"]),
    # where a person is registered is where he lives, not where he was caught
    ("Зарегистрированный в Таразе мужчина задержан в Шымкенте с 3 кг гашиша.", ["KZ-79", "KZ-79"]),
    ("Суд Костаная осудил членов банды, которая держала две нарколаборатории в Акмолинской области.", ["KZ-11"]),
    # a place alone on the last line is the author's city, not where the event was
    ("Полицейские изъяли у курьера 5 кг гашиша.\nИван Петров, собкор\nАстана", [None]),
]


@pytest.mark.parametrize(("text", "regions"), DOCUMENT_SCOPE)
def test_document_scope(text, regions):
    assert [f["region"] for f in facts_of(text)] == regions


def test_a_statistic_of_an_undated_article_is_still_a_statistic():
    """Its year cannot be told, so it has no period, but a national body's figure is national all the same,
    and the example after it keeps its own region."""
    facts = facts_of("МВД подвело итоги.\nС начала года задержано 49 подростков.\n"
                     "Так, в Шымкенте задержан 17-летний студент.", published=None)
    assert [(f["region"], f["period_start"]) for f in facts] == [("KZ", None), ("KZ-79", None)]



def test_the_strongest_evidence_wins_then_the_nearest():
    from etl.regions import Gazetteer
    from etl.text import split

    paragraphs = split("Рейд прошёл в Таразе.\nИзъято 5 кг гашиша, ещё 2 кг позже нашли в Актау.\n"
                       "Остальное изъяли в Шымкенте и в Актау, всего 9 кг.\nЗадержанный доставлен в Павлодар.")
    gazetteer = Gazetteer(paragraphs)
    sent = paragraphs[1].sentences[0]
    five = next(k for k, t in enumerate(sent.tokens) if t.text == "5")
    two = next(k for k, t in enumerate(sent.tokens) if t.text == "2")
    found = {(c.code, c.evidence) for c in gazetteer.candidates(sent.index, five, five + 2, statistic=False)}
    assert {("KZ-31", "earlier"), ("KZ-47", "sentence_beyond")} <= found
    # a place after a figure in its sentence, beyond another number, may be that number's: an earlier paragraph's
    # place outranks it
    assert gazetteer.place(sent.index, five, five + 2) == ("KZ-31", "earlier")
    # with no number between, the place right after a figure in its own clause outranks an earlier paragraph's
    assert gazetteer.place(sent.index, two, two + 2) == ("KZ-47", "sentence_next")
    # the nearest place before a figure in its sentence wins; named with another region, it gives none
    sent = paragraphs[2].sentences[0]
    nine = next(k for k, t in enumerate(sent.tokens) if t.text == "9")
    assert gazetteer.place(sent.index, nine, nine + 2) == (None, "several")


@pytest.mark.parametrize(("text", "region"), [
    ("Батыс Қазақтан облысында 131 есірткі қылмысы тіркелген.", "KZ-27"),   # one letter dropped
    ("В Алмаатинской области изъято 5 кг гашиша.", "KZ-19"),                 # one letter added
    ("Абау облысында 5 келі гашиш тәркіленді.", None),                      # too short a name to guess
])
def test_a_region_misspelt_by_one_letter_before_its_word(text, region):
    assert [f["region"] for f in facts_of(text)] == [region]



@pytest.mark.parametrize("widget", ["Астана -10°C", "Алматы +25 oC", "Шымкент 14:05"])
def test_a_sites_weather_or_clock_line_places_nothing(widget):
    text = f"{widget}\nПоиск\n\nНа границе у водителя фуры нашли 30 кг гашиша, сообщили в полиции."
    assert [f["region"] for f in facts_of(text)] == [None]
    # a place with words after it is a sentence that tells where
    assert [f["region"] for f in facts_of("В Астане изъято 30 кг гашиша.")] == ["KZ-71"]


@pytest.mark.parametrize("signature", ["Итоги рейдов 412 Марина ОРЛОВА, Караганда", "Сергей ИВАНОВ, Шымкент",
                                       "Беседовал Ерлан Сагинтаев, Павлодар", "Автор: Дина Омарова, Актобе"])
def test_an_authors_signature_with_a_city_places_nothing(signature):
    text = f"{signature}\n\nЗа неделю операции изъято свыше 90 кг наркотических средств."
    assert [f["region"] for f in facts_of(text)] == [None]
    # a place after a comma that signs nothing is where it was
    assert [f["region"] for f in facts_of("Задержан курьер, Караганда.\n\nУ него изъято 9 кг гашиша.")] \
        == ["KZ-35", "KZ-35"]
