"""Totals and their parts: what of one document's facts is added up, as a pure function of the facts.

A total whose parts the article lists ("1,1 тонны наркотиков, в том числе 870 кг гашиша и 12 кг героина") is
counted once, in full, through its parts: the parts are counted, the total is marked `breakdown` and is not,
and what the parts leave out becomes a `remainder` fact with the total's own substance, region and date
("218 кг" of drugs not named), so that sums by substance or by region add up to the total. Parts that add up
to more than their total are counted as they are and reported. A total whose parts are not listed counts as
itself. (Which report of an event counts is etl.events'; this is the document's own arithmetic.)
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from etl.fact import Fact

ROUNDING = 0.005  # parts within 0.5 % of their total cover it (a total rounded in the text)

# --- which measure a counted fact adds to, and which facts a view adds up --------------------------------------

MEASURES = ("seizure_kg", "precursors_kg", "detained", "arrested", "charged", "confiscated_kzt", "confiscated_usd",
            "labs", "groups", "online", "crimes")
APART = ("turnover_kzt", "turnover_usd", "value_kzt", "value_usd")  # sums of money never added to confiscations
CONFISCATED = ("seized", "frozen", "forfeited")  # a sum's legal stages: what "confiscated" adds
PEOPLE = ("detained", "arrested", "charged")
PRECURSORS = "precursors"   # chemicals for making drugs (substances.csv): a measure of their own, never drugs
ABROAD = "abroad"           # a fact placed in another country: its own choice, never in Kazakhstan's sums


def measures_of(kind: str, action: str | None, role: str | None, substance: str | None) -> tuple[tuple[str, str], ...]:
    """The measures a counted fact adds to, each with the column of the fact it adds: a seizure's mass to
    `seizure_kg` (drugs) or `precursors_kg` (chemicals); people to their legal stage; a sum seized, frozen or
    forfeited to `confiscated_*` in tenge and in dollars, a turnover or a street value to its own measures
    (never to confiscations); labs, groups, online shops and crimes to their counts. Anything else adds to
    nothing."""
    if kind == "seizure":
        return (("precursors_kg" if substance == PRECURSORS else "seizure_kg", "kg"),)
    if kind == "people":
        return ((action, "count"),) if action in PEOPLE else ()
    if kind == "money":
        if role in CONFISCATED:
            return (("confiscated_kzt", "kzt"), ("confiscated_usd", "usd"))
        if role in ("turnover", "value"):
            return ((f"{role}_kzt", "kzt"), (f"{role}_usd", "usd"))
        return ()
    if kind in ("labs", "groups", "online", "crimes"):
        return ((kind, "count"),)
    return ()


def in_scope(region: str | None, chosen: Collection[str] = ()) -> bool:
    """Whether a fact placed in `region` (None: not stated) belongs to a view of the `chosen` regions (codes,
    "KZ" for national figures, "abroad", "unknown" for not stated). None chosen is all of Kazakhstan: the 20
    regions, national figures and facts whose region is not stated, never a seizure abroad."""
    if chosen:
        return (region or "unknown") in chosen
    return region != ABROAD


def breakdown(facts: list[Mapping], listed: bool = True) -> tuple[list[Fact], list[str]]:
    """The facts with each listed total marked `breakdown`, the remainders added after them, and a warning for
    every total its parts exceed (that total is `flagged` for review). Facts whose totals carry no part lists
    (`listed` False: curated files) keep the rule that a total beside facts of its kind in the same document is
    their sum."""
    out = [Fact.of(f) for f in facts]
    warnings: list[str] = []
    if not listed:
        kinds = {f.kind for f in out if not f.total}
        return [f.with_(breakdown=f.total and f.kind in kinds) for f in out], warnings
    remainders = []
    for k, total in enumerate(out):
        parts = [out[j] for j in total.parts if 0 <= j < len(out)]
        measure = _measure(total, parts)
        if measure is None:
            continue
        total = out[k] = total.with_(breakdown=True)
        whole, covered = total[measure], sum(p[measure] for p in parts)
        left = whole - covered
        if left > ROUNDING * whole:
            remainders.append(total.with_(**{measure: round(left, 9)}, parts=(), total=False, breakdown=False,
                                          remainder=True))
        elif left < -ROUNDING * whole:
            out[k] = total.with_(flagged=True)  # on the review list: a person should see which figure is wrong
            warnings.append(f"the parts of {total.quote!r} add up to {covered:g}, more than its {whole:g}; "
                            f"they are counted as they are")
    return out + remainders, warnings


def _measure(total: Fact, parts: list[Fact]) -> str | None:
    """The field a total and its parts add up in, or None when they do not add up (another kind, unit,
    currency or legal stage)."""
    if not total.get("total") or not parts or any(p["kind"] != total["kind"] or p.get("total") for p in parts):
        return None
    kind = total["kind"]
    if kind == "seizure":
        if total.get("kg") is not None and all(p.get("kg") is not None for p in parts):
            return "kg"
        if total.get("kg") is None and all(p.get("kg") is None and p.get("unit") == total.get("unit")
                                           for p in parts):
            return "count" if total.get("count") is not None and all(p.get("count") is not None for p in parts) \
                else None
        return None
    if kind == "money":
        same = all(p.get("currency") == total.get("currency") and p.get("amount") is not None for p in parts)
        return "amount" if same and total.get("amount") is not None else None
    if kind == "people" and any(p.get("action") != total.get("action") for p in parts):
        return None
    ok = total.get("count") is not None and all(p.get("count") is not None for p in parts)
    return "count" if ok else None
