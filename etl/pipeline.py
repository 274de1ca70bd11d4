"""`etl run`: read -> extract -> normalise -> store, in batches, each batch one transaction.

Load: documents and curated groups from the inputs (bad files and rows reported, the rest goes on).
Process: documents whose content is already stored are skipped; the others are extracted and normalised.
Save: etl.store writes each batch in one transaction and links reports of one event across documents.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from etl import store
from etl.counting import breakdown
from etl.curated import BadRow, CuratedGroup, is_curated, read_curated
from etl.documents import Document, read_file, walk
from etl.errors import BadInput, Interrupted, Notice, RunStopped
from etl.extract import extract_facts
from etl.fact import Fact
from etl.language import detect
from etl.normalise import implausible, implausible_dates, normalise

BATCH = 100


@dataclass
class Item:
    """One thing to store: an article (facts extracted later) or a curated group (facts given)."""

    key: str
    content_hash: str
    record: dict
    document: Document | None = None
    facts: list[dict] = field(default_factory=list)


KEY_LENGTH = 512  # the store's doc_key column


def content_hash(doc: Document) -> str:
    """The hash of every field that changes a document's facts: its text and its header (title, date, url), so
    that a corrected date is a changed document."""
    fields = {"text": doc.text, "title": doc.title, "published": doc.published, "url": doc.url}
    return hashlib.sha256(("article\n" + json.dumps(fields, ensure_ascii=False, sort_keys=True)).encode("utf-8")
                          ).hexdigest()


def document_key(doc: Document, file: Path) -> str:
    """A document's stable key: its url when it has one, else its file (resolved, whatever path named it) and id."""
    key = doc.url.strip() if doc.url and doc.url.strip() else f"{file.resolve()}#{doc.id}"
    if len(key) > KEY_LENGTH:
        key = "sha256:" + hashlib.sha256(key.encode("utf-8")).hexdigest()
    return key


def load(paths: list[str], failures: list[str]) -> Iterator[Item]:
    """Items from files and folders; a bad file, line or row is added to failures and reported on stderr."""
    for raw in paths:
        for got in walk(raw):
            if isinstance(got, (BadInput, Notice)):
                _fail(failures, got, lost=not isinstance(got, Notice))
            else:
                yield from _items(got, failures)


def _items(file: Path, failures: list[str]) -> Iterator[Item]:
    head = ""
    if file.suffix.lower() == ".csv":
        try:
            head = file.open(encoding="utf-8", errors="replace").readline()
        except OSError:
            head = ""
    if is_curated(file, head):
        for got in read_curated(file):
            if isinstance(got, (BadInput, BadRow, Notice)):
                _fail(failures, got, lost=not isinstance(got, Notice))
            else:
                yield _curated_item(got)
        return
    for got in read_file(file):
        if isinstance(got, BadInput):
            _fail(failures, got, lost=True)
        else:
            for note in got.notes:
                _fail(failures, BadInput(got.source, note))
            yield article_item(got, document_key(got, file))


def article_item(doc: Document, key: str) -> Item:
    """An article to extract and store under its key, with its text (the store keeps it)."""
    return Item(key, content_hash(doc), {"doc_key": key, "source": doc.source, "url": doc.url, "title": doc.title,
                                         "published": doc.published, "origin": "extracted", "text": doc.text},
                document=doc)


def _curated_item(group: CuratedGroup) -> Item:
    """A curated group as an item; its language is its quotes'."""
    return Item(group.key, group.content_hash,
                {"doc_key": group.key, "source": group.source, "url": group.url, "title": None, "published": None,
                 "origin": "curated", "lang": detect(" ".join(f.get("quote") or "" for f in group.facts))},
                facts=group.facts)


class Failures(list):
    """The run's error messages, and how many inputs (files, lines, rows, documents) they cost: a message about
    one figure left out or one date cleared costs none."""

    lost = 0


def _fail(failures: list[str], err: Exception, lost: bool = False) -> None:
    failures.append(str(err))
    if lost and isinstance(failures, Failures):
        failures.lost += 1
    print(f"error: {err}", file=sys.stderr)


def process(item: Item, failures: list[str], warnings: list[str] | None = None,
            lang: str | None = None) -> list[Fact] | None:
    """The normalised facts of an item (None if its extraction failed), with the counting of its totals
    (etl.counting: a listed total counted through its parts and their remainder). A figure that cannot be true
    (zero, negative, absurd) is reported and left out; a date that cannot be true is reported and cleared;
    parts that exceed their total are a warning."""
    if item.document is not None:
        try:
            found = extract_facts(item.document, lang)
        except Exception as err:  # one document must never stop the run
            _fail(failures, BadInput(item.record["source"], f"extraction failed: {type(err).__name__}: {err}"))
            return None
    else:
        found = item.facts
    found, said = breakdown(found, listed=item.document is not None)
    for line in said:
        message = f"{item.record['source']}: {line}"
        if warnings is not None:
            warnings.append(message)
        print(f"warning: {message}", file=sys.stderr)
    kept = []
    for fact in map(normalise, found):
        reason = implausible(fact)
        if reason:
            _fail(failures, BadInput(item.record["source"], f"figure {_short(fact.get('quote'))!r} left out: {reason}"))
            continue
        for key in implausible_dates(fact):
            _fail(failures, BadInput(item.record["source"],
                                     f"figure {_short(fact.get('quote'))!r}: {key} {fact[key]} cleared (before 1991 "
                                     f"or in the future)"))
            fact = fact.with_(**{key: None})
        kept.append(fact)
    return kept


def _short(quote: str | None, limit: int = 120) -> str:
    """A quote as a message shows it: whole when short, else its start and end around an ellipsis."""
    quote = quote or ""
    return quote if len(quote) <= limit else f"{quote[:limit // 2]}…{quote[-limit // 2:]}"


def _leave_with_parent(parent: int) -> None:
    """A worker's start: it leaves as soon as the run that started it is gone, so a killed run leaves no
    workers behind."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the run stops them itself
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the command line's handler: the run ends them with it

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _extract(item: Item) -> tuple[list[Fact] | None, list[str], list[str], str | None]:
    """process() for a worker process: the facts, the failures and warnings it reported (already printed), and
    the document's language (etl.language; a curated group's is known already)."""
    failures: list[str] = []
    warnings: list[str] = []
    lang = detect(item.document.text) if item.document is not None else item.record.get("lang")
    return process(item, failures, warnings, lang), failures, warnings, lang


def run(paths: list[str], db: str | None = None, batch: int = BATCH, progress: bool = True,
        workers: int | None = None) -> dict:
    """Load, process and save every input; returns the run's summary. Documents are extracted by `workers`
    processes (default: one per core) once a batch is full; a small input is extracted in this process.
    A run that cannot finish (SIGINT, SIGTERM, a full disk, a store gone) rolls back its open batch, is
    recorded as interrupted and raises RunStopped, whose message is one line."""
    return run_items(lambda failures: load(paths, failures), [str(p) for p in paths], db, batch, progress, workers)


def reextract(db: str | None = None, batch: int = BATCH, progress: bool = True, workers: int | None = None) -> dict:
    """Extract every stored article again from the text the store keeps (after the extractor improved): each
    one's facts are replaced and its events re-linked, as for a corrected document; curated facts stay."""
    return run_items(lambda failures: stored_articles(db), ["reextract: the store's texts"], db, batch, progress,
                     workers, again=True)


def stored_articles(db: str | None = None, chunk: int = 500) -> Iterator[Item]:
    """The store's articles that keep their text, as items under their own keys, read a chunk at a time."""
    engine = store.connect(db)
    d = store.documents.c
    try:
        with engine.connect() as conn:
            ids = conn.execute(select(d.id).where(d.text.is_not(None), d.origin == "extracted").order_by(d.id)
                               ).scalars().all()
        for k in range(0, len(ids), chunk):
            with engine.connect() as conn:
                rows = conn.execute(select(d.doc_key, d.text, d.title, d.url, d.published, d.source)
                                    .where(d.id.in_(ids[k:k + chunk])).order_by(d.id)).all()
            for key, text, title, url, published, source in rows:
                doc = Document(key, text, title, url, published.isoformat() if published else None, source or key)
                yield article_item(doc, key)
    finally:
        engine.dispose()


def run_items(items: Callable[[list[str]], Iterator[Item]], inputs: list[str], db: str | None = None,
              batch: int = BATCH, progress: bool = True, workers: int | None = None, again: bool = False) -> dict:
    """`run` over the items a reader makes (given the run's failures list to report to): files for `etl run`,
    fetched articles for `etl collect`, the store's own texts for `etl run --reextract` (`again`: extracted and
    stored even when their content is stored already). `inputs` names them in the run's record."""
    if batch < 1 or (workers is not None and workers < 1):
        raise ValueError(f"batch ({batch}) and workers ({workers}) must be at least 1")
    engine = store.connect(db)
    this = _Run(engine, store.start_run(engine, inputs), batch, workers or os.cpu_count() or 1, _bar(progress))
    this.again = again
    try:
        this.loop(items(this.failures))
    except (KeyboardInterrupt, Interrupted, SQLAlchemyError, OSError) as err:
        stopped = RunStopped(_why(err), this.summary, signalled=isinstance(err, (KeyboardInterrupt, Interrupted)))
        this.end(stopped)
        raise stopped from None
    this.end(None)
    return this.summary


_stop_requested: list[str] = []  # why a signal asked the running run to stop, said between two batches


def request_stop(reason: str) -> None:
    """Ask the run in progress to stop after the batch it is writing (a signal handler calls this): the run
    then ends as interrupted at a clean point, never inside a transaction."""
    _stop_requested.append(reason)


class _Run:
    """One run's state: its store, record, summary, worker pool and progress bar."""

    def __init__(self, engine: Engine, run_id: int, batch: int, workers: int, bar) -> None:  # noqa: ANN001
        self.engine, self.run_id, self.batch, self.workers, self.bar = engine, run_id, batch, workers, bar
        self.summary = {"new": 0, "unchanged": 0, "failed": 0, "facts": 0, "merged": 0, "failures": Failures(),
                        "warnings": []}
        self.failures: Failures = self.summary["failures"]
        self.pool: ProcessPoolExecutor | None = None
        self.again = False  # extract and store even what is stored already (re-extraction)

    def loop(self, items: Iterator[Item]) -> None:
        """Each batch extracted (by the workers once a batch is full), then written in one transaction; while
        one batch is written the workers extract the next."""
        failures, engine = self.failures, self.engine
        seen: set[str] = set()
        keys: dict[str, tuple[str, str]] = {}  # this run's document keys -> (content hash, where first read)
        _stop_requested.clear()
        pending: tuple[list[Item], Iterator, int] | None = None  # a batch being extracted, written next
        while True:
            if _stop_requested:
                raise Interrupted(_stop_requested[0])
            chunk = list(islice(items, self.batch))
            if not chunk:
                break
            # extraction outside the write transaction: several writers extract at once and only write in turn
            with engine.connect() as conn:
                known = set() if self.again else store.known_hashes(
                    conn, [i.content_hash for i in chunk if i.content_hash not in seen])
            fresh: list[Item] = []
            for item in chunk:
                first = keys.setdefault(item.key, (item.content_hash, item.record.get("source") or item.key))
                if first[0] != item.content_hash:  # two documents under one key: the first stays, never swapped
                    _fail(failures, BadInput(item.record.get("source") or item.key,
                                             f"another document with the same key {item.key!r} was read first "
                                             f"({first[1]}); this one is left out"), lost=True)
                    continue
                if item.content_hash in known or item.content_hash in seen:
                    self.summary["unchanged"] += 1
                    continue
                seen.add(item.content_hash)
                fresh.append(item)
            if self.pool is None and self.workers > 1 and len(fresh) >= self.batch:
                engine.dispose()  # no open database connection is inherited by the workers (they never use one)
                self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"),
                                                initializer=_leave_with_parent, initargs=(os.getpid(),))
            done = self.pool.map(_extract, fresh, chunksize=max(1, len(fresh) // (4 * self.workers))) \
                if self.pool else map(_extract, fresh)
            if pending is not None:
                self.write(*pending)
            pending = (fresh, done, len(chunk))
        if pending is not None:
            self.write(*pending)

    def write(self, fresh: list[Item], done: Iterator, read: int) -> None:
        """Store one batch's extracted documents in one transaction: its documents, then their events
        re-linked (`read`: how many items the batch read, for the progress bar)."""
        summary, failures, engine = self.summary, self.failures, self.engine
        todo: list[tuple[Item, list[Fact]]] = []
        for item, (found, failed, warned, lang) in zip(fresh, done, strict=True):
            item.record["lang"] = lang
            failures += failed
            summary["warnings"] += warned
            if found is None:
                failures.lost += 1  # its extraction failed: the document is not stored
            else:
                todo.append((item, found))
        with engine.begin() as conn:  # one transaction per batch: its documents, then their events re-linked
            store.lock(conn)  # one batch at a time, however many runs write to this store
            written = set() if self.again else store.known_hashes(  # by another run
                conn, [item.content_hash for item, _ in todo])
            batch_docs = [(item.record | {"content_hash": item.content_hash}, found) for item, found in todo
                          if item.content_hash not in written]
            merged = store.relink(conn, store.write_documents(conn, batch_docs, self.run_id))
        # counted once the batch is committed: a run stopped mid-batch reports what the store holds
        summary["unchanged"] += len(todo) - len(batch_docs)
        summary["new"] += len(batch_docs)
        summary["facts"] += sum(len(found) for _, found in batch_docs)
        summary["merged"] += merged
        if self.bar is not None:
            self.bar.update(read)

    def end(self, stopped: RunStopped | None) -> None:
        """Close the bar and the workers and record the run: finished, or interrupted and why."""
        if self.bar is not None:
            self.bar.close()
        self.summary["failed"] = self.failures.lost
        if stopped is None:
            if self.pool is not None:
                self.pool.shutdown()
            store.finish_run(self.engine, self.run_id, self.summary)
        else:
            _stop(self.pool)
            self.failures.append(f"run interrupted: {stopped.reason}")
            try:  # the record may be out of reach too (a full disk, a store gone): the raised message says it
                store.finish_run(self.engine, self.run_id, self.summary, status="interrupted")
            except (SQLAlchemyError, OSError):
                pass
        self.engine.dispose()


def _why(err: BaseException) -> str:
    """One line on why a run stopped."""
    if isinstance(err, KeyboardInterrupt):
        return "interrupted (SIGINT, Ctrl-C)"
    if isinstance(err, Interrupted):
        return str(err)
    if isinstance(err, SQLAlchemyError):
        inner = str(getattr(err, "orig", None) or err).strip()
        return f"the store failed: {inner.splitlines()[0] if inner else type(err).__name__}"
    return f"{getattr(err, 'filename', None) or 'the run'}: {getattr(err, 'strerror', None) or err}"


def _stop(pool: ProcessPoolExecutor | None) -> None:
    """End the extraction workers now: queued work is cancelled, running work is not waited for."""
    if pool is None:
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())
    # the pool's own thread, kept before shutdown() forgets it: it sees its workers gone and ends, and is waited
    # for here, not at exit; else Python's exit hook may wake it while it closes its pipe (a traceback on standard
    # error after the one-line message)
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)
    if manager is not None:
        manager.join(timeout=10)


def _bar(progress: bool):  # noqa: ANN202
    if not progress or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit="doc", desc="etl run", file=sys.stderr)


BUNDLED = (Path(__file__).resolve().parent.parent / "data" / "curated",
           Path(__file__).resolve().parent.parent / "data" / "articles")


def _newest(paths: list[Path]) -> float:
    times = [p.stat().st_mtime for path in paths if path.exists()
             for p in ([path] if path.is_file() else path.rglob("*")) if p.is_file()]
    return max(times, default=0.0)


def build_if_stale(db: str | None = None, inputs: tuple[Path, ...] = BUNDLED, progress: bool = False) -> dict | None:
    """Run the pipeline over the bundled inputs when the store has no finished run newer than them (a missing
    store has none); returns the run's summary, or None when the store is up to date. Safe to repeat: a run
    over unchanged inputs changes nothing. A read-only store is served as it is (None)."""
    existing = [p for p in inputs if p.exists()]
    if store.is_readonly(db):
        print(f"the store {store.database_url(db)} is read-only: served as it is, not rebuilt", file=sys.stderr)
        return None
    engine = store.connect(db)
    try:
        last = store.last_finished(engine)
    finally:
        engine.dispose()
    newest = _newest(existing)
    if last is not None and last.timestamp() >= newest:
        return None
    return run([str(p) for p in existing], db, progress=progress)
