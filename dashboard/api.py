"""The HTTP API for scripts: the aggregated table and the facts behind any view, as CSV (and XLSX), with the
page's own filters. A wrong parameter gets HTTP 400 and a one-line reason; an unexpected error gets a
one-line 500 and its trace goes to the server log, never to the user."""

from __future__ import annotations

import itertools
import json
import logging
from datetime import date

import pandas as pd
from flask import Flask, Response, request

from etl.counting import APART, MEASURES
from etl.language import LANGUAGES

from . import downloads
from .queries import Store, aggregate, statistics_table
from .state import BadParameter, Filters, filter_params, parse_api

log = logging.getLogger("dashboard.api")
API_PATHS = ("/api/aggregate.csv", "/api/aggregate.xlsx", "/api/aggregate.json", "/api/facts.csv",
             "/api/statistics.csv", "/api/statistics.json")
STATISTIC_MEASURES = (*MEASURES, *APART)
UNDATED = "undated"


def aggregate_table(store: Store, f: Filters, by: tuple[str, ...]) -> pd.DataFrame:
    """The `by` columns, then the ten measures; the same numbers as the page."""
    table = aggregate(store.cube(), f, by)[[*by, *MEASURES]]
    for key in by:
        if key in ("year", "quarter", "month"):
            table[key] = table[key].replace("", UNDATED)
    return table


def _about(store: Store, f: Filters, by: tuple[str, ...]) -> pd.DataFrame:
    meta = store.cube().meta
    rows = [("filters", "&".join(f"{k}={v}" for k, v in filter_params(f).items()) or "none"),
            ("by", ",".join(by) or "none"), ("layer", f.layer),
            ("undated facts", "counted" if not f.timed else "excluded by the year filter"),
            ("documents in the store", str(meta.documents)),
            ("store updated", meta.updated.isoformat() if meta.updated else ""),
            ("rates", "World Bank, official exchange rate (LCU per US$, period average)"),
            ("made", date.today().isoformat())]
    return pd.DataFrame(rows, columns=["what", "value"])


def _name(stem: str, f: Filters, suffix: str) -> str:
    years = f"{f.year_from or ''}-{f.year_to or ''}" if f.timed else "all-years"
    return f"kz-drugs-{stem}-{f.layer}-{years}.{suffix}"


def _bad(err: BadParameter) -> Response:
    return Response(f"bad request: {err}\n", status=400, mimetype="text/plain")


def register(server: Flask, store: Store) -> None:
    """Add the /api routes to the app's Flask server."""

    def aggregate_csv(f: Filters, by: tuple[str, ...]) -> object:
        return downloads.csv_bytes(aggregate_table(store, f, by))

    def aggregate_xlsx(f: Filters, by: tuple[str, ...]) -> object:
        return downloads.xlsx_bytes({"aggregate": aggregate_table(store, f, by), "about": _about(store, f, by)})

    def aggregate_json(f: Filters, by: tuple[str, ...]) -> object:
        table = downloads.tidy_numbers(aggregate_table(store, f, by))  # the CSV's figures, the same rounding
        about = dict(_about(store, f, by).itertuples(index=False, name=None))
        rows = [{k: (v.item() if hasattr(v, "item") else v) for k, v in row.items()}
                for row in table.to_dict(orient="records")]
        return json.dumps({"about": about, "columns": list(table.columns), "rows": rows}, ensure_ascii=False,
                          allow_nan=False)

    def facts_csv(f: Filters, _by: tuple[str, ...], languages: tuple[str, ...] = ()) -> object:
        stream = downloads.csv_stream(store.facts(f, languages))
        first = next(stream)  # read before the response starts: a store that fails gets the one-line 500
        return itertools.chain([first], stream)

    for path, stem, make, with_by in (("/api/aggregate.csv", "aggregate", aggregate_csv, True),
                                      ("/api/aggregate.xlsx", "aggregate", aggregate_xlsx, True),
                                      ("/api/aggregate.json", "aggregate", aggregate_json, True),
                                      ("/api/facts.csv", "facts", facts_csv, False)):
        assert path in API_PATHS
        server.add_url_rule(path, endpoint=path, view_func=_download(stem, make, with_by), methods=["GET"])

    def statistics(suffix: str):  # noqa: ANN202
        def view() -> Response:
            """The official statistics of a view as increments, with coverage (etl.statistics); `measure`
            chooses measures (comma-separated, as in /api/aggregate.csv), the other parameters are the
            page's filters (the layer is always the statistics)."""
            try:
                params = _single()
                measures = _measures(params.pop("measure", None))
                f, _by = parse_api(params, by=False)
            except BadParameter as err:
                return _bad(err)
            table = downloads.tidy_numbers(statistics_table(store, f, measures))
            if suffix == "csv":
                name = _name("statistics", f, "csv").replace(f"-{f.layer}-", "-")
                return Response(downloads.csv_bytes(table), mimetype=MIMETYPES["csv"],
                                headers={"Content-Disposition": f"attachment; filename={name}"})
            rows = [{k: (None if pd.isna(v) else v.item() if hasattr(v, "item") else v) for k, v in row.items()}
                    for row in table.to_dict(orient="records")]
            return Response(json.dumps({"filters": filter_params(f), "columns": list(table.columns), "rows": rows},
                                       ensure_ascii=False, allow_nan=False), mimetype=MIMETYPES["json"])

        return view

    for suffix in ("csv", "json"):
        server.add_url_rule(f"/api/statistics.{suffix}", endpoint=f"/api/statistics.{suffix}",
                            view_func=statistics(suffix), methods=["GET"])

    @server.route("/api/<path:rest>", methods=["GET", "POST"])
    def unknown_api(rest: str) -> Response:
        return Response(f"not found: /api/{rest} (the API has {', '.join(API_PATHS)})\n", status=404,
                        mimetype="text/plain")

    @server.errorhandler(Exception)
    def internal_error(err: Exception) -> Response:
        from dash.exceptions import DependencyException
        from werkzeug.exceptions import HTTPException

        if isinstance(err, HTTPException):
            return Response(f"{err.code} {err.name}\n", status=err.code, mimetype="text/plain")
        if isinstance(err, DependencyException):  # a component-suite file Dash does not have
            return Response("404 Not Found\n", status=404, mimetype="text/plain")
        log.exception("request %s failed", request.full_path)
        return Response("internal error: the request failed and was logged on the server\n", status=500,
                        mimetype="text/plain")


MIMETYPES = {"csv": "text/csv", "json": "application/json",
             "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _download(stem: str, make, with_by: bool):  # noqa: ANN001, ANN202
    """A view that checks the request's parameters (400 and one line if wrong) and returns `make`'s file."""
    suffix = make.__name__.rsplit("_", 1)[-1]

    def view() -> Response:
        try:
            params = _single()
            languages = _languages(params.pop("language", None)) if stem == "facts" else ()
            f, by = parse_api(params, by=with_by)
        except BadParameter as err:
            return _bad(err)
        headers = {} if suffix == "json" else {"Content-Disposition": f"attachment; filename={_name(stem, f, suffix)}"}
        made = make(f, by, languages) if languages else make(f, by)
        return Response(made, mimetype=MIMETYPES[suffix], headers=headers)

    return view


def _languages(value: str | None) -> tuple[str, ...]:
    """The facts download's `language` filter: documents' languages (etl.language), `unknown` for none."""
    if not value:
        return ()
    allowed = (*LANGUAGES, "unknown")
    chosen = tuple(value.split(","))
    for code in chosen:
        if code not in allowed:
            raise BadParameter("language", value, f"{code!r} is not one of {', '.join(allowed)}")
    return chosen


def _measures(value: str | None) -> tuple[str, ...]:
    """The statistics' `measure` filter: measures of /api/aggregate.csv, comma-separated."""
    if not value:
        return ()
    chosen = tuple(value.split(","))
    for measure in chosen:
        if measure not in STATISTIC_MEASURES:
            raise BadParameter("measure", value, f"{measure!r} is not one of {', '.join(STATISTIC_MEASURES)}")
    return chosen


def _single() -> dict[str, str]:
    """The request's parameters; a parameter given twice is a BadParameter."""
    out: dict[str, str] = {}
    for key, values in request.args.to_dict(flat=False).items():
        if len(values) > 1:
            raise BadParameter(key, ",".join(values), "given twice")
        out[key] = values[0]
    return out
