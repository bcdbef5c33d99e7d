"""Read any supported file into sheets of raw cells; nothing here knows about customers.

A "sheet" is a list of rows of cell values (str, float, int, bool, date, datetime or None) as
the spreadsheet holds them, with merged cells already filled: a value merged down over
several rows fills each of them (a company cell over its contacts).
"""

from __future__ import annotations

import csv
import io
import os
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm_desktop.core.errors import UnusableInput
from crm_desktop.core.importers.guards import (
    EXCEL_COLUMNS,
    MAX_CELL_CHARS,
    check_cell,
    check_workbook_archive,
)

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


@dataclass
class Sheet:
    name: str
    rows: list[list[Any]]
    first_row_number: int = 1  # spreadsheet row number of rows[0] (for problem messages)
    kind: str = "table"  # "table", or "vcard" for contacts already in fields
    records: list[dict[str, Any]] = field(default_factory=list)


def read_file(path: Path) -> list[Sheet]:
    """All sheets of `path`; raises UnusableInput with one clear sentence when it cannot."""
    if not path.exists():
        raise UnusableInput(f"{path}: no such file")
    if path.is_dir():
        raise UnusableInput(f"{path} is a folder, not a file")
    size = path.stat().st_size
    if size == 0:
        raise UnusableInput(f"{path.name} is empty")
    suffix = path.suffix.lower()
    with path.open("rb") as fh:
        head = fh.read(8)
    if suffix in SPREADSHEET_SUFFIXES:
        return _read_workbook(path, head)
    if suffix in TEXT_SUFFIXES:
        return [_read_csv(path)]
    if suffix == ".vcf":
        from crm_desktop.core.importers.vcard import read_vcard

        return [read_vcard(path)]
    raise UnusableInput(
        f"{path.name}: unknown file type {suffix or '(no extension)'}; "
        "use .xlsx, .xls, .csv, .vcf or .json"
    )


def _read_workbook(path: Path, head: bytes) -> list[Sheet]:
    from python_calamine import CalamineWorkbook

    if path.suffix.lower() in (".xlsx", ".xlsm"):
        if head.startswith(OLE_MAGIC):
            raise UnusableInput(
                f"{path.name} is password-protected (encrypted); save it without a password first"
            )
        if not head.startswith(ZIP_MAGIC) or not zipfile.is_zipfile(path):
            raise UnusableInput(f"{path.name} is not a valid Excel file (damaged or truncated)")
    elif path.suffix.lower() == ".xls" and not head.startswith((OLE_MAGIC, ZIP_MAGIC)):
        # Some systems export HTML or tab text named .xls (an .xlsx named .xls is read as one).
        return [_read_csv(path)]
    if head.startswith(ZIP_MAGIC):
        check_workbook_archive(path)
    with _rust_panics_quiet():
        try:
            book = CalamineWorkbook.from_path(str(path))
        except Exception as exc:  # calamine raises its own error types for damaged files
            raise _unreadable(path, exc) from exc
        except BaseException as exc:
            raise _unreadable(path, _panic(exc)) from exc
        try:
            return [
                _read_sheet(book, meta.name)
                for meta in book.sheets_metadata
                if "WorkSheet" in str(meta.typ)
            ]  # chart sheets and macros hold no rows
        except UnusableInput as exc:
            raise UnusableInput(f"{path.name}: {exc}") from exc
        except Exception as exc:  # a damaged sheet: broken XML, a missing part, a bad cell
            raise _unreadable(path, exc) from exc
        except BaseException as exc:
            raise _unreadable(path, _panic(exc)) from exc
        finally:
            book.close()


def _panic(exc: BaseException) -> Exception:
    """calamine's Rust code panics on some damaged .xls files; pyo3 raises that as a
    PanicException, a BaseException like KeyboardInterrupt, which must still go through."""
    if type(exc).__name__ != "PanicException":
        raise exc
    return Exception(str(exc))


@contextmanager
def _rust_panics_quiet() -> Iterator[None]:
    """Rust prints a panic (and, with RUST_BACKTRACE, its backtrace) straight to file
    descriptor 2 before Python sees the exception: the command line promises one line on
    stderr, so the descriptor points at a scratch file while calamine reads."""
    try:
        saved = os.dup(2)
    except OSError:  # no stderr at all (a windowed app on Windows): nothing to keep quiet
        yield
        return
    try:
        with tempfile.TemporaryFile() as scratch:
            sys.stderr.flush()
            os.dup2(scratch.fileno(), 2)
            try:
                yield
            finally:
                os.dup2(saved, 2)
    finally:
        os.close(saved)


def _unreadable(path: Path, exc: Exception) -> UnusableInput:
    text = str(exc).lower()
    if "password" in text or "encrypt" in text:
        return UnusableInput(
            f"{path.name} is password-protected (encrypted); save it without a password first"
        )
    first = (str(exc).splitlines() or [""])[0] or type(exc).__name__
    return UnusableInput(f"{path.name} cannot be read as a spreadsheet: {first}")


def _read_sheet(book: Any, name: str) -> Sheet:
    sheet = book.get_sheet_by_name(name)
    try:
        rows = sheet.to_python(skip_empty_area=False)
    except TypeError:
        rows = sheet.to_python()
    start_row, start_col = sheet.start or (0, 0)
    # One pass, inlined: a 50,000-row book has 400,000 cells.
    rows = [[(c.strip() or None) if c.__class__ is str else c for c in r] for r in rows]
    _check_cells(rows, f"{name}!", start_row + 1)
    _fill_merged(rows, sheet.merged_cell_ranges or [], start_row, start_col)
    return Sheet(name, rows, start_row + 1)


def _check_cells(rows: list[list[Any]], prefix: str, first_row: int) -> None:
    """No row wider and no cell longer than a spreadsheet allows (a 10 MB cell is not a
    contact book's). The common case costs two C-level passes; only a file that fails is
    searched for the cell to name."""
    if rows and max(map(len, rows)) > EXCEL_COLUMNS:
        offset = next(i for i, row in enumerate(rows) if len(row) > EXCEL_COLUMNS)
        raise UnusableInput(
            f"row {first_row + offset} has {len(rows[offset]):,} cells; a sheet holds at most "
            f"{EXCEL_COLUMNS:,} columns"
        )
    texts = [c for row in rows for c in row if c.__class__ is str]
    if not texts or max(map(len, texts)) <= MAX_CELL_CHARS:
        return
    for offset, row in enumerate(rows):
        for column, cell in enumerate(row):
            if cell.__class__ is str and len(cell) > MAX_CELL_CHARS:
                check_cell(cell, f"{prefix}{_column_letters(column)}{first_row + offset}")


def _column_letters(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _fill_merged(rows: list[list[Any]], ranges: list[Any], start_row: int, start_col: int) -> None:
    """Copy the top-left value of every merged range into each cell of the range."""
    for (r0, c0), (r1, c1) in ranges:
        r0, r1, c0, c1 = r0 - start_row, r1 - start_row, c0 - start_col, c1 - start_col
        if r0 < 0 or c0 < 0 or r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            for c in range(c0, min(c1, len(rows[r]) - 1) + 1):
                if rows[r][c] in ("", None):
                    rows[r][c] = value


def _clean_cell(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


# -- CSV / text -------------------------------------------------------------------------
ENCODINGS = ("utf-8-sig", "gb18030")


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"), else GB18030."""
    utf16_bom = data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff")
    if utf16_bom or b"\x00" in data[:4096]:
        # UTF-16 without BOM is rare; binary garbage is common.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise UnusableInput(f"{name} is not a text or spreadsheet file") from None
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnusableInput(f"{name}: unknown text encoding (not UTF-8, UTF-16 or GBK)")


def sniff_delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    best, best_score = ",", -1
    for delimiter in (",", "\t", ";"):
        counts = [_field_count(line, delimiter) for line in lines]
        # The delimiter that splits most lines into the same number (> 1) of fields.
        common = max(set(counts), key=counts.count) if counts else 1
        score = counts.count(common) * (common > 1) * 1000 + common
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _field_count(line: str, delimiter: str) -> int:
    try:
        return len(next(csv.reader([line], delimiter=delimiter)))
    except csv.Error:  # a field past csv's limit: reading the file says so
        return 1


def _read_csv(path: Path) -> Sheet:
    data = path.read_bytes()
    if data.startswith(ZIP_MAGIC) or data.startswith(OLE_MAGIC):
        raise UnusableInput(
            f"{path.name} is a spreadsheet saved with a text extension; rename it to .xlsx or .xls"
        )
    text = decode_text(data, path.name)
    if sum(1 for ch in text[:4096] if ch == "\x00" or (ord(ch) < 32 and ch not in "\r\n\t")) > 8:
        raise UnusableInput(f"{path.name} is not a text or spreadsheet file")
    if not text.strip():
        raise UnusableInput(f"{path.name} is empty")
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = [[_clean_cell(c) for c in row] for row in reader]
    except csv.Error as exc:  # a field past csv's own limit (128 KiB), a NUL in the text
        if "field limit" in str(exc):
            raise UnusableInput(
                f"{path.name}: line {reader.line_num} holds a cell of more than "
                f"{csv.field_size_limit():,} characters; a cell holds at most "
                f"{MAX_CELL_CHARS:,} (Excel's limit)"
            ) from None
        raise UnusableInput(f"{path.name} line {reader.line_num}: {exc}") from None
    try:
        _check_cells(rows, "", 1)
    except UnusableInput as exc:
        raise UnusableInput(f"{path.name}: {exc}") from None
    return Sheet(path.stem, rows, 1)
