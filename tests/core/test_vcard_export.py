"""Exporting contacts as vCard 3.0 (read back by vobject, a second parser, as a phone would) and
the round trip: import(export(database)) gives the same customers and contacts, and importing
the export again changes nothing."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.core.errors import UnusableInput
from crm_desktop.core.exporters import export_file
from crm_desktop.core.exporters.interchange import iter_customers
from crm_desktop.core.exporters.vcard_file import fold, split_name
from crm_desktop.core.facade import open_core
from crm_desktop.core.importers.apply import apply_draft
from crm_desktop.core.importers.import_draft import build_draft
from crm_desktop.core.normalize.text import name_key
from crm_desktop.core.services.dto import ContactInput, CustomerInput

TODAY = date(2026, 11, 25)


def office(core: Any) -> dict[str, int]:
    kangtai = core.customers.create(
        CustomerInput(
            name="康泰医药; 天津分公司", address="天津市和平区南京路1号", tags=["重点", "华北"]
        )
    )
    core.contacts.add(
        kangtai,
        ContactInput(
            name="欧阳娜娜",
            title="采购经理",
            mobile="13911112222",
            phone="02223456789",
            email="ouyang@kangtai.example.com",
            wechat="oyn_kt",
            birthday_month=3,
            birthday_day=7,
            notes="每周一拜访, 带样品\n不喝酒",
        ),
    )
    core.contacts.add(
        kangtai,
        ContactInput(name="John Smith", birthday_year=1985, birthday_month=12, birthday_day=1),
    )
    core.contacts.add(
        kangtai, ContactInput(name="王强", birthday_month=8, birthday_day=15, birthday_lunar=True)
    )
    huang = core.customers.create(CustomerInput(name="黄涛", kind="person"))
    core.contacts.add(huang, ContactInput(name="黄涛", mobile="13900008888"))
    shop = core.customers.create(
        CustomerInput(name="同仁堂药店", phone="01062345678", email="shop@example.com")
    )
    return {"kangtai": kangtai, "huang": huang, "shop": shop}


def export(core: Any, path: Path, ids: list[int] | None = None) -> bytes:
    core.exports.export(path, ids)
    return path.read_bytes()


def cards(raw: bytes) -> list[Any]:
    return list(vobject.readComponents(raw.decode("utf-8")))


def by_name(raw: bytes) -> dict[str, Any]:
    return {c.fn.value: c for c in cards(raw)}


def test_one_card_per_contact_as_a_second_parser_reads_it(core: Any, tmp_path: Path) -> None:
    office(core)
    raw = export(core, tmp_path / "office.vcf")
    found = by_name(raw)
    assert set(found) == {"欧阳娜娜", "John Smith", "王强", "黄涛", "同仁堂药店"}
    ou = found["欧阳娜娜"]
    assert ou.version.value == "3.0"
    assert (ou.n.value.family, ou.n.value.given) == ("欧阳", "娜娜")
    assert ou.org.value == ["康泰医药; 天津分公司"]
    assert ou.title.value == "采购经理"
    phones = {t.value: t.params["TYPE"] for t in ou.contents["tel"]}
    assert phones == {"13911112222": ["CELL"], "02223456789": ["WORK"]}
    assert ou.email.value == "ouyang@kangtai.example.com"
    assert ou.adr.value.street == "天津市和平区南京路1号"
    assert ou.bday.value == "--0307"  # a birthday without its year
    assert ou.note.value == "每周一拜访, 带样品\n不喝酒"
    assert sorted(ou.categories.value) == ["华北", "重点"]
    assert found["John Smith"].bday.value == "1985-12-01"
    assert (found["John Smith"].n.value.family, found["John Smith"].n.value.given) == (
        "Smith",
        "John",
    )
    assert "bday" not in found["王强"].contents  # a lunar date is no Gregorian birthday
    assert "org" not in found["黄涛"].contents  # a person is their own customer
    shop = found["同仁堂药店"]  # a company without contacts has its own card
    assert shop.org.value == ["同仁堂药店"] and shop.tel.value == "01062345678"


def test_utf8_crlf_and_lines_folded_at_75_octets(core: Any, tmp_path: Path) -> None:
    cid = core.customers.create(CustomerInput(name="长备注"))
    note = "北京医药股份有限公司采购部，每月初对账；" * 8
    core.contacts.add(cid, ContactInput(name="李娜", notes=note))
    raw = export(core, tmp_path / "out.vcf")
    assert raw.startswith(b"BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")  # every line ends in CRLF
    lines = raw.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # the note was folded
    for line in lines:
        line.decode("utf-8")  # no line ends inside a character
    assert by_name(raw)["李娜"].note.value == note


def test_fold_never_cuts_a_character() -> None:
    for width in range(60, 80):
        line = ("x" * (width - 60) + "医" * 40).encode()
        pieces = list(fold(line))
        assert all(len(p) <= 75 for p in pieces)
        assert b"".join(p[1:] if i else p for i, p in enumerate(pieces)) == line
        for piece in pieces:
            piece.decode("utf-8")


def test_some_customers_only(core: Any, tmp_path: Path) -> None:
    ids = office(core)
    raw = export(core, tmp_path / "some.vcf", [ids["huang"], ids["shop"]])
    assert set(by_name(raw)) == {"黄涛", "同仁堂药店"}


def test_selected_contacts_only(core: Any, tmp_path: Path) -> None:
    ids = office(core)
    people = {c.name: c.id for c in core.contacts.list(ids["kangtai"])}
    count = core.exports.export_contacts(tmp_path / "two.vcf", [people["欧阳娜娜"], people["王强"]])
    assert count == 2
    assert set(by_name((tmp_path / "two.vcf").read_bytes())) == {"欧阳娜娜", "王强"}


def test_contacts_go_to_vcard_only(core: Any, tmp_path: Path) -> None:
    with pytest.raises(UnusableInput, match=r"\.vcf"):
        core.exports.export_contacts(tmp_path / "two.xlsx", [1])


def test_split_name() -> None:
    assert split_name("王建国") == ("王", "建国")
    assert split_name("司马光") == ("司马", "光")
    assert split_name("Mary Ann Chen") == ("Chen", "Mary Ann")
    assert split_name("Madonna") == ("", "Madonna")


# -- the round trip --------------------------------------------------------------------------


def snapshot(core: Any) -> dict[str, Any]:
    """What vCard carries of every customer and contact."""
    out: dict[str, Any] = {}
    with core.engine.connect() as con:
        for customer in iter_customers(con, TODAY):
            out[customer["name"]] = (
                customer.get("kind"),
                customer.get("address"),
                frozenset(customer.get("tags", [])),
                customer.get("phone"),
                customer.get("email"),
                customer.get("notes"),
                {
                    c["name"]: tuple(
                        c.get(k)
                        for k in (
                            "title",
                            "mobile",
                            "phone",
                            "email",
                            "wechat",
                            "birthday",
                            "birthday_lunar",
                            "notes",
                        )
                    )
                    for c in customer.get("contacts", [])
                },
            )
    return out


def test_the_export_imported_again_changes_nothing(core: Any, tmp_path: Path) -> None:
    office(core)
    path = tmp_path / "office.vcf"
    export(core, path)
    before = snapshot(core)
    again = apply_draft(build_draft(path), core.engine)
    assert (again.customers, again.contacts, again.problems) == (0, 0, [])
    assert again.merged == 3 + 4  # every customer and contact matched
    assert snapshot(core) == before


CJK = "张王李赵刘陈杨黄欧阳司马娜强伟芳医药康泰"
WORDS = st.text(alphabet=CJK + "abcXYZ", min_size=1, max_size=6)
TEXT = st.text(alphabet=CJK + "ab ,;:\\\n-", min_size=1, max_size=40).map(str.strip).filter(bool)
LINE = TEXT.map(lambda t: " ".join(t.split()))


@st.composite
def offices(draw: st.DrawFn) -> list[dict[str, Any]]:
    names = draw(st.lists(WORDS, min_size=1, max_size=4, unique_by=name_key))
    mobiles = iter(range(10_000_000, 99_999_999))
    customers = []
    for index, name in enumerate(names):
        kind = draw(st.sampled_from(["company", "person"]))
        people = draw(
            st.lists(WORDS, min_size=0 if kind == "company" else 1, max_size=3, unique=True)
        )
        if kind == "person":  # held as its own contact, or under another name (黄涛太太)
            people = [name] if draw(st.booleans()) else people[:1]
        else:
            people = [p for p in people if name_key(p) != name_key(name)]
        customer: dict[str, Any] = {
            "name": name,
            "kind": kind,
            "address": draw(st.none() | LINE),
            "tags": draw(st.lists(LINE, max_size=2, unique=True)),
            "contacts": [],
        }
        if kind == "company":
            customer["phone"] = draw(st.none() | st.just(f"0106{index:07d}"))
            customer["email"] = draw(st.none() | st.just(f"office{index}@example.com"))
            customer["notes"] = draw(st.none() | TEXT)
        for person in people:
            year = draw(st.none() | st.integers(1930, 2010))
            month, day = draw(st.integers(1, 12)), draw(st.integers(1, 28))
            customer["contacts"].append(
                ContactInput(
                    name=person,
                    title=draw(st.none() | LINE),
                    mobile=draw(st.none() | st.just(f"139{next(mobiles)}")),
                    phone=draw(st.none() | st.just(f"0755{next(mobiles)}")),
                    email=draw(st.none() | st.just(f"p{next(mobiles)}@example.com")),
                    wechat=draw(st.none() | st.just(f"wx_{next(mobiles)}")),
                    birthday_year=year,
                    birthday_month=month if draw(st.booleans()) else None,
                    birthday_day=day,
                    birthday_lunar=draw(st.booleans()),
                    notes=draw(st.none() | TEXT),
                )
            )
        customers.append(customer)
    return customers


def fill(core: Any, customers: list[dict[str, Any]]) -> None:
    for customer in customers:
        cid = core.customers.create(
            CustomerInput(
                **{k: v for k, v in customer.items() if k != "contacts"},
            )
        )
        for person in customer["contacts"]:
            if person.birthday_month is None:
                person.birthday_year = person.birthday_day = None
                person.birthday_lunar = False
            core.contacts.add(cid, person)


def fresh_core(template_db: Path, folder: Path) -> Any:
    path = folder / f"{len(list(folder.iterdir()))}.sqlite3"
    shutil.copyfile(template_db, path)
    return open_core(str(path))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(customers=offices())
def test_export_then_import_gives_the_same_office(
    template_db: Path, customers: list[dict[str, Any]]
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="vcard-round-"))
    try:
        source, target = fresh_core(template_db, folder), fresh_core(template_db, folder)
        fill(source, customers)
        path = folder / "office.vcf"
        export_file(source.engine, path, TODAY)
        cards(path.read_bytes())  # a second parser reads every card
        first = apply_draft(build_draft(path), target.engine)
        assert first.problems == []
        assert snapshot(target) == snapshot(source)
        for core in (target, source):  # the export again, into either database: no change
            before = snapshot(core)
            again = apply_draft(build_draft(path), core.engine)
            assert (again.customers, again.contacts, again.problems) == (0, 0, [])
            assert snapshot(core) == before
        source.engine.dispose()
        target.engine.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_customer_code_travels_with_the_cards_and_matches_them_back(
    core: Any, tmp_path: Path
) -> None:
    """X-CRM-CUSTOMER-CODE on every card of a customer with a code: importing the cards back
    finds that customer by its code (the contract's matching) even after its name changed."""
    from dataclasses import replace

    from crm_desktop.core.services.dto import CustomerFilter

    data = CustomerInput(name="康泰医药", code="KT-001")
    cid = int(core.customers.create(data))
    core.contacts.add(cid, ContactInput(name="李娜", mobile="13911112222"))
    shop = int(core.customers.create(CustomerInput(name="同仁堂药店", code="TRT,7")))
    cards = tmp_path / "cards.vcf"
    text = export(core, cards).decode("utf-8")
    assert text.count("X-CRM-CUSTOMER-CODE:KT-001\r\n") == 1  # on 李娜's card
    assert "X-CRM-CUSTOMER-CODE:TRT\\,7\r\n" in text  # the shop's own card, escaped
    core.customers.update(cid, replace(data, name="天津康泰医药有限公司"))
    everyone = CustomerFilter(include_inactive=True)
    before = sorted(core.customers.search(everyone))
    summary = apply_draft(build_draft(cards), core.engine)
    assert summary.customers == 0 and summary.contacts == 0
    assert sorted(core.customers.search(everyone)) == before
    assert [c.name for c in core.contacts.list(cid)] == ["李娜"]
    assert core.customers.get(shop).code == "TRT,7"
