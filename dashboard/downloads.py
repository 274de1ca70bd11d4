"""Tables as files: CSV and XLSX with every text cell safe to open in a spreadsheet (formula injection
neutralised as OWASP recommends: a cell starting with = + - @ tab or CR gets a leading apostrophe)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MONEY = ("confiscated_kzt", "confiscated_usd", "turnover_kzt", "turnover_usd", "value_kzt", "value_usd",
         "kzt", "usd", "amount")


def safe_text(value: object) -> object:
    """A text cell that a spreadsheet will show as text, never run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every text cell made safe; numbers untouched."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(safe_text)
    return out


def tidy_numbers(frame: pd.DataFrame) -> pd.DataFrame:
    """Money to the cent, masses to the milligram, whole columns as integers (24, not 24.0)."""
    out = frame.copy()
    for col in out.columns:
        if not pd.api.types.is_float_dtype(out[col]):
            continue
        out[col] = out[col].round(2 if col in MONEY else 6)
        values = out[col].dropna()
        if len(values) and (values == values.round()).all() and values.abs().max() < 2**53:
            out[col] = out[col].astype("Int64")
    return out


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """A CSV file (UTF-8 with BOM, so Excel reads Cyrillic) of a frame; text quoted, so a line break inside a
    quote stays inside its cell."""
    return neutralise(tidy_numbers(frame)).to_csv(index=False, quoting=csv.QUOTE_NONNUMERIC).encode("utf-8-sig")


def csv_stream(chunks: Iterable[pd.DataFrame]) -> Iterator[bytes]:
    """A CSV file written chunk by chunk (for tables too big to hold as one string)."""
    first = True
    for chunk in chunks:
        text = neutralise(tidy_numbers(chunk)).to_csv(index=False, header=first, quoting=csv.QUOTE_NONNUMERIC)
        yield (("\ufeff" if first else "") + text).encode("utf-8")
        first = False
    if first:
        yield b""


def xlsx_bytes(sheets: dict[str, pd.DataFrame]) -> bytes:
    """An XLSX workbook, a sheet per frame, every text cell safe."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            neutralise(tidy_numbers(frame)).to_excel(writer, sheet_name=name[:31], index=False)
    return buffer.getvalue()
