"""Events: which stored reports tell one event, as a pure function of the reports themselves.

Several outlets report one seizure; a sum is seized, then frozen, then forfeited. `link` groups such reports
into events and names the one report each event is counted by, so that the result depends only on the
reports, never on the order they arrived in or were corrected: the store re-links the reports of every
window a batch touches (etl.store.relink).

Two reports are of one event when they come from different documents and agree on kind, layer, whether they
are totals, the figure (a mass within 1 %, a sum within 0.5 %, the same count, unit and action), the region
(the same, or one of them unknown), the period of a statistic, and the date (at most EVENT_DAYS apart, or
DISTINCT_DAYS for a memorable mass such as "775 кг"; an undated report joins only a report of the same
article or the same named region). A sum seized, frozen or forfeited joins the same sum at another of these
stages up to STAGE_DAYS apart (1 %): one sum, at its latest stage; at one stage twice it is one act only as any
figure is, within EVENT_DAYS (5 million tenge seized in one city in March and again in July are two sums). A
count below EVERYDAY_BELOW of an operation (a courier detained, a lab) happens every week in every
city: it joins another document's report only when the two documents also share a distinctive figure's event.

An event is counted by its most precise report (13 183 kg over "13 тонн"), then the dated one, the earliest,
and, to stay independent of arrival, the first in document and figure order; a sum across legal stages by its
latest stage.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

EVENT_DAYS = 7      # reports of one event are at most this many days apart
STAGE_DAYS = 180    # a sum's seizure, freezing and forfeiture are at most this many days apart
MASS_TOLERANCE = 0.01
MONEY_TOLERANCE = 0.005
STAGE_TOLERANCE = 0.01
STAGES = ("seized", "frozen", "forfeited")  # a sum's legal stages, in the order they happen
EVERYDAY_BELOW = 10  # an operation's count below this (people, labs, packages) does not tell an event by itself
# A memorable mass (at least DISTINCT_KG, not a multiple of ROUND_KG: "775 кг", not "500 кг") reported again
# months later by an outlet that gives no date of its own is the same seizure: such reports join up to
# DISTINCT_DAYS apart
DISTINCT_KG = 100
ROUND_KG = 50
DISTINCT_DAYS = 90


@dataclass(frozen=True)
class Report:
    """One stored fact, as event linking sees it."""

    id: int
    document: str                 # the document's stable key
    fact_no: int
    kind: str
    layer: str = "operations"
    total: bool = False
    region: str | None = None
    date: date | None = None
    period_start: date | None = None
    period_end: date | None = None
    url: str | None = None
    kg: float | None = None
    count: float | None = None
    unit: str | None = None
    amount: float | None = None
    currency: str | None = None
    role: str | None = None
    action: str | None = None

    @property
    def staged(self) -> bool:
        """A sum at one of the legal stages (seized, frozen, forfeited), which may be the same sum at another."""
        return self.kind == "money" and self.role in STAGES


@dataclass(frozen=True)
class Linked:
    """Where linking puts a report: its event (the id of the report the event is counted by) and its chain (the
    smallest id among the reports it is near, directly or through others: the set the store re-links whole)."""

    event: int
    chain: int


def link(reports: Iterable[Report]) -> dict[int, int]:
    """Each report's event: report id -> the id of the report the event is counted by."""
    return {rid: linked.event for rid, linked in link_chains(reports).items()}


def link_chains(reports: Iterable[Report]) -> dict[int, Linked]:
    """Each report's event and chain. A chain is a set of reports joined by nearness (a distinctive figure the
    same as another document's, as `_same` says) and by belonging to one document: what a report's arrival or
    removal can change. Inside a chain, reports are taken in time order and each joins the first event all of
    whose reports it is the same as, so an event never stretches: 42 kg reported every five days for a month
    by another outlet are several events, however long the chain. An everyday figure (`distinctive` says
    which) joins another document's only when the two documents already share a distinctive figure's event:
    "three detained" in one city by two outlets in one week are one event only if the outlets report the same
    seizure too. Both depend on the reports only, never on their order."""
    ordered = sorted(reports, key=_order)
    out: dict[int, Linked] = {}
    for chain in _chains(ordered):
        events = _sweep([r for r in chain if distinctive(r)])
        shared = {frozenset((a.document, b.document)) for e in events for a in e for b in e if a.document != b.document}
        events += _sweep([r for r in chain if not distinctive(r)], shared)
        first = min(r.id for r in chain)
        for members in events:
            head = counted_by(members).id
            for r in members:
                out[r.id] = Linked(head, first)
    return out


def distinctive(r: Report) -> bool:
    """A figure that by itself tells that two articles report one event: a mass, a sum, a statistic (its period
    says which), a count of EVERYDAY_BELOW or more. A smaller count of an operation (a courier detained, a
    lab, three people) happens every week in every city."""
    if r.kg is not None or r.kind == "money" or r.layer == "statistics":
        return True
    return r.count is not None and r.count >= EVERYDAY_BELOW


def _sweep(ordered: list[Report], shared: set[frozenset[str]] | None = None) -> list[list[Report]]:
    """Reports in time order into events: each joins the first event all of whose reports it is the same as
    (and, given the pairs of documents that share an event, whose documents all share one with its own), else
    starts one. A dated report looks only at the events still open to it (`_reach` of their first report: no
    later report can be the same as one further back), so a long chain costs its length, not its square."""
    events: list[list[Report]] = []
    live: list[tuple[date, list[Report]]] = []  # the events dated reports may still join, in creation order
    for report in ordered:
        if report.date is not None:
            live = [(closes, e) for closes, e in live if closes >= report.date]
            candidates = [e for _, e in live]
        else:  # the undated come last and may join an event of any time
            candidates = events
        home = next((e for e in candidates if _joins(report, e) and (
            shared is None or all(frozenset((report.document, m.document)) in shared for m in e))), None)
        if home is None:
            events.append([report])
            if report.date is not None:
                live.append((report.date + timedelta(days=_reach(report)), events[-1]))
        else:
            home.append(report)
    return events


def _reach(r: Report) -> int:
    """The most days a later report of the same event can be after this one (`_same`'s windows)."""
    return STAGE_DAYS if r.staged else DISTINCT_DAYS if _memorable(r) else EVENT_DAYS


def _chains(ordered: list[Report]) -> list[list[Report]]:
    """The reports grouped by nearness of distinctive figures and by document, each group in the given order
    (union-find; candidates found through the figure buckets and stretches of time)."""
    parent = list(range(len(ordered)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def join(j: int, k: int) -> None:
        a, b = root(j), root(k)
        if a != b:
            parent[max(a, b)] = min(a, b)

    # distinctive reports by a figure's bucket and a stretch of time (None: undated), and by the bucket alone,
    # each by region (None: unplaced)
    index: dict[tuple, dict[str | None, list[int]]] = {}
    anytime: dict[tuple, dict[str | None, list[int]]] = {}
    documents: dict[str, int] = {}
    for k, report in enumerate(ordered):
        join(documents.setdefault(report.document, k), k)
        if not distinctive(report):
            continue
        for j in _candidates(report, index, anytime):
            other = ordered[j]
            if other.document != report.document and _same(report, other):
                join(j, k)
        key = _key(report)
        index.setdefault((key, _when(report)), {}).setdefault(report.region, []).append(k)
        anytime.setdefault(key, {}).setdefault(report.region, []).append(k)
    groups: dict[int, list[Report]] = {}
    for k, report in enumerate(ordered):
        groups.setdefault(root(k), []).append(report)
    return list(groups.values())


def event_key(r: Report) -> str:
    """A report's figure bucket and stretch of time as text (kind, layer, value bucket, week or half-year, or
    "none" undated): two reports of one event have the same key or neighbouring ones (`near_event_keys`). The
    store indexes it to read a batch's candidates only."""
    return _text(_key(r), _when(r))


def near_event_keys(r: Report) -> list[str]:
    """The keys of the reports that could be of a dated report's event: its figure and the neighbouring ones,
    in its stretch of time, the neighbouring ones, or undated. (An undated report's candidates are any time:
    `figure_keys`.)"""
    return [_text(key, w) for key in _near_keys(r) for w in _near_times(r)]


def figure_key(r: Report) -> str:
    """A report's figure bucket as text, whatever its time."""
    return _text(_key(r), "")


def joins(a: Report, b: Report) -> bool:
    """Whether two reports of different documents are near: the same distinctive figure (`_same`), what puts
    them in one chain."""
    return distinctive(a) and distinctive(b) and _same(a, b)


def figure_keys(r: Report) -> list[str]:
    """The prefixes of the keys of every report with this report's figure or a neighbouring one, at any time."""
    return [_text(key, "") for key in _near_keys(r)]


def _text(key: tuple, when: int | str | None) -> str:
    return "|".join(str(part) for part in key) + f"|{'none' if when is None else when}"


def _days(r: Report) -> int:
    if r.staged:
        return STAGE_DAYS
    return EVENT_DAYS


def _memorable(r: Report) -> bool:
    """A seizure's mass too large and too exact to be seized twice in one region within months ("775 кг"): more
    than distinctive(), which any mass is."""
    return r.kind == "seizure" and r.layer == "operations" and r.kg is not None and r.kg >= DISTINCT_KG \
        and not math.isclose(r.kg % ROUND_KG, 0, abs_tol=1e-6) and not math.isclose(r.kg % ROUND_KG, ROUND_KG)


def _when(r: Report) -> int | None:
    """A stretch of time twice as long as the report's linking window (None: undated)."""
    if r.date is None:
        return None
    return r.date.toordinal() // (2 * _days(r))


def _near_times(r: Report) -> list[int | None]:
    """The stretches a report of the same event may be in: those of the first and the last day of its window,
    and undated."""
    if r.date is None:
        return [None]
    day, span = r.date.toordinal(), 2 * _days(r)
    reach = DISTINCT_DAYS if _memorable(r) else _days(r)  # a memorable mass looks months around it
    return list(range((day - reach) // span, (day + reach) // span + 1)) + [None]


def _candidates(r: Report, index: dict, anytime: dict) -> set[int]:
    """The reports (their places in time order) a report could be near: those with a figure in its bucket or the
    next, in its stretch of time, the next ones or undated; an undated report looks at every time. A placed
    report looks at its region's and the unplaced ones (`_same`), an unplaced one at every region's."""
    out: set[int] = set()
    for key in _near_keys(r):
        for places in ([anytime.get(key)] if r.date is None else [index.get((key, w)) for w in _near_times(r)]):
            if not places:
                continue
            if r.region is None:
                for found in places.values():
                    out.update(found)
            else:
                out.update(places.get(r.region, ()))
                out.update(places.get(None, ()))
    return out


def counted_by(members: list[Report]) -> Report:
    """The report an event is counted by: the latest legal stage of a sum, else the most precise figure, then a
    dated report, the earliest, the first in document and figure order."""
    return min(members, key=lambda r: (-_stage(r), -_precision(r), r.date is None, r.date or date.max,
                                       r.document, r.fact_no))


def _order(r: Report) -> tuple:
    return (r.date is None, r.date or date.min, r.document, r.fact_no)


def _stage(r: Report) -> int:
    return STAGES.index(r.role) if r.staged else -1


def _precision(r: Report) -> int:
    """Significant digits of a report's figure: 13 183 kg is more precise than 13 000."""
    value = _value(r)
    if not value:
        return 0
    digits = f"{abs(value):.6g}".replace(".", "").lstrip("0").rstrip("0")
    return len(digits)


def _value(r: Report) -> float | None:
    if r.kind == "seizure":
        return r.kg if r.kg is not None else r.count
    if r.kind == "money":
        return r.amount
    return r.count


def _currency(r: Report) -> str | None:
    return "USD" if r.currency in ("USD", "USDT") else r.currency


def _bucket(value: float | None, tolerance: float) -> int | None:
    """A log-scale bucket twice as wide as the tolerance: a figure's equals within the tolerance fall in the
    buckets of its lowest and highest equal (`_near_keys`)."""
    if value is None or value <= 0:
        return None
    return math.floor(math.log(value) / math.log1p(2 * tolerance))


_TOLERANCE = {"mass": MASS_TOLERANCE, "stage": STAGE_TOLERANCE, "money": MONEY_TOLERANCE}


def _key(r: Report) -> tuple:
    if r.kind == "seizure" and r.kg is not None:
        return ("mass", r.layer, _bucket(r.kg, MASS_TOLERANCE))
    if r.kind == "seizure":
        return ("counted", r.layer, r.unit, _number(r.count))
    if r.staged:
        return ("stage", r.layer, _currency(r), _bucket(r.amount, STAGE_TOLERANCE))
    if r.kind == "money":
        return ("money", r.layer, _currency(r), r.role, _bucket(r.amount, MONEY_TOLERANCE))
    return (r.kind, r.layer, _number(r.count), r.action)


def _number(value: float | None) -> float | None:
    """A count as one number whether it was read (3) or stored (3.0): keys written and keys read back agree."""
    return None if value is None else float(value)


def _near_keys(r: Report) -> list[tuple]:
    """The keys of the figures equal to this report's within its tolerance: the buckets from the lowest of them
    to the highest (its own among them)."""
    key = _key(r)
    if key[0] in _TOLERANCE and key[-1] is not None:
        value, tolerance = _value(r), _TOLERANCE[key[0]]
        low, high = _bucket(value * (1 - tolerance), tolerance), _bucket(value / (1 - tolerance), tolerance)
        return [key[:-1] + (b,) for b in range(low, high + 1)]
    return [key]


def _joins(r: Report, members: list[Report]) -> bool:
    """True when a report tells the event these reports tell: it is the same as every one of them, and none is
    of its own document."""
    return all(m.document != r.document and _same(r, m) for m in members)


def _same(a: Report, b: Report) -> bool:
    if a.kind != b.kind or a.layer != b.layer or a.total != b.total:
        return False
    if a.region is not None and b.region is not None and a.region != b.region:
        return False
    if a.layer == "statistics" and (a.period_start, a.period_end) != (b.period_start, b.period_end):
        return False
    stages = a.staged and b.staged and a.role != b.role  # one stage twice is two reports of one act, or two acts
    days = STAGE_DAYS if stages else DISTINCT_DAYS if _memorable(a) and _memorable(b) else EVENT_DAYS
    if not _close_in_time(a, b, days):
        return False
    if a.kind == "seizure":
        if a.kg is not None or b.kg is not None:
            return a.kg is not None and b.kg is not None and _within(a.kg, b.kg, MASS_TOLERANCE)
        return (a.unit, a.count) == (b.unit, b.count)
    if a.kind == "money":
        if _currency(a) != _currency(b) or a.amount is None or b.amount is None:
            return False
        if stages:
            return _within(a.amount, b.amount, STAGE_TOLERANCE)
        return a.role == b.role and _within(a.amount, b.amount, MONEY_TOLERANCE)
    if a.kind == "people" and a.action != b.action:
        return False
    return a.count == b.count


def _close_in_time(a: Report, b: Report, days: int) -> bool:
    if a.date is not None and b.date is not None:
        return abs(a.date - b.date) <= timedelta(days=days)
    # an undated report joins an event only on firmer ground: the same article, or the same named region
    return bool(a.url and a.url == b.url) or (a.region is not None and a.region == b.region)


def _within(a: float, b: float, tolerance: float) -> bool:
    return abs(a - b) <= tolerance * max(abs(a), abs(b))
