"""Normalisation of GUIDE.md facts: mass in kg, money in tenge and dollars at the fact's date, the layer."""

from __future__ import annotations

from datetime import date

from etl.dates import plausible
from etl.rates import rates

OPERATIONS, STATISTICS = "operations", "statistics"


def layer_of(fact: dict) -> str:
    """A figure with a period is an official cumulative statistic; one without is a reported operation."""
    return STATISTICS if fact.get("period_start") or fact.get("period_end") else OPERATIONS


def normalise(fact: dict) -> dict:
    """A fact with the store's derived fields: kg, kzt, usd, rate, rate_source, rate_note, layer."""
    out = dict(fact)
    out["layer"] = layer_of(fact)
    out["kg"] = float(fact["kg"]) if fact.get("kind") == "seizure" and fact.get("kg") is not None else None
    out.update(kzt=None, usd=None, rate=None, rate_source=None, rate_note=None, rate_estimated=False)
    if fact.get("kind") == "money" and fact.get("amount") is not None:
        day = date.fromisoformat(fact["date"]) if fact.get("date") else None
        money = rates().convert(float(fact["amount"]), fact["currency"], day)
        out.update(kzt=money.kzt, usd=money.usd, rate_note=money.note or None)
        if money.rate is not None:
            out.update(rate=money.rate.kzt_per_usd, rate_source=money.rate.source,
                       rate_estimated=money.rate.estimated)
    return out


# The largest figures a report can carry; beyond them a figure is a misreading or a typo, never stored.
MAX_KG = 10_000_000              # 10,000 t (a year's national seizures are tens of tonnes)
MAX_COUNT = 1_000_000            # people, labs, groups, shops, crimes, doses, plants
MAX_KZT = 1e14                   # 100 trillion tenge


def implausible(fact: dict) -> str | None:
    """Why a normalised fact cannot be stored (a zero, negative or absurd figure), or None."""
    kind = fact.get("kind")
    if kind == "seizure" and fact.get("kg") is not None:
        value, limit, what = fact["kg"], MAX_KG, "mass (kg)"
    elif kind == "money":
        value, limit, what = fact.get("kzt") if fact.get("kzt") is not None else fact.get("amount"), MAX_KZT, "sum"
    else:
        value, limit, what = fact.get("count"), MAX_COUNT, "count"
    if value is None:
        return None
    if not value > 0:
        return f"{what} {value:g} is not positive"
    if value > limit:
        return f"{what} {value:g} is beyond {limit:g}"
    return None


def implausible_dates(fact: dict) -> list[str]:
    """The date fields of a fact that no figure can have (before independence, in the future)."""
    return [key for key in ("date", "period_start", "period_end")
            if fact.get(key) and not plausible(date.fromisoformat(fact[key]))]
