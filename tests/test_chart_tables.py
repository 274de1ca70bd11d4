"""A chart's table view holds exactly the numbers the chart draws; an exported image says which filters it
shows (figures.table_of, figures.describe_filters, figures.with_export)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard import figures, i18n
from dashboard.population import Population
from dashboard.queries import Meta
from dashboard.state import Filters

META = Meta(3, None, None)


def test_a_stacked_time_chart_gives_a_row_per_period_a_column_per_series_and_their_total():
    df = pd.DataFrame({"period": ["2019", "2019", "2021"], "substance": ["heroin", "hashish", "heroin"],
                       "seizure_kg": [5.0, 2.5, 7.0]})
    table = figures.table_of(figures.seizures(df, META, "en"), "en")
    names = i18n.substance_labels("en")
    assert table["columns"] == [names["heroin"], names["hashish"], "Total"]
    assert table["rows"] == [["2019", 5.0, 2.5, 7.5], ["2021", 7.0, None, 7.0]]  # 2020 has no data: no row
    assert table["unit"] == "Seized, kg" and table["index"] == "Period"


def test_the_table_is_in_the_chart_unit_when_the_chart_counts_tonnes():
    df = pd.DataFrame({"period": ["2024-Q1", "2024-Q3"], "substance": ["heroin", "heroin"],
                       "seizure_kg": [12_000.0, 500.0]})
    table = figures.table_of(figures.seizures(df, META, "en"), "en")
    assert table["unit"] == "Seized, t" and table["rows"] == [["2024-Q1", 12.0], ["2024-Q3", 0.5]]


def test_people_are_not_totalled_across_legal_stages():
    """Detained, arrested and charged are stages of the same people: the table has no total column."""
    df = pd.DataFrame({"period": ["2024-05", "2024-06"], "detained": [4, 2], "arrested": [1, 0], "charged": [0, 3]})
    table = figures.table_of(figures.people(df, META, "en"), "en")
    assert table["columns"] == ["Detained", "Arrested", "Charged"]
    assert table["rows"] == [["2024-05", 4, 1, 0], ["2024-06", 2, 0, 3]]


def test_money_table_is_in_the_axis_unit():
    df = pd.DataFrame({"period": ["2023", "2023"], "role": ["seized", "forfeited"], "value": [3e6, 1.5e6]})
    table = figures.table_of(figures.money(df, "usd", META, "en"), "en")
    assert table["unit"] == "Confiscated, million $"
    assert table["rows"] == [["2023", 3.0, 1.5, 4.5]]


def test_map_and_ranking_tables_list_regions_largest_first():
    values = pd.Series({"KZ-75": 3.0, "KZ-79": 10.0})
    codes = ["KZ-75", "KZ-79", "KZ-71"]
    names = i18n.region_labels("en")
    table = figures.table_of(figures.region_map(values, {}, codes, "seizure_kg", (), META, "en"), "en")
    assert [row[0] for row in table["rows"]] == [names["KZ-79"], names["KZ-75"], names["KZ-71"]]
    assert [row[1] for row in table["rows"]] == [10.0, 3.0, 0.0]
    bars = figures.table_of(figures.region_bars(values, "seizure_kg", (), META, "en"), "en")
    assert bars["rows"] == [[names["KZ-79"], 10.0], [names["KZ-75"], 3.0]]


def test_a_rate_table_holds_the_rates():
    population = Population({"KZ-75": 200_000, "KZ-79": 1_000_000}, None, "test", None)
    values = pd.Series({"KZ-75": 4.0, "KZ-79": 10.0})
    table = figures.table_of(figures.region_bars(values, "detained", (), META, "en", population), "en")
    assert table["rows"][0][1] == pytest.approx(2.0) and table["rows"][1][1] == pytest.approx(1.0)
    assert "100,000" in table["unit"]


def test_an_empty_chart_gives_an_empty_table():
    assert figures.table_of(figures.empty("nothing"), "en")["rows"] == []


@pytest.mark.parametrize(("filters", "words"), [
    (Filters(), "All of Kazakhstan · all years · all substances · reported operations"),
    (Filters(2020, 2024, ("KZ-75",), ("heroin",), "statistics"), "Almaty · 2020–2024 · Heroin · official period"),
    (Filters(substances=("hashish", "heroin")), "Hashish, Heroin"),
    (Filters(2021, 2021), "All of Kazakhstan · 2021 ·"),
    (Filters(year_from=2019), "from 2019"),
    (Filters(year_to=2019, regions=("abroad",)), "Abroad · up to 2019"),
])
def test_filters_in_words(filters, words):
    assert words in figures.describe_filters(filters, "en")


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_filters_in_words_are_translated(lang):
    text = figures.describe_filters(Filters(regions=("KZ-35",)), lang)
    assert i18n.region_labels(lang)["KZ-35"] in text
    assert (lang == "en") == ("all years" in text)


def test_an_export_carries_the_name_and_the_filters_escaped_and_wrapped():
    fig = figures.with_export(figures.empty("x"), "Drugs <seized>", "A · " * 60)
    export = go.Figure(fig).layout.meta["export"]
    assert export["title"] == "Drugs &lt;seized&gt;"
    lines = export["filters"].split("<br>")
    assert len(lines) == export["lines"] - 1 > 1 and all(len(line) <= figures.EXPORT_WIDTH for line in lines)
    assert figures.empty("x")["layout"].get("meta") is None  # the figure given is not changed


@pytest.mark.parametrize(("start", "months", "label"), [
    ("2025-07-01", 12, "2025"), ("2025-07-01", 3, "2025-Q3"), ("2025-12-01", 3, "2025-Q4"),
    ("2025-07-01", 1, "2025-07"),
])
def test_period_label(start, months, label):
    assert figures.period_label(start, months) == label


def test_precursors_have_a_chart_of_their_own_in_their_unit():
    df = pd.DataFrame({"period": ["2024", "2025", "2025"], "substance": ["precursors"] * 3,
                       "precursors_kg": [2000.0, 9000.0, 3000.0]})
    fig = figures.precursors(df, META, "en")
    go.Figure(fig)
    table = figures.table_of(fig, "en")
    assert table["unit"] == "Precursors seized, t" and table["rows"] == [["2024", 2.0], ["2025", 12.0]]
    assert figures.precursors(df.iloc[0:0], META, "en")["data"] == []


def _statistics(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["start", "end", "substance", "seizure_kg"])


def test_a_period_statistic_is_drawn_over_the_months_it_covers():
    """January to October 2025: one bar from 1 January to 31 October, whatever the grain; the hover says the
    period in words; the table keys it by its months."""
    from datetime import datetime

    fig = figures.seizures(_statistics([("2025-01", "2025-10", "drugs", 1100.0)]), META, "ru")
    bar = go.Figure(fig).data[0]
    middle, width = datetime.fromisoformat(bar.x[0]), bar.width[0] / 1000 / 86400
    first, after = datetime(2025, 1, 1), datetime(2025, 11, 1)
    assert abs((middle - first) - (after - middle)).total_seconds() < 1  # centred in its period
    assert (after - first).days * 0.95 < width <= (after - first).days  # as wide as its ten months
    assert bar.customdata[0][0] == figures.span_label("2025-01", "2025-10", "ru")
    assert "янв" in bar.customdata[0][0] and "окт" in bar.customdata[0][0]
    assert list(go.Figure(fig).layout.xaxis.range) == ["2025-01-01", "2025-11-01"]
    table = figures.table_of(fig, "en")
    assert table["rows"] == [["2025-01 – 2025-10", 1100.0]]


def test_statistics_of_one_period_stack_and_of_different_periods_stand_apart():
    df = _statistics([("2024-01", "2024-12", "heroin", 10.0), ("2024-01", "2024-12", "hashish", 30.0),
                      ("2025-01", "2025-06", "heroin", 7.0)])
    fig = figures.seizures(df, META, "en")
    table = figures.table_of(fig, "en")
    assert table["rows"][0] == ["2024-01 – 2024-12", 30.0, 10.0, 40.0]
    assert table["rows"][1] == ["2025-01 – 2025-06", None, 7.0, 7.0]
    heroin = next(t for t in fig["data"] if t["name"] == "Heroin")
    assert len(set(heroin["x"])) == 2 and heroin["width"][0] > heroin["width"][1]


@pytest.mark.parametrize(("start", "end", "lang", "words"), [
    ("2025-01", "2025-10", "en", "Jan – Oct 2025"), ("2024-07", "2025-06", "en", "Jul 2024 – Jun 2025"),
    ("2025-03", "2025-03", "en", "Mar 2025"),
])
def test_span_labels(start, end, lang, words):
    assert figures.span_label(start, end, lang).replace("\u2009", " ") == words


@pytest.mark.parametrize(("names", "rows"), [
    ([], 0), (["Heroin"], 1), (["Heroin", "Hashish", "Opium"], 1),
    (["Синтетические наркотики (без названия)", "Героин"], 2),
    (["Detained", "Arrested", "Charged"], 1), (["Задержано", "Арестовано", "Привлечено к ответственности"], 2),
    (["Психотропные вещества"] * 12, 12),
])
def test_a_legend_takes_the_rows_its_labels_need_on_a_phone(names, rows):
    from dashboard.figures import legend_rows

    assert legend_rows(names) == rows


def test_a_figure_grows_by_its_legend_and_the_plot_keeps_its_height():
    from dashboard.figures import LEGEND_ROW_PX, _figure, legend_rows

    meta = Meta(documents=1, last_fact=None, updated=None, outlets=1)
    for n in (1, 3, 12):
        data = [{"type": "bar", "x": [1], "y": [1], "name": f"substance number {k}"} for k in range(n)]
        layout = _figure(data, {}, meta, "en")["layout"]
        rows = legend_rows([t["name"] for t in data]) if n > 1 else 0
        assert layout["height"] - layout["margin"]["t"] - layout["margin"]["b"] == 360 - layout["margin"]["t"] - 40
        assert layout["margin"]["b"] == 40 + LEGEND_ROW_PX * rows
