"""Reading the store: the query API the dashboard, the HTTP API and the checks use. A view (Filters) becomes
SQL conditions in one place (`conditions`); where a fact sits in time (`placed`) and which regions a view
takes (`scope`) are defined once; the totals of a view follow etl.counting's rules. Also: the rows of the
dashboard's cube, a page of events with their links, every fact of a view in chunks, the official figures
as etl.statistics reports, snapshots, and what the collector knows of fetched pages."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

from sqlalchemy import case, extract, func, literal, or_, select
from sqlalchemy.engine import Connection, Engine

from etl import review
from etl.counting import ABROAD, APART, MEASURES, measures_of
from etl.statistics import Report
from etl.store.schema import corrections, documents, facts, fetches, runs, users
from etl.store.writer import _chunks

# --- a view and its conditions ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """Which facts count: a year range (None = no time filter: undated facts are counted too), regions
    (empty = all but abroad; "unknown" = not stated), substances (seizures only; empty = all), one layer."""

    year_from: int | None = None
    year_to: int | None = None
    regions: tuple[str, ...] = ()
    substances: tuple[str, ...] = ()
    layer: str = "operations"

    @property
    def timed(self) -> bool:
        return self.year_from is not None or self.year_to is not None


def placed():  # noqa: ANN201
    """Where a fact sits in time: a period figure at its period's end (a full-year 2023 statistic published in
    January 2024 is 2023's), any other at its date. Year filters and the dashboard's periods use it."""
    return func.coalesce(facts.c.period_end, facts.c.date)


def scope(column, regions: list[str] | tuple[str, ...] | None):  # noqa: ANN001, ANN201
    """etl.counting.in_scope as a SQL condition on a region column."""
    if not regions:
        return or_(column.is_(None), column != ABROAD)
    named = [r for r in regions if r != "unknown"]
    conds = [column.in_(named)] if named else []
    if "unknown" in regions:
        conds.append(column.is_(None))
    return or_(*conds)


def conditions(f: Filters) -> list:
    """A view as SQL conditions on facts: its layer, its years (with a year range an undated fact cannot
    count), its regions (etl.counting.in_scope), its substances (other kinds than seizures pass)."""
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


def search_variants(word: str) -> list[str]:
    """The spellings of a word a search tries: as typed, lower case, upper case, capitalised (LIKE folds case
    only for ASCII in SQLite, and not at all in PostgreSQL; news Cyrillic is one of these forms)."""
    return sorted({word, word.lower(), word.upper(), word[:1].upper() + word[1:].lower()})


def search_conditions(search: str) -> list:
    """SQL conditions for a search of the events: every word in the quote or the article's title."""
    out = []
    for word in search.split():
        escaped = [v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for v in search_variants(word)]
        out.append(or_(*[column.like(f"%{v}%", escape="\\") for v in escaped
                         for column in (facts.c.quote, documents.c.title)]))
    return out


# --- totals, and the rows of the dashboard's cube ---------------------------------------------------------

def totals(engine: Engine, *, year_from: int | None = None, year_to: int | None = None,
           regions: list[str] | None = None, layer: str = "operations", substance: str | None = None) -> dict:
    """Each measure for a filter, every event counted once (countable facts only), each fact added to the
    measures etl.counting.measures_of names (turnover and street value apart, never in confiscated; precursors
    apart from drugs); no regions is all of Kazakhstan, never abroad (etl.counting.in_scope)."""
    c = facts.c
    where = [c.countable.is_(True), c.layer == layer, scope(c.region, regions)]
    if year_from is not None:
        where.append(placed() >= date(year_from, 1, 1))
    if year_to is not None:
        where.append(placed() <= date(year_to, 12, 31))
    if substance:
        where.append(c.substance == substance)
    q = select(c.kind, c.action, c.role, c.substance, func.sum(c.kg), func.sum(c.count), func.sum(c.kzt),
               func.sum(c.usd)).where(*where).group_by(c.kind, c.action, c.role, c.substance)
    out = dict.fromkeys(MEASURES + APART, 0.0)
    with engine.connect() as conn:
        for kind, action, role, substance_, kg, count, kzt, usd in conn.execute(q):
            sums = {"kg": kg, "count": count, "kzt": kzt, "usd": usd}
            for measure, column in measures_of(kind, action, role, substance_):
                out[measure] += sums[column] or 0
    return {k: round(v, 6) for k, v in out.items()}


def snapshot(engine: Engine) -> list[tuple]:
    """Every stored fact as a comparable tuple (for tests and checks that two stores are the same)."""
    c = facts.c
    q = select(documents.c.content_hash, c.fact_no, c.kind, c.kg, c.count, c.amount, c.region, c.date, c.countable,
               c.layer).join(documents, documents.c.id == c.document_id).order_by(documents.c.content_hash, c.fact_no)
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(q)]


def last_finished(engine: Engine) -> datetime | None:
    """When the last completed run finished (None if no run has; an interrupted run did not complete)."""
    with engine.connect() as conn:
        value = conn.execute(select(func.max(runs.c.finished)).where(runs.c.status == "finished")).scalar_one()
    if value is not None and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


def fetch_states(conn: Connection, urls: Iterable[str]) -> dict[str, dict]:
    """What was last heard from each of these URLs: url -> {etag, last_modified, status}."""
    out: dict[str, dict] = {}
    for part in _chunks(set(urls)):
        for row in conn.execute(select(fetches).where(fetches.c.url.in_(part))):
            out[row.url] = dict(row._mapping)
    return out


def failed_fetches(conn: Connection) -> list[str]:
    """The URLs whose last fetch failed (a timeout, a server error): asked again on the next run."""
    return list(conn.execute(select(fetches.c.url).where(fetches.c.status == "failed")).scalars())


def stored_urls(conn: Connection, urls: Iterable[str]) -> set[str]:
    """The URLs among these that name a stored document."""
    out: set[str] = set()
    for part in _chunks(set(urls)):
        out.update(conn.execute(select(documents.c.url).where(documents.c.url.in_(part))).scalars())
    return out


# --- the dashboard's cube -----------------------------------------------------------------------------------

CUBE_KEYS = ("layer", "year", "month", "region", "substance", "kind", "action", "role", "s_year", "s_month")
# (s_year, s_month): the first month of the period an official statistic covers (None for operations and for a
# statistic without a start); (year, month) is where a fact is placed: a statistic's period end, else its date.
CUBE_SUMS = ("kg", "count", "kzt", "usd", "n_events", "n_facts")


@dataclass(frozen=True)
class CubeRows:
    """The facts summed by CUBE_KEYS (countable facts' kg, count, kzt and usd; how many events and facts), and
    what the store holds, read in one transaction so the two agree."""

    rows: list[tuple]        # CUBE_KEYS + CUBE_SUMS
    documents: int
    last_fact: date | None
    updated: datetime | None
    outlets: int


def cube_rows(engine: Engine) -> CubeRows:
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
    if isinstance(last_fact, str):
        last_fact = date.fromisoformat(last_fact)
    return CubeRows(rows, int(n_docs), last_fact, updated, len(hosts - {None}))


def version(engine: Engine) -> tuple:
    """What changes when the store does: the last fact, document, run and reviewer's decision."""
    with engine.connect() as conn:
        return (conn.execute(select(func.max(facts.c.id))).scalar_one(),
                conn.execute(select(func.max(documents.c.id))).scalar_one(),
                conn.execute(select(func.max(runs.c.id))).scalar_one(),
                conn.execute(select(func.max(corrections.c.id))).scalar_one())


# --- the facts themselves -------------------------------------------------------------------------------------

EVENT_COLUMNS = ("id", "event_id", "date", "period_start", "period_end", "region", "kind", "substance", "action",
                 "role", "kg", "count", "unit", "amount", "currency", "kzt", "usd", "total", "countable", "quote",
                 "reviewed", "confidence")
FACT_COLUMNS = ("event_id", "countable", "doc_id", "kind", "date", "period_start", "period_end", "region",
                "substance", "action", "role", "kg", "count", "unit", "amount", "currency", "kzt", "usd", "rate",
                "rate_source", "rate_estimated", "layer", "total", "quote", "reviewed", "confidence")


def _events_source(search: str):  # noqa: ANN202
    """The facts, joined to their article's title when searching."""
    return facts.join(documents, documents.c.id == facts.c.document_id) if search.strip() else facts


def _events_where(f: Filters, search: str) -> list:
    """An event (its first report) of a view that holds every word of a search."""
    return [*conditions(f), facts.c.id == facts.c.event_id, *search_conditions(search)]


def events(engine: Engine, f: Filters, *, sort: str = "date", descending: bool = True, page: int = 0,
           size: int = 25, search: str = "") -> list[dict]:
    """A page of the events behind a view (those whose quote or article title holds every word of `search`,
    if given): the first report of each (EVENT_COLUMNS), with `links`, every (url, title, language) of its
    reports. Sorting by value sorts within a kind and a unit (kilograms with kilograms, tenge with tenge,
    people with people), never across them. Rows with the sort key unknown (undated, no region) come after
    the others either way; each part is read in index order, so a page costs the same on a big store."""
    c = facts.c
    key = {"date": placed(), "region": c.region, "kind": c.kind,
           "value": func.coalesce(c.kg, c.kzt, c.count, c.amount)}.get(sort, placed())
    order = [key.desc(), c.id.desc()] if descending else [key.asc(), c.id.asc()]
    if sort == "value":
        unit = case((c.kg.is_not(None), 0), (c.kzt.is_not(None), 1), (c.count.is_not(None), 2), else_=3)
        order = [c.kind.asc(), unit.asc(), c.unit.asc(), *order]
    columns = [c[name] for name in EVENT_COLUMNS]
    where = _events_where(f, search)
    offset = page * size

    def chosen(*cols):  # noqa: ANN002, ANN202
        return select(*cols).select_from(_events_source(search))

    with engine.connect() as conn:
        rows = [r._asdict() for r in conn.execute(
            chosen(*columns).where(*where, key.is_not(None)).order_by(*order).limit(size).offset(offset))]
        if len(rows) < size:
            n_known = offset + len(rows) if rows else conn.execute(
                chosen(func.count()).where(*where, key.is_not(None))).scalar_one()
            unknown = conn.execute(chosen(*columns).where(*where, key.is_(None)).order_by(c.id)
                                   .limit(size - len(rows)).offset(max(0, offset - n_known)))
            rows += [r._asdict() for r in unknown]
        if not rows:
            return rows
        links = (select(c.event_id, func.coalesce(c.url, documents.c.url), documents.c.title, documents.c.source,
                        documents.c.lang)
                 .join(documents, documents.c.id == c.document_id)
                 .where(c.event_id.in_([int(r["event_id"]) for r in rows])).order_by(c.event_id, c.id))
        found: dict[int, list[tuple[str, str, str | None]]] = {}
        for event, url, title, source, lang in conn.execute(links):
            target = (url or "", title or source or "", lang)
            if target not in found.setdefault(int(event), []):
                found[int(event)].append(target)
    for row in rows:
        row["links"] = found.get(int(row["event_id"]), [])
    return rows


def count_events(engine: Engine, f: Filters, search: str = "") -> int:
    """How many events of a view a search finds."""
    q = select(func.count()).select_from(_events_source(search)).where(*_events_where(f, search))
    with engine.connect() as conn:
        return int(conn.execute(q).scalar_one())


def fact_chunks(engine: Engine, f: Filters, languages: tuple[str, ...] = (),
                chunk: int = 20_000) -> Iterator[tuple[list[str], list[tuple]]]:
    """Every fact (every report, with its event and countable flag) behind a view, as (columns, rows) chunks:
    FACT_COLUMNS, then url, title, language; `languages` keeps those of documents in these languages
    (etl.language; `unknown`: not detected). An empty view gives one empty chunk."""
    c, d = facts.c, documents.c
    where = conditions(f)
    if languages:
        known = [code for code in languages if code != "unknown"]
        where.append(or_(d.lang.in_(known), d.lang.is_(None)) if "unknown" in languages else d.lang.in_(known))
    q = (select(*[c[name] for name in FACT_COLUMNS], func.coalesce(c.url, d.url).label("url"), d.title,
                d.lang.label("language"))
         .join(documents, d.id == c.document_id)
         .where(*where).order_by(c.date, c.id))
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=chunk).execute(q)
        columns = list(result.keys())
        empty = True
        for part in result.partitions(chunk):
            empty = False
            yield columns, [tuple(r) for r in part]
        if empty:
            yield columns, []


# --- official statistics --------------------------------------------------------------------------------------

SPLIT_BY = {"seizure_kg": "substance", "precursors_kg": "substance",  # series of these run per substance,
            "confiscated_kzt": "role", "confiscated_usd": "role"}      # of these per legal stage


def official_reports(engine: Engine, f: Filters) -> list[Report]:
    """The official figures of a view, as etl.statistics reports of each measure they add to: the statistics
    layer's counted facts (one per event), those of one article for the same region, measure, part (SPLIT_BY)
    and period added up (the parts of one report: "из них 72 — сбыт, 323 — хранение"), each given as many
    times as its event has reports (agreeing reports are one figure)."""
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


def outlets(engine: Engine) -> list[tuple[str, int]]:
    """The outlets of the stored articles (by the host of their url, without "www.") with how many articles
    each, most first; articles without a url are counted under an empty name."""
    counts: dict[str, int] = {}
    with engine.connect() as conn:
        for url, n in conn.execute(select(documents.c.url, func.count()).group_by(documents.c.url)):
            host = ((urlsplit(url).hostname or "") if url else "").removeprefix("www.")
            counts[host] = counts.get(host, 0) + int(n)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


# --- the review pages -----------------------------------------------------------------------------------------

def password_hash(engine: Engine, name: str) -> str | None:
    """A reviewer's stored password hash (None: no such account)."""
    with engine.connect() as conn:
        return conn.execute(select(users.c.password_hash).where(users.c.name == name)).scalar()


def review_queue(engine: Engine, below: float, limit: int) -> tuple[list, dict[tuple, list[str]]]:
    """The facts that wait for a person (flagged by a reader, or not reviewed and machine-read with confidence
    below `below`), flagged first, then the least sure, each with its article; and the readers' notes on them
    by etl.review.key (document, kind, quote)."""
    c, d = facts.c, documents.c
    want = (c.flagged.is_(True)) | ((c.reviewed.is_(False)) & (c.confidence < below))
    with engine.connect() as conn:
        rows = conn.execute(select(c.id, c.kind, c.quote, c.region, c.date, c.substance, c.kg, c.count, c.unit,
                                   c.amount, c.currency, c.role, c.action, c.total, c.confidence, c.flagged,
                                   d.doc_key, d.text, d.url, d.title)
                            .join(documents, d.id == c.document_id).where(want)
                            .order_by(c.flagged.desc(), c.confidence, c.id).limit(limit)).all()
        notes: dict[tuple, list[str]] = {}
        keys = sorted({r.doc_key for r in rows})
        for part in _chunks(keys):
            for r in conn.execute(select(corrections).where(corrections.c.doc_key.in_(part),
                                                            corrections.c.action == "flag")):
                notes.setdefault(review.key(r.doc_key, r.kind, r.quote), []).append(r.note or "(no note)")
    return rows, notes


def decision_log(engine: Engine, limit: int) -> list:
    """The latest decisions, newest first."""
    with engine.connect() as conn:
        return conn.execute(select(corrections).order_by(corrections.c.id.desc()).limit(limit)).all()


def fact_quote(engine: Engine, fact_id: int) -> str | None:
    """A stored fact's quote (None: no such fact)."""
    with engine.connect() as conn:
        return conn.execute(select(facts.c.quote).where(facts.c.id == fact_id)).scalar()
