"""The review pages: a reader reports an error in a fact (no account needed); a reviewer logs in, sees the facts
that need a person (flagged by a reader, totals whose listed parts exceed them, or machine-read below
etl.review.REVIEW_BELOW), each in its sentence of
the article, and accepts, corrects or rejects it; the log lists every decision, who made it and when, and undoes
one. Plain server-rendered forms, no script. Every change is a POST carrying the session's CSRF token; reviewing
needs a login (accounts: `python -m etl user add NAME`); the session cookie is HttpOnly and SameSite=Strict.
"""

from __future__ import annotations

import hmac
import json
import os
import secrets
from datetime import date
from html import escape
from pathlib import Path

from flask import Flask, Response, redirect, request, session

from dashboard import i18n
from dashboard.queries import Store
from etl import review
from etl.store import is_readonly, read, sqlite_path
from etl.store.writer import record_decision
from etl.vocab import ACTIONS, REGION_CODES, ROLES, SUBSTANCES

PAGE = 50
REGIONS = REGION_CODES | {"KZ", "abroad"}
NUMBERS = ("kg", "count", "amount")


def register(server: Flask, store: Store, db_url: str) -> None:
    """The review routes on the dashboard's Flask server, and its session settings."""
    server.secret_key = _secret(db_url)
    server.config.update(SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Strict",
                         SESSION_COOKIE_SECURE=os.environ.get("DASHBOARD_SECURE_COOKIES") == "1")
    engine = store.engine

    def page(title: str, body: str, status: int = 200) -> Response:
        who = session.get("user")
        bar = (f'<p>{escape(who)} · <a href="/review">to review</a> · <a href="/review/log">log</a> · '
               f'<form method="post" action="/logout" style="display:inline">{_csrf_field()}'
               f'<button>log out</button></form></p>') if who else ""
        html = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
                f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style></head>'
                f'<body><h1>{escape(title)}</h1>{bar}{body}<p><a href="/">the dashboard</a></p></body></html>')
        return Response(html, status=status, mimetype="text/html")

    def refused(why: str) -> Response:
        return page("Refused", f"<p>{escape(why)}</p>", 403)

    def needs_login() -> Response | None:
        if not session.get("user"):
            return redirect(f"/login?next={request.path}") if request.method == "GET" else refused(
                "reviewing needs a login")
        return None

    @server.before_request
    def _csrf() -> Response | None:
        """Every change must carry the token of the session it comes from (a forged form has none)."""
        if request.method == "POST" and request.path.startswith(("/login", "/logout", "/review", "/report")):
            sent = request.form.get("csrf", "")
            if not sent or not hmac.compare_digest(sent, session.get("csrf", "")):
                return refused("the form's token is missing or not this session's: reload the page and try again")
        return None

    @server.get("/login")
    def login_form() -> Response:
        nxt = _local(request.args.get("next", "/review"))
        return page("Log in to review", f'<form method="post" action="/login">{_csrf_field()}'
                    f'<input type="hidden" name="next" value="{escape(nxt)}">'
                    '<label>name <input name="name" autocomplete="username"></label> '
                    '<label>password <input name="password" type="password" autocomplete="current-password">'
                    '</label> <button>log in</button></form>')

    @server.post("/login")
    def login() -> Response:
        name = request.form.get("name", "")
        stored = read.password_hash(engine, name)
        if stored is None or not review.check_password(stored, request.form.get("password", "")):
            return page("Log in to review", "<p>Wrong name or password.</p><p><a href='/login'>again</a></p>", 401)
        session.clear()
        session["user"] = name
        session["csrf"] = secrets.token_urlsafe(32)  # a new token with the new rights
        return redirect(_local(request.form.get("next", "/review")))

    @server.post("/logout")
    def logout() -> Response:
        session.clear()
        return redirect("/")

    @server.get("/review")
    def review_list() -> Response:
        if (gone := needs_login()) is not None:
            return gone
        rows, notes = read.review_queue(engine, review.REVIEW_BELOW, PAGE)
        items = "".join(_item(r, notes.get(review.key(r.doc_key, r.kind, r.quote or ""), [])) for r in rows)
        return page("Facts to review", f"<p>{len(rows)} facts (flagged first, then the least sure).</p>{items}"
                    if rows else "<p>Nothing waits for a person.</p>")

    @server.post("/review/<int:fact_id>")
    def decide_on(fact_id: int) -> Response:
        if (gone := needs_login()) is not None:
            return gone
        action = request.form.get("decision", "")  # ("action" is a field a correction may change)
        if action not in ("accept", "correct", "reject"):
            return page("Not done", f"<p>unknown decision {escape(action)!r}</p>", 400)
        changes, problem = {}, None
        if action == "correct":
            changes, problem = corrected_values(request.form)
            if problem is None and not changes:
                problem = "nothing was changed"
        if problem:
            return page("Not done", f"<p>{escape(problem)}</p><p><a href='/review'>back</a></p>", 400)
        if record_decision(engine, fact_id, action, session["user"], changes,
                           note=request.form.get("note") or None) is None:
            return page("Not done", "<p>no such fact (it may have been decided already)</p>", 404)
        return redirect("/review")

    @server.get("/review/log")
    def log() -> Response:
        if (gone := needs_login()) is not None:
            return gone
        rows = read.decision_log(engine, 200)
        undone = {r.target for r in rows if r.action == "undo"}
        lines = "".join(
            f"<tr><td>{r.id}</td><td>{r.at:%Y-%m-%d %H:%M}</td><td>{escape(r.who)}</td><td>{escape(r.action)}"
            f"{f' of {r.target}' if r.target else ''}</td><td><q>{escape(r.quote)}</q><br><small>"
            f"{escape(r.doc_key)}</small></td><td>{escape(_what(r))}</td><td>"
            + ("undone" if r.id in undone else "" if r.action == "undo" else
               f'<form method="post" action="/review/undo/{r.id}">{_csrf_field()}<button>undo</button></form>')
            + "</td></tr>" for r in rows)
        return page("Review log", "<table><tr><th>#</th><th>when</th><th>who</th><th>decision</th><th>fact</th>"
                    f"<th>values (before → after)</th><th></th></tr>{lines}</table>")

    @server.post("/review/undo/<int:decision_id>")
    def undo(decision_id: int) -> Response:
        if (gone := needs_login()) is not None:
            return gone
        if record_decision(engine, None, "undo", session["user"], target=decision_id) is None:
            return page("Not done", "<p>no such decision</p>", 404)
        return redirect("/review/log")

    @server.get("/report/<int:fact_id>")
    def report_form(fact_id: int) -> Response:
        lang = request.args.get("lang", i18n.DEFAULT_LANGUAGE)
        _ = i18n.gettext(lang)
        quote = read.fact_quote(engine, fact_id)
        if quote is None:
            return page(_("Report an error"), "<p>404</p>", 404)
        return page(_("Report an error"),
                    f"<p><q>{escape(quote)}</q></p><form method='post' action='/report/{fact_id}'>{_csrf_field()}"
                    f"<input type='hidden' name='lang' value='{escape(lang)}'><p><label>"
                    f"{escape(_('What is wrong? (for example: the article says 15 kg)'))}<br>"
                    "<textarea name='note' rows='4' cols='60' maxlength='2000'></textarea></label></p>"
                    f"<button>{escape(_('Send'))}</button></form>")

    @server.post("/report/<int:fact_id>")
    def report(fact_id: int) -> Response:
        _ = i18n.gettext(request.form.get("lang", i18n.DEFAULT_LANGUAGE))
        note = (request.form.get("note") or "").strip()[:2000]
        if record_decision(engine, fact_id, "flag", "reader", note=note or None) is None:
            return page(_("Report an error"), "<p>404</p>", 404)
        return page(_("Report an error"), f"<p>{escape(_('Thank you: a reviewer will look at this figure.'))}</p>")


def corrected_values(form) -> tuple[dict, str | None]:  # noqa: ANN001
    """The values a correction form changes (empty fields change nothing), or the reason one is wrong."""
    out: dict = {}
    for name in NUMBERS:
        raw = form.get(name, "").strip().replace(",", ".").replace(" ", "")
        if raw:
            try:
                value = float(raw)
            except ValueError:
                return {}, f"{name}: {raw!r} is not a number"
            if not value > 0:
                return {}, f"{name}: {raw!r} is not above 0"
            out[name] = value
    checks = {"region": REGIONS, "substance": SUBSTANCES, "role": ROLES, "action": ACTIONS}
    for name, allowed in checks.items():
        raw = form.get(name, "").strip()
        if raw:
            if raw not in allowed:
                return {}, f"{name}: {raw!r} is not one of {', '.join(sorted(allowed))}"
            out[name] = raw
    for name in ("unit", "currency"):
        raw = form.get(name, "").strip()
        if raw:
            out[name] = raw
    raw = form.get("date", "").strip()
    if raw:
        try:
            out["date"] = date.fromisoformat(raw).isoformat()
        except ValueError:
            return {}, f"date: {raw!r} is not a day (YYYY-MM-DD)"
    if form.get("total", "") in ("true", "false"):
        out["total"] = form["total"] == "true"
    return out, None


def _item(r, notes: list[str]) -> str:  # noqa: ANN001
    """One fact to review: its sentence in the article with the quote marked, its values, the three decisions."""
    value = (f"{r.kg:g} kg" if r.kg is not None else f"{r.amount:g} {r.currency}" if r.amount is not None
             else f"{r.count:g}{' ' + r.unit if r.unit else ''}" if r.count is not None else "")
    what = " · ".join(x for x in (r.kind, r.substance, r.action, r.role, r.region,
                                  r.date.isoformat() if r.date else "undated",
                                  f"confidence {r.confidence:.2f}" if r.confidence is not None else "",
                                  "total" if r.total else "") if x)
    link = f' <a href="{escape(r.url)}" rel="noopener noreferrer">article</a>' if r.url and r.url.startswith(
        ("http://", "https://")) else ""
    flagged = "".join(f"<p class='flag'>reader: {escape(n)}</p>" for n in notes) if r.flagged else ""
    if r.flagged and not notes:
        flagged = "<p class='flag'>its listed parts add up to more than this total</p>"
    fields = "".join(f"<label>{name} <input name='{name}' size='8'></label> " for name in (
        *NUMBERS, "unit", "currency", "substance", "region", "date", "role", "action"))
    return (f"<section><p><b>{escape(value)}</b> {escape(what)}{link}</p>{flagged}"
            f"<blockquote>{_sentence(r.text, r.quote or '')}</blockquote>"
            f"<form method='post' action='/review/{r.id}'>{_csrf_field()}"
            "<button name='decision' value='accept'>right</button> "
            "<button name='decision' value='reject'>not a fact</button> "
            "<input name='note' placeholder='why (optional)' size='30'></form>"
            f"<form method='post' action='/review/{r.id}'>{_csrf_field()}{fields}"
            "<select name='total'><option value=''>total?</option><option>true</option><option>false</option>"
            "</select> <button name='decision' value='correct'>correct</button></form></section>")


def _sentence(text: str | None, quote: str) -> str:
    """The sentence of the article that holds the quote, the quote marked (the quote alone without a text)."""
    if not text:
        return f"<mark>{escape(quote)}</mark>"
    flat = " ".join(text.split())
    at = flat.find(" ".join(quote.split()))
    if at < 0:
        return f"<mark>{escape(quote)}</mark>"
    end = at + len(" ".join(quote.split()))
    start = flat.rfind(". ", 0, at) + 2 if ". " in flat[:at] else 0
    stop = flat.find(". ", end)
    stop = len(flat) if stop < 0 else stop + 1
    return f"{escape(flat[start:at])}<mark>{escape(flat[at:end])}</mark>{escape(flat[end:stop])}"


def _what(r) -> str:  # noqa: ANN001
    changes = json.loads(r.changes or "{}")
    if r.action == "reject":
        return r.note or ""
    shown = ", ".join(f"{k} = {v}" for k, v in changes.items())
    return " · ".join(x for x in (shown, r.note or "") if x)


def _csrf_field() -> str:
    token = session.get("csrf")
    if not token:
        token = session["csrf"] = secrets.token_urlsafe(32)
    return f"<input type='hidden' name='csrf' value='{token}'>"


def _local(target: str) -> str:
    """A redirect target on this site only (never another host)."""
    return target if target.startswith("/") and not target.startswith("//") else "/review"


def _secret(db_url: str) -> str:
    """The key that signs session cookies: DASHBOARD_SECRET, else a key kept beside the SQLite store (made once,
    readable by its owner only), else one for this process (sessions end when it stops)."""
    if os.environ.get("DASHBOARD_SECRET"):
        return os.environ["DASHBOARD_SECRET"]
    path = sqlite_path(db_url)
    if path is not None and not is_readonly(db_url):  # a read-only store's folder gets no file
        keyfile = Path(path).with_name("session.key")
        try:
            if not keyfile.exists():
                keyfile.write_text(secrets.token_hex(32), encoding="ascii")
                keyfile.chmod(0o600)
            return keyfile.read_text(encoding="ascii").strip()
        except OSError:
            pass
    return secrets.token_hex(32)


STYLE = ("body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}"
         "section{border-top:1px solid #ccc;padding:.5rem 0}mark{background:#ffe58a}.flag{color:#a40}"
         "blockquote{margin:.3rem 0 .3rem 1rem;color:#333}table{border-collapse:collapse}"
         "td,th{border-bottom:1px solid #ddd;padding:.2rem .4rem;vertical-align:top;text-align:left}"
         "label{white-space:nowrap}")
