from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from crm_desktop.core.errors import ValidationErrors
from crm_desktop.core.services.dto import ContactInput, CustomerFilter, CustomerInput, SaleInput

# The core's SQL runs on both databases: each test here, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_databases


def names(core, flt: CustomerFilter) -> list[str]:  # noqa: ANN001
    return [r.name for r in core.customers.rows(core.customers.search(flt))]


@pytest.fixture
def office(core):  # noqa: ANN001, ANN201
    a = core.customers.create(
        CustomerInput(
            name="北京医药有限公司",
            code="BJ001",
            region="华北",
            channel="wholesale",
            owner="王建国",
            tags=["重点跟进"],
        )
    )
    b = core.customers.create(
        CustomerInput(name="上海华润大药房", region="华东", channel="retail", owner="李娜")
    )
    c = core.customers.create(CustomerInput(name="曾小明", kind="person", channel="retail"))
    core.contacts.add(b, ContactInput(name="张伟", mobile="13812345678"))
    return core, a, b, c


def test_search_by_pinyin_initials_full_pinyin_name_code_and_phone_digits(office) -> None:  # noqa: ANN001
    core, *_ = office
    assert names(core, CustomerFilter(query="bjyy")) == ["北京医药有限公司"]
    assert names(core, CustomerFilter(query="beijingyiyao")) == ["北京医药有限公司"]
    assert names(core, CustomerFilter(query="BJ001")) == ["北京医药有限公司"]
    assert names(core, CustomerFilter(query="华润大")) == [
        "上海华润大药房"
    ]  # 3+ characters: any substring
    assert names(core, CustomerFilter(query="上海")) == [
        "上海华润大药房"
    ]  # 1–2 characters: the start
    assert names(core, CustomerFilter(query="华润")) == []
    assert names(core, CustomerFilter(query="1234567")) == ["上海华润大药房"]  # a contact's mobile
    assert names(core, CustomerFilter(query="138-1234")) == ["上海华润大药房"]
    assert names(core, CustomerFilter(query="sh")) == ["上海华润大药房"]
    assert names(core, CustomerFilter(query="zxm")) == ["曾小明"]  # surname 曾 read zeng
    assert names(core, CustomerFilter(query="zeng")) == ["曾小明"]
    assert names(core, CustomerFilter(query="nothing-like-this")) == []


def test_list_is_sorted_by_pinyin(office) -> None:  # noqa: ANN001
    core, *_ = office
    assert names(core, CustomerFilter()) == ["北京医药有限公司", "上海华润大药房", "曾小明"]


def test_filters_combine_with_search(office) -> None:  # noqa: ANN001
    core, a, b, _ = office
    assert names(core, CustomerFilter(region="华东")) == ["上海华润大药房"]
    assert names(core, CustomerFilter(channel="retail")) == ["上海华润大药房", "曾小明"]
    owner_id = dict((n, i) for i, n in core.customers.owners())["王建国"]
    assert names(core, CustomerFilter(owner_id=owner_id)) == ["北京医药有限公司"]
    tag_id = dict((n, i) for i, n in core.customers.tags())["重点跟进"]
    assert names(core, CustomerFilter(tag_id=tag_id, query="bj")) == ["北京医药有限公司"]


def test_deactivated_customer_leaves_the_list_and_comes_back(office) -> None:  # noqa: ANN001
    core, a, *_ = office
    core.customers.set_active(a, False)
    assert "北京医药有限公司" not in names(core, CustomerFilter())
    assert "北京医药有限公司" in names(core, CustomerFilter(include_inactive=True))
    core.customers.set_active(a, True)
    assert "北京医药有限公司" in names(core, CustomerFilter())


def test_duplicates_found_by_normalised_name_and_by_phone(office) -> None:  # noqa: ANN001
    core, a, b, _ = office
    assert [r.id for r in core.customers.find_duplicates("北京医药 有限公司", None)] == [a]
    assert [r.id for r in core.customers.find_duplicates("另一家", "+86 138 1234 5678")] == [b]
    assert core.customers.find_duplicates("完全不同", None) == []


def test_invalid_customer_is_refused_with_every_bad_field(core) -> None:  # noqa: ANN001
    with pytest.raises(ValidationErrors) as info:
        core.customers.create(CustomerInput(name="  ", phone="abc", email="nope"))
    assert {e.field for e in info.value.errors} == {"name", "phone", "email"}
    assert core.customers.search(CustomerFilter(include_inactive=True)) == []


def test_duplicate_code_is_refused(office) -> None:  # noqa: ANN001
    core, *_ = office
    with pytest.raises(ValidationErrors) as info:
        core.customers.create(CustomerInput(name="别的公司", code="BJ001"))
    assert info.value.errors[0].code == "duplicate_code"


def test_edit_updates_search_columns_and_tags(office) -> None:  # noqa: ANN001
    core, a, *_ = office
    detail = core.customers.get(a)
    detail.name = "天津康泰医药"
    detail.tags = ["新开户", "GSP认证"]
    core.customers.update(a, detail)
    assert names(core, CustomerFilter(query="tjkt")) == ["天津康泰医药"]
    assert names(core, CustomerFilter(query="bjyy")) == []
    assert core.customers.get(a).tags == ["GSP认证", "新开户"]


def test_owner_and_product_lists_grow_without_duplicates(office) -> None:  # noqa: ANN001
    core, a, b, _ = office
    core.customers.create(CustomerInput(name="丙公司", owner="王建国"))
    assert [n for _, n in core.customers.owners()] == ["李娜", "王建国"]
    core.sales.add(
        a, SaleInput(date=date(2026, 1, 5), amount=Decimal("10"), product="阿莫西林胶囊")
    )
    core.sales.add(
        b, SaleInput(date=date(2026, 1, 6), amount=Decimal("10"), product=" 阿莫西林胶囊 ")
    )
    core.sales.add(b, SaleInput(date=date(2026, 1, 7), amount=Decimal("10"), product="ＡＢＣ片"))
    core.sales.add(b, SaleInput(date=date(2026, 1, 8), amount=Decimal("10"), product="abc片"))
    assert core.sales.products() == ["阿莫西林胶囊", "ＡＢＣ片"]  # pinyin order: a mo… < abc
