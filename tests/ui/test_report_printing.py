"""A batch of customer profiles as one PDF: a section per customer, each from a new page,
numbered "page X of Y" throughout, charts drawn as vector graphics with real text."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.core.reports import builders
from crm_desktop.core.reports.charts import BarChart, Series
from crm_desktop.core.reports.document import ReportDocument

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils not installed"
)


def pages_text(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]  # a form feed ends every page


def _ids(core: Any) -> list[int]:
    with core.engine.connect() as con:
        return [cid for (cid,) in con.exec_driver_sql("SELECT id FROM customer ORDER BY id")]


def test_batch_of_profiles_one_section_per_customer(
    qapp: Any, demo_core: Any, fixed_today: date, tmp_path: Path
) -> None:
    from crm_desktop.ui import printing

    core = demo_core
    ids = _ids(core)[:4]
    with core.engine.begin() as con:  # the second customer's contacts fill more than a page
        con.exec_driver_sql(
            "UPDATE customer SET name = '<b>人民大药房</b>' WHERE id = ?", (ids[0],)
        )
        for n in range(60):
            con.exec_driver_sql(
                'INSERT INTO contact(customer_id, name, birthday_lunar, "left")'
                " VALUES (?, ?, 0, 0)",
                (ids[1], f"联系人{n:02d}"),
            )
    report = builders.profile(core, ids, fixed_today)
    assert len(report.sections) == 4 and len(report.charts) == 4
    pdf = tmp_path / "batch.pdf"
    monkey_kept = printing.KEPT_LAYOUTS
    printing.KEPT_LAYOUTS = 2  # the last two sections are laid out again when drawn
    try:
        count = printing.write_pdf(report, pdf, office="华北销售部", printed_on=fixed_today)
    finally:
        printing.KEPT_LAYOUTS = monkey_kept
    pages = pages_text(pdf)
    assert count == len(pages) >= 5
    names = [core.customers.get(cid).name for cid in ids]
    starts = []
    for number, text in enumerate(pages, 1):
        assert "华北销售部" in text and "客户档案" in text  # the header
        squeezed = "".join(text.split())  # pdftotext drops or adds spaces between CJK and digits
        assert (
            f"第{number}/{count}页" in squeezed and "打印日期:2026-11-25" in squeezed
        )  # the footer
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if lines[1] in names:  # a customer's name right under the header: a section starts here
            starts.append(names.index(lines[1]))
    assert starts == [0, 1, 2, 3]  # every customer from a new page, in order
    assert "<b>人民大药房</b>" in pages[0]  # escaped, and 人 is not the radical ⼈
    assert "联系人59" in "".join(pages[1 : count - 2])
    for text in pages:  # the chart's labels are text in the PDF, on the page of its section
        if "近12个月销售" in text:
            assert (
                "近12个月每月销售额" in text
                and "万元" in text
                and "本期" in text
                and "上年同期" in text
            )
    images = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert (
        len(images.strip().splitlines()) == 2
    )  # the listing's two heading lines: no bitmap in the file
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # every font embedded


def test_a_raster_image_next_to_a_chart_still_prints(qapp: Any, tmp_path: Path) -> None:
    """The charts' handler takes over the documents' images: a bitmap still prints at its size."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from crm_desktop.ui.printing import write_pdf

    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff0000"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    report = ReportDocument(title="图表")
    report.charts["chart:x"] = BarChart(
        "每月", ("1", "2"), (Series("本期", "#1e88e5", (Decimal(1), Decimal(3))),)
    )
    report.images["logo.png"] = bytes(data.data())
    report.add(
        "<p><img src='chart:x' width=640 height=160></p><p><img src='logo.png'></p><p>结束</p>"
    )
    pdf = tmp_path / "mixed.pdf"
    assert write_pdf(report, pdf, printed_on=date(2026, 11, 25)) == 1
    images = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    rows = images.strip().splitlines()[2:]
    assert len(rows) == 1 and rows[0].split()[3:5] == ["40", "20"]
    assert "每月" in pages_text(pdf)[0] and "结束" in pages_text(pdf)[0]
