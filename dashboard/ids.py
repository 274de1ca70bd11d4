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
RESET = "reset"
PAGE_READY = "page-ready"

HEADLINE = "headline"
NOTES = "notes"
SEIZURES = "seizures-chart"
MONEY = "money-chart"
PEOPLE = "people-chart"
MAP = "map-chart"
BARS = "bars-chart"

TABLE = "sources-table"
TABLE_PAGES = "sources-pages"
TABLE_COUNT = "sources-count"
SORT = "sources-sort"
SORT_BUTTON = "sort-button"          # pattern id: {"type": SORT_BUTTON, "col": ...}

DL_AGGREGATE_CSV = "download-aggregate-csv"
DL_AGGREGATE_XLSX = "download-aggregate-xlsx"
DL_FACTS_CSV = "download-facts-csv"

ABOUT_OPEN = "about-open"
ABOUT = "about-modal"
