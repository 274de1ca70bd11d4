"""The fact store: SQLAlchemy Core tables, the one writer, event linking, and the query API.

SQLite by default (data/store/facts.sqlite, in WAL mode so a reader keeps working while a run writes);
PostgreSQL when DATABASE_URL or --db says so. Every batch of documents is written in one transaction: a
run killed half-way leaves the store as it was before that batch.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    func,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SQLITE = ROOT / "data" / "store" / "facts.sqlite"
EVENT_DAYS = 7  # reports of one event are at most this many days apart

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_key", String(512), nullable=False),       # the input's own id, with its file
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("source", String(1024)),                        # file (and line) it was read from
    Column("url", String(2048)),
    Column("title", Text),
    Column("published", Date),
    Column("origin", String(16), nullable=False),          # extracted | curated
    Column("run_id", Integer),
    Column("added", DateTime(timezone=True)),
    Index("ix_documents_key", "doc_key"),
)

facts = Table(
    "facts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("fact_no", Integer, nullable=False),
    Column("doc_id", String(512)),
    Column("kind", String(16), nullable=False),
    Column("quote", Text),
    Column("region", String(8)),
    Column("date", Date),
    Column("period_start", Date),
    Column("period_end", Date),
    Column("total", Boolean, nullable=False, default=False),
    Column("substance", String(32)),
    Column("kg", Float),
    Column("count", Float),
    Column("unit", String(16)),
    Column("amount", Float),
    Column("currency", String(8)),
    Column("role", String(16)),
    Column("action", String(16)),
    Column("kzt", Float),
    Column("usd", Float),
    Column("rate", Float),
    Column("rate_source", Text),
    Column("rate_estimated", Boolean, default=False),
    Column("rate_note", Text),
    Column("layer", String(16), nullable=False),           # operations | statistics
    Column("event_id", Integer),                           # the first report's fact id
    Column("countable", Boolean, nullable=False, default=True),
    Column("url", String(2048)),
    UniqueConstraint("document_id", "fact_no"),
    Index("ix_facts_date", "date"),
    Index("ix_facts_region", "region"),
    Index("ix_facts_kind", "kind"),
    Index("ix_facts_substance", "substance"),
    Index("ix_facts_event", "event_id"),
    Index("ix_facts_filter", "layer", "kind", "date", "region"),
    Index("ix_facts_layer_date", "layer", "date"),      # the dashboard's sources table, newest first
)

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started", DateTime(timezone=True)),
    Column("finished", DateTime(timezone=True)),
    Column("inputs", Text),            # JSON list of paths
    Column("documents_new", Integer, default=0),
    Column("documents_unchanged", Integer, default=0),
    Column("documents_failed", Integer, default=0),
    Column("facts_stored", Integer, default=0),
    Column("events_merged", Integer, default=0),
    Column("failures", Text),          # JSON list of "file: reason"
)


def database_url(explicit: str | None = None) -> str:
    """--db, else DATABASE_URL, else the SQLite file under data/store/."""
    url = explicit or os.environ.get("DATABASE_URL")
    if url:
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://"):]
        return url
    DEFAULT_SQLITE.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{DEFAULT_SQLITE}"


def connect(url: str | None = None) -> Engine:
    """An engine on the store, its tables created if missing."""
    url = database_url(url)
    engine = create_engine(url, future=True, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # noqa: ANN001
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()
    metadata.create_all(engine)
    for index in facts.indexes:  # indexes added since the store was made
        index.create(engine, checkfirst=True)
    return engine


def now() -> datetime:
    return datetime.now(UTC)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def start_run(engine: Engine, inputs: list[str]) -> int:
    with engine.begin() as conn:
        return conn.execute(runs.insert().values(started=now(), inputs=json.dumps(inputs, ensure_ascii=False))
                            ).inserted_primary_key[0]


def finish_run(engine: Engine, run_id: int, summary: dict) -> None:
    with engine.begin() as conn:
        conn.execute(update(runs).where(runs.c.id == run_id).values(
            finished=now(), documents_new=summary["new"], documents_unchanged=summary["unchanged"],
            documents_failed=summary["failed"], facts_stored=summary["facts"], events_merged=summary["merged"],
            failures=json.dumps(summary["failures"], ensure_ascii=False)))


def known_hashes(conn: Connection, hashes: Iterable[str]) -> set[str]:
    hashes = list(hashes)
    if not hashes:
        return set()
    rows = conn.execute(select(documents.c.content_hash).where(documents.c.content_hash.in_(hashes)))
    return {r[0] for r in rows}


def write_document(conn: Connection, doc: dict, doc_facts: list[dict], run_id: int) -> tuple[int, int]:
    """Insert one new document and its normalised facts; link each fact to an earlier report of the same event.

    A document whose key is already stored with other content replaces it (its old facts go).
    Returns (facts stored, facts merged into an earlier event).
    """
    old = conn.execute(select(documents.c.id).where(documents.c.doc_key == doc["doc_key"])).scalars().all()
    if old:
        conn.execute(update(facts).where(facts.c.event_id.in_(
            select(facts.c.id).where(facts.c.document_id.in_(old)))).values(event_id=None, countable=True))
        conn.execute(facts.delete().where(facts.c.document_id.in_(old)))
        conn.execute(documents.delete().where(documents.c.id.in_(old)))
    doc_id = conn.execute(documents.insert().values(
        doc_key=doc["doc_key"], content_hash=doc["content_hash"], source=doc.get("source"), url=doc.get("url"),
        title=doc.get("title"), published=_day(doc.get("published")), origin=doc["origin"], run_id=run_id,
        added=now())).inserted_primary_key[0]
    merged = 0
    kinds_with_parts = {f["kind"] for f in doc_facts if not f.get("total")}
    for n, fact in enumerate(doc_facts):
        row = _row(fact)
        row.update(document_id=doc_id, fact_no=n, url=fact.get("url") or doc.get("url"))
        # a total whose parts are listed is not added to them
        row["countable"] = not (fact.get("total") and fact["kind"] in kinds_with_parts)
        earlier = _same_event(conn, row, doc_id)
        if earlier is not None:
            conn.execute(facts.insert().values(**(row | {"event_id": earlier, "countable": False})))
            merged += 1
        else:
            fact_id = conn.execute(facts.insert().values(**row)).inserted_primary_key[0]
            conn.execute(update(facts).where(facts.c.id == fact_id).values(event_id=fact_id))
    return len(doc_facts), merged


_COLUMNS = ("doc_id", "kind", "quote", "region", "total", "substance", "kg", "count", "unit", "amount", "currency",
            "role", "action", "kzt", "usd", "rate", "rate_source", "rate_estimated", "rate_note", "layer")


def _row(fact: dict) -> dict:
    row = {c: fact.get(c) for c in _COLUMNS}
    row["total"] = bool(fact.get("total"))
    row["rate_estimated"] = bool(fact.get("rate_estimated"))
    for c in ("date", "period_start", "period_end"):
        row[c] = _day(fact.get(c))
    return row


def _same_event(conn: Connection, row: dict, doc_id: int) -> int | None:
    """The event id of an earlier report of the same event in another document: same kind and value, same or
    unknown region, the same layer and period, dates at most EVENT_DAYS apart (an unknown date joins only the
    same article or the same named region)."""
    c = facts.c
    q = select(c.event_id, c.region, c.date).where(
        c.kind == row["kind"], c.document_id != doc_id, c.layer == row["layer"], c.countable.is_(True),
        c.total == row["total"])
    if row["date"] is None:
        # an undated report joins an event only on firmer ground: the same article, or the same named region
        if row["region"] is None and not row.get("url"):
            return None
        same = (c.url == row["url"]) | (c.region == row["region"]) if row.get("url") else c.region == row["region"]
        q = q.where(same)
    else:
        window = timedelta(days=EVENT_DAYS)
        q = q.where(c.date.between(row["date"] - window, row["date"] + window) | c.date.is_(None))
    if row["layer"] == "statistics":
        q = q.where(c.period_start == row["period_start"], c.period_end == row["period_end"])
    if row["region"] is not None:
        q = q.where((c.region == row["region"]) | c.region.is_(None))
    kind = row["kind"]
    if kind == "seizure" and row["kg"] is not None:
        q = q.where(c.kg.between(row["kg"] * 0.99, row["kg"] * 1.01))
    elif kind == "seizure":
        q = q.where(c.unit == row["unit"], c.count == row["count"])
    elif kind == "money":
        currencies = ["USD", "USDT"] if row["currency"] in ("USD", "USDT") else [row["currency"]]
        q = q.where(c.currency.in_(currencies), c.amount.between(row["amount"] * 0.995, row["amount"] * 1.005))
    else:
        q = q.where(c.count == row["count"])
        if kind == "people":
            q = q.where(c.action == row["action"])
    found = conn.execute(q.order_by(c.event_id).limit(1)).first()
    return found[0] if found else None


# --- the query API ------------------------------------------------------------------------------------------

MEASURES = ("seizure_kg", "detained", "arrested", "charged", "confiscated_kzt", "confiscated_usd",
            "labs", "groups", "online", "crimes")
CONFISCATED = ("seized", "frozen", "forfeited")


def totals(engine: Engine, *, year_from: int | None = None, year_to: int | None = None,
           regions: list[str] | None = None, layer: str = "operations", substance: str | None = None) -> dict:
    """Each measure for a filter, every event counted once (countable facts only); turnover and street value
    apart, never in confiscated."""
    c = facts.c
    where = [c.countable.is_(True), c.layer == layer]
    if year_from is not None:
        where.append(c.date >= date(year_from, 1, 1))
    if year_to is not None:
        where.append(c.date <= date(year_to, 12, 31))
    if regions:
        where.append(c.region.in_(regions))
    if substance:
        where.append(c.substance == substance)
    q = select(c.kind, c.action, c.role, func.sum(c.kg), func.sum(c.count), func.sum(c.kzt), func.sum(c.usd)
               ).where(*where).group_by(c.kind, c.action, c.role)
    out = {m: 0.0 for m in MEASURES} | {"turnover_kzt": 0.0, "turnover_usd": 0.0, "value_kzt": 0.0, "value_usd": 0.0}
    with engine.connect() as conn:
        for kind, action, role, kg, count, kzt, usd in conn.execute(q):
            if kind == "seizure":
                out["seizure_kg"] += kg or 0
            elif kind == "people" and action:
                out[action] += count or 0
            elif kind == "money" and role in CONFISCATED:
                out["confiscated_kzt"] += kzt or 0
                out["confiscated_usd"] += usd or 0
            elif kind == "money" and role in ("turnover", "value"):
                out[f"{role}_kzt"] += kzt or 0
                out[f"{role}_usd"] += usd or 0
            elif kind in MEASURES:
                out[kind] += count or 0
    return {k: round(v, 6) for k, v in out.items()}


def snapshot(engine: Engine) -> list[tuple]:
    """Every stored fact as a comparable tuple (for tests and checks that two stores are the same)."""
    c = facts.c
    q = select(documents.c.content_hash, c.fact_no, c.kind, c.kg, c.count, c.amount, c.region, c.date, c.countable,
               c.layer).join(documents, documents.c.id == c.document_id).order_by(documents.c.content_hash, c.fact_no)
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(q)]


def last_finished(engine: Engine) -> datetime | None:
    """When the last completed run finished (None if no run has)."""
    with engine.connect() as conn:
        value = conn.execute(select(func.max(runs.c.finished))).scalar_one()
    if value is not None and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value
