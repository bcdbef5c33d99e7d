"""Build the fixture database of one released schema version for tests/core/test_schema_fixtures.py.

    python scripts/make_schema_fixture.py 0005_rollup_index_dimensions   # one revision
    python scripts/make_schema_fixture.py --missing                       # every one not built yet

An empty file is upgraded to the revision with Alembic (the migrations are frozen, so this is
the schema that version of crm-desktop wrote), then a small office is written into it with
plain SQL, the way that version stored it: only the columns the revision's tables have, the
rollup tables filled by that revision's own triggers. The file is vacuumed and gzipped
(a few KB) into tests/data/schemas/<revision>.sqlite3.gz.

When a migration lands, the previous head becomes a released version: run this with
--missing (the fixtures test fails until then). A new NOT NULL column without a default needs
a value in ROWS below; the script says which.
"""

from __future__ import annotations

import argparse
import gzip
import os
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "data" / "schemas"
# Revision 0003 dates its analytics horizon from today: fixed, so the file is reproducible.
FIXTURE_TODAY = "2026-11-25"
STAMP = "2026-11-20 09:30:00.000000+00:00"

ROWS: dict[str, list[dict[str, Any]]] = {
    "import_batch": [
        {"id": 1, "created_at": STAMP, "source": "客户名录2026.xlsx", "summary": "customers=1"}
    ],
    "owner": [
        {"id": 1, "name": "王建国", "active": 1},
        {"id": 2, "name": "李娜", "active": 1},
    ],
    "product": [
        {"id": 1, "name": "阿莫西林胶囊", "name_key": "阿莫西林胶囊", "active": 1},
        {"id": 2, "name": "复方丹参片", "name_key": "复方丹参片", "active": 1},
    ],
    "setting": [{"key": "office_name", "value": "华北销售办事处"}],
    "tag": [{"id": 1, "name": "GSP认证"}, {"id": 2, "name": "特供支持单位"}],
    "import_mapping": [
        {"header_signature": "客户名称|联系人|手机", "mapping_json": '{"客户名称": "name"}'}
    ],
    "customer": [
        {
            "id": 1,
            "code": "C000001",
            "name": "石家庄大参林医药有限公司",
            "name_key": "石家庄大参林医药有限公司",
            "short_name": "大参林",
            "kind": "company",
            "relation": "downstream",
            "channel": "wholesale",
            "category": "vip",
            "lifecycle": "loyal",
            "region": "华北",
            "address": "石家庄市嘉和路261号",
            "phone": "03116603657",
            "email": "caigou@dsl.example.cn",
            "notes": "每月初对账",
            "owner_id": 1,
            "active": 1,
            "wallet_estimate": 500000000,
            "eval_capability": 4,
            "eval_reputation": 5,
            "eval_relations": 4,
            "eval_cooperation": 3,
            "eval_note": "回款及时",
            "sort_key": "shi jia zhuang da can lin yi yao you xian gong si",
            "search_initials": "sjzdclyyyxgs",
            "search_pinyin": "shijiazhuangdacanlinyiyaoyouxiangongsi",
            "search_digits": "03116603657 18478230859",
            "created_at": STAMP,
            "updated_at": STAMP,
            "import_batch_id": None,
        },
        {
            "id": 2,
            "code": "C000002",
            "name": "天津市第3人民医院",
            "name_key": "天津市第3人民医院",
            "short_name": None,
            "kind": "company",
            "relation": "downstream",
            "channel": "medical",
            "category": "key",
            "lifecycle": "welcome",
            "region": "华北",
            "address": "天津市九州路71号",
            "phone": "02267639702",
            "email": None,
            "notes": None,
            "owner_id": 2,
            "active": 1,
            "wallet_estimate": None,
            "eval_capability": None,
            "eval_reputation": None,
            "eval_relations": None,
            "eval_cooperation": None,
            "eval_note": None,
            "sort_key": "tian jin shi di 3 ren min yi yuan",
            "search_initials": "tjsd3rmyy",
            "search_pinyin": "tianjinshidi3renminyiyuan",
            "search_digits": "02267639702 19339376158",
            "created_at": STAMP,
            "updated_at": STAMP,
            "import_batch_id": 1,
        },
        {
            "id": 3,
            "code": None,
            "name": "欧阳丽",
            "name_key": "欧阳丽",
            "short_name": None,
            "kind": "person",
            "relation": "both",
            "channel": "retail",
            "category": "normal",
            "lifecycle": None,
            "region": "华东",
            "address": None,
            "phone": None,
            "email": None,
            "notes": "老客户介绍",
            "owner_id": None,
            "active": 0,
            "wallet_estimate": None,
            "eval_capability": None,
            "eval_reputation": None,
            "eval_relations": None,
            "eval_cooperation": None,
            "eval_note": None,
            "sort_key": "ou yang li",
            "search_initials": "oyl",
            "search_pinyin": "ouyangli",
            "search_digits": "13912345678",
            "created_at": STAMP,
            "updated_at": STAMP,
            "import_batch_id": None,
        },
    ],
    "customer_tag": [
        {"customer_id": 1, "tag_id": 1},
        {"customer_id": 2, "tag_id": 2},
    ],
    "contact": [
        {
            "id": 1,
            "customer_id": 1,
            "name": "朱燕",
            "title": "总经理",
            "mobile": "18478230859",
            "phone": "03118726207",
            "wechat": "wx_991188",
            "email": None,
            "birthday_year": 1984,
            "birthday_month": 10,
            "birthday_day": 25,
            "birthday_lunar": 1,
            "role": "decision_maker",
            "left": 0,
            "notes": None,
            "import_batch_id": None,
        },
        {
            "id": 2,
            "customer_id": 1,
            "name": "李晓",
            "title": "采购经理",
            "mobile": "17238039615",
            "phone": None,
            "wechat": None,
            "email": "lixiao@dsl.example.cn",
            "birthday_year": None,
            "birthday_month": 7,
            "birthday_day": 24,
            "birthday_lunar": 0,
            "role": "key_person",
            "left": 1,
            "notes": "已调往北京分公司",
            "import_batch_id": None,
        },
        {
            "id": 3,
            "customer_id": 2,
            "name": "赵院长",
            "title": "院长",
            "mobile": "19339376158",
            "phone": None,
            "wechat": None,
            "email": None,
            "birthday_year": None,
            "birthday_month": None,
            "birthday_day": None,
            "birthday_lunar": 0,
            "role": "influencer",
            "left": 0,
            "notes": None,
            "import_batch_id": 1,
        },
    ],
    "credit": [
        {
            "customer_id": 1,
            "credit_limit": 124000000,
            "payment_days": 90,
            "rating": "A",
            "potential_score": 80,
            "applied_on": "2026-03-01",
            "requested_limit": 150000000,
            "approver": "王建国",
            "investigation": "实地考察，仓库规范",
        },
        {
            "customer_id": 2,
            "credit_limit": 13200000,
            "payment_days": 45,
            "rating": "C",
            "potential_score": None,
            "applied_on": None,
            "requested_limit": None,
            "approver": None,
            "investigation": None,
        },
    ],
    "licence": [
        {
            "id": 1,
            "customer_id": 1,
            "kind": "business",
            "number": "640529259887090457",
            "expires": "2027-11-07",
            "import_batch_id": None,
        },
        {
            "id": 2,
            "customer_id": 2,
            "kind": "operating",
            "number": "277756979105560442",
            "expires": "2026-12-10",
            "import_batch_id": None,
        },
    ],
    "note": [
        {
            "id": 1,
            "customer_id": 1,
            "date": "2026-11-20",
            "kind": "call",
            "summary": "电话沟通促销活动安排",
            "next_follow_up": "2026-12-04",
            "import_batch_id": None,
        },
        {
            "id": 2,
            "customer_id": 2,
            "date": "2026-10-08",
            "kind": "visit",
            "summary": "上门拜访药剂科",
            "next_follow_up": None,
            "import_batch_id": None,
        },
    ],
    "payment": [
        {
            "id": 1,
            "customer_id": 1,
            "date": "2026-11-01",
            "amount": 20000000,
            "note": "银行转账",
            "import_batch_id": None,
        }
    ],
    "plan": [
        {
            "id": 1,
            "customer_id": 1,
            "month": "2026-11",
            "product_id": None,
            "amount": 82680000,
            "import_batch_id": None,
        },
        {
            "id": 2,
            "customer_id": 1,
            "month": "2026-11",
            "product_id": 1,
            "amount": 30000000,
            "import_batch_id": None,
        },
    ],
    "sale": [
        {
            "id": 1,
            "customer_id": 1,
            "date": "2025-12-16",
            "product_id": 2,
            "spec": "10g×20袋",
            "quantity": 284640000,
            "unit_price": 157500,
            "amount": 44830800,
            "cost": 39451104,
            "paid": 44830800,
            "import_batch_id": None,
        },
        {
            "id": 2,
            "customer_id": 1,
            "date": "2026-11-10",
            "product_id": 1,
            "spec": "0.5g×20粒",
            "quantity": 179670000,
            "unit_price": 131250,
            "amount": 23581688,
            "cost": 20751885,
            "paid": 0,
            "import_batch_id": None,
        },
        {
            "id": 3,
            "customer_id": 2,
            "date": "2026-10-03",
            "product_id": 1,
            "spec": None,
            "quantity": None,
            "unit_price": None,
            "amount": 1250000,
            "cost": None,
            "paid": 1250000,
            "import_batch_id": 1,
        },
        {
            "id": 4,
            "customer_id": 3,
            "date": "2024-05-20",
            "product_id": None,
            "spec": None,
            "quantity": None,
            "unit_price": None,
            "amount": 88800,
            "cost": 60000,
            "paid": 88800,
            "import_batch_id": None,
        },
    ],
    "complaint": [
        {
            "id": 1,
            "customer_id": 2,
            "received": "2026-11-02",
            "category": "质量",
            "description": "近效期产品比例偏高",
            "status": "investigating",
            "resolution": None,
            "answered_on": None,
            "import_batch_id": None,
        }
    ],
}


def fixture_path(revision: str) -> Path:
    return FIXTURES / f"{revision}.sqlite3.gz"


def _columns(con: sqlite3.Connection, table: str) -> list[tuple[str, bool, bool]]:
    """(name, not null, has a default) of each column of `table`; [] when it does not exist."""
    return [
        (name, bool(notnull), default is not None or bool(pk))
        for _cid, name, _type, notnull, default, pk in con.execute(f"PRAGMA table_info({table})")
    ]


def insert_rows(con: sqlite3.Connection, revision: str) -> None:
    """Write ROWS as `revision` stored them: its tables, its columns."""
    for table, rows in ROWS.items():
        columns = _columns(con, table)
        if not columns:
            continue
        names = [name for name, _nn, _d in columns if name in rows[0]]
        missing = [name for name, nn, has in columns if nn and not has and name not in rows[0]]
        if missing:
            raise SystemExit(
                f"{revision}: {table}.{', '.join(missing)} must be given: add a value to "
                "ROWS in scripts/make_schema_fixture.py"
            )
        marks = ", ".join("?" for _ in names)
        quoted = ", ".join(f'"{n}"' for n in names)
        con.executemany(
            f"INSERT INTO {table} ({quoted}) VALUES ({marks})",
            [tuple(row[n] for n in names) for row in rows],
        )


def build(revision: str, target: Path | None = None) -> Path:
    """Upgrade an empty file to `revision`, write the office into it, gzip it to `target`."""
    os.environ["CRM_DESKTOP_TODAY"] = FIXTURE_TODAY
    from alembic import command

    from crm_desktop.core.db import migrate
    from crm_desktop.core.db.engine import make_engine

    target = target or fixture_path(revision)
    with tempfile.TemporaryDirectory(prefix="crm-fixture-") as scratch:
        plain = Path(scratch) / "fixture.sqlite3"
        engine = make_engine(str(plain))
        try:
            command.upgrade(migrate.alembic_config(engine), revision)
        finally:
            engine.dispose()
        con = sqlite3.connect(plain)
        try:
            with con:
                con.execute("PRAGMA foreign_keys=ON")
                insert_rows(con, revision)
            con.execute("PRAGMA journal_mode=DELETE")
            con.execute("VACUUM")
        finally:
            con.close()
        target.parent.mkdir(parents=True, exist_ok=True)
        # mtime=0: the same revision always gives the same bytes.
        with plain.open("rb") as raw, gzip.GzipFile(target, "wb", 9, mtime=0) as packed:
            packed.write(raw.read())
    return target


def released_revisions() -> list[str]:
    """Every revision but the head, oldest first."""
    from alembic.script import ScriptDirectory

    from crm_desktop.core.db.engine import make_engine
    from crm_desktop.core.db.migrate import alembic_config

    engine = make_engine(":memory:")
    try:
        script = ScriptDirectory.from_config(alembic_config(engine))
    finally:
        engine.dispose()
    head = script.get_current_head()
    ordered = [r.revision for r in script.walk_revisions()][::-1]
    return [r for r in ordered if r != head]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", nargs="?", help="an Alembic revision id")
    parser.add_argument("--missing", action="store_true", help="every released one not built")
    args = parser.parse_args(argv)
    if args.missing:
        wanted = [r for r in released_revisions() if not fixture_path(r).exists()]
    elif args.revision:
        wanted = [args.revision]
    else:
        parser.error("name a revision or --missing")
    for revision in wanted:
        made = build(revision)
        print(f"{made.relative_to(ROOT)}: {made.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
