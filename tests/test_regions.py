"""Regions: Kazakh places, countries abroad (every country's Russian name, from pycountry), foreign bodies.

Every sentence here is written for the test.
"""

import pytest

from etl.vocab import country_forms
from tests.helpers import facts_of

ABROAD = [
    ("В Бразилии полиция изъяла 3 тонны кокаина.", "abroad"),
    ("В Нидерландах задержаны 12 человек.", "abroad"),
    ("На территории Эквадора изъято 800 кг кокаина.", "abroad"),
    ("Полиция Испании изъяла 500 кг гашиша.", "abroad"),
    ("Таможня Германии обнаружила 40 кг героина.", "abroad"),
    ("В Монголии ликвидированы 2 нарколаборатории.", "abroad"),
    ("В Шымкенте у граждан Узбекистана изъято 5 кг героина.", "KZ-79"),
    ("В Павлодаре задержан гражданин Германии с 2 кг гашиша.", "KZ-55"),
]


@pytest.mark.parametrize(("text", "region"), ABROAD)
def test_a_figure_is_placed_where_the_event_was(text, region):
    facts = facts_of(text)
    assert facts and all(f["region"] == region for f in facts), facts


def test_every_country_but_kazakhstan_has_a_russian_name():
    forms = set(country_forms())
    assert {"бразилия", "нидерланды", "эквадор", "монголия", "испания"} <= forms
    assert "казахстан" not in forms
    assert not {"тот", "чадо", "сахар"} & forms  # "Того", "Чад", "Западная Сахара" are not common words
