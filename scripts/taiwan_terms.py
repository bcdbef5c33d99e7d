"""Taiwan terms OpenCC's s2twp gets wrong for this office, found by reading its output.

Each pair replaces, in the converted text, what s2twp wrote with what a Taiwan or Hong Kong
office writes. scripts/build_translations.py applies them to the window's zh_TW translation
and to the core's Traditional table alike.
"""

from __future__ import annotations

TAIWAN_TERMS: tuple[tuple[str, str], ...] = (
    ("賬", "帳"),  # 應收帳款, 帳期, 對帳單: Taiwan's accounting writes 帳
    ("只讀", "唯讀"),
    ("渠道", "通路"),  # a sales channel
    ("質量", "品質"),
    ("文本", "文字"),
    ("沒有響應", "沒有回應"),
    ("電子郵箱", "電子郵件"),
    ("國家程式碼", "國碼"),  # s2twp reads 代码 as program code
    ("當前", "目前"),
    ("校驗", "驗證"),
    ("天后", "天後"),  # "3 天后到期": s2twp reads 天后 as the goddess Tianhou
    ("專案", "項目"),  # 项目 as a table's row heading, not a project
    ("自定義", "自訂"),
    ("本季度", "本季"),
    ("型別", "類型"),  # 类型 of a record, not a programming type
    ("閾值", "門檻"),
    ("退出", "結束"),
    ("幫助", "說明"),  # the Help menu and what points to it
    ("演示", "示範"),  # the demo data
    ("工作簿", "活頁簿"),  # Excel's own word in Taiwan
)
