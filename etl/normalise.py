"""Normalisation of GUIDE.md facts: mass in kg, money in tenge and dollars at the fact's date, the layer."""

from __future__ import annotations

from datetime import date

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
