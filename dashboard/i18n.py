"""Languages: gettext catalogs (dashboard/locale/*.po, compiled by Babel at start) and Babel formatting of
numbers, money, masses and dates for the locale."""

from __future__ import annotations

import io
from datetime import date
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import (
    format_compact_currency,
    format_decimal,
    get_decimal_symbol,
    get_group_symbol,
)
from babel.support import Translations

from etl.units import format_mass
from etl.vocab import rows

LANGUAGES = ("ru", "kk", "en")
DEFAULT_LANGUAGE = "ru"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


@cache
def translations(lang: str) -> Translations:
    """The language's catalog, compiled from its .po file in memory (no build step, nothing written)."""
    with (LOCALE_DIR / f"{lang}.po").open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(fp=buffer)


def gettext(lang: str):  # noqa: ANN201
    """The `_` function of a language; unknown languages fall back to the default."""
    return translations(lang if lang in LANGUAGES else DEFAULT_LANGUAGE).gettext


# --- names of vocabulary ids (data/reference/) --------------------------------------------------------------

@cache
def region_labels(lang: str) -> dict[str, str]:
    """Region code -> its name in the language (data/reference/regions.csv), plus national / abroad / unknown."""
    _ = gettext(lang)
    out = {row["code"]: row[f"name_{lang}"] for _, row in rows("regions.csv")}
    out.update({"KZ": _("Kazakhstan (national figures)"), "abroad": _("Abroad"), "unknown": _("Region not stated")})
    return out


@cache
def substance_labels(lang: str) -> dict[str, str]:
    """Substance id -> its name in the language (data/reference/substance_names.csv)."""
    return {row["substance"]: row[f"name_{lang}"] for _, row in rows("substance_names.csv")}


# --- numbers ---------------------------------------------------------------------------------------------------

def number(value: float, lang: str, digits: int = 0) -> str:
    """A count or plain number: 1 234 (ru), 1,234 (en)."""
    return format_decimal(round(value, digits), format=f"#,##0.{'#' * digits}" if digits else "#,##0", locale=lang)


def separators(lang: str) -> str:
    """Plotly's `separators` for the locale: the decimal sign, then the thousands sign."""
    return get_decimal_symbol(lang) + get_group_symbol(lang)


def money(value: float, currency: str, lang: str) -> str:
    """Money shortened for the locale with the currency's sign: 1,2 млрд ₸ · $176K."""
    code = currency.upper()
    text = format_compact_currency(value, code, locale=lang, fraction_digits=0 if abs(value) < 10_000 else 1)
    return text.replace("KZT", "₸").replace("US$", "$")


def mass(kg: float, lang: str) -> str:
    """A mass in g, kg or t, whichever reads best, with the locale's separators: 6,1 кг · 2,1 т."""
    value, unit = format_mass(kg)
    digits = 0 if value >= 100 else 1 if value >= 10 else 2
    return f"{number(value, lang, digits)}\xa0{gettext(lang)(UNIT_LABELS[unit])}"


def N_(message: str) -> str:
    """Marks a message for the catalogs where it is translated later (`_(CONSTANT)`)."""
    return message


UNIT_LABELS = {"g": N_("g"), "kg": N_("kg"), "t": N_("t")}


def day(value: date | None, lang: str) -> str:
    """A date for the locale: 4 дек. 2025 г. · Dec 4, 2025; '' for none."""
    from babel.dates import format_date

    return format_date(value, "medium", locale=lang) if value else ""
