"""Totals and parts (etl.counting.breakdown): a table of facts as extraction gives them, and what is counted."""

from __future__ import annotations

import pytest

from etl.counting import breakdown


def seizure(kg: float, substance: str = "drugs", **more) -> dict:
    return {"kind": "seizure", "kg": kg, "substance": substance, "quote": f"{kg} кг", "total": False} | more


def counted(facts: list[dict], listed: bool = True) -> list[tuple]:
    """What is added up: every fact that is not a listed total, as (substance or kind, value)."""
    out, _ = breakdown(facts, listed)
    return [(f.get("substance") or f["kind"], f.get("kg") or f.get("count") or f.get("amount"),
             bool(f.get("remainder"))) for f in out if not f.get("breakdown")]


CASES = [
    # "1,1 тонны наркотиков, в том числе 870 кг гашиша и 12 кг героина": 218 kg not named
    ([seizure(1100, total=True, parts=[1, 2]), seizure(870, "hashish"), seizure(12, "heroin")],
     [("hashish", 870, False), ("heroin", 12, False), ("drugs", 218, True)]),
    # parts that cover the total (to its rounding) leave nothing over
    ([seizure(19.4, total=True, parts=[1, 2]), seizure(12.3, "heroin"), seizure(7.13, "hashish")],
     [("heroin", 12.3, False), ("hashish", 7.13, False)]),
    # a total whose parts are not listed counts as itself
    ([seizure(19400, total=True), seizure(5, "heroin")], [("drugs", 19400, False), ("heroin", 5, False)]),
    # crimes broken down by type, and a count of people that is not a breakdown of it
    ([{"kind": "crimes", "count": 900, "total": True, "parts": [1, 2]}, {"kind": "crimes", "count": 323},
      {"kind": "crimes", "count": 151}],
     [("crimes", 323, False), ("crimes", 151, False), ("crimes", 426, True)]),
    # money in another currency than its total's is not its breakdown: the total counts
    ([{"kind": "money", "amount": 1.5e9, "currency": "KZT", "total": True, "parts": [1]},
      {"kind": "money", "amount": 2e6, "currency": "USD"}],
     [("money", 1.5e9, False), ("money", 2e6, False)]),
    # curated facts carry no part lists: a total beside facts of its kind is their sum
    ([seizure(50, total=True), seizure(30, "heroin"), seizure(20, "hashish")],
     [("heroin", 30, False), ("hashish", 20, False)], False),
]


@pytest.mark.parametrize(("facts", "expected", "listed"), [case if len(case) == 3 else (*case, True) for case in CASES])
def test_table(facts, expected, listed):
    got = counted(facts, listed)
    assert [(name, pytest.approx(value), rest) for name, value, rest in expected] == got


def test_parts_over_their_total_are_counted_and_reported():
    out, warnings = breakdown([seizure(100, total=True, parts=[1, 2]), seizure(80, "heroin"),
                               seizure(70, "hashish")])
    assert [f["kg"] for f in out if not f.get("breakdown")] == [80, 70]
    assert len(warnings) == 1 and "150" in warnings[0] and "100" in warnings[0]
    assert out[0]["flagged"] and not any(f.get("flagged") for f in out[1:])  # the total waits for a person


def test_the_remainder_keeps_the_totals_region_date_and_quote():
    total = seizure(1100, total=True, parts=[1], region="KZ", date="2025-03-01", quote="1,1 тонны наркотиков")
    out, _ = breakdown([total, seizure(870, "hashish", region="KZ-31")])
    rest = out[-1]
    assert rest["remainder"] and (rest["region"], rest["date"], rest["quote"], rest["kg"]) == \
        ("KZ", "2025-03-01", "1,1 тонны наркотиков", 230)


# --- what a counted fact adds to, and what a view adds up ---------------------------------------------------

MEASURE_CASES = [
    # kind, action, role, substance -> the measures and the columns they take
    ("seizure", None, None, "heroin", (("seizure_kg", "kg"),)),
    ("seizure", None, None, "drugs", (("seizure_kg", "kg"),)),
    ("seizure", None, None, None, (("seizure_kg", "kg"),)),
    ("seizure", None, None, "precursors", (("precursors_kg", "kg"),)),
    ("people", "detained", None, None, (("detained", "count"),)),
    ("people", "charged", None, None, (("charged", "count"),)),
    ("people", None, None, None, ()),
    ("money", None, "frozen", None, (("confiscated_kzt", "kzt"), ("confiscated_usd", "usd"))),
    ("money", None, "forfeited", None, (("confiscated_kzt", "kzt"), ("confiscated_usd", "usd"))),
    ("money", None, "turnover", None, (("turnover_kzt", "kzt"), ("turnover_usd", "usd"))),
    ("money", None, "value", None, (("value_kzt", "kzt"), ("value_usd", "usd"))),
    ("money", None, None, None, ()),
    ("labs", None, None, None, (("labs", "count"),)),
    ("crimes", None, None, None, (("crimes", "count"),)),
    ("unheard_of", None, None, None, ()),
]


@pytest.mark.parametrize(("kind", "action", "role", "substance", "expected"), MEASURE_CASES)
def test_measures_of(kind, action, role, substance, expected):
    from etl.counting import APART, MEASURES, measures_of

    got = measures_of(kind, action, role, substance)
    assert got == expected
    assert all(measure in MEASURES + APART for measure, _ in got)


SCOPE_CASES = [
    # region of a fact, regions chosen -> in the view
    ("KZ-79", (), True),
    ("KZ", (), True),          # a national figure
    (None, (), True),          # region not stated
    ("abroad", (), False),     # never in all of Kazakhstan
    ("abroad", ("abroad",), True),
    ("KZ-79", ("KZ-75",), False),
    ("KZ-79", ("KZ-79", "abroad"), True),
    (None, ("unknown",), True),
    (None, ("KZ-79",), False),
]


@pytest.mark.parametrize(("region", "chosen", "expected"), SCOPE_CASES)
def test_in_scope(region, chosen, expected):
    from etl.counting import in_scope

    assert in_scope(region, chosen) is expected
