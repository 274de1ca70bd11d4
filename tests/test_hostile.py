"""Hostile inputs, generated here: every bad item is reported with its file (and line or row) and reason, every
good item is stored, the run finishes, and a re-run changes nothing."""

from __future__ import annotations

import json

import pytest

from etl.pipeline import run
from etl.store import connect, snapshot, totals
from tests.conftest import BACKENDS, _postgres_database

GOOD = "В Караганде 3 мая 2024 года полицейские изъяли {kg} кг героина, задержаны {n} человека."


def good(kg: int, n: int = 2) -> str:
    return GOOD.format(kg=kg, n=n)


def write(folder, name: str, data: bytes | str) -> str:
    path = folder / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return str(path)


CASES = [
    # name, content, (reported fragment or None), seizure kg stored from it
    ("empty.txt", b"", "empty.txt: empty file", 0),
    ("blank.txt", b"  \n\t\n", "blank.txt: empty file", 0),
    ("binary.bin.txt", bytes(range(256)) * 40, "binary.bin.txt: binary file", 0),
    ("cp1251.txt", good(11).encode("cp1251"), None, 11),
    ("utf16bom.txt", good(12).encode("utf-16"), None, 12),
    ("utf16le.txt", good(13).encode("utf-16-le"), None, 13),
    ("mixed.txt", (good(14) + "\n").encode() + good(15).replace("Караганде", "Темиртау").encode("cp1251"), None,
     29),
    ("page.html", ("<html><head><script>document.title='x'</script></head><body><p onerror=\"alert(1)\">"
                   f"{good(16)} <a href=\"javascript:alert(1)\">ещё</a></p><img src=x onerror=alert(1)></body></html>"),
     None, 16),
    ("formula.jsonl", json.dumps({"id": "f", "title": "=HYPERLINK(\"http://x\",\"y\")", "text": "=" + good(17)},
                                 ensure_ascii=False), None, 17),
    ("lines.jsonl", "\n".join([json.dumps({"id": "a", "text": good(18)}, ensure_ascii=False), "{broken",
                               json.dumps({"id": 5, "text": ["list"]}), json.dumps([1, 2]),
                               json.dumps({"id": "b", "text": good(19), "published": 20240503})]),
     "lines.jsonl:2: broken JSON line", 37),
    ("absurd.txt", "В Караганде 3 мая 2024 года изъяли 1000000000000000000000000000000 кг гашиша. "
                   "В Караганде 4 мая 2024 года изъяли 0,0 кг кокаина. " + good(20), "absurd.txt: figure", 20),
    ("old.txt", "В Караганде 3 мая 1900 года изъяли 21 кг героина.", None, 21),
    ("future.jsonl", json.dumps({"id": "fut", "text": "В Караганде изъяли 22 кг героина.",
                                 "published": "2099-05-03"}, ensure_ascii=False), "cleared", 22),
    ("curated.csv", "date,region,kind,figure,substance,action_or_role,source_url,quote\n"
                    "2024-05-03,KZ-35,seizure,23 кг,heroin,,https://example.kz/1,изъяли 23 кг героина\n"
                    "not-a-date,KZ-35,seizure,5 кг,heroin,,https://example.kz/2,x\n"
                    "2024-05-03,KZ-99,seizure,5 кг,heroin,,https://example.kz/3,x\n"
                    "2024-05-03,KZ-35,seizure,пять штук,heroin,,https://example.kz/4,x\n", "curated.csv", 23),
    ("nocols.csv", "date,region,kind,figure,quote\n2024-05-03,KZ-35,seizure,5 кг,x\n", "nocols.csv", 0),
    # a date that is no day of the calendar, in every place a date is read: cleared and said, the figures stored
    ("nosuchday.jsonl", json.dumps({"id": "d", "text": good(29), "published": "2025-02-30"}, ensure_ascii=False),
     "published date '2025-02-30' cleared", 29),
    ("nosuchday.md", f"# Заголовок\n\nPublished at: **2025-02-30**\n\n{good(30)}\n", "'2025-02-30' cleared", 30),
    ("nosuchday.csv", f"id,text,published\nd,\"{good(31)}\",2025-04-31\n", "nosuchday.csv:2: published date", 31),
    ("nosuchday-curated.csv", "date,region,kind,figure,substance,action_or_role,source_url,quote\n"
                              "2025-02-30,KZ-35,seizure,32 кг,heroin,,https://example.kz/32,изъяли 32 кг героина\n",
     "row 2, column date: '2025-02-30' cleared", 32),
    # what PostgreSQL refuses and SQLite takes: a NUL character, a url over 2,048 characters, an id over 512
    ("nul.jsonl", json.dumps({"id": "n\x00", "title": "за\x00головок", "text": good(33).replace("полицейские",
                                                                                              "полицей\x00ские")},
                             ensure_ascii=False), None, 33),
    ("longurl.jsonl", json.dumps({"id": "u", "url": "https://example.kz/" + "a" * 3000, "text": good(34)},
                                 ensure_ascii=False), None, 34),
    ("longid.jsonl", json.dumps({"id": "i" * 600, "text": good(35)}, ensure_ascii=False), None, 35),
    # cells over the csv module's 131,072 characters: read, and the rows after them too
    ("bigcell.csv", f"id,text\nb1,\"{'Слово. ' * 30000}\"\nb2,\"{good(36)}\"\n", None, 36),
    ("bigcell-curated.csv", "date,region,kind,figure,substance,action_or_role,source_url,quote\n"
                            "2024-05-03,KZ-35,seizure,37 кг,heroin,,https://example.kz/37,"
                            f"\"{'изъяли 37 кг ' * 20000}\"\n"
                            "2024-05-03,KZ-35,seizure,38 кг,heroin,,https://example.kz/38,изъяли 38 кг героина\n",
     None, 75),
    # a figure is read whole and right, or not at all
    ("zerowidth.txt", good(0).replace(" 0 кг", " 1\u200b539 кг").replace("героина", "геро\u00adина"), None, 1539),
    ("fraction.txt", "В Караганде 3 мая 2024 года изъяли 1/2 кг героина и 1½ кг гашиша. " + good(40), None, 40),
    ("exponent.txt", "В Караганде 3 мая 2024 года изъяли 1e6 кг героина. " + good(41), None, 41),
    ("digits.txt", f"В Караганде 3 мая 2024 года изъяли {'9' * 1000} кг героина. " + good(42), None, 42),
]


@pytest.fixture(scope="module", params=BACKENDS)
def hostile_run(request, tmp_path_factory):
    """Every case in one folder, run once into a SQLite store and once into a PostgreSQL one: both stores must
    take or clean the same inputs."""
    folder = tmp_path_factory.mktemp("hostile")
    for name, content, _, _ in CASES:
        write(folder, name, content)
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'h.sqlite'}"
        yield folder, url, run([str(folder)], url, progress=False)
        return
    for url in _postgres_database():
        yield folder, url, run([str(folder)], url, progress=False)


@pytest.mark.parametrize(("name", "content", "reported", "kg"), CASES, ids=[c[0] for c in CASES])
def test_each_bad_item_is_reported_and_each_good_one_stored(hostile_run, name, content, reported, kg):
    folder, url, first = hostile_run
    mine = [f for f in first["failures"] if f.startswith(str(folder / name))]
    if reported:
        assert any(reported in f for f in mine), (reported, mine)
        assert all(": " in f.removeprefix(str(folder / name)) for f in mine)  # a reason after the place
    from sqlalchemy import func, select

    from etl.store import documents, facts

    with connect(url).connect() as conn:
        stored = conn.execute(select(func.coalesce(func.sum(facts.c.kg), 0)).join(
            documents, documents.c.id == facts.c.document_id).where(
            documents.c.source.like(f"{folder / name}%"), facts.c.kind == "seizure")).scalar_one()
    assert stored == pytest.approx(kg)


def test_the_run_finishes_and_a_rerun_changes_nothing(hostile_run):
    folder, url, first = hostile_run
    before = snapshot(connect(url))
    again = run([str(folder)], url, progress=False)
    assert again["new"] == 0 and again["facts"] == 0
    assert snapshot(connect(url)) == before
    assert totals(connect(url))["seizure_kg"] == pytest.approx(sum(kg for *_, kg in CASES))


def test_impossible_dates_never_reach_the_store(hostile_run):
    from sqlalchemy import select

    from etl.store import facts

    _, url, _ = hostile_run
    with connect(url).connect() as conn:
        days = [d for (d,) in conn.execute(select(facts.c.date)) if d is not None]
    assert days and all(d.year >= 1991 and d.year <= 2030 for d in days)


@pytest.mark.slow
def test_a_50_mb_article(tmp_path):
    filler = "Сегодня в городе прошло совещание, на котором обсудили планы на будущее. " * 1000
    parts = [filler] * 380 + [good(24)]
    path = write(tmp_path, "big.txt", "\n\n".join(parts))
    assert (tmp_path / "big.txt").stat().st_size > 50_000_000
    url = f"sqlite:///{tmp_path / 'big.sqlite'}"
    summary = run([path], url, progress=False)
    assert summary["new"] == 1 and summary["failed"] == 0
    assert totals(connect(url))["seizure_kg"] == pytest.approx(24)


@pytest.mark.slow
def test_100000_tiny_files(tmp_path):
    folder = tmp_path / "tiny"
    folder.mkdir()
    for i in range(100_000):
        text = f"{good(i // 1000 + 1)} Сообщение {i}." if i % 1000 == 0 else f"Заметка номер {i}."
        (folder / f"{i:06d}.txt").write_text(text.replace("3 мая", f"{i % 28 + 1} мая"), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'tiny.sqlite'}"
    summary = run([str(folder)], url, batch=1000, progress=False)
    assert summary["new"] == 100_000 and summary["failed"] == 0
    assert totals(connect(url))["seizure_kg"] == pytest.approx(sum(range(1, 101)))
    assert run([str(folder)], url, batch=1000, progress=False)["unchanged"] == 100_000


def test_long_and_nul_fields_are_stored_whole_and_clean(hostile_run):
    """A 3,000-character url is kept whole (it is the document's key and its link); NUL characters are dropped
    from titles and quotes on both stores, nothing else is."""
    from sqlalchemy import select

    from etl.store import documents, facts

    folder, url, _ = hostile_run
    src = documents.c.source
    with connect(url).connect() as conn:
        urls = [u for (u,) in conn.execute(select(documents.c.url).where(src.like(f"{folder}/longurl%")))]
        titles = [t for (t,) in conn.execute(select(documents.c.title).where(src.like(f"{folder}/nul%")))]
        quotes = [q for (q,) in conn.execute(select(facts.c.quote).join(documents).where(
            documents.c.source.like(f"{folder}/nul%")))]
    assert urls == ["https://example.kz/" + "a" * 3000]
    assert titles == ["заголовок"]
    assert quotes and all("\x00" not in q for q in quotes)


def test_the_run_says_what_it_lost_in_documents_not_messages(hostile_run):
    """"failed" counts the inputs not stored (files, lines, rows); a figure left out or a date cleared is said
    but costs no document."""
    _, _, first = hostile_run
    lost = {"empty.txt", "blank.txt", "binary.bin.txt", "nocols.csv"}  # whole files
    lost_lines = 3 + 3  # lines.jsonl: a broken line, a non-object, wrong types; curated.csv: three bad rows
    assert first["failed"] == len(lost) + lost_lines
    assert len(first["failures"]) > first["failed"]


def test_folders_links_and_documentation(tmp_path, monkeypatch):
    """A linked folder is read (once, however many links lead to it, a link back up included); a folder that
    cannot be listed and a link to nothing are said; a README is the folder's documentation, not an article."""
    import os

    inputs = tmp_path / "in"
    (inputs / "real").mkdir(parents=True)
    (inputs / "locked").mkdir()
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    write(inputs / "real", "a.txt", good(51))
    write(inputs / "locked", "b.txt", good(52))
    write(outside, "c.txt", good(53))
    write(inputs, "README.md", "# Входные данные\n\n" + good(54))
    os.symlink(outside, inputs / "linked")              # a folder elsewhere: read
    os.symlink(inputs / "real", inputs / "again")       # a second way to a folder: read once
    os.symlink(inputs, inputs / "real" / "up")          # a loop
    os.symlink(tmp_path / "gone", inputs / "dangling")  # a link to nothing
    real_scandir = os.scandir

    def scandir(path):  # noqa: ANN001, ANN202 - the tests run as root, who may list any folder
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    url = f"sqlite:///{tmp_path / 'w.sqlite'}"
    summary = run([str(inputs)], url, progress=False)
    said = "\n".join(summary["failures"])
    assert "locked: cannot read the folder: Permission denied" in said
    assert "dangling: link to nothing" in said
    assert "up: the folder" in said and "is read once in this walk" in said
    assert totals(connect(url))["seizure_kg"] == pytest.approx(51 + 53)
    assert summary["new"] == 2 and summary["failed"] == 2  # the locked folder and the dangling link


# --- the store as a file: damaged, read-only ------------------------------------------------------------------

def _small_store(folder) -> str:  # noqa: ANN001
    (folder / "in").mkdir(parents=True)
    write(folder / "in", "a.txt", good(61))
    url = f"sqlite:///{folder / 'store' / 's.sqlite'}"
    (folder / "store").mkdir()
    run([str(folder / "in")], url, progress=False)
    return url


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_a_damaged_store_is_named_in_one_line(tmp_path, damage):
    """A SQLite file cut short or overwritten: the dashboard and `etl run` say which store and why in one line,
    exit 1, and print no traceback."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from etl.errors import StoreError

    url = _small_store(tmp_path)
    path = tmp_path / "store" / "s.sqlite"
    size = path.stat().st_size
    if damage == "truncated":
        with open(path, "r+b") as f:
            f.truncate(size // 3)
    else:
        path.write_bytes(os.urandom(size))
    with pytest.raises(StoreError, match=f"the store at {path} is damaged"):
        connect(url)
    root = Path(__file__).resolve().parent.parent
    for command in (["app.py", "--db", url, "--no-build"], ["-m", "etl", "run", str(tmp_path / "in"), "--db", url]):
        done = subprocess.run([sys.executable, *command], cwd=root, capture_output=True, text=True, timeout=120)
        said = [line for line in done.stderr.splitlines() if line.strip()]
        assert done.returncode == 1 and len(said) == 1 and said[0].startswith("error: the store at"), done.stderr
        assert "Traceback" not in done.stderr


def test_a_read_only_store_is_served_as_it_is(tmp_path, monkeypatch, capsys):
    """A store on a read-only volume: opened read-only (no WAL switch, no -wal or -shm file made, no migration,
    no build), and the page and the API answer from it."""
    import os
    import stat

    import etl.store as store_module
    from dashboard.server import create_app
    from etl.pipeline import build_if_stale
    from etl.store import schema as store_schema

    url = _small_store(tmp_path)
    folder = tmp_path / "store"
    before = sorted(p.name for p in folder.iterdir())
    (folder / "s.sqlite").chmod(stat.S_IRUSR | stat.S_IRGRP)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    real_access = os.access

    def access(path, mode, *args, **kwargs):  # noqa: ANN001, ANN202 - root may write anywhere; a volume is ro
        if mode & os.W_OK and str(path).startswith(str(folder)):
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(store_schema.os, "access", access)
    try:
        assert store_module.is_readonly(url)
        assert build_if_stale(url, inputs=(tmp_path / "in",)) is None
        assert "read-only" in capsys.readouterr().err
        client = create_app(url).server.test_client()
        assert client.get("/").status_code == 200
        table = client.get("/api/aggregate.csv?by=region").data.decode("utf-8-sig")
        assert "KZ-35" in table and "61" in table
        assert sorted(p.name for p in folder.iterdir()) == before
    finally:
        folder.chmod(stat.S_IRWXU)
