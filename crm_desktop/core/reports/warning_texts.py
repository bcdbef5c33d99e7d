"""A warning worded in a report's language, from the numbers behind it.

The window words warnings through Qt's translations (ui/warnings/panel.py); a report is
made without Qt, so its Chinese sentences are here, the same as the window's
(tests/core/test_report_profile_rules.py holds them to the translation glossary).
"""

from __future__ import annotations

from crm_desktop.core import vocabulary
from crm_desktop.core.language import chinese
from crm_desktop.core.rules.warning_checks import english_message

ZH: dict[str, str] = {
    "credit_over_limit": "应收账款 {receivable} 元，超出授信额度 {limit} 元达 {excess} 元",
    "churn": "自 {last} 起已 {days} 天未进货（正常间隔上限 {limit} 天）",
    "order_overdue": (
        "自 {last} 起已 {days} 天未进货：通常每 {usual} 天进货一次（{orders} 次进货的间隔中位数）"
    ),
    "sales_below_last_year": (
        "本月至今销售 {done} 元，低于应达到的 {target} 元（{month} 同期 {before} 元的 {share}%，按"
        " {tolerance}% 容差）"
    ),
    "major_event": "{noted} 报告重大变故（{event}）：{summary}（{days} 天前）— 直至有人解除",
    "major_event_bare": "{noted} 报告重大变故（{event}）（{days} 天前）— 直至有人解除",
    "sales_behind_plan": (
        "本月至今销售 {done} 元，低于应达到的 {target} 元（{month} 计划 {plan} 元的 {share}%，按"
        " {tolerance}% 容差）"
    ),
    "sales_behind_plan_product": (
        "{product} 本月至今销售 {done} 元，低于应达到的 {target} 元（{month} {product} 计划 {plan}"
        " 元的 {share}%，按 {tolerance}% 容差）"
    ),
    "expired": "已过期 {days} 天",
    "expires": "{days} 天后到期",
    "complaint_overdue": "{received} 受理的投诉 {category} 已 {days} 天未答复",
    "follow_up_today": "计划于 {follow} 跟进（{noted} 的客情记录），今天到期",
    "contract_today": "合同 {number} 今天到期（{ends}），尚无续签合同",
    "contract_ends": "合同 {number} 将于 {days} 天后到期（{ends}），尚无续签合同",
    "follow_up_overdue": "计划于 {follow} 跟进（{noted} 的客情记录），已逾期 {days} 天",
}


def warning_sentence(kind: str, details: dict[str, str], language: str) -> str:
    """The warning's sentence: English as the command line and the JSON export word it, or
    Chinese (zh_CN, or zh_TW in Traditional) as the window does."""
    if language == "en":
        return english_message(kind, details)
    d = details

    def zh(key: str) -> str:
        return chinese(ZH[key], language).format(**d)

    if kind == "sales_behind_plan" and d.get("product"):
        return zh("sales_behind_plan_product")
    if kind == "licence_expiring":
        licence = vocabulary.LICENCE_KIND.label(d["licence"], language)
        state = zh("expired" if d["expired"] == "1" else "expires")
        return f"{licence} {d['number']} {state} ({d['expires']})".replace("  ", " ")
    if kind == "contract_expiring":
        return ZH["contract_today" if d["days"] == "0" else "contract_ends"].format(**d)
    if kind == "major_event":
        event = vocabulary.MAJOR_EVENT.label(d["event"], "zh_CN")
        return ZH["major_event" if d["summary"] else "major_event_bare"].format(
            **{**d, "event": event}
        )
    if kind == "follow_up_due":
        return zh("follow_up_today" if d["days"] == "0" else "follow_up_overdue")
    return zh(kind)
