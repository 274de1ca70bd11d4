"""The only code that writes the store: runs, documents and their facts in batches under the write lock, people's
decisions, and re-linking the events of the windows a batch touched (the rules are etl.events' and
etl.counting's)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime

from sqlalchemy import (
    ARRAY,
    Boolean,
    Integer,
    String,
    any_,
    bindparam,
    func,
    literal_column,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine, Row

from etl import review
from etl.events import (
    Report,
    distinctive,
    event_key,
    figure_key,
    figure_keys,
    joins,
    link_chains,
    near_event_keys,
)
from etl.fact import Fact
from etl.normalise import normalise
from etl.store.schema import corrections, documents, facts, fetches, runs


def now() -> datetime:
    return datetime.now(UTC)


def _day(value: object) -> date | None:
    """A day given as text ("2024-03-01", or a timestamp's first ten characters, as SQLite hands dates back) or
    as a date."""
    if value is None or value == "" or isinstance(value, date):
        return value or None
    return date.fromisoformat(str(value)[:10])


def _text(value: object) -> object:
    """A string as both stores keep it: without NUL characters, which PostgreSQL refuses in text and which no
    reader ever meant (anything else is kept as it is)."""
    return value.replace("\x00", "") if isinstance(value, str) and "\x00" in value else value


def start_run(engine: Engine, inputs: list[str]) -> int:
    with engine.begin() as conn:
        return conn.execute(runs.insert().values(started=now(), status="running",
                                                 inputs=_text(json.dumps(inputs, ensure_ascii=False)))
                            ).inserted_primary_key[0]


def finish_run(engine: Engine, run_id: int, summary: dict, status: str = "finished") -> None:
    """Record a run's end: `finished`, or `interrupted` (a signal, a full disk: the reason is the last failure)."""
    with engine.begin() as conn:
        conn.execute(update(runs).where(runs.c.id == run_id).values(
            finished=now(), status=status, documents_new=summary["new"], documents_unchanged=summary["unchanged"],
            documents_failed=summary["failed"], facts_stored=summary["facts"], events_merged=summary["merged"],
            failures=_text(json.dumps(summary["failures"], ensure_ascii=False))))


WRITE_LOCK = 7_261_001  # the PostgreSQL advisory lock that one batch of one run holds while it writes


def lock(conn: Connection) -> None:
    """Take the store's write lock for this transaction, waiting for another run's batch to finish: batches are
    written, and their events re-linked, one at a time, so that runs at once give the store one run would.
    PostgreSQL: a transaction-scoped advisory lock; SQLite: the database's write lock, taken now (waiting up to
    its busy timeout) rather than at the first insert."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
        _by_index(conn)
    else:
        conn.execute(update(runs).where(runs.c.id == -1).values(inputs=None))


def _by_index(conn: Connection) -> None:
    """PostgreSQL, for the rest of this transaction: a batch's look-ups and updates are a few thousand rows of a
    table that grows to millions, so they go by the indexes, never a scan of the whole table, whatever the
    planner's estimates (stale in the middle of a run) say. SQLite needs nothing: it looks up by index."""
    if conn.dialect.name == "postgresql":
        for method in ("seqscan", "hashjoin", "mergejoin"):
            conn.exec_driver_sql(f"SET LOCAL enable_{method} = off")


def known_hashes(conn: Connection, hashes: Iterable[str]) -> set[str]:
    hashes = list(hashes)
    if not hashes:
        return set()
    rows = conn.execute(select(documents.c.content_hash).where(_among(conn, documents.c.content_hash, hashes)))
    return {r[0] for r in rows}


def write_documents(conn: Connection, batch: list[tuple[dict, list[Mapping]]], run_id: int) -> list[dict]:
    """Insert new documents and their normalised facts, unlinked, in a handful of statements: `relink` links
    them to the other reports of their events once the batch is written. A document whose key is already
    stored with other content replaces it (its old facts go). Returns what was stored and what went, for
    `relink` to know the windows touched."""
    if not batch:
        return []
    keys = [_text(doc["doc_key"]) for doc, _ in batch]
    old = [i for part in _chunks(set(keys)) for i in conn.execute(
        select(documents.c.id).where(_among(conn, documents.c.doc_key, part))).scalars()]
    touched = []
    for part in _chunks(set(old)):
        stored = conn.execute(select(facts).where(_among(conn, facts.c.document_id, part)))
        touched += [_touch(dict(r._mapping)) | {"gone": True} for r in stored]
        conn.execute(facts.delete().where(_among(conn, facts.c.document_id, part)))
        conn.execute(documents.delete().where(_among(conn, documents.c.id, part)))
    added = now()
    made = conn.execute(documents.insert().returning(documents.c.id, sort_by_parameter_order=True), [
        {"doc_key": _text(doc["doc_key"]), "content_hash": doc["content_hash"], "source": _text(doc.get("source")),
         "url": _text(doc.get("url")), "title": _text(doc.get("title")), "published": _day(doc.get("published")),
         "origin": doc["origin"], "run_id": run_id, "added": added, "text": _text(doc.get("text")),
         "lang": doc.get("lang")}
        for doc, _ in batch]).scalars().all()
    decided = decisions(conn, keys)
    rows = []
    for doc_id, (doc, doc_facts) in zip(made, batch, strict=True):
        rows += _fact_rows(doc_id, _text(doc["doc_key"]), doc.get("url"), list(enumerate(doc_facts)), decided)
    if rows:
        conn.execute(facts.insert(), rows)
    return touched + [_touch(r) for r in rows]


def _fact_rows(doc_id: int, doc_key: str, doc_url: str | None, numbered: list[tuple[int, Mapping]],
               decided: dict[tuple, list[dict]]) -> list[dict]:
    """The facts rows of one document: each fact as people's decisions about it leave it (etl.review.apply:
    corrected, reviewed, flagged, or gone when rejected), with what was read kept as its original when a decision
    changed it (a fact no one decided on is its own original: `_original`; not a second copy of every row)."""
    rows = []
    for n, fact in numbered:
        # what was read, as a plain record (a Fact's fields read once: the writer sees every fact)
        original = fact.as_dict() if isinstance(fact, Fact) else {k: v for k, v in fact.items() if k != "original"}
        stored = original
        found = decided.get(review.key(doc_key, original["kind"], original.get("quote") or ""))
        if found:
            decided_fact = review.apply(original, found)
            if decided_fact is None:
                continue  # rejected by a reviewer (the log keeps the decision and can undo it)
            stored = normalise(decided_fact).as_dict()
        row = _row(stored)
        row.update(document_id=doc_id, fact_no=n, url=stored.get("url") or doc_url, event_id=None, countable=False,
                   original=json.dumps(original, ensure_ascii=False, default=str) if found else None)
        row["event_key"] = event_key(_report(row))
        rows.append(row)
    return rows


def decisions(conn: Connection, doc_keys: Iterable[str]) -> dict[tuple, list[dict]]:
    """People's decisions about the facts of these documents, by fact (etl.review.key)."""
    out: dict[tuple, list[dict]] = {}
    for part in _chunks(set(doc_keys)):
        for row in conn.execute(select(corrections).where(_among(conn, corrections.c.doc_key, part))):
            d = dict(row._mapping)
            out.setdefault(review.key(d["doc_key"], d["kind"], d["quote"]), []).append(d)
    return out  # an undo is recorded under its target's key (decide), so it sits beside it


def decide(conn: Connection, fact_id: int | None, action: str, who: str, changes: dict | None = None,
           note: str | None = None, target: int | None = None) -> int:
    """Record a decision about a stored fact (or undo an earlier one: `target`) and rewrite its document's facts
    with every live decision applied; the events it touches are re-linked. Returns the decision's id."""
    if action not in review.ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if action == "undo":
        aim = conn.execute(select(corrections).where(corrections.c.id == target)).one()._mapping
        doc_key, kind, quote = aim["doc_key"], aim["kind"], aim["quote"]
    else:
        row = conn.execute(select(documents.c.doc_key, facts).join(documents, documents.c.id == facts.c.document_id)
                           .where(facts.c.id == fact_id)).one()._mapping
        doc_key, kind, quote = row["doc_key"], row["kind"], row["quote"]
        if action == "reject":  # the fact's row goes: what was read is kept with the decision, for an undo
            changes = {"fact_no": row["fact_no"], "original": _original(row)}
    made = conn.execute(corrections.insert().returning(corrections.c.id).values(
        doc_key=doc_key, kind=kind, quote=" ".join((quote or "").split()), action=action,
        changes=json.dumps(changes or {}, ensure_ascii=False), note=_text(note), target=target, who=who,
        at=now())).scalar_one()
    rewrite_document(conn, doc_key)
    return made


def record_decision(engine: Engine, fact_id: int | None, action: str, who: str, changes: dict | None = None,
                    note: str | None = None, target: int | None = None) -> int | None:
    """`decide` in a transaction of its own, if what it is about is still there: the fact (it may have been
    decided already), or for an undo the decision (never an undo itself). Returns the decision's id, or None
    when there is nothing to decide on."""
    with engine.begin() as conn:
        if action == "undo":
            aimed = conn.execute(select(corrections.c.action).where(corrections.c.id == target)).scalar()
            if aimed is None or aimed == "undo":
                return None
        elif conn.execute(select(facts.c.id).where(facts.c.id == fact_id)).first() is None:
            return None
        return decide(conn, fact_id, action, who, changes, note=note, target=target)


def rewrite_document(conn: Connection, doc_key: str) -> None:
    """A stored document's facts again from what was read (their originals) and every live decision."""
    doc = conn.execute(select(documents.c.id, documents.c.url).where(documents.c.doc_key == doc_key)).first()
    if doc is None:
        return
    old = [dict(r._mapping) for r in conn.execute(select(facts).where(facts.c.document_id == doc.id))]
    numbered = {r["fact_no"]: _original(r) for r in old}
    decided = decisions(conn, [doc_key])
    # a rejected fact has no row: what was read comes back from its reject decision (live or undone)
    for found in decided.values():
        for d in found:
            kept = json.loads(d["changes"] or "{}") if d["action"] == "reject" else {}
            if kept.get("original") is not None and kept["fact_no"] not in numbered:
                numbered[kept["fact_no"]] = kept["original"]
    conn.execute(facts.delete().where(facts.c.document_id == doc.id))
    rows = _fact_rows(doc.id, doc_key, doc.url, sorted(numbered.items()), decided)
    if rows:
        conn.execute(facts.insert(), rows)
    relink(conn, [_touch(r) | {"gone": True} for r in old] + [_touch(r) for r in rows])


def _original(row: Mapping) -> dict:
    """What was read of a stored fact: its kept original, else (no decision changed it) the row itself."""
    return json.loads(row["original"]) if row["original"] else _fact_of(row)


def _fact_of(row: Mapping) -> dict:
    """A stored row as the GUIDE fact it was normalised from."""
    fact = {k: row[k] for k in _COLUMNS if k in row}
    for k in ("date", "period_start", "period_end"):
        fact[k] = row[k].isoformat() if row.get(k) else None
    fact.update(url=row.get("url"), breakdown=row.get("breakdown"), remainder=row.get("remainder"),
                reviewed=row.get("reviewed"), flagged=row.get("flagged"))
    return fact


def _report(row: dict) -> Report:
    """A facts row (or a row about to be one) as event linking sees it, without its identity."""
    return Report(row.get("id") or 0, "", 0, row["kind"], row["layer"], bool(row["total"]), row["region"], row["date"],
                  row["period_start"], row["period_end"], row["url"], row["kg"], row["count"], row["unit"],
                  row["amount"], row["currency"], row["role"], row["action"])


def _touch(row: dict) -> dict:
    """What `relink` needs of a fact written or removed: the keys of its possible events, its date, whether it
    is a sum at a legal stage (a wider window), and its document."""
    report = _report(row)
    # an everyday figure is linked through its article's reports, not through its own figure
    keys = [] if not distinctive(report) else near_event_keys(report) if row["date"] is not None \
        else figure_keys(report)
    return {"keys": keys, "undated": row["date"] is None, "region": row["region"],
            "document_id": row.get("document_id")}


_REPORT = (facts.c.id, documents.c.doc_key, facts.c.fact_no, facts.c.kind, facts.c.layer, facts.c.total,
           facts.c.region, facts.c.date, facts.c.period_start, facts.c.period_end, facts.c.url, facts.c.kg,
           facts.c.count, facts.c.unit, facts.c.amount, facts.c.currency, facts.c.role, facts.c.action)


def relink(conn: Connection, touched: list[dict]) -> int:
    """Link every report that could share an event with the touched facts (the same or a neighbouring figure
    bucket, etl.events.event_key, within their event windows; undated ones at any date) into events with
    etl.events.link_chains, their whole chains included (the stored chains are the reports' nearness groups,
    so the set read is closed: linking it gives what linking every stored report would; when the touched facts
    are all new, only the chains a new report is near: the others cannot change), and set which reports are
    counted: an event's counting report, unless it is a total counted through its parts.
    Returns how many of the touched documents' reports were merged into an event counted by another document's
    report."""
    c = facts.c
    _by_index(conn)
    ids: set[int] = set()
    by_region: dict[str | None, set[str]] = {}  # a report joins its own region's or an unplaced one's
    for t in touched:
        if not t["undated"]:
            by_region.setdefault(t["region"], set()).update(t["keys"])
    for region, keys in by_region.items():
        # its own region's and unplaced ones, as two look-ups of the (event_key, region) index
        wheres = [[]] if region is None else [[c.region == region], [c.region.is_(None)]]
        for part in _chunks(keys):
            for where in wheres:
                ids.update(conn.execute(select(c.id).where(_among(conn, c.event_key, part), *where)).scalars())
    # the batch's own facts, whatever their keys say
    new_docs = {t["document_id"] for t in touched if t.get("document_id") is not None}
    for part in _chunks(new_docs):
        ids.update(conn.execute(select(c.id).where(_among(conn, c.document_id, part))).scalars())
    # an undated report may join its region's or article's report of any date: its figure at any time
    for prefix in sorted({k for t in touched if t["undated"] for k in t["keys"]}):
        ids.update(conn.execute(select(c.id).where(c.event_key.startswith(prefix, autoescape=True))).scalars())
    if not ids:
        return 0
    full = select(*_REPORT, c.document_id, c.event_id, c.chain_id, c.countable, c.breakdown) \
        .join(documents, documents.c.id == c.document_id)
    read: dict[int, Row] = {}
    if not any(t.get("gone") for t in touched):
        # only new reports: a stored report's chain changes only if a new report is near it (events.joins), so
        # the chains of the candidates no new report is near are left as they are
        read = {r.id: r for part in _chunks(ids) for r in conn.execute(full.where(_among(conn, c.id, part)))}
        ids = _joined(list(read.values()), new_docs)
        chains = {read[i].chain_id for i in ids if read[i].chain_id is not None}
    else:
        chains = {chain for part in _chunks(ids) for chain in conn.execute(
            select(c.chain_id).where(_among(conn, c.id, part), c.chain_id.is_not(None))).scalars()}
    # whole chains: the reports near a report of the window, directly or through others
    for part in _chunks(chains):
        ids.update(conn.execute(select(c.id).where(_among(conn, c.chain_id, part))).scalars())
    rows = [read[i] for i in ids if i in read] + [
        row for part in _chunks(ids - read.keys()) for row in conn.execute(full.where(_among(conn, c.id, part)))]
    return _link_rows(conn, rows, new_docs)


def _joined(rows: list[Row], new_docs: set[int]) -> set[int]:
    """Of the candidate reports (rows read with _REPORT's columns first), the new documents' own and the stored
    ones a new report is near."""
    reports = [Report(*r[:18]) for r in rows]
    new = [report for report, r in zip(reports, rows, strict=True) if r.document_id in new_docs]
    by_figure: dict[str, list[Report]] = {}
    for r in new:
        if distinctive(r):
            by_figure.setdefault(figure_key(r), []).append(r)
    keep = {r.id for r in new}
    for r in reports:
        if r.id not in keep and distinctive(r) \
                and any(joins(r, o) for key in figure_keys(r) for o in by_figure.get(key, ())):
            keep.add(r.id)
    return keep


def relink_all(conn: Connection) -> int:
    """Link every stored report afresh (a schema upgrade that changes how events are kept)."""
    c = facts.c
    rows = conn.execute(select(*_REPORT, c.document_id, c.event_id, c.chain_id, c.countable, c.breakdown)
                        .join(documents, documents.c.id == c.document_id)).all()
    return _link_rows(conn, rows, set())


def _link_rows(conn: Connection, rows: list, new_docs: set[int]) -> int:
    """Set the events, chains and counted reports of a closed set of reports (every chain whole)."""
    c = facts.c
    linked = link_chains([Report(*r[:18]) for r in rows])
    merged = 0
    by_id = {r.id: r for r in rows}
    changes = []
    for r in rows:
        head, chain = linked[r.id].event, linked[r.id].chain
        countable = head == r.id and not r.breakdown  # a listed total counts through its parts (etl.counting)
        if head != r.id and by_id[head].document_id != r.document_id and r.document_id in new_docs:
            merged += 1
        if (r.event_id, r.chain_id, r.countable) != (head, chain, countable):
            changes.append({"fact": r.id, "event": head, "chain": chain, "counted": countable})
    if changes and conn.dialect.name == "postgresql":  # one statement, four arrays: not a statement per row
        given = select(*[func.unnest(bindparam(name, [ch[name] for ch in changes], type_=ARRAY(kind))).label(name)
                         for name, kind in (("fact", Integer()), ("event", Integer()), ("chain", Integer()),
                                            ("counted", Boolean()))]).subquery()
        conn.execute(update(facts).where(c.id == given.c.fact).values(
            event_id=given.c.event, chain_id=given.c.chain, countable=given.c.counted))
    elif changes:
        conn.execute(update(facts).where(c.id == bindparam("fact")).values(
            event_id=bindparam("event"), chain_id=bindparam("chain"), countable=bindparam("counted")), changes)
    return merged


def _among(conn: Connection, column, values: Iterable):  # noqa: ANN001, ANN202
    """`column IN values`; on PostgreSQL `column = ANY(array)`, one parameter whatever the count, so that a
    batch's look-ups are not thousands of parameters to send and parse."""
    if conn.dialect.name == "postgresql":
        return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    # SQLite: the values as one JSON array, read back by json_each (not one parameter each)
    given = select(literal_column("value")).select_from(
        func.json_each(bindparam(None, json.dumps(list(values), ensure_ascii=False), type_=String())))
    return column.in_(given.scalar_subquery())


def _chunks(values: set, size: int = 5000) -> list[list]:
    """Values in lists of a bounded size, so that one statement's array (`_among`) stays modest."""
    items = sorted(values)
    return [items[k:k + size] for k in range(0, len(items), size)]


_COLUMNS = ("doc_id", "kind", "quote", "region", "total", "substance", "kg", "count", "unit", "amount", "currency",
            "role", "action", "kzt", "usd", "rate", "rate_source", "rate_estimated", "rate_note", "layer",
            "confidence")


_FLAGS = ("total", "breakdown", "remainder", "rate_estimated", "reviewed", "flagged")


def _row(fact: Mapping) -> dict:
    """A fact (etl.fact.Fact, or a record read back from the store) as a row of the facts table."""
    row = dict.fromkeys(_COLUMNS)
    row.update((c, _text(v)) for c, v in fact.items() if c in row)
    for c in _FLAGS:
        row[c] = bool(fact.get(c))
    for c in ("date", "period_start", "period_end"):
        row[c] = _day(fact.get(c))
    return row


def save_fetch(conn: Connection, url: str, etag: str | None, last_modified: str | None, status: str) -> None:
    """Remember what a URL answered (one row per URL, replaced)."""
    conn.execute(fetches.delete().where(fetches.c.url == url))
    conn.execute(fetches.insert().values(url=url, etag=etag, last_modified=last_modified, status=status[:16],
                                         checked=now()))
