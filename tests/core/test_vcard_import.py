"""Importing vCards as phones and mail programs write them: every birthday form of RFC 2426 and
RFC 6350, tel: URIs, mobiles by their number, company cards, tags, addresses, WeChat ids,
encodings, a file cut off inside a card, and nothing dropped without a problem line."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import vobject

from crm_desktop.core.exporters.interchange import iter_customers
from crm_desktop.core.importers.apply import apply_draft
from crm_desktop.core.importers.import_draft import build_draft

TODAY = date(2026, 11, 25)


def card(*lines: str, version: str = "3.0") -> str:
    return "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"]) + "\r\n"


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "cards.vcf"
    path.write_bytes(text.encode(encoding))
    return path


def imported(core: Any, path: Path) -> Any:
    return apply_draft(build_draft(path), core.engine)


def customers(core: Any) -> dict[str, dict[str, Any]]:
    with core.engine.connect() as con:
        return {c["name"]: c for c in iter_customers(con, TODAY)}


def only_contact(core: Any, company: str) -> dict[str, Any]:
    (person,) = customers(core)[company]["contacts"]
    return person


def problems(summary: Any) -> list[str]:
    return [str(p) for p in summary.problems]


@pytest.mark.parametrize(
    ("bday", "stored"),
    [
        ("19220310", "1922-03-10"),  # ISO 8601 basic, as Outlook writes it
        ("1922-03-10", "1922-03-10"),  # extended
        ("19800321T000000Z", "1980-03-21"),  # with a time and zone
        ("1953-10-15T23:10:00Z", "1953-10-15"),
        ("1996-04-15T12:00:00+08:00", "1996-04-15"),
        ("--0310", "--03-10"),  # vCard 4: no year
        ("--03-10", "--03-10"),
        ("0000-03-10", "--03-10"),  # a year of zeros is no year
    ],
)
def test_every_standard_birthday_form(core: Any, tmp_path: Path, bday: str, stored: str) -> None:
    summary = imported(core, write(tmp_path, card("FN:张伟", "ORG:康泰医药", f"BDAY:{bday}")))
    assert problems(summary) == []
    assert only_contact(core, "康泰医药")["birthday"] == stored
    # A second, independent parser reads the same card.
    assert vobject.readOne(card("FN:张伟", f"BDAY:{bday}")).bday.value == bday


def test_the_iphone_year_to_omit_is_a_birthday_without_year(core: Any, tmp_path: Path) -> None:
    imported(core, write(tmp_path, card("FN:Anna", "BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-10")))
    assert only_contact(core, "Anna")["birthday"] == "--03-10"


def test_a_text_birthday_is_kept_in_the_notes_with_a_problem(core: Any, tmp_path: Path) -> None:
    summary = imported(core, write(tmp_path, card("FN:李娜", "BDAY;VALUE=text:circa 1800")))
    li = only_contact(core, "李娜")
    assert "birthday" not in li and li["notes"] == "生日: circa 1800"
    assert problems(summary) == [
        "card 1: birthday 'circa 1800' is text, not a date; kept in the notes"
    ]
    assert summary.problems[0].code == "birthday_text"


@pytest.mark.parametrize("bday", ["1985-02-30", "1985-03", "--03"])
def test_a_birthday_without_a_whole_real_date_stays_in_the_notes(
    core: Any, tmp_path: Path, bday: str
) -> None:
    summary = imported(core, write(tmp_path, card("FN:李娜", f"BDAY:{bday}")))
    assert only_contact(core, "李娜")["notes"] == f"生日: {bday}"
    assert problems(summary) == [
        f"card 1: birthday '{bday}' is not a whole date; kept in the notes"
    ]


def test_anniversaries_go_to_the_notes(core: Any, tmp_path: Path) -> None:
    text = card("FN:王强", "ANNIVERSARY:20010601") + card(
        "FN:赵六",
        "X-ANNIVERSARY:2003-09-09",
        "item1.X-ABDATE:2005-05-05",
        "item1.X-ABLabel:_$!<Anniversary>!$_",
    )
    summary = imported(core, write(tmp_path, text))
    assert problems(summary) == []
    assert only_contact(core, "王强")["notes"] == "纪念日: 2001-06-01"
    assert only_contact(core, "赵六")["notes"] == "纪念日: 2003-09-09\n纪念日: 2005-05-05"


# -- phones ----------------------------------------------------------------------------------


def test_tel_uri_keeps_its_extension(core: Any, tmp_path: Path) -> None:
    text = card("FN:John Smith", "ORG:Acme", "TEL;VALUE=uri;TYPE=work:tel:+1-418-656-9254;ext=102")
    summary = imported(
        core,
        write(
            tmp_path,
            text,
        ),
    )
    john = only_contact(core, "Acme")
    assert problems(summary) == []
    assert john["phone"] == "+14186569254" and "mobile" not in john
    assert john["notes"] == "分机: +14186569254 转102"


def test_cell_numbers_are_mobiles_only_when_they_are_mobiles(core: Any, tmp_path: Path) -> None:
    text = card(
        "FN:陈静",
        "ORG:武汉协和",
        "TEL;TYPE=CELL:010-62345678",  # called a mobile, but a Beijing landline
        "TEL;TYPE=CELL:+852 9123 4567",  # a Hong Kong mobile
        "TEL;TYPE=HOME:13911112222",  # a mobile number the phone calls home: a phone
        "TEL;TYPE=WORK,FAX:027-85556666",
        "TEL;TYPE=PAGER:027-12345678",
    )
    imported(core, write(tmp_path, text))
    chen = only_contact(core, "武汉协和")
    assert (chen["mobile"], chen["phone"]) == ("+85291234567", "01062345678")
    assert chen["notes"].splitlines() == [
        "传真: 02785556666",
        "寻呼机: 02712345678",
        "其他电话: 13911112222",
    ]


def test_an_untyped_number_says_itself_what_it_is(core: Any, tmp_path: Path) -> None:
    imported(core, write(tmp_path, card("FN:黄涛", "TEL:+86 139 0000 8888", "TEL:0755-8888 1234")))
    huang = only_contact(core, "黄涛")
    assert (huang["mobile"], huang["phone"]) == ("13900008888", "075588881234")


def test_an_iphone_label_names_the_mobile(core: Any, tmp_path: Path) -> None:
    text = card("FN:Mia", "item1.TEL:+44 7911 123456", "item1.X-ABLabel:_$!<Mobile>!$_")
    imported(core, write(tmp_path, text))
    assert only_contact(core, "Mia")["mobile"] == "+447911123456"


# -- cards cut off ---------------------------------------------------------------------------


def test_a_file_ending_inside_a_card_imports_what_it_holds(core: Any, tmp_path: Path) -> None:
    text = (
        card("FN:张伟", "ORG:康泰医药")
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:刘芳\r\nORG:康泰医药\r\n"
    )
    summary = imported(core, write(tmp_path, text))
    names = {c["name"] for c in customers(core)["康泰医药"]["contacts"]}
    assert names == {"张伟", "刘芳"}
    assert problems(summary) == ["card 2: the file ends inside this card"]
    assert summary.line().endswith("problems=1")


def test_a_card_left_open_before_the_next_begins(core: Any, tmp_path: Path) -> None:
    text = "BEGIN:VCARD\r\nFN:刘芳\r\n" + card("FN:张伟")
    summary = imported(core, write(tmp_path, text))
    assert {"刘芳", "张伟"} <= customers(core).keys()
    assert problems(summary) == ["card 1: a new card begins before this one ends (no END:VCARD)"]


# -- names -----------------------------------------------------------------------------------


def test_fn_is_the_name_shown_before_n(core: Any, tmp_path: Path) -> None:
    imported(core, write(tmp_path, card("N:Smith;Robert;;;", "FN:Bob Smith", "ORG:Acme")))
    assert only_contact(core, "Acme")["name"] == "Bob Smith"


def test_without_fn_the_name_comes_from_n(core: Any, tmp_path: Path) -> None:
    text = card("N:王;建国;;;", version="2.1") + card("N:Smith;John;Q;Dr.;Jr.", version="2.1")
    imported(core, write(tmp_path, text))
    assert {"王建国", "Dr. John Q Smith Jr."} <= customers(core).keys()


@pytest.mark.parametrize(
    "lines",
    [
        ("KIND:org", "FN:康泰医药", "ORG:康泰医药", "TEL;TYPE=WORK:010-62345678"),
        ("FN:康泰医药", "N:;;;;", "ORG:康泰医药", "TEL;TYPE=WORK:010-62345678"),  # ORG only
        ("ORG:康泰医药", "TEL:010-62345678", "X-ABShowAs:COMPANY"),
    ],
)
def test_a_company_card_adds_no_person(core: Any, tmp_path: Path, lines: tuple[str, ...]) -> None:
    version = "4.0" if lines[0] == "KIND:org" else "3.0"
    imported(core, write(tmp_path, card(*lines, version=version)))
    company = customers(core)["康泰医药"]
    assert company["kind"] == "company" and company.get("contacts", []) == []
    assert company["phone"] == "01062345678"


def test_a_card_with_only_an_email_is_imported_under_it(core: Any, tmp_path: Path) -> None:
    summary = imported(core, write(tmp_path, card("EMAIL;TYPE=INTERNET:buyer@example.com")))
    assert problems(summary) == []
    person = only_contact(core, "buyer@example.com")
    assert person["email"] == "buyer@example.com"


def test_a_card_with_nothing_to_name_it_is_a_problem(core: Any, tmp_path: Path) -> None:
    summary = imported(core, write(tmp_path, card("NOTE:nobody")))
    assert problems(summary) == ["card 1: a card without a name; skipped"]
    assert summary.skipped == 1


# -- what else a card holds ------------------------------------------------------------------


def test_categories_notes_urls_addresses_and_wechat_are_kept(core: Any, tmp_path: Path) -> None:
    text = card(
        "FN:张伟",
        "ORG:康泰医药;采购部",
        "TITLE:采购经理",
        "CATEGORIES:重点,华北\\,天津",
        "NOTE:每周一拜访\\n带样品",
        "URL:https://kangtai.example.com",
        "ADR;TYPE=WORK:;;海淀区中关村大街1号;北京市;北京;100080;中国",
        "ADR;TYPE=HOME:;;朝阳区建国路88号;北京市;;;",
        "item2.ADR:;;Hafenstraße 1;Hamburg;;20457;Germany",
        "item2.X-ABLabel:仓库",
        "X-WECHAT:zhangwei_kt",
        "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD",
    )
    summary = imported(core, write(tmp_path, text))
    assert problems(summary) == []
    company = customers(core)["康泰医药"]
    assert company["tags"] == sorted(["重点", "华北,天津"])
    assert company["address"] == "中国北京北京市海淀区中关村大街1号 100080"
    zhang = only_contact(core, "康泰医药")
    assert (zhang["title"], zhang["wechat"]) == ("采购经理", "zhangwei_kt")
    assert zhang["notes"].splitlines() == [
        "每周一拜访",
        "带样品",
        "部门: 采购部",
        "网址: https://kangtai.example.com",
        "家庭地址: 北京市朝阳区建国路88号",
        "仓库地址: Hafenstraße 1 Hamburg 20457 Germany",
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ("item1.X-ABRELATEDNAMES:wx_liu", "item1.X-ABLabel:WeChat"),
        ("item3.IMPP:x-apple:wx_liu", "item3.X-ABLabel:微信"),
        ("IMPP;X-SERVICE-TYPE=WeChat:x-apple:wx_liu",),
        ("X-WEIXIN:wx_liu",),
    ],
)
def test_wechat_ids_as_phones_write_them(core: Any, tmp_path: Path, lines: tuple[str, ...]) -> None:
    summary = imported(core, write(tmp_path, card("FN:刘芳", *lines)))
    assert problems(summary) == []
    assert only_contact(core, "刘芳")["wechat"] == "wx_liu"


def test_an_unknown_property_is_a_problem_not_a_silent_drop(core: Any, tmp_path: Path) -> None:
    text = card(
        "FN:刘芳", "X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;老王;1", "GEO:39.9;116.4"
    )
    summary = imported(core, write(tmp_path, text))
    assert problems(summary) == [
        "card 1: 'X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;老王;1' is not imported",
        "card 1: 'GEO:39.9;116.4' is not imported",
    ]
    assert "刘芳" in customers(core)


def test_a_line_that_is_no_property_is_a_problem(core: Any, tmp_path: Path) -> None:
    summary = imported(core, write(tmp_path, card("FN:刘芳", "this is not a property")))
    assert problems(summary) == [
        "card 1: 'this is not a property' is not a vCard line; not imported"
    ]


# -- how the file is written -----------------------------------------------------------------


def test_folded_lines_and_quoted_printable_soft_breaks(core: Any, tmp_path: Path) -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=99=88;=E9=9D=99;;;\r\n"
        "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=AD=A6=E6=B1=89=\r\n"
        "=E5=8D=8F=E5=92=8C\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:first line=0D=0Asecond =\r\nline\r\n"
        "TITLE:Head of\r\n  Purchasing\r\n"
        "END:VCARD\r\n"
    )
    imported(core, write(tmp_path, text))
    chen = only_contact(core, "武汉协和")
    assert chen["name"] == "陈静" and chen["title"] == "Head of Purchasing"
    assert chen["notes"] == "first line\r\nsecond line"


@pytest.mark.parametrize(
    ("charset", "codec"), [("GBK", "gbk"), ("GB2312", "gb2312"), ("BIG5", "big5")]
)
def test_chinese_charsets(core: Any, tmp_path: Path, charset: str, codec: str) -> None:
    name, company = ("陳靜", "武漢協和") if codec == "big5" else ("陈静", "武汉协和")
    raw = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        + f"FN;CHARSET={charset}:".encode()
        + name.encode(codec)
        + f"\r\nORG;CHARSET={charset};ENCODING=QUOTED-PRINTABLE:".encode()
        + "".join(f"={b:02X}" for b in company.encode(codec)).encode()
        + b"\r\nEND:VCARD\r\n"
        + card("FN:Zoë", "ORG:Café").encode("utf-8")  # the rest of the file is UTF-8
    )
    (tmp_path / "cards.vcf").write_bytes(raw)
    imported(core, tmp_path / "cards.vcf")
    assert only_contact(core, company)["name"] == name
    assert only_contact(core, "Café")["name"] == "Zoë"


def test_a_byte_order_mark_and_bare_line_feeds(core: Any, tmp_path: Path) -> None:
    text = "\ufeffBEGIN:VCARD\nVERSION:3.0\nFN:张伟\nORG:康泰医药\nEND:VCARD\n"
    summary = imported(core, write(tmp_path, text))
    assert problems(summary) == [] and only_contact(core, "康泰医药")["name"] == "张伟"


def test_ten_thousand_cards_in_one_transaction_with_progress(core: Any, tmp_path: Path) -> None:
    text = "".join(
        card(f"FN:联系人{i}", f"ORG:客户{i // 4}", f"TEL;TYPE=CELL:139{i:08d}")
        for i in range(10_000)
    )
    path = write(tmp_path, text)
    seen: list[tuple[int, int]] = []
    summary = apply_draft(build_draft(path), core.engine, progress=lambda d, t: seen.append((d, t)))
    assert summary.line() == (
        "imported customers=2500 contacts=10000 sales=0; merged=0; skipped=0; problems=0"
    )
    assert seen[-1] == (10_000, 10_000) and len(seen) > 10
    with core.engine.connect() as con:
        batches = con.exec_driver_sql("SELECT COUNT(*) FROM import_batch").scalar()
    assert batches == 1
    again = apply_draft(build_draft(path), core.engine)
    assert again.line().startswith("imported customers=0 contacts=0 sales=0")


def test_a_second_import_of_the_same_cards_changes_nothing(core: Any, tmp_path: Path) -> None:
    text = card(
        "FN:张伟",
        "ORG:康泰医药",
        "TEL;TYPE=CELL:13800000001",
        "TEL;TYPE=FAX:010-1234567",
        "BDAY:--0310",
        "NOTE:常客",
        "CATEGORIES:重点",
    )
    path = write(tmp_path, text)
    imported(core, path)
    before = customers(core)
    again = imported(core, path)
    assert (again.customers, again.contacts, again.merged) == (0, 0, 2)
    assert customers(core) == before


SAMPLE = (
    card(
        "FN:张伟",
        "N:张;伟;;;",
        "ORG:康泰医药;采购部",
        "TEL;TYPE=CELL:138-0000-0001",
        "TEL;TYPE=WORK,VOICE:010-62345678",
        "EMAIL;TYPE=INTERNET:zhang@example.com",
        "NOTE:第一行\\n第二行\\, 还有\\; 分号",
        "CATEGORIES:重点,华北\\,天津",
        "item1.X-ABLabel:微信",
    )
    + card("FN:Robert Smith", "N:Smith;Robert;;Dr.;", "TITLE:Head of\r\n  Purchasing")
    + card('FN;LANGUAGE="zh-CN":刘芳', "EMAIL:liu@example.com", "EMAIL:fang@example.com")
)


def test_the_reader_agrees_with_vobject(tmp_path: Path) -> None:
    """vobject, a strict second parser, reads the same names, numbers, e-mails and texts."""
    from crm_desktop.core.importers.vcard import read_vcard, split_value, unescape

    ours = read_vcard(write(tmp_path, SAMPLE)).records
    theirs = list(vobject.readComponents(SAMPLE))
    assert len(ours) == len(theirs) == 3
    for mine, other in zip(ours, theirs, strict=True):
        props: dict[str, list[Any]] = {}
        for prop in mine.properties:
            props.setdefault(prop.name.lower(), []).append(prop)
        assert unescape(props["fn"][0].value) == other.fn.value
        for name in ("tel", "email", "title", "note"):
            assert [unescape(p.value) for p in props.get(name, [])] == [
                v.value for v in other.contents.get(name, [])
            ]
        if "org" in other.contents:
            assert split_value(props["org"][0].value) == other.org.value
        if "categories" in other.contents:
            assert split_value(props["categories"][0].value, ",") == other.categories.value
        if "n" in other.contents:
            family, given, *_ = split_value(props["n"][0].value)
            assert (family, given) == (other.n.value.family, other.n.value.given)


def test_iphone_labels_and_a_second_name_go_to_the_notes(core: Any, tmp_path: Path) -> None:
    text = card(
        "FN:刘芳",
        "FN;LANGUAGE=en:Fang Liu",
        "ORG:康泰医药",
        "item1.ADR:;;朝阳区建国路88号;北京市;;;",
        "item1.X-ABLabel:_$!<Home>!$_",
        "item2.URL:https://liufang.example.com",
        "item2.X-ABLabel:_$!<HomePage>!$_",
        "item3.TEL:+86 10 6234 5678",
        "item3.X-ABLabel:_$!<WorkFAX>!$_",
    )
    summary = imported(core, write(tmp_path, text))
    assert problems(summary) == []
    assert only_contact(core, "康泰医药")["notes"].splitlines() == [
        "其他名字: Fang Liu",
        "主页: https://liufang.example.com",
        "传真: 01062345678",
        "家庭地址: 北京市朝阳区建国路88号",  # addresses last, once the customer's is chosen
    ]
    assert "address" not in customers(core)["康泰医药"]  # a home address is not the company's
