"""Component ids, in one place so layout, callbacks and tests agree."""

URL = "url"
LANG_STORE = "lang-store"
PAGE = "page"
ERROR = "error-alert"

LANG = "lang"
YEAR_FROM = "year-from"
YEAR_TO = "year-to"
REGIONS = "regions"
SUBSTANCE = "substance"
LAYER = "layer"
GRAIN = "grain"
CURRENCY = "currency"
MEASURE = "measure"
PER = "per"
RESET = "reset"
PAGE_READY = "page-ready"

HEADLINE = "headline"
NOTES = "notes"
SEIZURES = "seizures-chart"
PRECURSORS = "precursors-chart"
MONEY = "money-chart"
PEOPLE = "people-chart"
MAP = "map-chart"
BARS = "bars-chart"
OFFICIAL = "official-chart"
OFFICIAL_CARD = "official-card"

TABLE = "sources-table"
TABLE_PAGES = "sources-pages"
TABLE_COUNT = "sources-count"
SORT = "sources-sort"
SEARCH = "sources-search"

DL_AGGREGATE_CSV = "download-aggregate-csv"
DL_AGGREGATE_XLSX = "download-aggregate-xlsx"
DL_FACTS_CSV = "download-facts-csv"

ABOUT_OPEN = "about-open"
ABOUT = "about-modal"

CHARTS = (SEIZURES, PRECURSORS, MONEY, PEOPLE, MAP, BARS, OFFICIAL)


def chart_mode(chart: str) -> str:
    """The Chart / Table switch of a chart."""
    return f"{chart}-mode"


def chart_table(chart: str) -> str:
    """The table view of a chart."""
    return f"{chart}-table"


def chart_shown(chart: str) -> str:
    """The figure whose table is asked for (set in the browser only while the table is shown)."""
    return f"{chart}-shown"


def chart_box(chart: str) -> str:
    """The box the chart itself is drawn in (hidden while its table is shown)."""
    return f"{chart}-box"
