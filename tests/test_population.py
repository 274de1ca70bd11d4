"""Population by region: the bundled table, a newer one dropped beside it, tables that cannot be used, and
rates per 100,000 residents on the map and the ranking."""

from __future__ import annotations

import logging
import shutil
from datetime import date

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard import callbacks, population
from dashboard.queries import Store
from dashboard.state import View, parse_view
from etl.store import connect
from etl.vocab import REFERENCE, REGION_CODES, rows

BUNDLED = REFERENCE / "population_by_region.csv"
HEADER = "iso_code,region_en,population,as_of,source_url\n"


def _table(path, date_text: str, scale: float = 1.0, skip: tuple[str, ...] = ()) -> None:
    """A table of the bundled numbers (times `scale`) on another date, without the codes in `skip`."""
    lines = [HEADER]
    for _, row in rows(BUNDLED):
        if row["iso_code"] not in skip:
            lines.append(f"{row['iso_code']},{row['region_en']},{round(int(row['population']) * scale)},"
                         f"{date_text},https://example.org/{date_text}\n")
    path.write_text("".join(lines), encoding="utf-8")


def test_the_bundled_table_covers_all_twenty_regions_on_one_date():
    table = population.read_table(BUNDLED)
    assert set(table.counts) == REGION_CODES and table.as_of == date(2023, 1, 1)
    assert sum(table.counts.values()) == 19_765_004  # the Bureau's total on 1 January 2023 (the file's note)
    assert population.bundled().file == "population_by_region.csv"


def test_a_newer_complete_table_takes_precedence(tmp_path):
    shutil.copy(BUNDLED, tmp_path / BUNDLED.name)
    _table(tmp_path / "population_by_region_2026.csv", "2026-01-01", scale=1.1)
    table = population.load(tmp_path)
    assert table.as_of == date(2026, 1, 1) and table.file == "population_by_region_2026.csv"
    assert table.counts["KZ-79"] == round(1_191_877 * 1.1)


@pytest.mark.parametrize(("body", "reason"), [
    ("partial", "covers 19 of 20 regions"),
    ("KZ-79,Shymkent,много,2026-01-01,x\n", "population 'много' is not a positive whole number"),
    ("KZ-79,Shymkent,0,2026-01-01,x\n", "is not a positive whole number"),
    ("KZ-99,Nowhere,5,2026-01-01,x\n", "unknown region code 'KZ-99'"),
    ("KZ-79,Shymkent,5,2026-02-30,x\n", "is not a date"),
    ("KZ-79,Shymkent,5\n", "columns where the header has 5"),
])
def test_a_table_that_cannot_be_used_is_skipped_in_one_line(tmp_path, caplog, body, reason):
    shutil.copy(BUNDLED, tmp_path / BUNDLED.name)
    newer = tmp_path / "population_by_region_2026.csv"
    if body == "partial":
        _table(newer, "2026-01-01", skip=("KZ-10",))
    else:
        _table(newer, "2026-01-01", skip=("KZ-79",))
        newer.write_text(newer.read_text(encoding="utf-8") + body, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="dashboard.population"):
        table = population.load(tmp_path)
    assert table.as_of == date(2023, 1, 1)  # the bundled table is still used
    [line] = [r.getMessage() for r in caplog.records]
    assert "population_by_region_2026.csv" in line and reason in line and "\n" not in line


def test_no_usable_table_means_no_rates(tmp_path):
    assert population.load(tmp_path) is None


def test_rates_per_100k():
    table = population.Population({"KZ-79": 1_000_000, "KZ-75": 2_000_000}, date(2023, 1, 1), "", "t.csv")
    rates = population.per_100k(pd.Series({"KZ-79": 5.0, "KZ-75": 5.0, "KZ": 9.0}), table)
    assert rates.to_dict() == {"KZ-79": 0.5, "KZ-75": 0.25}  # national figures have no regional population


def test_the_view_keeps_totals_or_rates_in_the_url():
    assert parse_view("per=100k").per == "100k" and parse_view("").per == "total"


def test_map_and_ranking_show_rates_with_the_population_date(bundled_db):
    store = Store(connect(bundled_db))
    totals = callbacks.charts(store, View(lang="en"))
    rates = callbacks.charts(store, View(lang="en", per="100k"))
    total_bars, rate_bars = go.Figure(totals[7]), go.Figure(rates[7])
    region_map = go.Figure(rates[6])
    residents = population.bundled().counts
    total_of = dict(zip(total_bars.data[0].customdata, total_bars.data[0].x, strict=True))
    rate_of = dict(zip(rate_bars.data[0].customdata, rate_bars.data[0].x, strict=True))
    assert set(rate_of) == set(total_of)
    for code, rate in rate_of.items():
        assert rate == pytest.approx(total_of[code] * 100_000 / residents[code])
    assert list(rate_bars.data[0].x) == sorted(rate_bars.data[0].x)  # ranked by the rate, not the total
    assert "per 100,000 residents" in rate_bars.layout.xaxis.title.text
    assert "population on Jan 1, 2023" in rate_bars.layout.title.text.replace("<br>", " ")
    assert "per 100,000 residents" in region_map.data[0].colorbar.title.text
    assert "population on" not in total_bars.layout.title.text.replace("<br>", " ")
