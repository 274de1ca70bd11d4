"""Pure chart builders: a DataFrame (from queries) and a language in, a plotly Figure out. Colour-blind safe
palettes (Okabe-Ito for categories, cividis for the map); every axis title carries its unit; every chart
says where its data comes from and as of when."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from . import i18n
from .queries import Meta

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
OTHER = "#999999"
MAP_SCALE = "cividis"
FONT = "Inter, system-ui, -apple-system, Segoe UI, Roboto, sans-serif"


def caption(meta: Meta, lang: str) -> str:
    """'Source: facts from N articles in the store; as of DATE' in the language."""
    _ = i18n.gettext(lang)
    as_of = i18n.day(meta.updated.date() if meta.updated else meta.last_fact, lang)
    return _("Source: {n} articles and curated records in the store; as of {date}").format(
        n=i18n.number(meta.documents, lang), date=as_of or "—")


def _base(fig: go.Figure, meta: Meta, lang: str, *, height: int = 360) -> go.Figure:
    fig.update_layout(
        template="plotly_white", height=height, font={"family": FONT, "size": 13},
        margin={"l": 60, "r": 16, "t": 36, "b": 40}, legend={"orientation": "h", "y": -0.2, "x": 0, "yanchor": "top"},
        separators=i18n.separators(lang),
        hoverlabel={"font": {"family": FONT}},
    )
    fig.add_annotation(text=caption(meta, lang), xref="paper", yref="paper", x=0, y=1, yshift=8,
                       showarrow=False, xanchor="left", yanchor="bottom", font={"size": 11, "color": "#555"})
    fig.update_xaxes(categoryorder="category ascending")
    return fig


def empty(message: str) -> go.Figure:
    """A figure with no axes that says in words why there is nothing to draw."""
    fig = go.Figure()
    fig.update_layout(template="plotly_white", height=220, xaxis={"visible": False}, yaxis={"visible": False},
                      margin={"l": 8, "r": 8, "t": 8, "b": 8})
    fig.add_annotation(text=message, xref="paper", yref="paper", x=0.5, y=0.5, showarrow=False,
                       font={"size": 15, "color": "#555"})
    return fig


def colours(names: list[str]) -> dict[str, str]:
    """A colour per category, the biggest first; categories past the palette share grey."""
    return {name: OKABE_ITO[i] if i < len(OKABE_ITO) else OTHER for i, name in enumerate(names)}


def _mass_unit(largest_kg: float) -> tuple[float, str]:
    """The axis unit for a mass chart: t when the tallest bar is 10 t or more, else kg."""
    return (1000.0, "t") if largest_kg >= 10_000 else (1.0, "kg")


def seizures(df: pd.DataFrame, meta: Meta, lang: str) -> go.Figure:
    """Seized mass over time, stacked by substance. df: period, substance, seizure_kg."""
    _ = i18n.gettext(lang)
    if df.empty:
        return empty(_("No seizures with a mass match these filters."))
    names = i18n.substance_labels(lang)
    order = df.groupby("substance")["seizure_kg"].sum().sort_values(ascending=False).index.tolist()
    scale, unit = _mass_unit(df.groupby("period")["seizure_kg"].sum().max())
    palette = colours(order)
    fig = go.Figure()
    for substance in order:
        part = df[df["substance"] == substance]
        label = names.get(substance, substance)
        fig.add_bar(x=part["period"], y=part["seizure_kg"] / scale, name=label, marker_color=palette[substance],
                    customdata=[i18n.mass(v, lang) for v in part["seizure_kg"]],
                    hovertemplate=f"{label}<br>%{{x}}: %{{customdata}}<extra></extra>")
    fig.update_layout(barmode="stack", xaxis={"type": "category", "title": _("Period")},
                      yaxis={"title": _("Seized, {unit}").format(unit=_(i18n.UNIT_LABELS[unit]))})
    return _base(fig, meta, lang)


ROLE_ORDER = ("seized", "frozen", "forfeited")


def money(df: pd.DataFrame, currency: str, meta: Meta, lang: str) -> go.Figure:
    """Confiscated sums over time by role, in millions of tenge or dollars. df: period, role, value."""
    _ = i18n.gettext(lang)
    if df.empty:
        return empty(_("No confiscated money matches these filters."))
    labels = {"seized": _("Seized"), "frozen": _("Frozen (arrested)"), "forfeited": _("Forfeited")}
    palette = colours(list(ROLE_ORDER))
    sign = "₸" if currency == "kzt" else "$"
    fig = go.Figure()
    for role in ROLE_ORDER:
        part = df[df["role"] == role]
        if part.empty:
            continue
        fig.add_bar(x=part["period"], y=part["value"] / 1e6, name=labels[role], marker_color=palette[role],
                    customdata=[i18n.money(v, currency, lang) for v in part["value"]],
                    hovertemplate=f"{labels[role]}<br>%{{x}}: %{{customdata}}<extra></extra>")
    fig.update_layout(barmode="stack", xaxis={"type": "category", "title": _("Period")},
                      yaxis={"title": _("Confiscated, million {sign}").format(sign=sign)})
    return _base(fig, meta, lang)


def people(df: pd.DataFrame, meta: Meta, lang: str) -> go.Figure:
    """People detained, arrested and charged over time. df: period, detained, arrested, charged."""
    _ = i18n.gettext(lang)
    actions = ("detained", "arrested", "charged")
    if df.empty or not df[list(actions)].to_numpy().any():
        return empty(_("No counts of people match these filters."))
    labels = {"detained": _("Detained"), "arrested": _("Arrested"), "charged": _("Charged")}
    palette = colours(list(actions))
    fig = go.Figure()
    for action in actions:
        if not df[action].any():
            continue
        fig.add_bar(x=df["period"], y=df[action], name=labels[action], marker_color=palette[action],
                    hovertemplate=f"{labels[action]}<br>%{{x}}: %{{y:,.0f}}<extra></extra>")
    fig.update_layout(barmode="group", xaxis={"type": "category", "title": _("Period")},
                      yaxis={"title": _("People"), "rangemode": "tozero"})
    return _base(fig, meta, lang)


N_ = i18n.N_
MEASURE_LABELS = {
    "seizure_kg": N_("Seized, kg"), "detained": N_("Detained, people"), "arrested": N_("Arrested, people"),
    "charged": N_("Charged, people"), "confiscated_kzt": N_("Confiscated, ₸"), "confiscated_usd": N_("Confiscated, $"),
}


def format_measure(measure: str, value: float, lang: str) -> str:
    if measure == "seizure_kg":
        return i18n.mass(value, lang)
    if measure.startswith("confiscated_"):
        return i18n.money(value, measure.rsplit("_", 1)[1], lang)
    return i18n.number(value, lang)


def region_map(values: pd.Series, geojson: dict, measure: str, selected: tuple[str, ...], meta: Meta,
               lang: str) -> go.Figure:
    """The 20 regions coloured by a measure (values: code -> value; regions without facts are 0)."""
    _ = i18n.gettext(lang)
    names = i18n.region_labels(lang)
    codes = [f["id"] for f in geojson["features"]]
    z = [float(values.get(code, 0.0)) for code in codes]
    text = [f"{names[c]}: {format_measure(measure, v, lang)}" for c, v in zip(codes, z, strict=True)]
    line = [3 if c in selected else 0.6 for c in codes]
    fig = go.Figure(go.Choropleth(
        geojson=geojson, locations=codes, z=z, featureidkey="id", colorscale=MAP_SCALE, zmin=0,
        zmax=max(z) or 1, text=text, hovertemplate="%{text}<extra></extra>",
        marker={"line": {"color": ["#D55E00" if c in selected else "#ffffff" for c in codes], "width": line}},
        colorbar={"title": {"text": _(MEASURE_LABELS[measure]), "side": "right"}, "thickness": 12},
    ))
    fig.update_geos(fitbounds="locations", visible=False, projection_type="mercator")
    _base(fig, meta, lang, height=400)
    fig.update_layout(margin={"l": 0, "r": 0, "t": 36, "b": 0})
    return fig


def region_bars(values: pd.Series, measure: str, selected: tuple[str, ...], meta: Meta, lang: str) -> go.Figure:
    """Regions ranked by a measure, largest on top (values: code -> value, zeros dropped)."""
    _ = i18n.gettext(lang)
    values = values[values > 0].sort_values()
    if values.empty:
        return empty(_("No region has this measure for these filters."))
    names = i18n.region_labels(lang)
    colour = ["#D55E00" if c in selected else OKABE_ITO[0] for c in values.index]
    fig = go.Figure(go.Bar(
        x=values.to_numpy(), y=[names.get(c, c) for c in values.index], orientation="h", marker_color=colour,
        customdata=list(values.index), text=[format_measure(measure, v, lang) for v in values],
        textposition="auto", hovertemplate="%{y}: %{text}<extra></extra>"))
    _base(fig, meta, lang, height=max(300, 26 * len(values) + 120))
    fig.update_layout(xaxis={"title": _(MEASURE_LABELS[measure]), "categoryorder": "trace"},
                      yaxis={"automargin": True}, margin={"l": 8, "r": 16, "t": 36, "b": 48})
    return fig
