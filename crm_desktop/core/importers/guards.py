"""The bounds an imported file must keep, checked before the expensive reading starts.

A hostile or broken file must end in one clear sentence, never in a machine out of memory:
python-calamine reads a worksheet's XML whole into memory and builds a dense grid from the
first to the last cell it names, so a 2 MB zip that inflates to gigabytes, or one cell at
XFD1048576, would take the process down (a Rust allocation failure aborts; nothing to catch).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from crm_desktop.core.errors import UnusableInput
from crm_desktop.core.money import MAX_AMOUNT

# Excel's own limit for one cell; longer text is not something a contact book holds.
MAX_CELL_CHARS = 32_767
# All parts of one workbook, unpacked, as the zip declares them (calamine refuses a part that
# inflates past its declared size). The largest export, a sheet of 1,048,576 sales, is ~400 MB.
MAX_UNPACKED_BYTES = 1 << 30
# A crm-desktop JSON is read whole and becomes Python objects several times its size: the
# bound of a workbook's unpacked parts (the export of 1,000,000 sales is ~400 MB).
MAX_JSON_BYTES = MAX_UNPACKED_BYTES
# The grid calamine builds for one sheet (rows × columns from A1): Excel's full height at 28
# columns, the widest sheet of the program's own export.
MAX_SHEET_CELLS = 30_000_000
EXCEL_ROWS, EXCEL_COLUMNS = 1_048_576, 16_384
# Amounts, quantities and prices: the forms' bound.
MAX_NUMBER = MAX_AMOUNT

_CHUNK = 4 << 20
# A cell reference past column Z or past row 999,999: rare, so collecting them is cheap.
_FAR_REFERENCE = re.compile(rb' r="([A-Z]{2,}[0-9]+|[A-Z][0-9]{7,})"')
_REFERENCE = re.compile(rb"([A-Z]+)([0-9]+)")
_ROW_NUMBER = re.compile(rb'<row\b[^>]*? r="([0-9]+)"')


def check_cell(text: str, where: str) -> None:
    """Refuse the file when one cell (`where`, e.g. Sheet1!B5) holds more than a spreadsheet
    cell can; the caller adds the file's name."""
    if len(text) > MAX_CELL_CHARS:
        raise UnusableInput(
            f"{where} holds {len(text):,} characters; a cell holds at most "
            f"{MAX_CELL_CHARS:,} (Excel's limit)"
        )


def check_workbook_archive(path: Path) -> None:
    """Refuse a zip-based workbook that would unpack past MAX_UNPACKED_BYTES, or one of whose
    worksheets spans more than MAX_SHEET_CELLS, before calamine reads it."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            declared = sum(p.file_size for p in parts)
            if declared > MAX_UNPACKED_BYTES:
                raise UnusableInput(
                    f"{path.name} would unpack to {declared / 2**30:.1f} GiB (a zip bomb?); "
                    f"a workbook is read up to {MAX_UNPACKED_BYTES / 2**30:.0f} GiB"
                )
            for part in parts:
                if part.filename.startswith("xl/worksheets/") and part.filename.endswith(".xml"):
                    _check_span(archive, part, path.name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise UnusableInput(f"{path.name} is not a valid Excel file (damaged): {exc}") from exc


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _chunks(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> Iterator[bytes]:
    """The part inflated in pieces that each end before a tag, so no reference is cut."""
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            data = tail + chunk
            cut = data.rfind(b"<")
            data, tail = (data[:cut], data[cut:]) if cut > 0 else (data, b"")
            yield data
    yield tail


def _check_span(archive: zipfile.ZipFile, part: zipfile.ZipInfo, name: str) -> None:
    """Within A1:Z1048576 a sheet is at most 27 million cells, under the bound; so one pass
    collects only the references past Z or past row 999,999, and a sheet with columns past Z
    is read again for its last row."""
    rows, columns = 0, 26
    for data in _chunks(archive, part):
        for reference in _FAR_REFERENCE.findall(data):
            letters, digits = _REFERENCE.fullmatch(reference).groups()  # type: ignore[union-attr]
            rows, columns = max(rows, int(digits)), max(columns, _column_number(letters))
    sheet = part.filename.rsplit("/", 1)[-1]
    if rows > EXCEL_ROWS or columns > EXCEL_COLUMNS:
        raise UnusableInput(
            f"{name}: {sheet} names a cell beyond Excel's last row or column (XFD1048576)"
        )
    if columns > 26:
        for data in _chunks(archive, part):
            if found := _ROW_NUMBER.findall(data):
                rows = max(rows, max(map(int, found)))
    if rows * columns > MAX_SHEET_CELLS:
        raise UnusableInput(
            f"{name}: {sheet} spans {rows:,} rows × {columns:,} columns; a sheet is read up to "
            f"{MAX_SHEET_CELLS:,} cells"
        )


def check_json_size(path: Path) -> None:
    """Refuse a JSON file past MAX_JSON_BYTES before it is read into memory."""
    size = path.stat().st_size
    if size > MAX_JSON_BYTES:
        raise UnusableInput(
            f"{path.name} is {size / 2**30:.1f} GiB; a crm-desktop JSON is read up to "
            f"{MAX_JSON_BYTES / 2**30:.0f} GiB"
        )
