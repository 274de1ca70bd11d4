"""Numbers: GUIDE.md's "Numbers" section, read by etl.numbers."""

import pytest

from etl.numbers import digits_value, read_numbers
from etl.text import tokenize

CASES = [
    ("изъято 6,1 кг", [6.1]),
    ("около 1.5 тонны", [1.5]),
    ("20.000 тенге", [20000]),
    ("кошелёк с 734 228 долларов", [734228]),
    ("более 2 000 кустов", [2000]),
    ("3 400-ден астам қылмыс", [3400]),
    # Kazakh digits with a case ending after a hyphen: accusative, genitive (endings that are also words of their
    # own, "мен", "да", are left out: numbers.csv is also what a number word is)
    ("саны 81-ді құрады", [81]),
    ("оның 24-ін", [24]),
    ("70-тің 12-сі", [70, 12]),
    ("жүргізуші мен жолаушы", []),
    # "сотня", "десяток" after a hedge or a number are figures; "сотни", "десятки" alone are not
    ("около сотни свёртков", [100]),
    ("две сотни таблеток", [200]),
    ("около десятка закладчиков", [10]),
    ("сотни свёртков", []),  # a Kazakh case ending on the last group of thousands
    ("изъято 1 243 ресурса", [1243]),
    ("176 тыс. долларов", [176000]),
    ("80 миллионов тенге", [80_000_000]),
    ("3,7 миллиарда тенге", [3_700_000_000]),
    ("1 млрд 155 млн тенге", [1_155_000_000]),
    ("две нарколаборатории", [2]),
    ("у пяти человек", [5]),
    ("задержаны двое", [2]),
    ("двоих задержанных", [2]),
    ("полтора килограмма", [1.5]),
    ("изъято полмиллиона тенге", [500_000]),
    ("задержаны полсотни закладчиков", [50]),
    ("около полусотни свёртков", [50]),
    ("полтысячи таблеток", [500]),
    ("оборот в полмиллиарда тенге", [500_000_000]),
    ("двух с половиной килограммов", [2.5]),
    ("четырехсот пятидесяти граммов", [450]),
    ("двадцать пять тысяч доз", [25000]),
    ("53 и 55 лет", [53, 55]),
    ("36-летний житель", []),
    ("больше 80-ти килограммов", [80]),
    ("в 2019-м году", []),
    ("более тысячи преступлений", [1000]),
    ("около миллиона тенге", [1_000_000]),
    ("тысячи людей", []),
    # a scale word alone in the singular is one of it; the plural is no number
    ("изъята тысяча доз", [1000]),
    ("нашли тысячу таблеток", [1000]),
    ("изъят миллион тенге", [1_000_000]),
    ("тысяча двести доз", [1200]),
    ("тысячи доз", []),
    ("на полу и на полке", []),
    ("больше миллиарда двухсот миллионов тенге", [1_200_000_000]),
    ("пять тысяч двести доз", [5200]),
    ("2 тысячи 300 кустов", [2300]),
    # digits joined by a hyphen to a word are part of a name
    ("в микрорайоне Айнабулак-2 сотрудниками", []),
    ("операция «Мак-2024» и 5 кг", [5]),
    ("от 2-3 кг", [2, 3]),
    # invisible characters pasted from web pages: the number reads as it shows
    ("изъято 1\u200b500 кг", [1500]),
    ("изъято 2\u2060750 граммов", [2750]),
    ("изъято 1 \u200b500 кг", [1500]),
    ("изъято 3\ufeff,5 кг", [3.5]),
    # a figure only partly digits is not read at all: a fraction, an exponent, letters glued to it
    ("изъято 1/2 кг и 7 кг", [7]),
    ("изъято 3/4 тонны", []),
    ("около 1½ кг", []),
    ("около 5² кг", []),
    ("изъято 1e6 кг", []),
    ("коробка 3x4 и 9 кг", [9]),
    ("автомат АК47 и 4 кг", [4]),
    ("изъято 5кг героина", [5]),
    ("изъято " + "9" * 400 + " кг", []),
    ("уничтожено 12 тысяч 480 кустов", [12480]),     # digits under a whole number of a scale add to it
    ("жалпы 7 мың 215 түп", [7215]),
    ("изъято 2,5 тыс. 300 доз", [2500, 300]),        # not after a fraction of the scale
    ("на 3 млн 14 марта", [3000000, 14]),           # not a day of a month
    # what stands between a number and its unit or scale: an exclamation, the number again in words, a hedge
    ("нашли 52 (!) килограмма", [52]),
    ("целых 7 (!!!) свертков", [7]),
    ("изъяли 9 (?!) пакетов", [9]),
    ("изъято 2 (два) килограмма", [2]),
    ("в количестве 140 (ста сорока) граммов", [140]),
    ("изъято пять (5) свертков", [5]),
    ("изъято 3 (5) кг", [3, 5]),                     # another number in brackets is another number
    ("около 30 с лишним граммов", [30]),
    ("2 с небольшим миллиона тенге", [2_000_000]),
    ("5 с половиной килограммов", [5.5]),
    ("2,5 с половиной", [2.5]),                      # a fraction takes no further half
]


@pytest.mark.parametrize(("text", "hedged"), [("20 с лишним граммов", True), ("7 с небольшим кг", True),
                                              ("20 граммов с лишним весом", False), ("7 с героином", False)])
def test_hedge_after_a_number(text, hedged):
    assert read_numbers(tokenize(text), text)[0].hedged is hedged


@pytest.mark.parametrize(("text", "values"), CASES)
def test_read_numbers(text, values):
    assert [n.value for n in read_numbers(tokenize(text), text)] == pytest.approx(values)


@pytest.mark.parametrize(("raw", "value"), [("6,1", 6.1), ("1.5", 1.5), ("20.000", 20000), ("0.500", 0.5), ("12", 12)])
def test_decimal_and_thousands_marks(raw, value):
    assert digits_value(raw) == value
