"""The typed layer of cues of one sentence: every vocabulary match (cues, substances, places, units, months,
weekdays), found once in one pass over the sentence's words, as typed hits.

A hit's value is what its vocabulary says: a `vocab.Place` for a place, a `vocab.Substance` for a substance
word, the GUIDE.md value (an action, a role) or the form for the other categories. Grammars and document
steps ask a sentence's `cues` for a category; nothing splits strings.
"""

from __future__ import annotations

from functools import cache

from etl.errors import VocabularyError
from etl.vocab import REFERENCE, Hit, cue_categories, find_all

__all__ = ["Cues", "Hit", "categories"]

BUILT_IN = frozenset({"substance", "place", "unit", "month", "weekday"})  # categories of their own files


@cache
def categories() -> frozenset[str]:
    return BUILT_IN | frozenset(cue_categories())


class Cues:
    """The hits of one sentence by category, found once."""

    __slots__ = ("_hits",)

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._hits = find_all(pairs)

    def of(self, category: str) -> list[Hit]:
        """The hits of a category, left to right; an unknown category is an error in the code, not an empty list."""
        hits = self._hits.get(category)
        if hits is None:
            if category not in categories():
                raise VocabularyError(REFERENCE / "cues.csv", 0, f"no cues of category {category!r}")
            return []
        return hits

    def has(self, category: str) -> bool:
        return bool(self.of(category))

    def at(self, category: str, i: int) -> Hit | None:
        """The hit of a category that starts at token i."""
        return next((h for h in self.of(category) if h.start == i), None)

    def covering(self, category: str, i: int) -> Hit | None:
        """The hit of a category that covers token i."""
        return next((h for h in self.of(category) if h.start <= i < h.end), None)
