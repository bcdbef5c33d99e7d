"""Realistic Chinese demo data for a distributor's sales office, deterministic by seed.

Written with one `executemany` per table (the ORM is ~45× slower), so the same generator
also builds the 100,000-customer benchmark database.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Connection, Engine

from crm_desktop.core.analytics import store
from crm_desktop.core.clock import now_utc
from crm_desktop.core.db import dialects
from crm_desktop.core.db.connections import driver_connection
from crm_desktop.core.errors import CrmError
from crm_desktop.core.money import AMOUNT_SCALE, PRICE_SCALE, line_amount, round_amount, to_scaled
from crm_desktop.core.months import add_months, month_key, month_start
from crm_desktop.core.normalize.text import name_key
from crm_desktop.core.rules.designations import SPECIAL_SUPPLY_TAG, special_supply_eligible
from crm_desktop.core.rules.summary import computed_fields, key_accounts
from crm_desktop.core.services.search_columns import search_values

REGIONS = {
    "华北": ["北京", "天津", "石家庄", "太原"],
    "华东": ["上海", "南京", "杭州", "济南", "合肥"],
    "华南": ["广州", "深圳", "南宁", "厦门"],
    "华中": ["武汉", "长沙", "郑州", "南昌"],
    "西南": ["成都", "重庆", "昆明", "贵阳"],
    "西北": ["西安", "兰州", "银川"],
}
WORDS = [
    "康泰",
    "仁和",
    "华润",
    "同济",
    "九州",
    "百姓",
    "益丰",
    "瑞康",
    "恒安",
    "济民",
    "天一",
    "国大",
    "海王",
    "老百姓",
    "一心堂",
    "大参林",
    "健之佳",
    "漱玉",
    "鹤年堂",
    "同仁",
    "博爱",
    "嘉和",
    "永安",
    "德信",
    "安康",
    "众生",
    "福寿",
    "长青",
    "金象",
    "万家",
]
SHAPES = {
    "wholesale": [
        "{city}{word}医药有限公司",
        "{city}{word}医药批发有限公司",
        "{word}医药（{city}）有限公司",
    ],
    "chain": ["{city}{word}大药房连锁有限公司", "{word}大药房（{city}）连锁有限公司"],
    "retail": ["{city}{word}大药房", "{city}{word}药店", "{word}药房{city}店"],
    "medical": ["{city}市第{n}人民医院", "{city}{word}医院", "{city}{word}社区卫生服务中心"],
    "other": ["{city}{word}贸易有限公司", "{city}{word}商贸行"],
}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾单解"
# Given-name characters as Chinese parents choose them for sons and for daughters, so that a
# contact's gender and name agree.
GIVEN = {
    "male": "伟强磊军洋勇杰涛明超刚建国志海东文华斌鹏辉峰",
    "female": "芳娜秀英敏静丽艳娟兰霞桂红燕婷玲慧琳雪梅",
}
TITLES = {
    "decision_maker": ["总经理", "董事长", "院长", "店长"],
    "key_person": ["采购经理", "药剂科主任", "采购主管"],
    "influencer": ["财务经理", "质量负责人", "副院长"],
    "user": ["仓库主管", "营业员", "药师"],
    "other": ["前台", "行政"],
}
PRODUCTS = [
    ("阿莫西林胶囊", ["0.25g×24粒", "0.5g×20粒"], Decimal("12.50")),
    ("复方丹参片", ["60片", "120片"], Decimal("8.80")),
    ("板蓝根颗粒", ["10g×20袋"], Decimal("15.00")),
    ("布洛芬缓释胶囊", ["0.3g×20粒"], Decimal("18.60")),
    ("六味地黄丸", ["200丸", "360丸"], Decimal("22.00")),
    ("感冒灵颗粒", ["10g×9袋"], Decimal("11.20")),
    ("维生素C片", ["100片"], Decimal("4.50")),
    ("医用口罩", ["50只/盒"], Decimal("25.00")),
    ("血压计", ["上臂式"], Decimal("168.00")),
    ("葡萄糖注射液", ["250ml", "500ml"], Decimal("3.20")),
]
OWNERS = ["王建国", "李娜", "张伟", "刘洋", "陈静", "赵磊"]
GSP_TAG, NEW_ACCOUNT_TAG = "GSP认证", "新开户"
# Tags that follow a fact of the record (a valid GSP certificate, the welcome stage, the seed's
# criteria for the plaque) and tags an office hands out at will.
TAGS = [SPECIAL_SUPPLY_TAG, GSP_TAG, NEW_ACCOUNT_TAG, "重点跟进", "年会客户"]
FREE_TAGS = TAGS[3:]
# Of the customers who meet the recorded criteria of the plaque, the share that has it: the
# shop's size and street, which the office does not record, decide the rest.
SPECIAL_SUPPLY_SHARE = 0.6
NOTE_TEXTS = {
    "visit": [
        "拜访采购经理，了解下季度采购计划",
        "上门送货并沟通新品推广",
        "陪同经理拜访，商谈年度返利",
    ],
    "call": ["电话确认回款时间", "电话回访，客户反映到货及时", "电话沟通促销活动安排"],
    "meeting": ["参加客户座谈会，收集意见", "季度业务座谈会"],
    "message": ["微信发送新品资料", "短信节日问候"],
}
COMPLAINT_TEXTS = [
    ("质量", "部分批次外包装破损", "已安排调换包装"),
    ("物流", "到货延迟三天", "已与物流公司协调，改为次日达"),
    ("价格", "对比其他供应商价格偏高", "给予季度返利补差"),
    ("服务", "业务员回复不及时", "已更换对接业务员并致歉"),
    ("质量", "近效期产品比例偏高", "办理退货，后续保证效期"),
]
CHANNEL_WEIGHTS = [("wholesale", 2), ("chain", 2), ("retail", 4), ("medical", 2), ("other", 1)]
MONTHLY_SCALE = {
    "wholesale": 800_000,
    "chain": 400_000,
    "retail": 30_000,
    "medical": 80_000,
    "other": 20_000,
}


@dataclass(frozen=True)
class DemoResult:
    customers: int
    contacts: int
    sales: int


def _scaled(value: Decimal, scale: int = AMOUNT_SCALE) -> int:
    return to_scaled(value, scale)  # type: ignore[return-value]


def _mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"


AREA_CODES = {
    "北京": "010",
    "天津": "022",
    "石家庄": "0311",
    "太原": "0351",
    "上海": "021",
    "南京": "025",
    "杭州": "0571",
    "济南": "0531",
    "合肥": "0551",
    "广州": "020",
    "深圳": "0755",
    "南宁": "0771",
    "厦门": "0592",
    "武汉": "027",
    "长沙": "0731",
    "郑州": "0371",
    "南昌": "0791",
    "成都": "028",
    "重庆": "023",
    "昆明": "0871",
    "贵阳": "0851",
    "西安": "029",
    "兰州": "0931",
    "银川": "0951",
}


def _landline(rng: random.Random, city: str) -> str:
    area = AREA_CODES[city]
    digits = 8 if len(area) == 3 else 7
    return f"{area}{rng.randrange(10 ** (digits - 1) * 2, 10**digits)}"


def _id_lookup(con: Connection, table: str, names: list[str]) -> dict[str, int]:
    """Ids of the named owners/tags/products, adding the missing ones."""
    if table == "product":
        con.exec_driver_sql(
            "INSERT OR IGNORE INTO product(name, name_key, active) VALUES (?, ?, 1)",
            [(n, name_key(n)) for n in names],
        )
    elif table == "owner":
        con.exec_driver_sql(
            "INSERT OR IGNORE INTO owner(name, active) VALUES (?, 1)", [(n,) for n in names]
        )
    else:
        con.exec_driver_sql("INSERT OR IGNORE INTO tag(name) VALUES (?)", [(n,) for n in names])
    return {n: i for n, i in con.exec_driver_sql(f"SELECT name, id FROM {table}").all()}


class DemoCancelled(CrmError):
    code = "demo_cancelled"
    template = "the demo data was cancelled; nothing was added"


def generate(
    engine: Engine,
    customers: int,
    today: date,
    seed: int = 1,
    sales_per_customer: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    contacts_per_customer: int | None = None,
    bulk: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> DemoResult:
    """Add `customers` demo customers. Without `sales_per_customer`, monthly orders (two years
    of them for most, a few months for new customers, none for a few prospects); with it,
    exactly that many sales lines (the benchmark uses 10).

    The designations follow the rules, never the dice: once the sales are written, the rules
    compute each new customer's stage, ABC class and key-account mark, and the demo stores
    what follows from them (`_designate`).

    `bulk` writes without the analysis tables' triggers and refills those tables once at the
    end (same transaction): for building a large database, where the triggers would cost
    ~60 µs a sales line; the refill reads the whole database, so not for adding a few."""
    rng = random.Random(seed)
    counts = {"contacts": 0, "sales": 0}
    batch = 2000 if progress is None else 100  # a progress bar moves every 100 customers
    with (
        engine.begin() as con,
        store.bulk_load(driver_connection(con), today) if bulk else nullcontext(),
    ):
        owners = _id_lookup(con, "owner", OWNERS)
        tags = _id_lookup(con, "tag", TAGS)
        products = _id_lookup(con, "product", [p[0] for p in PRODUCTS])
        start_id = (
            con.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM customer").scalar() or 0
        ) + 1
        existing_codes = con.exec_driver_sql("SELECT COUNT(*) FROM customer").scalar() or 0
        shape = _Shape(sales_per_customer, contacts_per_customer)
        for offset in range(0, customers, batch):
            n = min(batch, customers - offset)
            tables: dict[str, list[tuple]] = {k: [] for k in TABLES}
            for k in range(n):
                cid = start_id + offset + k
                _one_customer(
                    rng,
                    cid,
                    existing_codes + offset + k + 1,
                    today,
                    _Lookups(owners, tags, products),
                    shape,
                    tables,
                )
            _write(con, tables)
            counts["contacts"] += len(tables["contact"])
            counts["sales"] += len(tables["sale"])
            if progress:
                progress(offset + n, customers)
            if cancelled is not None and cancelled():
                raise DemoCancelled()
        new_ids = None if existing_codes == 0 else list(range(start_id, start_id + customers))
        _designate(con, today, rng, tags, start_id, new_ids)
    return DemoResult(customers, counts["contacts"], counts["sales"])


TABLES = ("customer", "contact", "credit", "note", "sale", "plan", "complaint", "licence", "tag")


@dataclass(frozen=True)
class _Lookups:
    owners: dict[str, int]
    tags: dict[str, int]
    products: dict[str, int]


@dataclass(frozen=True)
class _Shape:
    sales_per_customer: int | None
    contacts_per_customer: int | None


def _designate(
    con: Connection,
    today: date,
    rng: random.Random,
    tags: dict[str, int],
    start_id: int,
    new_ids: list[int] | None,
) -> None:
    """Store what the rules say of the new customers (ids from `start_id`; `new_ids` None when
    they are the whole office): category `key` for the key accounts (chosen among the whole
    office), `potential` for a prospect; the 新开户 tag in the welcome stage; the
    特供支持单位 plaque on some of those who meet the seed's criteria, never on another. The
    lifecycle stays unset: the suggestion of the rules is what shows."""
    computed = computed_fields(con, today, new_ids)
    keys = (
        {cid for cid, found in computed.items() if found.key_account}
        if new_ids is None
        else key_accounts(con, today)
    )
    customers = con.exec_driver_sql(
        "SELECT id, channel, eval_reputation FROM customer WHERE id >= ? ORDER BY id", (start_id,)
    ).all()
    categories: list[tuple[str, int]] = []
    tagged: list[tuple[int, int]] = []
    for cid, channel, reputation in customers:
        found = computed[cid]
        stage = found.lifecycle_suggested
        if cid in keys:
            categories.append(("key", cid))
        elif stage == "prospect":
            categories.append(("potential", cid))
        if stage == "welcome":
            tagged.append((cid, tags[NEW_ACCOUNT_TAG]))
        eligible = special_supply_eligible(channel, found.abc_class, stage, reputation)
        if eligible and rng.random() < SPECIAL_SUPPLY_SHARE:
            tagged.append((cid, tags[SPECIAL_SUPPLY_TAG]))
    if categories:
        con.exec_driver_sql("UPDATE customer SET category = ? WHERE id = ?", categories)
    if tagged:
        con.exec_driver_sql("INSERT INTO customer_tag(customer_id, tag_id) VALUES (?,?)", tagged)


def _contacts(
    rng: random.Random, cid: int, city: str, count: int | None
) -> list[tuple[object, ...]]:
    contacts = []
    for j in range(count or rng.randint(1, 6)):
        role = rng.choices(list(TITLES), [2, 3, 2, 2, 1])[0] if j else "decision_maker"
        gender = rng.choice(("male", "female"))
        person = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN[gender], rng.randint(1, 2)))
        lunar = rng.random() < 0.2
        bday = (rng.choice([None, rng.randint(1960, 1995)]), rng.randint(1, 12), rng.randint(1, 28))
        contacts.append(
            (
                cid,
                person,
                rng.choice(TITLES[role]),
                _mobile(rng),
                _landline(rng, city) if rng.random() < 0.3 else None,
                f"wx_{rng.randrange(10**6):06d}" if rng.random() < 0.5 else None,
                None,
                bday[0],
                bday[1],
                bday[2],
                int(lunar),
                role,
                gender,
                int(rng.random() < 0.08),
                None,
            )
        )
    return contacts


def _evaluation(rng: random.Random) -> tuple[int | None, ...]:
    """The evaluation card (capability, reputation, relations, cooperation, 1–5) of most
    customers; a third not scored yet."""
    if rng.random() < 0.33:
        return (None, None, None, None)
    return tuple(rng.choices([1, 2, 3, 4, 5], [1, 2, 4, 4, 3], k=4))


def _one_customer(
    rng: random.Random,
    cid: int,
    serial: int,
    today: date,
    ids: _Lookups,
    shape: _Shape,
    out: dict[str, list[tuple]],
) -> None:
    channel = rng.choices([c for c, _ in CHANNEL_WEIGHTS], [w for _, w in CHANNEL_WEIGHTS])[0]
    region = rng.choice(list(REGIONS))
    city = rng.choice(REGIONS[region])
    name = rng.choice(SHAPES[channel]).format(
        city=city, word=rng.choice(WORDS), n=rng.randint(1, 9)
    )
    if serial > 60:  # keep names unique-looking in big databases
        name = (
            name.replace("有限公司", f"第{serial % 97 + 1}分公司") if rng.random() < 0.3 else name
        )
    contacts = _contacts(rng, cid, city, shape.contacts_per_customer)
    phone = _landline(rng, city)
    sv = search_values(
        name, None, "company", [phone] + [c[3] for c in contacts] + [c[4] for c in contacts]
    )
    scale = MONTHLY_SCALE[channel] * rng.uniform(0.2, 1.8)
    # What the customer buys of our kind of product from every supplier in a year: the share
    # of wallet the relationship stage is computed from (entered for about half of them).
    wallet = (
        _scaled(Decimal(round(scale * 12 * rng.uniform(1.0, 2.5), -3)))
        if rng.random() < 0.5
        else None
    )
    out["customer"].append(
        (
            cid,
            f"C{serial:06d}",
            name,
            name_key(name),
            None,
            "company",
            rng.choices(["downstream", "both"], [9, 1])[0],
            channel,
            "normal",  # `_designate` sets what the rules say
            None,  # the lifecycle: the rules' suggestion shows
            region,
            f"{city}市{rng.choice(WORDS)}路{rng.randint(1, 300)}号",
            phone,
            None,
            None,
            ids.owners[rng.choice(OWNERS)],
            1,
            wallet,
            *_evaluation(rng),
            sv["sort_key"],
            sv["search_initials"],
            sv["search_pinyin"],
            sv["search_digits"],
            now_utc().isoformat(sep=" "),
            now_utc().isoformat(sep=" "),
        )
    )
    out["contact"] += contacts
    for tag in rng.sample(FREE_TAGS, rng.choice([0, 0, 0, 1])):
        out["tag"].append((cid, ids.tags[tag]))
    limit = Decimal(round(scale * 1.5, -3))
    out["credit"].append(
        (
            cid,
            _scaled(limit),
            rng.choice([30, 45, 60, 90]),
            rng.choice(["AAA", "AA", "A", "B", "C"]),
        )
    )
    bought = _sales(rng, cid, today, ids.products, scale, shape.sales_per_customer, out)
    _plans(rng, cid, today, ids.products, scale, bought, out)
    _notes_and_complaints(rng, cid, today, out)
    gsp_valid = _licences(rng, cid, today, channel, out)
    if gsp_valid:
        out["tag"].append((cid, ids.tags[GSP_TAG]))


def _sale_days(rng: random.Random, today: date, sales_per_customer: int | None) -> list[date]:
    """The days of a customer's orders. Most have ordered monthly for two years, some of
    them stopping months ago (churn); about one in eight is new (first order in the last
    five months); one in twenty-five has not ordered yet (a prospect)."""
    first_month = add_months(today, -23)
    if sales_per_customer is not None:
        span = max(0, (today - first_month).days)
        return [
            first_month + timedelta(days=rng.randint(0, span)) for _ in range(sales_per_customer)
        ]
    start = rng.random()
    if start < 0.04:
        return []
    months = 24
    if start < 0.16:
        months = rng.randint(1, 5)
        first_month = add_months(month_start(today), 1 - months)
    stop_after = months if rng.random() > 0.12 or months < 24 else rng.randint(6, 20)
    days = []
    for m in range(stop_after):
        month = add_months(first_month, m)
        for _ in range(rng.randint(1, 3)):
            day = month + timedelta(days=rng.randint(0, 27))
            if day <= today:
                days.append(day)
    return days


def _sales(
    rng: random.Random,
    cid: int,
    today: date,
    products: dict[str, int],
    scale: float,
    sales_per_customer: int | None,
    out: dict[str, list[tuple]],
) -> list[str]:
    """Write the customer's sales lines; returns the products it bought. About one in twelve
    buys much less in the last six months (a decline)."""
    bought: list[str] = []
    fading = sales_per_customer is None and rng.random() < 0.08
    for day in _sale_days(rng, today, sales_per_customer):
        product, specs, price = rng.choice(PRODUCTS)
        bought.append(product)
        unit = price * Decimal(rng.choice(["0.95", "1", "1.05"]))
        amount_target = scale / 2 * rng.uniform(0.5, 1.5)
        if fading and (today - day).days <= 183:
            amount_target *= 0.3
        qty = max(1, int(amount_target / float(unit)))
        amount = line_amount(Decimal(qty), unit)
        cost = round_amount(amount * Decimal(rng.choice(["0.88", "0.92", "0.95", "0.97"])))
        age = (today - day).days
        paid = (
            amount
            if age > 75 or rng.random() < 0.4
            else round_amount(amount * Decimal(rng.choice(["0", "0.5"])))
        )
        out["sale"].append(
            (
                cid,
                day.isoformat(),
                products[product],
                rng.choice(specs),
                _scaled(Decimal(qty), PRICE_SCALE),
                _scaled(unit, PRICE_SCALE),
                _scaled(amount),
                _scaled(cost),
                _scaled(paid),
            )
        )
    return bought


def _plans(
    rng: random.Random,
    cid: int,
    today: date,
    products: dict[str, int],
    scale: float,
    bought: list[str],
    out: dict[str, list[tuple]],
) -> None:
    """A whole-month plan for the last three months; for about a third of the customers
    with sales, this month's plan broken down by one or two of the products they buy (a
    breakdown of the whole plan, as seed 003 sets targets by product beneath it)."""
    for m in range(-2, 1):
        out["plan"].append(
            (cid, month_key(add_months(today, m)), None, _scaled(Decimal(round(scale, -2))))
        )
    if bought and rng.random() < 0.33:
        for product in rng.sample(sorted(set(bought)), min(2, len(set(bought)))):
            amount = Decimal(round(scale * rng.uniform(0.2, 0.4), -2))
            out["plan"].append((cid, month_key(today), products[product], _scaled(amount)))


def _notes_and_complaints(
    rng: random.Random, cid: int, today: date, out: dict[str, list[tuple]]
) -> None:
    for k in range(rng.choice([1, 2, 3, 4])):
        day = today - timedelta(days=rng.randint(0, 180) + 30 * k)
        kind = rng.choice(list(NOTE_TEXTS))
        follow = day + timedelta(days=rng.choice([7, 14, 30])) if rng.random() < 0.6 else None
        out["note"].append(
            (
                cid,
                day.isoformat(),
                kind,
                rng.choice(NOTE_TEXTS[kind]),
                follow.isoformat() if follow else None,
            )
        )
    if rng.random() < 0.35:
        category_c, text_c, resolution = rng.choice(COMPLAINT_TEXTS)
        status = rng.choice(["received", "investigating", "handling", "answered", "closed"])
        received = today - timedelta(days=rng.randint(1, 120))
        answered = (
            received + timedelta(days=rng.randint(1, 10))
            if status in ("answered", "closed")
            else None
        )
        if answered and answered > today:
            answered = today
        out["complaint"].append(
            (
                cid,
                received.isoformat(),
                category_c,
                text_c,
                status,
                resolution if answered else None,
                answered.isoformat() if answered else None,
            )
        )


def _licences(
    rng: random.Random, cid: int, today: date, channel: str, out: dict[str, list[tuple]]
) -> bool:
    """Write the customer's licences; returns whether its GSP certificate is valid today."""
    gsp_valid = False
    for kind in ("business", "operating", "gsp") if channel != "other" else ("business",):
        expires = today + timedelta(days=rng.randint(-20, 900))
        out["licence"].append((cid, kind, f"{rng.randrange(10**17, 10**18)}", expires.isoformat()))
        gsp_valid = gsp_valid or (kind == "gsp" and expires >= today)
    return gsp_valid


def _write(con: Connection, t: dict[str, list[tuple]]) -> None:
    con.exec_driver_sql(
        "INSERT INTO customer(id, code, name, name_key, short_name, kind, relation, channel,"
        " category, lifecycle, region, address, phone, email, notes, owner_id, active,"
        " wallet_estimate, eval_capability, eval_reputation, eval_relations, eval_cooperation,"
        " sort_key, search_initials, search_pinyin, search_digits, created_at, updated_at)"
        f" VALUES ({','.join('?' * 28)})",
        t["customer"],
    )
    raw = driver_connection(con)
    dialects.for_connection(raw).after_explicit_ids(raw, "customer")
    con.exec_driver_sql(
        "INSERT INTO contact(customer_id, name, title, mobile, phone, wechat, email, birthday_year,"
        " birthday_month, birthday_day, birthday_lunar, role, gender, left, notes)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        t["contact"],
    )
    con.exec_driver_sql(
        "INSERT INTO credit(customer_id, credit_limit, payment_days, rating) VALUES (?,?,?,?)",
        t["credit"],
    )
    if t["sale"]:
        con.exec_driver_sql(
            "INSERT INTO sale(customer_id, date, product_id, spec, quantity, unit_price, amount,"
            " cost, paid) VALUES (?,?,?,?,?,?,?,?,?)",
            t["sale"],
        )
    con.exec_driver_sql(
        "INSERT OR IGNORE INTO plan(customer_id, month, product_id, amount) VALUES (?,?,?,?)",
        t["plan"],
    )
    con.exec_driver_sql(
        "INSERT INTO note(customer_id, date, kind, summary, next_follow_up) VALUES (?,?,?,?,?)",
        t["note"],
    )
    if t["complaint"]:
        con.exec_driver_sql(
            "INSERT INTO complaint(customer_id, received, category, description, status,"
            " resolution, answered_on) VALUES (?,?,?,?,?,?,?)",
            t["complaint"],
        )
    con.exec_driver_sql(
        "INSERT INTO licence(customer_id, kind, number, expires) VALUES (?,?,?,?)", t["licence"]
    )
    if t["tag"]:
        con.exec_driver_sql("INSERT INTO customer_tag(customer_id, tag_id) VALUES (?,?)", t["tag"])
