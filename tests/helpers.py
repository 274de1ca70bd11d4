"""Helpers shared by the tests: run the extractor on a sentence written for the test."""

from __future__ import annotations

from etl.documents import Document
from etl.extract import extract


def facts_of(text: str, published: str | None = "2024-06-15", url: str | None = None) -> list[dict]:
    return extract(Document("t", text, published=published, url=url))


def only(text: str, published: str | None = "2024-06-15", **where) -> dict:
    """The one fact of a text (optionally the one matching `where`)."""
    got = [f for f in facts_of(text, published) if all(f.get(k) == v for k, v in where.items())]
    assert len(got) == 1, f"expected one fact matching {where}, got {got}"
    return got[0]
