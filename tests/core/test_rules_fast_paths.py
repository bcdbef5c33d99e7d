"""The whole-office computation (rules/summary.py) takes shortcuts for speed: integer and
ISO-text arithmetic instead of Decimals and dates, a median cached per value, tables read in
their own order. Each shortcut against the rule written plainly, on cases chosen to hit its
edges (equal amounts, half-fen targets, even numbers of gaps, huge sums, equal dates)."""

from __future__ import annotations

import calendar
import random
import statistics
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from crm_desktop.core.db.connections import driver_connection
from crm_desktop.core.rules import stages
from crm_desktop.core.rules.summary import computed_fields
from crm_desktop.core.rules.thresholds import Thresholds
from crm_desktop.core.services.dto import CustomerInput

TODAY = date(2026, 11, 25)


def fields(
    core: Any,
    today: date = TODAY,
    thresholds: Thresholds | None = None,
    ids: list[int] | None = None,
) -> dict[int, Any]:
    with core.engine.connect() as con:
        return computed_fields(con, today, ids, thresholds)


def new_customers(core: Any, n: int) -> list[int]:
    return [core.customers.create(CustomerInput(name=f"客户{i}")) for i in range(n)]


def insert(core: Any, sql: str, rows: list[tuple[Any, ...]]) -> None:
    with core.engine.begin() as con:
        driver_connection(con).executemany(sql, rows)


def plan_rule(today: date, tolerance: Decimal, planned: int, done: int) -> tuple[str, str] | None:
    """sales_behind_plan as the contract states it, in Decimal: (done, target) texts or None."""
    elapsed = Decimal(today.day) / Decimal(calendar.monthrange(today.year, today.month)[1])
    target = Decimal(planned).scaleb(-2) * elapsed * tolerance
    if Decimal(done).scaleb(-2) < target:
        return f"{Decimal(done).scaleb(-2):,.2f}", f"{target:,.2f}"
    return None


@pytest.mark.parametrize(
    ("today", "tolerance"),
    [
        (TODAY, Decimal("0.90")),
        (date(2026, 2, 28), Decimal("0.90")),
        (date(2026, 3, 7), Decimal("0.85")),
        (date(2026, 12, 31), Decimal("1")),
        (date(2026, 1, 3), Decimal("0.777")),
    ],
)
def test_sales_behind_plan_matches_the_decimal_rule(
    core: Any, today: date, tolerance: Decimal
) -> None:
    """Plans and month-to-date sales at the target exactly, a fen either side, at half-fen
    targets, zero, negative and huge, and random ones."""
    rng = random.Random(today.toordinal())
    days = calendar.monthrange(today.year, today.month)[1]
    p, q = tolerance.as_integer_ratio()
    cases: list[tuple[int, int]] = []
    for planned in (0, -100000, 1, 3, 7, 100000, 120000, 99999, 10**15, 3 * 10**16 + 1):
        exact = Decimal(planned) * today.day * p / (days * q)  # the target in fen, unrounded
        for done in {0, int(exact) - 1, int(exact), int(exact) + 1, -5}:
            cases.append((planned, done))
    for _ in range(150):
        planned = rng.choice([rng.randrange(1, 10**9), rng.randrange(1, 200) * 10000])
        # a done on the target when it is whole: equality must not warn
        target = planned * today.day * p
        done = target // (days * q) if rng.random() < 0.5 else rng.randrange(0, planned + 1)
        cases.append((planned, done))
    ids = new_customers(core, len(cases))
    month = f"{today:%Y-%m}"
    insert(
        core,
        "INSERT INTO plan (customer_id, month, amount) VALUES (?, ?, ?)",
        [(cid, month, planned) for cid, (planned, _done) in zip(ids, cases, strict=True)],
    )
    insert(
        core,
        "INSERT INTO sale (customer_id, date, amount, paid) VALUES (?, ?, ?, 0)",
        [
            (cid, today.isoformat(), done)
            for cid, (_planned, done) in zip(ids, cases, strict=True)
            if done
        ],
    )
    got = fields(core, today, Thresholds(plan_tolerance=tolerance))
    for cid, (planned, done) in zip(ids, cases, strict=True):
        found = [
            d
            for k, d in zip(got[cid].kinds, got[cid].details, strict=True)
            if k == "sales_behind_plan"
        ]
        want = plan_rule(today, tolerance, planned, done)
        assert (found[0][:2] if found else None) == want, (planned, done)


def test_product_plans_alone_are_summed_and_each_checked(core: Any) -> None:
    (cid,) = new_customers(core, 1)
    insert(
        core,
        "INSERT INTO product (id, name, name_key, active) VALUES (?, ?, ?, 1)",
        [(1, "甲", "甲"), (2, "乙", "乙")],
    )
    insert(
        core,
        "INSERT INTO plan (customer_id, month, product_id, amount) VALUES (?, '2026-11', ?, ?)",
        [(cid, 1, 60000), (cid, 2, 40000)],
    )
    whole, *products = fields(core)[cid].details
    assert (whole[3], whole[1], whole[6]) == (
        "1,000.00",
        "750.00",
        "",
    )  # no whole-month plan: their sum
    assert sorted((d[3], d[1], d[6]) for d in products) == [
        ("400.00", "300.00", "乙"),
        ("600.00", "450.00", "甲"),
    ]


def churn_rule(sale_days: list[date], today: date, t: Thresholds) -> tuple[str, str, str] | None:
    """churn as the contract states it: (days, last, limit) texts or None."""
    days = sorted({d for d in sale_days if d <= today})
    if not days:
        return None
    gaps = [(b - a).days for a, b in zip(days, days[1:], strict=False)]
    limit = (
        max(Decimal(t.churn_min_days), t.churn_gap_factor * Decimal(str(statistics.median(gaps))))
        if gaps
        else Decimal(t.churn_min_days)
    )
    since = (today - days[-1]).days
    return (str(since), days[-1].isoformat(), f"{limit.normalize():f}") if since > limit else None


@pytest.mark.parametrize(
    "thresholds", [Thresholds(), Thresholds(churn_min_days=10, churn_gap_factor=Decimal("1.5"))]
)
def test_churn_matches_the_rule_with_its_median(core: Any, thresholds: Thresholds) -> None:
    """Odd and even numbers of gaps (half-day medians), one date, repeated dates, sales after
    today, silences around the limit."""
    rng = random.Random(7)
    histories: list[list[date]] = [[], [TODAY], [TODAY + timedelta(days=3)]]
    for since in (9, 10, 11, 59, 60, 61, 70, 71, 72, 200):
        for gaps in ([35], [35, 36], [10, 71, 20], [1, 2, 3, 4], [36, 35, 36, 35]):
            last = TODAY - timedelta(days=since)
            days = [last]
            for gap in gaps:
                days.append(days[-1] - timedelta(days=gap))
            histories.append(days + [last, TODAY + timedelta(days=5)] if since == 70 else days)
    for _ in range(60):
        last = TODAY - timedelta(days=rng.randrange(0, 400))
        histories.append(
            [last - timedelta(days=rng.randrange(0, 500)) for _ in range(rng.randrange(1, 9))]
            + [last]
        )
    ids = new_customers(core, len(histories))
    insert(
        core,
        "INSERT INTO sale (customer_id, date, amount, paid) VALUES (?, ?, 100, 100)",
        [(cid, d.isoformat()) for cid, days in zip(ids, histories, strict=True) for d in days],
    )
    got = fields(core, TODAY, thresholds)
    for cid, days in zip(ids, histories, strict=True):
        found = [d for k, d in zip(got[cid].kinds, got[cid].details, strict=True) if k == "churn"]
        assert (found[0] if found else None) == churn_rule(days, TODAY, thresholds), days
        assert (got[cid].lifecycle_suggested == "lost") is bool(found)


def test_the_lifecycle_of_sums_too_big_for_sqlite_integers_is_decided_in_python(core: Any) -> None:
    """Half-years beyond 2^62 / the ratio's terms: stages.lifecycle_sql leaves them undecided."""
    declining, steady = new_customers(core, 2)
    old = TODAY - timedelta(days=300)  # the previous half
    insert(
        core,
        "INSERT INTO sale (customer_id, date, amount, paid) VALUES (?, ?, ?, ?)",
        [
            (declining, (TODAY - timedelta(days=800)).isoformat(), 1, 1),
            (declining, old.isoformat(), 3 * 10**18, 3 * 10**18),
            (declining, TODAY.isoformat(), 1, 1),
            (steady, (TODAY - timedelta(days=800)).isoformat(), 1, 1),
            (steady, old.isoformat(), 3 * 10**18, 3 * 10**18),
            (steady, TODAY.isoformat(), 2 * 10**18, 2 * 10**18),
        ],
    )
    got = fields(core)
    assert got[declining].lifecycle_suggested == "decline"
    assert got[steady].lifecycle_suggested == "loyal"


def test_rows_on_the_same_day_keep_their_order_and_a_subset_computes_the_same(
    demo_core: Any,
) -> None:
    """Licences expiring and complaints received on one day come in the order they were
    entered; computing a few customers gives what the whole office gives them."""
    cid = sorted(fields(demo_core))[0]
    insert(
        demo_core,
        "INSERT INTO licence (customer_id, kind, number, expires) VALUES (?, ?, ?, ?)",
        [
            (cid, kind, number, (TODAY + timedelta(days=3)).isoformat())
            for kind, number in (("gsp", "Z9"), ("business", "A1"), ("operating", "M5"))
        ],
    )
    insert(
        demo_core,
        "INSERT INTO complaint (customer_id, received, category, status)"
        " VALUES (?, ?, ?, 'received')",
        [(cid, "2026-11-01", category) for category in ("质量", "物流", "价格")],
    )
    whole = fields(demo_core)
    licences = [
        d[:2]
        for k, d in zip(whole[cid].kinds, whole[cid].details, strict=True)
        if k == "licence_expiring" and d[4] == (TODAY + timedelta(days=3)).isoformat()
    ]
    assert licences == [("gsp", "Z9"), ("business", "A1"), ("operating", "M5")]
    complaints = [
        d[0]
        for k, d in zip(whole[cid].kinds, whole[cid].details, strict=True)
        if k == "complaint_overdue" and d[1] == "2026-11-01"
    ]
    assert complaints == ["质量", "物流", "价格"]
    some = sorted(whole)[::3]
    part = fields(demo_core, ids=some)
    assert sorted(part) == some
    for i in some:
        assert {**vars_of(part[i]), "key_account": None, "uncosted_sales": None} == {
            **vars_of(whole[i]),
            "key_account": None,
        }
        assert (
            part[i].key_account is None and whole[i].uncosted_sales is None
        )  # each left out by the other


def vars_of(f: Any) -> dict[str, Any]:
    return {name: getattr(f, name) for name in f.__slots__}


def test_key_accounts_of_fen_are_those_of_the_plain_rule() -> None:
    def plain(totals: dict[int, int], share: Decimal) -> set[int]:
        ranked = sorted(((-v, cid) for cid, v in totals.items() if v > 0))
        goal, running, chosen = sum(v for v in totals.values() if v > 0) * share, 0, set()
        for negative, cid in ranked:
            if running >= goal:
                break
            chosen.add(cid)
            running -= negative
        return chosen

    rng = random.Random(3)
    for _ in range(2000):
        totals = {
            rng.randrange(0, 300): rng.choice([0, -5, 50, 50, rng.randrange(-10, 10**6)])
            for _ in range(rng.randrange(0, 40))
        }
        share = rng.choice(
            [Decimal("0.8"), Decimal(0), Decimal(1), Decimal("0.333"), Decimal("1.5")]
        )
        assert stages.key_accounts_fen(totals, share) == plain(totals, share), (totals, share)
    assert stages.key_accounts_fen({-1: 5, 2: 5}) == {-1, 2}  # negative ids: the Decimal path


def test_key_accounts_from_the_rollup_are_those_of_the_whole_office_run(
    demo_core: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A profile or a one-customer export asks for the key accounts alone: read from the
    analysis rollup they are the customers the whole-office run stars, and so are they summed
    from the sales when the rollup's horizon does not hold the window."""
    from crm_desktop.core.analytics.store import ensure_horizon
    from crm_desktop.core.rules import customer_standing

    # A cost-less sale in the window and one just before it: both sides must read them alike.
    cid = sorted(fields(demo_core))[5]
    insert(
        demo_core,
        "INSERT INTO sale (customer_id, date, quantity, amount, paid) VALUES (?, ?, 1, ?, 0)",
        [(cid, "2025-11-01", 900_000_000), (cid, "2025-10-31", 700_000_000)],
    )
    with demo_core.engine.begin() as con:
        ensure_horizon(driver_connection(con), TODAY)
    starred = {i for i, f in fields(demo_core).items() if f.key_account}
    assert cid in starred, "nine million yuan in the window makes a key account"
    with demo_core.engine.connect() as con:
        assert customer_standing._window_profits_from_rollup(con, TODAY) is not None
        assert customer_standing.key_accounts(con, TODAY) == starred
        # Two years on, the stored horizon holds none of the window: the sales are summed.
        later = date(2028, 11, 25)
        assert customer_standing._window_profits_from_rollup(con, later) is None
    with demo_core.engine.connect() as con:
        monkeypatch.setattr(customer_standing, "_window_profits_from_rollup", lambda *_: None)
        assert customer_standing.key_accounts(con, TODAY) == starred
