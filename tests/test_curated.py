"""Curated CSV input: the figure, the region and the words as written, with a clear error per bad row."""

from pathlib import Path

import pytest

from etl.curated import BadRow, CuratedGroup, parse_row, read_curated

HEADER = "date,region,kind,figure,substance,action_or_role,source_url,quote\n"


def row(**values) -> dict:
    base = {"date": "2025-12-04", "region": "KZ-79", "kind": "seizure", "figure": "6,1 кг", "substance": "мефедрон",
            "action_or_role": "", "source_url": "https://example.kz/a", "quote": "6,1 кг мефедрона"}
    return base | values


CASES = [
    (row(), {"kg": 6.1, "substance": "mephedrone", "region": "KZ-79"}),
    (row(region="в Шымкенте"), {"region": "KZ-79"}),
    (row(region="Чимкент"), {"region": "KZ-79"}),
    (row(region="Мангистауской области"), {"region": "KZ-47"}),
    (row(region="Нур-Султан"), {"region": "KZ-71"}),
    (row(figure="13 тонн 183 килограмма", substance="marijuana"), {"kg": 13183.0, "substance": "marijuana"}),
    (row(figure="123 куста", substance="конопля"), {"count": 123, "unit": "plants", "kg": None}),
    (row(kind="money", figure="1 млрд 155 млн тенге", action_or_role="изъяты"),
     {"amount": 1_155_000_000, "currency": "KZT", "role": "seized"}),
    (row(kind="money", figure="176 тыс. долларов", action_or_role="seized"), {"amount": 176_000, "currency": "USD"}),
    (row(kind="money", figure="$15 млн", action_or_role="стоимость"), {"amount": 15_000_000, "role": "value"}),
    (row(kind="people", figure="двое", action_or_role="задержаны"), {"count": 2, "action": "detained"}),
    (row(kind="people", figure="6", action_or_role="арестованы"), {"count": 6, "action": "arrested"}),
    (row(kind="labs", figure="две"), {"count": 2}),
    (row(date="04.12.2025"), {"date": "2025-12-04"}),
]


@pytest.mark.parametrize(("values", "expected"), CASES)
def test_parse_row(values, expected):
    fact = parse_row(values, Path("c.csv"), 2)
    for key, value in expected.items():
        assert fact[key] == (pytest.approx(value) if isinstance(value, float) else value), (key, fact)


BAD = [
    (row(kind="weapons"), "column kind: 'weapons' is not one of"),
    (row(figure="много"), "column figure: no number in 'много'"),
    (row(figure="5 машин"), "column figure: no unit in '5 машин'"),
    (row(kind="money", figure="5 млн", action_or_role="seized"), "column figure: no currency"),
    (row(region="Марс"), "column region: 'Марс' is not a region"),
    (row(region="Актау и Шымкент"), "names several regions"),
    (row(date="2025-13-40"), "column date: '2025-13-40' is not a date"),
    (row(kind="people", figure="3", action_or_role="пели"), "column action_or_role: 'пели' is not one of"),
    (row(source_url="javascript:alert(1)"), "column source_url: 'javascript:alert(1)' is not an http(s) address"),
    (row(quote=""), "column quote: empty"),
]


@pytest.mark.parametrize(("values", "message"), BAD)
def test_bad_row_names_row_column_and_reason(values, message):
    with pytest.raises(BadRow) as err:
        parse_row(values, Path("c.csv"), 7)
    assert str(err.value).startswith("c.csv, row 7, column ") and message in str(err.value)


def test_file_with_bad_rows_keeps_the_good_ones(tmp_path):
    src = tmp_path / "c.csv"
    src.write_text(HEADER + "2025-12-04,KZ-79,seizure,\"6,1 кг\",мефедрон,,https://a.kz/1,6,1 кг\n"
                   "2025-12-04,KZ-79,seizure,много,мефедрон,,https://a.kz/1,много\n"
                   "2025-12-04,Шымкент,people,24,,detained,https://a.kz/1,задержаны 24 человека\n", encoding="utf-8")
    got = list(read_curated(src))
    errors = [g for g in got if isinstance(g, BadRow)]
    groups = [g for g in got if isinstance(g, CuratedGroup)]
    assert len(errors) == 1 and errors[0].row == 3 and errors[0].column == "figure"
    assert len(groups) == 1 and [f["kind"] for f in groups[0].facts] == ["seizure", "people"]


def test_missing_columns_are_one_error(tmp_path):
    src = tmp_path / "c.csv"
    src.write_text("kind,figure\nseizure,5 кг\n", encoding="utf-8")
    (err,) = list(read_curated(src))
    assert "lacks the column(s) date, region, source_url, quote" in str(err)


def test_bundled_curated_files_parse_without_errors():
    folder = Path(__file__).resolve().parent.parent / "data" / "curated"
    for path in folder.glob("*.csv"):
        got = list(read_curated(path))
        assert not [g for g in got if not isinstance(g, CuratedGroup)], path
        assert all(f["quote"] and (f["url"] or g.source) for g in got for f in g.facts)
