"""Money to tenge and dollars: rates with their source, estimated outside the table, never guessed."""

from datetime import date

import pytest

from etl.normalise import normalise
from etl.rates import RateTable, rates


def test_annual_rate_with_source():
    money = rates().convert(500_000_000, "KZT", date(2019, 6, 1))
    assert money.usd == pytest.approx(500_000_000 / 382.7)
    assert money.rate.kzt_per_usd == 382.7 and not money.rate.estimated
    assert "annual 2019" in money.rate.source and "World Bank" in money.rate.source


def test_after_the_last_year_uses_the_last_rate_estimated():
    money = rates().convert(7_000_000, "USD", date(2025, 12, 4))
    last = max(rates().years)
    assert money.rate.kzt_per_usd == rates().annual[last][0] and money.rate.estimated
    assert money.kzt == pytest.approx(7_000_000 * rates().annual[last][0])


def test_a_year_missing_from_the_table_uses_the_year_before():
    rate = rates().rate(date(2007, 3, 1))
    assert rate.kzt_per_usd == 132.9 and rate.estimated  # 2005, the nearest year before


def test_usdt_counts_as_dollars():
    money = rates().convert(734_228, "USDT", date(2024, 1, 1))
    assert money.usd == 734_228 and money.kzt == pytest.approx(734_228 * 469.0)


def test_a_currency_without_a_rate_keeps_its_amount():
    money = rates().convert(14_400_000, "EUR", date(2025, 10, 31))
    assert (money.kzt, money.usd, money.rate) == (None, None, None) and "no rate for EUR" in money.note


def test_a_daily_table_takes_precedence(tmp_path):
    daily = tmp_path / "daily.csv"
    daily.write_text("date,kzt_per_usd,source\n2024-05-30,442.5,National Bank of Kazakhstan\n", encoding="utf-8")
    table = RateTable(daily=daily)
    assert table.rate(date(2024, 5, 31)).kzt_per_usd == 442.5
    assert table.rate(date(2024, 9, 1)).kzt_per_usd == 469.0  # outside the daily table: the annual rate


def test_normalised_fact_carries_layer_and_rate():
    fact = {"kind": "money", "amount": 1_000_000_000, "currency": "KZT", "date": "2023-05-01", "period_start": None}
    out = normalise(fact)
    assert out["layer"] == "operations" and out["rate"] == 456.2
    assert normalise(fact | {"period_start": "2023-01-01"})["layer"] == "statistics"
