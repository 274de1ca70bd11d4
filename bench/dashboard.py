"""Dashboard timings on a big store: makes 1,000,000 synthetic facts over 10 years and 20 regions (once; the
file is reused), then measures, each printed with its method:

- server side: every filter change drives the page's two callbacks (figures + headline, sources table)
  through Dash's own HTTP endpoint, JSON and all; p50 / p95 over many random views;
- the first page in headless Chromium: from navigation start until every chart is drawn;
- the server process's peak memory (VmHWM) after all that.

    python bench/dashboard.py [--facts 1000000] [--db sqlite:////tmp/bench-dashboard.sqlite] [--views 200]
                              [--only server|page]
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from dashboard.server import create_app, warm  # noqa: E402
from dashboard.state import MAP_MEASURES, View, encode_view  # noqa: E402
from etl.store import connect, documents, facts, metadata  # noqa: E402
from etl.vocab import REGION_CODES  # noqa: E402

REGIONS = sorted(REGION_CODES)
SUBSTANCES = ["heroin", "hashish", "marijuana", "mephedrone", "methamphetamine", "alpha-pvp", "cocaine",
              "synthetic", "precursors", "drugs", "opium", "poppy"]
KINDS = ["seizure"] * 40 + ["people"] * 30 + ["money"] * 15 + ["labs"] * 5 + ["groups"] * 5 + ["online"] * 3 + \
        ["crimes"] * 2


def synthetic(n_facts: int, seed: int = 7):  # noqa: ANN201
    """Documents and facts: 10 years (2016-2025), 20 regions plus national and unknown ones, every kind; one
    report in ten repeats an earlier event (not countable); 2 % undated; 10 % official period statistics."""
    rng = random.Random(seed)
    start = date(2016, 1, 1)
    per_doc = 10
    docs, rows = [], []
    for d in range(n_facts // per_doc):
        docs.append({"id": d + 1, "doc_key": f"bench:{d}", "content_hash": f"{d:064x}", "source": "bench",
                     "url": f"https://news.example.kz/{d}", "title": f"Synthetic article {d}", "origin": "extracted"})
    for i in range(n_facts):
        fid = i + 1
        kind = rng.choice(KINDS)
        day = None if rng.random() < 0.02 else start + timedelta(days=rng.randrange(3653))
        region = rng.choice(REGIONS) if rng.random() < 0.85 else rng.choice(["KZ", None, "abroad"])
        stats = rng.random() < 0.10
        repeat = i > 100 and rng.random() < 0.10
        row = {"id": fid, "document_id": i // per_doc + 1, "fact_no": i % per_doc, "doc_id": f"bench:{i // per_doc}",
               "kind": kind, "quote": f"synthetic quote {fid}", "region": region, "date": day,
               "period_start": date(day.year, 1, 1) if stats and day else None,
               "period_end": day if stats and day else None, "total": False, "substance": None, "kg": None,
               "count": None, "unit": None, "amount": None, "currency": None, "role": None, "action": None,
               "kzt": None, "usd": None, "rate": None, "rate_source": None, "rate_estimated": False, "rate_note": None,
               "layer": "statistics" if stats else "operations", "event_id": fid - rng.randrange(1, 100) if repeat
               else fid, "countable": not repeat, "url": None}
        if kind == "seizure":
            row.update(substance=rng.choice(SUBSTANCES), kg=round(rng.lognormvariate(1.5, 2.0), 3))
        elif kind == "people":
            row.update(action=rng.choice(["detained", "detained", "arrested", "charged"]), count=rng.randrange(1, 30))
        elif kind == "money":
            kzt = round(rng.lognormvariate(16, 2.0), 2)
            row.update(role=rng.choice(["seized", "frozen", "forfeited", "turnover", "value"]), amount=kzt,
                       currency="KZT", kzt=kzt, usd=round(kzt / 450, 2), rate=450.0)
        else:
            row.update(count=rng.randrange(1, 5))
        rows.append(row)
    return docs, rows


def ensure_store(url: str, n_facts: int) -> None:
    engine = connect(url)
    with engine.connect() as conn:
        have = conn.execute(select(func.count()).select_from(facts)).scalar_one()
    if have == n_facts:
        print(f"store: {url} already has {have:,} facts")
        return
    metadata.drop_all(engine)
    metadata.create_all(engine)
    t0 = time.perf_counter()
    docs, rows = synthetic(n_facts)
    with engine.begin() as conn:
        conn.execute(documents.insert(), docs)
        for k in range(0, len(rows), 50_000):
            conn.execute(facts.insert(), rows[k:k + 50_000])
    print(f"store: wrote {len(rows):,} facts, {len(docs):,} documents in {time.perf_counter() - t0:.0f} s")
    engine.dispose()


def random_view(rng: random.Random) -> View:
    y1 = rng.choice([None, *range(2016, 2026)])
    y2 = rng.choice([None, *range(y1 or 2016, 2026)])
    regions = tuple(sorted(rng.sample(REGIONS, rng.choice([0, 0, 1, 1, 2, 3]))))
    view = View(grain=rng.choice(["year", "quarter", "month"]), currency=rng.choice(["kzt", "usd"]),
                measure=rng.choice(MAP_MEASURES), lang=rng.choice(["ru", "kk", "en"]))
    return view.with_filters(year_from=y1, year_to=y2, regions=regions,
                             substances=rng.choice([(), (), ("heroin",), ("hashish",), ("hashish", "heroin")]),
                             layer=rng.choice(["operations", "operations", "statistics"]))


def _payload(app, search: str, lang: str, table: bool) -> dict:  # noqa: ANN001
    for key, entry in app.callback_map.items():
        inputs = [(i["id"], i["property"]) for i in entry["inputs"]]
        if ("url", "search") not in inputs or ("page-ready", "data") not in inputs:
            continue
        if ("sources-table.children" in key) != table:
            continue
        outputs = [{"id": part.rsplit(".", 1)[0], "property": part.rsplit(".", 1)[1]}
                   for part in key.strip(".").split("...")]
        values = {("url", "search"): search, ("page-ready", "data"): lang, ("sources-pages", "value"): 1,
                  ("sources-sort", "data"): {"col": "date", "desc": True}}
        return {"output": key, "outputs": outputs, "changedPropIds": ["url.search"], "state": [],
                "inputs": [{"id": i, "property": p, "value": values[(i, p)]} for i, p in inputs]}
    raise LookupError("callback not found")


def server_side(url: str, n_views: int) -> None:
    app = create_app(url, recheck=3600)
    t0 = time.perf_counter()
    warm(app)  # as app.py does before it serves
    print(f"cube: {len(app.store.cube().frame):,} rows built and the page warmed in "
          f"{time.perf_counter() - t0:.2f} s (at start)")
    client = app.server.test_client()
    rng = random.Random(11)
    charts, tables, both = [], [], []
    for _ in range(n_views):
        view = random_view(rng)
        search = encode_view(view)
        t1 = time.perf_counter()
        r1 = client.post("/_dash-update-component", json=_payload(app, search, view.lang, table=False))
        t2 = time.perf_counter()
        r2 = client.post("/_dash-update-component", json=_payload(app, search, view.lang, table=True))
        t3 = time.perf_counter()
        assert r1.status_code == 200 and r2.status_code == 200, (r1.status_code, r2.status_code, search)
        charts.append(t2 - t1)
        tables.append(t3 - t2)
        both.append(t3 - t1)

    def p(values: list[float], q: float) -> float:
        return statistics.quantiles(values, n=100)[q - 1] * 1000

    for name, values in (("figures + headline", charts), ("sources table", tables), ("both, one after the other",
                                                                                       both)):
        print(f"filter change, {name:26s}: p50 {p(values, 50):6.0f} ms  p95 {p(values, 95):6.0f} ms  "
              f"max {max(values) * 1000:6.0f} ms  ({len(values)} views)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def first_page(url: str) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    port = _free_port()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    server = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--no-build", "--db", url, "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        for line in server.stderr:
            if "serving on" in line:
                break
        time.sleep(1.0)
        options = Options()
        options.binary_location = "/usr/bin/chromium"
        for flag in ("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                     "--disable-component-update", "--no-first-run", "--headless=new", "--window-size=1400,1800"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        try:
            times = []
            for attempt in range(4):
                driver.get("about:blank")
                driver.execute_cdp_cmd("Network.clearBrowserCache", {})  # every load with an empty cache
                driver.get(f"http://127.0.0.1:{port}/" + ("?lang=en" if attempt % 2 else ""))
                end = time.monotonic() + 60
                drawn = False
                while time.monotonic() < end and not drawn:
                    drawn = driver.execute_script(
                        "return document.querySelectorAll('#map-chart path.choroplethlocation').length === 20 &&"
                        " ['seizures-chart','precursors-chart','money-chart','people-chart','bars-chart'].every(id =>"
                        " document.querySelector('#' + id + ' .trace, #' + id + ' .annotation'))")
                    if not drawn:
                        time.sleep(0.02)
                times.append(driver.execute_script("return performance.now()") / 1000)
            print(f"first page, every chart drawn (headless Chromium, empty cache, from navigation start): "
                  f"{', '.join(f'{t:.2f}' for t in times)} s (ru, en, ru, en)")
        finally:
            driver.quit()
        with open(f"/proc/{server.pid}/status") as fh:
            status = dict(line.split(":", 1) for line in fh)
        print(f"server process: peak memory {status['VmHWM'].strip()}, now {status['VmRSS'].strip()}")
    finally:
        server.terminate()
        server.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--db", default="sqlite:////tmp/bench-dashboard.sqlite")
    parser.add_argument("--views", type=int, default=200)
    parser.add_argument("--only", choices=("server", "page"), help="measure only the server side or the first page")
    args = parser.parse_args()
    ensure_store(args.db, args.facts)
    if args.only != "page":
        server_side(args.db, args.views)
    if args.only != "server":
        first_page(args.db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
