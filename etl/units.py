"""The application's one pint registry, with the Russian unit words of data/reference/units.txt."""

from __future__ import annotations

from functools import cache, lru_cache

import pint

from etl.language import kazakh_stem
from etl.vocab import UNITS_FILE, numbers, unit_words

ureg = pint.UnitRegistry()
ureg.load_definitions(str(UNITS_FILE))

WORDS = unit_words()  # only the words units.txt defines count as units in Russian text, not pint's English ones

# the GUIDE.md `unit` value of each counted dimension; litres come from pint's own [length]**3
COUNTED = {"[doses]": "doses", "[pills]": "pills", "[plants]": "plants", "[pieces]": "pieces"}


@lru_cache(maxsize=4096)
def unit_of(word: str) -> pint.Unit | None:
    """The unit a lemma or abbreviation names, or None."""
    if word not in WORDS:
        stem, _, head = word.rpartition("-")  # "зип-пакет": a compound counts as its last part
        if numbers().get(head, (0, ""))[1] == "ending":
            head = stem  # "кг-нан", "кг-ға": a Kazakh case ending written after an abbreviation
        if head == word or head not in WORDS:
            head = kazakh_stem(word, WORDS)  # "келіден", "тоннаға": a Kazakh unit word with its endings
            if head is None:
                return None
        word = head
    try:
        unit = ureg.parse_units(word)
    except (pint.errors.PintError, ValueError, AttributeError, TypeError):
        return None
    return unit


_MASS = ureg.kilogram.dimensionality
_VOLUME = ureg.liter.dimensionality


@lru_cache(maxsize=256)
def is_mass(unit: pint.Unit) -> bool:
    """True for a unit of mass."""
    return unit.dimensionality == _MASS


@cache
def _kg_per(unit: pint.Unit) -> float:
    return float(ureg.Quantity(1, unit).to(ureg.kilogram).magnitude)


def to_kg(value: float, unit: pint.Unit) -> float:
    """A mass in kilograms (pint's conversion factor, computed once per unit)."""
    return value * _kg_per(unit)


@cache
def _counted_per(unit: pint.Unit) -> tuple[float, str] | None:
    """(how many of the GUIDE unit one of this unit is, GUIDE unit name), computed once per unit."""
    dims = str(unit.dimensionality)
    if dims in COUNTED:
        return float(ureg.Quantity(1, unit).to_base_units().magnitude), COUNTED[dims]
    if unit.dimensionality == _VOLUME:
        return float(ureg.Quantity(1, unit).to(ureg.liter).magnitude), "litres"
    return None


def counted(value: float, unit: pint.Unit) -> tuple[float, str] | None:
    """(count, GUIDE unit name) for a counted unit or a volume, None for anything else (pint's factor, computed
    once per unit)."""
    per = _counted_per(unit)
    return (value * per[0], per[1]) if per else None


def format_mass(kg: float) -> tuple[float, str]:
    """A mass as (value, unit) in g, kg or t, whichever reads best."""
    if kg < 1:
        return kg * 1000, "g"
    if kg >= 1000:
        return kg / 1000, "t"
    return kg, "kg"
