"""Importing the sample books of tests/data (made by scripts/make_sample_books.py)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.core.errors import UnusableInput
from crm_desktop.core.exporters.interchange import iter_customers
from crm_desktop.core.importers.apply import apply_draft
from crm_desktop.core.importers.history import list_batches, undo_batch
from crm_desktop.core.importers.import_draft import build_draft

# The core's SQL runs on both databases: each test here, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_databases


DATA = Path(__file__).resolve().parents[1] / "data"


def run(core: Any, name: str, **kwargs: Any) -> Any:
    return apply_draft(
        build_draft(DATA / name, sheet=kwargs.pop("sheet", None)), core.engine, **kwargs
    )


def customers(core: Any, today: Any) -> dict[str, dict[str, Any]]:
    with core.engine.connect() as con:
        return {c["name"]: c for c in iter_customers(con, today)}


def contact(data: dict[str, dict[str, Any]], company: str, person: str) -> dict[str, Any]:
    return next(c for c in data[company]["contacts"] if c["name"] == person)


def dump(core: Any, tables: tuple[str, ...] = ()) -> list[str]:
    """The database as SQL lines, without the search index's internals, the import log and the
    audit trail (which records that an import ran, as the log does)."""
    with core.engine.connect() as con:
        if con.dialect.name == "postgresql":
            lines = _server_dump(con)
        else:
            raw = con.connection.dbapi_connection
            lines = [
                line
                for line in raw.iterdump()
                if "import_batch" not in line and "_fts" not in line and "audit_event" not in line
            ]
    if tables:
        lines = [
            line for line in lines if any(line.startswith(f'INSERT INTO "{t}"') for t in tables)
        ]
    return lines


def _server_dump(con: Any) -> list[str]:
    """A server database's rows as `INSERT INTO "table"` lines, in the same spirit as
    sqlite3's iterdump (every table but the import log, rows in key order)."""
    from sqlalchemy import inspect

    lines = []
    for table in sorted(inspect(con).get_table_names()):
        if table in ("import_batch", "audit_event"):
            continue
        columns = [c["name"] for c in inspect(con).get_columns(table)]
        listed = ", ".join(f'"{c}"' for c in columns)
        order = ", ".join(str(i + 1) for i in range(len(columns)))
        for row in con.exec_driver_sql(f'SELECT {listed} FROM "{table}" ORDER BY {order}'):
            lines.append(f'INSERT INTO "{table}" VALUES{tuple(row)!r}')
    return lines


RECORD_TABLES = (
    "customer",
    "contact",
    "sale",
    "note",
    "complaint",
    "licence",
    "plan",
    "payment",
    "credit",
)


def test_messy_workbook(core: Any, fixed_today: Any) -> None:
    summary = run(core, "messy_contacts.xlsx")
    assert (
        summary.line() == "imported customers=4 contacts=7 sales=3; merged=0; skipped=2; problems=3"
    )
    refs = [str(p) for p in summary.problems]
    assert any(
        r.startswith("客户通讯录!10:") and "1.38123E+10" in r for r in refs
    )  # scientific notation
    assert any(r.startswith("客户通讯录!10:") and "birthday" in r for r in refs)
    assert any(r.startswith("销售记录!5:") for r in refs)
    data = customers(core, fixed_today)
    assert set(data) == {"北京康泰医药有限公司", "天津仁和大药房", "石家庄济民药店", "孙强"}
    # The company cell merged over three contacts gave each of them the company.
    assert [c["name"] for c in data["北京康泰医药有限公司"]["contacts"]] == ["张伟", "李娜", "王芳"]
    assert data["北京康泰医药有限公司"]["region"] == "华北"
    zhang = contact(data, "北京康泰医药有限公司", "张伟")
    assert (zhang["mobile"], zhang["phone"], zhang["birthday"]) == (
        "13812345678",
        "01062345678",
        "1975-03-07",
    )
    li = contact(data, "北京康泰医药有限公司", "李娜")
    assert (li["mobile"], li["phone"], li["birthday"]) == (
        "13900001111",
        "01062345679",
        "1985-03-07",
    )
    assert (
        "转801" in li["notes"] and "内部编号: X2" in li["notes"]
    )  # extension and the hidden column
    assert (
        contact(data, "北京康泰医药有限公司", "王芳")["mobile"] == "13700002222"
    )  # +86 and dashes
    zhao = contact(data, "天津仁和大药房", "赵磊")
    assert (zhao["mobile"], zhao["birthday"]) == (
        "13600003333",
        "--03-07",
    )  # full-width digits, no year
    liu = contact(data, "石家庄济民药店", "刘洋")
    assert "mobile" not in liu and "birthday" not in liu  # never a wrong number or date
    chen = contact(data, "石家庄济民药店", "陈静")
    assert chen["mobile"] == "13500004444" and "13600005555" in chen["notes"]
    assert data["孙强"]["kind"] == "person" and data["孙强"]["contacts"][0]["name"] == "孙强"
    sales = data["北京康泰医药有限公司"]["sales"]
    assert [(s["date"], str(s["amount"])) for s in sales] == [
        ("2026-10-08", "1550.00"),
        ("2026-10-20", "2500.00"),
    ]
    assert str(data["天津仁和大药房"]["sales"][0]["amount"]) == "1000.00"  # 0.1万


def test_same_book_twice_changes_nothing(core: Any, fixed_today: Any) -> None:
    run(core, "messy_contacts.xlsx")
    before = dump(core)
    again = run(core, "messy_contacts.xlsx")
    assert again.line().startswith("imported customers=0 contacts=0 sales=0; merged=")
    assert dump(core) == before
    # The trail says the second import ran, and that it changed no customer.
    with core.engine.connect() as con:
        second = con.exec_driver_sql(
            "SELECT action, record_kind FROM audit_event WHERE import_id = ?", (again.batch_id,)
        ).all()
    assert second == [("import", "import")]


def test_existing_customers_are_matched_not_duplicated(core: Any, fixed_today: Any) -> None:
    from crm_desktop.core.services.dto import CustomerInput

    core.customers.create(CustomerInput(name="上海华润大药房 ", region="华东"))
    summary = run(core, "gbk_contacts.csv")
    assert summary.customers == 1 and summary.merged == 1
    data = customers(core, fixed_today)
    assert data["上海华润大药房"]["region"] == "华东"  # a blank cell never clears a stored value
    assert len(data["上海华润大药房"]["contacts"]) == 2


@pytest.mark.parametrize(
    "name", ["gbk_contacts.csv", "utf8_bom_semicolon.csv", "excel_unicode_text.txt"]
)
def test_text_encodings_and_separators(core: Any, fixed_today: Any, name: str) -> None:
    summary = run(core, name)
    assert (summary.customers, summary.contacts, summary.problems) == (2, 3, [])
    data = customers(core, fixed_today)
    zhou = contact(data, "上海华润大药房", "周杰")
    assert (zhou["mobile"], zhou["phone"], zhou["email"]) == (
        "13912345678",
        "02155556666",
        "zhou@example.com",
    )


def test_outlook_exports(core: Any, fixed_today: Any) -> None:
    run(core, "outlook_en.csv")
    run(core, "outlook_zh.csv")
    data = customers(core, fixed_today)
    john = contact(data, "Acme Pharma Ltd", "John Smith")
    assert (john["mobile"], john["phone"], john["birthday"]) == (
        "+85291234567",
        "+85221234567",
        "1985-03-07",
    )
    wang = contact(data, "广州康泰医药", "王建国")  # 王 + 建国, and 0/0/00 means no birthday
    assert "birthday" not in wang and wang["mobile"] == "13800138000"
    zeng = contact(data, "深圳海王药业", "曾小明")
    assert (zeng["birthday"], zeng["title"], zeng["phone"]) == (
        "1983-04-05",
        "采购主管",
        "075526668888",
    )


def test_google_exports_both_layouts(core: Any, fixed_today: Any) -> None:
    run(core, "google_old.csv")
    run(core, "google_new.csv")
    data = customers(core, fixed_today)
    li = contact(data, "成都老百姓大药房", "李强")
    assert (li["mobile"], li["phone"], li["title"]) == ("13800138001", "01088889999", "店长")
    mary = contact(data, "Wuhan Union Hospital", "Mary Chen")
    assert (mary["mobile"], mary["birthday"]) == ("18600001234", "--05-20")
    assert "18600005678" in mary["notes"]


def test_vcards_and_legacy_xls(core: Any, fixed_today: Any) -> None:
    run(core, "phone_contacts.vcf")
    run(core, "legacy.xls")
    data = customers(core, fixed_today)
    assert (
        contact(data, "武汉协和", "陈静")["mobile"] == "13800007777"
    )  # vCard 2.1 quoted-printable
    assert data["黄涛"]["kind"] == "person"
    assert contact(data, "南京同仁堂药店", "钱多多")["mobile"] == "13805556666"  # a float in .xls


def test_sheet_option(core: Any, fixed_today: Any) -> None:
    summary = run(core, "messy_contacts.xlsx", sheet="销售记录")
    assert (summary.contacts, summary.sales) == (0, 3)
    assert [str(p).split(":")[0] for p in summary.problems] == ["销售记录!5"]
    with pytest.raises(UnusableInput):
        build_draft(DATA / "messy_contacts.xlsx", sheet="没有这个表")


@pytest.mark.parametrize(
    "name",
    [
        "bad_empty.xlsx",
        "bad_not_a_spreadsheet.xlsx",
        "bad_truncated.xlsx",
        "bad_encrypted.xlsx",
        "bad_binary.csv",
        "bad_unknown.doc",
        "bad_no_header.csv",
    ],
)
def test_unusable_files_are_refused(name: str) -> None:
    with pytest.raises(UnusableInput) as info:
        build_draft(DATA / name)
    assert "\n" not in str(info.value)


def test_failure_while_writing_leaves_the_database_unchanged(
    core: Any, fixed_today: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.core.importers import apply as apply_module

    run(core, "gbk_contacts.csv")
    before = dump(core)
    calls = {"n": 0}
    original = apply_module._Writer.contact

    def failing(self: Any, *args: Any) -> bool:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        return original(self, *args)

    monkeypatch.setattr(apply_module._Writer, "contact", failing)
    with pytest.raises(OSError):
        run(core, "messy_contacts.xlsx")
    assert dump(core) == before


def test_dry_run_and_cancel_write_nothing(core: Any, fixed_today: Any) -> None:
    from crm_desktop.core.importers.apply import ImportCancelled

    before = dump(core)
    summary = run(core, "messy_contacts.xlsx", dry_run=True)
    assert summary.customers == 4
    assert dump(core) == before
    draft = build_draft(DATA / "messy_contacts.xlsx")
    draft.records = draft.records * 100  # long enough to reach the cancel check
    with pytest.raises(ImportCancelled):
        apply_draft(draft, core.engine, cancelled=lambda: True)
    assert dump(core) == before


def test_undo_an_import(core: Any, fixed_today: Any) -> None:
    before = dump(core, RECORD_TABLES)
    summary = run(core, "messy_contacts.xlsx")
    [batch] = list_batches(core.engine)
    assert batch.id == summary.batch_id and batch.customers == 4
    removed = undo_batch(core.engine, batch.id)
    assert removed["customer"] == 4
    assert dump(core, RECORD_TABLES) == before  # owners and products typed in stay for later use


def test_json_unknown_keys_are_reported_and_computed_fields_ignored(
    core: Any, fixed_today: Any, tmp_path: Path
) -> None:
    doc = {
        "format": "crm-desktop",
        "version": 1,
        "customers": [
            {
                "name": "甲公司",
                "colour": "blue",
                "abc_class": "AAA",
                "receivable": 99,
                "key_account": False,
                "sales": [
                    {"date": "2026-01-02", "amount": 10.5},
                    {"date": "2026-01-02", "amount": 10.5},
                ],
                "contacts": [
                    {"name": "张三", "mobile": "138 0000 0000"},
                    {"mobile": "13900000000"},
                ],
            }
        ],
    }
    path = tmp_path / "in.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    summary = apply_draft(build_draft(path), core.engine)
    assert (summary.customers, summary.contacts, summary.sales) == (
        1,
        1,
        2,
    )  # identical sales stay two
    assert any("colour" in str(p) for p in summary.problems)
    assert any("contacts[2]" in str(p) for p in summary.problems)
    data = customers(core, fixed_today)
    assert data["甲公司"]["abc_class"] == "C"  # computed from 21 yuan of sales, not the file's AAA
    assert str(data["甲公司"]["receivable"]) == "21.00"
    assert data["甲公司"]["key_account"] is True  # the office's only profit, not the file's false
    assert not any("key_account" in str(p) for p in summary.problems)  # known, computed, ignored


def test_the_json_export_marks_key_accounts_by_profit_even_for_some_customers(
    core: Any, fixed_today: Any, tmp_path: Path
) -> None:
    from datetime import date
    from decimal import Decimal

    from crm_desktop.core.services.dto import CustomerInput, SaleInput

    volume = core.customers.create(CustomerInput(name="大批发"))
    margin = core.customers.create(CustomerInput(name="高毛利"))
    core.sales.add(
        volume, SaleInput(date=date(2026, 10, 1), amount=Decimal("100000"), cost=Decimal("99000"))
    )
    core.sales.add(
        margin, SaleInput(date=date(2026, 10, 1), amount=Decimal("20000"), cost=Decimal("12000"))
    )
    data = customers(core, fixed_today)
    assert (data["大批发"]["key_account"], data["高毛利"]["key_account"]) == (False, True)
    path = tmp_path / "some.json"
    core.exports.export(path, [margin], fixed_today)
    (only,) = json.loads(path.read_text(encoding="utf-8"))["customers"]
    assert (only["name"], only["key_account"]) == ("高毛利", True)  # chosen among the whole office


def test_duplicates_can_be_skipped_or_added_as_new(core: Any, fixed_today: Any) -> None:
    from crm_desktop.core.importers.apply import find_existing

    run(core, "gbk_contacts.csv")
    draft = build_draft(DATA / "gbk_contacts.csv")
    existing = find_existing(draft, core.engine)
    assert [name for name, _, _ in existing] == ["上海华润大药房", "杭州九州医院"]
    draft.decisions = {"上海华润大药房": "new", "杭州九州医院": "skip"}
    summary = apply_draft(draft, core.engine)
    assert (summary.customers, summary.contacts) == (
        1,
        2,
    )  # a second 上海华润大药房 with its two contacts
    with core.engine.connect() as con:
        names = [n for (n,) in con.exec_driver_sql("SELECT name FROM customer ORDER BY id")]
    assert names.count("上海华润大药房") == 2 and names.count("杭州九州医院") == 1


def test_a_big_book_is_searchable_and_analysed_like_a_small_one(
    core: Any, fixed_today: Any, tmp_path: Path
) -> None:
    """Over 100 new customers go in as one batch with the insert triggers run once over them:
    the search index and the analysis tables must come out as if each row had fired them, and
    the triggers must be back for the next write."""
    from openpyxl import Workbook

    from crm_desktop.core.analytics import store
    from crm_desktop.core.db.connections import raw_sqlite
    from crm_desktop.core.services.dto import CustomerFilter, CustomerInput

    book = Workbook()
    sheet = book.active
    sheet.append(["客户名称", "联系人", "手机", "地区", "渠道"])
    for n in range(150):
        sheet.append([f"成都第{n}号药房", f"联系人{n}", 13900000000 + n, "西南", "零售"])
    sheet.append(["重庆江北医药有限公司", "周杰", "139 0000 9999", "西南", "批发"])
    sheet.append(["重庆江北医药有限公司", "王芳", "13900008888", "西南", "批发"])
    path = tmp_path / "big.xlsx"
    book.save(path)

    summary = apply_draft(build_draft(path), core.engine)
    assert (summary.customers, summary.contacts) == (151, 152)

    found = core.customers.search(CustomerFilter(query="cqjb"))  # pinyin initials of 重庆江北
    assert [core.customers.get(i).name for i in found] == ["重庆江北医药有限公司"]
    assert (
        len(core.customers.search(CustomerFilter(query="9999"))) == 1
    )  # phone digits of a contact
    with raw_sqlite(core.engine) as raw:
        assert store.differences(raw) == []
        if core.engine.dialect.name == "sqlite":
            listed = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            expected = {"customer_fts_ai", "analytics_customer_ai"}
        else:  # the server's search needs no trigger (an index on the columns themselves)
            listed = "SELECT tgname FROM pg_trigger WHERE tgenabled = 'O'"
            expected = {"analytics_customer_ai"}
        triggers = {name for (name,) in raw.execute(listed)}
    assert expected <= triggers
    # A customer added by hand afterwards is indexed by the re-created trigger.
    core.customers.create(CustomerInput(name="绵阳后来药店"))
    assert len(core.customers.search(CustomerFilter(query="myhl"))) == 1


def test_sales_lines_without_an_amount_are_quantity_times_price_half_up(
    core: Any, fixed_today: Any, tmp_path: Path
) -> None:
    book = tmp_path / "sales.csv"
    book.write_text(
        "客户名称,日期,产品,数量,单价,金额\n"
        "四舍五入药房,2026-11-02,口罩,2,0.0025,\n"  # 0.005: half up is 0.01 (half even gave 0.00)
        "四舍五入药房,2026-11-03,棉签,3,10,25.5\n",
        encoding="utf-8",
    )  # an entered amount wins
    apply_draft(build_draft(book), core.engine)
    sales = customers(core, fixed_today)["四舍五入药房"]["sales"]
    assert [(s["product"], s["amount"]) for s in sales] == [
        ("口罩", Decimal("0.01")),
        ("棉签", Decimal("25.5")),
    ]
