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
