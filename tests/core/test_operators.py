"""Operators and roles (issue 14): sign-in with argon2 and the wait after five wrong passwords,
and each role's boundary enforced by the core services themselves."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.core import permissions
from crm_desktop.core.acting_operator import current_actor, signed_in_operator
from crm_desktop.core.errors import (
    PermissionDenied,
    SignInLocked,
    SignInRefused,
    ValidationErrors,
)
from crm_desktop.core.facade import open_core
from crm_desktop.core.services.dto import CreditInput, CustomerFilter, CustomerInput, NoteInput

# The core and its SQL run on both databases; the tests reading the SQLite file stay there.
pytestmark = pytest.mark.both_databases

PASSWORDS = {"boss": "boss-secret", "wang": "wang-secret", "li": "li-secret", "eye": "eye-secret"}


def office(core: Any) -> dict[str, int]:
    """An admin, two sales operators (王芳 owns one customer, 李强 another) and a viewer;
    nobody signed in afterwards."""
    ops = core.operators
    ids = {"boss": ops.add("boss", PASSWORDS["boss"], "admin", "老板").id}
    ops.sign_in("boss", PASSWORDS["boss"])
    ids["wang"] = ops.add("wang", PASSWORDS["wang"], "sales", "王芳").id
    ids["li"] = ops.add("li", PASSWORDS["li"], "sales", "李强").id
    ids["eye"] = ops.add("eye", PASSWORDS["eye"], "viewer", "审计").id
    ids["wangs"] = int(core.customers.create(CustomerInput(name="华东医药", owner="王芳")))
    ids["lis"] = int(core.customers.create(CustomerInput(name="北方批发", owner="李强")))
    ids["nobodys"] = int(core.customers.create(CustomerInput(name="无主药房")))
    ops.sign_out()
    return ids


def as_(core: Any, name: str) -> None:
    core.operators.sign_in(name, PASSWORDS[name])


def test_without_operators_everything_works_as_before_and_nobody_signs_in(core: Any) -> None:
    assert not core.operators.any_defined()
    assert core.operators.current() is None
    created = int(core.customers.create(CustomerInput(name="华东医药")))
    core.customers.set_active(created, False)
    core.settings.set("office_name", "测试")
    assert core.operators.can(permissions.RESTORE)


def test_the_first_operator_must_be_an_administrator(core: Any) -> None:
    with pytest.raises(ValidationErrors, match="first operator must be an administrator"):
        core.operators.add("wang", "wang-secret", "sales")
    assert not core.operators.any_defined()
    core.operators.add("boss", "boss-secret", "admin")
    assert core.operators.any_defined()
    # Nobody signed in: reading works, adding a second operator does not.
    assert core.customers.search(CustomerFilter()) == []
    with pytest.raises(PermissionDenied, match="sign in first"):
        core.operators.add("wang", "wang-secret", "sales")


@pytest.mark.sqlite_only
def test_the_password_is_stored_only_as_an_argon2_hash(core: Any, db_path: Path) -> None:
    core.operators.add("boss", "boss-secret", "admin")
    raw = sqlite3.connect(db_path)
    stored = raw.execute("SELECT password_hash FROM operator").fetchone()[0]
    dump = "\n".join(raw.iterdump())
    raw.close()
    assert stored.startswith("$argon2id$")
    assert "boss-secret" not in dump
    assert b"boss-secret" not in db_path.read_bytes()
    assert "boss-secret" not in repr(core.operators.list())


@pytest.mark.sqlite_only
def test_an_old_hash_is_renewed_at_the_next_sign_in(core: Any, db_path: Path) -> None:
    from argon2 import PasswordHasher

    core.operators.add("boss", "boss-secret", "admin")
    weak = PasswordHasher(time_cost=1, memory_cost=8192).hash("boss-secret")
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE operator SET password_hash = ?", (weak,))
    core.operators.sign_in("boss", "boss-secret")
    with sqlite3.connect(db_path) as raw:
        renewed = raw.execute("SELECT password_hash FROM operator").fetchone()[0]
    assert renewed != weak and renewed.startswith("$argon2id$")
    core.operators.sign_in("boss", "boss-secret")  # the new hash checks the same password


def test_sign_in_names_the_actor_and_a_wrong_password_does_not(core: Any) -> None:
    core.operators.add("boss", "boss-secret", "admin")
    with pytest.raises(SignInRefused, match="wrong operator name or password"):
        core.operators.sign_in("boss", "guess")
    with pytest.raises(SignInRefused, match="wrong operator name or password"):
        core.operators.sign_in("nobody", "boss-secret")
    assert signed_in_operator() is None
    core.operators.sign_in("boss", "boss-secret")
    assert current_actor() == "boss"
    assert core.operators.current().role == "admin"  # type: ignore[union-attr]
    core.operators.sign_out()
    assert signed_in_operator() is None


@pytest.mark.sqlite_only
def test_five_wrong_passwords_make_the_next_try_wait_longer_each_time(
    core: Any, db_path: Path
) -> None:
    clock = [datetime(2026, 11, 25, 9, 0, tzinfo=UTC)]
    core.operators.now = lambda: clock[0]
    core.operators.add("boss", "boss-secret", "admin")
    for _ in range(4):
        with pytest.raises(SignInRefused) as refused:
            core.operators.sign_in("boss", "wrong")
        assert not isinstance(refused.value, SignInLocked)
    with pytest.raises(SignInLocked, match="try again in 30 seconds"):
        core.operators.sign_in("boss", "wrong")
    # Even the right password waits, and the message says how long is left.
    clock[0] += timedelta(seconds=10)
    with pytest.raises(SignInLocked, match="try again in 20 seconds"):
        core.operators.sign_in("boss", "boss-secret")

    # The wait is in the database: another process (a restart) waits just the same.
    core.close()
    again = open_core(str(db_path))
    again.operators.now = lambda: clock[0]
    with pytest.raises(SignInLocked, match="20 seconds"):
        again.operators.sign_in("boss", "boss-secret")
    clock[0] += timedelta(seconds=21)
    with pytest.raises(SignInLocked, match="try again in 60 seconds"):
        again.operators.sign_in("boss", "wrong again")  # the sixth wrong one waits longer
    clock[0] += timedelta(seconds=61)
    again.operators.sign_in("boss", "boss-secret")
    # A right password starts the count again.
    with pytest.raises(SignInRefused) as refused:
        again.operators.sign_in("boss", "wrong")
    assert not isinstance(refused.value, SignInLocked)
    again.close()


def test_an_administrator_resets_a_password_and_ends_the_wait(core: Any) -> None:
    ids = office(core)
    for _ in range(5):
        with pytest.raises(SignInRefused):
            core.operators.sign_in("wang", "wrong")
    as_(core, "boss")
    core.operators.reset_password(ids["wang"], "new-wang-secret")
    core.operators.sign_out()
    core.operators.sign_in("wang", "new-wang-secret")
    with pytest.raises(ValidationErrors, match="at least 6"):
        core.operators.change_password("new-wang-secret", "short")
    core.operators.change_password("new-wang-secret", "wang-secret-2")
    core.operators.sign_out()
    with pytest.raises(SignInRefused):
        core.operators.sign_in("wang", "new-wang-secret")
    core.operators.sign_in("wang", "wang-secret-2")


def test_an_administrator_does_everything(core: Any, tmp_path: Path) -> None:
    ids = office(core)
    as_(core, "boss")
    core.customers.set_active(ids["wangs"], False)
    core.settings.set("office_name", "测试")
    core.rule_settings.reset()
    core.operators.assign_owner([ids["nobodys"], ids["lis"]], ids["wang"])
    assert core.customers.get(ids["lis"]).owner == "王芳"
    assert core.exports.export(tmp_path / "all.json") == 3


def test_sales_change_their_own_and_shared_customers_only(core: Any) -> None:
    ids = office(core)
    note = NoteInput(date=date(2026, 11, 20), summary="拜访")
    as_(core, "wang")
    core.notes.add(ids["wangs"], note)
    core.customers.update(ids["wangs"], CustomerInput(name="华东医药有限公司", owner="王芳"))
    core.customers.set_active(ids["wangs"], False)
    core.notes.add(ids["nobodys"], note)  # nobody's customer: the office's pool
    with pytest.raises(PermissionDenied, match="belongs to 李强"):
        core.notes.add(ids["lis"], note)
    with pytest.raises(PermissionDenied, match="belongs to 李强"):
        core.customers.update(ids["lis"], CustomerInput(name="改名", owner="李强"))
    with pytest.raises(PermissionDenied):
        core.credit.set(ids["lis"], CreditInput(limit=Decimal(1000)))
    with pytest.raises(PermissionDenied, match="deactivate"):
        core.customers.set_active(ids["lis"], False)
    with pytest.raises(PermissionDenied, match="another owner"):
        core.customers.update(ids["wangs"], CustomerInput(name="华东医药", owner="李强"))
    assert core.customers.get(ids["lis"]).name == "北方批发"

    as_(core, "boss")
    core.operators.share(ids["lis"], ids["wang"])
    as_(core, "wang")
    core.notes.add(ids["lis"], note)  # shared: they may work on it
    with pytest.raises(PermissionDenied, match="deactivate"):
        core.customers.set_active(ids["lis"], False)  # but it is still 李强's
    assert core.customers.get(ids["lis"]).active


def test_a_new_customer_of_a_sales_operator_is_theirs(core: Any) -> None:
    office(core)
    as_(core, "li")
    created = core.customers.create(CustomerInput(name="新客户"))
    assert core.customers.get(created).owner == "李强"
    with pytest.raises(PermissionDenied, match="another owner"):
        core.customers.create(CustomerInput(name="别人的", owner="王芳"))


def test_sales_cannot_change_settings_rules_restore_import_or_operators(core: Any) -> None:
    ids = office(core)
    as_(core, "wang")
    refused = [
        lambda: core.settings.set("office_name", "x"),
        lambda: core.rule_settings.reset(),
        lambda: core.rule_settings.set(core.rule_settings.get()),
        lambda: core.operators.add("zhao", "zhao-secret", "sales"),
        lambda: core.operators.set_role(ids["wang"], "admin"),
        lambda: core.operators.assign_owner([ids["lis"]], ids["wang"]),
        lambda: core.operators.share(ids["lis"], ids["wang"]),
        lambda: core.imports.undo(1),
    ]
    for call in refused:
        with pytest.raises(PermissionDenied, match=r"王芳 \(sales\) may not"):
            call()
    assert not core.operators.can(permissions.RESTORE)
    assert core.operators.can(permissions.EXPORT)


def test_a_viewer_reads_and_prints_and_changes_nothing(core: Any, tmp_path: Path) -> None:
    ids = office(core)
    as_(core, "eye")
    assert len(core.customers.search(CustomerFilter())) == 3
    assert core.customers.get(ids["wangs"]).name == "华东医药"
    assert core.reports.profile([ids["wangs"]], date(2026, 11, 25)) is not None
    for call in (
        lambda: core.customers.create(CustomerInput(name="x")),
        lambda: core.customers.update(ids["nobodys"], CustomerInput(name="x")),
        lambda: core.notes.add(ids["nobodys"], NoteInput(date=date(2026, 11, 1))),
        lambda: core.plans.set(ids["nobodys"], "2026-12", Decimal(100)),
        lambda: core.exports.export(tmp_path / "x.json"),
    ):
        with pytest.raises(PermissionDenied, match=r"审计 \(viewer\) may not"):
            call()
    assert core.operators.refusal(ids["nobodys"]) is not None
    assert not (tmp_path / "x.json").exists()


def test_a_role_changed_by_the_administrator_counts_at_once(core: Any) -> None:
    ids = office(core)
    as_(core, "boss")
    core.operators.set_role(ids["wang"], "viewer")
    as_(core, "wang")
    with pytest.raises(PermissionDenied):
        core.notes.add(ids["wangs"], NoteInput(date=date(2026, 11, 1)))


def test_the_last_administrator_stays_and_a_deactivated_operator_cannot_sign_in(
    core: Any,
) -> None:
    ids = office(core)
    as_(core, "boss")
    with pytest.raises(PermissionDenied, match="last administrator"):
        core.operators.set_role(ids["boss"], "sales")
    with pytest.raises(PermissionDenied, match="last administrator"):
        core.operators.set_active(ids["boss"], False)
    core.operators.set_active(ids["li"], False)
    core.operators.sign_out()
    with pytest.raises(SignInRefused):
        core.operators.sign_in("li", PASSWORDS["li"])


def test_my_customers_are_the_owned_and_the_shared(core: Any) -> None:
    ids = office(core)
    mine = CustomerFilter(operator_id=ids["wang"])
    assert core.customers.search(mine) == [ids["wangs"]]
    as_(core, "boss")
    core.operators.share(ids["lis"], ids["wang"])
    assert sorted(core.customers.search(mine)) == sorted([ids["wangs"], ids["lis"]])
    assert core.customers.count(mine) == 2
    assert [o.name for o in core.operators.shared_with(ids["lis"])] == ["wang"]
    core.operators.share(ids["lis"], ids["wang"], shared=False)
    core.operators.assign_owner([ids["nobodys"]], ids["wang"])
    assert sorted(core.customers.search(mine)) == sorted([ids["wangs"], ids["nobodys"]])


def test_an_owner_recorded_before_operators_existed_becomes_the_operators(core: Any) -> None:
    old = int(core.customers.create(CustomerInput(name="老客户", owner="张敏")))
    core.operators.add("boss", "boss-secret", "admin")
    as_boss = core.operators.sign_in("boss", "boss-secret")
    assert as_boss.role == "admin"
    zhang = core.operators.add("zhang", "zhang-secret", "sales", "张敏").id
    assert core.customers.search(CustomerFilter(operator_id=zhang)) == [old]


def test_the_office_records_of_issue_16_keep_to_the_same_roles(core: Any) -> None:
    """Opportunities, contracts, a customer's origin and its key people are customer records
    like notes: a viewer changes none, a sales operator only their own customers'."""
    from crm_desktop.core.services.contracts import ContractInput
    from crm_desktop.core.services.dto import ContactInput
    from crm_desktop.core.services.opportunities import OpportunityInput
    from crm_desktop.core.services.people import OriginInput

    ids = office(core)
    as_(core, "boss")
    deal = int(core.opportunities.add(ids["lis"], OpportunityInput(product="阿莫西林")))
    boss = int(core.contacts.add(ids["lis"], ContactInput(name="赵总")))
    clerk = int(core.contacts.add(ids["lis"], ContactInput(name="钱会计")))
    core.operators.sign_out()
    for name in ("eye", "wang"):
        as_(core, name)
        with pytest.raises(PermissionDenied):
            core.opportunities.add(ids["lis"], OpportunityInput(product="头孢"))
        with pytest.raises(PermissionDenied):
            core.opportunities.move(deal, "qualified")
        with pytest.raises(PermissionDenied):
            core.contracts.add(ids["lis"], ContractInput(number="HT-1"))
        with pytest.raises(PermissionDenied):
            core.people.set_origin(ids["lis"], OriginInput(source="exhibition"))
        with pytest.raises(PermissionDenied):
            core.people.set_key_person(clerk, boss, "checker")
        core.operators.sign_out()
    as_(core, "li")  # the owner may
    core.opportunities.move(deal, "qualified")
    core.people.set_origin(ids["lis"], OriginInput(source="exhibition"))
    core.people.set_key_person(clerk, boss, "checker")
    trail = {(e.actor, e.field, e.new_value) for e in core.audit.history(ids["lis"])}
    assert ("li", "source", "exhibition") in trail
    assert ("li", "decision_style", "checker") in trail
    assert ("li", "stage", "qualified") in trail
