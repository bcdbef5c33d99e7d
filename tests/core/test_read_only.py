"""A Core opened read-only (the second window on a file another window owns): it reads what
the owner writes, and every write of every service is refused with ReadOnlyDatabase while the
file stays exactly as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.core.errors import ReadOnlyDatabase
from crm_desktop.core.services.dto import (
    ContactInput,
    CustomerFilter,
    CustomerInput,
    NoteInput,
    SaleInput,
)


def rows_digest(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'"
                " ORDER BY name"
            )
        ]
        for table in tables:
            for row in con.execute(f"SELECT * FROM {table} ORDER BY 1"):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        con.close()


@pytest.fixture
def owner_and_reader(core: Any, db_path: Path) -> Iterator[tuple[Any, Any, int]]:
    from crm_desktop.core.facade import open_core

    customer = core.customers.create(CustomerInput(name="北京医药有限公司"))
    core.sales.add(customer, SaleInput(date=date(2026, 11, 2), amount=Decimal("100")))
    reader = open_core(str(db_path), read_only=True)
    yield core, reader, int(customer)
    reader.close()


def test_the_read_only_core_reads_what_the_owner_writes(owner_and_reader: Any) -> None:
    owner, reader, customer = owner_and_reader
    assert reader.read_only and not owner.read_only
    assert reader.customers.get(customer).name == "北京医药有限公司"
    owner.customers.create(CustomerInput(name="上海连锁药房"))
    assert reader.customers.count(CustomerFilter()) == 2


def _writes(reader: Any, customer: int, book: Path) -> dict[str, Callable[[], object]]:
    sale = reader.sales.lines(customer)[0].id
    return {
        "create customer": lambda: reader.customers.create(CustomerInput(name="新客户")),
        "edit customer": lambda: reader.customers.update(customer, CustomerInput(name="改名")),
        "deactivate": lambda: reader.customers.set_active(customer, False),
        "add contact": lambda: reader.contacts.add(customer, ContactInput(name="王芳")),
        "add note": lambda: reader.notes.add(customer, NoteInput(date=date(2026, 11, 3))),
        "edit sale": lambda: reader.sales.update(
            sale, SaleInput(date=date(2026, 11, 2), amount=Decimal("5"))
        ),
        "remove sale": lambda: reader.sales.remove(sale),
        "office name": lambda: reader.settings.set("office_name", "别的办事处"),
        "backups folder": lambda: reader.backups.set_folder(None),
        "import": lambda: reader.imports.apply(reader.imports.prepare(book)),
        "restore": lambda: reader.backups.schedule_restore(
            reader.backups.inspect(reader.backups.back_up_now())
        ),
    }


def test_every_write_is_refused_and_the_file_is_unchanged(
    owner_and_reader: Any, db_path: Path, tmp_path: Path
) -> None:
    owner, reader, customer = owner_and_reader
    book = tmp_path / "book.csv"
    book.write_text("客户名称,联系人,手机\n广州医药公司,李四,13800138000\n", encoding="utf-8")
    with owner.engine.connect() as con:
        con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = rows_digest(db_path)
    refused = []
    for name, write in _writes(reader, customer, book).items():
        with pytest.raises(ReadOnlyDatabase) as error:
            write()
        assert str(db_path) in str(error.value) and "nothing was saved" in str(error.value)
        refused.append(name)
    assert len(refused) == 11
    assert rows_digest(db_path) == before
    assert reader.backups.daily_backup() is None  # the owner's window takes the daily one
    owner.customers.create(CustomerInput(name="写入窗口的客户"))  # the owner still writes
    assert rows_digest(db_path) != before
