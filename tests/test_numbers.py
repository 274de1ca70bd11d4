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
    ("двух с половиной килограммов", [2.5]),
    ("четырехсот пятидесяти граммов", [450]),
    ("двадцать пять тысяч доз", [25000]),
    ("53 и 55 лет", [53, 55]),
    ("36-летний житель", []),
]


@pytest.mark.parametrize(("text", "values"), CASES)
def test_read_numbers(text, values):
    assert [n.value for n in read_numbers(tokenize(text), text)] == pytest.approx(values)


@pytest.mark.parametrize(("raw", "value"), [("6,1", 6.1), ("1.5", 1.5), ("20.000", 20000), ("0.500", 0.5), ("12", 12)])
def test_decimal_and_thousands_marks(raw, value):
    assert digits_value(raw) == value
