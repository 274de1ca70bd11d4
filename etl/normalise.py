"""Normalisation of GUIDE.md facts: mass in kg, money in tenge and dollars at the fact's date, the layer."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from etl.dates import plausible
from etl.fact import DAYS, Fact
from etl.rates import rates

OPERATIONS, STATISTICS = "operations", "statistics"


def layer_of(fact: Mapping) -> str:
    """A figure with a period is an official cumulative statistic; one without is a reported operation."""
    return STATISTICS if fact.get("period_start") or fact.get("period_end") else OPERATIONS


def normalise(fact: Mapping) -> Fact:
    """A fact with the store's derived fields: kg, kzt, usd, rate, rate_source, rate_note, layer."""
    fact = Fact.of(fact)
    derived: dict = {"layer": layer_of(fact), "kg": float(fact.kg) if fact.kind == "seizure" and fact.kg is not None
                     else None, "kzt": None, "usd": None, "rate": None, "rate_source": None, "rate_note": None,
                     "rate_estimated": False}
    if fact.kind == "money" and fact.amount is not None:
        money = rates().convert(float(fact.amount), fact.currency, fact.date)
        derived.update(kzt=money.kzt, usd=money.usd, rate_note=money.note or None)
        if money.rate is not None:
            derived.update(rate=money.rate.kzt_per_usd, rate_source=money.rate.source,
                           rate_estimated=money.rate.estimated)
    return fact.with_(**derived)


# The largest figures a report can carry; beyond them a figure is a misreading or a typo, never stored.
MAX_KG = 10_000_000              # 10,000 t (a year's national seizures are tens of tonnes)
MAX_COUNT = 1_000_000            # people, labs, groups, shops, crimes, doses, plants
MAX_KZT = 1e14                   # 100 trillion tenge


def implausible(fact: Mapping) -> str | None:
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


def implausible_dates(fact: Mapping) -> list[str]:
    """The date fields of a fact that no figure can have (before independence, in the future)."""
    return [key for key in DAYS if fact.get(key) and not plausible(date.fromisoformat(fact[key]))]
