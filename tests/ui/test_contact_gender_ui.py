"""The contact form's gender, the contacts tab showing it, and the UI's labels keeping the
vocabulary's keys, order and Chinese words."""

from __future__ import annotations

from typing import Any

from form_helpers import fill, save
from PySide6.QtWidgets import QComboBox


def test_a_new_contact_is_of_unknown_gender_until_the_clerk_picks_one(
    window: Any, drive_forms: Any
) -> None:
    seen: list[tuple[str, list[str]]] = []

    def add_woman(dialog: Any) -> None:
        combo = dialog.widgets["gender"]
        assert isinstance(combo, QComboBox)
        seen.append((combo.currentData(), [combo.itemText(i) for i in range(combo.count())]))
        fill(dialog, name="孙丽", mobile="13977778888")
        combo.setCurrentIndex(combo.findData("female"))
        save(dialog)

    def edit_without_touching(dialog: Any) -> None:
        seen.append((dialog.widgets["gender"].currentData(), []))
        save(dialog)

    tab = window.detail.contacts
    drive_forms([add_woman, edit_without_touching])
    tab.add_record()
    assert seen[0] == ("unknown", ["Male", "Female", "Unknown"])
    cid = window.detail.customer.id
    sun = next(c for c in window.core.contacts.list(cid) if c.name == "孙丽")
    assert sun.gender == "female"
    header = [tab.table.horizontalHeaderItem(i).text() for i in range(tab.table.columnCount())]
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == "孙丽")
    assert tab.table.item(row, header.index("Gender")).text() == "Female"
    tab.table.selectRow(row)
    tab.edit_selected()
    assert seen[1][0] == "female"  # the form opens on the stored gender
    assert next(c for c in window.core.contacts.list(cid) if c.name == "孙丽").gender == "female"


def test_ui_labels_in_chinese_are_the_vocabulary_labels_reports_and_exports_print() -> None:
    from PySide6.QtWidgets import QApplication

    from crm_desktop.core import vocabulary
    from crm_desktop.ui import labels
    from crm_desktop.ui.i18n import install_translators

    app = QApplication.instance() or QApplication([])
    pairs = [
        (labels.channel_labels, vocabulary.CHANNEL),
        (labels.category_labels, vocabulary.CATEGORY),
        (labels.kind_labels, vocabulary.KIND),
        (labels.relation_labels, vocabulary.RELATION),
        (labels.lifecycle_labels, vocabulary.LIFECYCLE),
        (labels.role_labels, vocabulary.ROLE),
        (labels.gender_labels, vocabulary.GENDER),
        (labels.note_kind_labels, vocabulary.NOTE_KIND),
        (labels.complaint_status_labels, vocabulary.COMPLAINT_STATUS),
        (labels.complaint_category_labels, vocabulary.COMPLAINT_CATEGORY),
        (labels.licence_kind_labels, vocabulary.LICENCE_KIND),
        (labels.relationship_labels, vocabulary.RELATIONSHIP),
    ]
    for make, words in pairs:
        assert list(make().items()) == list(words.labels("en").items()), words.name
    translators = install_translators(app, "zh_CN")
    try:
        for make, words in pairs:
            assert list(make().items()) == list(words.labels("zh_CN").items()), words.name
    finally:
        for t in translators:
            app.removeTranslator(t)
