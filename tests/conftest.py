"""Shared fixtures: the store under SQLite and under a real PostgreSQL server."""

from __future__ import annotations

import os
import uuid

import pytest

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A fresh, empty store: a SQLite file, or a new database on the server named by TEST_DATABASE_URL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
        return
    yield from _postgres_database()


def _postgres_database():
    server = os.environ.get("TEST_DATABASE_URL")
    if not server:
        if os.environ.get("CI"):
            pytest.fail("TEST_DATABASE_URL is not set: .ci/run starts PostgreSQL and sets it")
        pytest.skip("no PostgreSQL server (set TEST_DATABASE_URL)")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# --- the dashboard's fixtures --------------------------------------------------------------------------------

CHROMIUM_FLAGS = ("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--headless=new", "--window-size=1400,1800")


def pytest_setup_options():
    """Selenium options for dash_duo: Debian's chromium, headless, no network of its own."""
    from selenium.webdriver.chrome.options import Options

    options = Options()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    return options


@pytest.fixture(scope="session")
def bundled_db(tmp_path_factory):
    """A SQLite store built from the bundled data/curated/ by the pipeline, as `python app.py` builds it.
    Tests must not write to it (copy it with `bundled_copy` for that)."""
    from etl.pipeline import BUNDLED, build_if_stale

    url = f"sqlite:///{tmp_path_factory.mktemp('bundled') / 'store.sqlite'}"
    summary = build_if_stale(url, BUNDLED)
    assert summary and summary["failed"] == 0, summary
    return url


@pytest.fixture
def bundled_copy(bundled_db, tmp_path):
    """A private copy of the bundled store, free to change."""
    import shutil

    from sqlalchemy import create_engine, text

    source = bundled_db.removeprefix("sqlite:///")
    engine = create_engine(bundled_db)
    with engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(FULL)"))
    engine.dispose()
    target = tmp_path / "store.sqlite"
    shutil.copy(source, target)
    return f"sqlite:///{target}"
