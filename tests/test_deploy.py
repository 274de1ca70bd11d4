"""The shared deployment: gunicorn with two workers, both reading one PostgreSQL store while `etl run` writes
to it; every request answers, and no answer shows half a document (each stored document has all its facts)."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from pathlib import Path

import pytest

from etl.store import connect, totals

from .conftest import _postgres_database

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url():
    yield from _postgres_database()


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8-sig")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()
    except urllib.error.URLError as err:  # not listening yet
        return 0, str(err)


def test_gunicorn_two_workers_read_while_etl_writes(pg_url, tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join(json.dumps({
        "id": f"d{i}", "text": f"В Караганде {i % 28 + 1} мая 2024 года изъяли {1000 + i} кг героина, "
                              f"задержаны {10 + i} человек."}, ensure_ascii=False) for i in range(1500)),
        encoding="utf-8")
    port = _port()
    env = dict(os.environ, DATABASE_URL=pg_url)
    connect(pg_url).dispose()  # the tables exist before the workers start
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "-w", "2", "-b", f"127.0.0.1:{port}", "app:server"],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline and _get(base + "/api/aggregate.csv")[0] != 200:
            time.sleep(0.5)
        etl = subprocess.Popen([sys.executable, "-m", "etl", "run", str(docs), "--db", pg_url, "--batch", "20", "-q"],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        requests, seen = 0, set()
        while etl.poll() is None:
            status, body = _get(base + "/api/facts.csv?region=KZ-35")
            assert status == 200, body
            per_doc = Counter(row["doc_id"] for row in csv.DictReader(io.StringIO(body, newline="")))
            assert all(n == 2 for n in per_doc.values()), "a document seen with part of its facts"
            seen.add(len(per_doc))
            status, body = _get(base + "/api/aggregate.csv?by=year,region")
            assert status == 200, body
            assert _get(base + "/")[0] == 200
            requests += 3
        assert etl.returncode == 0
        assert requests >= 9 and len(seen) >= 2, (requests, seen)  # reads really overlapped the writes
        want = totals(connect(pg_url))
        deadline = time.time() + 30
        got = None
        while time.time() < deadline:
            rows = list(csv.DictReader(io.StringIO(_get(base + "/api/aggregate.csv")[1], newline="")))
            got = float(rows[0]["seizure_kg"]) if rows else None
            if got == pytest.approx(want["seizure_kg"]):
                break
            time.sleep(1)
        assert got == pytest.approx(want["seizure_kg"])
    finally:
        server.terminate()
        server.wait(10)
    assert "Traceback" not in server.stderr.read()
