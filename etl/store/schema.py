"""The store's tables (SQLAlchemy Core, versioned by etl/migrations) and its connection: which database, its
settings, a damaged or read-only store said in one line, the schema brought up to date."""

from __future__ import annotations

import os
import sys
import warnings
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
    false,
    func,
    inspect,
    select,
)
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SAWarning, SQLAlchemyError

from etl.errors import StoreError

ROOT = Path(__file__).resolve().parent.parent.parent
DEFAULT_SQLITE = ROOT / "data" / "store" / "facts.sqlite"
SQLITE_CACHE_KIB = 256 * 1024  # the page cache of a writing connection, in KiB

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_key", String(512), nullable=False),       # the input's own id, with its file
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("source", Text),                                # file (and line) it was read from
    Column("url", Text),
    Column("title", Text),
    Column("published", Date),
    Column("origin", String(16), nullable=False),          # extracted | curated
    Column("run_id", Integer),
    Column("added", DateTime(timezone=True)),
    Column("text", Text),                                  # the article's text (the store is its one copy)
    Column("lang", String(8)),                             # ru | kk | kk-Latn | en (etl.language); None: unknown
    Index("ix_documents_key", "doc_key"),
    Index("ix_documents_url", "url"),
)

# what `etl collect` last heard from each URL it asked (feeds, sitemaps, articles): conditional requests
fetches = Table(
    "fetches", metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("status", String(16)),      # stored | unchanged | off-topic | failed: why | feed
    Column("checked", DateTime(timezone=True)),
)

facts = Table(
    "facts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("fact_no", Integer, nullable=False),
    Column("doc_id", Text),
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
    Column("breakdown", Boolean, nullable=False, default=False, server_default=false()),  # a total whose parts
    Column("remainder", Boolean, nullable=False, default=False, server_default=false()),  # are stored; what they
    # leave out of it (etl.counting): the parts and the remainder are counted, the total is not
    Column("event_id", Integer),                           # the fact id of the report its event counts by
    Column("event_key", String(96)),                       # its figure's bucket (etl.events.event_key)
    Column("chain_id", Integer),                           # the first fact id of its chain (etl.events.Linked)
    Column("countable", Boolean, nullable=False, default=True),
    Column("confidence", Float),                           # how sure the extractor is (etl.confidence); None
    Column("reviewed", Boolean, nullable=False, default=False, server_default=false()),  # read by a person
    Column("flagged", Boolean, nullable=False, default=False, server_default=false()),  # a reader reported it
    Column("original", Text),                              # JSON: the fact as read, when people's decisions
    # changed it (NULL: the row is the fact as read)
    Column("url", Text),
    UniqueConstraint("document_id", "fact_no"),
    Index("ix_facts_date", "date"),
    Index("ix_facts_region", "region"),
    Index("ix_facts_kind", "kind"),
    Index("ix_facts_substance", "substance"),
    Index("ix_facts_event", "event_id"),
    Index("ix_facts_event_key", "event_key", "region"),
    Index("ix_facts_chain", "chain_id"),
    Index("ix_facts_filter", "layer", "kind", "date", "region"),
    Index("ix_facts_layer_date", "layer", "date"),
    # the dashboard's sources table, newest first by where a fact sits in time (placed(), below)
    Index("ix_facts_layer_placed", "layer", sql_text("coalesce(period_end, date)")),
)

# people who may review (etl.review): passwords as salted hashes only
users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("created", DateTime(timezone=True)),
)

# people's decisions about facts, a log that only grows (etl.review): applied whenever a document is written
corrections = Table(
    "corrections", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_key", String(512), nullable=False),        # the fact: its article, kind and quote
    Column("kind", String(16), nullable=False),
    Column("quote", Text, nullable=False),
    Column("action", String(16), nullable=False),          # accept | correct | reject | flag | undo
    Column("changes", Text),                               # JSON: corrected values (a reject: what was read)
    Column("note", Text),                                  # a reader's report, a reviewer's reason
    Column("target", Integer),                             # the decision an undo takes back
    Column("who", String(64), nullable=False),             # a reviewer's name, or "reader"
    Column("at", DateTime(timezone=True), nullable=False),
    Index("ix_corrections_doc", "doc_key"),
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
    Column("status", String(16)),      # running | finished | interrupted (and why, in failures)
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


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite store URL (None for another database or an in-memory one)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def is_readonly(url: str | None = None) -> bool:
    """True for a SQLite store this process may read but not write (a read-only file or folder, a read-only
    volume): such a store is served as it is, never built, migrated or switched to WAL."""
    path = sqlite_path(database_url(url))
    return path is not None and path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def connect(url: str | None = None) -> Engine:
    """An engine on the store, its tables created if missing and brought to the newest schema. A read-only
    SQLite store is opened read-only (it must be at the newest schema already). A store that cannot be opened
    or read raises StoreError, one line naming it and why."""
    url = database_url(url)
    readonly = is_readonly(url)
    path = sqlite_path(url)
    if readonly:
        # immutable: no -wal or -shm file is made or looked for, as a read-only folder cannot hold them
        immutable = "&immutable=1" if not os.access(path.parent, os.W_OK) else ""
        engine = create_engine(f"sqlite:///file:{path}?mode=ro{immutable}&uri=true", future=True)
    else:
        engine = create_engine(url, future=True, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # noqa: ANN001
            cursor = dbapi_connection.cursor()
            if not readonly:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
                # a page cache that holds the indexes of a large store (SQLite's default is 2 MB): look-ups
                # and inserts at 100,000 documents stay in memory instead of rereading pages
                cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()
    try:
        if readonly:
            _check_revision(engine, path)
        else:
            said = upgrade(engine)
            if said:
                print(said, file=sys.stderr)
            with warnings.catch_warnings():  # reflection skips expression indexes, and says so
                warnings.simplefilter("ignore", SAWarning)
                for index in facts.indexes:  # plain indexes added since the store was made (expression ones,
                    if all(isinstance(e, Column) for e in index.expressions):  # which it misses: migrations)
                        index.create(engine, checkfirst=True)
        if engine.dialect.name == "sqlite":
            with engine.connect() as conn:  # reads every table's first page: a cut or garbage file fails here
                for table in (documents, facts, runs):
                    conn.execute(select(func.max(table.c.id)))
    except SQLAlchemyError as err:
        engine.dispose()
        raise StoreError(failure(url, err)) from None
    return engine


def failure(url: str, err: BaseException) -> str:
    """One line on a store that failed: which store, and the database's own reason."""
    shown = make_url(url).render_as_string(hide_password=True)
    reason = str(getattr(err, "orig", None) or err).strip().splitlines()
    reason = reason[0] if reason else type(err).__name__
    damaged = ("not a database", "malformed", "disk image", "no such table", "file is encrypted")
    if sqlite_path(url) is not None and any(word in reason for word in damaged):
        return f"the store at {sqlite_path(url)} is damaged: {reason}"
    return f"the store {shown} cannot be used: {reason}"


def _check_revision(engine: Engine, path: Path | None) -> None:
    """A read-only store must already be at this release's schema: it cannot be migrated."""
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current != head:
        raise StoreError(f"the store at {path} is read-only and at schema {current or 'before migrations'}; this "
                         f"release reads schema {head}: open it once where it can be written to upgrade it")


MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def upgrade(engine: Engine) -> str | None:
    """Bring the store's tables to the newest schema revision (etl/migrations, Alembic): a new store is created
    at it; a store from before migrations is taken as the first revision and upgraded. Returns a line saying
    what changed, or None when nothing did."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        current = MigrationContext.configure(conn).get_current_revision()
        if current is None and not inspect(conn).has_table("facts"):
            metadata.create_all(conn)
            command.stamp(config, head)
            return None
        if current is None:
            command.stamp(config, BASELINE)
            current = BASELINE
        if current == head:
            return None
        command.upgrade(config, "head")
    return f"store {engine.url.render_as_string(hide_password=True)}: schema upgraded from {current} to {head}"


BASELINE = "0001"  # the schema of the releases before migrations
