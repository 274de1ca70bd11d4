"""The callbacks' work, called directly: views from URLs and controls, region clicks, the figures and the
sources table of a view, empty states in words, boundaries for the map."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard import callbacks, figures, geo, i18n, layout
from dashboard.queries import Store
from dashboard.state import Filters, View, encode_view
from etl.store import connect
from etl.vocab import REGION_CODES


@pytest.fixture(scope="module")
def store(bundled_db):
    return Store(connect(bundled_db))


def test_a_wrong_url_parameter_is_dropped_and_reported():
    view, problem = callbacks.read_view("?from=2019&region=KZ-99&lang=en")
    assert view.filters.year_from == 2019 and view.filters.regions == () and view.lang == "en"
    assert "region='KZ-99'" in problem


def test_controls_make_the_same_view_as_the_url():
    view = View(filters=Filters(2019, 2025, ("KZ-75", "KZ-79"), ("hashish", "heroin"), "statistics"), grain="month",
                currency="usd", measure="detained", lang="kk", per="100k", search="героин Шымкент", sort="-value",
                page=3)
    assert callbacks.view_of_controls(*callbacks.control_values(view)) == replace(view, page=1)
    assert callbacks.read_view(encode_view(view)) == (view, None)


def test_years_given_the_wrong_way_round_are_swapped():
    view = callbacks.view_of_controls("2025", "2019", [], None, "operations", "year", "kzt", "seizure_kg", "total",
                                      "", "-date", "ru")
    assert (view.filters.year_from, view.filters.year_to) == (2019, 2025)


@pytest.mark.parametrize(("click", "code"), [
    ({"points": [{"location": "KZ-79", "z": 5}]}, "KZ-79"),
    ({"points": [{"y": "Шымкент", "customdata": "KZ-75"}]}, "KZ-75"),
    ({"points": []}, None),
    (None, None),
])
def test_clicked_region(click, code):
    assert callbacks.clicked_region(click) == code


def _texts(component) -> str:
    """Every string inside a Dash component tree."""
    if isinstance(component, str):
        return component
    if isinstance(component, (list, tuple)):
        return " ".join(_texts(c) for c in component)
    children = getattr(component, "children", None)
    return _texts(children) if children is not None else ""


def test_a_view_gives_headline_figures_and_links(store):
    view = View(filters=Filters(2025, 2025, ("KZ-79",)), lang="en")
    head, notes, *figs, agg_csv, agg_xlsx, facts_csv, official, style = callbacks.charts(store, view)
    assert style == {"display": "none"} and not official["data"]  # the official chart: statistics layer only
    assert "6.43\xa0kg" in _texts(head) and "2.1\xa0t" in _texts(head) and "26" in _texts(head)
    seized, chemicals, money, people, region_map, bars = [go.Figure(f) for f in figs]  # plotly validates them
    assert "Mephedrone" in {t.name for t in seized.data} and "Precursors" not in {t.name for t in seized.data}
    assert sum(chemicals.data[0].y) == pytest.approx(2100) and chemicals.layout.yaxis.title.text.endswith("kg")
    assert agg_csv == "/api/aggregate.csv?from=2025&to=2025&region=KZ-79&by=year,region"
    assert agg_xlsx.startswith("/api/aggregate.xlsx?") and facts_csv == "/api/facts.csv?from=2025&to=2025&region=KZ-79"
    from dashboard.queries import headline

    events = int(headline(store.cube(), view.filters)["n_events"])
    said = seized.layout.title.text  # what the chart sums, from how much, and that it is not an official total
    assert f"Sum of {events} events" in said and "not official totals" in said and "latest fact" in said
    assert f"{store.cube().meta.outlets} outlets" in said and store.cube().meta.outlets > 1
    stats = go.Figure(callbacks.charts(store, View(filters=Filters(layer="statistics"), lang="en"))[2])
    assert "Official statistics" in stats.layout.title.text or not stats.data


def test_the_statistics_layer_shows_what_each_period_added(store):
    *_, official, style = callbacks.charts(store, View(filters=Filters(layer="statistics"), measure="labs",
                                                       grain="quarter", lang="en"))
    assert style is None
    chart = go.Figure(official)
    assert chart.data and chart.layout.barmode == "group"
    national = next(t for t in chart.data if t.name == "Kazakhstan (national figures)")
    assert all("since the start of the year" in t.hovertemplate for t in chart.data)
    assert sum(national.y) > 0


def test_the_map_shows_the_news_against_the_official_count(store):
    view = View(filters=Filters(layer="statistics"), measure="coverage_seizure_kg", lang="en")
    figs = callbacks.charts(store, view)
    region_map, bars = go.Figure(figs[6]), go.Figure(figs[7])
    said = dict(zip(region_map.data[0].locations, region_map.data[0].text, strict=True))
    assert any("in the news of" in t for t in said.values())        # both numbers, in words
    assert any("no official figure" in t for t in said.values())    # a region without an official series
    assert all(t.endswith("%") for t in bars.data[0].text)
    assert region_map.data[0].zmax <= 100  # a region far over 100 % does not wash out the others' colours


def test_map_draws_all_twenty_regions_and_marks_the_selection(store):
    view = View(filters=Filters(regions=("KZ-79",)))
    region_map = go.Figure(callbacks.charts(store, view)[6])
    trace = region_map.data[0]
    assert sorted(trace.locations) == sorted(REGION_CODES)
    widths = dict(zip(trace.locations, trace.marker.line.width, strict=True))
    assert widths["KZ-79"] > widths["KZ-75"]


def test_an_empty_selection_says_so_in_words(store):
    view = View(filters=Filters(1991, 1992), lang="en")
    notes, *figs = callbacks.charts(store, view)[1:6]
    assert "No facts match these filters" in _texts(notes)
    for fig in map(go.Figure, figs):
        assert not fig.data and fig.layout.annotations[0].text.startswith("No ")
        assert fig.layout.xaxis.visible is False


def test_undated_note_depends_on_the_year_filter(store):
    untimed = _texts(callbacks.charts(store, View(lang="en"))[1])
    timed = _texts(callbacks.charts(store, View(filters=Filters(2020, 2025), lang="en"))[1])
    assert "have no date: they are counted" in untimed
    assert "left out because a year range is chosen" in timed


def test_sources_table_pages_and_counts(store):
    body, pages, count = callbacks.sources(store, View(lang="en"))
    assert pages > 1 and count.endswith("events")
    rows = body[1].children
    assert len(rows) == callbacks.PAGE_SIZE
    empty_body, one, zero = callbacks.sources(store, View(filters=Filters(1991, 1991), lang="en"))
    assert one == 1 and "No facts match" in _texts(empty_body)
    last, _pages, _count = callbacks.sources(store, View(lang="en", page=10**6))  # past the end: the last page
    assert 0 < len(last[1].children) <= callbacks.PAGE_SIZE


def test_sources_say_which_facts_a_person_checked_and_which_the_machine_read(store):
    """The bundle holds the annotated corpora's facts (checked) and the news corpus read by the extractor."""
    marks = [r["what"] for r in layout.event_rows(store.events(Filters(), size=10_000), "en")]
    checked = [m for m in marks if m.endswith("checked by a person")]
    machine = [m for m in marks if "machine-read, confidence 0." in m or "machine-read, confidence 1" in m]
    assert checked and machine and len(checked) + len(machine) == len(marks)
    ru = layout.event_rows(store.events(Filters(), size=10_000), "ru")
    assert any("прочитано машиной, уверенность 0," in r["what"] for r in ru)


def _quotes(store, view) -> list[str]:
    events = store.events(view.filters, sort=view.sort.lstrip("-"), descending=view.sort.startswith("-"),
                          size=10_000, search=view.search)
    return list(events["quote"]) if len(events) else []


def test_a_search_finds_every_word_in_quotes_whatever_their_case(store):
    everything = _quotes(store, View())
    word = next(w for q in everything for w in q.split() if len(w) > 5 and w.isalpha() and w[0].isupper())
    for typed in (word, word.lower(), word.upper()):
        found = _quotes(store, View(search=typed))
        want = [q for q in everything if word.lower() in q.lower()]
        assert set(want) <= set(found) and found, typed  # titles may add more, quotes never fewer
    other = next(w for q in everything if word in q for w in q.split() if len(w) > 3 and w.lower() != word.lower())
    both = _quotes(store, View(search=f"{other} {word.lower()}"))
    assert set(both) <= set(_quotes(store, View(search=word)))  # every word must be there: a narrower search
    assert {q for q in everything if word in q and other in q} <= set(both)
    assert _quotes(store, View(search="zzqx-nowhere")) == []


def test_a_search_takes_percent_and_underscore_as_letters(store):
    assert _quotes(store, View(search="%")) == [q for q in _quotes(store, View()) if "%" in q]
    assert _quotes(store, View(search="_")) == []


def test_sorting_by_value_never_mixes_kinds_or_units(store):
    events = store.events(Filters(), sort="value", descending=True, size=10_000)
    kinds = list(events["kind"])
    assert kinds == sorted(kinds)  # one kind after another
    for kind in set(kinds):
        part = events[(events["kind"] == kind) & events["kg"].notna()]["kg"].tolist()
        assert part == sorted(part, reverse=True), kind


def test_search_and_page_are_counted_from_the_search(store):
    body, pages, count = callbacks.sources(store, View(lang="en", search="героин"))
    n = int(count.split()[0].replace(",", ""))
    assert 0 < n < int(callbacks.sources(store, View(lang="en"))[2].split()[0].replace(",", ""))
    assert pages == -(-n // callbacks.PAGE_SIZE)
    nothing = callbacks.sources(store, View(lang="en", search="zzqx-nowhere"))
    assert "No quote or title holds these words" in _texts(nothing[0])


def test_money_chart_switches_currency(store):
    kzt = go.Figure(callbacks.charts(store, View(currency="kzt", lang="en"))[4])
    usd = go.Figure(callbacks.charts(store, View(currency="usd", lang="en"))[4])
    assert "₸" in kzt.layout.yaxis.title.text and "$" in usd.layout.yaxis.title.text

    def whole(fig: go.Figure) -> float:  # the bars in tenge or dollars, whatever unit the axis is in
        unit = 1e9 if "billion" in fig.layout.yaxis.title.text else 1e6
        return sum(sum(t.y) for t in fig.data) * unit

    assert whole(kzt) > 100 * whole(usd)  # a dollar is hundreds of tenge


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_axis_titles_carry_units(store, lang):
    seized, chemicals, money, people, _, bars = map(go.Figure, callbacks.charts(store, View(lang=lang))[2:8])
    _t = i18n.gettext(lang)
    assert seized.layout.yaxis.title.text.endswith((_t("kg"), _t("t")))
    assert money.layout.yaxis.title.text.endswith("₸")
    assert chemicals.layout.yaxis.title.text.endswith((_t("kg"), _t("t")))
    assert bars.layout.xaxis.title.text == _t("Seized, kg")


def test_palette_is_okabe_ito():
    assert figures.colours(["a", "b"]) == {"a": "#0072B2", "b": "#E69F00"}
    assert figures.colours([str(i) for i in range(10)])["9"] == figures.OTHER


def test_boundaries_are_the_twenty_regions_simplified():
    data = geo.regions_geojson()
    assert sorted(f["id"] for f in data["features"]) == sorted(REGION_CODES)
    assert len(str(data)) < 400_000  # the package's file is 3.3 MB
    topo = geo.base_topojson()
    assert topo["type"] == "Topology" and topo["objects"]["countries"]["geometries"][0]["id"] == "KAZ"
    assert all(isinstance(arc, list) and len(arc) >= 4 for arc in topo["arcs"])


def test_the_headline_says_what_all_of_kazakhstan_adds_up(store):
    """No region chosen: the headline says it sums all of Kazakhstan and names what was seized abroad apart;
    with regions chosen it says nothing of abroad."""
    from dashboard.queries import headline

    head = callbacks.charts(store, View(filters=Filters(), lang="en"))[0]
    abroad = headline(store.cube(), Filters(regions=("abroad",)))["seizure_kg"]
    assert abroad > 0  # the bundled data has seizures abroad
    text = _texts(head)
    assert "All of Kazakhstan" in text and i18n.mass(abroad, "en") in text
    assert "All of Kazakhstan" not in _texts(callbacks.charts(store, View(filters=Filters(regions=("KZ-79",)),
                                                                          lang="en"))[0])


def _meta():  # noqa: ANN202
    from dashboard.queries import Meta

    return Meta(3, None, None)


def test_the_time_axis_is_real_dates_and_a_year_without_data_is_a_gap():
    """2014 and 2018 with nothing between: the axis runs from 2014 to the end of 2018, so 2015-2017 are there,
    empty; each bar is as wide as its year and centred in it."""
    df = pd.DataFrame({"period": ["2014", "2018"], "substance": ["heroin", "heroin"], "seizure_kg": [5.0, 7.0]})
    fig = go.Figure(figures.seizures(df, _meta(), "en"))
    axis = fig.layout.xaxis
    assert axis.type == "date" and list(axis.range) == ["2014-01-01", "2019-01-01"]
    bar = fig.data[0]
    assert list(bar.x) == ["2014-01-01", "2018-01-01"] and bar.xperiod == "M12" and bar.xperiodalignment == "middle"
    chosen = go.Figure(figures.seizures(df, _meta(), "en", span=(2012, 2020))).layout.xaxis
    assert list(chosen.range) == ["2012-01-01", "2021-01-01"]  # the chosen years whole, data or not


@pytest.mark.parametrize(("periods", "start", "months"), [
    (["2024-Q4", "2025-Q2"], "2024-10-01", 3),
    (["2024-11", "2025-02"], "2024-11-01", 1),
])
def test_quarters_and_months_keep_their_empty_periods(periods, start, months):
    df = pd.DataFrame({"period": periods, "substance": ["heroin"] * 2, "seizure_kg": [1.0, 2.0]})
    fig = go.Figure(figures.seizures(df, _meta(), "en"))
    assert fig.layout.xaxis.range[0] == start and fig.data[0].xperiod == f"M{months}"
    assert figures.period_start(periods[1]) in list(fig.data[0].x)


def test_ticks_are_few_whole_people_and_in_the_axis_unit():
    """Ten years by month get at most MAX_TICKS ticks; people are whole on the axis; money ticks are in the
    axis's own unit (no "k" on a million axis)."""
    months = [f"{y}-{m:02d}" for y in range(2015, 2025) for m in range(1, 13)]
    df = pd.DataFrame({"period": months, "substance": ["heroin"] * len(months), "seizure_kg": [1.0] * len(months)})
    axis = go.Figure(figures.seizures(df, _meta(), "en")).layout.xaxis
    assert int(axis.dtick.removeprefix("M")) * figures.MAX_TICKS >= 120
    people = pd.DataFrame({"period": ["2024", "2025"], "detained": [1, 3], "arrested": [0, 1], "charged": [0, 0]})
    yaxis = go.Figure(figures.people(people, _meta(), "en")).layout.yaxis
    assert yaxis.dtick == 1 and yaxis.tickformat == ",d"
    money = pd.DataFrame({"period": ["2024", "2025"], "role": ["frozen", "seized"], "value": [2e10, 3e9]})
    yaxis = go.Figure(figures.money(money, "kzt", _meta(), "en")).layout.yaxis
    assert "billion" in yaxis.title.text and yaxis.tickformat == ",~f"
