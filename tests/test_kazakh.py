"""Articles in Kazakh (GUIDE.md "Articles in Kazakh"): numbers and number words with their endings, units, actions,
heads, substances and regions, with sentences written for the test. The vocabulary is data (the Kazakh rows of
data/reference/*.csv); a Kazakh document's words are matched as written (etl.text.kazakh_word_info)."""

from __future__ import annotations

import pytest

from etl.documents import Document
from etl.extract import extract

CASES = [
    ("Қарағанды облысында полицейлер 2,5 келі героин тәркіледі.",
     {"kind": "seizure", "kg": 2.5, "substance": "heroin", "region": "KZ-35"}),
    ("Ақтөбеде 300 грамнан астам марихуана тәркіленді.",
     {"kind": "seizure", "kg": 0.3, "substance": "marijuana", "region": "KZ-15"}),
    ("Алматыда 15 келіден астам синтетикалық есірткі тәркіленді.",
     {"kind": "seizure", "kg": 15.0, "substance": "synthetic", "region": "KZ-75"}),
    ("Маңғыстау облысында 1,5 тоннадан астам есірткі алынды.",
     {"kind": "seizure", "kg": 1500.0, "substance": "drugs", "region": "KZ-47"}),
    ("Қостанайда екі адам ұсталды.", {"kind": "people", "count": 2, "action": "detained", "region": "KZ-39"}),
    # the drug's name between the number (or its counter word) and the unit, in the Kazakh order
    ("Пәтерден 450 дана трамадол таблеткасы тәркіленді.", {"kind": "seizure", "count": 450, "unit": "pills"}),
    ("Көліктен 25 гашиш орамы табылды.", {"kind": "seizure", "count": 25, "unit": "pieces", "substance": "hashish"}),
    ("Оның үйінен 300-ден астам қарасора бұтасы тәркіленді.", {"kind": "seizure", "count": 300, "unit": "plants"}),
    ("Олардан 500 грам марихуана табылды.", {"kind": "seizure", "kg": 0.5, "substance": "marijuana"}),
    # a list item after "және" names its own drug or none: tablets after hashish are some medicine
    ("Үйінен 200 грамм гашиш және 40 дана таблетка табылды.", {"kind": "seizure", "count": 40, "substance": "drugs"}),
    # a workshop making drugs is a lab
    ("Теміртауда мефедрон өндіретін астыртын цех жойылды.", {"kind": "labs", "count": 1, "region": "KZ-35"}),
    # a scale word alone is one of it: "жүз келі" 100 kg, "мыңнан астам адам" over a thousand people
    ("Қоймадан жүз келі героин тәркіленді.", {"kind": "seizure", "kg": 100.0, "substance": "heroin"}),
    ("Биыл облыста мыңнан астам адам ұсталды.", {"kind": "people", "count": 1000, "action": "detained"}),
    ("Рейд кезінде жүзден астам күдікті ұсталды.", {"kind": "people", "count": 100}),
    # two people coordinated, "his" before the second: two; people still sought are no fact
    ("Теміртауда 19 жастағы жігіт пен оның досы ұсталды.", {"kind": "people", "count": 2, "action": "detained"}),
    ("Екі күдікті қамауға алынды, тағы үшеуі ізделуде.", {"kind": "people", "count": 2, "action": "arrested"}),
    # money: a currency word with any Kazakh ending; property arrested is frozen, illegal income turnover
    ("Есірткі тобының 40 млн теңгесіне тыйым салынды.", {"kind": "money", "amount": 4e7, "role": "frozen"}),
    ("Есірткі сатушылардың 90 млн теңге тұратын мүлкіне тыйым салынды.", {"kind": "money", "role": "frozen"}),
    ("Есірткі сатудан түскен заңсыз кіріс 3 млрд теңгеден асты.", {"kind": "money", "role": "turnover"}),
    ("Есірткі сатушыдан 150 мың рубльге жуық ақша тәркіленді.", {"kind": "money", "currency": "RUB"}),
    # verbs: caught, taken into custody, held liable
    ("Полицейлер үш күдіктіні ұстап алды.", {"kind": "people", "count": 3, "action": "detained"}),
    ("Топтың 4 мүшесі тұтқындалды.", {"kind": "people", "count": 4, "action": "detained"}),
    ("Облыста 12 адам қылмыстық жауапқа тартылды.", {"kind": "people", "count": 12, "action": "charged"}),
    # a list of drugs after one figure is a mix; a list item with its own figure is not part of it
    ("Қоймадан 80 келі есірткі – героин, гашиш және мефедрон тәркіленді.",
     {"kind": "seizure", "kg": 80.0, "substance": "drugs"}),
    # poppy in both spellings
    ("Саяжайдан 3 келі көкнар тәркіленді.", {"kind": "seizure", "kg": 3.0, "substance": "poppy"}),
    ("Саяжайдан 3 келі көкнәр тәркіленді.", {"kind": "seizure", "kg": 3.0, "substance": "poppy"}),
    # people named by their role in the trade: sellers, distributors, consumers, organisers, stash-makers
    ("Түркістанда 4 есірткі сатушы ұсталды.", {"kind": "people", "count": 4, "action": "detained", "region": "KZ-61"}),
    ("Полицейлер 9 тұтынушыны ұстады.", {"kind": "people", "count": 9, "action": "detained"}),
    ("Министрлік 40 жасырушыны ұстады.", {"kind": "people", "count": 40, "action": "detained"}),
    ("Топтың 5 мүшесі ұсталып, қамауға алынды.", {"kind": "people", "count": 5, "action": "arrested"}),
    # a sentence: deprived of liberty, with the term between the person and the verb
    ("Героин сатқан 31 жастағы әйел 9 жылға бас бостандығынан айырылды.",
     {"kind": "people", "count": 1, "action": "charged"}),
    # packages with a drug in them: the packages counted ("... есірткі салынған түйіншек")
    ("Курьерден 30 дана синтетикалық есірткі салынған түйіншек тәркіленді.",
     {"kind": "seizure", "count": 30, "unit": "pieces", "substance": "synthetic"}),
    # a part whose possessive sits on its scale word ("Оның 11 мыңы"): thousands, a part of the count before
    ("Биыл 15 мың сайт бұғатталуға жіберілді. Оның 11 мыңы бұғатталды.", {"kind": "online", "count": 11000}),
    # bundles and sacks ("бума", "дорба") are packages
    # transfers stopped are a turnover (GUIDE: suspended transactions)
    ("Есірткі сатушылардың 20 млн теңгеден астам қаржы операциялары тоқтатылды.",
     {"kind": "money", "amount": 20_000_000, "role": "turnover"}),
    # people counted with nothing done to them yet and one more after "мен": one group the later plural acts on
    ("Көлікте екі шетел азаматы мен жүргізуші болған. Күдіктілер ұсталып, қамауға алынды.",
     {"kind": "people", "count": 3, "action": "arrested"}),
    ("Оның үйінен 14 бума героин тәркіленді.",
     {"kind": "seizure", "count": 14, "unit": "pieces", "substance": "heroin"}),
    # "him" before a verb done to people is a person named before
    ("Сот оны 6 жылға бас бостандығынан айыру жазасына кесті.", {"kind": "people", "count": 1, "action": "charged"}),
    # ... with a term in words between ("екі айға"); custody after a detention is that person's stronger action
    ("Сот оны екі айға қамауға алды.", {"kind": "people", "count": 1, "action": "arrested"}),
    ("Көкшетауда есірткі тасымалдаушы ұсталды. Сот оны 2 айға қамауға алды.",
     {"kind": "people", "count": 1, "action": "arrested"}),
    # a verb right after a sum is its own, whatever the words before say of where the money came from; chained
    # verbs give the strongest stage
    ("Есірткі сатудан түскен 25 млн теңге тәркіленді.", {"kind": "money", "amount": 25e6, "role": "seized"}),
    ("Сот заңсыз табылған 9 млн теңгені тәркілеп, мемлекет кірісіне айналдырды.",
     {"kind": "money", "amount": 9e6, "role": "forfeited"}),
    # illegal income is turnover
    ("Агенттік 900 млн теңгеден астам заңсыз табысты анықтады.", {"kind": "money", "role": "turnover"}),
    ("Шымкентте есірткі сатқан үш тұрғын қамауға алынды.",
     {"kind": "people", "count": 3, "action": "arrested", "region": "KZ-79"}),
    ("Елімізде жыл басынан бері 120 есірткі қылмысы тіркелді.", {"kind": "crimes", "count": 120, "region": "KZ"}),
    ("Республика бойынша 3 мыңнан астам құқық бұзушылық анықталды.",
     {"kind": "crimes", "count": 3000, "region": "KZ"}),
    ("Павлодар облысында екі есірткі зертханасы жойылды.", {"kind": "labs", "count": 2, "region": "KZ-55"}),
    ("Созақ ауданында Түркістан облысы полициясы плантация анықтады. Жамбыл облысының екі тұрғыны ұсталды. "
     "Тәркіленген өсімдіктердің салмағы 90 келіні құрады.",  # where the people live is not where it was
     {"kind": "seizure", "kg": 90.0, "region": "KZ-61"}),
    ("Есірткі сатушылардың жалпы айналымы 12 млрд теңгеден асады.",
     {"kind": "money", "amount": 12e9, "currency": "KZT", "role": "turnover"}),
    ("Есірткі сатушылардың жалпы айналымы 7 млрд теңге болған.",
     {"kind": "money", "amount": 7e9, "currency": "KZT", "role": "turnover"}),
    ("Биыл мемлекет кірісіне 12 млн 250,5 мың теңге тәркіленді.",  # a sum in two scales, forfeited
     {"kind": "money", "amount": 12250500.0, "currency": "KZT", "role": "forfeited"}),
    ("Тәркіленген есірткінің құны 3 миллион АҚШ долларынан асады.",
     {"kind": "money", "amount": 3e6, "currency": "USD", "role": "value"}),
    ("Жыл басынан бері есірткі сататын 240 сайт бұғатталды.", {"kind": "online", "count": 240}),
    ("Полиция 2 ұйымдасқан қылмыстық топ пен 5 интернет-дүкеннің жұмысын тоқтатты.",
     {"kind": "groups", "count": 2}),
    ("Есірткі тасымалдаған күдікті Ақтауда ұсталды.",  # one person named without a number, before the verb
     {"kind": "people", "count": 1, "action": "detained", "region": "KZ-47"}),
    ("Полицейлер Көкшетауда 40 жастағы тұрғынды ұстады.",
     {"kind": "people", "count": 1, "action": "detained", "region": "KZ-11"}),
    ("БҚО-да 7 келі кептірілген қарасора тәркіленді.",
     {"kind": "seizure", "kg": 7.0, "substance": "marijuana", "region": "KZ-27"}),
    # one lab, group or channel named without a number, with what was done to it
    ("Полиция Теміртауда синтетикалық есірткі өндіретін зертхананы жойды.", {"kind": "labs", "count": 1}),
    # a lab searched is a lab uncovered
    ("Полиция Семейде жасырын зертхананы тінтті.", {"kind": "labs", "count": 1}),
    ("Ақтөбеде ұйымдасқан қылмыстық топтың қызметі тоқтатылды.", {"kind": "groups", "count": 1}),
    ("Полицейлер ірі есірткі тобын әшкереледі.", {"kind": "groups", "count": 1}),
    ("Есірткі сататын Telegram-арна бұғатталды.", {"kind": "online", "count": 1}),
    ("Облыста он бес адам ұсталды.", {"kind": "people", "count": 15}),
    ("Полицейлер Таразда 12 жарым келі кептірілген марихуана тәркіледі.",  # "and a half" after the number
     {"kind": "seizure", "kg": 12.5, "substance": "marijuana"}),
    ("Жыл басынан бері облыста 1 жарым мыңға жуық құқықбұзушылық тіркелді.", {"kind": "crimes", "count": 1500}),
    ("Күдіктіден жарты келіге жуық синтетикалық есірткі табылды.", {"kind": "seizure", "kg": 0.5}),
    ("Биыл облыста 19 килограмм, 822 грамм есірткі тәркіленді.", {"kind": "seizure", "kg": 19.822}),
    ("Облыста жыл басынан бері 485 кг-нан астам марихуана тәркіленді.",  # a case ending after "кг"
     {"kind": "seizure", "kg": 485.0, "substance": "marijuana"}),
    ("Тінту кезінде ұнтақ салынған 19 орама тәркіленді.", {"kind": "seizure", "count": 19, "unit": "pieces"}),
    ("Зертханадан 140 литрден астам прекурсорлар тәркіленді.",
     {"kind": "seizure", "count": 140, "unit": "litres", "substance": "precursors"}),
    ("Аулада өсірілген 45 түп сора тәркіленді.",
     {"kind": "seizure", "count": 45, "unit": "plants", "substance": "marijuana"}),
    ("Есірткі жасау үшін пайдаланылатын 2 тоннадан аса химиялық реагенттер тәркіленді.",
     {"kind": "seizure", "kg": 2000.0, "substance": "precursors"}),
    ("Таразда 42 жастағы қала тұрғыны қамақта отыр, одан 3 келі гашиш тәркіленді.",  # in custody
     {"kind": "people", "count": 1, "action": "arrested"}),
    ("Зертхана иелері ұсталды, үшеуі де кінәлі деп танылып, сотталды.",  # the verb after its people
     {"kind": "people", "count": 3, "action": "charged"}),
    ("Полицейлер Астанада екі жас қызды ұстады, олардан есірткі табылды.",
     {"kind": "people", "count": 2, "action": "detained"}),
    ("Ақтөбеде күдікті уақытша ұстау изоляторына қамалды, одан 2 келі гашиш тәркіленді.",  # ИВС: detained
     {"kind": "people", "count": 1, "action": "detained"}),
    ("Ішкі істер министрлігінің мәліметінше, жыл басынан бері 2 тоннадан астам есірткі тәркіленді.",
     {"kind": "seizure", "kg": 2000.0, "region": "KZ"}),  # a national body's statistic
    ("Елде жыл басынан бері 900 есірткі қылмысы тіркелді.", {"kind": "crimes", "count": 900, "region": "KZ"}),
    ("Полиция он есірткі зертханасын жойды.", {"kind": "labs", "count": 10}),
    # a unit with no number, its hedge after it: one ("тоннаға жуық" nearly a tonne)
    ("Былтыр облыста тоннаға жуық марихуана тәркіленді.", {"kind": "seizure", "kg": 1000, "substance": "marijuana"}),
    ("Тінту кезінде келіден астам героин табылды.", {"kind": "seizure", "kg": 1, "substance": "heroin"}),
    # a shop stopped: "тосқауыл қойды" (put a barrier to), "жолын кесті" (cut its way); not a trafficking channel
    ("Полицейлер синтетика сатқан интернет-дүкенге тосқауыл қойды.", {"kind": "groups", "count": 1}),
    ("Тергеушілер есірткі сатқан онлайн-дүкеннің жолын кесті.", {"kind": "groups", "count": 1}),
    # sites found or exposed are online resources ("тапты", "анықтады"), as blocked ones are
    ("Полицейлер есірткі жарнамалайтын 31 сайтты тапты.", {"kind": "online", "count": 31}),
    ("Биыл синтетика сататын 64 сайт әшкереленді.", {"kind": "online", "count": 64}),
    # the drugs seized, told before ("тәркіленген есірткі"), take the substance the sentence before named
    ("Жүргізушінің көлігінен үш қап гашиш табылды. Тәркіленген есірткінің салмағы 41 келі болды.",
     {"kind": "seizure", "kg": 41, "substance": "hashish"}),
    # "аса ірі көлемде" (in an especially large amount) between a number and its noun
    ("Жыл басынан бері 3 аса ірі көлемде сақтау дерегі тіркелді.", {"kind": "crimes", "count": 3}),
    # an aside in brackets between the person and the verb is skipped
    ("Күдікті жігіт өз үйінде (Абай көшесі) ұсталды.", {"kind": "people", "count": 1, "action": "detained"}),
    # a head written with a prefix: "фито-" (a lab growing plants), "нарка-"
    ("Маусымнан бері облыста төрт фитозертхана анықталды.", {"kind": "labs", "count": 4}),
    ("Полиция екі наркозертхананы жойды.", {"kind": "labs", "count": 2}),
    # "Бұған дейін ..." tells another story: its place does not place the figure before it
    ("Полиция 5 келі гашиш тәркіледі.\nБұған дейін Семейде бір тұрғын ұсталды.",
     {"kind": "seizure", "kg": 5.0, "region": None}),
    # placed in the temporary holding cell (ИВС) is detained, whatever verb puts them there
    ("Таразда күдікті ұсталып, уақытша ұстау изоляторына қамаққа алынды.",
     {"kind": "people", "count": 1, "action": "detained"}),
    # places joined by "және" / "мен" are several: no one region
    ("Павлодар және Қостанай облыстарында 9 адам ұсталды.", {"kind": "people", "count": 9, "region": None}),
    # a foreign country in Kazakh, in the locative, is abroad; its citizen in Kazakhstan is not
    ("Өзбекстанда 80 келі героин тәркіленді.", {"kind": "seizure", "region": "abroad"}),
    ("Ресей азаматы Ақтөбеде ұсталды.", {"kind": "people", "region": "KZ-15"}),
    # a head noun with a case ending ("қылмысын", "сайтты") is that head; a dative count before a comparative is a
    # difference; a day of a month is a date
    ("Полиция жыл басынан бері 85 есірткі қылмысын анықтады.", {"kind": "crimes", "count": 85}),
    ("Облыста 40 есірткі қылмысы тіркелді. Бұл өткен жылмен салыстырғанда 14 фактіге көп.",
     {"kind": "crimes", "count": 40}),
    ("12 наурыз күні есірткі қылмысына қатысты Тараз тұрғыны ұсталды.", {"kind": "people", "count": 1}),
    # a substance named with a case ending ("героинді", "гашиштің", "мефедронның"): built on its name
    ("Күдіктінің көлігінен 4 келі героинді тапты.", {"kind": "seizure", "kg": 4.0, "substance": "heroin"}),
    ("Тәркіленген гашиштің салмағы 600 грамм.", {"kind": "seizure", "kg": 0.6, "substance": "hashish"}),
    ("Зертханадан 7 келі мефедронның тәркіленгені белгілі болды.",
     {"kind": "seizure", "kg": 7.0, "substance": "mephedrone"}),
    # what a person was caught with, between the person and the verb
    ("Бекетте 30 жастағы тұрғын 3 келі гашишпен ұсталды.", {"kind": "people", "count": 1, "action": "detained"}),
    ("Вокзалда курьер синтетикалық есірткімен қолға түсті.", {"kind": "people", "count": 1}),
    # two singular people joined by "мен" are two; one after people counted is one more
    ("Бекетте жүргізуші мен жолаушы ұсталды.", {"kind": "people", "count": 2}),
    ("Полиция үш курьер мен Тараз қаласының тұрғынын ұстады.", {"kind": "people", "count": 1}),
    ("Сот 4 айыпталушыны кінәлі деп таныды.", {"kind": "people", "count": 4, "action": "charged"}),
    # a verdict passed on people named in the dative ("үкім шығарды": sentenced)
    ("Аудандық сот екі курьерге үкім шығарды.", {"kind": "people", "count": 2, "action": "charged"}),
    # a sum followed by the drugs it is the worth of; currencies in their case forms
    ("Орал қаласында 2 миллион теңгенің есірткісі тәркіленді.", {"kind": "money", "role": "value"}),
    ("Бекетте 800 мың теңге көлеміндегі синтетикалық есірткі алынды.", {"kind": "money", "role": "value"}),
    ("Курьерден 5 мың доллармен бірге 1 келі гашиш тәркіленді.", {"kind": "money", "currency": "USD"}),
    # people named by their trade; a group's activity banned; money laundered is a turnover
    ("Шымкентте екі фармацевт әкімшілік жауапкершілікке тартылды.",
     {"kind": "people", "count": 2, "action": "charged"}),
    ("Аудандық ауруханада дәрігер ұсталды.", {"kind": "people", "count": 1, "action": "detained"}),
    # taken "into" a temporary holding cell is detained (GUIDE: ИВС), whatever the verb of custody
    ("Күдікті уақытша ұстау изоляторына қамауға алынды.", {"kind": "people", "count": 1, "action": "detained"}),
    # a person named by a participle of what was done to them ("ұсталған күдіктінің"): that action
    ("Ұсталған күдіктінің пәтерінен 200 грамм героин табылды.", {"kind": "people", "count": 1, "action": "detained"}),
    # a companion joined by "мен" is one more (the stem's last consonant voiced before a vowel: "серігі")
    ("Жүргізуші мен оның серігі ұсталды.", {"kind": "people", "count": 2, "action": "detained"}),
    ("Курьер мен оның сыбайласы ұсталды.", {"kind": "people", "count": 2, "action": "detained"}),
    ("Дүкен иесі мен оның көмекшісі ұсталды.", {"kind": "people", "count": 2, "action": "detained"}),
    ("Сатушы әйел мен оның күйеуі қамауға алынды.", {"kind": "people", "count": 2, "action": "arrested"}),
    ("Павлодарда ұйымдасқан қылмыстық топтың қызметі тыйылды.", {"kind": "groups", "count": 1}),
    ("Қостанайда есірткі сатқан желі әшкереленді.", {"kind": "groups", "count": 1}),  # a network, named as such
    # the finished product of a lab making a family of drugs is of that family
    ("Синтетикалық есірткі жасайтын зертхана жойылды. Иесі ұсталды. Одан 2 келі дайын есірткі алынды.",
     {"kind": "seizure", "kg": 2, "substance": "synthetic"}),
    ("Күдіктілердің 40 млн теңгені заңдастырғаны анықталды.", {"kind": "money", "role": "turnover"}),
    # a criminal income, an income made: a turnover
    ("Желінің қылмыстық табысы 25 миллион теңгеден асқан.", {"kind": "money", "role": "turnover"}),
    ("Ол есірткі сатып, 6 миллион теңге табыс тапқан.", {"kind": "money", "role": "turnover"}),
    ("Есірткі саудасынан түскен 30 миллион теңге анықталды.", {"kind": "money", "role": "turnover"}),
    ("Есірткі бизнесінен түскен 40 миллион теңге анықталды.", {"kind": "money", "role": "turnover"}),
    # a place as a bare noun before "тұрғыны" is where the person lives, not where the event was
    ("Теміртауда зертхана жойылды. Зертхана иесі — 40 жастағы Астана тұрғыны қамауға алынды.",
     {"kind": "people", "region": "KZ-35"}),
    # a converb of detaining ("ұстап, ... тәркіледі"): the people it acts on are detained
    ("Полиция екі курьерді ұстап, олардан 3 келі гашиш тәркіледі.", {"kind": "people", "count": 2,
                                                                      "action": "detained"}),
]

NOT_ONE = [  # a thing or person named but not as one: plural, a place, a part of it, a route not a channel
    ("Қарағанды облысында бір топ жас жігіт ұсталды, олардан 3 келі гашиш тәркіленді.", "people"),
    ("Қостанайда есірткі таратушылар ұсталды, олардан 3 келі гашиш тәркіленді.", "people"),
    ("Полиция есірткі зертханаларын жойды.", "labs"),
    ("Оны тінту кезінде 2 келі гашиш тәркіленді.", "people"),  # "it/him" with nothing done to a person
    ("Ол интернет-дүкенде курьер болып жұмыс істеген, 2 келі гашиш тәркіленді.", "groups"),
    ("Шымкентте ҰҚТ 12 мүшесі ұсталды, олар қамауға алынды.", "groups"),
    ("Қостанайда зертхана иелері ұсталды, олардан 2 келі мефедрон тәркіленді.", "labs"),
    ("Есірткі тасымалдау арнасы тоқтатылды.", "online"),
    ("Әлеуметтік желі арқылы есірткі сатқан жігіт ұсталды, одан 5 грамм гашиш тәркіленді.", "groups"),
    ("Полиция есірткі тасымалдау арнасының жолын кесті.", "online"),
    ("Полиция есірткі тасымалдау арнасының жолын кесті.", "groups"),
    ("Курьерлер қала сыртындағы бекеттердің бірінде ұсталды.", "people"),   # plural, however far
    ("Курьер есірткіні сатып жүрген жерінен қашып кетті, ұсталды.", "people"),  # a clause between
]


@pytest.mark.parametrize("text", [
    "Курьер қала сыртындағы бекеттердің бірінде ұсталды.",                # a genitive and a locative between
    "Күдікті өз пәтерінде ұсталды.",
    "Полиция тасымалдаушыны «Көкпекті-Семей» тас жолында ұстады.",         # a road's name in quotes
    "Күдікті есірткі орау кезінде қолға түсті.",                            # what was being done when
    "Топ жетекшісі қолға түсті.",                                          # "топ" is whose, not how many
    "Цех иесі, Павлодар қаласының 44 жастағы тұрғыны, қамауға алынды.",    # an apposition closed by a comma
    "Қыз дәріханадан шығып келе жатқан кезде қолға түсті.",                 # a whole word, not a stem
    "Закладчик сот үкімімен 9 жылға сотталды.",                            # the noun an instrumental goes with
])
def test_a_kazakh_person_with_adverbials_before_the_verb_is_one(text):
    assert [(f["kind"], f["count"]) for f in extract(Document("kk", text))] == [("people", 1)]


@pytest.mark.parametrize(("text", "kind"), NOT_ONE)
def test_a_kazakh_thing_not_counted_as_one(text, kind):
    assert not [f for f in extract(Document("kk", text)) if f["kind"] == kind]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_a_kazakh_sentence(text, want):
    facts = extract(Document("kk", text))
    assert any(all(f.get(k) == v for k, v in want.items()) for f in facts), facts


def test_people_counted_before_a_verbal_noun_of_holding_are_detained():
    # "ұстағанын хабарлады" (reported that it held): the verb's participle in any case still acts on them
    facts = extract(Document("kk", "Полиция 6 есірткі сатушыны ұстағанын хабарлады."))
    assert [(f["kind"], f["count"], f["action"]) for f in facts] == [("people", 6, "detained")]


def test_a_possessive_number_after_a_count_is_its_part_in_its_sentence_or_the_next():
    # "оның 6-сы" (six of them) with no noun of its own; "Оның 15-і ..." opening the next sentence
    for text in ("Облыста 11 есірткі зертханасы жойылды, оның 3-і Теміртауда.",
                 "Облыста 11 есірткі зертханасы жойылды. Оның 3-і Теміртауда анықталды."):
        facts = extract(Document("kk", text))
        assert [(f["kind"], f["count"], f["total"]) for f in facts] == [("labs", 11, True), ("labs", 3, False)], text
    facts = extract(Document("kk", "Биыл 52 есірткі қылмысы тіркелді. Оның 12-сі есірткі сату фактісі."))
    assert [(f["count"], f["total"]) for f in facts] == [(52, True), (12, False)]
    facts = extract(Document("kk", "Биыл 40 есірткі қылмысы тіркелді. Солардың 15-і есірткі сату фактілері."))
    assert [(f["count"], f["total"]) for f in facts] == [(40, True), (15, False)]  # "солардың": of those


def test_kazakh_people_among_those_held_are_a_described_subset():
    text = "Оралда 7 закладчик ұсталды. Ұсталғандардың арасында 3 кәмелетке толмаған жасөспірім бар."
    assert [(f["kind"], f["count"]) for f in extract(Document("kk", text))] == [("people", 7)]


def test_a_possessive_part_done_to_people_is_of_the_people_counted_not_of_the_crimes_before():
    text = "Былтыр облыста 310 есірткі қылмысы тіркеліп, 120 адам ұсталды. Оның 70-і қамауға алынды."
    facts = extract(Document("kk", text, published="2025-02-01"))
    assert [(f["kind"], f["count"], f.get("action")) for f in facts] == [
        ("crimes", 310, None), ("people", 120, "detained"), ("people", 70, "arrested")]


@pytest.mark.parametrize(("text", "want"), [
    # an investigation opened against people counted: charged (as "в отношении 169 граждан начаты расследования")
    ("Қостанайда 7 адамға қатысты есірткі тарату фактісі бойынша сотқа дейінгі тергеп-тексеру басталды.",
     [("people", 7, "charged")]),
    ("Қостанайда 7 адамға қатысты қылмыстық іс қозғалды.", [("people", 7, "charged")]),
    # against one suspect named: a case opened, no later stage of the person detained
    ("Қостанайда полиция 30 жастағы ер адамды ұстады. Күдіктіге қатысты сотқа дейінгі тергеп-тексеру басталды.",
     [("people", 1, "detained")]),
])
def test_a_kazakh_investigation_against_people(text, want):
    assert [(f["kind"], f["count"], f["action"]) for f in extract(Document("kk", text))] == want


def test_a_later_stage_in_the_plural_is_all_the_people_counted_in_parts():
    facts = extract(Document("kk", "Шардарада Шымкент қаласының екі тұрғыны және облыстың бір тұрғыны ұсталды. "
                                   "Олардан 5 келі марихуана тәркіленді. Күдіктілер қамауға алынды."))
    assert [(f["kind"], f.get("count"), f.get("action")) for f in facts if f["kind"] == "people"] == [
        ("people", 2, "arrested"), ("people", 1, "arrested")]


def test_a_forensic_finding_named_as_a_compound_names_the_drug():
    # "сот-сараптамасы" (forensic expertise) is an expertise as much as "сараптама"
    facts = extract(Document("kk", "Көліктен 12 орама табылды, онда синтетикалық есірткі болуы мүмкін. "
                                   "Сот-сараптамасының қорытындысы бойынша заттың мефедрон екені анықталды."))
    assert [(f["kind"], f.get("count"), f.get("substance")) for f in facts] == [("seizure", 12, "mephedrone")]


def test_those_held_named_in_the_plural_take_a_later_stage():
    facts = extract(Document("kk", "Тексеру кезінде Атырау қаласының төрт тұрғыны ұсталды. Ұсталғандар сот шешімімен "
                                   "қамауға алынды."))
    assert [(f["kind"], f.get("count"), f.get("action")) for f in facts] == [("people", 4, "arrested")]


def test_people_still_sought_are_no_fact():
    facts = extract(Document("kk", "Рейд кезінде төрт күдікті қамауға алынды, тағы екеуі іздестірілуде."))
    assert [(f["kind"], f.get("count")) for f in facts] == [("people", 4)]


def test_a_headline_count_the_body_tells_as_a_subset_is_no_fact():
    facts = extract(Document("kk", "Қостанайда 15 шетелдік жауапқа тартылды\n\nҚостанай облысында жыл басынан бері "
                                   "300-ден астам адам, соның ішінде 15 шетелдік азамат қылмыстық жауапкершілікке "
                                   "тартылды. Олардың көбі 30 жасқа толмаған жастар.", published="2024-10-15"))
    assert [(f["kind"], f.get("count")) for f in facts] == [("people", 300)]


def test_a_headline_figure_and_the_bodys_kazakh_floor_of_it_are_one():
    facts = extract(Document("kk", "Облыста 147 есірткі қылмысы анықталды\n\nОблыста жыл басынан бері 140-тан астам "
                                   "есірткі қылмысы анықталды. Оның ішінде 60 есірткі өткізу фактісі тіркелді. "
                                   "Полиция департаменті есірткі саудасына қарсы жұмысты жалғастырып жатқанын және "
                                   "тұрғындарды сақ болуға шақыратынын хабарлады.",
                             published="2024-10-15"))
    assert [(f["kind"], f.get("count"), f["total"]) for f in facts] == [("crimes", 147, True), ("crimes", 60, False)]


@pytest.mark.parametrize("text", [
    "Көліктен 25 орамға салынған 1,8 келі гашиш табылды.",          # packages, then the mass they held
    "Үйінен жалпы салмағы 1,8 келі болатын 25 орам гашиш табылды.",  # the mass, then its packages
])
def test_kazakh_packages_with_their_mass_are_one_seizure(text):
    facts = extract(Document("kk", text))
    assert [(f["kind"], f.get("kg"), f.get("count")) for f in facts] == [("seizure", 1.8, None)]


def test_kazakh_packages_of_another_drug_after_a_mass_stay():
    facts = extract(Document("kk", "Үйден 2 келі марихуана және 15 орам героин табылды."))
    assert [(f.get("kg"), f.get("count")) for f in facts] == [(2.0, None), (None, 15.0)]


def test_both_of_them_after_two_counted_are_the_two_with_their_later_stage():
    facts = extract(Document("kk", "Полицейлер екі жігітті ұстады. Екеуі де қамауға алынды."))
    assert [(f["count"], f["action"]) for f in facts if f["kind"] == "people"] == [(2, "arrested")]


def test_all_of_them_convicted_later_is_a_stage_of_its_own():
    # custody goes on in one fact (detained, then arrested); a verdict on the same people is a fact of its own
    facts = extract(Document("kk", "Полицейлер үш жігітті ұстады. Сот үкімімен үшеуі де кінәлі деп танылды."))
    assert [(f["count"], f["action"]) for f in facts if f["kind"] == "people"] == [(3, "detained"), (3, "charged")]
    facts = extract(Document("ru", "Полицейские задержали трёх парней. Все трое осуждены."))
    assert [(f["count"], f["action"]) for f in facts if f["kind"] == "people"] == [(3, "detained"), (3, "charged")]


def test_a_person_named_by_a_participle_after_people_counted_is_one_of_them():
    facts = extract(Document("kk", "Шымкентте екі ер адам ұсталды. Ұсталған күдіктінің пәтерінен 200 грамм героин "
                                   "табылды."))
    assert [(f["kind"], f.get("count")) for f in facts if f["kind"] == "people"] == [("people", 2)]


def test_a_counted_person_is_not_counted_again_as_one():
    facts = extract(Document("kk", "Қостанайда үш тұрғын ұсталды."))
    assert [(f["kind"], f["count"]) for f in facts] == [("people", 3)]


def test_russian_words_that_look_like_kazakh_ones_stay_russian():
    """"его" (Russian "он") is no number ten, in a Russian article."""
    facts = extract(Document("ru", "В Таразе задержаны 25-летний мужчина и его сожительница."))
    assert [(f["kind"], f["count"]) for f in facts] == [("people", 2)]


LATIN = [
    ("Mańǵystaý oblysynda polısıa 3 keli 200 gramm geroın tárkiledi.",
     {"kind": "seizure", "kg": 3.2, "substance": "heroin", "region": "KZ-47", "quote": "3 keli 200 gramm geroın"}),
    ("Shymkent qalasynda 12 ınternet saıt buǵattaldy.",
     {"kind": "online", "count": 12, "region": "KZ-79", "quote": "12 ınternet saıt"}),
    ("Qostanaı oblysynda 5 gramm gashısh tárkilendi.",  # "sh" is one letter: the quote keeps both
     {"kind": "seizure", "kg": 0.005, "substance": "hashish", "region": "KZ-39", "quote": "5 gramm gashısh"}),
]


@pytest.mark.parametrize(("text", "want"), LATIN)
def test_a_kazakh_sentence_in_the_latin_script(text, want):
    """Latin-script Kazakh is read in Cyrillic letters (data/reference/kk_latin.csv); the quote is as written."""
    facts = extract(Document("kk-latn", text))
    assert any(all(f.get(k) == v for k, v in want.items()) for f in facts), facts


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("saıt", "сайт"), ("marıhýana", "марихуана"), ("Qostanaı", "Қостанай"), ("Shymkent", "Ш\u200bымкент"),
])
def test_latin_letters_keep_their_offsets(latin, cyrillic):
    from etl.language import transliterate
    assert transliterate(latin) == cyrillic


@pytest.mark.parametrize(("word", "stem"), [
    ("келіден", "келі"),            # ablative
    ("тоннаға", "тонна"),           # dative
    ("грамнан", "грамм"),           # a doubled last letter written once before an ending
    ("килограмнан", "килограмм"),
    ("бұталары", "бұта"),           # plural and possessive
    ("таблеткаларын", "таблетка"),  # plural, possessive, accusative
    ("түбі", "түп"),                # a voiced last consonant
    ("түйіншегі", "түйіншек"),
    ("орамада", "орама"),
    ("грам", "грамм"),              # the doubled last letter lost, no ending
    ("тонне", None),                # Russian forms are pymorphy3's, not these endings'
    ("граммах", None),
    ("кгда", None),                 # too short a stem without a hyphen
])
def test_a_kazakh_unit_word_is_its_stem_and_endings(word, stem):
    from etl.language import kazakh_stem
    from etl.vocab import unit_words

    assert kazakh_stem(word, unit_words()) == stem


@pytest.mark.parametrize(("text", "kg"), [
    ("Ауданда 120 килограмнан астам марихуана тәркіленді.", 120),
    ("Көліктен 3 тоннаға жуық қарасора табылды.", 3000),
    ("Үйден 45 грамнан асатын героин алынды.", 0.045),
])
def test_a_kazakh_mass_with_its_endings(text, kg):
    facts = [f for f in extract(Document("kk", text)) if f["kind"] == "seizure"]
    assert [f["kg"] for f in facts] == [kg]


@pytest.mark.parametrize(("text", "region"), [
    ("Алматыдан Шымкентке есірткі тасымалдаған күдікті ұсталды.", None),        # from one city to another
    ("Қарағандыға бара жатқан көліктен 5 келі гашиш тәркіленді.", None),        # where the car was going
    ("Алматы қаласынан келген көліктен 5 келі гашиш тәркіленді.", None),        # the settlement word's ending
    ("Түркістанда 5 келі гашиш тәркіленді.", "KZ-61"),                          # a locative: where it happened
    ("Түркістан облысына қарасты ауылда 5 келі гашиш тәркіленді.", "KZ-61"),    # a village belonging to it
    ("Павлодарда Алматыдан келген көліктен 5 келі гашиш тәркіленді.", "KZ-55"),
])
def test_a_kazakh_place_in_the_ablative_or_dative_is_not_where_it_happened(text, region):
    facts = [f for f in extract(Document("kk", text)) if f["kind"] == "seizure" or f["kind"] == "people"]
    assert facts and {f["region"] for f in facts} == {region}, facts


@pytest.mark.parametrize(("text", "region"), [
    ("Астанада 5 келі гашиш тәркіленді.", "KZ-71"),            # a city written as in Russian, in the locative
    ("Шымкенттегі пәтерден 5 келі гашиш тәркіленді.", "KZ-79"),  # its attributive locative
    ("Оңтүстік астанада 5 келі гашиш тәркіленді.", "KZ-75"),   # "the southern capital" is Almaty, not Astana
    ("Таразда 5 келі гашиш тәркіленді.", "KZ-31"),
    # where the driver lives, with an age between, is not where the car was stopped
    ("Аягөз бекетінде Өскемен қаласының 32 жастағы тұрғыны тізгіндеген көліктен 5 келі гашиш табылды.", "KZ-10"),
])
def test_a_city_written_as_in_russian_with_kazakh_endings(text, region):
    facts = extract(Document("kk", text))
    assert [f["region"] for f in facts] == [region]


@pytest.mark.parametrize(("text", "region"), [
    # a region's genitive before its district in the locative qualifies the district, not a citizen after it
    ("Жамбыл облысының Шу ауданында Қырғызстан азаматы 3 келі гашишпен ұсталды.", "KZ-31"),
    # a country in the genitive owning the place in the locative: abroad; owning a person: no place
    ("Қырғызстанның Ош қаласында екі жігіт 5 келі гашишпен ұсталды.", "abroad"),
    ("Өзбекстанның азаматы Шымкент қаласында 5 келі гашишпен ұсталды.", "KZ-79"),
])
def test_a_kazakh_genitive_owns_the_place_after_it_not_the_person(text, region):
    facts = extract(Document("kk", text))
    assert [(f["kind"], f["region"]) for f in facts] == [("people", region), ("seizure", region)], facts


@pytest.mark.parametrize("text", [
    "Дүкеннің Instagram-дағы парақшасы бұғатталды.",      # a page blocked
    "Полиция есірткі жарнамалаған 12 аккаунтты бұғаттады.",  # accounts blocked, with the Kazakh ending
])
def test_kazakh_pages_and_accounts_blocked_are_online(text):
    assert [f["kind"] for f in extract(Document("kk", text))] == ["online"]


def test_where_a_kazakh_person_lives_is_not_where_the_event_was():
    # "Өскеменде тұратын" (who lives in Oskemen): the next sentence's seizure is the event's place's, not several
    text = "Өскеменде тұратын 30 жастағы ер адам Семейде қолға түсті. Одан 12 орам героин алынды."
    facts = extract(Document("kk", text))
    assert [(f["kind"], f["region"]) for f in facts] == [("people", "KZ-10"), ("seizure", "KZ-10")], facts


def test_two_kazakh_persons_joined_with_their_ages_before_a_clause_are_two():
    facts = extract(Document("kk", "Оралда 19 жастағы жігіт пен 17 жастағы қыз есірткі сатып жүрген жерінен ұсталды."))
    assert [(f["kind"], f["count"], f["action"]) for f in facts] == [("people", 2, "detained")]


@pytest.mark.parametrize(("text", "counts"), [
    ("Облыста 40 қылмыстық іс қозғалды.", [40]),                            # criminal cases opened
    ("Былтыр 900-ге жуық іс тіркелген, соның 300-ден астамына қылмыстық іс қозғалған.", [900, 300]),
    ("Биыл 120 құқық бұзушылық анықталды, оның 45-і ауыр санаттағы қылмыстарға жатады.", [120, 45]),
    ("Прокурорлар үш қылмыстық істі тергеуді аяқтады.", []),                 # a case closed, not a crime found
    ("Полиция «Көкнәр – 2024» іс-шарасын өткізді.", []),                     # a year closing an operation's name
    # items named by their kind before a dash, in the sentence after the total; cases sent to court are no fact
    ("Облыста 90 есірткі қылмысы тіркелді. Оның ішінде есірткі сату — 31, сақтау — 44.", [90, 31, 44]),
    ("Былтыр 52 қылмыстық іс тіркеліп, олардың 40-ы сотқа жолданды.", [52]),
])
def test_kazakh_counts_of_crimes_and_cases(text, counts):
    assert [f["count"] for f in extract(Document("kk", text)) if f["kind"] == "crimes"] == counts


@pytest.mark.parametrize(("text", "want"), [
    # what could have been made or sold is no seizure (Russian: the cue before; Kazakh: after, the verb last)
    ("Из изъятого сырья можно было бы изготовить 3 тонны гашиша.", []),
    ("Әр түптен 300 грамнан есептегенде 2 тоннаға жуық марихуана нарыққа түсуі мүмкін еді.", []),
    ("Тұрғыннан 3 келі марихуана тәркіленді, одан 10 мың доза жасауға болар еді.", [3]),
    # plants destroyed in the field are no seizure; plants taken from a yard are
    ("Далада 40 мыңнан астам қарасора бұталары жойылды.", []),
    ("Тұрғынның ауласынан 45 түп қарасора тәркіленді.", [45]),
])
def test_what_could_have_been_and_plants_destroyed_are_no_seizures(text, want):
    facts = [f for f in extract(Document("kk", text)) if f["kind"] == "seizure"]
    assert [f["kg"] if f["kg"] is not None else f["count"] for f in facts] == want


@pytest.mark.parametrize(("text", "region"), [
    ("Сарыағаш ауданында 5 келі гашиш тәркіленді.", "KZ-61"),     # Kazakh letters folded to the Russian name
    ("Бәйдібек ауданында 5 келі гашиш тәркіленді.", "KZ-61"),
    ("Жуалы ауданында 5 келі гашиш тәркіленді.", "KZ-31"),        # the Russian stem has one letter more
    ("Қордай ауданының аумағында 5 келі гашиш тәркіленді.", "KZ-31"),
    ("Жаңа ауданында 5 келі гашиш тәркіленді.", None),            # no such district
])
def test_a_kazakh_district_is_found_through_the_russian_gazetteer(text, region):
    assert [f["region"] for f in extract(Document("kk", text))] == [region]


@pytest.mark.parametrize("text", [
    "Шымкентте есірткі тасымалдаған күдікті ұсталды. Сондай-ақ полицейлер жергілікті тұрғынды да ұстады.",  # "also"
    "Шымкентте есірткі тасымалдаған күдікті ұсталды. Кейін тағы бір күдікті ұсталды.",       # "another one"
])
def test_a_further_kazakh_person_is_not_the_one_told_before(text):
    assert [f["count"] for f in extract(Document("kk", text)) if f["kind"] == "people"] == [1, 1]


def test_the_same_kazakh_person_named_again_is_one():
    text = "Шымкентте есірткі тасымалдаған күдікті ұсталды. Кейін күдікті қамауға алынды."
    assert [(f["count"], f["action"]) for f in extract(Document("kk", text)) if f["kind"] == "people"] == [
        (1, "arrested")]


@pytest.mark.parametrize(("text", "want"), [
    # a counter word and a quoted name between a number and the thing counted
    ("Пәтерден 640 дана «Прегабалин» капсуласы тәркіленді.", [(640, "pills")]),
    ("Пәтерден 35 «Тропикамид» құтысы тәркіленді.", [(35, "pieces")]),
    # the size of each item is no seizure: Kazakh ablative before a number, Russian "по" after a count
    ("Пәтерден 5 мл-ден 40 құты тәркіленді.", [(40, "pieces")]),
    ("Изъято 40 флаконов «Тропикамида» по 5 мл.", [(40, "pieces")]),
    ("Көліктен 12 келіден астам марихуана тәркіленді.", [(12, None)]),   # an ablative before "астам" is a mass
])
def test_counted_items_with_names_and_sizes(text, want):
    lang = "ru" if "Изъято" in text else "kk"
    facts = [f for f in extract(Document("kk", text), lang) if f["kind"] == "seizure"]
    assert [(f["count"] if f["kg"] is None else f["kg"], f["unit"]) for f in facts] == want


@pytest.mark.parametrize(("text", "counts"), [
    ("Жасы 25 пен 32 арасындағы екі облыс тұрғыны ұсталды.", [2]),           # a range's bounds are no count
    ("Күдікпен бір қазақстандық және екі шетелдік азамат ұсталды.", [1, 2]),   # two counts joined by "және"
    ("Үш айда ғана қазақстандық полицейлер көп жұмыс атқарды.", []),         # "in three months": no count
])
def test_kazakh_counts_of_people_with_ranges_and_time(text, counts):
    assert [f["count"] for f in extract(Document("kk", text)) if f["kind"] == "people"] == counts


@pytest.mark.parametrize("text", [
    "Облыста 40 есірткі қылмысы тіркелді. Бұл өткен жылмен салыстырғанда 14 фактіге көп.",  # more by 14
    "12 наурыз күні есірткі қылмысына қатысты Тараз тұрғыны ұсталды.",  # the 12th of March
])
def test_a_difference_or_a_day_is_not_a_kazakh_count(text):
    counts = {f["count"] for f in extract(Document("kk", text)) if f["kind"] == "crimes"}
    assert not counts & {12, 14}, counts


def test_wild_hemp_mowed_is_not_seized_and_the_reporting_outlet_is_no_channel():
    assert extract(Document("kk", "Облыста 300 тоннаға жуық жабайы қарасора шабылды.")) == []
    assert extract(Document("kk", "Полиция есірткі тасымалдау арнасын тоқтатты, деп жазады Kazinform сайты.")) == []
    facts = extract(Document("kk", "Есірткі сататын Telegram-арна бұғатталды, деп хабарлайды Polisia.kz сайты."))
    assert [(f["kind"], f["count"]) for f in facts] == [("online", 1)]


def test_a_pronoun_in_a_clause_of_its_own_is_the_person_counted_before_it():
    # "ол қолға түсті" after "бір тұрғынның" in the same sentence: the same resident, not one more
    facts = extract(Document("kk", "Бір тұрғынның қорасынан 6 келі марихуана тәркіленді, ол қолға түсті."))
    assert [(f["kind"], f.get("count")) for f in facts if f["kind"] == "people"] == [("people", 1)]


def test_pills_counted_by_tuyir_and_what_was_bought_at_a_pharmacy_is_no_seizure():
    facts = extract(Document("kk", "Оның қалтасынан 40 түйір трамадол табылды."))
    assert [(f["kind"], f["count"], f["unit"]) for f in facts] == [("seizure", 40, "pills")]
    facts = extract(Document("kk", "Дәріханадан рецептсіз 500 құты тропикамид сатып алған курьер ұсталды, "
                                   "одан 70 құты тәркіленді."))
    assert [(f["kind"], f["count"]) for f in facts] == [("people", 1), ("seizure", 70)]


def test_one_persons_case_told_with_last_year_has_no_period():
    facts = extract(Document("kk", "Ол өткен жылы бекетте 4 келі гашишпен ұсталған.", published="2025-03-01"))
    assert [(f["kind"], f["period_start"], f["date"]) for f in facts if f["kind"] == "seizure"] \
        == [("seizure", None, None)]
