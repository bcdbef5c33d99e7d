"""The closed vocabularies: for each stored key set its keys in their order and their labels.

One place, in the spirit of Anki's consts.py: the database and the JSON interchange store the
English keys (`decision_maker`); reports and the .csv/.xlsx exports print the labels of their
language (决策者 / Decision maker); imports read back a key or a label of any language. The UI
keeps its labels in Qt's translation files (ui/labels.py) but takes keys and order from here,
and a test holds its Chinese translations to the labels below.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from crm_desktop.core.language import chinese

LANGUAGES = ("zh_CN", "zh_TW", "en")


@dataclass(frozen=True)
class Term:
    key: str
    en: str
    zh: str
    # Other spellings an import accepts for this key (M, 先生, Unspecified …), besides the key
    # and both labels.
    aliases: tuple[str, ...] = ()


def _fold(text: str) -> str:
    """What two spellings of one word share: width, case and outer spaces do not count."""
    return unicodedata.normalize("NFKC", text).strip().lower()


@dataclass(frozen=True)
class Vocabulary:
    name: str
    terms: tuple[Term, ...]
    _read: dict[str, str] = field(init=False, repr=False, compare=False)
    _labels: dict[str, dict[str, str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        read: dict[str, str] = {}
        for term in self.terms:
            traditional = chinese(term.zh, "zh_TW")
            for spelling in (term.key, term.en, term.zh, traditional, *term.aliases):
                read.setdefault(_fold(spelling), term.key)
        object.__setattr__(self, "_read", read)
        # Built once: an export labels every row's cells.
        object.__setattr__(
            self,
            "_labels",
            {
                "en": {t.key: t.en for t in self.terms},
                "zh_CN": {t.key: t.zh for t in self.terms},
                "zh_TW": {t.key: chinese(t.zh, "zh_TW") for t in self.terms},
            },
        )

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(t.key for t in self.terms)

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def __contains__(self, key: object) -> bool:
        return key in self.keys

    def labels(self, language: str) -> dict[str, str]:
        """key → label in `language`, in the vocabulary's order."""
        return dict(self._labels.get(language, self._labels["zh_CN"]))

    def label(self, key: str | None, language: str) -> str | None:
        """The label of a stored key; an unknown key is shown as it is, None stays None."""
        if key is None:
            return None
        return self._labels.get(language, self._labels["zh_CN"]).get(key, key)

    def key_for(self, text: object) -> str | None:
        """The key a cell means: the key itself or a label in any language (or an alias)."""
        if text is None:
            return None
        return self._read.get(_fold(str(text)))


def _vocabulary(name: str, *terms: tuple[str, ...]) -> Vocabulary:
    return Vocabulary(
        name, tuple(Term(key, en, zh, tuple(aliases)) for key, en, zh, *aliases in terms)
    )


KIND = _vocabulary(
    "kind", ("company", "Company", "单位", "公司", "企业"), ("person", "Person", "个人")
)
RELATION = _vocabulary(
    "relation",
    ("downstream", "Buys from us", "下游销售客户", "下游"),
    ("upstream", "Supplies us", "上游供应客户", "上游"),
    ("both", "Both", "供销并存"),
)
CHANNEL = _vocabulary(
    "channel",
    ("wholesale", "Wholesale", "批发"),
    ("chain", "Chain", "连锁"),
    ("retail", "Retail", "零售"),
    ("medical", "Medical", "医疗机构"),
    ("other", "Other", "其他"),
)
CATEGORY = _vocabulary(
    "category",
    ("vip", "VIP", "VIP"),
    ("key", "Key", "重点"),
    ("normal", "Normal", "普通"),
    ("potential", "Potential", "潜在"),
)
LIFECYCLE = _vocabulary(
    "lifecycle",
    ("prospect", "Prospect", "潜在期"),
    ("welcome", "Welcome", "开拓期"),
    ("loyal", "Loyal", "稳定期"),
    ("decline", "Declining", "衰退期"),
    ("lost", "Lost", "流失"),
)
RELATIONSHIP = _vocabulary(
    "relationship",
    ("development", "Development", "开发期"),
    ("initial", "Initial", "初级阶段"),
    ("stable", "Stable", "稳定阶段"),
    ("strategic", "Strategic", "战略阶段"),
)
ROLE = _vocabulary(
    "role",
    ("decision_maker", "Decision maker", "决策者"),
    ("key_person", "Key person", "关键人"),
    ("influencer", "Influencer", "影响者"),
    ("user", "User", "使用者"),
    ("other", "Other", "其他"),
)
NOTE_KIND = _vocabulary(
    "note_kind",
    ("visit", "Visit", "拜访"),
    ("call", "Call", "电话"),
    ("meeting", "Meeting", "会谈"),
    ("message", "Message", "短信/微信"),
    ("other", "Other", "其他"),
    # Seed 003 (六、5 客户重大变故预警): a major event staff report; it raises a warning until
    # someone clears it (note.cleared_on). The interchange's notes_log kind stays one of the
    # contract's five: such a note is written as "other" with its `event` key.
    ("event", "Major event", "重大变故"),
    # Seed 004 (互动记录: 每一次互动，包括咨询、投诉、建议等): an enquiry or a suggestion the
    # customer made; a complaint has its own record. The JSON writes "other" + `interaction`.
    ("enquiry", "Enquiry", "咨询"),
    ("suggestion", "Suggestion", "建议"),
)
# The kinds the JSON interchange writes as "other" with an `interaction` key (seed 004).
INTERACTION_KINDS = ("enquiry", "suggestion")
# What the major event was (seed 003: "被盗、车祸、分家、重病等").
MAJOR_EVENT = _vocabulary(
    "major_event",
    ("theft", "Theft", "被盗"),
    ("accident", "Accident", "车祸", "事故"),
    ("family_split", "Family split", "分家"),
    ("illness", "Serious illness", "重病"),
    ("other", "Other event", "其他变故", "其他", "Other"),
)
COMPLAINT_STATUS = _vocabulary(
    "complaint_status",
    ("received", "Received", "已受理"),
    ("investigating", "Investigating", "调查中"),
    # Seed 003 (四、3 客户投诉管理): 进行相关调查，再由有关领导批示处理意见 — the leader's
    # instruction comes between the investigation and the handling. The interchange keeps the
    # contract's five statuses: such a complaint is written as "investigating" with its
    # `instruction`, which the import reads back as "instructed".
    ("instructed", "Instructed", "已批示", "领导批示"),
    ("handling", "Handling", "处理中"),
    ("answered", "Answered", "已答复"),
    ("closed", "Closed", "已归档"),
)
# How high a complaint went (seed 000: 妥善处理好客户抱怨要做到 … 层次高一点, a higher level
# handling it), lowest first.
ESCALATION = _vocabulary(
    "escalation",
    ("staff", "Staff", "经办人员"),
    ("supervisor", "Supervisor", "主管"),
    ("manager", "Department manager", "部门经理"),
    ("leadership", "Company leadership", "公司领导"),
)
# How the complaint came in (seed 004: 通过电话、邮件、在线平台等方式 … 投诉渠道; a visit too).
COMPLAINT_SOURCE = _vocabulary(
    "complaint_source",
    ("phone", "Phone", "电话"),
    ("visit", "In person", "来访", "上门", "Visit"),
    ("mail", "Mail", "信函/邮件", "邮件", "信函", "email"),
    ("online", "Online", "在线平台", "在线", "网络"),
)
# How the customer bought (seed 004 购买记录: 购买渠道; the channels of 渠道规划: 直销、代理商、
# 经销商), with the two ways an order reaches a distributor's office.
PURCHASE_CHANNEL = _vocabulary(
    "purchase_channel",
    ("direct", "Direct sale", "直销"),
    ("agent", "Through an agent", "代理商"),
    ("dealer", "Through a dealer", "经销商"),
    ("phone", "Phone order", "电话订货"),
    ("online", "Online order", "网上订货"),
    ("other", "Other channel", "其他渠道"),
)
# The categories the complaint form offers; a complaint stores the text as typed (the form's
# box is editable), so these are suggestions rather than a closed set.
COMPLAINT_CATEGORY = _vocabulary(
    "complaint_category",
    ("quality", "Quality", "质量"),
    ("delivery", "Delivery", "物流配送"),
    ("price", "Price", "价格"),
    ("service", "Service", "服务"),
)
LICENCE_KIND = _vocabulary(
    "licence_kind",
    ("business", "Business licence", "营业执照"),
    ("operating", "Operating permit", "经营许可证"),
    ("gsp", "GSP certificate", "GSP证书"),
    ("other", "Other licence", "其他证照", "其他", "Other"),
)
GENDER = _vocabulary(
    "gender",
    ("male", "Male", "男", "M", "先生", "man"),
    ("female", "Female", "女", "F", "女士", "woman", "小姐"),
    # Outlook writes "Unspecified" (未指定) in every row whose gender nobody entered.
    ("unknown", "Unknown", "未知", "U", "Unspecified", "未指定", "保密"),
)
WARNING_KIND = _vocabulary(
    "warning_kind",
    ("credit_over_limit", "Over credit limit", "欠款超授信"),
    ("churn", "Stopped ordering", "客户流失"),
    ("order_overdue", "Order overdue", "进货频率下降"),
    ("sales_behind_plan", "Behind sales plan", "销售进度落后"),
    ("sales_below_last_year", "Below last year", "低于去年同期"),
    ("licence_expiring", "Licence expiring", "证照到期"),
    ("complaint_overdue", "Complaint overdue", "投诉逾期"),
    ("follow_up_due", "Follow-up due", "待跟进"),
    ("major_event", "Major event", "重大变故"),
    ("contract_expiring", "Contract ending", "合同到期"),
)
# Seed 004's sales funnel (销售漏斗): the open stages in their order, then the two outcomes.
OPPORTUNITY_STAGE = _vocabulary(
    "opportunity_stage",
    ("lead", "Lead", "线索"),
    ("qualified", "Qualified", "需求确认"),
    ("proposal", "Proposal", "方案报价"),
    ("negotiation", "Negotiation", "商务谈判"),
    ("won", "Won", "赢单", "成交"),
    ("lost", "Lost deal", "丢单", "Lost", "失败"),
)
OPEN_STAGES = ("lead", "qualified", "proposal", "negotiation")
# Seed 003's standard contract (标准、规范的合同文本 应至少包含): the clauses its checklist ticks.
CONTRACT_CLAUSE = _vocabulary(
    "contract_clause",
    ("product", "Product (kind, brand, spec)", "标的（品种、品牌、规格）", "标的"),
    ("quantity", "Quantity", "数量"),
    ("price", "Price", "价格"),
    ("quality", "Quality standard", "质量要求", "质量标准"),
    ("packing", "Packing", "包装"),
    (
        "delivery",
        "Delivery (time, place, transport, costs)",
        "发送（时间、地点、运输、费用）",
        "交货",
    ),
    ("acceptance", "Acceptance", "验收"),
    ("payment", "Payment", "结账方式", "付款"),
    ("liability", "Liability for breach", "违约责任"),
    ("dispute", "Dispute resolution", "纠纷处理"),
    ("validity", "Signing date, place and validity", "签约时间、地点、生效期", "有效期"),
)
# Where a customer came from (seed 002: 让老客户为你介绍新的客户资源, and the other ways in).
CUSTOMER_SOURCE = _vocabulary(
    "customer_source",
    ("referral", "Referred by a customer", "老客户介绍", "转介绍", "介绍"),
    ("exhibition", "Exhibition", "展会"),
    ("cold_call", "Cold call or visit", "陌生拜访", "电话开发"),
    ("advertising", "Advertising", "广告"),
    ("online", "Online", "网络"),
    ("walk_in", "Came to us", "主动上门"),
    ("other", "Other source", "其他来源"),
)
# Seed 003's four styles of the key decision maker (关键决策者的四种主要风格).
DECISION_STYLE = _vocabulary(
    "decision_style",
    ("leader", "Leader", "领导型"),
    ("influencer", "Influencer (consults others)", "施加影响型"),
    ("follower", "Follower", "跟随型"),
    ("checker", "Checker", "检查型"),
)
# A yes/no cell of the .csv/.xlsx exports (已离职 "has left", 农历 …).
YES_NO = _vocabulary(
    "yes_no",
    ("yes", "Yes", "是", "true", "1", "y", "√", "✓", "已离职", "离职"),
    ("no", "No", "否", "false", "0", "n", "×", "在职"),
)

ALL: tuple[Vocabulary, ...] = (
    KIND,
    RELATION,
    CHANNEL,
    CATEGORY,
    LIFECYCLE,
    RELATIONSHIP,
    ROLE,
    NOTE_KIND,
    MAJOR_EVENT,
    COMPLAINT_STATUS,
    ESCALATION,
    COMPLAINT_SOURCE,
    PURCHASE_CHANNEL,
    COMPLAINT_CATEGORY,
    LICENCE_KIND,
    GENDER,
    WARNING_KIND,
    OPPORTUNITY_STAGE,
    CONTRACT_CLAUSE,
    CUSTOMER_SOURCE,
    DECISION_STYLE,
    YES_NO,
)


def yes_no(value: object) -> bool | None:
    """A yes/no cell as a flag: None when empty or when it says neither."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):  # Excel's 1/0, read as a number
        return bool(value)
    key = YES_NO.key_for(value)
    return None if key is None else key == "yes"
