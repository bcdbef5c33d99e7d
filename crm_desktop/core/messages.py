"""The core's sentences in the user's language, without Qt: import problems, errors, and the
command line's own lines.

English is the source (the core raises and records English, the log keeps it); ZH holds the
Simplified wording, the same as the window's translation glossary; Traditional comes from the
generated table (core/language.py). A code without a Chinese sentence falls back to the
English, never to a blank. The lines whose words the interface contract fixes (the import
summary `imported customers=N …`, `demo customers=N …`, `exported customers=N …`) are not
here: scripts read them in every language.
"""

from __future__ import annotations

from typing import Any

from crm_desktop.core.language import chinese

EN: dict[str, str] = {
    # the command line
    "backup_written": "backup written: {path}",
    "restore_question": "Replace {database} with {backup}? The current data is backed up "
    "first. [y/N] ",
    "restore_cancelled": "restore cancelled",
    "previous_kept": "previous data kept in: {path}",
    "restored": "restored {database} from {backup}",
    "report_written": "report written: {path} ({pages} pages)",
    "interrupted": "interrupted",
    "customers_at_least_one": "--customers must be at least 1",
    "not_a_date": "{what} {text!r} is not a date (YYYY-MM-DD)",
    "report_not_pdf": "{name}: reports are written as .pdf",
    "folder_missing": "{folder} does not exist",
    "statement_needs_customer": "a statement is for one customer: add --customer NAME_OR_ID",
    "no_active_customers": "there are no active customers to report on",
    "customer_not_for_kind": "--customer applies to --kind profile or statement, not {kind}",
}

ZH: dict[str, str] = {
    "backup_written": "备份已写入：{path}",
    "restore_question": "用 {backup} 替换 {database} 吗？当前数据会先备份。[y/N] ",
    "restore_cancelled": "已取消恢复",
    "previous_kept": "原数据保存在：{path}",
    "restored": "已从 {backup} 恢复 {database}",
    "report_written": "报表已写入：{path}（{pages} 页）",
    "interrupted": "已中断",
    "customers_at_least_one": "--customers 至少为 1",
    "not_a_date": "{what} {text!r} 不是日期（YYYY-MM-DD）",
    "report_not_pdf": "{name}：报表只能写成 .pdf",
    "folder_missing": "{folder} 不存在",
    "statement_needs_customer": "对账单针对一个客户：请加上 --customer 名称或编号",
    "no_active_customers": "没有可以出报表的有效客户",
    "customer_not_for_kind": "--customer 只用于 --kind profile 或 statement，不用于 {kind}",
    # the core's errors, by code
    "error.unsupported_database": "不支持数据库 {target!r}",
    "error.dialect_not_ready": "{dialect} 尚未就绪：{feature} 还没有 {dialect} 版本",
    "error.damaged_database": "{path} 不是可用的 crm-desktop 数据库：{reason}",
    "error.database_locked": "{path} 被其他程序锁定；请关闭它后重试",
    "error.read_only": "{path} 在此处以只读方式打开（另一个 crm-desktop 窗口正在使用它）："
    "未保存任何内容；请在那个窗口中修改",
    "error.schema_behind": "{target} 的数据库结构为 {current}，此版本需要 {head}："
    "请先升级（会保留文件的备份）",
    "error.schema_ahead": "{target} 由更新版本的 crm-desktop 写入（结构 {current}）；此版本只认识到"
    " {head}",
    "error.not_found": "找不到{what} {key!r}",
    "error.no_such_customer": "没有客户 {key!r}（已按编号、完整名称和 id 查找）",
    "error.several_customers": "{key!r} 对应多个客户（{listed}）；请用 id 指定",
    # import problems, by code (the window's wording, ui/dialogs/import_dialog.py)
    "problem.no_name": "没有客户名称也没有联系人姓名，此行未导入",
    "problem.phone_scientific": "电话 {value} 已被 Excel 写成科学计数法而丢失位数；请把该列设为文本"
    "格式后重新输入，此号码未导入",
    "problem.phone_invalid": "{value} 不是电话号码，未导入",
    "problem.birthday_invalid": "生日 {value} 不是有效日期，未导入",
    "problem.sale_date_invalid": "销售日期 {value} 不是有效日期，此笔销售未导入",
    "problem.sale_value_invalid": "{value} 不是有效的金额或数量，此笔销售未导入",
    "problem.sale_incomplete": "销售记录需要日期和金额（或数量与单价），此笔销售未导入",
    "problem.card_unfinished": "文件在这张名片中间结束；已导入名片里已有的内容",
    "problem.card_not_closed": "这张名片还没结束（缺少 END:VCARD）下一张就开始了；已导入其中的内容",
    "problem.birthday_text": "生日 {value} 是文字而不是日期，已保存在备注中",
    "problem.birthday_in_notes": "生日 {value} 不是完整的日期，已保存在备注中",
    "problem.vcard_property_skipped": "{value} 未导入",
    "problem.vcard_line_invalid": "{value} 不是 vCard 的内容行，未导入",
}

# What NotFound's `what` names, in Chinese.
THINGS = {"customer": "客户", "contact": "联系人", "sale": "销售记录"}


def say(key: str, language: str, **params: Any) -> str:
    """A command-line sentence in `language`."""
    template = EN[key] if language == "en" else chinese(ZH[key], language)
    return template.format(**params)


def error_text(exc: BaseException, language: str) -> str:
    """A core error in `language`: by its code and parameters when the code has a Chinese
    sentence (and the parameters fill it), else the error's own English message."""
    code = getattr(exc, "code", "")
    template = ZH.get(f"error.{code}")
    params = dict(getattr(exc, "params", {}) or {})
    if language == "en" or template is None:
        return str(exc)
    if code == "not_found" and "what" in params:
        params["what"] = chinese(THINGS.get(str(params["what"]), str(params["what"])), language)
    try:
        return chinese(template, language).format(**params)
    except (KeyError, IndexError, ValueError):  # raised with a message of its own
        return str(exc)


def problem_text(problem: Any, language: str) -> str:
    """An import problem (`ref`, `code`, `value`, English `message`) in `language`."""
    template = ZH.get(f"problem.{problem.code}") if problem.code else None
    if language == "en" or template is None:
        return str(problem)
    return f"{problem.ref}: {chinese(template, language).format(value=problem.value)}"
