"""The typed fact record: one GUIDE.md fact as extraction reads it or a curated file gives it, carried through
counting (etl.counting) and normalisation (etl.normalise) to the store's writer.

A `Fact` is frozen: a step that decides something about a fact returns a new one (`dataclasses.replace`), so
the order the steps run in is the order of the calls in etl.pipeline.process. Its attributes are typed (days
are `datetime.date`); read as a mapping (`fact["date"]`, `fact.get("kg")`, `dict(fact)`) it is the record as
JSON writes it (days in ISO form), which is what review decisions, the store's `original` column and the
command line's output hold.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterator, Mapping, ValuesView
from dataclasses import dataclass, fields, replace
from datetime import date

from etl.vocab import KINDS

DAYS = ("date", "period_start", "period_end")
# the fields every GUIDE.md record has, then each kind's own (the other kinds: a count), in the order
# `etl extract` writes them
COMMON = ("doc_id", "kind", "quote", "region", "date", "period_start", "period_end", "total")
OWN = {"seizure": ("substance", "kg", "count", "unit"), "people": ("count", "action"),
       "money": ("amount", "currency", "role")}
COUNTED = ("count",)


@dataclass(frozen=True, slots=True)
class Fact(Mapping):
    """One fact. The first group of fields is GUIDE.md's record; `confidence` and `parts` are extraction's extra
    output; `url` and `reviewed` come from curated files and people's decisions; the last group is the store's,
    filled by normalisation (`layer`, money in tenge and dollars and the rate used) and by counting
    (`breakdown`: a total counted through its parts; `remainder`: what its parts leave out; `flagged`: waits
    for a person)."""

    kind: str
    quote: str = ""
    doc_id: str | None = None
    region: str | None = None
    date: date | None = None
    period_start: date | None = None
    period_end: date | None = None
    total: bool = False
    substance: str | None = None
    kg: float | None = None
    count: float | None = None
    unit: str | None = None
    amount: float | None = None
    currency: str | None = None
    role: str | None = None
    action: str | None = None
    confidence: float | None = None
    parts: tuple[int, ...] = ()
    url: str | None = None
    reviewed: bool = False
    layer: str | None = None
    kzt: float | None = None
    usd: float | None = None
    rate: float | None = None
    rate_source: str | None = None
    rate_note: str | None = None
    rate_estimated: bool = False
    breakdown: bool = False
    remainder: bool = False
    flagged: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind {self.kind!r} is not one of {', '.join(KINDS)}")
        for name in DAYS:
            if getattr(self, name) is not None and not isinstance(getattr(self, name), date):
                raise TypeError(f"{name} must be a date, not {getattr(self, name)!r} (Fact.of reads ISO text)")

    @classmethod
    def of(cls, record: Mapping) -> Fact:
        """A fact from a record (a dict as JSON, the store's `original`, a review decision or an older caller
        gives it): days in ISO form are read, `parts` becomes a tuple, fields it does not have are left out."""
        if isinstance(record, Fact):
            return record
        known = {k: v for k, v in record.items() if k in FIELDS}
        for name in DAYS:
            value = known.get(name)
            if isinstance(value, str):
                known[name] = date.fromisoformat(value[:10]) if value else None
        if known.get("parts") is not None:
            known["parts"] = tuple(known["parts"])
        for flag in ("total", "reviewed", "rate_estimated", "breakdown", "remainder", "flagged"):
            if flag in known:
                known[flag] = bool(known[flag])
        return cls(**known)

    def with_(self, **changes: object) -> Fact:
        """The fact with some fields changed (days may be given in ISO form)."""
        return Fact.of({**self.as_dict(), **changes}) if any(isinstance(changes.get(d), str) for d in DAYS) \
            else replace(self, **changes)

    def record(self) -> dict:
        """The GUIDE.md record `etl extract` writes: the common fields, the kind's own, then `confidence` (and
        `parts` for a total whose parts were listed)."""
        out = {name: self[name] for name in COMMON}
        out.update((name, self[name]) for name in OWN.get(self.kind, COUNTED))
        out["confidence"] = self.confidence
        if self.total and self.parts:
            out["parts"] = list(self.parts)
        return out

    def as_dict(self) -> dict:
        """Every field, as the mapping reads them (days in ISO form, `parts` a list)."""
        out = {name: getattr(self, name) for name in FIELDS}
        for name in DAYS:
            if out[name] is not None:
                out[name] = out[name].isoformat()
        out["parts"] = list(self.parts)
        return out

    # --- the read-only mapping: the record as JSON holds it ---------------------------------------------------

    def __getitem__(self, name: str) -> object:
        if name not in FIELD_SET:
            raise KeyError(name)
        value = getattr(self, name)
        if name in DAYS:
            return value.isoformat() if value is not None else None
        if name == "parts":
            return list(value)
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(FIELDS)

    def __len__(self) -> int:
        return len(FIELDS)

    # the mapping's views and look-up, made once rather than a field at a time (the writer reads every fact)
    def items(self) -> ItemsView:
        return self.as_dict().items()

    def values(self) -> ValuesView:
        return self.as_dict().values()

    def get(self, name: str, default: object = None) -> object:
        return self[name] if name in FIELD_SET else default


FIELDS = tuple(f.name for f in fields(Fact))
FIELD_SET = frozenset(FIELDS)
