"""Official statistics as a layer of their own: cumulative reports turned into increments, and the news measured
against the official count. Pure functions of typed records; the store and the dashboard only read them.

A year-to-date report ("с начала года изъято 1,1 тонны", "за 9 месяцев выявлено 412 преступлений") is a point of a
series: one per region, measure, part (a seizure's substance, a sum's legal stage) and year. Its points in order of
their period's end become increments: "Jan–Mar 300 kg", "Jan–Jun 700 kg" give 300 kg for Jan–Mar and 400 kg for
Apr–Jun; a full-year figure closes the year. Reports of the same period that agree (within ROUNDING) are one point
(several outlets); reports of the same period that disagree are kept as a `conflict` (the latest report counts,
every value is listed); a point smaller than the one before is a `decrease`: its increment is shown as it is
(negative), never smoothed away. A period that does not start on 1 January ("за октябрь", "с июня по сентябрь") is
no point of a series: it is listed as its own interval (`not_cumulative`).

Coverage: for a region, measure and year with a series, the operations the news reported one by one from 1 January
to the end of the series' latest point, against that point's official figure. A national series (KZ) is set against
the operations of the whole country.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

ROUNDING = 0.005  # two reports of one period within 0.5 % of each other are the same figure, rounded
REPEAT_DAYS = 14  # the same figure "since the start of the year" reported again within this many days is a
# repeat (another outlet, a day later), not a stretch with nothing added
NATIONAL = "KZ"

# flags of an interval
CONFLICT = "conflict"              # two different figures for one period
DECREASE = "decrease"              # a cumulative figure smaller than the one before it
NOT_CUMULATIVE = "not_cumulative"  # a period that does not run from 1 January: not a point of a series
NO_OFFICIAL = "no_official"        # coverage: operations reported, no official figure for the year


@dataclass(frozen=True)
class Report:
    """One official figure: what it measures, where, the period it covers, and when it was reported."""

    region: str
    measure: str
    start: date | None
    end: date | None
    value: float
    reported: date | None = None
    part: str = ""  # the part of the measure a series runs on: a seizure's substance, a confiscated sum's legal
    # stage (seized, frozen, forfeited); "" for the other measures


@dataclass(frozen=True)
class Interval:
    """A stretch of a series (or a period of its own): its official cumulative figure at the end and what the
    stretch added. `values` lists every figure reported for the period, `reports` how many reports agreed."""

    region: str
    measure: str
    part: str
    period_start: date
    period_end: date
    cumulative: float | None
    increment: float
    flag: str = ""
    reports: int = 1
    values: tuple[float, ...] = field(default=())


@dataclass(frozen=True)
class Coverage:
    """The operations the news reported against the official figure of a region, measure and year."""

    region: str
    measure: str
    year: int
    period_end: date | None
    official: float | None
    operations: float
    flag: str = ""

    @property
    def ratio(self) -> float | None:
        return self.operations / self.official if self.official else None


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= ROUNDING * max(abs(a), abs(b))


def cumulative(report: Report) -> bool:
    """A report whose period runs from 1 January of its end's year to that end: a point of a series."""
    return report.start is not None and report.end is not None and report.start == date(report.end.year, 1, 1) \
        and report.start <= report.end


def increments(reports: Iterable[Report]) -> list[Interval]:
    """Every interval of the reports: the series of each region, measure, part and year as increments,
    and the periods that are no point of a series as their own intervals; ordered by region, measure,
    part and period."""
    series: dict[tuple[str, str, str, int], dict[date, list[Report]]] = {}
    out: list[Interval] = []
    for r in reports:
        if r.end is None or r.start is None or r.start > r.end:
            continue  # a period whose end cannot be told is no interval
        if not cumulative(r):
            out.append(Interval(r.region, r.measure, r.part, r.start, r.end, None, r.value, NOT_CUMULATIVE,
                                1, (r.value,)))
            continue
        key = (r.region, r.measure, r.part, r.end.year)
        series.setdefault(key, {}).setdefault(r.end, []).append(r)
    for (region, measure, part, year), points in series.items():
        before, start = 0.0, date(year, 1, 1)
        for end, (value, values, agreeing) in _repeats_folded({end: _point(points[end]) for end in sorted(points)}):
            flag = CONFLICT if len(values) > 1 else ""
            if value < before and not _same(value, before):
                flag = DECREASE if not flag else f"{flag},{DECREASE}"
            out.append(Interval(region, measure, part, start, end, value, value - before, flag, agreeing,
                                values))
            before, start = value, date.fromordinal(end.toordinal() + 1)
    return _deduplicated(sorted(out, key=lambda i: (i.region, i.measure, i.part, i.period_start,
                                                    i.period_end, i.flag)))


def _point(reports: list[Report]) -> tuple[float, tuple[float, ...], int]:
    """The figure of one period: (the value that counts, every distinct value, how many reports agree with it).
    Agreeing reports are one figure; of disagreeing ones the latest report counts."""
    distinct: list[float] = []
    for r in reports:
        if not any(_same(r.value, v) for v in distinct):
            distinct.append(r.value)
    latest = max(reports, key=lambda r: (r.reported or date.min, r.value))
    agreeing = sum(1 for r in reports if _same(r.value, latest.value))
    return latest.value, tuple(sorted(distinct)), agreeing


def _repeats_folded(points: dict[date, tuple[float, tuple[float, ...], int]]
                    ) -> list[tuple[date, tuple[float, tuple[float, ...], int]]]:
    """The points of a series in order, a point that repeats the one before within REPEAT_DAYS folded into it
    (its reports added, the earlier end kept: the figure stood at that day already)."""
    out: list[tuple[date, tuple[float, tuple[float, ...], int]]] = []
    for end, (value, values, agreeing) in points.items():
        if out and len(values) == 1 and _same(out[-1][1][0], value) and (end - out[-1][0]).days <= REPEAT_DAYS:
            first, (kept, kept_values, n) = out[-1]
            out[-1] = (first, (kept, kept_values, n + agreeing))
        else:
            out.append((end, (value, values, agreeing)))
    return out


def _deduplicated(intervals: list[Interval]) -> list[Interval]:
    """Periods of their own reported twice with the same figure are one interval (several outlets)."""
    out: list[Interval] = []
    for i in intervals:
        prev = out[-1] if out else None
        if prev is not None and i.flag == NOT_CUMULATIVE and prev.flag == NOT_CUMULATIVE \
                and (prev.region, prev.measure, prev.part, prev.period_start, prev.period_end) \
                == (i.region, i.measure, i.part, i.period_start, i.period_end) \
                and _same(prev.increment, i.increment):
            out[-1] = Interval(prev.region, prev.measure, prev.part, prev.period_start, prev.period_end, None,
                               prev.increment, NOT_CUMULATIVE, prev.reports + 1, prev.values)
        else:
            out.append(i)
    return out


def months(interval: Interval) -> dict[tuple[int, int], float]:
    """An interval's increment placed over its months, in proportion to the days of each month it covers:
    (year, month) -> share of the increment."""
    out: dict[tuple[int, int], float] = {}
    days = (interval.period_end - interval.period_start).days + 1
    day = interval.period_start
    while day <= interval.period_end:
        nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        last = min(interval.period_end, date.fromordinal(nxt.toordinal() - 1))
        out[(day.year, day.month)] = interval.increment * ((last - day).days + 1) / days
        day = nxt
    return out


def coverage(intervals: Iterable[Interval], operations: Mapping[tuple[str, str, int], Mapping[int, float]],
             measures: Iterable[str]) -> list[Coverage]:
    """For each region, measure (of `measures`) and year: the official figure at the series' latest point (the
    sum over its parts at that date) against the operations reported from 1 January to that point's month.
    `operations` maps (region, measure, year) to {month: sum}; its national key (KZ) holds the whole country's.
    A region and year with operations and no series is listed with no official figure (NO_OFFICIAL)."""
    wanted = set(measures)
    latest: dict[tuple[str, str, int], date] = {}
    points: dict[tuple[str, str, int, date], float] = {}
    for i in intervals:
        if i.measure not in wanted or i.flag == NOT_CUMULATIVE or i.cumulative is None:
            continue
        key = (i.region, i.measure, i.period_end.year)
        latest[key] = max(latest.get(key, i.period_end), i.period_end)
        points[(*key, i.period_end)] = points.get((*key, i.period_end), 0.0) + i.cumulative
    out: list[Coverage] = []
    for key, end in latest.items():
        done = sum(v for month, v in operations.get(key, {}).items() if month <= end.month)
        out.append(Coverage(key[0], key[1], key[2], end, points[(*key, end)], done))
    for key, by_month in operations.items():
        if key[1] in wanted and key not in latest and sum(by_month.values()) > 0:
            out.append(Coverage(key[0], key[1], key[2], None, None, sum(by_month.values()), NO_OFFICIAL))
    return sorted(out, key=lambda c: (c.region, c.measure, c.year))
