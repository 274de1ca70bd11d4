"""Population by region, for rates per 100,000 residents on the map and the ranking.

data/reference/population_by_region.csv (all 20 first-level units on one date, with its source) is always
there; a newer table of the same columns named population_by_region_<anything>.csv, dropped beside it, takes
precedence when it covers all 20 units. A partial table is not mixed in: every region's rate is then per the
same date, so regions compare. A table that cannot be read is skipped with one line naming its file and line.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import pandas as pd

from etl.errors import VocabularyError
from etl.vocab import REFERENCE, REGION_CODES, rows

log = logging.getLogger(__name__)

PATTERN = "population_by_region*.csv"
PER = 100_000


@dataclass(frozen=True)
class Population:
    """Residents by region code, on one date, with where the numbers come from."""

    counts: dict[str, int]
    as_of: date
    source: str   # the table's source URL (its rows share one, or the first row's)
    file: str     # the file's name under data/reference/


class TableError(ValueError):
    """A population table that cannot be used; one line naming its file (and line) and why."""


def read_table(path: Path) -> Population:
    """One table, checked: 20 known region codes once each, whole positive numbers, one ISO date."""
    counts: dict[str, int] = {}
    dates: set[date] = set()
    source = ""
    try:
        for n, row in rows(path):
            where = f"{path.name}:{n}"
            code = row.get("iso_code", "")
            if code not in REGION_CODES:
                raise TableError(f"{where}: unknown region code {code!r}")
            if code in counts:
                raise TableError(f"{where}: {code} is listed twice")
            text = row.get("population", "")
            if not re.fullmatch(r"[0-9]{1,9}", text) or int(text) == 0:
                raise TableError(f"{where}: population {text!r} is not a positive whole number")
            try:
                dates.add(date.fromisoformat(row.get("as_of", "")))
            except ValueError:
                raise TableError(f"{where}: as_of {row.get('as_of')!r} is not a date (YYYY-MM-DD)") from None
            counts[code] = int(text)
            source = source or row.get("source_url", "")
    except (OSError, UnicodeDecodeError, VocabularyError, StopIteration, IndexError) as err:
        raise TableError(f"{path.name}: cannot be read: {err}") from None
    missing = sorted(REGION_CODES - set(counts))
    if missing:
        raise TableError(f"{path.name}: covers {len(counts)} of {len(REGION_CODES)} regions (no "
                         f"{', '.join(missing[:3])}{'…' if len(missing) > 3 else ''}); not mixed with another date")
    if len(dates) != 1:
        raise TableError(f"{path.name}: rows on {len(dates)} different dates; a table is one date")
    return Population(counts, dates.pop(), source, path.name)


def load(folder: Path = REFERENCE) -> Population | None:
    """The newest complete table in the folder (None when there is none; each table skipped is logged)."""
    best = None
    for path in sorted(folder.glob(PATTERN)):
        try:
            table = read_table(path)
        except TableError as err:
            log.warning("population table skipped: %s", err)
            continue
        if best is None or table.as_of > best.as_of:
            best = table
    return best


@cache
def bundled() -> Population | None:
    """The table in data/reference/, read once per process."""
    return load()


def per_100k(values: pd.Series, population: Population) -> pd.Series:
    """Values by region code as rates per 100,000 residents; codes without a population are dropped."""
    known = [code for code in values.index if code in population.counts]
    return pd.Series({code: float(values[code]) * PER / population.counts[code] for code in known}, dtype=float)
