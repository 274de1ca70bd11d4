"""The dashboard's queries: the cube gives the store's own totals, the SQL filter and the cube's filter keep
the same facts, undated facts count only without a year range, events show every outlet's link once."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from dashboard.queries import Store, aggregate, cube_mask, headline, period_labels, series
from dashboard.state import Filters
from etl import store as etl_store
from etl.counting import MEASURES
from etl.pipeline import BUNDLED, run
from etl.store import connect, facts, totals
from etl.store.read import conditions

FILTERS = [
    Filters(),
    Filters(2025, 2025, ("KZ-79",)),
    Filters(2019, 2025, ("KZ-75", "KZ-79")),
    Filters(None, 2020),
    Filters(2024, None, ("KZ-61",)),
    Filters(layer="statistics"),
    Filters(regions=("KZ",)),
    Filters(regions=("unknown", "abroad")),
]


@pytest.fixture(scope="module")
def bundled_store(bundled_db):
    return Store(connect(bundled_db))


@pytest.mark.parametrize("f", [f for f in FILTERS if "unknown" not in f.regions], ids=str)  # totals: codes only
def test_cube_totals_equal_the_store_query_api(bundled_store, f):
    got = headline(bundled_store.cube(), f)
    if f.timed:
        want = totals(bundled_store.engine, year_from=f.year_from or 1991, year_to=f.year_to or 2100,
                      regions=list(f.regions) or None, layer=f.layer)
    else:
        want = totals(bundled_store.engine, regions=list(f.regions) or None, layer=f.layer)
    for measure in (*MEASURES, "turnover_kzt", "turnover_usd", "value_kzt", "value_usd"):
        assert got[measure] == pytest.approx(want[measure]), measure


@pytest.mark.parametrize("f", [*FILTERS, Filters(substances=("heroin",)),
                               Filters(2024, 2025, substances=("marijuana",)),
                               Filters(substances=("hashish", "heroin", "marijuana"))],
                         ids=str)
def test_sql_filter_and_cube_filter_keep_the_same_facts(bundled_store, f):
    cube = bundled_store.cube()
    in_cube = int(cube.frame.loc[cube_mask(cube.frame, f), "n_facts"].sum())
    with bundled_store.engine.connect() as conn:
        in_sql = conn.execute(select(func.count()).select_from(facts).where(*conditions(f))).scalar_one()
    assert in_cube == in_sql


def test_shymkent_2025_by_year_and_region(bundled_store):
    table = aggregate(bundled_store.cube(), Filters(2025, 2025, ("KZ-79",)), ("year", "region"))
    row = table.iloc[0]
    assert (len(table), row["year"], row["region"]) == (1, "2025", "KZ-79")
    # the seed's 2.1 t are precursors (chemicals), a measure of their own: drugs are the 6.43 kg beside them
    assert (row["seizure_kg"], row["precursors_kg"], row["detained"], row["charged"], row["confiscated_kzt"]
            ) == pytest.approx((6.43, 2100, 26, 2, 500_000_000))  # 24 (seed) + 2 (a dev-corpus article)


def test_aggregate_rows_add_up_to_the_headline(bundled_store):
    cube = bundled_store.cube()
    for by in [("year",), ("quarter", "region"), ("month", "substance"), ("region",)]:
        table = aggregate(cube, Filters(), by)
        whole = headline(cube, Filters())
        for measure in MEASURES:
            assert table[measure].sum() == pytest.approx(whole[measure]), (by, measure)


def test_undated_facts_count_without_a_year_range_only(bundled_store):
    cube = bundled_store.cube()
    everything, timed = headline(cube, Filters()), headline(cube, Filters(1991, 2100))
    assert everything["undated"] > 0 and everything["undated"] == timed["undated"]
    assert everything["undated_counted"] and not timed["undated_counted"]
    assert everything["n_facts"] - timed["n_facts"] == everything["undated"]
    table = aggregate(cube, Filters(), ("year",))
    assert table.loc[table["year"] == "", "n_facts"].sum() == everything["undated"]


def test_series_leave_undated_facts_off_the_time_axis(bundled_store):
    got = series(bundled_store.cube(), Filters(), "quarter", "substance", ("seizure_kg",))
    assert "" not in set(got["period"])
    assert all(p[:4].isdigit() and p[4:6] == "-Q" for p in got["period"])


def test_period_labels():
    import pandas as pd

    frame = pd.DataFrame({"year": [2025, 2024, 0], "month": [12, 1, 0]})
    assert list(period_labels(frame, "year")) == ["2025", "2024", ""]
    assert list(period_labels(frame, "quarter")) == ["2025-Q4", "2024-Q1", ""]
    assert list(period_labels(frame, "month")) == ["2025-12", "2024-01", ""]


FOUR_OUTLETS = [
    ("a.kz", "В Шымкенте полицейские изъяли 42 кг героина, сообщили в ДП 3 марта 2024 года."),
    ("b.kz", "Как стало известно 4 марта 2024 года, в Шымкенте изъято 42 килограмма героина."),
    ("c.kz", "42 кг героина нашли у жителя Шымкента, сообщает полиция 4 марта 2024 года."),
    ("d.kz", "Шымкентские полицейские 5 марта 2024 года рассказали об изъятии 42 кг героина."),
]


def test_an_event_reported_by_four_outlets_is_one_row_with_four_links(tmp_path, db_url):
    import json

    path = tmp_path / "four.jsonl"
    path.write_text("\n".join(json.dumps({"id": host, "text": text, "url": f"https://{host}/news/1"},
                                         ensure_ascii=False) for host, text in FOUR_OUTLETS), encoding="utf-8")
    run([str(path)], db_url, progress=False)
    s = Store(connect(db_url))
    events = s.events(Filters(regions=("KZ-79",)))
    seizures = events[events["kind"] == "seizure"]
    assert len(seizures) == 1
    assert [link[0] for link in seizures.iloc[0]["links"]] == [f"https://{h}/news/1" for h, _ in FOUR_OUTLETS]
    assert headline(s.cube(), Filters(regions=("KZ-79",)))["seizure_kg"] == pytest.approx(42)


def test_events_sort_and_page(bundled_store):
    first = bundled_store.events(Filters(), sort="value", descending=True, page=0, size=5)
    second = bundled_store.events(Filters(), sort="value", descending=True, page=1, size=5)
    assert len(first) == 5 and not set(first["id"]) & set(second["id"])
    dates = bundled_store.events(Filters(), sort="date", descending=False, size=500)["date"].tolist()
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated) and dates[:len(dated)] == dated  # undated rows come last


def test_the_cube_is_rebuilt_when_the_store_changes(bundled_copy, tmp_path):
    s = Store(connect(bundled_copy), recheck=0)
    before = headline(s.cube(), Filters(regions=("KZ-47",)))["seizure_kg"]
    doc = tmp_path / "new.txt"
    doc.write_text("В Актау 12 мая 2024 года полицейские изъяли 3 кг гашиша.", encoding="utf-8")
    run([str(doc)], bundled_copy, progress=False)
    assert headline(s.cube(), Filters(regions=("KZ-47",)))["seizure_kg"] == pytest.approx(before + 3)


def test_bundled_inputs_are_built_once(bundled_copy):
    from etl.pipeline import build_if_stale

    assert build_if_stale(bundled_copy, BUNDLED) is None  # already up to date
    assert etl_store.last_finished(connect(bundled_copy)) is not None


def test_the_dashboard_reads_the_store_only_through_its_query_api():
    """No dashboard module builds SQL or touches a table: what a view means is said once, in etl.store.read."""
    import ast
    from pathlib import Path

    tables = {"facts", "documents", "runs", "corrections", "users", "fetches", "metadata"}
    offending = []
    for path in sorted(Path("dashboard").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = {a.name for a in node.names}
                if node.module == "sqlalchemy" or (node.module.startswith("etl.store") and names & tables):
                    offending.append(f"{path}: from {node.module} import {', '.join(sorted(names))}")
    assert offending == []
