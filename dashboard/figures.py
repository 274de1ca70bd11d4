"""Pure chart builders: a DataFrame (from queries) and a language in, a plotly figure out, as the plain dict
that plotly.js reads (plotly's Figure objects validate every property on each build, which costs more than
the queries on a big store; tests check the dicts with plotly.graph_objects.Figure). Colour-blind safe
palettes (Okabe-Ito for categories, cividis for the map); every axis title carries its unit; every chart
says where its data comes from and as of when."""

from __future__ import annotations

import html
import textwrap
from functools import cache

import pandas as pd
import plotly.io as pio

from . import i18n
from .population import Population, per_100k
from .queries import Meta
from .state import Filters

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
OTHER = "#999999"
MAP_SCALE = "Cividis"
FONT = "Inter, system-ui, -apple-system, Segoe UI, Roboto, sans-serif"


CAPTION_WIDTH = 46  # characters in a caption line: at 11 px, a 390 px phone holds it with the chart's margin
CAPTION_LINE_PX = 14


def caption(meta: Meta, lang: str, note: str | None = None) -> str:
    """What a chart sums and as of when, in short lines (a phone's width holds each; an SVG title does not wrap
    by itself): the events of the view reported in the news, from how many articles and outlets, not official
    totals (or official statistics as the news quoted them); the latest fact's date, and the build's apart;
    a link to how it is counted."""
    _ = i18n.gettext(lang)
    store = {"articles": i18n.number(meta.documents, lang), "outlets": i18n.number(meta.outlets, lang)}
    if meta.layer == "statistics":
        first = _("Official statistics as the news quoted them; {articles} articles, {outlets} outlets").format(**store)
    elif meta.events is not None:
        first = _("Sum of {events} events reported in {articles} articles from {outlets} outlets; not official "
                  "totals").format(events=i18n.number(meta.events, lang), **store)
    else:
        first = _("Reported in {articles} articles from {outlets} outlets; not official totals").format(**store)
    second = _("latest fact {date}; built {built}").format(
        date=i18n.day(meta.last_fact, lang) or "—", built=i18n.day(meta.updated.date() if meta.updated else None,
                                                                    lang) or "—")
    how = _("how it is counted")
    lines = textwrap.wrap(first, CAPTION_WIDTH) + textwrap.wrap(note or "", CAPTION_WIDTH) + textwrap.wrap(
        f"{second} · {how}", CAPTION_WIDTH)
    lines = [html.escape(line, quote=False) for line in lines]
    link = html.escape(how, quote=False)
    if lines[-1].endswith(link):  # the methodology page, linked from its name (kept whole on the last line)
        lines[-1] = f'{lines[-1][:-len(link)]}<a href="/about?lang={lang}">{link}</a>'
    return "<br>".join(lines)


@cache
def _template() -> dict:
    return pio.templates["plotly_white"].to_plotly_json()


def _figure(data: list[dict], layout: dict, meta: Meta, lang: str, *, height: int = 360,
            note: str | None = None) -> dict:
    """A figure with the house layout and the source caption (the top margin is the caption's height)."""
    title = caption(meta, lang, note)
    top = CAPTION_LINE_PX * (title.count("<br>") + 1) + 24
    rows = legend_rows([t.get("name") or "" for t in data if t.get("showlegend", True)]) \
        if layout.get("showlegend", True) and len(data) > 1 else 0
    # the legend sits at the figure's foot, below the axis labels; the figure grows by its rows, so that the plot
    # keeps its own height whatever the language's labels
    height += LEGEND_ROW_PX * rows
    base = {
        "template": _template(), "height": height, "font": {"family": FONT, "size": 13},
        "margin": {"l": 60, "r": 16, "t": top, "b": 40 + LEGEND_ROW_PX * rows},
        "legend": {"orientation": "h", "x": 0, "xanchor": "left", "y": 0, "yref": "container", "yanchor": "bottom"},
        "modebar": {"orientation": "v"},
        "separators": i18n.separators(lang), "hoverlabel": {"font": {"family": FONT}},
        # the source line at the figure's own top left (not the plot area's, which long region names push right)
        "title": {"text": title, "x": 0, "xref": "container", "xanchor": "left", "pad": {"l": 8, "t": 12},
                  "y": 1, "yref": "container", "yanchor": "top", "font": {"size": 11, "color": "#555"}},
    }
    for key, value in layout.items():
        base[key] = {**base[key], **value} if isinstance(value, dict) and isinstance(base.get(key), dict) else value
    return {"data": data, "layout": base}


MONTHS = {"year": 12, "quarter": 3, "month": 1}  # months in a period of each grain
LEGEND_ROW_PX = 22
LEGEND_WIDTH_PX = 300   # the legend's width on a phone's chart, the narrowest it is drawn at
LEGEND_ITEM_PX = 46     # an entry's symbol and gaps
LEGEND_CHAR_PX = 7      # a character of its label at the legend's font size


def legend_rows(names: list[str]) -> int:
    """How many rows a horizontal legend of these entries takes on the narrowest chart (entries packed left to
    right, a row ending where the next entry would not fit)."""
    rows, used = 0, LEGEND_WIDTH_PX
    for name in names:
        width = LEGEND_ITEM_PX + LEGEND_CHAR_PX * len(name)
        if used + width > LEGEND_WIDTH_PX:
            rows, used = rows + 1, 0
        used += width
    return rows
MAX_TICKS = 8  # a phone's chart (about 300 px) holds eight period labels side by side
MONTH_MS = 30.44 * 24 * 3600 * 1000  # an average month, in the milliseconds a date axis measures widths in


def period_start(label: str) -> str:
    """The first day of a period label: '2025' -> '2025-01-01', '2025-Q3' -> '2025-07-01', '2025-12' ->
    '2025-12-01' (what a date axis places the period's bar by)."""
    if "-Q" in label:
        year, quarter = label.split("-Q")
        return f"{year}-{3 * int(quarter) - 2:02d}-01"
    if "-" in label:
        return f"{label}-01"
    return f"{label}-01-01"


def grain_of(labels: list[str]) -> str:
    """The grain a list of period labels is in."""
    first = labels[0] if labels else ""
    return "quarter" if "-Q" in first else "month" if "-" in first else "year"


def _time_axis(labels: list[str], span: tuple[int, int] | None = None) -> dict:
    """A real date axis: every period from the first to the last with data (the whole of the chosen years, when
    chosen: `span`) has its place, so a period without data is a gap, never skipped; ticks fall on periods, at
    most MAX_TICKS of them."""
    grain = grain_of(labels)
    months = MONTHS[grain]
    start, end = period_start(min(labels)), _period_end(max(labels), months)
    if span is not None:
        start, end = min(start, f"{span[0]}-01-01"), max(end, f"{span[1] + 1}-01-01")
    n_periods = _months_between(start, end) // months
    step = max(1, -(-n_periods // MAX_TICKS)) * months
    tickformat = {"year": "%Y", "quarter": "%Y Q%q", "month": "%Y-%m"}[grain]
    return {"type": "date", "range": [start, end], "dtick": f"M{step}", "tick0": start, "tickformat": tickformat,
            "ticklabelmode": "period", "automargin": True, "title": {"text": ""}}  # dates say what they are


def _period_end(label: str, months: int) -> str:
    """The day after a period ends."""
    year, month = int(period_start(label)[:4]), int(period_start(label)[5:7]) + months
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year}-{month:02d}-01"


def _months_between(start: str, end: str) -> int:
    return (int(end[:4]) - int(start[:4])) * 12 + int(end[5:7]) - int(start[5:7])


def _bars_in_time(labels: list[str]) -> dict:
    """A bar trace's x as the periods' first days, each bar as wide as its period and centred in it."""
    months = MONTHS[grain_of(labels)]
    return {"x": [period_start(p) for p in labels], "xperiod": f"M{months}", "xperiodalignment": "middle",
            "width": months * MONTH_MS * 0.8}  # in ms on a date axis: plotly cannot guess it from a single bar


def span_key(start: str, end: str) -> str:
    """A statistic's period as the table and the API write it: '2025-01 – 2025-10' (one month: '2025-03')."""
    return start if start == end else f"{start} – {end}"


def span_label(start: str, end: str, lang: str) -> str:
    """A statistic's period for a reader: 'янв. – окт. 2025 г.' · 'Jan – Oct 2025' (Babel's intervals)."""
    from datetime import date, timedelta

    from babel.dates import format_interval, format_skeleton

    first = date(int(start[:4]), int(start[5:7]), 1)
    last = date.fromisoformat(_period_end(end, 1)) - timedelta(days=1)
    if start == end:
        return format_skeleton("yMMM", first, locale=lang)
    return format_interval(first, last, "yMMM", locale=lang)


def _bars_over_spans(starts: list[str], ends: list[str]) -> dict:
    """A bar trace's x for official statistics: each bar over the months its period covers (first day of the
    first month to the end of the last), whatever the time axis's grain."""
    from datetime import datetime

    x, width = [], []
    for start, end in zip(starts, ends, strict=True):
        first, after = datetime.fromisoformat(f"{start}-01"), datetime.fromisoformat(_period_end(end, 1))
        x.append((first + (after - first) / 2).isoformat(sep=" "))
        width.append((after - first).total_seconds() * 1000 * 0.96)
    return {"x": x, "width": width, "opacity": 0.8}


def _bars(part: pd.DataFrame, lang: str) -> tuple[dict, list[str]]:
    """The x of a bar trace for its rows (periods, or the spans of statistics: `start`, `end`, each keyed by
    span_key in the trace's meta for its table) and what a reader is told each bar is."""
    if "start" in part.columns:
        starts, ends = part["start"].tolist(), part["end"].tolist()
        keys = [span_key(s, e) for s, e in zip(starts, ends, strict=True)]
        xs = {**_bars_over_spans(starts, ends), "meta": {"periods": keys}}
        return xs, [span_label(s, e, lang) for s, e in zip(starts, ends, strict=True)]
    periods = part["period"].tolist()
    return _bars_in_time(periods), periods


def _when(df: pd.DataFrame) -> list[str]:
    """The columns that say where a row sits in time: its period, or its span."""
    return ["start", "end"] if "start" in df.columns else ["period"]


def _axis_of(df: pd.DataFrame, span: tuple[int, int] | None) -> dict:
    """The date axis of a time chart: by periods, or, for statistics, from the first month any covers to the
    end of the last (every year has its place; ticks at most MAX_TICKS)."""
    if "start" not in df.columns:
        return _time_axis(df["period"].tolist(), span)
    start, end = f"{min(df['start'])}-01", _period_end(max(df["end"]), 1)
    if span is not None:
        start, end = min(start, f"{span[0]}-01-01"), max(end, f"{span[1] + 1}-01-01")
    months = _months_between(start, end)
    step = max(1, -(-months // MAX_TICKS))
    step = step if step < 12 else -(-step // 12) * 12
    return {"type": "date", "range": [start, end], "dtick": f"M{step}", "tick0": start[:5] + "01-01",
            "tickformat": "%Y" if step >= 12 else "%Y-%m", "ticklabelmode": "period", "automargin": True,
            "title": {"text": ""}}


def empty(message: str) -> dict:
    """A figure with no axes that says in words why there is nothing to draw."""
    return {"data": [], "layout": {
        "template": _template(), "height": 220, "xaxis": {"visible": False}, "yaxis": {"visible": False},
        "margin": {"l": 8, "r": 8, "t": 8, "b": 8},
        "annotations": [{"text": message, "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5, "showarrow": False,
                         "font": {"size": 15, "color": "#555"}}]}}


def colours(names: list[str]) -> dict[str, str]:
    """A colour per category, the biggest first; categories past the palette share grey."""
    return {name: OKABE_ITO[i] if i < len(OKABE_ITO) else OTHER for i, name in enumerate(names)}


def _mass_unit(largest_kg: float) -> tuple[float, str]:
    """The axis unit for a mass chart: t when the tallest bar is 10 t or more, else kg."""
    return (1000.0, "t") if largest_kg >= 10_000 else (1.0, "kg")


def seizures(df: pd.DataFrame, meta: Meta, lang: str, span: tuple[int, int] | None = None) -> dict:
    """Seized mass over time, stacked by substance, on a date axis (the chosen years whole: `span`).
    df: period, substance, seizure_kg."""
    _ = i18n.gettext(lang)
    if df.empty:
        return empty(_("No seizures with a mass match these filters."))
    names = i18n.substance_labels(lang)
    order = df.groupby("substance")["seizure_kg"].sum().sort_values(ascending=False).index.tolist()
    scale, unit = _mass_unit(df.groupby(_when(df))["seizure_kg"].sum().max())
    palette = colours(order)
    data = []
    for substance in order:
        part = df[df["substance"] == substance]
        label = names.get(substance, substance)
        xs, shown = _bars(part, lang)
        data.append({"type": "bar", **xs, "y": (part["seizure_kg"] / scale).tolist(),
                     "name": label, "marker": {"color": palette[substance]},
                     "customdata": [[p, i18n.mass(v, lang)] for p, v in zip(shown, part["seizure_kg"], strict=True)],
                     "hovertemplate": f"{label}<br>%{{customdata[0]}}: %{{customdata[1]}}<extra></extra>"})
    return _figure(data, {"barmode": "stack", "xaxis": _axis_of(df, span),
                          "yaxis": {"title": {"text": _("Seized, {unit}").format(unit=_(i18n.UNIT_LABELS[unit]))},
                                    "tickformat": ",~f"}},
                   meta, lang)


def precursors(df: pd.DataFrame, meta: Meta, lang: str, span: tuple[int, int] | None = None) -> dict:
    """Precursors (chemicals for making drugs) seized over time, on a date axis: a chart of their own, as they
    are never part of the mass of drugs seized. df: period, precursors_kg."""
    _ = i18n.gettext(lang)
    df = df[df["precursors_kg"] > 0] if len(df) else df
    if df.empty:
        return empty(_("No precursors seized match these filters."))
    by_period = df.groupby(_when(df), sort=True)["precursors_kg"].sum().reset_index()
    scale, unit = _mass_unit(by_period["precursors_kg"].max())
    xs, shown = _bars(by_period, lang)
    label = _("Precursors")
    data = [{"type": "bar", **xs, "y": (by_period["precursors_kg"] / scale).tolist(), "name": label,
             "marker": {"color": OKABE_ITO[5]},
             "customdata": [[p, i18n.mass(v, lang)] for p, v in zip(shown, by_period["precursors_kg"], strict=True)],
             "hovertemplate": f"{label}<br>%{{customdata[0]}}: %{{customdata[1]}}<extra></extra>"}]
    return _figure(data, {"xaxis": _axis_of(df, span), "showlegend": False,
                          "yaxis": {"title": {"text": _("Precursors seized, {unit}").format(
                              unit=_(i18n.UNIT_LABELS[unit]))}, "tickformat": ",~f"}}, meta, lang)


ROLE_ORDER = ("seized", "frozen", "forfeited")


def money(df: pd.DataFrame, currency: str, meta: Meta, lang: str, span: tuple[int, int] | None = None) -> dict:
    """Confiscated sums over time by role, in millions (or billions, for big sums) of tenge or dollars, on a
    date axis. df: period, role, value."""
    _ = i18n.gettext(lang)
    if df.empty:
        return empty(_("No confiscated money matches these filters."))
    labels = {"seized": _("Seized"), "frozen": _("Frozen (arrested)"), "forfeited": _("Forfeited")}
    palette = colours(list(ROLE_ORDER))
    sign = "₸" if currency == "kzt" else "$"
    tallest = df.groupby(_when(df))["value"].sum().max()
    big = tallest >= 1e10
    scale, title = (1e9, _("Confiscated, billion {sign}")) if big else (1e6, _("Confiscated, million {sign}"))
    data = []
    for role in ROLE_ORDER:
        part = df[df["role"] == role]
        if part.empty:
            continue
        xs, shown = _bars(part, lang)
        data.append({"type": "bar", **xs, "y": (part["value"] / scale).tolist(),
                     "name": labels[role], "marker": {"color": palette[role]},
                     "customdata": [[p, i18n.money(v, currency, lang)] for p, v in zip(shown, part["value"],
                                                                                     strict=True)],
                     "hovertemplate": f"{labels[role]}<br>%{{customdata[0]}}: %{{customdata[1]}}<extra></extra>"})
    # ticks in the axis's own unit: "20 000", never "20k" on a million axis
    return _figure(data, {"barmode": "stack", "xaxis": _axis_of(df, span),
                          "yaxis": {"title": {"text": title.format(sign=sign)}, "tickformat": ",~f"}}, meta, lang)


def people(df: pd.DataFrame, meta: Meta, lang: str, span: tuple[int, int] | None = None) -> dict:
    """People detained, arrested and charged over time, on a date axis, whole people on the axis.
    df: period, detained, arrested, charged."""
    _ = i18n.gettext(lang)
    actions = ("detained", "arrested", "charged")
    if df.empty or not df[list(actions)].to_numpy().any():
        return empty(_("No counts of people match these filters."))
    labels = {"detained": _("Detained"), "arrested": _("Arrested"), "charged": _("Charged")}
    palette = colours(list(actions))
    xs, shown = _bars(df, lang)
    data = [{"type": "bar", **xs, "y": df[action].tolist(), "name": labels[action],
             "marker": {"color": palette[action]}, "customdata": shown,
             "hovertemplate": f"{labels[action]}<br>%{{customdata}}: %{{y:,.0f}}<extra></extra>"}
            for action in actions if df[action].any()]
    tallest = float(df[list(actions)].to_numpy().max())
    whole = {"dtick": 1} if tallest <= 8 else {}  # never half a person between ticks
    # legal stages side by side; statistics of different periods overlap (each as wide as its period)
    mode = "overlay" if "start" in df.columns else "group"
    return _figure(data, {"barmode": mode, "xaxis": _axis_of(df, span),
                          "yaxis": {"title": {"text": _("People")}, "rangemode": "tozero", "tickformat": ",d",
                                    **whole}}, meta, lang)


def official(df: pd.DataFrame, measure: str, meta: Meta, lang: str, span: tuple[int, int] | None = None) -> dict:
    """What the official statistics added in each period (queries.statistics_series: year-to-date figures turned
    into increments), a bar per region side by side, the cumulative official figure on hover.
    df: period, region, increment, cumulative."""
    _ = i18n.gettext(lang)
    if df.empty:
        return empty(_("No official figures from the start of a year match these filters."))
    names = i18n.region_labels(lang)
    order = df.groupby("region")["increment"].sum().sort_values(ascending=False).index.tolist()
    palette = colours(order)
    label = _(MEASURE_LABELS[measure])
    data = []
    for region in order:
        part = df[df["region"] == region]
        xs, shown = _bars(part, lang)
        name = names.get(region, region)
        data.append({"type": "bar", **xs, "y": part["increment"].tolist(), "name": name,
                     "marker": {"color": palette[region]},
                     "customdata": [[p, format_measure(measure, v, lang), format_measure(measure, c, lang)]
                                    for p, v, c in zip(shown, part["increment"], part["cumulative"], strict=True)],
                     "hovertemplate": f"{name}<br>%{{customdata[0]}}: +%{{customdata[1]}}<br>"
                                      + _("since the start of the year") + ": %{customdata[2]}<extra></extra>"})
    return _figure(data, {"barmode": "group", "xaxis": _axis_of(df, span),
                          "yaxis": {"title": {"text": _("Added in the period: {measure}").format(measure=label)},
                                    "tickformat": ",~f"}}, meta, lang)


N_ = i18n.N_
MEASURE_LABELS = {
    "seizure_kg": N_("Seized, kg"), "precursors_kg": N_("Precursors, kg"), "detained": N_("Detained, people"),
    "arrested": N_("Arrested, people"),
    "charged": N_("Charged, people"), "confiscated_kzt": N_("Confiscated, ₸"), "confiscated_usd": N_("Confiscated, $"),
    "labs": N_("Labs"), "groups": N_("Groups"), "online": N_("Online shops and channels"), "crimes": N_("Crimes"),
    "coverage_seizure_kg": N_("News against the official count: mass seized, %"),
    "coverage_detained": N_("News against the official count: detained, %"),
    "coverage_labs": N_("News against the official count: labs, %"),
}
COVERAGE = "coverage_"  # map measures: the news against the official figures (queries.coverage_by_region)


def format_measure(measure: str, value: float, lang: str) -> str:
    if measure.startswith(COVERAGE):  # values in per cent
        return i18n.number(value, lang, 1) + " %"
    if measure.endswith("_kg"):
        return i18n.mass(value, lang)
    if measure.startswith("confiscated_"):
        return i18n.money(value, measure.rsplit("_", 1)[1], lang)
    return i18n.number(value, lang)


def format_rate(measure: str, value: float, lang: str) -> str:
    """A rate per 100,000 residents: masses and money as they read best, counts with two decimals."""
    if measure.endswith("_kg") or measure.startswith("confiscated_"):
        return format_measure(measure, value, lang)
    return i18n.number(value, lang, 2)


def _regional(values: pd.Series, measure: str, population: Population | None, lang: str,
              described: dict[str, str] | None = None) -> tuple:
    """What the map and the ranking show of values by region code: the values, or their rates per 100,000
    residents (codes without a population dropped); the label of each region's value; the axis title; and the
    caption line saying the population's date (None for totals)."""
    _ = i18n.gettext(lang)
    names = i18n.region_labels(lang)
    label = _(MEASURE_LABELS[measure])
    if population is None:
        text = {c: f"{names.get(c, c)}: {(described or {}).get(c) or format_measure(measure, v, lang)}"
                for c, v in values.items()}
        return values, text, label, None
    rates = per_100k(values, population)
    text = {c: _("{region}: {rate} per 100,000 residents ({total}; population {people})").format(
        region=names.get(c, c), rate=format_rate(measure, r, lang), total=format_measure(measure, values[c], lang),
        people=i18n.number(population.counts[c], lang)) for c, r in rates.items()}
    note = _("Rates per 100,000 residents; population on {date}").format(date=i18n.day(population.as_of, lang))
    return rates, text, _("{measure} per 100,000 residents").format(measure=label), note


def region_map(values: pd.Series, geojson: str | dict, codes: list[str], measure: str, selected: tuple[str, ...],
               meta: Meta, lang: str, population: Population | None = None,
               described: dict[str, str] | None = None) -> dict:
    """The regions (`codes`, features of `geojson`: the shapes or the URL they are served at) coloured by a
    measure (values: code -> value; regions without facts are 0), or by its rate per 100,000 residents."""
    values = pd.Series({code: float(values.get(code, 0.0)) for code in codes}, dtype=float)
    shown, text, label, note = _regional(values, measure, population, lang, described)
    z = [float(shown.get(code, 0.0)) for code in codes]
    line = [3 if c in selected else 0.6 for c in codes]
    trace = {
        "type": "choropleth", "geojson": geojson, "locations": codes, "z": z, "featureidkey": "id",
        "colorscale": MAP_SCALE, "zmin": 0, "zmax": (min(max(z), 100) if measure.startswith(COVERAGE) else max(z)) or 1,
        "text": [text.get(c, "") for c in codes],
        "hovertemplate": "%{text}<extra></extra>",
        "marker": {"line": {"color": ["#D55E00" if c in selected else "#ffffff" for c in codes], "width": line}},
        "colorbar": {"title": {"text": label, "side": "right"}, "thickness": 12},
    }
    return _figure([trace], {"geo": {"fitbounds": "locations", "visible": False, "projection": {"type": "mercator"}},
                             "margin": {"l": 0, "r": 0, "b": 0}}, meta, lang, height=400, note=note)


def region_bars(values: pd.Series, measure: str, selected: tuple[str, ...], meta: Meta, lang: str,
                population: Population | None = None, described: dict[str, str] | None = None) -> dict:
    """Regions ranked by a measure or by its rate per 100,000 residents, largest on top (values: code ->
    value, zeros dropped)."""
    _ = i18n.gettext(lang)
    values = values[values > 0]
    if values.empty:
        return empty(_("No region has this measure for these filters."))
    shown, text, label, note = _regional(values, measure, population, lang, described)
    shown = shown.sort_values()
    names = i18n.region_labels(lang)
    colour = ["#D55E00" if c in selected else OKABE_ITO[0] for c in shown.index]
    value_of = format_measure if population is None else format_rate
    trace = {"type": "bar", "x": shown.tolist(), "y": [names.get(c, c) for c in shown.index], "orientation": "h",
             "marker": {"color": colour}, "customdata": list(shown.index),
             "text": [value_of(measure, v, lang) for v in shown], "textposition": "auto",
             "hovertext": [text[c] for c in shown.index], "hovertemplate": "%{hovertext}<extra></extra>"}
    return _figure([trace], {"xaxis": {"title": {"text": label}}, "yaxis": {"automargin": True},
                             "margin": {"l": 8, "r": 16, "b": 48}}, meta, lang,
                   height=max(300, 26 * len(shown) + 120), note=note)


# --- what a chart shows, in words and as a table ----------------------------------------------------------------

def describe_filters(f: Filters, lang: str) -> str:
    """The filters of a view in words, for an exported image: where · when · which substance · which layer."""
    _ = i18n.gettext(lang)
    names = i18n.region_labels(lang)
    where = ", ".join(names.get(code, code) for code in f.regions) if f.regions else _("All of Kazakhstan")
    if f.year_from is not None and f.year_to is not None:
        when = str(f.year_from) if f.year_from == f.year_to else f"{f.year_from}–{f.year_to}"
    elif f.year_from is not None:
        when = _("from {year}").format(year=f.year_from)
    elif f.year_to is not None:
        when = _("up to {year}").format(year=f.year_to)
    else:
        when = _("all years")
    names = i18n.substance_labels(lang)
    what = ", ".join(names.get(s, s) for s in f.substances) if f.substances else _("all substances")
    layer = _("reported operations") if f.layer == "operations" else _("official period statistics")
    return " · ".join((where, when, what, layer))


EXPORT_WIDTH = 100  # characters in a line of an exported image's heading


def with_export(figure: dict, name: str, filters: str) -> dict:
    """The figure, carrying what an exported image must say above its caption: the chart's name and the filters
    in words (layout.meta, read by assets/charts.js; escaped, wrapped as plotly titles do not wrap)."""
    lines = textwrap.wrap(filters, EXPORT_WIDTH) or [""]
    layout = {**figure.get("layout", {}), "meta": {"export": {
        "title": html.escape(name, quote=False), "filters": "<br>".join(html.escape(x, quote=False) for x in lines),
        "lines": 1 + len(lines)}}}
    return {**figure, "layout": layout}


def period_label(start: str, months: int) -> str:
    """The label of the period a date axis places at its first day: '2025-07-01' -> '2025' (a year),
    '2025-Q3' (a quarter) or '2025-07' (a month); the labels the API uses."""
    if months == 12:
        return start[:4]
    if months == 3:
        return f"{start[:4]}-Q{(int(start[5:7]) - 1) // 3 + 1}"
    return start[:7]


def _title(axis: dict | None) -> str:
    title = (axis or {}).get("title") or {}
    return title.get("text", "") if isinstance(title, dict) else str(title)


def table_of(figure: dict, lang: str) -> dict:
    """Exactly the numbers a figure draws, as a table: `index` (what the rows are), `unit` (the value axis's
    title), `columns` (one per series, and a total when the series are stacked) and `rows` ([label, values...],
    None where a series has no value). Time charts: one row per period; the map and the ranking: one row per
    region, largest first."""
    _ = i18n.gettext(lang)
    data, layout = figure.get("data") or [], figure.get("layout") or {}
    if not data:
        return {"index": "", "unit": "", "columns": [], "rows": []}
    first = data[0]
    if first.get("type") == "choropleth":
        names = i18n.region_labels(lang)
        pairs = sorted(zip(first["locations"], first["z"], strict=True), key=lambda p: (-p[1], names.get(p[0], "")))
        unit = _title(first.get("colorbar"))
        return {"index": _("Region"), "unit": unit, "columns": [unit],
                "rows": [[names.get(code, code), value] for code, value in pairs]}
    if first.get("orientation") == "h":
        pairs = sorted(zip(first["y"], first["x"], strict=True), key=lambda p: -p[1])
        unit = _title(layout.get("xaxis"))
        return {"index": _("Region"), "unit": unit, "columns": [unit], "rows": [list(p) for p in pairs]}
    by_period: dict[str, dict[str, float]] = {}
    for trace in data:
        months = int(str(trace.get("xperiod", "M12")).lstrip("M"))
        keys = (trace.get("meta") or {}).get("periods") or [period_label(x, months) for x in trace["x"]]
        for key, y in zip(keys, trace["y"], strict=True):
            by_period.setdefault(key, {})[trace["name"]] = y
    columns = [trace["name"] for trace in data]
    stacked = layout.get("barmode") == "stack" and len(columns) > 1  # statistics of one period stack too
    rows = []
    for period in sorted(by_period):
        values = [by_period[period].get(name) for name in columns]
        rows.append([period, *values, *([sum(v for v in values if v is not None)] if stacked else [])])
    return {"index": _("Period"), "unit": _title(layout.get("yaxis")),
            "columns": columns + ([_("Total")] if stacked else []), "rows": rows}
