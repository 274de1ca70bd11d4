"""Thin callbacks: read the view from the URL, ask queries, hand the frames to figures and layout. The URL
query string is the one source of truth: controls write it, and it writes the controls (back and forward
buttons, pasted links)."""

from __future__ import annotations

import math
from dataclasses import replace
from urllib.parse import urlencode

import pandas as pd
from dash import ClientsideFunction, Dash, Input, Output, State, ctx, no_update

from . import figures, geo, i18n, ids, layout, population
from .queries import (
    Store,
    aggregate,
    coverage_by_region,
    headline,
    series,
    spans,
    statistics_series,
    substances_present,
    years,
)
from .state import BadParameter, Filters, View, encode_view, filter_params, parse_view

PAGE_SIZE = 25
CONTROLS = (ids.YEAR_FROM, ids.YEAR_TO, ids.REGIONS, ids.SUBSTANCE, ids.LAYER, ids.GRAIN, ids.CURRENCY,
            ids.MEASURE, ids.PER, ids.SEARCH, ids.SORT, ids.LANG)


def read_view(search: str | None) -> tuple[View, str | None]:
    """The view of a URL query string; a wrong parameter is dropped (and reported), the rest kept."""
    query = (search or "").lstrip("?")
    problem = None
    for _ in range(20):
        try:
            return parse_view(query), problem
        except BadParameter as err:
            problem = problem or str(err)
            query = "&".join(p for p in query.split("&") if p.split("=", 1)[0] != err.name)
    return View(), problem


def control_values(view: View) -> list:
    f = view.filters
    return [str(f.year_from) if f.year_from else None, str(f.year_to) if f.year_to else None, list(f.regions),
            list(f.substances), f.layer, view.grain, view.currency, view.measure, view.per, view.search, view.sort,
            view.lang]


def view_of_controls(year_from, year_to, regions, substances, layer, grain, currency, measure, per,  # noqa: ANN001
                     search, sort, lang) -> View:  # noqa: ANN001
    """A view from the controls' values (years swapped if given the wrong way round; a search that cannot be
    used is left out), on the sources' first page."""
    y1 = int(year_from) if year_from else None
    y2 = int(year_to) if year_to else None
    if y1 is not None and y2 is not None and y1 > y2:
        y1, y2 = y2, y1
    params = filter_params(Filters(y1, y2, tuple(sorted(regions or ())), tuple(sorted(substances or ())),
                                   layer or "operations"))
    params.update({"grain": grain or "year", "cur": currency or "kzt", "map": measure or "seizure_kg",
                   "per": per or "total", "sort": sort or "-date",
                   "lang": lang or i18n.DEFAULT_LANGUAGE})
    try:
        return parse_view({**params, "q": search or ""})
    except BadParameter:
        return parse_view(params)


def clicked_region(click: dict | None) -> str | None:
    """The region code of a click on the map (location) or on the ranking (customdata)."""
    if not click or not click.get("points"):
        return None
    point = click["points"][0]
    return point.get("location") or point.get("customdata")


def download_links(f: Filters, grain: str) -> tuple[str, str, str]:
    params = filter_params(f)
    by = urlencode({**params, "by": f"{grain},region"}, safe=",")
    plain = urlencode(params, safe=",")
    return (f"/api/aggregate.csv?{by}", f"/api/aggregate.xlsx?{by}", f"/api/facts.csv?{plain}".rstrip("?"))


def view_notes(sums: dict, view: View, problem: str | None, lang: str) -> list[tuple[str, str]]:
    _ = i18n.gettext(lang)
    out = []
    if problem:
        out.append(("orange", _("Part of the link was not understood and was left out: {problem}").format(
            problem=problem)))
    if not sums["n_facts"]:
        out.append(("gray", _("No facts match these filters. Widen the years, choose other regions or clear the "
                              "substance.")))
        return out
    if sums["undated"]:
        n = i18n.number(sums["undated"], lang)
        if sums["undated_counted"]:
            out.append(("blue", _("{n} facts have no date: they are counted in the figures and the map and "
                                  "listed in the sources, but not placed on the time charts.").format(n=n)))
        else:
            out.append(("blue", _("{n} facts have no date and are left out because a year range is chosen; "
                                  "clear the years to count them.").format(n=n)))
    if view.filters.substances:
        out.append(("gray", _("The substance filter applies to seizures; people and money are shown for all "
                              "substances (reports rarely tie them to one drug).")))
    return out


def register(app: Dash, store: Store) -> None:
    """Attach the callbacks to an app; `store` is the only thing they read."""

    @app.callback(Output(ids.LANG_STORE, "data"), Input(ids.URL, "search"), State(ids.LANG_STORE, "data"))
    def language(search, current):  # noqa: ANN001, ANN202
        lang = read_view(search)[0].lang
        return no_update if lang == current else lang

    @app.callback(Output(ids.PAGE, "children"), Input(ids.LANG_STORE, "data"), State(ids.URL, "search"),
                  prevent_initial_call=True)
    def render(lang, search):  # noqa: ANN001, ANN202
        view = read_view(search)[0]
        cube = store.cube()
        return layout.page(view, years(cube), substances_present(cube))

    @app.callback(
        Output(ids.URL, "search"), *[Output(c, "value") for c in CONTROLS],
        Input(ids.URL, "search"), *[Input(c, "value") for c in CONTROLS],
        Input(ids.RESET, "n_clicks"), Input(ids.MAP, "clickData"), Input(ids.BARS, "clickData"),
    )
    def sync(search, *args):  # noqa: ANN001, ANN202
        """URL -> controls, or a control -> URL (the sources' pager is `table`'s)."""
        current = list(args[:len(CONTROLS)])
        url_view = read_view(search)[0]
        trigger = ctx.triggered_id
        if trigger in (ids.URL, None):
            wanted = control_values(url_view)
            return [no_update] + [w if w != c else no_update for w, c in zip(wanted, current, strict=True)]
        if trigger == ids.RESET:
            new = View(lang=url_view.lang, grain=url_view.grain, currency=url_view.currency,
                       measure=url_view.measure, per=url_view.per)
        elif trigger in (ids.MAP, ids.BARS):
            code = clicked_region(ctx.triggered[0]["value"])
            if not code:
                return [no_update] * (len(CONTROLS) + 1)
            regions = () if url_view.filters.regions == (code,) else (code,)
            new = replace(url_view.with_filters(regions=regions), page=1)
        else:
            new = view_of_controls(*current)  # another view of the sources starts at its first page
            if replace(new, page=url_view.page) == url_view:  # nothing changed (controls drawn anew): stay
                new = url_view
        wanted = control_values(new)
        controls = [w if w != c else no_update for w, c in zip(wanted, current, strict=True)]
        if trigger not in (ids.RESET, ids.MAP, ids.BARS):  # never rewrite what the user is typing
            controls = [no_update] * len(CONTROLS)
        query = encode_view(new)
        return [query if query != (search or "") else no_update] + controls

    @app.callback(
        Output(ids.HEADLINE, "children"), Output(ids.NOTES, "children"),
        Output(ids.SEIZURES, "figure"), Output(ids.PRECURSORS, "figure"), Output(ids.MONEY, "figure"),
        Output(ids.PEOPLE, "figure"),
        Output(ids.MAP, "figure"), Output(ids.BARS, "figure"),
        Output(ids.DL_AGGREGATE_CSV, "href"), Output(ids.DL_AGGREGATE_XLSX, "href"),
        Output(ids.DL_FACTS_CSV, "href"), Output(ids.OFFICIAL, "figure"), Output(ids.OFFICIAL_CARD, "style"),
        Input(ids.URL, "search"), Input(ids.PAGE_READY, "data"),
    )
    def update(search, _ready):  # noqa: ANN001, ANN202
        view, problem = read_view(search)
        return charts(store, view, problem)

    @app.callback(
        Output(ids.TABLE, "children"), Output(ids.TABLE_PAGES, "total"), Output(ids.TABLE_PAGES, "value"),
        Output(ids.TABLE_COUNT, "children"), Output(ids.URL, "search", allow_duplicate=True),
        Input(ids.URL, "search"), Input(ids.PAGE_READY, "data"), Input(ids.TABLE_PAGES, "value"),
        prevent_initial_call="initial_duplicate",
    )
    def table(search, _ready, page):  # noqa: ANN001, ANN202
        """The sources at the URL's page; a page chosen on the pager goes to the URL (and back stays there)."""
        view = read_view(search)[0]
        query = no_update
        if ctx.triggered_id == ids.TABLE_PAGES and page and page != view.page:
            view = replace(view, page=int(page))
            query = encode_view(view)
        body, pages, count = sources(store, view)
        shown = min(view.page, pages)
        return body, pages, shown if shown != page else no_update, count, query

    for chart in ids.CHARTS:
        # Chart or table, decided in the browser (assets/charts.js): a new figure costs no request while its
        # chart is shown; while its table is, the figure goes to `table_of_chart`.
        app.clientside_callback(
            ClientsideFunction("charts", "chartOrTable"),
            Output(ids.chart_table(chart), "style"), Output(ids.chart_box(chart), "style"),
            Output(ids.chart_shown(chart), "data"),
            Input(ids.chart_mode(chart), "value"), Input(chart, "figure"))

        @app.callback(Output(ids.chart_table(chart), "children"), Input(ids.chart_shown(chart), "data"),
                      State(ids.LANG_STORE, "data"), prevent_initial_call=True)
        def table_of_chart(figure, lang):  # noqa: ANN001, ANN202
            return layout.chart_table(figures.table_of(figure or {}, lang), lang)

    @app.callback(Output(ids.ABOUT, "opened"), Input(ids.ABOUT_OPEN, "n_clicks"), prevent_initial_call=True)
    def about(_clicks):  # noqa: ANN001, ANN202
        return True


def charts(store: Store, view: View, problem: str | None = None) -> tuple:
    """Headline, notes, the six figures, the three download links, and the official statistics chart and its
    card's style of a view."""
    lang, f = view.lang, view.filters
    cube = store.cube()
    sums = headline(cube, f)
    meta = replace(cube.meta, events=int(sums["n_events"]), layer=f.layer)
    grain = view.grain
    money_col = f"confiscated_{view.currency}"
    actions = ("detained", "arrested", "charged")
    if f.layer == "statistics":  # each official figure over the period it covers, whatever the grain
        seized = spans(cube, f, "substance", ("seizure_kg",))
        chemicals = spans(cube, f, "substance", ("precursors_kg",))
        money = spans(cube, f, "role", (money_col,)).rename(columns={money_col: "value"})
        people = spans(cube, f, None, actions)
    else:
        seized = series(cube, f, grain, "substance", ("seizure_kg",))
        chemicals = series(cube, f, grain, "substance", ("precursors_kg",))
        money = series(cube, f, grain, "role", (money_col,)).rename(columns={money_col: "value"})
        people = aggregate(cube, f, (grain,), actions)
        people = people[people[grain] != ""].rename(columns={grain: "period"})
    # The map and ranking show every region for the other filters, so a region can be compared and clicked.
    described = None
    if view.measure.startswith(figures.COVERAGE):  # the news against the official count, per region
        regional, described = _coverage(store, f, view.measure, lang)
    else:
        by_region = aggregate(cube, Filters(f.year_from, f.year_to, (), f.substances, f.layer), ("region",))
        values = by_region.set_index("region")[view.measure] if len(by_region) else pd.Series(dtype=float)
        regional = values[[c.startswith("KZ-") for c in values.index]] if len(values) else values
    abroad = None if f.regions else float(headline(cube, replace(f, regions=("abroad",)))["seizure_kg"])
    # rates per 100,000 residents (never of a ratio)
    residents = population.bundled() if view.per == "100k" and described is None else None
    span = (f.year_from, f.year_to) if f.year_from is not None and f.year_to is not None else None
    _ = i18n.gettext(lang)
    words = figures.describe_filters(f, lang)
    regions_name = f"{_('By region')}: {_(figures.MEASURE_LABELS[view.measure])}"
    if residents is not None:
        regions_name += ", " + _("per 100,000 residents")
    return (
        layout.headline(sums, lang, abroad, f.layer),
        layout.notes(view_notes(sums, view, problem, lang)),
        figures.with_export(figures.seizures(seized, meta, lang, span), _("Drugs seized"), words),
        figures.with_export(figures.precursors(chemicals, meta, lang, span), _("Precursors seized"), words),
        figures.with_export(figures.money(money, view.currency, meta, lang, span), _("Money confiscated"), words),
        figures.with_export(figures.people(people, meta, lang, span), _("People"), words),
        figures.with_export(figures.region_map(regional, layout.REGIONS_GEOJSON, geo.region_codes(), view.measure,
                                               f.regions, meta, lang, residents, described), regions_name, words),
        figures.with_export(figures.region_bars(regional, view.measure, f.regions, meta, lang, residents, described),
                            regions_name, words),
        *download_links(f, grain),
        *_official(store, view, meta, span, words),
    )


def _base_measure(measure: str) -> str:
    """The measure a coverage measure sets against the official count ("coverage_labs" -> "labs")."""
    return measure.removeprefix(figures.COVERAGE)


def _coverage(store: Store, f: Filters, measure: str, lang: str) -> tuple[pd.Series, dict[str, str]]:
    """The map's and the ranking's coverage by region (operations / official figures of the years each region
    has a series for) and, for each region, both numbers in words; a region without an official figure says
    so."""
    _ = i18n.gettext(lang)
    base = _base_measure(measure)
    found = coverage_by_region(store, f, base)
    found = found[[str(c).startswith("KZ-") for c in found["region"]]] if len(found) else found
    values = pd.Series({r: v * 100 for r, v in zip(found["region"], found["coverage"], strict=True)  # per cent
                        if v is not None}, dtype=float)
    described = {code: _("no official figure for these years") for code in geo.region_codes()}
    for region, done, official, ratio in found.itertuples(index=False, name=None):
        if ratio is not None:
            described[region] = _("{ratio} ({news} in the news of {official} official)").format(
                ratio=figures.format_measure(measure, ratio * 100, lang), news=figures.format_measure(base, done, lang),
                official=figures.format_measure(base, official, lang))
    return values, described


def _official(store: Store, view: View, meta, span, words: str) -> tuple[dict, dict | None]:  # noqa: ANN001
    """The official statistics chart and its card's style: shown with the statistics layer only."""
    if view.filters.layer != "statistics":
        return figures.empty(""), {"display": "none"}
    _ = i18n.gettext(view.lang)
    measure = _base_measure(view.measure)
    frame = statistics_series(store, view.filters, measure, view.grain)
    figure = figures.official(frame, measure, meta, view.lang, span)
    return figures.with_export(figure, _("Official statistics: what each period added"), words), None


def sources(store: Store, view: View) -> tuple[list, int, str]:
    """The view's page of the sources table (its search, its order), the number of pages, and 'N events'."""
    lang = view.lang
    _ = i18n.gettext(lang)
    if view.search:
        n_events = store.count_events(view.filters, view.search)
    else:
        n_events = int(headline(store.cube(), view.filters)["n_events"])
    pages = max(1, math.ceil(n_events / PAGE_SIZE))
    page = min(max(1, view.page), pages)
    events = store.events(view.filters, sort=view.sort.lstrip("-"), descending=view.sort.startswith("-"),
                          page=page - 1, size=PAGE_SIZE, search=view.search)
    if events.empty:
        message = _("No quote or title holds these words.") if view.search else _("No facts match these filters.")
        return [layout.dmc.TableTbody(layout.dmc.TableTr(layout.dmc.TableTd(message)))], 1, \
            _("{n} events").format(n=0)
    rows = layout.event_rows(events, lang)
    return layout.table_body(rows, lang), pages, _("{n} events").format(n=i18n.number(n_events, lang))
