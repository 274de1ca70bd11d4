"""Languages: complete catalogs and Babel formatting of numbers, money, masses and dates per locale."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir

from dashboard import i18n
from etl.vocab import REGION_CODES, SUBSTANCES

NBSP = "\xa0"

FORMATS = [
    (i18n.mass, (6.1, "ru"), f"6,1{NBSP}кг"),
    (i18n.mass, (0.33, "ru"), f"330{NBSP}г"),
    (i18n.mass, (2106.43, "en"), f"2.11{NBSP}t"),
    (i18n.mass, (19400, "kk"), f"19,4{NBSP}т"),
    (i18n.money, (1.2e9, "kzt", "ru"), f"1,2{NBSP}млрд{NBSP}₸"),
    (i18n.money, (500e6, "kzt", "kk"), f"500{NBSP}млн{NBSP}₸"),
    (i18n.money, (176_000, "usd", "en"), "$176K"),
    (i18n.money, (1.2e9, "kzt", "en"), "₸1.2B"),
    (i18n.number, (1234567, "ru"), f"1{NBSP}234{NBSP}567"),
    (i18n.number, (1234567, "en"), "1,234,567"),
    (i18n.day, (date(2025, 12, 4), "en"), "Dec 4, 2025"),
    (i18n.day, (None, "ru"), ""),
]


@pytest.mark.parametrize(("func", "args", "expected"), FORMATS, ids=[repr(e) for *_, e in FORMATS])
def test_formats(func, args, expected):
    assert func(*args).replace("\u202f", NBSP) == expected


def test_separators_for_plotly():
    assert i18n.separators("en") == ".,"
    assert i18n.separators("ru")[0] == ","


def _messages() -> set[str]:
    root = Path(i18n.__file__).parent
    found = extract_from_dir(str(root), keywords={"_": None, "N_": None}, method_map=[("**.py", "python")])
    return {message for _, _, message, _, _ in found if isinstance(message, str)}


def test_every_label_has_a_russian_and_a_kazakh_translation():
    messages = _messages()
    assert len(messages) > 50
    for lang in ("ru", "kk"):
        _ = i18n.gettext(lang)
        missing = sorted(m for m in messages if _(m) == m and m not in ("g", "t"))
        assert not missing, f"{lang}.po lacks: {missing[:5]}"


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_translations_keep_their_placeholders(lang):
    _ = i18n.gettext(lang)
    for message in _messages():
        assert set(re.findall(r"\{\w+\}", _(message))) == set(re.findall(r"\{\w+\}", message)), message


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_region_and_substance_has_a_name(lang):
    regions, substances = i18n.region_labels(lang), i18n.substance_labels(lang)
    assert REGION_CODES | {"KZ", "abroad", "unknown"} == set(regions)
    assert set(substances) == SUBSTANCES
    assert all(regions.values()) and all(substances.values())


def test_an_unknown_language_falls_back_to_russian():
    assert i18n.gettext("fr")("About the data") == "О данных"
