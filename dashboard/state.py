"""What the user is looking at: filters and view options, read from and written to a URL query string, checked
at the border (the page's URL and the HTTP API share these rules)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from urllib.parse import parse_qsl, urlencode

from etl.store.read import Filters
from etl.vocab import REGION_CODES, SUBSTANCES

from .i18n import DEFAULT_LANGUAGE, LANGUAGES

YEAR_MIN = 1991                       # the first year of independent Kazakhstan's statistics
LAYERS = ("operations", "statistics")
GRAINS = ("year", "quarter", "month")
CURRENCIES = ("kzt", "usd")
PER = ("total", "100k")               # the map and ranking: totals, or rates per 100,000 residents
SORTS = ("-date", "date", "region", "kind", "-value", "value")  # the sources table; "-" is largest / newest first
MAX_SEARCH = 200                      # characters of a search in the sources table
MAX_PAGE = 1_000_000
MAP_MEASURES = ("seizure_kg", "precursors_kg", "detained", "arrested", "charged", "confiscated_kzt",
                "confiscated_usd", "labs", "groups", "online", "crimes", "coverage_seizure_kg", "coverage_detained",
                "coverage_labs")
# Region filter values: the 20 ISO 3166-2:KZ codes, national figures, figures about other countries, and
# figures whose region the text does not state.
REGION_VALUES = tuple(sorted(REGION_CODES)) + ("KZ", "abroad", "unknown")
BY_KEYS = ("year", "quarter", "month", "region", "substance")
MAX_LIST = len(REGION_VALUES)


class BadParameter(ValueError):
    """A query parameter that cannot be used; its message is one line that names it and says why."""

    def __init__(self, name: str, value: str, reason: str) -> None:
        super().__init__(name, value, reason)
        self.name, self.value, self.reason = name, value, reason

    def __str__(self) -> str:
        shown = self.value if len(self.value) <= 60 else self.value[:57] + "..."
        return f"parameter {self.name}={shown!r}: {self.reason}"


@dataclass(frozen=True)
class View:
    """The page's whole state: filters plus how they are shown."""

    filters: Filters = field(default_factory=Filters)
    grain: str = "year"
    currency: str = "kzt"
    measure: str = "seizure_kg"
    lang: str = DEFAULT_LANGUAGE
    per: str = "total"
    search: str = ""                  # the sources table: words to find in quotes and titles,
    sort: str = "-date"               # its order (SORTS),
    page: int = 1                     # and its page

    def with_filters(self, **changes: object) -> View:
        return replace(self, filters=replace(self.filters, **changes))


FILTER_PARAMS = ("from", "to", "region", "substance", "layer")
VIEW_PARAMS = FILTER_PARAMS + ("grain", "cur", "map", "lang", "per", "q", "sort", "page")


def _year(name: str, value: str) -> int:
    if not re.fullmatch(r"[0-9]{4}", value.strip()):  # ASCII digits: what int() reads, nothing it refuses
        raise BadParameter(name, value, "expected a year such as 2025")
    year = int(value)
    last = date.today().year + 1
    if not YEAR_MIN <= year <= last:
        raise BadParameter(name, value, f"year out of range {YEAR_MIN}..{last}")
    return year


def _list(name: str, value: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    items = [v.strip() for v in value.split(",") if v.strip()]
    if len(items) > MAX_LIST:
        raise BadParameter(name, value, f"{len(items)} values, at most {MAX_LIST}")
    for item in items:
        if item not in allowed:
            raise BadParameter(name, item, f"unknown; expected one of {', '.join(allowed)}")
    if len(set(items)) != len(items):
        raise BadParameter(name, value, "a value is repeated")
    return tuple(items)


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise BadParameter(name, value, f"expected one of {', '.join(allowed)}")
    return value


def _pairs(query: str | dict) -> dict[str, str]:
    if isinstance(query, dict):
        pairs = list(query.items())
    else:
        pairs = parse_qsl(query.lstrip("?"), keep_blank_values=True)
    out: dict[str, str] = {}
    for key, value in pairs:
        if key in out:
            raise BadParameter(key, value, "given twice")
        out[key] = value
    return out


def parse_filters(params: dict[str, str]) -> Filters:
    """Filters from query parameters (from, to, region, substance, layer); BadParameter on anything wrong."""
    year_from = _year("from", params["from"]) if params.get("from") else None
    year_to = _year("to", params["to"]) if params.get("to") else None
    if year_from is not None and year_to is not None and year_from > year_to:
        raise BadParameter("from", params["from"], f"after to={year_to}")
    regions = _list("region", params["region"], REGION_VALUES) if params.get("region") else ()
    substances = _list("substance", params["substance"], tuple(sorted(SUBSTANCES))) if params.get(
        "substance") else ()
    layer = _choice("layer", params["layer"], LAYERS) if params.get("layer") else "operations"
    return Filters(year_from, year_to, tuple(sorted(regions)), tuple(sorted(substances)), layer)


def parse_view(query: str | dict) -> View:
    """The page's state from its URL query string; BadParameter on an unknown or wrong parameter."""
    params = _pairs(query)
    for key in params:
        if key not in VIEW_PARAMS:
            raise BadParameter(key, params[key], f"unknown parameter; expected {', '.join(VIEW_PARAMS)}")
    return View(
        filters=parse_filters(params),
        grain=_choice("grain", params["grain"], GRAINS) if params.get("grain") else "year",
        currency=_choice("cur", params["cur"], CURRENCIES) if params.get("cur") else "kzt",
        measure=_choice("map", params["map"], MAP_MEASURES) if params.get("map") else "seizure_kg",
        lang=_choice("lang", params["lang"], LANGUAGES) if params.get("lang") else DEFAULT_LANGUAGE,
        per=_choice("per", params["per"], PER) if params.get("per") else "total",
        search=_search(params.get("q", "")),
        sort=_choice("sort", params["sort"], SORTS) if params.get("sort") else "-date",
        page=_page(params["page"]) if params.get("page") else 1,
    )


def _search(value: str) -> str:
    """A search of the sources table: spaces collapsed, at most MAX_SEARCH characters, no control characters."""
    text = " ".join(value.split())
    if len(text) > MAX_SEARCH:
        raise BadParameter("q", value, f"{len(text)} characters, at most {MAX_SEARCH}")
    if any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in text):
        raise BadParameter("q", value, "control characters")
    return text


def _page(value: str) -> int:
    if not re.fullmatch(r"[0-9]{1,7}", value.strip()) or not 1 <= int(value) <= MAX_PAGE:
        raise BadParameter("page", value, f"expected a page number 1..{MAX_PAGE}")
    return int(value)


def parse_api(query: dict[str, str], *, by: bool) -> tuple[Filters, tuple[str, ...]]:
    """Filters (and the `by` columns of an aggregate) of an API request; BadParameter on anything wrong."""
    params = _pairs(query)
    allowed = FILTER_PARAMS + (("by",) if by else ())
    for key in params:
        if key not in allowed:
            raise BadParameter(key, params[key], f"unknown parameter; expected {', '.join(allowed)}")
    keys = _list("by", params["by"], BY_KEYS) if by and params.get("by") else ()
    if sum(k in ("year", "quarter", "month") for k in keys) > 1:
        raise BadParameter("by", params["by"], "at most one of year, quarter, month")
    return parse_filters(params), keys


def filter_params(f: Filters) -> dict[str, str]:
    """The query parameters that reproduce filters (defaults left out)."""
    out = {}
    if f.year_from is not None:
        out["from"] = str(f.year_from)
    if f.year_to is not None:
        out["to"] = str(f.year_to)
    if f.regions:
        out["region"] = ",".join(f.regions)
    if f.substances:
        out["substance"] = ",".join(f.substances)
    if f.layer != "operations":
        out["layer"] = f.layer
    return out


def encode_view(view: View) -> str:
    """The URL query string ('?...' or '') of a view, defaults left out so links stay short."""
    params = filter_params(view.filters)
    for key, value, default in (("grain", view.grain, "year"), ("cur", view.currency, "kzt"),
                                ("map", view.measure, "seizure_kg"), ("lang", view.lang, DEFAULT_LANGUAGE),
                                ("per", view.per, "total"), ("q", view.search, ""), ("sort", view.sort, "-date"),
                                ("page", str(view.page), "1")):
        if value != default:
            params[key] = value
    return "?" + urlencode(params, safe=",") if params else ""
