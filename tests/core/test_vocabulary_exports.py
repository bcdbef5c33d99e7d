"""The vocabularies: labels in the export's language, read back from any language; contact
gender and "has left" through every import and export."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from crm_desktop.core import vocabulary
from crm_desktop.core.errors import ValidationErrors
from crm_desktop.core.exporters import export_file
from crm_desktop.core.exporters.interchange import iter_customers
from crm_desktop.core.importers.apply import apply_draft
from crm_desktop.core.importers.import_draft import build_draft
from crm_desktop.core.services.dto import ContactInput, CustomerInput

TODAY = date(2026, 11, 25)


def customers(core: Any) -> dict[str, dict[str, Any]]:
    with core.engine.connect() as con:
        return {c["name"]: c for c in iter_customers(con, TODAY)}


def contact(core: Any, company: str, person: str) -> dict[str, Any]:
    return next(c for c in customers(core)[company]["contacts"] if c["name"] == person)


def imported(core: Any, path: Path) -> Any:
    return apply_draft(build_draft(path), core.engine)


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def office(core: Any) -> int:
    """A wholesale customer with a decision maker who is a woman and a buyer who has left."""
    cid = core.customers.create(
        CustomerInput(
            name="华北医药批发公司", channel="wholesale", category="key", lifecycle="loyal"
        )
    )
    core.contacts.add(
        cid, ContactInput(name="李娜", mobile="13911112222", role="decision_maker", gender="female")
    )
    core.contacts.add(
        cid, ContactInput(name="王强", mobile="13933334444", role="user", gender="male", left=True)
    )
    core.contacts.add(cid, ContactInput(name="赵六", mobile="13955556666"))
    return cid


# -- the vocabulary itself ---------------------------------------------------------------------


def test_every_vocabulary_reads_its_keys_and_both_languages_back() -> None:
    for words in vocabulary.ALL:
        assert len(set(words.keys)) == len(words.keys), words.name
        for key in words.keys:
            assert words.key_for(key) == key
            assert words.key_for(words.label(key, "en")) == key, (words.name, key)
            assert words.key_for(words.label(key, "zh_CN")) == key, (words.name, key)
            assert (
                words.key_for(f"  {words.label(key, 'en').upper()} ") == key
            )  # case and spaces do not count


def test_labels_keep_the_order_and_unknown_text_is_not_a_key() -> None:
    assert list(vocabulary.LIFECYCLE.labels("zh_CN").values()) == [
        "潜在期",
        "开拓期",
        "稳定期",
        "衰退期",
        "流失",
    ]
    assert vocabulary.ROLE.label("decision_maker", "en") == "Decision maker"
    assert (
        vocabulary.ROLE.label("no_such_role", "en") == "no_such_role"
    )  # shown as stored, never lost
    assert vocabulary.ROLE.label(None, "en") is None
    assert (
        vocabulary.CHANNEL.key_for("批发部") is None
    )  # not a label: the importer guesses, not the vocabulary
    assert (
        vocabulary.CHANNEL.key_for("ＷＨＯＬＥＳＡＬＥ") == "wholesale"
    )  # full-width, as some books type it


@pytest.mark.parametrize(
    ("said", "gender"),
    [
        ("男", "male"),
        ("女", "female"),
        ("M", "male"),
        ("f", "female"),
        ("Male", "male"),
        ("FEMALE", "female"),
        ("先生", "male"),
        ("女士", "female"),
        ("Unspecified", "unknown"),
        ("未指定", "unknown"),
        ("unknown", "unknown"),
        ("不详", None),
        ("", None),
    ],
)
def test_gender_words(said: str, gender: str | None) -> None:
    assert vocabulary.GENDER.key_for(said) == gender


def test_yes_no_cells() -> None:
    assert [
        vocabulary.yes_no(v)
        for v in ("是", "否", "Yes", "no", "TRUE", 1, 0.0, True, "", "也许", None)
    ] == [True, False, True, False, True, True, False, True, None, None, None]


# -- .csv ---------------------------------------------------------------------------------------


def test_csv_export_writes_chinese_labels_and_has_left(core: Any, tmp_path: Path) -> None:
    office(core)
    export_file(core.engine, tmp_path / "out.csv", TODAY)
    rows = list(csv.DictReader((tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()))
    by_name = {r["联系人"]: r for r in rows}
    assert (by_name["李娜"]["渠道"], by_name["李娜"]["类别"]) == ("批发", "重点")
    assert (by_name["李娜"]["采购角色"], by_name["李娜"]["性别"], by_name["李娜"]["已离职"]) == (
        "决策者",
        "女",
        "",
    )
    assert (by_name["王强"]["采购角色"], by_name["王强"]["性别"], by_name["王强"]["已离职"]) == (
        "使用者",
        "男",
        "是",
    )
    assert by_name["赵六"]["性别"] == ""  # unknown is left blank
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "decision_maker" not in text and "wholesale" not in text


def test_csv_export_reads_back_into_an_empty_database(
    core: Any, tmp_path: Path, template_db: Path
) -> None:
    from crm_desktop.core.facade import open_core

    office(core)
    export_file(core.engine, tmp_path / "out.csv", TODAY)
    other_path = tmp_path / "other.sqlite3"
    other_path.write_bytes(template_db.read_bytes())
    other = open_core(str(other_path))
    try:
        summary = imported(other, tmp_path / "out.csv")
        assert (summary.customers, summary.contacts, summary.problems) == (1, 3, [])
        back = customers(other)["华北医药批发公司"]
        assert (back["channel"], back["category"]) == ("wholesale", "key")
        people = {c["name"]: c for c in back["contacts"]}
        assert (people["李娜"]["role"], people["李娜"]["gender"]) == ("decision_maker", "female")
        assert "left" not in people["李娜"]
        assert (people["王强"]["role"], people["王强"]["gender"], people["王强"]["left"]) == (
            "user",
            "male",
            True,
        )
        assert "gender" not in people["赵六"]
    finally:
        other.engine.dispose()


def test_a_contact_book_in_english_labels_and_raw_keys(core: Any, tmp_path: Path) -> None:
    book = write_csv(
        tmp_path / "en.csv",
        [
            ["Company", "Channel", "Category", "Name", "Mobile", "Role", "Gender", "Has left"],
            [
                "Acme Pharma",
                "Medical",
                "Potential",
                "John Smith",
                "13800000001",
                "Decision maker",
                "M",
                "yes",
            ],
            [
                "Acme Pharma",
                "medical",
                "potential",
                "Mary Chen",
                "13800000002",
                "key_person",
                "Female",
                "No",
            ],
        ],
    )
    assert imported(core, book).problems == []
    acme = customers(core)["Acme Pharma"]
    assert (acme["channel"], acme["category"]) == ("medical", "potential")
    john, mary = (
        contact(core, "Acme Pharma", "John Smith"),
        contact(core, "Acme Pharma", "Mary Chen"),
    )
    assert (john["role"], john["gender"], john["left"]) == ("decision_maker", "male", True)
    assert (mary["role"], mary["gender"], mary.get("left")) == ("key_person", "female", None)


# -- gender on import ---------------------------------------------------------------------------


def test_gender_column_in_every_spelling_and_what_it_cannot_read_goes_to_the_notes(
    core: Any, tmp_path: Path
) -> None:
    book = write_csv(
        tmp_path / "book.csv",
        [
            ["客户名称", "联系人", "手机", "性别"],
            ["康泰医药", "张伟", "13800000011", "男"],
            ["康泰医药", "刘芳", "13800000012", "女士"],
            ["康泰医药", "陈静", "13800000013", "未指定"],
            ["康泰医药", "周杰", "13800000014", "不详"],
            ["康泰医药", "吴敏", "13800000015", ""],
        ],
    )
    assert imported(core, book).problems == []
    people = {c["name"]: c for c in customers(core)["康泰医药"]["contacts"]}
    assert people["张伟"]["gender"] == "male" and people["刘芳"]["gender"] == "female"
    assert (
        "gender" not in people["陈静"] and "notes" not in people["陈静"]
    )  # Outlook's default: unknown, no note
    assert "gender" not in people["周杰"] and people["周杰"]["notes"] == "性别: 不详"
    assert "gender" not in people["吴敏"]


def test_outlook_gender_column(core: Any, tmp_path: Path) -> None:
    book = write_csv(
        tmp_path / "outlook.csv",
        [
            [
                "First Name",
                "Last Name",
                "Company",
                "Mobile Phone",
                "E-mail Address",
                "Job Title",
                "Gender",
                "Priority",
            ],
            [
                "John",
                "Smith",
                "Acme Pharma Ltd",
                "13800000021",
                "j@acme.example",
                "Buyer",
                "Male",
                "Normal",
            ],
            [
                "Jane",
                "Doe",
                "Acme Pharma Ltd",
                "13800000022",
                "d@acme.example",
                "Manager",
                "Unspecified",
                "Normal",
            ],
        ],
    )
    assert imported(core, book).problems == []
    john, jane = (
        contact(core, "Acme Pharma Ltd", "John Smith"),
        contact(core, "Acme Pharma Ltd", "Jane Doe"),
    )
    assert john["gender"] == "male" and "notes" not in john
    assert "gender" not in jane and "notes" not in jane


def test_a_polite_name_says_the_gender_when_no_column_does(core: Any, tmp_path: Path) -> None:
    book = write_csv(
        tmp_path / "book.csv",
        [
            ["客户名称", "联系人", "手机"],
            ["康泰医药", "王先生", "13800000031"],
            ["康泰医药", "欧阳女士", "13800000032"],
            ["康泰医药", "李先生明", "13800000033"],  # not a polite name: says nothing
        ],
    )
    imported(core, book)
    people = {c["name"]: c for c in customers(core)["康泰医药"]["contacts"]}
    assert (people["王先生"]["gender"], people["欧阳女士"]["gender"]) == ("male", "female")
    assert "gender" not in people["李先生明"]


def test_unknown_on_a_later_import_never_clears_a_known_gender(core: Any, tmp_path: Path) -> None:
    office(core)
    book = write_csv(
        tmp_path / "again.csv",
        [
            ["客户名称", "联系人", "手机", "性别"],
            ["华北医药批发公司", "李娜", "13911112222", "未知"],
        ],
    )
    summary = imported(core, book)
    assert (summary.contacts, summary.merged) == (0, 2)
    assert contact(core, "华北医药批发公司", "李娜")["gender"] == "female"


def test_a_company_row_keeps_its_gender_cell_in_the_notes(core: Any, tmp_path: Path) -> None:
    book = write_csv(
        tmp_path / "book.csv", [["客户名称", "性别", "已离职"], ["康泰医药", "男", "是"]]
    )
    imported(core, book)
    assert customers(core)["康泰医药"]["notes"] == "性别: 男\n已离职: 是"


def test_an_unreadable_has_left_cell_goes_to_the_notes(core: Any, tmp_path: Path) -> None:
    book = write_csv(
        tmp_path / "book.csv", [["客户名称", "联系人", "已离职"], ["康泰医药", "张伟", "下月走"]]
    )
    imported(core, book)
    zhang = contact(core, "康泰医药", "张伟")
    assert zhang["notes"] == "已离职: 下月走" and "left" not in zhang


def test_vcard_gender(core: Any, tmp_path: Path) -> None:
    card = tmp_path / "cards.vcf"
    card.write_text(
        "BEGIN:VCARD\nVERSION:4.0\nFN:张伟\nORG:康泰医药\nTEL;TYPE=cell:13800000041\nGENDER:M\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:刘芳\nORG:康泰医药\nTEL;TYPE=cell:13800000042\nGENDER:F;\nEND:VCARD\n",
        encoding="utf-8",
    )
    imported(core, card)
    people = {c["name"]: c for c in customers(core)["康泰医药"]["contacts"]}
    assert (people["张伟"]["gender"], people["刘芳"]["gender"]) == ("male", "female")


# -- JSON ---------------------------------------------------------------------------------------


def test_json_round_trip_keeps_gender_and_rejects_a_bad_one(core: Any, tmp_path: Path) -> None:
    office(core)
    export_file(core.engine, tmp_path / "out.json", TODAY)
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    people = {c["name"]: c for c in document["customers"][0]["contacts"]}
    assert (people["李娜"]["gender"], people["王强"]["gender"]) == ("female", "male")
    assert "gender" not in people["赵六"]  # unknown is omitted
    assert people["李娜"]["role"] == "decision_maker"  # JSON keeps the keys
    people["赵六"]["gender"] = "robot"
    (tmp_path / "bad.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    summary = imported(core, tmp_path / "bad.json")
    assert [p.message for p in summary.problems] == [
        "gender 'robot' is not one of male, female, unknown; value not stored"
    ]
    assert "gender" not in contact(core, "华北医药批发公司", "赵六")


def test_the_contact_service_refuses_a_gender_it_does_not_know(core: Any) -> None:
    cid = core.customers.create(CustomerInput(name="甲"))
    with pytest.raises(ValidationErrors):
        core.contacts.add(cid, ContactInput(name="乙", gender="robot"))


# -- .xlsx --------------------------------------------------------------------------------------


def test_xlsx_export_writes_labels_and_reads_any_language_back(
    core: Any, tmp_path: Path, template_db: Path
) -> None:
    from crm_desktop.core.facade import open_core

    office(core)
    export_file(core.engine, tmp_path / "all.xlsx", TODAY)
    book = openpyxl.load_workbook(tmp_path / "all.xlsx")
    sheet = book["客户"]
    header = [c.value for c in sheet[1]]
    row = {h: c.value for h, c in zip(header, sheet[2], strict=True)}
    assert (
        row["类型"],
        row["购销关系"],
        row["渠道"],
        row["类别"],
        row["生命周期"],
        row["有效"],
    ) == ("单位", "下游销售客户", "批发", "重点", "稳定期", "是")
    people = book["联系人"]
    header = [c.value for c in people[1]]
    rows = {r[header.index("姓名")].value: r for r in people.iter_rows(min_row=2)}
    wang = rows["王强"]
    assert (
        wang[header.index("采购角色")].value,
        wang[header.index("性别")].value,
        wang[header.index("已离职")].value,
    ) == ("使用者", "男", "是")
    # Someone retypes labels in English and keys: the workbook still reads back to the same keys.
    rows["李娜"][header.index("采购角色")].value = "Decision maker"
    rows["李娜"][header.index("性别")].value = "F"
    sheet["F2"] = "Wholesale"
    sheet["E2"] = "downstream"
    book.save(tmp_path / "edited.xlsx")
    other_path = tmp_path / "other.sqlite3"
    other_path.write_bytes(template_db.read_bytes())
    other = open_core(str(other_path))
    try:
        assert imported(other, tmp_path / "edited.xlsx").problems == []
        assert customers(other) == customers(core)
    finally:
        other.engine.dispose()


def test_a_workbook_of_the_version_before_gender_still_reads_as_ours(
    core: Any, tmp_path: Path
) -> None:
    office(core)
    export_file(core.engine, tmp_path / "all.xlsx", TODAY)
    book = openpyxl.load_workbook(tmp_path / "all.xlsx")
    people = book["联系人"]
    people.delete_cols([c.value for c in people[1]].index("性别") + 1)
    book.save(tmp_path / "older.xlsx")
    draft = build_draft(tmp_path / "older.xlsx")
    assert draft.interchange is not None  # recognised as our own export, not read as a contact book
    li = next(c for c in draft.interchange["customers"][0]["contacts"] if c["name"] == "李娜")
    assert (li["role"], "gender" in li) == ("decision_maker", False)


# -- the migration ------------------------------------------------------------------------------


def test_migration_0006_gives_existing_contacts_an_unknown_gender(tmp_path: Path) -> None:
    from alembic import command

    from crm_desktop.core.db import migrate
    from crm_desktop.core.db.engine import make_engine

    path = tmp_path / "old.sqlite3"
    engine = make_engine(str(path))
    command.upgrade(migrate.alembic_config(engine), "0005_rollup_index_dimensions")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO customer(id, name, name_key, kind, relation, channel, category, active,"
        " sort_key, search_initials, search_pinyin, search_digits, created_at, updated_at)"
        " VALUES (1, '甲', '甲', 'company', 'downstream', 'other', 'normal', 1, '甲', '', '', '',"
        " '', '')"
    )
    con.execute(
        "INSERT INTO contact(customer_id, name, birthday_lunar, left) VALUES (1, '乙', 0, 0)"
    )
    con.commit()
    con.close()
    engine = make_engine(str(path))
    migrate.upgrade(engine)
    with engine.connect() as c:
        assert c.exec_driver_sql("SELECT name, gender FROM contact").all() == [("乙", "unknown")]
    command.downgrade(migrate.alembic_config(engine), "0005_rollup_index_dimensions")
    with engine.connect() as c:
        assert "gender" not in {r[1] for r in c.exec_driver_sql("PRAGMA table_info(contact)")}
        assert c.exec_driver_sql("SELECT name FROM contact").all() == [("乙",)]
    engine.dispose()


# -- reports ------------------------------------------------------------------------------------


def test_an_english_profile_prints_labels_not_keys(core: Any) -> None:
    from crm_desktop.core.reports import builders

    cid = office(core)
    english = builders.profile(core, [cid], TODAY, language="en").html()
    assert "Wholesale" in english and "Decision maker" in english and "Loyal" in english
    assert "decision_maker" not in english and "wholesale" not in english
    chinese = builders.profile(core, [cid], TODAY).html()
    assert "批发" in chinese and "决策者" in chinese and "稳定期" in chinese
