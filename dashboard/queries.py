"""The only code of the dashboard that reads the store. Charts and headline figures come from a cube (the
facts summed by layer, month, region, substance, kind, action and role) held in memory and rebuilt when the
store changes; the sources table and the facts download read the facts themselves, a page or a chunk at a
time. Every measure follows etl.store.totals: countable facts only, turnover and street value apart."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from urllib.parse import urlsplit

import pandas as pd
from sqlalchemy import case, extract, func, literal, or_, select
from sqlalchemy.engine import Engine

from etl.counting import ABROAD, APART, MEASURES, measures_of
from etl.statistics import NATIONAL, NO_OFFICIAL, Report, coverage, increments, months
from etl.store import corrections, documents, facts, placed, runs, scope

from .state import Filters

KEYS = ("layer", "year", "month", "region", "substance", "kind", "action", "role", "s_year", "s_month")
# (s_year, s_month): the first month of the period an official statistic covers (0 for operations and for a
# statistic without a start); (year, month) is where a fact is placed: a statistic's period end, else its date.
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
    c = facts.c
    countable = c.countable.is_(True)

    def summed(col):  # noqa: ANN001, ANN202
        return func.sum(case((countable, col), else_=literal(0.0)))

    year, month = extract("year", placed()), extract("month", placed())
    statistic = c.layer == "statistics"
    s_year = case((statistic, extract("year", c.period_start)), else_=literal(None))
    s_month = case((statistic, extract("month", c.period_start)), else_=literal(None))
    q = (select(c.layer, year, month, c.region, c.substance, c.kind, c.action, c.role, s_year, s_month,
                summed(c.kg), summed(c.count), summed(c.kzt), summed(c.usd),
                func.sum(case((c.id == c.event_id, 1), else_=0)), func.count())
         .group_by(c.layer, year, month, c.region, c.substance, c.kind, c.action, c.role, s_year, s_month))
    with engine.connect() as conn, conn.begin():
        rows = [tuple(r) for r in conn.execute(q)]
        n_docs = conn.execute(select(func.count()).select_from(documents)).scalar_one()
        last_fact = conn.execute(select(func.max(c.date))).scalar_one()
        updated = conn.execute(select(func.max(runs.c.finished))).scalar_one()
        hosts = {urlsplit(url).hostname for (url,) in conn.execute(
            select(documents.c.url).where(documents.c.url.is_not(None)).distinct())}
    frame = _frame(rows)
    if isinstance(last_fact, str):
        last_fact = date.fromisoformat(last_fact)
    meta = Meta(int(n_docs), last_fact, updated, len(hosts - {None}))
    return Cube(frame, meta)


def _version(engine: Engine) -> tuple:
    with engine.connect() as conn:
        return (conn.execute(select(func.max(facts.c.id))).scalar_one(),
                conn.execute(select(func.max(documents.c.id))).scalar_one(),
                conn.execute(select(func.max(runs.c.id))).scalar_one(),
                conn.execute(select(func.max(corrections.c.id))).scalar_one())  # a reviewer's decision


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
        version = _version(self.engine)
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
        """A page of the events behind a view (those whose quote or article title holds every word of `search`,
        if given): the first report of each, with every link of its reports. Sorting by value sorts within a
        kind and a unit (kilograms with kilograms, tenge with tenge, people with people), never across them.
        Rows with the sort key unknown (undated, no region) come after the others either way; each part is
        read in index order, so a page costs the same on a big store."""
        c = facts.c
        key = {"date": placed(), "region": c.region, "kind": c.kind,
               "value": func.coalesce(c.kg, c.kzt, c.count, c.amount)}.get(sort, placed())
        order = [key.desc(), c.id.desc()] if descending else [key.asc(), c.id.asc()]
        if sort == "value":
            unit = case((c.kg.is_not(None), 0), (c.kzt.is_not(None), 1), (c.count.is_not(None), 2), else_=3)
            order = [c.kind.asc(), unit.asc(), c.unit.asc(), *order]
        columns = (c.id, c.event_id, c.date, c.period_start, c.period_end, c.region, c.kind, c.substance, c.action,
                   c.role, c.kg, c.count, c.unit, c.amount, c.currency, c.kzt, c.usd, c.total, c.countable, c.quote,
                   c.reviewed, c.confidence)
        where = _events_where(f, search)
        offset = page * size

        def chosen(*cols):  # noqa: ANN002, ANN202
            return select(*cols).select_from(_events_source(search))

        with self.engine.connect() as conn:
            known = [r._asdict() for r in conn.execute(
                chosen(*columns).where(*where, key.is_not(None)).order_by(*order).limit(size).offset(offset))]
            if len(known) < size:
                n_known = offset + len(known) if known else conn.execute(
                    chosen(func.count()).where(*where, key.is_not(None))).scalar_one()
                unknown = conn.execute(chosen(*columns).where(*where, key.is_(None)).order_by(c.id)
                                       .limit(size - len(known)).offset(max(0, offset - n_known)))
                known += [r._asdict() for r in unknown]
            page_rows = pd.DataFrame(known)
            if page_rows.empty:
                return page_rows
            ids = [int(i) for i in page_rows["event_id"]]
            links = (select(c.event_id, func.coalesce(c.url, documents.c.url), documents.c.title, documents.c.source,
                            documents.c.lang)
                     .join(documents, documents.c.id == c.document_id)
                     .where(c.event_id.in_(ids)).order_by(c.event_id, c.id))
            found: dict[int, list[tuple[str, str, str | None]]] = {}
            for event, url, title, source, lang in conn.execute(links):
                target = (url or "", title or source or "", lang)
                if target not in found.setdefault(int(event), []):
                    found[int(event)].append(target)
        page_rows["links"] = [found.get(int(e), []) for e in page_rows["event_id"]]
        return page_rows

    def count_events(self, f: Filters, search: str = "") -> int:
        """How many events of a view a search finds (the sources table's count)."""
        q = select(func.count()).select_from(_events_source(search)).where(*_events_where(f, search))
        with self.engine.connect() as conn:
            return int(conn.execute(q).scalar_one())

    def facts(self, f: Filters, languages: tuple[str, ...] = (), chunk: int = 20_000) -> Iterator[pd.DataFrame]:
        """Every fact (every report, with its event and countable flag) behind a view, in chunks; `languages`
        keeps those of documents in these languages (etl.language; `unknown`: not detected)."""
        c, d = facts.c, documents.c
        where = sql_filters(f)
        if languages:
            known = [code for code in languages if code != "unknown"]
            where.append(or_(d.lang.in_(known), d.lang.is_(None)) if "unknown" in languages else d.lang.in_(known))
        q = (select(c.event_id, c.countable, c.doc_id, c.kind, c.date, c.period_start, c.period_end, c.region,
                    c.substance, c.action, c.role, c.kg, c.count, c.unit, c.amount, c.currency, c.kzt, c.usd,
                    c.rate, c.rate_source, c.rate_estimated, c.layer, c.total, c.quote, c.reviewed, c.confidence,
                    func.coalesce(c.url, d.url).label("url"), d.title, d.lang.label("language"))
             .join(documents, d.id == c.document_id)
             .where(*where).order_by(c.date, c.id))
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=chunk).execute(q)
            columns = list(result.keys())
            empty = True
            for part in result.partitions(chunk):
                empty = False
                yield pd.DataFrame([tuple(r) for r in part], columns=columns)
            if empty:
                yield pd.DataFrame(columns=columns)


def search_variants(word: str) -> list[str]:
    """The spellings of a word a search tries: as typed, lower case, upper case, capitalised (LIKE folds case
    only for ASCII in SQLite, and not at all in PostgreSQL; news Cyrillic is one of these forms)."""
    return sorted({word, word.lower(), word.upper(), word[:1].upper() + word[1:].lower()})


def search_filters(search: str) -> list:
    """SQL conditions for a search of the sources table: every word in the quote or the article's title."""
    out = []
    for word in search.split():
        escaped = [v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for v in search_variants(word)]
        out.append(or_(*[column.like(f"%{v}%", escape="\\") for v in escaped
                         for column in (facts.c.quote, documents.c.title)]))
    return out


def _events_source(search: str):  # noqa: ANN202
    """The facts, joined to their article's title when searching."""
    return facts.join(documents, documents.c.id == facts.c.document_id) if search.strip() else facts


def _events_where(f: Filters, search: str) -> list:
    """An event (its first report) of a view that holds every word of a search."""
    return [*sql_filters(f), facts.c.id == facts.c.event_id, *search_filters(search)]


def sql_filters(f: Filters) -> list:
    """The same filter as cube_mask, as SQL conditions on facts."""
    c = facts.c
    where = [c.layer == f.layer]
    if f.timed:
        if f.year_from is not None:
            where.append(placed() >= date(f.year_from, 1, 1))
        if f.year_to is not None:
            where.append(placed() <= date(f.year_to, 12, 31))
        where.append(placed().is_not(None))
    where.append(scope(c.region, f.regions))
    if f.substances:
        where.append(or_(c.kind != "seizure", c.substance.in_(f.substances)))
    return where


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
SPLIT_BY = {"seizure_kg": "substance", "precursors_kg": "substance",  # series of these run per substance,
            "confiscated_kzt": "role", "confiscated_usd": "role"}      # of these per legal stage
STATISTICS_COLUMNS = ("region", "measure", "substance", "role", "period_start", "period_end", "cumulative",
                      "increment", "flag", "reports", "values", "operations", "coverage")


def official_reports(engine: Engine, f: Filters) -> list[Report]:
    """The official figures of a view, as etl.statistics reports of each measure they add to: the statistics
    layer's counted facts (one per event), those of one article for the same region, measure, substance and
    period added up (the parts of one report: "из них 72 — сбыт, 323 — хранение"), each given as many times as
    its event has reports (agreeing reports are one figure)."""
    c = facts.c
    where = [c.layer == "statistics", c.countable.is_(True), c.period_end.is_not(None), scope(c.region, f.regions)]
    if f.year_from is not None:
        where.append(c.period_end >= date(f.year_from, 1, 1))
    if f.year_to is not None:
        where.append(c.period_end <= date(f.year_to, 12, 31))
    if f.substances:
        where.append(or_(c.kind != "seizure", c.substance.in_(f.substances)))
    reports = (select(c.event_id, func.count().label("n")).where(c.layer == "statistics", c.event_id.is_not(None))
               .group_by(c.event_id).subquery())
    q = (select(c.document_id, c.region, c.kind, c.action, c.role, c.substance, c.period_start, c.period_end, c.date,
                c.kg, c.count, c.kzt, c.usd, func.coalesce(reports.c.n, 1))
         .outerjoin(reports, reports.c.event_id == c.id).where(*where))
    summed: dict[tuple, list] = {}
    with engine.connect() as conn:
        for doc, region, kind, action, role, substance, start, end, day, *values, n in conn.execute(q):
            column = dict(zip(("kg", "count", "kzt", "usd"), values, strict=True))
            start, end, day = (date.fromisoformat(v) if isinstance(v, str) else v for v in (start, end, day))
            for measure, source in measures_of(kind, action, role, substance):
                if column[source] is None:
                    continue
                split = {"substance": substance, "role": role}.get(SPLIT_BY.get(measure, ""), "") or ""
                entry = summed.setdefault((doc, region or "unknown", measure, split, start, end), [0.0, day, 1])
                entry[0] += float(column[source])
                entry[2] = max(entry[2], int(n))
    out: list[Report] = []
    for (_doc, region, measure, split, start, end), (value, day, n) in summed.items():
        out.extend([Report(region, measure, start, end, value, day, split)] * n)
    return out


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
