"""Read any supported file into sheets of raw cells; nothing here knows about customers.

A "sheet" is a list of rows of cell values (str, float, int, bool, date, datetime or None) as
the spreadsheet holds them, with merged cells already filled: a value merged down over
several rows fills each of them (a company cell over its contacts).
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm_desktop.core.errors import UnusableInput

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
    elif path.suffix.lower() == ".xls" and not head.startswith(OLE_MAGIC):
        if head.startswith(ZIP_MAGIC):
            pass  # an .xlsx saved as .xls: calamine reads it by content
        else:
            # Some systems export HTML or tab text named .xls.
            return [_read_csv(path)]
    try:
        book = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for damaged files
        text = str(exc).lower()
        if "password" in text or "encrypt" in text:
            raise UnusableInput(
                f"{path.name} is password-protected (encrypted); save it without a password first"
            ) from exc
        raise UnusableInput(
            f"{path.name} cannot be read as a spreadsheet: {str(exc).splitlines()[0]}"
        ) from exc
    sheets = []
    try:
        for meta in book.sheets_metadata:
            if "WorkSheet" not in str(meta.typ):
                continue  # chart sheets and macros hold no rows
            sheet = book.get_sheet_by_name(meta.name)
            try:
                rows = sheet.to_python(skip_empty_area=False)
            except TypeError:
                rows = sheet.to_python()
            start_row, start_col = sheet.start or (0, 0)
            # One pass, inlined: a 50,000-row book has 400,000 cells.
            rows = [[(c.strip() or None) if c.__class__ is str else c for c in r] for r in rows]
            _fill_merged(rows, sheet.merged_cell_ranges or [], start_row, start_col)
            sheets.append(Sheet(meta.name, rows, start_row + 1))
    finally:
        book.close()
    return sheets


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
    if b"\x00" in data[:4096] and not (
        data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff")
    ):
        # UTF-16 without BOM is rare; binary garbage is common.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise UnusableInput(f"{name} is not a text or spreadsheet file") from None
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
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
        counts = [len(next(csv.reader([line], delimiter=delimiter))) for line in lines]
        # The delimiter that splits most lines into the same number (> 1) of fields.
        common = max(set(counts), key=counts.count) if counts else 1
        score = counts.count(common) * (common > 1) * 1000 + common
        if score > best_score:
            best, best_score = delimiter, score
    return best


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
    rows = [
        [_clean_cell(c) for c in row]
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    ]
    return Sheet(path.stem, rows, 1)
