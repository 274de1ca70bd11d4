"""Events as a pure function of the reports (etl.events.link): one table of cases, each a handful of reports."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from etl.events import Report, link, link_chains


def r(id: int, doc: str, **fields) -> Report:  # noqa: A002
    fields.setdefault("kind", "seizure")
    fields.setdefault("date", date(2024, 3, 1))
    return Report(id, doc, fields.pop("fact_no", 0), **fields)


def events(reports: list[Report]) -> list[set[int]]:
    """The events as sets of report ids, in a stable order."""
    heads = link(reports)
    groups: dict[int, set[int]] = {}
    for rid, head in heads.items():
        groups.setdefault(head, set()).add(rid)
    return sorted(groups.values(), key=min)


def counted(reports: list[Report]) -> set[int]:
    return set(link(reports).values())


CASES = [
    # three outlets, one seizure, dates within the week, one report without a region
    ([r(1, "a", kg=42.0, region="KZ-55"), r(2, "b", kg=42.0, region="KZ-55", date=date(2024, 3, 3)),
      r(3, "c", kg=42.0, date=date(2024, 3, 6))], [{1, 2, 3}]),
    # two months apart: two events
    ([r(1, "a", kg=42.0, region="KZ-55"), r(2, "b", kg=42.0, region="KZ-55", date=date(2024, 5, 20))],
     [{1}, {2}]),
    # a memorable mass (large, not round) reported again two months later is the same seizure...
    ([r(1, "a", kg=775.0, region="KZ-61"), r(2, "b", kg=775.0, region="KZ-61", date=date(2024, 5, 10))],
     [{1, 2}]),
    # ...but not four months later, nor a round mass (500 kg of marijuana is seized every summer)
    ([r(1, "a", kg=775.0, region="KZ-61"), r(2, "b", kg=775.0, region="KZ-61", date=date(2024, 7, 10))],
     [{1}, {2}]),
    ([r(1, "a", kg=500.0, region="KZ-31"), r(2, "b", kg=500.0, region="KZ-31", date=date(2024, 5, 10))],
     [{1}, {2}]),
    ([r(1, "a", kg=75.5, region="KZ-31"), r(2, "b", kg=75.5, region="KZ-31", date=date(2024, 5, 10))],
     [{1}, {2}]),  # nor a small one
    # two regions: two events; a mass within 1 % is the same figure, 2 % apart is not
    ([r(1, "a", kg=42.0, region="KZ-55"), r(2, "b", kg=42.0, region="KZ-31")], [{1}, {2}]),
    ([r(1, "a", kg=775.0), r(2, "b", kg=780.0)], [{1, 2}]),
    ([r(1, "a", kg=775.0), r(2, "b", kg=790.0)], [{1}, {2}]),
    # one document's two equal figures are two seizures, even when another outlet reports one of them
    ([r(1, "a", kg=5.0), r(2, "a", kg=5.0, fact_no=1), r(3, "b", kg=5.0)], [{1, 3}, {2}]),
    # an undated report joins only the same region or the same article
    ([r(1, "a", kg=3.0, region="KZ-79"), r(2, "b", kg=3.0, region="KZ-79", date=None)], [{1, 2}]),
    ([r(1, "a", kg=3.0, region="KZ-79"), r(2, "b", kg=3.0, date=None)], [{1}, {2}]),
    # people: same count, same action, in articles that report the same seizure
    ([r(1, "a", kind="people", count=3, action="detained"), r(2, "b", kind="people", count=3, action="detained"),
      r(3, "c", kind="people", count=3, action="arrested"),
      r(4, "a", kg=7.5, fact_no=1), r(5, "b", kg=7.5, fact_no=1), r(6, "c", kg=7.5, fact_no=1)],
     [{1, 2}, {3}, {4, 5, 6}]),
    # an everyday count alone (three detained, a lab) does not tell one event: two outlets, two events
    ([r(1, "a", kind="people", count=3, action="detained"), r(2, "b", kind="people", count=3, action="detained")],
     [{1}, {2}]),
    ([r(1, "a", kind="labs", count=1), r(2, "b", kind="labs", count=1), r(3, "a", kg=2.0, fact_no=1),
      r(4, "c", kind="labs", count=1), r(5, "c", kg=2.0, fact_no=1)], [{1, 4}, {2}, {3, 5}]),
    # a count of ten or more does
    ([r(1, "a", kind="people", count=12, action="detained"), r(2, "b", kind="people", count=12, action="detained")],
     [{1, 2}]),
    # statistics of different periods are different figures
    ([r(1, "a", layer="statistics", kg=900.0, period_start=date(2024, 1, 1), period_end=date(2024, 3, 31)),
      r(2, "b", layer="statistics", kg=900.0, period_start=date(2024, 1, 1), period_end=date(2024, 6, 30))],
     [{1}, {2}]),
    # a sum frozen in October and forfeited two weeks later is one sum; the same sum a year later is another
    ([r(1, "a", kind="money", amount=16.7e6, currency="USD", role="frozen", date=date(2024, 10, 1)),
      r(2, "b", kind="money", amount=16.7e6, currency="USD", role="forfeited", date=date(2024, 10, 15))],
     [{1, 2}]),
    ([r(1, "a", kind="money", amount=16.7e6, currency="USD", role="frozen", date=date(2024, 10, 1)),
      r(2, "b", kind="money", amount=16.7e6, currency="USD", role="forfeited", date=date(2025, 10, 15))],
     [{1}, {2}]),
    # the same sum at one stage twice is one act only within days: seized in March and again in July, two sums;
    # seized in March and forfeited in July, one
    ([r(1, "a", kind="money", amount=5e6, currency="KZT", role="seized", date=date(2024, 3, 1)),
      r(2, "b", kind="money", amount=5e6, currency="KZT", role="seized", date=date(2024, 7, 1))], [{1}, {2}]),
    ([r(1, "a", kind="money", amount=5e6, currency="KZT", role="seized", date=date(2024, 3, 1)),
      r(2, "b", kind="money", amount=5e6, currency="KZT", role="seized", date=date(2024, 3, 3))], [{1, 2}]),
    ([r(1, "a", kind="money", amount=5e6, currency="KZT", role="seized", date=date(2024, 3, 1)),
      r(2, "b", kind="money", amount=5e6, currency="KZT", role="forfeited", date=date(2024, 7, 1))], [{1, 2}]),
    # a street value is not a stage of a seized sum
    ([r(1, "a", kind="money", amount=5e6, currency="KZT", role="seized"),
      r(2, "b", kind="money", amount=5e6, currency="KZT", role="value")], [{1}, {2}]),
]


@pytest.mark.parametrize(("reports", "expected"), CASES)
def test_table(reports, expected):
    assert events(reports) == expected


def test_the_most_precise_report_counts():
    reports = [r(1, "a", kg=13200.0), r(2, "b", kg=13183.0, date=date(2024, 3, 2)), r(3, "c", kg=13150.0)]
    assert counted(reports) == {2}


def test_a_sum_counts_at_its_latest_stage():
    reports = [r(1, "a", kind="money", amount=16.7e6, currency="USD", role="seized", date=date(2024, 9, 20)),
               r(2, "b", kind="money", amount=16.7e6, currency="USD", role="forfeited", date=date(2024, 12, 1)),
               r(3, "c", kind="money", amount=16.7e6, currency="USD", role="frozen", date=date(2024, 10, 1))]
    assert counted(reports) == {2}


def test_the_result_does_not_depend_on_arrival_order():
    rng = random.Random(7)
    reports = [r(i, f"d{i % 9}", fact_no=i // 9, kg=float(rng.choice([5, 5.02, 42, 775])),
                 region=rng.choice(["KZ-55", "KZ-31", None]),
                 date=rng.choice([date(2024, 3, d) for d in (1, 3, 8, 20)] + [None])) for i in range(60)]
    first = link(reports)
    for _ in range(5):
        shuffled = reports[:]
        rng.shuffle(shuffled)
        assert link(shuffled) == first


def test_a_reports_own_key_and_every_equal_figures_key_are_among_its_near_keys():
    """The store reads a batch's candidates by key: a report must find itself and every report it could join."""
    from etl.events import _same, event_key, figure_keys, near_event_keys

    rng = random.Random(3)
    for _ in range(2000):
        kind = rng.choice(["seizure", "money", "people"])
        day = date(2020, 1, 1) + timedelta(days=rng.randrange(2000))
        value = rng.uniform(0.1, 5000)
        fields = {"seizure": {"kg": value}, "people": {"count": float(rng.randint(1, 9)), "action": "detained"},
                  "money": {"amount": value * 1000, "currency": "KZT",
                            "role": rng.choice(["seized", "frozen", "forfeited", "value"])}}[kind]
        a = r(1, "a", kind=kind, date=day, **fields)
        near = set(near_event_keys(a))
        assert event_key(a) in near
        assert any(event_key(a).startswith(prefix) for prefix in figure_keys(a))
        # a report 0-7 days away with a figure within the tolerance
        shift = timedelta(days=rng.randint(-7, 7))
        other = {k: (v * rng.uniform(0.991, 1.009) if k in ("kg", "amount") else v) for k, v in fields.items()}
        b = r(2, "b", kind=kind, date=day + shift, **other)
        if _same(a, b):
            assert event_key(b) in near, (a, b)


def test_an_event_does_not_stretch_by_a_chain_of_near_reports():
    """42 kg in one city every five days for a month, each by another outlet, are several events, not one."""
    reports = [r(i, f"d{i}", kg=42.0, region="KZ-31", date=date(2024, 3, 1) + timedelta(days=5 * i))
               for i in range(7)]
    assert events(reports) == [{0, 1}, {2, 3}, {4, 5}, {6}]


def test_a_report_of_no_region_between_two_regions_joins_one_of_them():
    """An unplaced report is near reports of two regions; the two regions' reports stay two events."""
    reports = [r(1, "a", kg=42.0, region="KZ-55"), r(2, "b", kg=42.0, date=date(2024, 3, 2)),
               r(3, "c", kg=42.0, region="KZ-31", date=date(2024, 3, 3))]
    assert events(reports) == [{1, 2}, {3}]


def test_a_chain_is_every_report_near_another_or_in_its_article_and_its_events_follow_its_first_report():
    reports = [r(i, f"d{i}", kg=1.5, region="KZ-75", date=date(2024, 6, 1) + timedelta(days=6 * i))
               for i in range(5)]
    far = r(9, "z", kg=1.5, region="KZ-75", date=date(2024, 9, 1))
    same_article = r(8, "d4", kind="people", count=1, action="detained", fact_no=1, region="KZ-75",
                     date=date(2024, 6, 25))
    linked = link_chains(reports + [far, same_article])
    assert {linked[i].chain for i in (0, 1, 2, 3, 4, 8)} == {0} and linked[9].chain == 9
    # without its first report the chain's events are cut afresh: {1, 2}, {3, 4}
    assert events(reports[1:]) == [{1, 2}, {3, 4}]


def test_a_count_read_and_the_same_count_stored_have_one_key():
    """The extractor reads 3, the store hands back 3.0: the keys a removed fact's window is read by must agree."""
    from etl.events import event_key

    for kind in ("people", "labs"):
        assert event_key(r(1, "a", kind=kind, count=3, action="detained")) == \
            event_key(r(1, "a", kind=kind, count=3.0, action="detained"))
    assert event_key(r(1, "a", count=40, unit="pieces")) == event_key(r(1, "a", count=40.0, unit="pieces"))


def _sweep_every_event(ordered, shared=None):
    """The sweep as first written: each report tries every event made so far (the reference for the one that
    looks only at events still open to it)."""
    from etl.events import _joins

    events = []
    for report in ordered:
        home = next((e for e in events if _joins(report, e) and (
            shared is None or all(frozenset((report.document, m.document)) in shared for m in e))), None)
        if home is None:
            events.append([report])
        else:
            home.append(report)
    return events


@pytest.mark.parametrize("seed", range(8))
def test_the_sweep_that_skips_closed_events_makes_the_events_of_the_full_sweep(seed):
    """Masses (some memorable), sums at legal stages and counts over two years, some undated: skipping the
    events no later report can join changes nothing."""
    from etl.events import _order, _sweep

    rng = random.Random(seed)
    reports = []
    for k in range(300):
        day = None if rng.random() < 0.1 else date(2023, 1, 1) + timedelta(days=rng.randrange(730))
        region = rng.choice(["KZ-75", "KZ-79", None])
        shape = rng.random()
        if shape < 0.4:
            fields = {"kind": "seizure", "kg": rng.choice([2.5, 2.51, 40.0, 775.0, 776.0])}
        elif shape < 0.7:
            fields = {"kind": "money", "amount": rng.choice([16.7e6, 16.75e6, 3e6]), "currency": "USD",
                      "role": rng.choice(["seized", "frozen", "confiscated"])}
        else:
            fields = {"kind": "people", "count": rng.choice([3, 12]), "action": "detained"}
        reports.append(Report(k, f"doc{rng.randrange(60)}", k, region=region, date=day,
                              url=f"https://example.kz/{rng.randrange(60)}", **fields))
    ordered = sorted(reports, key=_order)
    shared = {frozenset((f"doc{a}", f"doc{b}")) for a in range(0, 60, 3) for b in range(0, 60, 5)}
    for given in (None, shared):
        fast = [[r.id for r in e] for e in _sweep(ordered, given)]
        assert fast == [[r.id for r in e] for e in _sweep_every_event(ordered, given)]
        assert len(fast) < len(ordered)  # events were made, not only single reports


def _random_reports(rng: random.Random, n: int = 300) -> list[Report]:
    reports = []
    for k in range(n):
        day = None if rng.random() < 0.1 else date(2023, 1, 1) + timedelta(days=rng.randrange(730))
        region = rng.choice(["KZ-75", "KZ-79", "KZ-55", None])
        fields = {"kind": "seizure", "kg": rng.choice([2.5, 2.51, 40.0, 775.0])} if rng.random() < 0.6 else \
            {"kind": "money", "amount": rng.choice([16.7e6, 3e6]), "currency": "USD", "role": "seized"}
        reports.append(Report(k, f"doc{rng.randrange(80)}", k, region=region, date=day,
                              url=f"https://example.kz/{rng.randrange(80)}", **fields))
    return reports


@pytest.mark.parametrize("seed", range(6))
def test_the_chains_found_through_the_indexes_are_those_of_every_pair(seed):
    """Chains looked up through the figure, time and region indexes are the groups that comparing every pair of
    reports makes (an unplaced report is near a placed one of any region)."""
    from etl.events import _chains, _order, _same, distinctive

    ordered = sorted(_random_reports(random.Random(seed)), key=_order)
    group = {r.id: {r.id} for r in ordered}

    def join(a: int, b: int) -> None:
        if group[a] is not group[b]:
            merged = group[a] | group[b]
            for rid in merged:
                group[rid] = merged

    for i, a in enumerate(ordered):
        for b in ordered[:i]:
            if a.document == b.document or (distinctive(a) and distinctive(b) and _same(a, b)):
                join(a.id, b.id)
    expected = {frozenset(g) for g in group.values()}
    found = {frozenset(r.id for r in chain) for chain in _chains(ordered)}
    assert found == expected
    assert len(found) < len(ordered)  # reports were joined
    assert any({r.region for r in ordered if r.id in g} >= {"KZ-75", None} for g in found)  # across "no region"
