"""Vocabularies under data/reference/, checked both ways: every entry valid, every needed entry present."""

import pytest

from etl import units, vocab
from etl.errors import VocabularyError
from etl.text import tokenize


def test_regions_are_the_twenty_iso_units_with_names():
    names = vocab.region_names()
    assert set(names) == vocab.REGION_CODES
    assert all(row["name_en"] and row["name_ru"] and row["name_kk"] for row in names.values())


def test_every_place_names_a_valid_code_and_every_region_is_reachable():
    codes = {value.code for value in vocab.places().phrases.values()}
    assert codes <= vocab.REGION_CODES | {"KZ", "abroad"}
    assert vocab.REGION_CODES <= codes


def test_every_guide_substance_has_a_word():
    named = {value.name for value in vocab.substances().phrases.values()}
    assert named == vocab.SUBSTANCES


def test_heads_and_cues_use_guide_values():
    assert {head.kind for _, head in vocab.heads()} == set(vocab.KINDS) - {"seizure", "money"}
    assert set(vocab.cues("action").phrases.values()) == set(vocab.ACTIONS)
    assert set(vocab.cues("role").phrases.values()) == set(vocab.ROLES)


@pytest.mark.parametrize(("word", "kg"), [("тонна", 1000), ("т", 1000), ("килограмм", 1), ("кг", 1), ("грамм", 0.001),
                                          ("гр", 0.001), ("мг", 0.000001)])
def test_russian_mass_units_through_pint(word, kg):
    unit = units.unit_of(word)
    assert units.is_mass(unit) and units.to_kg(1, unit) == pytest.approx(kg)


@pytest.mark.parametrize(("word", "name"), [("доза", "doses"), ("таблетка", "pills"), ("куст", "plants"),
                                            ("сверток", "pieces"), ("литр", "litres")])
def test_counted_units_stay_apart(word, name):
    assert units.counted(3, units.unit_of(word)) == (3, name)


def test_english_pint_units_are_not_russian_words():
    assert units.unit_of("t") is None and units.unit_of("lb") is None


@pytest.mark.parametrize(("surface", "lemma"), [("Мангистауской", "мангистауский"), ("свёртка", "сверток"),
                                                ("Синтетику", "синтетика"), ("подозреваемых", "подозреваемый")])
def test_vocabulary_words_found_in_every_form(surface, lemma):
    assert tokenize(surface)[0].lemma == lemma


@pytest.mark.parametrize(("kg", "shown"), [(0.33, (330, "g")), (6.1, (6.1, "kg")), (2100, (2.1, "t"))])
def test_mass_shown_in_g_kg_or_t(kg, shown):
    value, unit = units.format_mass(kg)
    assert (round(value, 6), unit) == shown


def test_bad_vocabulary_row_names_file_and_row(tmp_path, monkeypatch):
    (tmp_path / "places.csv").write_text("form,code,type\nмарс,KZ-99,city\n", encoding="utf-8")
    monkeypatch.setattr(vocab, "REFERENCE", tmp_path)
    vocab.places.cache_clear()
    try:
        with pytest.raises(VocabularyError, match=r"places.csv, row 2: code 'KZ-99'"):
            vocab.places()
    finally:
        monkeypatch.undo()
        vocab.places.cache_clear()


def test_every_function_word_category_the_code_asks_for_is_in_the_file():
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "etl"
    asked = {m for path in root.rglob("*.py")
             for m in re.findall(r"function_words\(\s*[\"'](\w+)[\"']", path.read_text(encoding="utf-8"))}
    assert asked, "the grammars ask for function words"
    for category in sorted(asked):
        assert vocab.function_words(category), category


def test_an_unknown_function_word_category_is_an_error_naming_the_file():
    with pytest.raises(VocabularyError, match=r"function_words.csv.*'nonsense'"):
        vocab.function_words("nonsense")
