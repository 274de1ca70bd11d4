"""Reading documents: JSONL, CSV, .txt / .md (with the seed header), .html (main text by trafilatura), folders.

Every reader yields Document records or BadInput errors, never raises on bad content, so one bad file or
line is reported and the rest of the run goes on.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from etl.errors import BadInput, Notice

SUFFIXES = {".jsonl", ".ndjson", ".csv", ".txt", ".md", ".html", ".htm"}
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_HEADER = {
    "title": re.compile(r"^#\s+(.+?)\s*$"),
    "published": re.compile(r"^Published at:\s*\*\*(.+?)\*\*\s*$", re.I),
    "author": re.compile(r"^Author:\s*\*\*(.+?)\*\*\s*$", re.I),
    "url": re.compile(r"^Original:\s*\[[^\]]*\]\((\S+?)\)\s*$", re.I),
}


@dataclass
class Document:
    """One article: GUIDE.md's document fields and the file it came from."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str = ""
    notes: tuple[str, ...] = ()  # what was cleared while reading (an impossible date): reported, not fatal

    def as_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "url": self.url, "published": self.published,
                "text": self.text, "source": self.source}


def _published(value: object) -> tuple[str | None, tuple[str, ...]]:
    """The day of a published field ('2019-11-01T05:57:00+00:00' -> '2019-11-01'; anything else -> None), and a
    note when a value written as a date is no day of the calendar ('2025-02-30')."""
    if not isinstance(value, str):
        return None, ()
    m = _DATE.match(value.strip())
    if not m:
        return None, ()
    try:
        return date.fromisoformat(m.group(1)).isoformat(), ()
    except ValueError as err:
        return None, (f"published date {m.group(1)!r} cleared ({err})",)


def decode(path: Path, data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else cp1251; binary is refused."""
    if not data.strip():
        raise BadInput(path, "empty file")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        for encoding in ("utf-16-le", "utf-16-be"):  # UTF-16 without a byte-order mark
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _readable(text):
                return text
        raise BadInput(path, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Several UTF-8 Cyrillic letters in a file that is not all UTF-8: parts of it are, the rest is cp1251.
    utf8_letters = len(re.findall(rb"[\xd0\xd1][\x80-\xbf]", data))
    text = _mixed(data) if utf8_letters >= 3 else None
    if text is None:
        text = _plausible_cp1251(data)
    if text is None:
        raise BadInput(path, "not UTF-8 and not cp1251 text")
    return text


def _mixed(data: bytes) -> str | None:
    """UTF-8 text with stretches of cp1251 in it (files glued together): each stretch that is not UTF-8 is
    read as cp1251; None unless the whole reads as text."""
    text = data.decode("utf-8", errors="surrogateescape")
    fixed = re.sub("[\udc80-\udcff]+", lambda m: bytes(ord(c) - 0xDC00 for c in m.group()).decode("cp1251", "replace"),
                   text)
    return fixed.lstrip("\ufeff") if _readable(fixed) else None


def _readable(text: str) -> bool:
    """Mostly letters, spaces, digits and punctuation."""
    good = sum(ch.isalpha() or ch.isspace() or ch in ".,;:!?-—«»\"'()0123456789" for ch in text)
    return bool(text) and good >= 0.9 * len(text)


def _plausible_cp1251(data: bytes) -> str | None:
    """The text if the bytes read as cp1251 text (mostly letters, spaces and punctuation), else None."""
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        return None
    return text if _readable(text) else None


NOT_ARTICLES = frozenset({"readme", "license", "licence", "changelog"})  # a folder's own documentation, by stem


def walk(path: str | Path) -> Iterator[Path | BadInput | Notice]:
    """The input files a path names: the file itself, or every file with a known suffix under a folder, in name
    order. Folders reached through a symbolic link are followed, each folder once (a link back up, or to a
    folder read already, is said and skipped);
    a folder that cannot be listed and a link that leads nowhere are said, never skipped in silence; a folder's
    README or LICENSE is its documentation, not an article."""
    path = Path(path)
    if path.is_file():
        yield path
    elif path.is_dir():
        yield from _walk(path, {path.resolve()})
    else:
        yield BadInput(path, "no such file or folder")


def _walk(folder: Path, seen: set[Path]) -> Iterator[Path | BadInput | Notice]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        yield BadInput(folder, f"cannot read the folder: {err.strerror or err}; its files are not read")
        return
    for entry in entries:
        child = Path(entry.path)
        try:
            if entry.is_dir():
                real = child.resolve()
                if real in seen:  # a link back up, or to a folder this walk has read
                    yield Notice(f"{child}: the folder {real} is read once in this walk; not again through here")
                    continue
                seen.add(real)
                yield from _walk(child, seen)
            elif entry.is_file():
                if child.suffix.lower() in SUFFIXES and child.stem.lower() not in NOT_ARTICLES:
                    yield child
            elif entry.is_symlink():
                yield BadInput(child, "link to nothing (its target is missing); not read")
        except OSError as err:
            yield BadInput(child, f"cannot read: {err.strerror or err}")


def read_path(path: str | Path) -> Iterator[Document | BadInput]:
    """Documents from a file or, recursively, a folder."""
    for got in walk(path):
        if isinstance(got, Notice):
            continue
        if isinstance(got, BadInput):
            yield got
        else:
            yield from read_file(got)


def read_file(path: Path) -> Iterator[Document | BadInput]:
    """Documents of one file, by its suffix."""
    try:
        data = path.read_bytes()
        text = decode(path, data)
    except BadInput as err:
        yield err
        return
    except OSError as err:
        yield BadInput(path, f"cannot read: {err.strerror or err}")
        return
    suffix = path.suffix.lower()
    try:
        if suffix in {".jsonl", ".ndjson"}:
            yield from _jsonl(path, text)
        elif suffix == ".csv":
            yield from _csv(path, text)
        elif suffix in {".html", ".htm"}:
            yield _html(path, text)
        else:
            yield _plain(path, text)
    except (ValueError, csv.Error, RecursionError) as err:  # a malformed file must not stop the run
        yield BadInput(path, f"cannot parse: {err}")


def _record(path: Path, obj: object, where: int | None) -> Document | BadInput:
    if not isinstance(obj, dict):
        return BadInput(path, "not a JSON object", where)
    doc_id, text = obj.get("id"), obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return BadInput(path, "no text (field 'text' must be a non-empty string)", where)
    if doc_id is None or isinstance(doc_id, (dict, list, bool)) or str(doc_id).strip() == "":
        return BadInput(path, "no id (field 'id' must be a string or number)", where)
    title, url = obj.get("title"), obj.get("url")
    published, notes = _published(obj.get("published"))
    return Document(str(doc_id), text, title if isinstance(title, str) else None,
                    url if isinstance(url, str) else None, published,
                    f"{path}:{where}" if where else str(path), notes)


def _jsonl(path: Path, text: str) -> Iterator[Document | BadInput]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield BadInput(path, f"broken JSON line ({err.msg} at column {err.colno})", n)
            continue
        yield _record(path, obj, n)


CELL_LIMIT = 1 << 30  # characters in one CSV cell: a whole article fits (the csv module's default is 131,072)


def csv_rows(path: Path, text: str, columns: tuple[str, ...] = ()) -> Iterator[tuple[int, dict] | BadInput]:
    """The rows of a CSV with a header, numbered as a spreadsheet shows them (the header is row 1); a file whose
    header lacks one of `columns` is refused, and a file that stops parsing says at which line the rows that
    could not be read start."""
    csv.field_size_limit(CELL_LIMIT)
    reader = csv.DictReader(io.StringIO(text))
    try:
        header = [(h or "").strip() for h in reader.fieldnames or []]
    except csv.Error as err:
        yield BadInput(path, f"cannot parse the header: {err}", 1)
        return
    missing = [c for c in columns if c not in header]
    if missing:
        yield BadInput(path, f"CSV lacks the column(s) {', '.join(missing)}")
        return
    reader.fieldnames = header
    n = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield BadInput(path, f"cannot parse: {err}; this row and the rows after it are not read",
                           reader.line_num)
            return
        n += 1
        yield n, {k: v for k, v in row.items() if k is not None}


def _csv(path: Path, text: str) -> Iterator[Document | BadInput]:
    for got in csv_rows(path, text, ("text",)):
        if isinstance(got, BadInput):
            yield BadInput(path, "CSV of documents needs a 'text' column") if got.line is None else got
            continue
        n, row = got
        row.setdefault("id", None)
        if not row.get("id"):
            row["id"] = f"{path.stem}-{n}"
        yield _record(path, row, n)


def _plain(path: Path, text: str) -> Document | BadInput:
    """A .txt or .md article; a leading '# title', 'Published at:', 'Author:', 'Original:' header is read."""
    meta: dict[str, str] = {}
    lines = text.splitlines(keepends=True)
    body_from = 0
    for k, line in enumerate(lines):
        if not line.strip():
            continue
        hit = next(((key, m) for key, rx in _HEADER.items() if (m := rx.match(line.strip()))), None)
        if hit is None:
            body_from = k
            break
        meta.setdefault(hit[0], hit[1].group(1))
        body_from = k + 1
    body = "".join(lines[body_from:]).strip("\n")
    if not body.strip():
        return BadInput(path, "no article text after the header")
    published, notes = _published(meta.get("published"))
    return Document(path.stem, body, meta.get("title"), meta.get("url"), published, str(path), notes)


def _html(path: Path, html: str) -> Document | BadInput:
    """The main text of an HTML page, by trafilatura; scripts, styles and markup never reach the text."""
    return read_html(html, path.stem, str(path))


def read_html(html: str, doc_id: str, source: str, url: str | None = None) -> Document | BadInput:
    """An HTML page as a document: main text, title and date by trafilatura (the date by htmldate), scripts,
    styles and markup never in the text. `url` is where it was fetched (else the page's own canonical url)."""
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        return BadInput(source, "no article text found in the HTML")
    meta = trafilatura.extract_metadata(html, default_url=url)
    title = meta.title if meta else None
    if url is None:
        url = meta.url if meta and meta.url and meta.url.startswith(("http://", "https://")) else None
    published, notes = _published(meta.date if meta else None)
    return Document(doc_id, text, title, url, published, source, notes)
