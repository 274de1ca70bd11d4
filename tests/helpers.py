"""Helpers shared by the tests: run the extractor on a sentence written for the test."""

from __future__ import annotations

import pytest

from etl.documents import Document
from etl.extract import extract


def facts_of(text: str, published: str | None = "2024-06-15", url: str | None = None) -> list[dict]:
    return extract(Document("t", text, published=published, url=url))


def only(text: str, published: str | None = "2024-06-15", **where) -> dict:
    """The one fact of a text (optionally the one matching `where`)."""
    got = [f for f in facts_of(text, published) if all(f.get(k) == v for k, v in where.items())]
    assert len(got) == 1, f"expected one fact matching {where}, got {got}"
    return got[0]


def match(facts: list[dict], expected: list[dict]) -> None:
    """Each expected record is a subset of one fact, in order, and there are no other facts."""
    assert len(facts) == len(expected), f"got {facts}"
    for fact, want in zip(facts, expected, strict=True):
        for key, value in want.items():
            got = fact.get(key)
            if isinstance(value, float):
                assert got == pytest.approx(value), (key, fact)
            else:
                assert got == value, (key, fact)


def case(text: str, *expected: dict, published: str | None = "2024-06-15"):  # noqa: ANN201
    """A table row: a text written for the test and the facts it must give (subsets of each fact, in order)."""
    return pytest.param(text, published, list(expected), id=text[:50])
