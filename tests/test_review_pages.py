"""The review pages over HTTP: every write endpoint refuses an anonymous or forged request and leaves nothing
behind; a reader's report and a reviewer's correction, counted at once, logged, undone."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dashboard.server import create_app
from etl import store
from etl.pipeline import run

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "a long enough secret"


@pytest.fixture
def site(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "a", "url": "https://one.kz/a", "published": "2024-03-01",
                               "text": "В Таразе полицейские изъяли 5 кг гашиша и задержали двоих. "
                                       "Возбуждено уголовное дело."}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    run([str(src)], db=db, progress=False)
    got = subprocess.run([sys.executable, "-m", "etl", "user", "add", "ann", "--db", db, "--password-stdin"],
                         input=PASSWORD + "\n", capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert got.returncode == 0, got.stderr
    app = create_app(db)
    engine = store.connect(db)
    yield app.server, engine
    engine.dispose()


def token(client, path: str = "/login") -> str:
    page = client.get(path).data.decode()
    return re.search(r"name='csrf' value='([^']+)'", page).group(1)


def log_in(client) -> str:
    csrf = token(client)
    assert client.post("/login", data={"name": "ann", "password": PASSWORD, "csrf": csrf}).status_code == 302
    return token(client, "/review")  # a new token comes with the login


def seizure(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(store.facts.c.id).where(store.facts.c.kind == "seizure")).scalar_one()


def decisions(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(store.corrections)).scalar_one()


def test_every_write_refuses_anonymous_and_forged_requests(site):
    server, engine = site
    fact = seizure(engine)
    before = store.snapshot(engine)
    anonymous = server.test_client()
    csrf = token(anonymous)
    for path, data in ((f"/review/{fact}", {"decision": "correct", "kg": "50"}), ("/review/undo/1", {}),
                       (f"/review/{fact}", {"decision": "reject"})):
        assert anonymous.post(path, data=data | {"csrf": csrf}).status_code == 403  # no login
    reviewer = server.test_client()
    good = log_in(reviewer)
    for forged in ({}, {"csrf": "x" * 43}, {"csrf": csrf}):  # none, made up, another session's
        assert reviewer.post(f"/review/{fact}", data={"decision": "correct", "kg": "50"} | forged).status_code == 403
    for forged in ({}, {"csrf": "x" * 43}, {"csrf": good}):
        assert anonymous.post(f"/report/{fact}", data={"note": "wrong"} | forged).status_code == 403
    assert reviewer.post("/login", data={"name": "ann", "password": PASSWORD}).status_code == 403  # no token
    assert decisions(engine) == 0 and store.snapshot(engine) == before  # nothing left behind
    assert anonymous.get("/review").status_code == 302 and reviewer.get("/review").status_code == 200
    assert reviewer.post("/login", data={"name": "ann", "password": "wrong one", "csrf": good}).status_code == 401
    set_cookie = server.test_client().get("/login").headers["Set-Cookie"]
    assert "HttpOnly" in set_cookie and "SameSite=Strict" in set_cookie


def test_a_report_then_a_correction_counts_is_logged_and_undone(site):
    server, engine = site
    fact = seizure(engine)
    reader = server.test_client()
    page = reader.get(f"/report/{fact}?lang=ru").data.decode()
    assert "5 кг гашиша" in page and "Сообщить об ошибке" in page
    csrf = re.search(r"name='csrf' value='([^']+)'", page).group(1)
    assert reader.post(f"/report/{fact}", data={"note": "в статье 15 кг", "csrf": csrf, "lang": "ru"}
                       ).status_code == 200
    reviewer = server.test_client()
    csrf = log_in(reviewer)
    waiting = reviewer.get("/review").data.decode()
    assert "в статье 15 кг" in waiting and "изъяли <mark>5 кг гашиша</mark>" in waiting
    assert reviewer.post(f"/review/{seizure(engine)}", data={"decision": "correct", "kg": "15", "csrf": csrf}
                         ).status_code == 302
    assert store.totals(engine, regions=["KZ-31"])["seizure_kg"] == 15.0
    assert "в статье 15 кг" not in reviewer.get("/review").data.decode()  # decided: off the list
    log = reviewer.get("/review/log").data.decode()
    assert "flag" in log and "reader" in log and "correct" in log and "kg = 15.0" in log and "ann" in log
    correction = max(int(n) for n in re.findall(r"/review/undo/(\d+)", log))
    assert reviewer.post(f"/review/undo/{correction}", data={"csrf": csrf}).status_code == 302
    assert store.totals(engine, regions=["KZ-31"])["seizure_kg"] == 5.0
    assert reviewer.post(f"/review/{seizure(engine)}", data={"decision": "correct", "kg": "ten", "csrf": csrf}
                         ).status_code == 400
