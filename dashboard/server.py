"""The app factory: a Dash app on a store, with its callbacks, the /api routes and the map's base topojson,
every file served by the app itself (no CDN)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from urllib.parse import urlsplit

from dash import Dash, set_props
from flask import Flask, Response, abort, has_request_context, request
from flask_compress import Compress

from etl.store import connect, database_url

from . import about, api, callbacks, geo, i18n, ids, layout
from . import review as review_pages
from .queries import Store, substances_present, years
from .state import LAYERS, View

log = logging.getLogger("dashboard")
ROOT = Path(__file__).resolve().parent.parent
TOPOJSON_PATH = layout.TOPOJSON_PATH


def _on_error(err: Exception) -> None:
    """A failed callback keeps the page as it was and says so in the banner; the trace goes to the log."""
    log.error("callback failed", exc_info=err)
    set_props(ids.ERROR, {"hide": False, "children": "This view could not be updated; the error was logged on "
                                                      "the server. Try other filters or reload the page. / Не "
                                                      "удалось обновить вид; ошибка записана в журнал сервера."})


def create_app(db: str | None = None, *, recheck: float = 5.0) -> Dash:
    """A Dash app on the store at `db` (a URL; default DATABASE_URL or the SQLite file under data/store/)."""
    store = Store(connect(db), recheck=recheck)
    server = Flask(__name__)
    # compressed responses (zstd, brotli, gzip as the browser accepts): flask-compress's own media types, and
    # the map's shapes
    Compress(server).compress_mimetypes_set.add("application/geo+json")
    app = Dash(
        __name__, server=server, title="Drug enforcement in Kazakhstan", assets_folder=str(ROOT / "assets"),
        serve_locally=True, suppress_callback_exceptions=True, on_error=_on_error, update_title=None,
        meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"},
                   {"name": "description", "content": "Drug seizures, arrests and confiscations in Kazakhstan, "
                                                      "counted from the news"}],
    )

    def serve_layout() -> object:
        """The page as the address asks for it (its language and view, read from the page's address, which the
        browser sends as the referrer of the layout request), so that it is not drawn twice."""
        cube = store.cube()
        view = View()
        if has_request_context() and request.referrer:
            view = callbacks.read_view(urlsplit(request.referrer).query)[0]
        return layout.shell(layout.page(view, years(cube), substances_present(cube)), view.lang)

    app.layout = serve_layout
    callbacks.register(app, store)
    api.register(app.server, store)
    review_pages.register(app.server, store, database_url(db))

    @app.server.get(about.PATH)
    def methodology() -> Response:
        lang = request.args.get("lang", i18n.DEFAULT_LANGUAGE)
        if lang not in i18n.LANGUAGES:
            return Response(f"bad request: parameter lang={lang!r}: expected one of {', '.join(i18n.LANGUAGES)}\n",
                            status=400, mimetype="text/plain")
        return Response(about.page(store, lang), mimetype="text/html")

    @app.server.get(layout.REGIONS_GEOJSON)
    def regions() -> Response:
        return Response(json.dumps(geo.regions_geojson(), separators=(",", ":")), mimetype="application/geo+json",
                        headers={"Cache-Control": "public, max-age=86400"})

    @app.server.get(f"{TOPOJSON_PATH}<name>.json")
    def topojson(name: str) -> Response:
        if not name.startswith("world_"):
            abort(404)
        return Response(json.dumps(geo.base_topojson(), separators=(",", ":")), mimetype="application/json",
                        headers={"Cache-Control": "public, max-age=86400"})

    _harden(app)
    app.store = store  # for tests and the bench
    return app


MAX_REQUEST_BYTES = 1 << 20  # a callback's request carries filters, never data: 1 MiB is far more than enough


def _harden(app: Dash) -> None:
    """What every response says to the browser, and what every request may weigh. The page's only inline script
    (Dash's renderer start) is allowed by its hash; every other script, style sheet, font and request is the
    app's own. Styles may be inline: plotly.js and Mantine write <style> elements at run time."""
    app.server.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES
    policy = "; ".join((
        "default-src 'self'",
        f"script-src 'self' {' '.join(app.csp_hashes())}",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ))
    headers = {"Content-Security-Policy": policy, "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
               "Referrer-Policy": "same-origin"}

    @app.server.after_request
    def _secure(response: Response) -> Response:
        for name, value in headers.items():
            response.headers.setdefault(name, value)
        return response


def warm(app: Dash) -> None:
    """Build the cube and run the default view once in each language and layer (formats and catalogs load on
    first use), so that no visitor waits for them."""
    for lang in i18n.LANGUAGES:
        for layer in LAYERS:
            view = View(lang=lang).with_filters(layer=layer)
            callbacks.charts(app.store, view)
            callbacks.sources(app.store, view)
