"""Exchange rates: tenge per US dollar for a fact's date, with the rate's source and whether it is estimated.

data/reference/kzt_per_usd_annual.csv (annual averages, copied with its source column from
../shared/reference/) is always there; a finer table data/reference/kzt_per_usd_daily.csv with the same
columns and `date` instead of `year` takes precedence for the dates it covers. USDT counts as USD. A
currency with no rate keeps its amount, and its tenge and dollar values stay empty: never guessed.
"""

from __future__ import annotations

import bisect
import csv
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from babel.numbers import is_currency

from etl.vocab import REFERENCE

ANNUAL = REFERENCE / "kzt_per_usd_annual.csv"
DAILY = REFERENCE / "kzt_per_usd_daily.csv"
DAILY_GAP_DAYS = 7  # a daily rate older than this before the date is not used
DOLLARS = {"USD", "USDT"}


@dataclass(frozen=True)
class Rate:
    kzt_per_usd: float
    source: str        # "annual 2024", "daily 2025-12-04", with the table's own source text
    estimated: bool    # the date lies outside the table: the nearest rate was used


@dataclass(frozen=True)
class Money:
    kzt: float | None
    usd: float | None
    rate: Rate | None
    note: str          # "" when converted; else why not


class RateTable:
    """Annual and (optional) daily rates."""

    def __init__(self, annual: Path = ANNUAL, daily: Path = DAILY) -> None:
        self.annual: dict[int, tuple[float, str]] = {}
        with annual.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(line for line in fh if not line.startswith("#")):
                self.annual[int(row["year"])] = (float(row["kzt_per_usd"]), row.get("source", ""))
        self.years = sorted(self.annual)
        self.daily: list[tuple[date, float, str]] = []
        if daily.exists():
            with daily.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(line for line in fh if not line.startswith("#")):
                    self.daily.append((date.fromisoformat(row["date"]), float(row["kzt_per_usd"]),
                                       row.get("source", "")))
            self.daily.sort()
        self._daily_dates = [d for d, _, _ in self.daily]

    def rate(self, day: date | None) -> Rate:
        """The rate for a day; undated facts and days outside the tables get the nearest rate, estimated."""
        if day is not None and self.daily:
            k = bisect.bisect_right(self._daily_dates, day) - 1
            if k >= 0 and (day - self.daily[k][0]).days <= DAILY_GAP_DAYS:
                d, value, source = self.daily[k]
                return Rate(value, f"daily {d.isoformat()} ({source})", False)
        if day is None:
            year = self.years[-1]
            value, source = self.annual[year]
            return Rate(value, f"annual {year} ({source}); the fact has no date", True)
        if day.year in self.annual:
            value, source = self.annual[day.year]
            return Rate(value, f"annual {day.year} ({source})", False)
        # after the last year: the last rate; a year missing in the table: the nearest year before (or after)
        before = [y for y in self.years if y < day.year]
        year = before[-1] if before else self.years[0]
        value, source = self.annual[year]
        return Rate(value, f"annual {year} ({source}); {day.year} is not in the table", True)

    def convert(self, amount: float, currency: str, day: date | None) -> Money:
        """An amount in tenge and in dollars."""
        if currency == "KZT":
            rate = self.rate(day)
            return Money(amount, amount / rate.kzt_per_usd, rate, "")
        if currency in DOLLARS:
            rate = self.rate(day)
            return Money(amount * rate.kzt_per_usd, amount, rate, "")
        known = "a currency" if is_currency(currency) else "not an ISO 4217 currency"
        return Money(None, None, None, f"no rate for {currency} ({known}): amount kept, not converted")


@cache
def rates() -> RateTable:
    """The application's rate table, loaded once."""
    return RateTable()
