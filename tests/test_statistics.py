"""Official statistics (etl.statistics): year-to-date reports turned into increments, and coverage. Table tests of
the pure rules, then documents written for the test read through `etl run` and /api/statistics.csv."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from etl.statistics import (
    CONFLICT,
    DECREASE,
    NO_OFFICIAL,
    NOT_CUMULATIVE,
    Coverage,
    Interval,
    Report,
    coverage,
    increments,
    months,
)


def ytd(end: str, value: float, region: str = "KZ-31", measure: str = "crimes", reported: str | None = None,
        part: str = "") -> Report:
    day = date.fromisoformat(end)
    return Report(region, measure, date(day.year, 1, 1), day, value,
                  date.fromisoformat(reported) if reported else day, part)


def shape(intervals: list[Interval]) -> list[tuple]:
    return [(i.period_start.isoformat(), i.period_end.isoformat(), i.cumulative, i.increment, i.flag)
            for i in intervals]


CASES = [
    # three cumulative reports: three increments whose sum is the last report
    ([ytd("2024-03-31", 300), ytd("2024-06-30", 700), ytd("2024-09-30", 1000)],
     [("2024-01-01", "2024-03-31", 300, 300, ""), ("2024-04-01", "2024-06-30", 700, 400, ""),
      ("2024-07-01", "2024-09-30", 1000, 300, "")]),
    # reported in another order: the same series
    ([ytd("2024-09-30", 1000), ytd("2024-03-31", 300), ytd("2024-06-30", 700)],
     [("2024-01-01", "2024-03-31", 300, 300, ""), ("2024-04-01", "2024-06-30", 700, 400, ""),
      ("2024-07-01", "2024-09-30", 1000, 300, "")]),
    # a smaller later figure is flagged and shown as it is
    ([ytd("2024-03-31", 300), ytd("2024-06-30", 250)],
     [("2024-01-01", "2024-03-31", 300, 300, ""), ("2024-04-01", "2024-06-30", 250, -50, DECREASE)]),
    # a full-year figure closes the year; the next year starts again from zero
    ([ytd("2023-10-31", 800), ytd("2023-12-31", 950), ytd("2024-02-29", 120)],
     [("2023-01-01", "2023-10-31", 800, 800, ""), ("2023-11-01", "2023-12-31", 950, 150, ""),
      ("2024-01-01", "2024-02-29", 120, 120, "")]),
    # a period that does not start on 1 January is its own interval, not a point of the series
    ([Report("KZ-31", "crimes", date(2024, 6, 1), date(2024, 10, 31), 90), ytd("2024-06-30", 700)],
     [("2024-01-01", "2024-06-30", 700, 700, ""), ("2024-06-01", "2024-10-31", None, 90, NOT_CUMULATIVE)]),
    # a period without an end is no interval
    ([Report("KZ-31", "crimes", date(2024, 1, 1), None, 90)], []),
]


@pytest.mark.parametrize(("reports", "want"), CASES)
def test_increments(reports, want):
    assert shape(increments(reports)) == want


def test_two_outlets_reporting_the_same_period_give_one_figure():
    got = increments([ytd("2024-06-30", 700), ytd("2024-06-30", 702), ytd("2024-09-30", 1000)])
    assert shape(got) == [("2024-01-01", "2024-06-30", 702, 702, ""), ("2024-07-01", "2024-09-30", 1000, 298, "")]
    assert got[0].reports == 2


def test_the_same_figure_reported_again_days_later_is_one_point():
    got = increments([ytd("2024-07-04", 260), ytd("2024-07-05", 260), ytd("2024-09-30", 400)])
    assert shape(got) == [("2024-01-01", "2024-07-04", 260, 260, ""), ("2024-07-05", "2024-09-30", 400, 140, "")]
    assert got[0].reports == 2
    apart = increments([ytd("2024-03-31", 260), ytd("2024-09-30", 260)])  # months apart: the series stood still
    assert [i.increment for i in apart] == [260, 0]


def test_two_different_figures_for_one_period_are_a_conflict_the_latest_report_counts():
    got = increments([ytd("2024-06-30", 700, reported="2024-07-02"), ytd("2024-06-30", 640, reported="2024-07-10")])
    assert shape(got) == [("2024-01-01", "2024-06-30", 640, 640, CONFLICT)]
    assert got[0].values == (640, 700)


def test_series_are_kept_apart_by_region_measure_and_part():
    got = increments([ytd("2024-06-30", 700), ytd("2024-06-30", 70, region="KZ-75"),
                      ytd("2024-06-30", 50, measure="seizure_kg", part="heroin"),
                      ytd("2024-09-30", 80, measure="seizure_kg", part="hashish")])
    assert [(i.region, i.measure, i.part, i.increment) for i in got] == [
        ("KZ-31", "crimes", "", 700), ("KZ-31", "seizure_kg", "hashish", 80), ("KZ-31", "seizure_kg", "heroin", 50),
        ("KZ-75", "crimes", "", 70)]


def test_an_interval_is_placed_over_its_months_by_days():
    got = months(Interval("KZ-31", "crimes", "", date(2024, 4, 1), date(2024, 6, 30), 700, 91))
    assert got == {(2024, 4): 30, (2024, 5): 31, (2024, 6): 30}
    across = months(Interval("KZ-31", "crimes", "", date(2023, 12, 17), date(2024, 1, 15), None, 30))
    assert across == {(2023, 12): 15, (2024, 1): 15}


def test_coverage_sets_the_news_against_the_latest_official_figure():
    intervals = increments([ytd("2024-06-30", 400, measure="seizure_kg", part="heroin"),
                            ytd("2024-09-30", 600, measure="seizure_kg", part="heroin"),
                            ytd("2024-09-30", 400, measure="seizure_kg", part="hashish")])
    operations = {("KZ-31", "seizure_kg", 2024): {2: 100.0, 9: 50.0, 11: 999.0},   # November is after the point
                  ("KZ-75", "seizure_kg", 2024): {5: 30.0},                        # no official figure
                  ("KZ-75", "detained", 2024): {5: 3.0}}                           # a measure not asked for
    got = coverage(intervals, operations, ["seizure_kg"])
    assert got == [Coverage("KZ-31", "seizure_kg", 2024, date(2024, 9, 30), 1000, 150),
                   Coverage("KZ-75", "seizure_kg", 2024, None, None, 30, NO_OFFICIAL)]
    assert got[0].ratio == pytest.approx(0.15)
    assert got[1].ratio is None


# --- documents written for the test, through `etl run` and the API --------------------------------------------

DOCUMENTS = [
    ("q1", "2024-04-05", "В Жамбылской области с начала года выявлено 120 наркопреступлений, сообщили в "
                         "департаменте полиции региона."),
    ("h1", "2024-07-04", "С начала года в Жамбылской области выявлено 260 наркопреступлений, сообщили в "
                         "департаменте полиции региона."),
    ("h1b", "2024-07-05", "По данным департамента полиции, с начала года в Жамбылской области выявлено 260 "
                          "наркопреступлений."),
    ("m9", "2024-10-03", "За девять месяцев в Жамбылской области выявлено 250 наркопреступлений, сообщили в "
                         "департаменте полиции региона."),
    ("al", "2024-06-20", "В Алматы с начала года выявлено 40 наркопреступлений: 25 — сбыт, 15 — хранение, сообщили "
                         "в департаменте полиции города."),
    ("p3", "2024-04-03", "В Павлодарской области за три месяца изъято 40 кг наркотиков, сообщили в полиции региона."),
    ("p6", "2024-07-02", "За шесть месяцев в Павлодарской области изъято 95 кг наркотиков, сообщили в полиции."),
    ("p9", "2024-10-04", "В Павлодарской области за девять месяцев изъято 160 кг наркотиков, сообщили в полиции."),
    ("op", "2024-05-12", "В Таразе полицейские задержали курьера и изъяли у него 12 кг гашиша. По фактам сбыта "
                         "возбуждено 2 уголовных дела."),
]


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    from dashboard.server import create_app
    from etl.pipeline import run

    folder = tmp_path_factory.mktemp("statistics")
    source = folder / "docs.jsonl"
    source.write_text("".join(json.dumps({"id": i, "published": d, "text": t, "title": ""}, ensure_ascii=False) + "\n"
                              for i, d, t in DOCUMENTS), encoding="utf-8")
    url = f"sqlite:///{folder / 'store.db'}"
    run([str(source)], url, progress=False)
    return create_app(url).server.test_client()


def _rows(response) -> list[dict]:
    assert response.status_code == 200, response.data
    return list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"), newline="")))


def test_the_api_lists_increments_of_the_documents(api):
    rows = [r for r in _rows(api.get("/api/statistics.csv?region=KZ-31")) if r["measure"] == "crimes"]
    assert [(r["period_start"], r["period_end"], r["cumulative"], r["increment"], r["flag"], r["reports"])
            for r in rows] == [("2024-01-01", "2024-04-05", "120", "120", "", "1"),
                               ("2024-04-06", "2024-07-04", "260", "140", "", "2"),  # two outlets, one figure
                               ("2024-07-05", "2024-09-30", "250", "-10", "decrease", "1")]


def test_the_api_sets_the_reported_operations_against_the_official_count(api):
    rows = _rows(api.get("/api/statistics.csv?region=KZ-31&measure=seizure_kg,crimes"))
    crimes = [r for r in rows if r["measure"] == "crimes"][-1]
    assert (crimes["operations"], crimes["coverage"]) == ("2", "0.008")  # two cases opened, of 250
    json_rows = json.loads(api.get("/api/statistics.json?region=KZ-31").data)["rows"]
    assert [r["increment"] for r in json_rows if r["measure"] == "crimes"] == [120, 140, -10]


def test_three_cumulative_reports_give_three_increments_adding_up_to_the_last(api):
    rows = [r for r in _rows(api.get("/api/statistics.csv?region=KZ-55&measure=seizure_kg")) if r["flag"] == ""]
    assert [(r["period_start"], r["period_end"], r["increment"]) for r in rows] == [
        ("2024-01-01", "2024-03-31", "40"), ("2024-04-01", "2024-06-30", "55"), ("2024-07-01", "2024-09-30", "65")]
    assert sum(float(r["increment"]) for r in rows) == float(rows[-1]["cumulative"]) == 160


def test_the_parts_of_one_report_add_up_to_one_figure(api):
    rows = [r for r in _rows(api.get("/api/statistics.csv?region=KZ-75&measure=crimes")) if r["flag"] != "no_official"]
    assert [(r["period_end"], r["cumulative"], r["flag"]) for r in rows] == [("2024-06-20", "40", "")]


def test_the_api_refuses_a_wrong_parameter(api):
    response = api.get("/api/statistics.csv?measure=weight")
    assert response.status_code == 400
    assert b"measure" in response.data


def test_the_bundled_data_lists_every_series_and_its_coverage(bundled_db):
    """Every region, measure and year with two or more year-to-date reports in the bundled store has its
    increments (adding up to its last figure), and every one with operations too has its coverage."""
    from sqlalchemy import select

    from dashboard.server import create_app
    from etl.store import connect, facts

    c = facts.c
    engine = connect(bundled_db)
    with engine.connect() as conn:
        stats = conn.execute(select(c.region, c.kind, c.period_start, c.period_end).where(
            c.layer == "statistics", c.countable.is_(True), c.period_end.is_not(None))).all()
    ends: dict[tuple, set] = {}
    for region, kind, start, end in stats:
        start, end = (date.fromisoformat(v) if isinstance(v, str) else v for v in (start, end))
        if start == date(end.year, 1, 1):
            ends.setdefault((region, kind, end.year), set()).add(end)
    series = {key for key, found in ends.items() if len(found) >= 2}
    assert series, "the bundled data has no region with two year-to-date reports in a year"
    rows = _rows(create_app(bundled_db).server.test_client().get("/api/statistics.csv"))
    kinds = {"seizure_kg": "seizure", "precursors_kg": "seizure", "detained": "people", "arrested": "people",
             "charged": "people", "crimes": "crimes", "labs": "labs", "groups": "groups", "online": "online"}
    listed: dict[tuple, list[dict]] = {}
    for r in rows:
        if r["flag"] not in ("not_cumulative", "no_official") and r["measure"] in kinds:
            listed.setdefault((r["region"], kinds[r["measure"]], int(r["period_end"][:4])), []).append(r)
    for key in series:
        assert key in listed, key
    for found in listed.values():
        by_series: dict[tuple, list[dict]] = {}
        for r in found:
            by_series.setdefault((r["measure"], r["substance"]), []).append(r)
        for part in by_series.values():
            assert sum(float(r["increment"]) for r in part) == pytest.approx(float(part[-1]["cumulative"]))
            assert all(r["operations"] != "" for r in part)  # the coverage of every official figure


def test_confiscated_money_runs_a_series_per_legal_stage(tmp_path):
    from dashboard.server import create_app
    from etl.pipeline import run

    docs = [("f1", "2024-04-03", "С начала года в Алматы арестовано имущество наркодельцов на 300 млн тенге."),
            ("f2", "2024-07-03", "С начала года в Алматы арестовано имущество наркодельцов на 500 млн тенге."),
            ("c1", "2024-07-04", "С начала года в Алматы суды конфисковали у наркодельцов 80 млн тенге.")]
    source = tmp_path / "money.jsonl"
    source.write_text("".join(json.dumps({"id": i, "published": d, "text": t}, ensure_ascii=False) + "\n"
                              for i, d, t in docs), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'money.db'}"
    run([str(source)], url, progress=False)
    rows = _rows(create_app(url).server.test_client().get("/api/statistics.csv?measure=confiscated_kzt"))
    assert [(r["role"], r["period_end"], r["increment"]) for r in rows] == [
        ("forfeited", "2024-07-04", "80000000"), ("frozen", "2024-04-03", "300000000"),
        ("frozen", "2024-07-03", "200000000")]
