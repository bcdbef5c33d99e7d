"""Write the sample contact books in tests/data/, each one a situation offices really send.

    python scripts/make_sample_books.py

Needs openpyxl (a dependency) and, for the legacy .xls, xlwt (`pip install xlwt`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

OUT = Path(__file__).resolve().parent.parent / "tests" / "data"


def messy_workbook() -> None:
    """Title rows, merged company cells, numbers stored as numbers, a hidden column, sales."""
    book = Workbook()
    sheet = book.active
    sheet.title = "客户通讯录"
    sheet.append(["华北区客户通讯录（2024年）"])
    sheet.merge_cells("A1:H1")
    sheet.append(["制表：王建国", None, None, "更新日期：2024-06-30"])
    sheet.append([])
    sheet.append(["客户名称", "联系人", "职务", "手机", "电话", "生日", "地区", "内部编号"])
    rows = [
        [
            "北京康泰医药有限公司",
            "张伟",
            "总经理",
            13812345678,
            "010-62345678",
            dt.date(1975, 3, 7),
            "华北",
            "X1",
        ],
        [None, "李娜", "采购经理", "139 0000 1111", "010-62345679转801", "1985/3/7", None, "X2"],
        [None, "王芳", "财务", "+86 137-0000-2222", None, "1988年12月1日", None, None],
        [
            "天津仁和大药房",
            "赵磊",
            "店长",
            "１３６００００３３３３",
            "022-23456789",
            "3月7日",
            "华北",
            None,
        ],
        [
            "天津仁和大药房",
            "赵磊",
            "店长",
            "１３６００００３３３３",
            "022-23456789",
            "3月7日",
            "华北",
            None,
        ],  # exact repeat
        ["石家庄济民药店", "刘洋", "店长", "1.38123E+10", None, "1990-02-30", "华北", "X4"],
        ["石家庄济民药店", "陈静", "药师", "13500004444 13600005555", None, None, "华北", None],
        [None, "孙强", "业务", "15000006666", None, None, None, None],  # a person without a company
        [],
        [],
    ]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("A5:A7")  # the company cell merged down over its three contacts
    sheet.merge_cells("G5:G7")
    sheet.column_dimensions["H"].hidden = True
    sales = book.create_sheet("销售记录")
    sales.append(["日期", "客户名称", "产品", "规格", "数量", "单价", "金额", "已回款"])
    sales.append(
        [
            dt.date(2026, 10, 8),
            "北京康泰医药有限公司",
            "板蓝根颗粒",
            "10g×20袋",
            100,
            15.5,
            "¥1,550.00",
            1550,
        ]
    )
    sales.append(
        [
            dt.date(2026, 10, 20),
            "北京康泰医药有限公司",
            "阿莫西林胶囊",
            "0.25g×24粒",
            200,
            12.5,
            None,
            0,
        ]
    )
    sales.append(["2026/11/3", "天津仁和大药房", "医用口罩", "50只/盒", 40, 25, "0.1万", "500"])
    sales.append(["not a date", "天津仁和大药房", "医用口罩", "50只/盒", 1, 25, 25, 0])
    book.create_sheet("说明").append(["本表由业务部维护，请勿删除。"])
    book.save(OUT / "messy_contacts.xlsx")


def csv_books() -> None:
    header = "单位名称,姓名,手机号码,座机,邮箱,备注\n"
    body = (
        "上海华润大药房,周杰,13912345678,021-55556666,zhou@example.com,老客户\n"
        "上海华润大药房,吴敏,13912345679,,wu@example.com,\n"
        "杭州九州医院,郑强,18812345678,0571-88886666,,药剂科\n"
    )
    (OUT / "gbk_contacts.csv").write_bytes((header + body).encode("gbk"))
    (OUT / "utf8_bom_semicolon.csv").write_bytes(
        ("\ufeff" + (header + body).replace(",", ";")).encode("utf-8")
    )
    (OUT / "excel_unicode_text.txt").write_bytes(
        ("\ufeff" + (header + body).replace(",", "\t")).encode("utf-16-le")
    )


def outlook_books() -> None:
    en = (
        '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department",'
        '"Job Title","Business Street","Business Phone","Mobile Phone","E-mail Address",'
        '"Birthday","Notes","Priority","Sensitivity"\n'
        '"Mr.","John","","Smith","","Acme Pharma Ltd","Sales","Buyer","1 Main St","+852 2123 4567",'
        '"+852 9123 4567","john@acme.example","3/7/1985","met at fair","Normal","Normal"\n'
        '"","建国","","王","","广州康泰医药","","经理","","020-83334444","13800138000","","0/0/00","","Normal","Normal"\n'
    )
    (OUT / "outlook_en.csv").write_text(en, encoding="utf-8")
    zh = (
        '"称谓","名","中间名","姓","后缀","公司","部门","职务","商务地址 街道","商务电话",'
        '"移动电话","电子邮件地址","生日","备注"\n'
        '"","小明","","曾","","深圳海王药业","采购部","采购主管","南山区","0755-26668888","13923456789",'
        '"zeng@example.com","1983/4/5",""\n'
    )
    (OUT / "outlook_zh.csv").write_bytes(zh.encode("gbk"))


def google_books() -> None:
    old = (
        "Name,Given Name,Additional Name,Family Name,Birthday,Notes,Group Membership,"
        "E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,"
        "Phone 2 - Value,"
        "Organization 1 - Name,Organization 1 - Title\n"
        "李强,强,,李,1979-08-15,,* myContacts ::: 客户,* Work,li@example.com,Mobile,138 0013 8001,"
        "Work,010-8888 9999,成都老百姓大药房,店长\n"
    )
    (OUT / "google_old.csv").write_text(old, encoding="utf-8")
    new = (
        "First Name,Middle Name,Last Name,Phonetic First Name,Nickname,File As,Organization Name,"
        "Organization Title,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,"
        "Phone 1 - Label,Phone 1 - Value\n"
        "Mary,,Chen,,,,Wuhan Union Hospital,Pharmacist,--05-20,,* myContacts,Work,mary@example.com,"
        "Mobile,+86 186 0000 1234 ::: 186 0000 5678\n"
    )
    (OUT / "google_new.csv").write_text(new, encoding="utf-8")


def vcards() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=99=88;=E9=9D=99;;;\r\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=99=88=E9=9D=99\r\nTEL;CELL:138-0000-7777\r\n"
        "TEL;WORK:027-85556666\r\nORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=AD=A6=E6=B1=89=E5=8D=8F=E5=92=8C\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:黄;涛;;;\r\nFN:黄涛\r\nTEL;TYPE=CELL:+86 139 0000 8888\r\n"
        "EMAIL;TYPE=INTERNET:huang@example.com\r\nBDAY:1980-01-02\r\nEND:VCARD\r\n"
    )
    (OUT / "phone_contacts.vcf").write_text(text, encoding="utf-8")


def legacy_xls() -> None:
    try:
        import xlwt
    except ImportError:
        print("xlwt not installed: legacy .xls sample not written")
        return
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    for c, h in enumerate(["公司", "联系人", "手机", "地址"]):
        sheet.write(0, c, h)
    sheet.write(1, 0, "南京同仁堂药店")
    sheet.write(1, 1, "钱多多")
    sheet.write(1, 2, 13805556666)  # a number, as Excel stores it: calamine gives 13805556666.0
    sheet.write(1, 3, "南京市鼓楼区")
    book.save(str(OUT / "legacy.xls"))


def bad_files() -> None:
    (OUT / "bad_empty.xlsx").write_bytes(b"")
    (OUT / "bad_not_a_spreadsheet.xlsx").write_text(
        "this is a letter, not a spreadsheet", encoding="utf-8"
    )
    good = (OUT / "messy_contacts.xlsx").read_bytes()
    (OUT / "bad_truncated.xlsx").write_bytes(good[: len(good) // 2])
    (OUT / "bad_encrypted.xlsx").write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"EncryptionInfo"
    )
    (OUT / "bad_binary.csv").write_bytes(bytes(range(256)) * 20)
    (OUT / "bad_unknown.doc").write_bytes(b"%PDF-1.4 not for us")
    (OUT / "bad_no_header.csv").write_text("1,2,3\n4,5,6\n", encoding="utf-8")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    messy_workbook()
    csv_books()
    outlook_books()
    google_books()
    vcards()
    legacy_xls()
    bad_files()
    print(f"sample books written to {OUT}")


if __name__ == "__main__":
    main()
