"""Curated input: a CSV of hand-entered facts, parsed and normalised like extracted ones.

Columns (a header row; order free): date, region, kind, figure, substance, action_or_role, source_url, quote,
and optional source, period_start, period_end, total, review (reviewed, the default, or machine: read by the
extractor, not by a person) and confidence (0 to 1, for a machine-read row). The region may be a code (KZ-79,
KZ, abroad) or a name in any case form, a city or an old name; the figure is written as in an article ("6,1
кг", "1 млрд 155 млн тенге", "двое"); substance, action and role may be GUIDE.md values or Russian words. A
bad row gets one error naming the file, the row, the column and the reason; the other rows go on.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from etl.cues import Cues
from etl.documents import csv_rows, decode
from etl.errors import BadInput, Cleared, EtlError
from etl.grammars import choose_substance
from etl.grammars.mass import mass_or_counted
from etl.grammars.money import money
from etl.numbers import read_numbers
from etl.text import Sentence, tokenize
from etl.vocab import ACTIONS, KINDS, REGION_CODES, ROLES, SUBSTANCES, cues

REQUIRED = ("date", "region", "kind", "figure", "source_url", "quote")
COLUMNS = REQUIRED + ("substance", "action_or_role", "source", "period_start", "period_end", "total", "review",
                      "confidence")
REVIEW = {"": True, "reviewed": True, "machine": False}  # a hand-entered row was read by a person


class BadRow(ValueError, EtlError):
    """One row of a curated CSV that cannot be read."""

    def __init__(self, path: str, row: int, column: str, reason: str) -> None:
        self.path, self.row, self.column, self.reason = str(path), row, column, reason
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.path}, row {self.row}, column {self.column}: {self.reason}"


@dataclass
class CuratedGroup:
    """The rows of one source (url) in a curated file: stored as one document."""

    key: str
    url: str | None
    source: str
    facts: list[dict]

    @property
    def content_hash(self) -> str:
        blob = json.dumps([self.key, self.facts], ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def is_curated(path: Path, head: str) -> bool:
    """A CSV whose header names the curated columns."""
    first = head.splitlines()[0] if head else ""
    cols = {c.strip().lower() for c in first.split(",")}
    return path.suffix.lower() == ".csv" and {"kind", "figure"} <= cols


def read_curated(path: Path) -> Iterator[CuratedGroup | BadInput | BadRow | Cleared]:
    """Groups of facts from a curated CSV, and an error for each bad row."""
    try:
        text = decode(path, path.read_bytes())
    except BadInput as err:
        yield err
        return
    groups: dict[str, CuratedGroup] = {}
    for got in csv_rows(path, text, REQUIRED):
        if isinstance(got, BadInput):
            yield BadInput(path, got.reason.replace("CSV lacks", "curated CSV lacks"), got.line)
            continue
        n, raw = got
        row = {k: (v or "").strip() for k, v in raw.items()}
        cleared: list[BadRow] = []
        try:
            fact = parse_row(row, path, n, cleared)
        except BadRow as err:
            yield err
            continue
        yield from (Cleared(str(err)) for err in cleared)
        url = row.get("source_url") or None
        key = f"curated:{url or path.name + ':' + row.get('source', '')}"
        group = groups.setdefault(key, CuratedGroup(key, url, row.get("source") or str(path), []))
        fact["doc_id"] = key
        group.facts.append(fact)
    yield from groups.values()


def parse_row(row: dict, path: Path, n: int, cleared: list[BadRow] | None = None) -> dict:
    """One curated row as a GUIDE.md fact; a date written right but no day of the calendar ('2025-02-30') is
    cleared, and said in `cleared`."""
    def bad(column: str, reason: str) -> BadRow:
        return BadRow(str(path), n, column, reason)

    kind = row.get("kind", "").lower()
    if kind not in KINDS:
        raise bad("kind", f"{row.get('kind')!r} is not one of {', '.join(KINDS)}")
    if not row.get("quote"):
        raise bad("quote", "empty: every curated fact needs the sentence it comes from")
    url = row.get("source_url", "")
    if url and not re.match(r"^https?://\S+$", url):
        raise bad("source_url", f"{url!r} is not an http(s) address")
    fact: dict = {"kind": kind, "quote": row["quote"], "url": url or None}
    for column in ("date", "period_start", "period_end"):
        try:
            fact[column] = _date(row.get(column, ""), lambda reason, c=column: bad(c, reason))
        except NoSuchDay as err:
            fact[column] = None
            if cleared is not None:
                cleared.append(BadRow(str(path), n, column, f"{err} cleared (no such day); the row is stored"))
    fact["region"] = parse_region(row.get("region", ""), lambda reason: bad("region", reason))
    total = row.get("total", "").lower()
    if total not in {"", "true", "false", "1", "0", "yes", "no"}:
        raise bad("total", f"{row['total']!r} is not true or false")
    fact["total"] = total in {"true", "1", "yes"}
    review = row.get("review", "").lower()
    if review not in REVIEW:
        raise bad("review", f"{row['review']!r} is not reviewed or machine")
    fact["reviewed"] = REVIEW[review]
    fact["confidence"] = _confidence(row.get("confidence", ""), lambda reason: bad("confidence", reason))
    value, unit_name, currency, kg = _figure(row.get("figure", ""), kind, lambda reason: bad("figure", reason))
    what = row.get("action_or_role", "")
    if kind == "seizure":
        fact.update(substance=_substance(row.get("substance", ""), lambda r: bad("substance", r)),
                    kg=kg, count=None if kg is not None else value, unit=None if kg is not None else unit_name)
    elif kind == "money":
        role = _choice(what, "role", ROLES, lambda r: bad("action_or_role", r))
        fact.update(amount=value, currency=currency, role=role)
    elif kind == "people":
        fact.update(count=value, action=_choice(what, "action", ACTIONS, lambda r: bad("action_or_role", r)))
    else:
        fact.update(count=value)
    return fact


def _confidence(value: str, bad) -> float | None:  # noqa: ANN001
    """A machine-read fact's confidence, 0 to 1 (empty: none)."""
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise bad(f"{value!r} is not a number") from None
    if not 0 <= number <= 1:
        raise bad(f"{value!r} is not between 0 and 1")
    return number


def _date(value: str, bad) -> str | None:  # noqa: ANN001
    if not value:
        return None
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", value)
    iso = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else value
    try:
        return date.fromisoformat(iso).isoformat()
    except ValueError:
        m = re.fullmatch(r"\d{4}-(\d{2})-(\d{2})", iso)
        if m and 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31:  # 2025-02-30, 2025-04-31
            raise NoSuchDay(repr(value)) from None
        raise bad(f"{value!r} is not a date (YYYY-MM-DD or DD.MM.YYYY)") from None


class NoSuchDay(ValueError):
    """A date written in the right form that no calendar has (2025-02-30)."""


def parse_region(value: str, bad) -> str | None:  # noqa: ANN001
    """A region code from a code, a region name in any case form, a city or an old name."""
    if not value:
        return None
    if value.upper() in REGION_CODES or value.upper() == "KZ":
        return value.upper()
    if value.lower() == "abroad":
        return "abroad"
    tokens = tokenize(value)
    codes = {hit.value.code for hit in Cues([t.pair for t in tokens]).of("place")}
    if len(codes) == 1:
        return codes.pop()
    if not codes:
        raise bad(f"{value!r} is not a region, city or code known to data/reference/places.csv")
    raise bad(f"{value!r} names several regions ({', '.join(sorted(codes))})")


def _figure(text: str, kind: str, bad) -> tuple[float, str | None, str | None, float | None]:  # noqa: ANN001
    """(value, counted unit, currency, kg) of a figure as written, read by the extractor's own grammars (money,
    mass and counted units); a count of people or things is its number."""
    sent = Sentence(0, len(text), tokenize(text), 0, 0, True)
    nums = read_numbers(sent.tokens, text)
    if not nums:
        raise bad(f"no number in {text!r}")
    num = nums[0]
    if kind == "money":
        fig = money(sent, num, [])
        if fig is None:
            raise bad(f"no currency in {text!r} (add the word to data/reference/currencies.csv)")
        return fig.amount, None, fig.currency, None
    if kind == "seizure":
        fig = mass_or_counted(sent, num)
        if fig is None:
            raise bad(f"no unit in {text!r} (a mass such as кг, or a counted unit of data/reference/units.txt)")
        return (fig.kg, None, None, fig.kg) if fig.kg is not None else (fig.count, fig.unit, None, None)
    return num.value, None, None, None


def _substance(value: str, bad) -> str:  # noqa: ANN001
    if not value:
        return "drugs"
    if value in SUBSTANCES:
        return value
    tokens = tokenize(value)
    found = [hit.value for hit in Cues([t.pair for t in tokens]).of("substance")]
    if not found:
        raise bad(f"{value!r} is not a GUIDE.md substance nor a word of data/reference/substances.csv")
    return choose_substance(found)


def _choice(value: str, category: str, allowed: tuple[str, ...], bad) -> str:  # noqa: ANN001
    if value in allowed:
        return value
    if value:
        tokens = tokenize(value)
        found = [v for _, _, v in cues(category).find([t.pair for t in tokens])]
        if found:
            return found[0]
    raise bad(f"{value!r} is not one of {', '.join(allowed)} (nor a Russian word for one)")
