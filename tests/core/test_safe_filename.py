"""File names built from typed text (a customer's name in a report's file name) are names,
never paths, and Windows accepts them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.core.safe_filename import MAX_NAME_BYTES, safe_filename
from crm_desktop.core.services.dto import CustomerInput

RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(10)}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("北京医药", "北京医药.pdf"),
        ("../../etc/passwd", "etc_passwd.pdf"),
        ("..\\..\\Windows\\system32", "Windows_system32.pdf"),
        ("C:\\Users\\x", "C__Users_x.pdf"),
        ('a/b\\c:d*e?f"g<h>i|j', "a_b_c_d_e_f_g_h_i_j.pdf"),
        ("CON", "_CON.pdf"),
        ("nul.txt", "_nul.txt.pdf"),
        ("com1", "_com1.pdf"),
        ("  名字. . ", "名字.pdf"),
        ("...", "file.pdf"),
        ("", "file.pdf"),
        ("tab\there\nnew\x00line\x7f", "tab here new_line.pdf"),
        ("a..b", "a_b.pdf"),
        ("CONSOLE", "CONSOLE.pdf"),
    ],
)
def test_typed_names_become_safe_file_names(typed: str, expected: str) -> None:
    assert safe_filename(typed, ".pdf") == expected


def test_a_long_name_is_cut_to_whole_characters() -> None:
    name = safe_filename("长" * 500, ".pdf")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES and name.endswith(".pdf")
    assert set(name[:-4]) == {"长"}


@given(st.text(max_size=400), st.sampled_from(["", ".pdf", ".xlsx"]))
def test_any_text_gives_one_name_a_file_system_accepts(typed: str, suffix: str) -> None:
    name = safe_filename(typed, suffix)
    stem = name[: len(name) - len(suffix)] if suffix else name
    assert stem and name.endswith(suffix)
    assert not set(name) & set('/\\:*?"<>|') and all(ord(c) >= 32 for c in name)
    assert ".." not in name and stem[0] not in " ." and stem[-1] not in " ."
    assert stem.split(".")[0].upper() not in RESERVED
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES


@pytest.mark.parametrize("typed", ["../../etc/passwd", "CON", "a/b", "<b>x</b> & <script>"])
def test_a_one_customer_report_is_offered_under_a_safe_name(core: Any, typed: str) -> None:
    cid = core.customers.create(CustomerInput(name=typed))
    profile = core.reports.profile([cid], date(2026, 11, 25))
    statement = core.reports.statement(cid, date(2026, 11, 1), date(2026, 11, 30))
    for report in (profile, statement):
        name = report.file_name()
        assert "/" not in name and "\\" not in name and ".." not in name and "<" not in name
        assert name.startswith(report.title + " ") and name.endswith(".pdf")
    assert (
        core.reports.profile([cid, cid], date(2026, 11, 25)).file_name() == profile.title + ".pdf"
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("../北京/医药", "北京_医药.vcf"),
        ("CON", "_CON.vcf"),
        ("", "contacts.vcf"),
        ("a.b", "a.b.vcf"),
    ],
)
def test_a_vcard_for_a_phone_is_offered_under_a_safe_name(typed: str, expected: str) -> None:
    from crm_desktop.ui.vcard_export import _safe_file_name

    assert _safe_file_name(f"{typed}.vcf") == expected
