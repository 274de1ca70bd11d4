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
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from etl import store
from etl.counting import breakdown
from etl.curated import BadRow, CuratedGroup, is_curated, read_curated
from etl.documents import SUFFIXES, Document, read_file
from etl.errors import BadInput, Cleared
from etl.extract import extract
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
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            files = [path]
        else:
            _fail(failures, BadInput(path, "no such file or folder"), lost=True)
            continue
        for file in files:
            yield from _items(file, failures)


def _items(file: Path, failures: list[str]) -> Iterator[Item]:
    head = ""
    if file.suffix.lower() == ".csv":
        try:
            head = file.open(encoding="utf-8", errors="replace").readline()
        except OSError:
            head = ""
    if is_curated(file, head):
        for got in read_curated(file):
            if isinstance(got, (BadInput, BadRow, Cleared)):
                _fail(failures, got, lost=not isinstance(got, Cleared))
            else:
                yield _curated_item(got)
        return
    for got in read_file(file):
        if isinstance(got, BadInput):
            _fail(failures, got, lost=True)
        else:
            for note in got.notes:
                _fail(failures, BadInput(got.source, note))
            key = document_key(got, file)
            yield Item(key, content_hash(got), {"doc_key": key, "source": got.source, "url": got.url,
                                                "title": got.title, "published": got.published,
                                                "origin": "extracted"}, document=got)


def _curated_item(group: CuratedGroup) -> Item:
    return Item(group.key, group.content_hash,
                {"doc_key": group.key, "source": group.source, "url": group.url, "title": None, "published": None,
                 "origin": "curated"}, facts=group.facts)


class Failures(list):
    """The run's error messages, and how many inputs (files, lines, rows, documents) they cost: a message about
    one figure left out or one date cleared costs none."""

    lost = 0


def _fail(failures: list[str], err: Exception, lost: bool = False) -> None:
    failures.append(str(err))
    if lost and isinstance(failures, Failures):
        failures.lost += 1
    print(f"error: {err}", file=sys.stderr)


def process(item: Item, failures: list[str], warnings: list[str] | None = None) -> list[dict] | None:
    """The normalised facts of an item (None if its extraction failed), with the counting of its totals
    (etl.counting: a listed total counted through its parts and their remainder). A figure that cannot be true
    (zero, negative, absurd) is reported and left out; a date that cannot be true is reported and cleared;
    parts that exceed their total are a warning."""
    if item.document is not None:
        try:
            found = extract(item.document)
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
            _fail(failures, BadInput(item.record["source"], f"figure {fact.get('quote')!r} left out: {reason}"))
            continue
        for key in implausible_dates(fact):
            _fail(failures, BadInput(item.record["source"],
                                     f"figure {fact.get('quote')!r}: {key} {fact[key]} cleared (before 1991 or in "
                                     f"the future)"))
            fact[key] = None
        kept.append(fact)
    return kept


def _leave_with_parent(parent: int) -> None:
    """A worker's start: it leaves as soon as the run that started it is gone, so a killed run leaves no
    workers behind."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _extract(item: Item) -> tuple[list[dict] | None, list[str], list[str]]:
    """process() for a worker process: the facts, and the failures and warnings it reported (already printed)."""
    failures: list[str] = []
    warnings: list[str] = []
    return process(item, failures, warnings), failures, warnings


def run(paths: list[str], db: str | None = None, batch: int = BATCH, progress: bool = True,
        workers: int | None = None) -> dict:
    """Load, process and save every input; returns the run's summary. Documents are extracted by `workers`
    processes (default: one per core) once a batch is full; a small input is extracted in this process."""
    if batch < 1 or (workers is not None and workers < 1):
        raise ValueError(f"batch ({batch}) and workers ({workers}) must be at least 1")
    workers = workers or os.cpu_count() or 1
    pool: ProcessPoolExecutor | None = None
    engine = store.connect(db)
    run_id = store.start_run(engine, [str(p) for p in paths])
    summary = {"new": 0, "unchanged": 0, "failed": 0, "facts": 0, "merged": 0, "failures": [], "warnings": []}
    failures = summary["failures"] = Failures()
    items = load(paths, failures)
    bar = _bar(progress)
    seen: set[str] = set()
    keys: dict[str, tuple[str, str]] = {}  # this run's document keys -> (content hash, where first read)
    while True:
        chunk = list(islice(items, batch))
        if not chunk:
            break
        # extraction outside the write transaction, so that several writers extract at once and only write in turn
        with engine.connect() as conn:
            known = store.known_hashes(conn, [i.content_hash for i in chunk if i.content_hash not in seen])
        fresh: list[Item] = []
        for item in chunk:
            first = keys.setdefault(item.key, (item.content_hash, item.record.get("source") or item.key))
            if first[0] != item.content_hash:  # two documents under one key: the first stays, never swapped
                _fail(failures, BadInput(item.record.get("source") or item.key,
                                         f"another document with the same key {item.key!r} was read first "
                                         f"({first[1]}); this one is left out"), lost=True)
                continue
            if item.content_hash in known or item.content_hash in seen:
                summary["unchanged"] += 1
                continue
            seen.add(item.content_hash)
            fresh.append(item)
        if pool is None and workers > 1 and len(fresh) >= batch:
            engine.dispose()  # no open database connection is inherited by the workers (they never use one)
            pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                       initializer=_leave_with_parent, initargs=(os.getpid(),))
        done = pool.map(_extract, fresh, chunksize=max(1, len(fresh) // (4 * workers))) if pool \
            else map(_extract, fresh)
        todo: list[tuple[Item, list[dict]]] = []
        for item, (found, failed, warned) in zip(fresh, done, strict=True):
            failures += failed
            summary["warnings"] += warned
            if found is None:
                failures.lost += 1  # its extraction failed: the document is not stored
            else:
                todo.append((item, found))
        with engine.begin() as conn:  # one transaction per batch: its documents, then their events re-linked
            store.lock(conn)  # one batch at a time, however many runs write to this store
            written = store.known_hashes(conn, [item.content_hash for item, _ in todo])  # by another run meanwhile
            batch_docs = [(item.record | {"content_hash": item.content_hash}, found) for item, found in todo
                          if item.content_hash not in written]
            summary["unchanged"] += len(todo) - len(batch_docs)
            summary["new"] += len(batch_docs)
            summary["facts"] += sum(len(found) for _, found in batch_docs)
            summary["merged"] += store.relink(conn, store.write_documents(conn, batch_docs, run_id))
        if bar is not None:
            bar.update(len(chunk))
    if bar is not None:
        bar.close()
    if pool is not None:
        pool.shutdown()
    summary["failed"] = failures.lost
    store.finish_run(engine, run_id, summary)
    engine.dispose()
    return summary


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
    over unchanged inputs changes nothing."""
    existing = [p for p in inputs if p.exists()]
    engine = store.connect(db)
    try:
        last = store.last_finished(engine)
    finally:
        engine.dispose()
    newest = _newest(existing)
    if last is not None and last.timestamp() >= newest:
        return None
    return run([str(p) for p in existing], db, progress=progress)
