"""The HTTP API: the aggregated table and the facts as files, the same numbers as the store, 400 with a
one-line reason for a wrong parameter, downloads safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json

import openpyxl
import pytest

from dashboard.server import create_app
from etl.counting import MEASURES
from etl.pipeline import run
from etl.store import connect, totals


@pytest.fixture(scope="module")
def client(bundled_db):
    return create_app(bundled_db).server.test_client()


def rows_of(response) -> list[dict]:
    assert response.status_code == 200, response.data
    return list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"), newline="")))


def test_the_shymkent_2025_figures(client):
    got = rows_of(client.get("/api/aggregate.csv?from=2025&to=2025&region=KZ-79&by=year,region&layer=operations"))
    assert len(got) == 1
    row = got[0]
    assert list(row) == ["year", "region", *MEASURES]
    assert (row["year"], row["region"], row["seizure_kg"], row["detained"], row["charged"],
            row["confiscated_kzt"], row["precursors_kg"]) == ("2025", "KZ-79", "6.43", "26", "2", "500000000", "2100")


@pytest.mark.parametrize("query", ["", "?from=2019&to=2025&region=KZ-79,KZ-75", "?layer=statistics",
                                   "?region=KZ-61&from=2024", "?to=2020"])
def test_aggregate_sums_equal_the_store(client, bundled_db, query):
    got = rows_of(client.get(f"/api/aggregate.csv{query}{'&' if query else '?'}by=quarter,region"))
    params = dict(p.split("=") for p in query.lstrip("?").split("&") if p)
    timed = "from" in params or "to" in params
    want = totals(connect(bundled_db), year_from=int(params.get("from", 1991)) if timed else None,
                  year_to=int(params.get("to", 2100)) if timed else None,
                  regions=params["region"].split(",") if "region" in params else None,
                  layer=params.get("layer", "operations"))
    for measure in MEASURES:
        assert sum(float(r[measure] or 0) for r in got) == pytest.approx(want[measure], rel=1e-9, abs=0.01), measure


def test_undated_facts_are_a_row_of_their_own(client):
    got = rows_of(client.get("/api/aggregate.csv?by=year"))
    assert "undated" in [r["year"] for r in got]
    assert "undated" not in [r["year"] for r in rows_of(client.get("/api/aggregate.csv?by=year&from=1991"))]


BAD = [
    ("/api/aggregate.csv?region=KZ-99", "region='KZ-99': unknown"),
    ("/api/aggregate.csv?from=1900", "year out of range"),
    ("/api/aggregate.csv?from=2025&to=2020", "after to=2020"),
    ("/api/aggregate.csv?by=colour", "by='colour': unknown"),
    ("/api/aggregate.xlsx?by=year,month", "at most one of year, quarter, month"),
    ("/api/aggregate.csv?region=" + ",".join(["KZ-10"] * 30), "at most 23"),
    ("/api/facts.csv?by=year", "unknown parameter"),
    ("/api/facts.csv?layer=all", "layer='all'"),
    ("/api/facts.csv?from=2020&from=2021", "given twice"),
    # digits Python calls digits and int() refuses: refused by the rule that parses, not by a crash
    ("/api/aggregate.csv?from=①", "expected a year"),
    ("/api/aggregate.csv?from=²⁰²⁵", "expected a year"),
    ("/api/facts.csv?to=２０２５", "expected a year"),
]


@pytest.mark.parametrize(("url", "reason"), BAD)
def test_wrong_parameters_get_400_and_one_line(client, url, reason):
    response = client.get(url)
    assert response.status_code == 400
    body = response.data.decode()
    assert reason in body and body.count("\n") == 1 and body.startswith("bad request: parameter ")


def test_facts_csv_has_every_report_with_its_event(client, bundled_db):
    got = rows_of(client.get("/api/facts.csv?region=KZ-79&from=2025&to=2025"))
    assert got and {r["region"] for r in got} == {"KZ-79"}
    def seized(drugs: bool) -> float:
        return sum(float(r["kg"]) for r in got if r["kind"] == "seizure" and r["countable"] == "True"
                   and (r["substance"] != "precursors") == drugs)

    assert (seized(True), seized(False)) == pytest.approx((6.43, 2100))
    assert all(r["quote"] and r["event_id"] for r in got)


def test_xlsx_has_the_same_numbers_and_an_about_sheet(client):
    response = client.get("/api/aggregate.xlsx?from=2025&to=2025&region=KZ-79&by=year,region")
    assert response.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(response.data))
    sheet = book["aggregate"]
    header = [c.value for c in sheet[1]]
    values = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert (values["seizure_kg"], values["precursors_kg"], values["detained"], values["confiscated_kzt"]) == (
        6.43, 2100, 26, 500000000)  # 24 in the seed article, two teenagers in a dev-corpus article
    assert "about" in book.sheetnames


HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+2", "-3+4", "@SUM(A1)", "\tTAB", "\rCR"]


def test_downloads_neutralise_formulas(tmp_path, bundled_copy):
    docs = tmp_path / "hostile.jsonl"
    lines = [{"id": f"h{i}", "title": start, "url": f"https://example.kz/a{i}",
              "text": f"{start} В Караганде 3 мая 2024 года изъяли {i + 2} кг героина."} for i, start in
             enumerate(HOSTILE)]
    docs.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    run([str(docs)], bundled_copy, progress=False)
    client = create_app(bundled_copy).server.test_client()
    facts = rows_of(client.get("/api/facts.csv?region=KZ-35&from=2024&to=2024"))
    titles = [r["title"] for r in facts if r["title"]]
    assert len(titles) == len(HOSTILE)
    for title in titles:
        assert title.startswith("'"), title
    assert all(not r["quote"].startswith(("=", "+", "-", "@", "\t", "\r")) for r in facts)


def test_neutralise_leaves_numbers_and_plain_text_alone():
    import pandas as pd

    from dashboard.downloads import csv_bytes, neutralise, xlsx_bytes

    frame = pd.DataFrame({"text": ["=1+1", "plain", "-minus", None], "n": [-5.0, 1.5, 2.0, 3.0]})
    out = neutralise(frame)
    assert list(out["text"])[:3] == ["'=1+1", "plain", "'-minus"]
    assert list(out["n"]) == [-5.0, 1.5, 2.0, 3.0]
    assert b"'=1+1" in csv_bytes(frame)
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_bytes({"t": frame})))["t"]
    assert sheet["A2"].value == "'=1+1" and sheet["A2"].data_type == "s"
    assert sheet["B2"].value == -5 and sheet["B2"].data_type == "n"


def test_an_unexpected_error_is_one_line_and_logged(bundled_db, monkeypatch, caplog):
    app = create_app(bundled_db)

    def broken(*_a, **_k):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(app.store, "cube", broken)
    response = app.server.test_client().get("/api/aggregate.csv")
    body = response.data.decode()
    assert response.status_code == 500
    assert "secret" not in body and "Traceback" not in body and body.count("\n") == 1
    assert "secret internals" in caplog.text


def test_offline_the_page_names_no_other_host(client):
    page = client.get("/").data.decode()
    assert "cdn." not in page and "unpkg" not in page and "https://" not in page
    base = client.get("/geo/world_110m.json")
    assert base.status_code == 200 and json.loads(base.data)["type"] == "Topology"


def test_the_three_counting_cases_through_etl_run_and_the_api(tmp_path):
    """Issue 10's cases, run through `etl run` and read through /api/aggregate.csv: a corrected report leaves its
    event (47 kg), a total counts in full (1,100 kg, 218 kg of it not named), a sum frozen then forfeited counts
    once (16.7 million dollars)."""
    import subprocess
    import sys
    from pathlib import Path

    db = f"sqlite:///{tmp_path / 'cases.sqlite'}"
    root = Path(__file__).resolve().parent.parent
    src = tmp_path / "cases.jsonl"

    def etl_run(docs: list[dict]) -> None:
        src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "etl", "run", str(src), "--db", db, "-q"], cwd=root,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr

    outlets = [{"id": k, "url": f"https://{k}.kz/1", "published": day,
                "text": "В Павлодаре полицейские изъяли 42 кг гашиша."} for k, day in
               (("one", "2024-03-01"), ("two", "2024-03-02"), ("three", "2024-03-04"))]
    others = [{"id": "t", "url": "https://t.kz/1", "published": "2024-05-06",
               "text": "В Таразе изъято 1,1 тонны наркотиков, в том числе 870 кг гашиша и 12 кг героина."},
              {"id": "f", "url": "https://f.kz/1", "published": "2024-10-02",
               "text": "В Актобе по делу наркосиндиката арестованы активы на сумму 16,7 млн долларов."},
              {"id": "g", "url": "https://g.kz/1", "published": "2024-10-16",
               "text": "В Актобе суд обратил в доход государства 16,7 млн долларов наркосиндиката."}]
    etl_run(outlets + others)
    etl_run([outlets[0] | {"text": "В Павлодаре полицейские изъяли 5 кг гашиша."}, *outlets[1:], *others])
    client = create_app(db).server.test_client()

    def measure(query: str, name: str) -> float:
        return sum(float(r[name] or 0) for r in rows_of(client.get(f"/api/aggregate.csv?{query}&by=region")))

    assert measure("region=KZ-55", "seizure_kg") == 47.0
    assert measure("region=KZ-31", "seizure_kg") == pytest.approx(1100.0)
    assert measure("region=KZ-31&substance=drugs", "seizure_kg") == pytest.approx(218.0)
    assert measure("region=KZ-15", "confiscated_usd") == pytest.approx(16.7e6)


def test_unknown_paths_are_404_in_one_line(client):
    """An API path that does not exist, and a component-suite file Dash does not have, are 404, not the page
    and not a 500."""
    for url in ("/api/nothing.csv", "/api/facts.json", "/_dash-component-suites/dash/nope.js",
                "/_dash-component-suites/no_such_library/x.js"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.data.decode().count("\n") == 1 and "<html" not in response.data.decode().lower()


def test_every_response_carries_the_security_headers(client):
    """No sniffing, no framing, and a content policy that allows only the app's own scripts (the renderer's
    inline start by its hash), on the page, the API and the assets alike."""
    for url in ("/", "/api/aggregate.csv", "/_dash-layout", "/geo/world_110m.json", "/api/nothing"):
        headers = client.get(url).headers
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["X-Frame-Options"] == "DENY"
        policy = dict(part.strip().split(" ", 1) for part in headers["Content-Security-Policy"].split(";"))
        assert policy["default-src"] == "'self'" and policy["frame-ancestors"] == "'none'"
        assert "unsafe-eval" not in policy["script-src"] and "unsafe-inline" not in policy["script-src"]
        assert all(not value.startswith("http") for value in " ".join(policy.values()).split())


def test_request_bodies_are_capped(client):
    """A 40 MB POST to the callback endpoint is refused with 413 before it is read."""
    response = client.post("/_dash-update-component", data=b"{" + b" " * (40 << 20) + b"}",
                           content_type="application/json")
    assert response.status_code == 413 and response.data.decode().count("\n") == 1


def test_a_facts_download_on_a_failing_store_is_a_one_line_500(bundled_db, monkeypatch, caplog):
    app = create_app(bundled_db)

    def broken(*_a, **_k):
        raise RuntimeError("connection to the store lost")
        yield  # a generator, as the real one is

    monkeypatch.setattr(app.store, "facts", broken)
    response = app.server.test_client().get("/api/facts.csv")
    body = response.data.decode()
    assert response.status_code == 500 and body.count("\n") == 1 and "<html" not in body.lower()
    assert "connection to the store lost" in caplog.text


def test_a_failed_cube_rebuild_is_logged_and_retried(bundled_copy, monkeypatch, caplog):
    """A background rebuild that fails (a killed connection) leaves the last cube answering, is logged, and the
    next look at the store rebuilds it: the aggregates follow the store again."""
    import time

    from sqlalchemy.exc import OperationalError

    import dashboard.queries as queries

    app = create_app(bundled_copy, recheck=0.0)
    store = app.store
    before = store.cube()
    store._build_seconds = 10.0  # a big store's: rebuilt in the background
    src = write_doc_for_rebuild(bundled_copy)
    real = queries.load_cube
    failures = []

    def flaky(engine):  # noqa: ANN001, ANN202
        if not failures:
            failures.append(1)
            raise OperationalError("SELECT", {}, Exception("server closed the connection unexpectedly"))
        return real(engine)

    monkeypatch.setattr(queries, "load_cube", flaky)
    run([str(src)], bundled_copy, progress=False)
    assert store.cube() is before  # the rebuild starts in the background; the last cube answers meanwhile
    deadline = time.time() + 20
    while time.time() < deadline and "could not be rebuilt" not in caplog.text:
        time.sleep(0.05)
    assert "could not be rebuilt" in caplog.text
    while time.time() < deadline and store.cube().meta.documents == before.meta.documents:
        time.sleep(0.05)
    assert store.cube().meta.documents == before.meta.documents + 1


def write_doc_for_rebuild(url: str):  # noqa: ANN201
    from pathlib import Path

    path = Path(url.removeprefix("sqlite:///")).with_name("new.txt")
    path.write_text("В Таразе 2 мая 2024 года изъяли 9 кг гашиша.", encoding="utf-8")
    return path


SCOPE_DOCS = [
    {"id": "border", "published": "2025-03-12",
     "text": "Пограничники Кыргызстана 10 марта изъяли 28 тонн гашиша на границе с Таджикистаном. "
             "В Шымкенте 11 марта полицейские изъяли 3 кг героина."},
    {"id": "lab", "published": "2025-04-02",
     "text": "В Алматы 1 апреля 2025 года ликвидирована нарколаборатория: изъято 2 тонны прекурсоров и 52 кг "
             "мефедрона."},
]


def test_all_of_kazakhstan_leaves_abroad_and_precursors_apart(tmp_path):
    """No region chosen is all of Kazakhstan: 28 t seized in Kyrgyzstan are not in it (3 kg are), and are there
    with region=abroad; 2 t of precursors beside 52 kg of mephedrone are `precursors_kg`, never drugs."""
    src = tmp_path / "docs.jsonl"
    src.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in SCOPE_DOCS), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    run([str(src)], url, progress=False)
    client = create_app(url).server.test_client()

    def one(query: str) -> dict:
        got = rows_of(client.get(f"/api/aggregate.csv?{query}"))
        assert len(got) == 1
        return {k: float(v) for k, v in got[0].items() if k in MEASURES}

    everything = one("")
    assert (everything["seizure_kg"], everything["precursors_kg"]) == (3 + 52, 2000)
    assert one("region=abroad")["seizure_kg"] == 28_000
    assert one("region=KZ-79")["seizure_kg"] == 3
    assert (one("region=KZ-75")["seizure_kg"], one("region=KZ-75")["precursors_kg"]) == (52, 2000)
    assert one("region=KZ-79,abroad")["seizure_kg"] == 28_003  # chosen together, added together
    assert totals(connect(url))["seizure_kg"] == 55  # the store's own query follows the same rule


def test_aggregate_json_has_the_csv_numbers_and_what_they_are(client):
    query = "from=2025&to=2025&region=KZ-79&by=year,region"
    got = client.get(f"/api/aggregate.json?{query}")
    assert got.status_code == 200 and got.mimetype == "application/json"
    body = json.loads(got.data)
    assert body["columns"] == ["year", "region", *MEASURES]
    assert body["rows"] == [{k: (float(v) if k in MEASURES else v) for k, v in row.items()}
                            for row in rows_of(client.get(f"/api/aggregate.csv?{query}"))]
    assert body["about"]["layer"] == "operations" and "region=KZ-79" in body["about"]["filters"]
    assert client.get("/api/aggregate.json?region=KZ-99").status_code == 400


def test_a_period_statistic_sits_in_the_period_it_covers(tmp_path):
    """A full-year 2023 figure published in January 2024 is 2023's: the year filter and the year column find it
    there, not in 2024."""
    src = tmp_path / "stat.jsonl"
    src.write_text(json.dumps({"id": "s", "published": "2024-01-15", "text": (
        "По итогам 2023 года полицейские Карагандинской области изъяли 1,2 тонны наркотиков и выявили 412 "
        "наркопреступлений.")}, ensure_ascii=False), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    run([str(src)], url, progress=False)
    client = create_app(url).server.test_client()
    by_year = rows_of(client.get("/api/aggregate.csv?layer=statistics&by=year"))
    assert [(r["year"], r["seizure_kg"], r["crimes"]) for r in by_year] == [("2023", "1200", "412")]
    assert rows_of(client.get("/api/aggregate.csv?layer=statistics&from=2024&to=2024"))[0]["crimes"] == "0"
    assert totals(connect(url), year_from=2023, year_to=2023, layer="statistics")["crimes"] == 412


@pytest.mark.parametrize(("lang", "heading"), [("ru", "Как считаются цифры"), ("kk", "Сандар қалай есептеледі"),
                                               ("en", "How the figures are counted")])
def test_the_methodology_page_in_three_languages(client, bundled_db, lang, heading):
    """`/about` says how the figures are counted in the page's language, lists the outlets with as many
    articles as the store holds, carries the security headers, and is linked from every chart's source line."""
    import re

    from sqlalchemy import func, select

    from etl.store import documents

    response = client.get(f"/about?lang={lang}")
    page = response.data.decode()
    assert response.status_code == 200 and f"<h1>{heading}</h1>" in page and f'lang="{lang}"' in page
    assert "script" not in page.lower() and response.headers["X-Frame-Options"] == "DENY"
    listed = sum(int(n.replace("\xa0", "").replace(" ", "").replace(",", ""))
                 for n in re.findall(r"</td><td>([\d\s\xa0,]+)</td></tr>", page))
    with connect(bundled_db).connect() as conn:
        assert listed == conn.execute(select(func.count()).select_from(documents)).scalar_one()
    assert client.get("/about?lang=fr").status_code == 400


def test_every_chart_links_to_the_methodology(bundled_db):
    from dashboard import callbacks
    from dashboard.queries import Store
    from dashboard.state import View

    for lang in ("ru", "kk", "en"):
        for fig in callbacks.charts(Store(connect(bundled_db)), View(lang=lang))[2:8]:
            if fig["data"]:
                assert f'href="/about?lang={lang}"' in fig["layout"]["title"]["text"]


def test_several_substances_add_up_and_leave_people_and_money_alone(client):
    def sums(query: str) -> dict[str, float]:
        rows = rows_of(client.get(f"/api/aggregate.csv?by=region{query}"))
        return {m: sum(float(r[m] or 0) for r in rows) for m in ("seizure_kg", "detained", "confiscated_kzt")}

    heroin, hashish, both = sums("&substance=heroin"), sums("&substance=hashish"), sums("&substance=hashish,heroin")
    assert heroin["seizure_kg"] > 0 and hashish["seizure_kg"] > 0
    assert both["seizure_kg"] == pytest.approx(heroin["seizure_kg"] + hashish["seizure_kg"])
    assert both["detained"] == heroin["detained"] == sums("")["detained"]  # people are not tied to a drug
    assert client.get("/api/aggregate.csv?substance=heroin,heroin").status_code == 400


def test_app_py_starts_warms_and_serves(bundled_copy):
    """`python app.py` as the README runs it (here on a copy of the bundled store, without the build): it warms
    the default view, says where it serves, and answers the page and the API."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request
    from pathlib import Path

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    root = Path(__file__).resolve().parent.parent
    server = subprocess.Popen([sys.executable, "app.py", "--no-build", "--db", bundled_copy, "--port", str(port)],
                              cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        said = []
        for line in server.stderr:
            said.append(line)
            if "serving on" in line:
                break
        assert server.poll() is None, "".join(said)
        end = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/aggregate.csv?by=region") as r:
                    assert r.status == 200 and b"KZ-79" in r.read()
                break
            except OSError:
                assert time.monotonic() < end, "the server did not answer"
                time.sleep(0.2)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as r:
            assert r.status == 200
    finally:
        server.terminate()
        server.wait(10)


def test_the_page_its_scripts_and_the_map_shapes_are_compressed(client):
    import gzip
    import re

    page = client.get("/", headers={"Accept-Encoding": "gzip"})
    assert page.headers["Content-Encoding"] == "gzip" and b"<html" in gzip.decompress(page.data).lower()
    script = re.search(r'src="(/_dash-component-suites/dash_mantine_components/[^"]+)"',
                       gzip.decompress(page.data).decode()).group(1)
    bundle = client.get(script, headers={"Accept-Encoding": "gzip"})
    assert bundle.headers["Content-Encoding"] == "gzip" and len(gzip.decompress(b"".join(bundle.response))) > 100_000
    shapes = client.get("/geo/regions.geojson", headers={"Accept-Encoding": "gzip"})
    assert shapes.headers["Content-Encoding"] == "gzip" and json.loads(gzip.decompress(shapes.data))["features"]
    assert "Content-Encoding" not in client.get("/").headers  # only for a browser that accepts it
