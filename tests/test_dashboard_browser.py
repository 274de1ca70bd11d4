"""The page in a real browser (Debian's chromium through dash_duo): it loads with nothing from another host,
filters write the URL, a copied URL reopens the same view, back works, a region click filters, the language
switches, the aggregated CSV downloads with the store's totals, and article text never runs as code."""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

from dashboard import ids
from dashboard.server import create_app
from etl.counting import MEASURES
from etl.pipeline import run
from etl.store import connect, totals

pytestmark = pytest.mark.browser


def wait_for(predicate, timeout: float = 15.0, message: str = "condition"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            value = predicate()
            if value:
                return value
        except Exception:  # noqa: BLE001 - the page is still changing
            pass
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {message}")


def stat(duo, name: str) -> str:
    """A headline figure's text; read again if the page re-rendered it between finding and reading."""
    from selenium.common.exceptions import StaleElementReferenceException

    for _ in range(20):
        try:
            return duo.driver.find_element(By.CSS_SELECTOR, f'[id=\'{{"id":"{name}","type":"stat"}}\']').text
        except StaleElementReferenceException:
            time.sleep(0.1)
    raise AssertionError(f"the headline figure {name} kept re-rendering")


def query(duo) -> str:
    return duo.driver.execute_script("return window.location.search")


def loaded(duo) -> None:
    wait_for(lambda: duo.driver.find_elements(By.CSS_SELECTOR, f"#{ids.MAP} path.choroplethlocation"),
             message="the map")
    wait_for(lambda: stat(duo, "detained"), message="the headline")


def click_plot(duo, element) -> None:
    """A click where a plotly mark is drawn (plotly's drag layer takes the click and finds the mark)."""
    ActionChains(duo.driver).move_to_element(element).pause(0.3).click().perform()


def click_segment(duo, control: str, label: str) -> None:
    for element in duo.driver.find_elements(By.CSS_SELECTOR, f"#{control} label"):
        if element.text.strip() == label:
            element.click()
            return
    raise AssertionError(f"no {label!r} in #{control}")


def choose(duo, select_id: str, option: str) -> None:
    duo.driver.find_element(By.ID, select_id).click()
    target = wait_for(lambda: [o for o in duo.driver.find_elements(By.CSS_SELECTOR, "[role=option]")
                               if o.text.strip() == option], message=f"option {option}")
    target[0].click()


@pytest.fixture
def app(bundled_db):
    return create_app(bundled_db, recheck=0)


def test_page_loads_everything_from_the_app_itself(dash_duo, app):
    dash_duo.start_server(app)
    loaded(dash_duo)
    assert len(dash_duo.driver.find_elements(By.CSS_SELECTOR, f"#{ids.MAP} path.choroplethlocation")) == 20
    for chart in (ids.SEIZURES, ids.PRECURSORS, ids.MONEY, ids.PEOPLE, ids.BARS):
        assert dash_duo.driver.find_elements(By.CSS_SELECTOR, f"#{chart} .main-svg")
    assert dash_duo.driver.execute_script(TITLES_INSIDE) == []  # every caption whole, inside its chart
    resources = dash_duo.driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    server = dash_duo.server_url
    assert resources and all(r.startswith(server) for r in resources), [r for r in resources if
                                                                        not r.startswith(server)]
    assert dash_duo.get_logs() == []


def test_filters_live_in_the_url_and_a_copied_link_reopens_the_view(dash_duo, app):
    dash_duo.start_server(app)
    loaded(dash_duo)
    everything = stat(dash_duo, "seizure_kg")
    choose(dash_duo, ids.YEAR_FROM, "2025")
    wait_for(lambda: "from=2025" in query(dash_duo), message="from=2025 in the URL")
    click_segment(dash_duo, ids.GRAIN, "Кварталы")
    wait_for(lambda: "grain=quarter" in query(dash_duo), message="grain in the URL")
    wait_for(lambda: stat(dash_duo, "seizure_kg") != everything, message="the headline to change")
    narrowed = stat(dash_duo, "seizure_kg")
    link = dash_duo.driver.current_url

    dash_duo.driver.get(dash_duo.server_url)
    loaded(dash_duo)
    assert stat(dash_duo, "seizure_kg") == everything
    dash_duo.driver.get(link)
    loaded(dash_duo)
    wait_for(lambda: stat(dash_duo, "seizure_kg") == narrowed, message="the copied view")
    value = dash_duo.driver.find_element(By.CSS_SELECTOR, f"#{ids.YEAR_FROM}").get_attribute("value")
    assert value == "2025"

    click_segment(dash_duo, ids.GRAIN, "Месяцы")
    wait_for(lambda: "grain=month" in query(dash_duo), message="grain=month")
    dash_duo.driver.back()
    wait_for(lambda: "grain=quarter" in query(dash_duo), message="back to quarters")
    wait_for(lambda: dash_duo.driver.find_element(
        By.CSS_SELECTOR, f"#{ids.GRAIN} input:checked").get_attribute("value") == "quarter",
        message="the control to follow the URL back")


def test_clicking_a_region_filters_everything(dash_duo, app, bundled_db):
    dash_duo.start_server(app)
    loaded(dash_duo)
    from etl.vocab import REGION_CODES

    engine = connect(bundled_db)
    top = max(sorted(REGION_CODES), key=lambda code: totals(engine, regions=[code])["seizure_kg"])
    bars = dash_duo.driver.find_elements(By.CSS_SELECTOR, f"#{ids.BARS} .point path")
    click_plot(dash_duo, bars[-1])  # the largest region is drawn last (on top)
    wait_for(lambda: f"region={top}" in query(dash_duo), message=f"region={top} in the URL")
    want = totals(engine, regions=[top])
    wait_for(lambda: stat(dash_duo, "detained") == str(int(want["detained"])), message="the region's detained")
    bars = dash_duo.driver.find_elements(By.CSS_SELECTOR, f"#{ids.BARS} .point path")
    click_plot(dash_duo, bars[-1])
    wait_for(lambda: "region" not in query(dash_duo), message="the region to clear")


def test_language_switch(dash_duo, app):
    dash_duo.start_server(app)
    loaded(dash_duo)
    assert dash_duo.find_element("h2").text == "Борьба с наркотиками в Казахстане"
    click_segment(dash_duo, ids.LANG, "Eng")
    wait_for(lambda: dash_duo.find_element("h2").text == "Drug enforcement in Kazakhstan", message="English")
    assert "lang=en" in query(dash_duo)
    wait_for(lambda: "Seized" in dash_duo.driver.find_element(By.ID, ids.SEIZURES).text, message="English axes")
    click_segment(dash_duo, ids.LANG, "Қаз")
    wait_for(lambda: dash_duo.find_element("h2").text == "Қазақстандағы есірткіге қарсы күрес", message="Kazakh")
    dash_duo.driver.get(dash_duo.server_url + "/?lang=en&from=2025")
    wait_for(lambda: dash_duo.find_element("h2").text == "Drug enforcement in Kazakhstan", message="from the URL")


def test_the_aggregated_csv_downloads_with_the_store_totals(dash_duo, app, bundled_db):
    dash_duo.start_server(app)
    loaded(dash_duo)
    choose(dash_duo, ids.YEAR_FROM, "2024")
    wait_for(lambda: "from=2024" in query(dash_duo), message="from=2024")
    wait_for(lambda: "from=2024" in dash_duo.driver.find_element(By.ID, ids.DL_AGGREGATE_CSV).get_attribute("href"),
             message="the link to follow the filters")
    dash_duo.driver.find_element(By.ID, ids.DL_AGGREGATE_CSV).click()
    folder = Path(dash_duo.download_path)
    files = wait_for(lambda: [p for p in folder.glob("*.csv")], message="the downloaded file")
    with files[0].open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0])[:2] == ["year", "region"]
    want = totals(connect(bundled_db), year_from=2024, year_to=2100)
    for measure in MEASURES:
        assert sum(float(r[measure] or 0) for r in rows) == pytest.approx(want[measure], abs=0.01), measure


SCRIPT = "<script>document.title='pwned'</script>"
IMG = "<img src=x onerror=\"document.body.dataset.pwned='yes'\">"


def test_article_text_is_shown_as_text(dash_duo, bundled_copy, tmp_path):
    doc = tmp_path / "hostile.jsonl"
    doc.write_text(json.dumps({
        "id": "x1", "title": SCRIPT, "url": "javascript:alert(1)",
        "text": f"{SCRIPT} {IMG} В Павлодаре 2 мая 2024 года изъяли 9 кг героина {IMG}."}, ensure_ascii=False),
        encoding="utf-8")
    run([str(doc)], bundled_copy, progress=False)
    dash_duo.start_server(create_app(bundled_copy, recheck=0))
    dash_duo.driver.get(dash_duo.server_url + "/?region=KZ-55&lang=en")
    wait_for(lambda: "9 кг героина" in dash_duo.driver.find_element(By.ID, ids.TABLE).text, message="the quote")
    time.sleep(0.5)
    assert dash_duo.driver.title != "pwned"
    assert dash_duo.driver.execute_script("return document.body.dataset.pwned") is None
    hrefs = [a.get_attribute("href") or "" for a in dash_duo.driver.find_elements(By.CSS_SELECTOR, "a")]
    assert not [h for h in hrefs if h.lower().startswith("javascript:")]


TITLES_INSIDE = """
return Array.from(document.querySelectorAll('.js-plotly-plot')).map(plot => {
  const svg = plot.querySelector('.main-svg').getBoundingClientRect();
  const title = plot.querySelector('.gtitle');
  if (!title) return null;
  const box = title.getBoundingClientRect();
  const out = box.top < svg.top - 1 || box.bottom > svg.bottom + 1;
  return out ? plot.parentElement.id + ' ' + Math.round(box.top - svg.top) : null;
}).filter(Boolean);
"""

OVERFLOW = """
const out = [];
for (const el of document.querySelectorAll('body *')) {
  let p = el.parentElement, scrolls = false;
  while (p) {  // what a scroll container holds may be wider than the screen: the container scrolls
    const s = getComputedStyle(p);
    if (s.overflowX === 'auto' || s.overflowX === 'scroll') { scrolls = true; break; }
    p = p.parentElement;
  }
  const r = el.getBoundingClientRect();
  if (scrolls || r.width === 0 || r.right < 0) continue;  // plotly's measuring helpers sit far off screen
  if (r.right > window.innerWidth + 1 || r.left < -1) {
    out.push(el.tagName + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
  }
}
return [document.documentElement.scrollWidth, out.slice(0, 10)];
"""


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_a_phone_screen_holds_the_page(dash_duo, app, lang):
    """At 390 px (a phone, by Chrome's mobile emulation) no element is wider than the screen and nothing makes
    the page scroll sideways; the sources table scrolls inside its own box."""
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    from tests.conftest import CHROMIUM_FLAGS

    dash_duo.start_server(app)
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for flag in CHROMIUM_FLAGS:
        if not flag.startswith("--window-size"):
            options.add_argument(flag)
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844,
                                                                           "pixelRatio": 2}})
    phone = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        phone.get(f"{dash_duo.server_url}/?lang={lang}")
        wait_for(lambda: len(phone.find_elements(By.CSS_SELECTOR, f"#{ids.MAP} path.choroplethlocation")) == 20,
                 timeout=30, message="the map on a phone")
        wait_for(lambda: phone.find_elements(By.CSS_SELECTOR, f"#{ids.BARS} .main-svg"), message="the ranking")
        time.sleep(0.5)
        assert phone.execute_script("return window.innerWidth") == 390
        width, wide = phone.execute_script(OVERFLOW)
        assert width <= 390 and not wide, wide
        assert phone.execute_script(TITLES_INSIDE) == []  # every caption whole, inside its chart
    finally:
        phone.quit()


@pytest.mark.parametrize(("lang", "heading"), [("ru", "Как считаются цифры"), ("kk", "Сандар қалай есептеледі"),
                                               ("en", "How the figures are counted")])
def test_the_methodology_page_opens_from_the_dashboard(dash_duo, app, lang, heading):
    dash_duo.start_server(app)
    dash_duo.driver.get(f"{dash_duo.server_url}/?lang={lang}")
    loaded(dash_duo)
    dash_duo.driver.find_element(By.ID, "methodology-link").click()
    wait_for(lambda: dash_duo.driver.find_element(By.TAG_NAME, "h1").text == heading, message="the page's heading")
    assert len(dash_duo.driver.find_elements(By.CSS_SELECTOR, "table tbody tr")) > 3
    assert dash_duo.get_logs() == []


def _api_rows(duo, path: str) -> list[dict]:
    from urllib.request import urlopen

    with urlopen(duo.server_url + path) as response:  # noqa: S310 - the test's own server on 127.0.0.1
        return list(csv.DictReader(response.read().decode("utf-8-sig").splitlines()))


def _table(duo, chart: str) -> list[list[str]]:
    """The rows of a chart's table view, after switching the chart to its table."""
    click_segment(duo, ids.chart_mode(chart), "Table")
    box = f"#{ids.chart_table(chart)}"
    wait_for(lambda: duo.driver.find_elements(By.CSS_SELECTOR, f"{box} tbody tr"), message="the table view")
    assert not duo.driver.find_element(By.ID, ids.chart_box(chart)).is_displayed()
    return [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
            for tr in duo.driver.find_elements(By.CSS_SELECTOR, f"{box} tbody tr")]


def _number(text: str) -> float:
    return float(text.replace(",", "")) if text != "—" else 0.0


def test_a_chart_table_holds_the_numbers_the_api_gives(dash_duo, app):
    dash_duo.start_server(app)
    dash_duo.driver.get(f"{dash_duo.server_url}/?lang=en")
    loaded(dash_duo)
    people = {row[0]: [_number(x) for x in row[1:]] for row in _table(dash_duo, ids.PEOPLE)}
    header = [th.text for th in dash_duo.driver.find_elements(
        By.CSS_SELECTOR, f"#{ids.chart_table(ids.PEOPLE)} thead th")]
    api = {r["year"]: r for r in _api_rows(dash_duo, "/api/aggregate.csv?by=year") if r["year"]}
    actions = {"Detained": "detained", "Arrested": "arrested", "Charged": "charged"}
    assert set(header[1:]) <= set(actions) and header[1:]
    for year, row in api.items():  # undated facts have no place on a time axis (the page's note says so)
        if year != "undated" and any(float(row[a] or 0) for a in actions.values()):
            assert year in people, year
    for year, values in people.items():
        for name, value in zip(header[1:], values, strict=True):
            assert value == pytest.approx(float(api[year][actions[name]] or 0)), (year, name)
    choose(dash_duo, ids.YEAR_FROM, "2025")  # the table shown follows the filters
    later = sorted(year for year in people if year >= "2025")
    wait_for(lambda: [tr.text.split()[0] for tr in dash_duo.driver.find_elements(
        By.CSS_SELECTOR, f"#{ids.chart_table(ids.PEOPLE)} tbody tr")] == later, message=f"the table of {later}")
    dash_duo.driver.get(f"{dash_duo.server_url}/?lang=en")
    loaded(dash_duo)
    ranked = _table(dash_duo, ids.BARS)
    by_region = {r["region"]: float(r["seizure_kg"] or 0) for r in _api_rows(dash_duo, "/api/aggregate.csv?by=region")}
    assert len(ranked) == sum(1 for code, kg in by_region.items() if code.startswith("KZ-") and kg > 0)
    shown = sorted(_number(row[1]) for row in ranked)
    want = sorted(kg for code, kg in by_region.items() if code.startswith("KZ-") and kg > 0)
    assert shown == pytest.approx(want, abs=0.001)
    click_segment(dash_duo, ids.chart_mode(ids.BARS), "Chart")
    wait_for(lambda: dash_duo.driver.find_element(By.ID, ids.chart_box(ids.BARS)).is_displayed(), message="chart")


EXPORT_SVG = """
const done = arguments[arguments.length - 1];
const gd = document.querySelector('#' + arguments[0] + ' .js-plotly-plot');
Plotly.toImage(window.drugStats.exportFigure(gd), {format: 'svg', width: 1000})
  .then(url => done(decodeURIComponent(url)), err => done('error: ' + err));
"""


def test_an_exported_image_says_which_filters_it_shows(dash_duo, app):
    dash_duo.start_server(app)
    dash_duo.driver.get(f"{dash_duo.server_url}/?lang=en&from=2019&to=2025&region=KZ-75,KZ-79")
    loaded(dash_duo)
    wait_for(lambda: "Almaty" in json.dumps(dash_duo.driver.execute_script(
        f"return document.querySelector('#{ids.PEOPLE} .js-plotly-plot').layout.meta")), message="the filters")
    dash_duo.driver.set_script_timeout(30)
    svg = dash_duo.driver.execute_async_script(EXPORT_SVG, ids.PEOPLE)
    assert svg.startswith("data:image/svg+xml"), svg[:200]
    for words in ("People", "Almaty, Shymkent", "2019–2025", "reported operations", "how it is counted"):
        assert words in svg, words
    dash_duo.driver.find_element(By.CSS_SELECTOR, f'[data-export=png][data-chart="{ids.PEOPLE}"]').click()
    folder = Path(dash_duo.download_path)
    files = wait_for(lambda: [p for p in folder.glob("*.png")], message="the PNG")
    assert files[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and files[0].name == "people.png"
    assert dash_duo.get_logs() == []


def test_sources_search_sort_and_page_live_in_the_url(dash_duo, app):
    dash_duo.start_server(app)
    dash_duo.driver.get(f"{dash_duo.server_url}/?lang=en")
    loaded(dash_duo)
    count = dash_duo.driver.find_element(By.ID, ids.TABLE_COUNT)
    everything = wait_for(lambda: count.text, message="the count")
    rows = f"#{ids.TABLE} tbody tr"
    pages = dash_duo.driver.find_elements(By.CSS_SELECTOR, f"#{ids.TABLE_PAGES} button")
    [two] = [b for b in pages if b.text.strip() == "2"]
    first_page = dash_duo.driver.find_element(By.CSS_SELECTOR, rows).text
    two.click()
    wait_for(lambda: "page=2" in query(dash_duo), message="page=2 in the URL")
    wait_for(lambda: dash_duo.driver.find_element(By.CSS_SELECTOR, rows).text != first_page, message="page two")
    second_page = dash_duo.driver.find_element(By.CSS_SELECTOR, rows).text

    box = dash_duo.driver.find_element(By.ID, ids.SEARCH)
    box.send_keys("ГЕРОИН")
    wait_for(lambda: "q=" in query(dash_duo) and "page=" not in query(dash_duo), message="the search in the URL")
    wait_for(lambda: count.text != everything, message="the count of the search")
    found = dash_duo.driver.find_elements(By.CSS_SELECTOR, rows)
    assert found and sum("героин" in r.text.lower() for r in found) >= len(found) // 2

    choose(dash_duo, ids.SORT, "Largest value first (within a kind)")
    wait_for(lambda: "sort=-value" in query(dash_duo), message="the order in the URL")
    link = dash_duo.driver.current_url
    dash_duo.driver.get(f"{dash_duo.server_url}/?lang=en&page=2")
    wait_for(lambda: dash_duo.driver.find_element(By.CSS_SELECTOR, rows).text == second_page,
             message="a link to page two opens page two")
    dash_duo.driver.get(link)
    wait_for(lambda: dash_duo.driver.find_element(By.ID, ids.SEARCH).get_attribute("value") == "ГЕРОИН",
             message="the search from the link")
    assert dash_duo.get_logs() == []


TIME_DOCS = [
    {"id": "stat", "url": "https://stat.kz/1", "published": "2025-11-10", "text": (
        "За десять месяцев 2025 года в Карагандинской области полицейские изъяли 1,1 тонны наркотиков.")},
    {"id": "old", "url": "https://old.kz/1", "published": "2021-03-02",
     "text": "В Павлодаре 2 марта 2021 года изъяли 9 кг гашиша."},
    {"id": "new", "url": "https://new.kz/1", "published": "2024-05-06",
     "text": "В Павлодаре 5 мая 2024 года изъяли 4 кг героина."},
]

BAR_EDGES = """
const gd = document.querySelector('#' + arguments[0] + ' .js-plotly-plot');
const axis = gd._fullLayout.xaxis;
return Array.from(gd.querySelectorAll('.point path')).map(p => {
  const box = p.getBBox();
  return [axis.p2d(box.x), axis.p2d(box.x + box.width)];
});
"""


def _serve(duo, tmp_path, docs: list[dict]) -> None:  # noqa: ANN001
    """A store of documents written for a test, read by `etl run`, served to the browser."""
    src = tmp_path / "docs.jsonl"
    src.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'docs.sqlite'}"
    run([str(src)], url, progress=False)
    duo.start_server(create_app(url, recheck=0))


def test_time_axis_gap_years_and_a_statistic_over_its_period(dash_duo, tmp_path):
    """Operations in 2021 and 2024: 2022 and 2023 are on the axis, empty. A statistic for January to October
    2025 is a bar from the start of January to the end of October (read back from the drawn bar's pixels)."""
    _serve(dash_duo, tmp_path, TIME_DOCS)
    dash_duo.driver.get(f"{dash_duo.server_url}/?lang=en")
    def operations() -> list | None:
        drawn = dash_duo.driver.execute_script(BAR_EDGES, ids.SEIZURES)
        return drawn if len(drawn) == 2 and dash_duo.find_element("h2").text.startswith("Drug") else None

    edges = wait_for(operations, message="the two bars, in English")
    assert sorted(e[0][:4] for e in edges) == ["2021", "2024"]
    ticks = dash_duo.driver.execute_script(
        f"return Array.from(document.querySelectorAll('#{ids.SEIZURES} .xtick text')).map(t => t.textContent)")
    assert {"2021", "2022", "2023", "2024"} <= set(ticks), ticks

    dash_duo.driver.get(f"{dash_duo.server_url}/?lang=en&layer=statistics&grain=year")
    [(left, right)] = wait_for(lambda: [e for e in dash_duo.driver.execute_script(BAR_EDGES, ids.SEIZURES)
                                        if e[0][:4] == "2025"], message="the statistic's bar")
    assert "2024-12-25" <= left[:10] <= "2025-01-10" and "2025-10-20" <= right[:10] <= "2025-11-05", (left, right)
    rows = _table(dash_duo, ids.SEIZURES)
    assert rows == [["2025-01 – 2025-10", "1,100"]]
    assert dash_duo.get_logs() == []


def test_the_page_draws_with_the_partial_plotly_bundle(dash_duo, app):
    """With assets/plotly-partial.js built (make does it; dashboard/bundle.py), the page never loads dash's full
    plotly.js, and the bundle holds what the page draws: bars and the choropleth map."""
    bundle = Path(__file__).resolve().parent.parent / "assets" / "plotly-partial.js"
    if not bundle.exists():
        pytest.skip("assets/plotly-partial.js is not built (python -m dashboard.bundle)")
    dash_duo.start_server(app)
    loaded(dash_duo)
    resources = dash_duo.driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert any("plotly-partial.js" in r for r in resources)
    assert not [r for r in resources if "plotly.min.js" in r]
    traces = dash_duo.driver.execute_script("return Object.keys(Plotly.PlotSchema.get().traces).sort()")
    assert {"bar", "choropleth"} <= set(traces) and "scatter3d" not in traces
    assert dash_duo.get_logs() == []


YTD_DOCS = [
    {"id": "q1", "published": "2024-04-02", "text": "В Жамбылской области за три месяца выявлено 120 "
                                                     "наркопреступлений, сообщили в департаменте полиции."},
    {"id": "h1", "published": "2024-07-03", "text": "В Жамбылской области за шесть месяцев выявлено 260 "
                                                     "наркопреступлений, сообщили в департаменте полиции."},
    {"id": "m9", "published": "2024-10-02", "text": "В Жамбылской области за девять месяцев выявлено 300 "
                                                     "наркопреступлений, сообщили в департаменте полиции."},
]


def test_the_official_chart_shows_what_each_quarter_added(dash_duo, tmp_path):
    """Three year-to-date reports of one region: the statistics layer's chart has a bar per quarter, each what
    the quarter added (120, 140, 40), and its table says so; the operations layer hides the card."""
    _serve(dash_duo, tmp_path, YTD_DOCS)
    dash_duo.driver.get(f"{dash_duo.server_url}/?lang=en&layer=statistics&grain=quarter&map=crimes")
    wait_for(lambda: len(dash_duo.driver.execute_script(BAR_EDGES, ids.OFFICIAL)) == 3, message="three bars")
    rows = _table(dash_duo, ids.OFFICIAL)
    assert [row[1:] for row in rows] == [["120"], ["140"], ["40"]], rows
    dash_duo.driver.get(f"{dash_duo.server_url}/?lang=en&map=crimes")
    wait_for(lambda: not dash_duo.driver.find_element(By.ID, ids.OFFICIAL_CARD).is_displayed(),
             message="the card hidden for operations")
    assert dash_duo.get_logs() == []
