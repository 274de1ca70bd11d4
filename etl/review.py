"""Review: what people decided about facts, kept apart from the facts and applied again whenever an article is
extracted again.

A decision is about one fact of one article, found by the article's key, the fact's kind and its quote (what
re-extraction gives again). Decisions are a log that only grows: `accept` (the fact is right), `correct` (new
values for some of EDITABLE), `reject` (not a fact), `flag` (a reader's report, with a note) and `undo` (takes
back an earlier decision). `apply` is the one rule that turns a fact and its decisions into what is stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

EDITABLE = ("kg", "count", "unit", "amount", "currency", "substance", "region", "date", "role", "action", "total")
ACTIONS = ("accept", "correct", "reject", "flag", "undo")
REVIEW_BELOW = 0.8   # a machine-read fact below this confidence waits for a person


def key(doc_key: str, kind: str, quote: str) -> tuple[str, str, str]:
    """What finds a fact again after re-extraction."""
    return (doc_key, kind, " ".join((quote or "").split()))


def live(decisions: Iterable[dict]) -> list[dict]:
    """The decisions not taken back by a later `undo`, in the order they were made."""
    decisions = sorted(decisions, key=lambda d: d["id"])
    undone = {d["target"] for d in decisions if d["action"] == "undo"}
    return [d for d in decisions if d["action"] != "undo" and d["id"] not in undone]


def apply(fact: dict, decisions: Iterable[dict]) -> dict | None:
    """The fact as its live decisions leave it: corrected values (the latest for each field), `reviewed` once a
    person accepted or corrected it, `flagged` while a reader's report waits; None when rejected (the last of
    accept, correct and reject is a reject)."""
    out = dict(fact)
    verdict = None
    for d in live(decisions):
        if d["action"] == "correct":
            changes = json.loads(d["changes"]) if isinstance(d["changes"], str) else d["changes"]
            out.update({k: v for k, v in changes.items() if k in EDITABLE})
        if d["action"] in ("accept", "correct", "reject"):
            verdict = d["action"]
            out["flagged"] = False
        elif d["action"] == "flag":
            out["flagged"] = True
    if verdict == "reject":
        return None
    if verdict in ("accept", "correct"):
        out["reviewed"] = True
    return out


def needs_review(fact: dict) -> bool:
    """A fact a person should look at: flagged by a reader, or machine-read below REVIEW_BELOW."""
    if fact.get("flagged"):
        return True
    confidence = fact.get("confidence")
    return not fact.get("reviewed") and confidence is not None and confidence < REVIEW_BELOW


def hash_password(password: str) -> str:
    """A salted hash (werkzeug's scrypt, as Flask ships it)."""
    from werkzeug.security import generate_password_hash

    return generate_password_hash(password)


def check_password(stored: str, password: str) -> bool:
    from werkzeug.security import check_password_hash

    return check_password_hash(stored, password)
