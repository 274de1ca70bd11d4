"""Starts the dashboard: builds the store from data/ when it is missing or older than its inputs, then serves
on http://127.0.0.1:8050. `server` is the WSGI app for gunicorn (`gunicorn app:server`), which reads the store
named by DATABASE_URL and builds nothing."""

from __future__ import annotations

import argparse
import functools
import logging
import os
import sys

from sqlalchemy.exc import SQLAlchemyError

from dashboard.server import create_app, warm
from etl.errors import EtlError
from etl.pipeline import build_if_stale
from etl.store import database_url, failure


def _truthy(value: str | None) -> bool:
    return (value or "").lower() in ("1", "true", "yes", "on")


def options(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="app.py", description="The Kazakhstan drug-enforcement dashboard.")
    parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"),
                        help="address to listen on (default 127.0.0.1, only this machine; env HOST)")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8050")),
                        help="port (default 8050; env PORT)")
    parser.add_argument("--db", default=None,
                        help="store URL (default env DATABASE_URL, else data/store/facts.sqlite)")
    parser.add_argument("--debug", action="store_true", default=_truthy(os.environ.get("DASH_DEBUG")),
                        help="Dash debug mode with reloading and tracebacks in the page (env DASH_DEBUG=1); "
                             "never on a shared server")
    parser.add_argument("--no-build", action="store_true", help="serve the store as it is, without updating it")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = options(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)  # the store says itself when its schema changes
    db = database_url(args.db)
    try:
        if not args.no_build:
            summary = build_if_stale(db, progress=True)
            if summary is not None:
                print(f"store built: {summary['new']} documents new, {summary['unchanged']} unchanged, "
                      f"{summary['failed']} failed; {summary['facts']} facts", file=sys.stderr)
        dash_app = create_app(db)
        warm(dash_app)  # the cube is built before the first visitor arrives
    except EtlError as err:  # a damaged or unreachable store, a build stopped: one line, no traceback
        print(f"error: {err}", file=sys.stderr)
        return 1
    except SQLAlchemyError as err:
        print(f"error: {failure(db, err)}", file=sys.stderr)
        return 1
    print(f"serving on http://{args.host}:{args.port}/", file=sys.stderr)
    dash_app.run(host=args.host, port=args.port, debug=args.debug)
    return 0


@functools.cache
def _wsgi():  # noqa: ANN202
    return create_app(os.environ.get("DATABASE_URL")).server


def __getattr__(name: str):  # noqa: ANN202
    """`app.server`, made on first use, so that importing this module (tests, `python app.py`) costs nothing."""
    if name == "server":
        return _wsgi()
    raise AttributeError(name)

if __name__ == "__main__":
    sys.exit(main())
