"""The dashboard's view of the store, through etl.store.read (the query API; no SQL here). Charts and headline
figures come from a cube (the facts summed by layer, month, region, substance, kind, action and role) held in
memory and rebuilt when the store changes; the sources table and the facts download read the facts
themselves, a page or a chunk at a time. Every measure follows etl.counting: countable facts only, turnover
and street value apart."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime

import pandas as pd
from sqlalchemy.engine import Engine

from etl.counting import ABROAD, APART, MEASURES, measures_of
from etl.statistics import NATIONAL, NO_OFFICIAL, coverage, increments, months
from etl.store import read
from etl.store.read import CUBE_KEYS as KEYS
from etl.store.read import SPLIT_BY, official_reports

from .state import Filters

# KEYS: the cube's columns (etl.store.read.CUBE_KEYS); s_year and s_month are 0 where a fact has no period start
VALUES = MEASURES + APART

log = logging.getLogger("dashboard.queries")


@dataclass(frozen=True)
class Meta:
    """Where the data comes from and as of when: the store's articles and outlets, its latest fact, when it was
    last built; and, for one view, how many events its figures sum and which layer they are."""

    documents: int
    last_fact: date | None
    updated: datetime | None
    outlets: int = 0
    events: int | None = None
    layer: str = "operations"


@dataclass(frozen=True)
class Cube:
    frame: pd.DataFrame      # one row per KEYS combination; VALUES summed over countable facts; n_events, n_facts
    meta: Meta


def _frame(rows: list[tuple]) -> pd.DataFrame:
    raw = pd.DataFrame(rows, columns=[*KEYS, "kg", "count", "kzt", "usd", "n_events", "n_facts"])
    for col in ("kg", "count", "kzt", "usd"):
        raw[col] = pd.to_numeric(raw[col], errors="coerce").fillna(0.0).astype(float)
    raw["year"] = pd.to_numeric(raw["year"]).fillna(0).astype(int)
    raw["month"] = pd.to_numeric(raw["month"]).fillna(0).astype(int)
    for col in ("s_year", "s_month"):
        raw[col] = pd.to_numeric(raw[col]).fillna(0).astype(int)
    raw["region"] = raw["region"].fillna("unknown")
    for col in ("substance", "action", "role"):
        raw[col] = raw[col].fillna("")
    out = raw[list(KEYS)].copy()
    # each row's measures by etl.counting.measures_of, the one place that says what is added to what
    combo = list(zip(raw["kind"], raw["action"], raw["role"], raw["substance"], strict=True))
    source = {c: dict(measures_of(c[0], c[1] or None, c[2] or None, c[3] or None)) for c in set(combo)}
    for measure in VALUES:
        column = pd.Series([source[c].get(measure, "") for c in combo], index=raw.index, dtype=object)
        out[measure] = 0.0
        for name in ("kg", "count", "kzt", "usd"):
            out[measure] += raw[name].where(column == name, 0.0)
    out["n_events"] = raw["n_events"].astype(int)
    out["n_facts"] = raw["n_facts"].astype(int)
    for grain in ("year", "quarter", "month"):
        out[f"p_{grain}"] = _labels(out["year"], out["month"], grain)
    for col in ("layer", "region", "substance", "kind", "action", "role", "p_year", "p_quarter", "p_month"):
        out[col] = out[col].astype("category")
    return out


def _labels(year: pd.Series, month: pd.Series, grain: str) -> pd.Series:
    if grain == "year":
        label = year.astype(str)
    elif grain == "quarter":
        label = year.astype(str) + "-Q" + ((month - 1) // 3 + 1).astype(str)
    else:
        label = year.astype(str) + "-" + month.astype(str).str.zfill(2)
    return label.where(year > 0, "")


def load_cube(engine: Engine) -> Cube:
    """The cube and its meta, read in one transaction so the two agree."""
    got = read.cube_rows(engine)
    return Cube(_frame(got.rows), Meta(got.documents, got.last_fact, got.updated, got.outlets))


class Store:
    """The store as the dashboard sees it: the cube, rebuilt when the store's version changes (checked at most
    every `recheck` seconds), and the queries for facts. Safe to share between threads."""

    SLOW = 0.5  # seconds: a cube that takes longer to build is rebuilt in the background

    def __init__(self, engine: Engine, recheck: float = 5.0) -> None:
        self.engine = engine
        self.recheck = recheck
        self._lock = threading.Lock()
        self._cube: Cube | None = None
        self._version: tuple | None = None
        self._checked = 0.0
        self._build_seconds = 0.0
        self._rebuilding = False

    def _build(self, version: tuple) -> None:
        """Build the cube for a store version. A build that fails (a connection killed, a store gone) is logged
        and leaves the last cube answering; the next look at the store tries again."""
        started = time.monotonic()
        try:
            cube = load_cube(self.engine)
        except Exception:
            log.exception("the cube could not be rebuilt; the last one keeps answering, the next check retries")
            with self._lock:
                self._rebuilding = False
                self._checked = 0.0  # retry at the next request, not after `recheck`
            raise
        with self._lock:
            self._cube, self._version = cube, version
            self._build_seconds = time.monotonic() - started
            self._rebuilding = False

    def _build_in_background(self, version: tuple) -> None:
        try:
            self._build(version)
        except Exception:  # logged by _build; a thread has no one to tell
            pass

    def cube(self) -> Cube:
        """The current cube. The first call builds it; later, when the store has changed, a small cube is
        rebuilt at once and a big one in the background while the last one keeps answering."""
        with self._lock:
            current, due = self._cube, time.monotonic() - self._checked >= self.recheck
        if current is not None and not due:
            return current
        version = read.version(self.engine)
        with self._lock:
            self._checked = time.monotonic()
            if current is not None and (version == self._version or self._rebuilding):
                return self._cube
            slow = current is not None and self._build_seconds > self.SLOW
            self._rebuilding = True
        if slow:
            threading.Thread(target=self._build_in_background, args=(version,), daemon=True,
                             name="cube-rebuild").start()
            return current
        self._build(version)
        return self._cube

    # --- the facts themselves ----------------------------------------------------------------------------

    def events(self, f: Filters, *, sort: str = "date", descending: bool = True, page: int = 0,
               size: int = 25, search: str = "") -> pd.DataFrame:
        """A page of the events behind a view, each with every link of its reports (etl.store.read.events)."""
        return pd.DataFrame(read.events(self.engine, f, sort=sort, descending=descending, page=page, size=size,
                                        search=search))

    def count_events(self, f: Filters, search: str = "") -> int:
        """How many events of a view a search finds (the sources table's count)."""
        return read.count_events(self.engine, f, search)

    def facts(self, f: Filters, languages: tuple[str, ...] = (), chunk: int = 20_000) -> Iterator[pd.DataFrame]:
        """Every fact (every report, with its event and countable flag) behind a view, in chunks
        (etl.store.read.fact_chunks)."""
        for columns, rows in read.fact_chunks(self.engine, f, languages, chunk):
            yield pd.DataFrame(rows, columns=columns)


# --- the cube, filtered and summed -------------------------------------------------------------------------

def cube_mask(frame: pd.DataFrame, f: Filters) -> pd.Series:
    """Which cube rows a filter keeps. Without a year range undated facts count; with one they cannot."""
    mask = frame["layer"] == f.layer
    if f.timed:
        mask &= frame["year"] > 0
        if f.year_from is not None:
            mask &= frame["year"] >= f.year_from
        if f.year_to is not None:
            mask &= frame["year"] <= f.year_to
    if f.regions:  # etl.counting.in_scope, on the cube's region column ("unknown" for not stated)
        mask &= frame["region"].isin(f.regions)
    else:
        mask &= frame["region"] != ABROAD
    if f.substances:
        mask &= (frame["kind"] != "seizure") | frame["substance"].isin(f.substances)
    return mask


def period_labels(frame: pd.DataFrame, grain: str) -> pd.Series:
    """'2025', '2025-Q4' or '2025-12' for each row; '' for undated rows."""
    if f"p_{grain}" in frame:
        return frame[f"p_{grain}"].astype(str)
    return _labels(frame["year"], frame["month"], grain)


def aggregate(cube: Cube, f: Filters, by: tuple[str, ...] = (), values: tuple[str, ...] = MEASURES) -> pd.DataFrame:
    """The measures summed by the `by` columns (year, quarter, month, region, substance) for a filter; one row
    if `by` is empty. Undated facts form the period ''. Rows with nothing in them are dropped."""
    frame = cube.frame[cube_mask(cube.frame, f)]
    if not by:
        sums = frame[list(values) + ["n_events", "n_facts"]].sum()
        return pd.DataFrame([sums.to_dict()])[list(values) + ["n_events", "n_facts"]]
    columns = [f"p_{key}" if key in ("year", "quarter", "month") else key for key in by]
    out = frame.groupby(columns, sort=True, observed=True)[list(values) + ["n_events", "n_facts"]].sum()
    out = out.reset_index().rename(columns=dict(zip(columns, by, strict=True)))
    for key in by:
        out[key] = out[key].astype(str)
    return out[out["n_facts"] > 0].sort_values(list(by)).reset_index(drop=True)


def headline(cube: Cube, f: Filters) -> dict:
    """Every measure (and turnover, street value, events, undated facts) for a filter."""
    frame = cube.frame[cube_mask(cube.frame, f)]
    sums = frame[list(VALUES) + ["n_events", "n_facts"]].sum().to_dict()
    everything = cube.frame[cube_mask(cube.frame, Filters(None, None, f.regions, f.substances, f.layer))]
    sums["undated"] = int(everything.loc[everything["year"] == 0, "n_facts"].sum())
    sums["undated_counted"] = not f.timed
    return sums


def series(cube: Cube, f: Filters, grain: str, split: str, values: tuple[str, ...]) -> pd.DataFrame:
    """Dated rows summed by period and by `split` (substance, role or action): long form, one value column
    per measure; undated facts are left out (they have no place on a time axis)."""
    frame = cube.frame[cube_mask(cube.frame, f) & (cube.frame["year"] > 0)]
    if frame.empty:
        return pd.DataFrame(columns=["period", split, *values])
    out = frame.groupby([f"p_{grain}", split], sort=True, observed=True)[list(values)].sum().reset_index()
    out = out.rename(columns={f"p_{grain}": "period"})
    out["period"], out[split] = out["period"].astype(str), out[split].astype(str)
    return out[(out[list(values)] != 0).any(axis=1)].reset_index(drop=True)


def spans(cube: Cube, f: Filters, split: str | None, values: tuple[str, ...]) -> pd.DataFrame:
    """Official statistics summed by the period they cover and by `split` (substance, role; None for no split):
    long form with `start` and `end` as 'YYYY-MM' (the first and the last month covered; a statistic without a
    start covers the month it is placed in), one value column per measure; undated ones are left out."""
    frame = cube.frame[cube_mask(cube.frame, f) & (cube.frame["year"] > 0)]
    columns = ["start", "end", *([split] if split else []), *values]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    has_start = frame["s_year"] > 0
    end = frame["year"].to_numpy() * 12 + frame["month"].to_numpy() - 1   # months since year 0: cheap to group
    start = (frame["s_year"] * 12 + frame["s_month"] - 1).where(has_start, pd.Series(end, index=frame.index))
    keyed = pd.DataFrame({"start": start.to_numpy(), "end": end,
                          **({split: frame[split].astype(str).to_numpy()} if split else {}),
                          **{v: frame[v].to_numpy() for v in values}})
    out = keyed.groupby(["start", "end", *([split] if split else [])], sort=True)[list(values)].sum().reset_index()
    out = out[(out[list(values)] != 0).any(axis=1)].reset_index(drop=True)
    for col in ("start", "end"):
        out[col] = [f"{m // 12}-{m % 12 + 1:02d}" for m in out[col]]
    return out[columns]


def years(cube: Cube) -> tuple[int, int] | None:
    """The first and last year with a dated fact."""
    dated = cube.frame.loc[cube.frame["year"] > 0, "year"]
    return (int(dated.min()), int(dated.max())) if len(dated) else None


def substances_present(cube: Cube) -> list[str]:
    frame = cube.frame
    return sorted({str(s) for s in frame.loc[frame["kind"] == "seizure", "substance"].unique() if str(s)})


# --- official statistics: year-to-date reports as increments, and coverage (etl.statistics) --------------------

COVERAGE_MEASURES = ("seizure_kg", "detained", "labs")  # what the news is measured against the official count by
STATISTICS_COLUMNS = ("region", "measure", "substance", "role", "period_start", "period_end", "cumulative",
                      "increment", "flag", "reports", "values", "operations", "coverage")


Monthly = dict[tuple, dict[int, float]]  # a key -> {month: sum}


def _operations(cube: Cube, f: Filters, measures: tuple[str, ...]) -> tuple[Monthly, Monthly]:
    """The operations layer of a view summed by month, twice: by (region, measure, part or '', year) (the part:
    a seizure's substance, a confiscated sum's role) for the statistics' rows, and by (region, measure, year)
    for coverage. Region KZ also holds the whole country's (every region but abroad)."""
    frame = cube.frame[cube_mask(cube.frame, Filters(f.year_from, f.year_to, (), f.substances, "operations"))
                       & (cube.frame["year"] > 0)]
    by_part: Monthly = {}
    by_measure: Monthly = {}
    for measure in measures if not frame.empty else ():
        rows = frame[frame[measure] != 0]
        grouped = rows.groupby(["region", SPLIT_BY.get(measure, "substance"), "year", "month"],
                               observed=True)[measure].sum()
        for (region, part, year, month), value in grouped.items():
            region, split = str(region), str(part) if measure in SPLIT_BY else ""
            places = [region] + ([NATIONAL] if region not in (ABROAD, NATIONAL) else [])
            year, month = int(year), int(month)
            for place in places:
                for out, key in ((by_part, (place, measure, split, year)), (by_measure, (place, measure, year))):
                    months = out.setdefault(key, {})
                    months[month] = months.get(month, 0.0) + float(value)
    return by_part, by_measure


def statistics_table(store: Store, f: Filters, measures: tuple[str, ...] = ()) -> pd.DataFrame:
    """One row per region, measure (and substance or legal stage) and interval of the official statistics of a view
    (etl.statistics.increments), with the operations the news reported over the same months and their ratio to
    the official figure (`coverage`); then, for the coverage measures, a row for each region and year with
    operations and no official figure (flag no_official)."""
    chosen = measures or tuple(dict.fromkeys(MEASURES + APART))
    intervals = [i for i in increments(official_reports(store.engine, f)) if i.measure in chosen]
    operations, by_measure = _operations(store.cube(), f, tuple(m for m in chosen if m in MEASURES))
    rows = []
    for i in intervals:
        by_month = operations.get((i.region, i.measure, i.part, i.period_end.year), {})
        first = 1 if i.cumulative is not None else i.period_start.month  # a cumulative figure runs from January
        done = sum(v for month, v in by_month.items() if first <= month <= i.period_end.month) \
            if i.period_start.year == i.period_end.year else None
        official = i.cumulative if i.cumulative is not None else i.increment
        ratio = done / official if done is not None and official else None
        split = SPLIT_BY.get(i.measure)
        rows.append((i.region, i.measure, i.part if split == "substance" else "", i.part if split == "role" else "",
                     i.period_start.isoformat(), i.period_end.isoformat(),
                     i.cumulative, i.increment, i.flag, i.reports, "; ".join(f"{v:g}" for v in i.values),
                     done, ratio))
    regions = set(f.regions)
    for cov in coverage(intervals, by_measure, [m for m in COVERAGE_MEASURES if m in chosen]):
        if cov.flag == NO_OFFICIAL and (not regions or cov.region in regions) and cov.region != ABROAD:
            rows.append((cov.region, cov.measure, "", "", f"{cov.year}-01-01", "", None, None, NO_OFFICIAL, 0, "",
                         cov.operations, None))
    return pd.DataFrame(rows, columns=list(STATISTICS_COLUMNS))


def coverage_by_region(store: Store, f: Filters, measure: str) -> pd.DataFrame:
    """For the map and the ranking: per region, the operations of the years it has an official series for,
    against the official figures of those years (each year's latest point), and their ratio."""
    intervals = [i for i in increments(official_reports(store.engine, replace(f, regions=())))
                 if i.measure == measure]
    _, operations = _operations(store.cube(), replace(f, regions=()), (measure,))
    found: dict[str, list[float]] = {}
    for cov in coverage(intervals, operations, (measure,)):
        if cov.official is not None:
            pair = found.setdefault(cov.region, [0.0, 0.0])
            pair[0] += cov.operations
            pair[1] += cov.official
    rows = [(region, done, official, done / official if official else None)
            for region, (done, official) in sorted(found.items())]
    return pd.DataFrame(rows, columns=["region", "operations", "official", "coverage"])


def statistics_series(store: Store, f: Filters, measure: str, grain: str) -> pd.DataFrame:
    """The official statistics' increments of one measure over time (etl.statistics.months: each interval's
    increment placed over its months by days), summed by `grain` period and region (substances together), with
    the cumulative official figure at the end of each period (the running sum within its year); long form:
    period, region, increment, cumulative. Periods that do not run from 1 January are left out (they are no
    part of a series)."""
    shares: dict[tuple[str, int, int], float] = {}
    for i in increments(official_reports(store.engine, f)):
        if i.measure != measure or i.cumulative is None:
            continue
        for (year, month), value in months(i).items():
            shares[(i.region, year, month)] = shares.get((i.region, year, month), 0.0) + value
    if not shares:
        return pd.DataFrame(columns=["period", "region", "increment", "cumulative"])
    frame = pd.DataFrame([(r, y, m, v) for (r, y, m), v in sorted(shares.items())],
                         columns=["region", "year", "month", "increment"])
    frame["cumulative"] = frame.groupby(["region", "year"])["increment"].cumsum()
    frame["period"] = _labels(frame["year"], frame["month"], grain)
    out = frame.groupby(["period", "region"], sort=True).agg(increment=("increment", "sum"),
                                                              cumulative=("cumulative", "last")).reset_index()
    return out[["period", "region", "increment", "cumulative"]]
