"""The typed layer of cues of one sentence: every vocabulary match (cues, substances, places, units, months,
weekdays), found once in one pass over the sentence's words, as typed hits.

A hit's value is what its vocabulary says: a `vocab.Place` for a place, a `vocab.Substance` for a substance
word, the GUIDE.md value (an action, a role) or the form for the other categories. Grammars and document
steps ask a sentence's `cues` for a category; nothing splits strings.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from etl.errors import VocabularyError
from etl.vocab import REFERENCE, Hit, cue_categories, find_all, function_words, numbers, places

__all__ = ["Cues", "Hit", "categories"]

BUILT_IN = frozenset({"substance", "place", "unit", "month", "weekday"})  # categories of their own files


@cache
def categories() -> frozenset[str]:
    return BUILT_IN | frozenset(cue_categories())


class Cues:
    """The hits of one sentence by category, found once."""

    __slots__ = ("_by_value", "_hits", "_starts")

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._hits = find_all(pairs)
        shared = _shared_heads(pairs, self._hits.get("place", []))
        if shared:
            self._hits["place"] = sorted(self._hits.get("place", []) + shared)
        if "term_verb" in self._hits:
            terms = _terms_given(pairs, self._hits["term_verb"])
            if terms:
                self._hits["action"] = sorted(self._hits.get("action", []) + terms)
        if "threat" in self._hits and "action" in self._hits:
            self._hits["action"] = _unthreatened(pairs, self._hits["action"], self._hits["threat"])
        if "action" in self._hits:  # "арестованы квартира и автомобиль": done to property, no person
            self._hits["action"] = [a for a in self._hits["action"]
                                    if a.end >= len(pairs) or pairs[a.end][0] not in function_words("property")]
        self._starts: dict[str, tuple[list[int], int]] = {}
        self._by_value: dict[str, dict[object, tuple[list[Hit], list[int]]]] = {}

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

    def _index(self, category: str) -> tuple[list[int], int]:
        """The starts of a category's hits (in order), and its longest hit: what the look-ups below bisect, so
        that a sentence with thousands of hits costs a logarithm per look-up, not a scan."""
        got = self._starts.get(category)
        if got is None:
            hits = self.of(category)
            got = self._starts[category] = ([h.start for h in hits], max((h.end - h.start for h in hits), default=0))
        return got

    def starting(self, category: str, lo: int, hi: int) -> list[Hit]:
        """The hits of a category that start at a token in [lo, hi), left to right."""
        starts, _ = self._index(category)
        return self.of(category)[bisect_left(starts, lo):bisect_left(starts, hi)]

    def ending(self, category: str, lo: int, hi: int) -> list[Hit]:
        """The hits of a category that end at a token boundary in [lo, hi], in order of their starts."""
        _, longest = self._index(category)
        return [h for h in self.starting(category, lo - longest, hi) if lo <= h.end <= hi]

    def at(self, category: str, i: int) -> Hit | None:
        """The hit of a category that starts at token i."""
        return next(iter(self.starting(category, i, i + 1)), None)

    def covering(self, category: str, i: int) -> Hit | None:
        """The hit of a category that covers token i (the first such, left to right)."""
        _, longest = self._index(category)
        return next((h for h in self.starting(category, i - longest + 1, i + 1) if i < h.end), None)

    def nearest(self, category: str, start: int, end: int, after: int = -1) -> Hit | None:
        """The hit of a category nearest to tokens [start, end) (by its start to their start or its end to their
        end; the first of equals), among those that start after token `after`."""
        starts, longest = self._index(category)
        hits = self.of(category)
        lo = max(bisect_left(starts, after + 1), 0)
        k = max(bisect_left(starts, start), lo)
        near = hits[max(k - 1, lo):k + 1]
        if not near:
            near = hits[lo:lo + 1]
        if not near:
            return None

        def distance(h: Hit) -> int:
            return min(abs(h.start - start), abs(h.end - end))

        d = min(map(distance, near))  # no nearer hit starts outside this stretch
        window = self.starting(category, max(start - d - longest, after + 1), end + d + 1)
        return min(window, key=distance) if window else None

    def strongest(self, category: str, rank: dict, after: int = -1) -> Hit | None:
        """The first hit of the highest-ranked value of a category among those that start after token `after`."""
        by_value = self._by_value.get(category)
        if by_value is None:
            by_value = self._by_value[category] = {}
            for h in self.of(category):
                hits, starts = by_value.setdefault(h.value, ([], []))
                hits.append(h)
                starts.append(h.start)
        for value in sorted(by_value, key=lambda v: rank[v], reverse=True):
            hits, starts = by_value[value]
            k = bisect_left(starts, after + 1)
            if k < len(hits):
                return hits[k]
        return None

    def last_ending_by(self, category: str, i: int) -> Hit | None:
        """The last hit (left to right) of a category that ends at or before token i: the scan back from i meets
        only hits that overlap i before it finds one."""
        starts, _ = self._index(category)
        hits = self.of(category)
        k = bisect_left(starts, i)  # hits[:k] start before i
        while k > 0:
            k -= 1
            if hits[k].end <= i:
                return hits[k]
        return None


LIST_ITEMS = 4       # names before one plural head ("Атырау, Орал және Ақсай қалаларында")
ITEM_WORDS = 3       # words of one name in such a list


@cache
def _plural_head() -> re.Pattern:
    heads = "|".join(sorted(map(re.escape, function_words("place_head"))))
    endings = "|".join(sorted(map(re.escape, function_words("plural_ending"))))
    return re.compile(rf"(?:^| )(?:{heads})(?:{endings})")


def _shared_heads(pairs: list[tuple[str, str]], hits: list[Hit]) -> list[Hit]:
    """Kazakh names listed before one plural head ("Атырау, Орал және Ақсай қалаларында", "Батыс Қазақстан және
    Атырау облыстарының"): each name is read with the head in the singular after it, as it would be written
    alone ("Орал қаласы"); the places found so are added to the sentence's places."""
    if not _plural_head().search(" ".join(surface for _, surface in pairs)):
        return []  # nearly every sentence: one search over its words, not a look at each word
    heads, endings = function_words("place_head"), tuple(function_words("plural_ending"))
    joins = function_words("list_join")
    out: list[Hit] = []
    for i, (_, surface) in enumerate(pairs):
        head = next((h for h in heads if surface.startswith(h) and surface[len(h):].startswith(endings)), None)
        if head is None:
            continue
        covered = {k for h in hits for k in range(h.start, h.end)}  # a name read already stays as read
        end, items = i, 0
        while end > 0 and items < LIST_ITEMS:
            start = end
            while start > 0 and end - start < ITEM_WORDS and pairs[start - 1][1] not in joins:
                start -= 1
            if start == end:
                break
            for first in range(start, end):  # the longest name ending the item ("Полиция Батыс Қазақстан")
                if covered.intersection(range(first, end)):
                    continue
                got = places().match_at([*pairs[first:end], (head, head)], 0)
                if got is not None and got[0] == end - first + 1:
                    out.append(Hit(first, end, got[1]))
                    break
            items += 1
            if start == 0 or pairs[start - 1][1] not in joins:
                break
            end = start - 1
    return out


THREAT_REACH = 6  # words a punishment may stand after the word that threatens it ("грозит до 15 лет лишения свободы")


def _unthreatened(pairs: list[tuple[str, str]], actions: list[Hit], threats: list[Hit]) -> list[Hit]:
    """The actions not threatened: a punishment after a `threat` cue in its clause ("ему грозит до 15 лет лишения
    свободы", "статья предусматривает лишение свободы") is what may happen, not what was done."""
    stops = {k for k, (_, surface) in enumerate(pairs) if surface in {",", ";", ".", "(", ")"}}
    out = []
    for a in actions:
        threatened = any(t.end <= a.start <= t.end + THREAT_REACH and not stops.intersection(range(t.end, a.start))
                         for t in threats)
        if not threatened:
            out.append(a)
    return out


TERM_REACH = 5  # words from a verb of receiving to the years of the term ("получил 17 лет", "получили от 10 до 12 лет")


def _terms_given(pairs: list[tuple[str, str]], verbs: list[Hit]) -> list[Hit]:
    """A verb of receiving followed by a number of years ("Организатор получил 17 лет", "четверо получили по 10
    лет колонии"): a sentence passed, an action `charged` on the verb."""
    years = function_words("term_year")
    out = []
    for v in verbs:
        window = pairs[v.end:v.end + TERM_REACH]
        for k, (lemma, _surface) in enumerate(window):
            if lemma in years and k > 0 and _is_digits_or_word_number(window[k - 1]):
                out.append(Hit(v.start, v.end, "charged"))
                break
    return out


def _is_digits_or_word_number(pair: tuple[str, str]) -> bool:
    lemma, surface = pair
    return surface.replace(",", "").replace(".", "").isdigit() or lemma in numbers()

