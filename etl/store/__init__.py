"""The fact store, split by job: `schema` (the tables, versioned by etl/migrations, and the connection),
`writer` (the only code that writes: documents and facts in batches under the write lock, people's decisions,
re-linking events), `read` (the query API: a view's conditions and totals, the dashboard's cube, pages of
events, facts in chunks, official reports, the review queue, snapshots, what the collector knows); the
dashboard reads only through it. Which reports are one event
is etl.events' (pure), what is added to what etl.counting's.

SQLite by default (data/store/facts.sqlite, in WAL mode so a reader keeps working while a run writes);
PostgreSQL when DATABASE_URL or --db says so. Every batch of documents is written in one transaction under
the store's write lock: a run killed half-way leaves the store as it was before that batch, and runs at
once write in turn.
"""

from __future__ import annotations

from etl.store.read import (
    failed_fetches,
    fetch_states,
    last_finished,
    placed,
    scope,
    snapshot,
    stored_urls,
    totals,
)
from etl.store.schema import (
    BASELINE,
    DEFAULT_SQLITE,
    MIGRATIONS,
    ROOT,
    connect,
    corrections,
    database_url,
    documents,
    facts,
    failure,
    fetches,
    is_readonly,
    metadata,
    runs,
    sqlite_path,
    upgrade,
    users,
)
from etl.store.writer import (
    WRITE_LOCK,
    decide,
    decisions,
    finish_run,
    known_hashes,
    lock,
    now,
    relink,
    relink_all,
    rewrite_document,
    save_fetch,
    start_run,
    write_documents,
)

__all__ = [
    "BASELINE",
    "DEFAULT_SQLITE",
    "MIGRATIONS",
    "ROOT",
    "WRITE_LOCK",
    "connect",
    "corrections",
    "database_url",
    "decide",
    "decisions",
    "documents",
    "facts",
    "failed_fetches",
    "failure",
    "fetch_states",
    "fetches",
    "finish_run",
    "is_readonly",
    "known_hashes",
    "last_finished",
    "lock",
    "metadata",
    "now",
    "placed",
    "relink",
    "relink_all",
    "rewrite_document",
    "runs",
    "save_fetch",
    "scope",
    "snapshot",
    "sqlite_path",
    "start_run",
    "stored_urls",
    "totals",
    "upgrade",
    "users",
    "write_documents",
]
