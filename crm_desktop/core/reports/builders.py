"""The reports: customer profile(s), statement of account, arrears by age, warnings, ABC."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import Engine

from crm_desktop.core import vocabulary as words
from crm_desktop.core.cancellation import CancelCheck, checked
from crm_desktop.core.money import WAN
from crm_desktop.core.reports import profile_data
from crm_desktop.core.reports.charts import CHART_SCHEME, BarChart, Series
from crm_desktop.core.reports.document import (
    Markup,
    ReportDocument,
    anchor,
    esc,
    link,
    money,
    table,
)
from crm_desktop.core.reports.texts import texts
from crm_desktop.core.reports.warning_texts import warning_sentence
from crm_desktop.core.rules import designations, receivables
from crm_desktop.core.rules.summary import DETAIL_KEYS, computed_fields
from crm_desktop.core.services.customers import CustomerService
from crm_desktop.core.services.records import SaleService
from crm_desktop.core.services.warnings import KINDS, TAB_OF_KIND, WarningService


class ReportSources(Protocol):
    """What a report reads: the core's engine and services (the facade satisfies it; this
    module does not import the facade, which offers the reports)."""

    engine: Engine
    customers: CustomerService
    sales: SaleService
    warnings: WarningService


CHART_DIVISOR = WAN  # the sales chart's axis is in 万元


def profile(
    core: ReportSources,
    customer_ids: list[int],
    today: date,
    language: str = "zh_CN",
    cancelled: CancelCheck | None = None,
) -> ReportDocument:
    """One section (starting on a new page) per customer; the data is read a chunk of
    customers at a time (profile_data), not customer by customer. A batch stops with
    Cancelled once `cancelled()` is true."""
    t = texts(language)
    doc = ReportDocument(title=t["profile"])
    found = profile_data.profiles(core.engine, customer_ids, today)
    for number, data in enumerate(checked(found, cancelled, every=20)):
        doc.new_page()
        _profile_section(doc, data, t, language, number)
        if len(customer_ids) == 1:
            doc.subject = data.customer.name
    return doc


def _profile_section(
    doc: ReportDocument,
    data: profile_data.ProfileData,
    t: dict[str, str],
    language: str,
    number: int,
) -> None:
    c, credit = data.customer, data.credit

    def v(vocabulary: words.Vocabulary, key: str | None) -> str | None:
        return vocabulary.label(key, language)

    def part(
        title: str,
        headers: list[str],
        rows: list[list[object]],
        numeric: set[int] | None = None,
        target: str | None = None,
    ) -> None:
        """A heading and its table; "none" beside the heading when there is nothing to list
        (not a paragraph of its own, which a page break could leave alone on a page).
        `target`: the customer tab whose warnings link here (TAB_OF_KIND)."""
        mark = anchor(_section(number, target)) if target else ""
        if rows:
            doc.add(f"<h2>{mark}{esc(title)}</h2>")
            doc.add(table(headers, rows, numeric))
        else:
            doc.add(
                f"<h2>{mark}{esc(title)} <span style='font-size: 10pt; font-weight: normal;"
                f" color: #666666'>{esc(t['none'])}</span></h2>"
            )

    doc.add(f"<h1>{esc(c.name)}</h1>")
    facts = [
        (t["code"], c.code),
        (t["channel"], v(words.CHANNEL, c.channel)),
        (t["category"], v(words.CATEGORY, c.category)),
        (t["region"], c.region),
        (t["owner"], data.owner),
        (t["phone"], c.phone),
        (t["address"], c.address),
        (t["tags"], "、".join(data.tags) if data.tags else None),
        (t["lifecycle"], v(words.LIFECYCLE, data.lifecycle_shown)),
        (t["relationship"], v(words.RELATIONSHIP, data.relationship)),
        (t["evaluation"], f"{data.evaluation_total}/20" if data.evaluation_total else None),
        (t["abc"], data.computed.abc_class if data.computed else None),
        (t["key_account"], _key_account_text(data, t)),
        (t["special_supply"], _special_supply_text(data, t)),
        (
            t["came_from"],
            " · ".join(x for x in (v(words.CUSTOMER_SOURCE, data.origin[0]), data.origin[1]) if x)
            if data.origin
            else None,
        ),
        (t["referrals"], str(data.referrals) if data.referrals else None),
    ]
    doc.add(
        "<p>"
        + " &nbsp;·&nbsp; ".join(
            f"<span class=muted>{esc(k)}:</span> {esc(v)}" for k, v in facts if v
        )
        + "</p>"
    )
    found = data.computed
    part(
        t["warnings_now"],
        [t["warning"], t["details"]],
        [
            [
                # Each warning links to the part of the profile that holds its cause.
                link(
                    f"#{_section(number, TAB_OF_KIND[kind])}",
                    words.WARNING_KIND.label(kind, language),
                ),
                warning_sentence(
                    kind, dict(zip(DETAIL_KEYS[kind], numbers, strict=True)), language
                ),
            ]
            for kind, numbers in (zip(found.kinds, found.details, strict=True) if found else ())
        ],
    )
    part(
        t["contacts"],
        [
            t["name"],
            t["gender"],
            t["title"],
            t["role"],
            t["mobile"],
            t["phone"],
            t["birthday"],
            t["hobbies"],
            t["preferences"],
        ],
        [
            [
                x.name + (f" ({t['left']})" if x.left else ""),
                v(words.GENDER, x.gender),
                x.title,
                v(words.ROLE, x.role),
                x.mobile,
                x.phone,
                (
                    (f"{x.birthday_year}-" if x.birthday_year else "")
                    + f"{x.birthday_month:02d}-{x.birthday_day:02d}"
                    + (f" ({t['lunar']})" if x.birthday_lunar else "")
                )
                if x.birthday_month
                else "",
                x.hobbies,
                x.preferences,
            ]
            for x in data.contacts
        ],
    )
    part(
        t["licences"],
        [t["kind"], t["number"], t["expires"]],
        [[v(words.LICENCE_KIND, x.kind), x.number, x.expires] for x in data.licences],
        target="licences",
    )
    part(
        t["credit"],
        [
            t["limit"],
            t["payment_days"],
            t["rating"],
            t["receivable"],
            t["history_score"],
            t["potential_score"],
            t["suggested_rating"],
        ],
        [
            [
                money(credit.limit),
                credit.payment_days,
                credit.rating,
                money(credit.receivable),
                credit.history_score,
                credit.potential_score,
                credit.suggested_rating,
            ]
        ],
        {0, 1, 3, 4, 5},
        target="credit",
    )
    months = data.months
    doc.add(f"<h2>{anchor(_section(number, 'sales'))}{esc(t['sales12'])}</h2>")
    chart = BarChart(
        t["sales_chart"],
        tuple(m.month[2:] for m in months),
        (
            Series(t["previous"], "#b0bec5", tuple(m.previous_year for m in months)),
            Series(t["this_period"], "#1e88e5", tuple(m.amount for m in months)),
        ),
        unit=t["ten_thousand_yuan"],
        divisor=CHART_DIVISOR,
    )
    name = f"{CHART_SCHEME}sales-{number}"
    doc.charts[name] = chart
    doc.add(f"<p><img src='{name}' width={chart.width} height={chart.height}></p>")
    rows = []
    for m in months:
        planned = data.plans.get(m.month)
        rate = f"{m.amount / planned * 100:.0f}%" if planned else ""
        summed = f" ({t['plan_summed_short']})" if m.month in data.plans_summed else ""
        rows.append(
            [m.month, money(m.amount), money(m.previous_year), money(planned) + summed, rate]
        )
    doc.add(
        table(
            [t["month"], t["amount"], t["previous"], t["plan"], t["completion"]], rows, {1, 2, 3, 4}
        )
    )
    if data.channels:
        doc.add(
            "<p class=muted>"
            + esc(
                t["channels"].format(
                    t["list_sep"].join(
                        t["channel_count"].format(v(words.PURCHASE_CHANNEL, k), n)
                        for k, n in data.channels
                    )
                )
            )
            + "</p>"
        )
    _this_month_plan(doc, data, t, part)
    part(
        t["notes"],
        [t["date"], t["kind"], t["objective"], t["summary"], t["next"]],
        [
            [n.date, _note_kind(n, language), n.objective, n.summary, n.next_follow_up]
            for n in data.notes
        ],
        target="notes",
    )
    part(
        t["complaints"],
        [
            t["received"],
            t["category"],
            t["status"],
            t["escalation"],
            t["compensation"],
            t["received_via"],
            t["handler"],
            t["instruction"],
            t["description"],
        ],
        [
            [
                x.received,
                x.category,
                v(words.COMPLAINT_STATUS, x.status),
                v(words.ESCALATION, x.escalation),
                money(x.compensation),
                v(words.COMPLAINT_SOURCE, x.received_via),
                x.handler,
                _instruction(x.instructed_by, x.instruction),
                x.description,
            ]
            for x in data.open_complaints
        ],
        {4},
        target="complaints",
    )
    count, answered, average, given = data.complaint_summary
    if count:
        doc.add(
            "<p class=muted>"
            + esc(
                t["complaint_summary"].format(
                    count, answered, "—" if average is None else average, money(given)
                )
            )
            + "</p>"
        )
    if data.key_people:
        part(
            t["key_people"],
            [t["name"], t["title"], t["decision_style"]],
            [
                [
                    "　" * depth + ("└ " if depth else "") + name,
                    title,
                    v(words.DECISION_STYLE, style),
                ]
                for depth, name, title, style in data.key_people
            ],
        )
    part(
        t["contracts"],
        [
            t["contract_no"],
            t["signed_on"],
            t["ends_on"],
            t["amount"],
            t["payment_terms"],
            t["clauses_missing"],
        ],
        [
            [
                x.number,
                x.signed_on,
                x.ends_on,
                money(x.amount),
                x.payment_terms,
                "、".join(
                    words.CONTRACT_CLAUSE.label(k, language) or k
                    for k in words.CONTRACT_CLAUSE.keys
                    if k not in (x.clauses or "").split(",")
                )
                or t["all_clauses"],
            ]
            for x in data.contracts
        ],
        {3},
    )
    part(
        t["opportunities"],
        [
            t["product"],
            t["stage"],
            t["expected_amount"],
            t["chance"],
            t["expected_close"],
            t["next_step"],
        ],
        [
            [
                x.product,
                v(words.OPPORTUNITY_STAGE, x.stage)
                + (f" ({x.lost_reason})" if x.stage == "lost" and x.lost_reason else ""),
                money(x.amount),
                f"{data.chances.get(x.stage, 100 if x.stage == 'won' else 0)}%",
                x.closed_on or x.expected_close,
                " ".join(str(p) for p in (x.next_step_on, x.next_step) if p)
                if x.closed_on is None
                else "",
            ]
            for x in data.opportunities
        ],
        {2, 3},
    )


def _instruction(by: str | None, text: str | None) -> str:
    """Seed 003's 领导批示 as one cell: who gave it, then what it says."""
    return "：".join(part for part in (by, text) if part)


def _section(number: int, tab: str | None) -> str:
    """The anchor of a customer's part in a report of several profiles."""
    return f"p{number}-{tab}"


def _note_kind(note: Any, language: str) -> str | None:
    """A note's kind; a major event says which, and whether it was cleared."""
    kind = words.NOTE_KIND.label(note.kind, language)
    if note.kind != "event":
        return kind
    event = words.MAJOR_EVENT.label(getattr(note, "event", None) or "other", language)
    cleared = getattr(note, "cleared_on", None)
    if cleared is None:
        return f"{kind}: {event}"
    return f"{kind}: {event} ({texts(language)['cleared_on'].format(cleared)})"


def _key_account_text(data: profile_data.ProfileData, t: dict[str, str]) -> str:
    """Seed 003's key account, with what it was chosen by: the gross profit, a sale without
    a cost counting at its amount (then said)."""
    if not data.key_account:
        return t["no"]
    uncosted = data.computed.uncosted_sales if data.computed else None
    return t["key_by_profit_uncosted" if uncosted else "key_by_profit"]


def _special_supply_text(data: profile_data.ProfileData, t: dict[str, str]) -> str | None:
    """The 特供支持单位 plaque: held, or suggested when the customer meets the seed's recorded
    criteria (the shop's size and street are the office's judgement); nothing otherwise."""
    c = data.customer
    eligible = designations.special_supply_eligible(
        c.channel,
        data.computed.abc_class if data.computed else None,
        data.lifecycle_shown,
        c.eval_reputation,
    )
    if designations.SPECIAL_SUPPLY_TAG in data.tags:
        return t["special_supply_held"] if eligible else t["special_supply_held_unmet"]
    return t["special_supply_suggested"] if eligible else None


def _this_month_plan(
    doc: ReportDocument, data: profile_data.ProfileData, t: dict[str, str], part: Any
) -> None:
    """This month's plan as the rules read it: the whole plan (or the sum of the product
    plans), then each product plan, against the sales so far, behind as the warning says."""
    if not data.this_month:
        return
    whole = data.this_month[0]
    title = t["this_month_plan"] + (f" ({t['plan_summed']})" if whole.summed_from_products else "")
    part(
        title,
        [t["product"], t["plan"], t["actual_to_date"], t["expected_to_date"], t["state"]],
        [
            [
                line.product or t["whole_month"],
                money(line.plan),
                money(line.actual),
                money(line.expected),
                t["behind"] if line.behind else t["on_track"],
            ]
            for line in data.this_month
        ],
        {1, 2, 3},
    )


def statement(
    core: ReportSources, cid: int, start: date, end: date, language: str = "zh_CN", office: str = ""
) -> ReportDocument:
    """对账单: every sale of the period with the cumulative balance, totals and signatures."""
    t = texts(language)
    c = core.customers.get(cid)
    doc = ReportDocument(title=t["statement"], landscape=True, subject=f"{c.name} {start:%Y-%m}")
    lines = core.sales.lines(cid)
    opening = sum((s.amount - s.paid for s in lines if s.date < start), Decimal(0))
    doc.add(f"<h1>{esc(office)} {esc(t['statement'])}</h1>")
    doc.add(
        f"<p>{esc(t['customer'])}: <b>{esc(c.name)}</b> &nbsp;"
        f" {esc(t['code'])}: {esc(c.code)} &nbsp; {esc(t['period'])}: {start.isoformat()} –"
        f" {end.isoformat()}</p>"
    )
    rows: list[list[object]] = [["", t["opening"], "", "", "", "", "", "", money(opening)]]
    balance = opening
    total_amount = total_paid = Decimal(0)
    for s in lines:
        if not start <= s.date <= end:
            continue
        balance += s.amount - s.paid
        total_amount += s.amount
        total_paid += s.paid
        rows.append(
            [
                s.date,
                s.product,
                s.spec,
                f"{s.quantity.normalize():f}" if s.quantity is not None else "",
                money(s.unit_price),
                money(s.amount),
                money(s.paid),
                money(s.amount - s.paid),
                money(balance),
            ]
        )
    rows.append(
        [
            "",
            t["total"],
            "",
            "",
            "",
            money(total_amount),
            money(total_paid),
            money(total_amount - total_paid),
            money(balance),
        ]
    )
    doc.add(
        table(
            [
                t["date"],
                t["product"],
                t["spec"],
                t["quantity"],
                t["unit_price"],
                t["amount"],
                t["paid"],
                t["arrears"],
                t["balance"],
            ],
            rows,
            {3, 4, 5, 6, 7, 8},
        )
    )
    doc.add(
        f"<p>{esc(t['closing'])}: <b>{money(balance)}</b></p>"
        f"<p class=muted>{esc(t['statement_note'])}</p>"
    )
    signing = f"<br><br><br>{esc(t['signature'])}<br><br>{esc(t['sign_date'])}"
    doc.add(
        "<table width=100% cellpadding=8><tr>"
        f"<td width=50%>{esc(t['seller'])}{signing}</td>"
        f"<td width=50%>{esc(t['buyer'])}{signing}</td>"
        "</tr></table>"
    )
    return doc


def aging(core: ReportSources, today: date) -> list[tuple[str, list[Decimal]]]:
    """Outstanding amounts per active customer by days past due, the receivable's own ageing
    (rules/receivables.py), largest total first."""
    with core.engine.connect() as con:
        names = dict(con.exec_driver_sql("SELECT id, name FROM customer WHERE active = 1").all())
        buckets = receivables.ageing(con, today)
    return sorted(
        ((names[cid], b) for cid, b in buckets.items() if cid in names), key=lambda r: -sum(r[1])
    )


def arrears(core: ReportSources, today: date, language: str = "zh_CN") -> ReportDocument:
    t = texts(language)
    doc = ReportDocument(title=t["arrears_report"], landscape=True)
    doc.add(f"<h1>{esc(t['arrears_report'])}</h1><p class=muted>{today.isoformat()}</p>")
    rows = aging(core, today)
    totals = [sum((b[i] for _, b in rows), Decimal(0)) for i in range(5)]
    doc.add(
        table(
            [t["customer"], t["not_due"], t["d30"], t["d60"], t["d90"], t["d90p"], t["total"]],
            [[name, *[money(v) for v in b], money(sum(b, Decimal(0)))] for name, b in rows]
            + [[t["total"], *[money(v) for v in totals], money(sum(totals, Decimal(0)))]],
            {1, 2, 3, 4, 5, 6},
        )
    )
    return doc


def warnings_list(core: ReportSources, today: date, language: str = "zh_CN") -> ReportDocument:
    """Every warning, each kind linked to what it means and where in the customer's file its
    cause is (a part at the end: the list itself may run to thousands of rows)."""
    t = texts(language)
    doc = ReportDocument(title=t["warnings_report"], landscape=True)
    doc.add(f"<h1>{esc(t['warnings_report'])}</h1><p class=muted>{today.isoformat()}</p>")
    rows = core.warnings.list(today)
    doc.add(
        table(
            [t["customer"], t["owner"], t["warning"], t["details"], t["where"]],
            [
                [
                    r.customer_name,
                    r.owner,
                    link(f"#why-{r.kind}", words.WARNING_KIND.label(r.kind, language)),
                    warning_sentence(r.kind, r.details, language),
                    t[f"tab_{r.tab}"],
                ]
                for r in rows
            ],
        )
    )
    kinds = list(dict.fromkeys(r.kind for r in rows))
    if kinds:
        doc.add(f"<h2>{esc(t['causes'])}</h2>")
        doc.add(
            table(
                [t["warning"], t["details"], t["where"]],
                [
                    [
                        Markup(
                            anchor(f"why-{kind}") + esc(words.WARNING_KIND.label(kind, language))
                        ),
                        t[f"why_{kind}"],
                        t[f"tab_{TAB_OF_KIND[kind]}"],
                    ]
                    for kind in KINDS
                    if kind in kinds
                ],
            )
        )
    return doc


def abc_list(core: ReportSources, today: date, language: str = "zh_CN") -> ReportDocument:
    t = texts(language)
    doc = ReportDocument(title=t["abc_report"])
    doc.add(f"<h1>{esc(t['abc_report'])}</h1><p class=muted>{today.isoformat()}</p>")
    with core.engine.connect() as con:
        computed = computed_fields(con, today)
        names = dict(
            con.exec_driver_sql(
                "SELECT id, name FROM customer WHERE active = 1 ORDER BY sort_key"
            ).all()
        )
    for klass in ("AAA", "AA", "A", "B+", "B", "C"):
        members = [names[cid] for cid in names if computed[cid].abc_class == klass]
        doc.add(f"<h2>{klass} ({len(members)})</h2>")
        doc.add(f"<p>{'、'.join(esc(m) for m in members) or esc(t['none'])}</p>")
    return doc


def reminders(core: ReportSources, today: date, language: str = "zh_CN") -> ReportDocument:
    """Today's follow-ups, the birthdays of the next 7 days, holidays of the next 14, and
    licences about to expire: the Today panel on paper."""
    from crm_desktop.core.rules.reminders import todays_reminders
    from crm_desktop.core.rules.thresholds import load as load_thresholds

    t = texts(language)
    doc = ReportDocument(title=t["reminders_report"])
    doc.add(f"<h1>{esc(t['reminders_report'])}</h1><p class=muted>{today.isoformat()}</p>")
    with core.engine.connect() as con:
        found = todays_reminders(
            con, today, language, licence_days=load_thresholds(con).licence_days
        )

    def section(title: str, headers: list[str], rows: list[list[object]]) -> None:
        doc.add(f"<h2>{esc(title)}</h2>")
        doc.add(table(headers, rows) if rows else f"<p class=muted>{esc(t['none'])}</p>")

    section(
        t["follow_ups"],
        [t["customer"], t["next"], t["summary"]],
        [[f.customer, f.due, f.summary] for f in found.follow_ups],
    )
    section(
        t["birthdays"],
        [t["customer"], t["name"], t["mobile"], t["birthday"]],
        [
            [
                b.customer,
                b.contact,
                b.mobile,
                b.on.isoformat() + (f" ({t['lunar']})" if b.lunar else ""),
            ]
            for b in found.birthdays
        ],
    )
    section(
        t["holidays"],
        [t["date"], t["name"]],
        [
            [
                h.first_day.isoformat()
                + ("" if h.first_day == h.last_day else f" – {h.last_day.isoformat()}"),
                h.name,
            ]
            for h in found.holidays
        ],
    )
    section(
        t["licences_expiring"],
        [t["customer"], t["kind"], t["number"], t["expires"]],
        [
            [x.customer, words.LICENCE_KIND.label(x.kind, language), x.number, x.expires]
            for x in found.licences
        ],
    )
    return doc
