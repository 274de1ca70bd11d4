"""Reading the store: where a fact sits in time, which regions a view takes, the totals of a view (by
etl.counting's rules), snapshots, and what the collector knows of fetched pages."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

from sqlalchemy import (
    func,
    or_,
    select,
)
from sqlalchemy.engine import Connection, Engine

from etl.counting import ABROAD, APART, MEASURES, measures_of
from etl.store.schema import documents, facts, fetches, runs
from etl.store.writer import _chunks

# --- the query API ------------------------------------------------------------------------------------------

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
