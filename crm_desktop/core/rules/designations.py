"""Designations the seeds grant by criteria: who may carry the 特供支持单位 plaque (seed 003).

Seed 003 (二、下游客户分类 (三) 20): "在零售及医疗机构的客户中，A类的客户且对公司忠诚度高、店面大且
处于繁华路段、店的信誉度和美誉度高的客户，我们将授予其'特供支持单位'的牌匾". The office records
the channel, the ABC class, the lifecycle stage and the evaluation card's reputation, not the
shop's size or street: these criteria are necessary, and the plaque stays the office's choice
among the customers who meet them (suggested, never forced).
"""

from __future__ import annotations

from crm_desktop.core.rules.thresholds import CLASS_ORDER

SPECIAL_SUPPLY_TAG = "特供支持单位"
SPECIAL_SUPPLY_CHANNELS = frozenset({"retail", "medical"})
# "A类": the seed's A, B, C classes, of which tables 4-1 and 4-2 split A into A, AA and AAA.
A_CLASSES = frozenset(CLASS_ORDER[CLASS_ORDER.index("A") :])
# "信誉度和美誉度高": the evaluation card's reputation (1–5) at 4 or 5.
HIGH_REPUTATION = 4


def special_supply_eligible(
    channel: str | None, abc_class: str | None, lifecycle: str | None, reputation: int | None
) -> bool:
    """Whether a customer meets the recorded criteria of the 特供支持单位 plaque: a retail or
    medical customer of class A or better, in the loyal stage ("忠诚度高", the stage shown:
    the user's or the suggested one) with a reputation of 4 or 5 on the evaluation card."""
    return (
        channel in SPECIAL_SUPPLY_CHANNELS
        and abc_class in A_CLASSES
        and lifecycle == "loyal"
        and reputation is not None
        and reputation >= HIGH_REPUTATION
    )


def special_supply_state(
    channel: str | None,
    abc_class: str | None,
    lifecycle: str | None,
    reputation: int | None,
    tags: list[str],
) -> str | None:
    """What the customer's header says of the plaque: "suggested" (the criteria are met, the
    tag not given yet), "held", "held_unmet" (given, the criteria no longer met), or None."""
    eligible = special_supply_eligible(channel, abc_class, lifecycle, reputation)
    if SPECIAL_SUPPLY_TAG in tags:
        return "held" if eligible else "held_unmet"
    return "suggested" if eligible else None
