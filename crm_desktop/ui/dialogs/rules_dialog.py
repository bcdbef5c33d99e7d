"""Settings → Rules: the ABC tables and every warning threshold, editable by the office."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.changes import NOTHING, Changes
from crm_desktop.core.errors import ValidationErrors
from crm_desktop.core.rules.thresholds import Thresholds
from crm_desktop.core.vocabulary import OPEN_STAGES
from crm_desktop.ui import labels


class RulesDialog(QDialog):
    def __init__(self, core: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.changes: Changes = NOTHING  # what saving changed
        self.setWindowTitle(self.tr("Rules and thresholds"))
        self.resize(1180, 600)
        self.retail = self._table()
        self.wholesale = self._table()
        tables = QHBoxLayout()
        for title, table in (
            (self.tr("ABC: retail, medical and other customers"), self.retail),
            (self.tr("ABC: wholesale and chain customers"), self.wholesale),
        ):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(table)
            tables.addWidget(box)
        self.churn_days = self._spin(1, 3650)
        self.churn_factor = QDoubleSpinBox()
        self.churn_factor.setRange(0.1, 20)
        self.churn_factor.setDecimals(1)
        self.tolerance = self._spin(1, 100)
        self.year_tolerance = self._spin(1, 100)
        self.year_tolerance.setObjectName("rules_year_tolerance")
        self.frequency_orders = self._spin(3, 1000)
        self.frequency_orders.setObjectName("rules_frequency_orders")
        self.licence_days = self._spin(0, 3650)
        self.complaint_days = self._spin(1, 365)
        self.contract_days = self._spin(0, 3650)
        self.contract_days.setObjectName("rules_contract_days")
        self.key_share = self._spin(1, 100)
        self.key_share.setObjectName("rules_key_share")
        form = QFormLayout()
        form.addRow(self.tr("Customer lost after at least (days)"), self.churn_days)
        form.addRow(self.tr("… or this many times the usual gap between orders"), self.churn_factor)
        form.addRow(
            self.tr("Behind plan below this share of the pro-rata plan (%)"), self.tolerance
        )
        form.addRow(
            self.tr("Below last year under this share of the same month, pro rata (%)"),
            self.year_tolerance,
        )
        form.addRow(
            self.tr("Order overdue after the usual gap, from this many orders"),
            self.frequency_orders,
        )
        form.addRow(self.tr("Warn about licences expiring within (days)"), self.licence_days)
        form.addRow(self.tr("Complaint overdue after (days)"), self.complaint_days)
        form.addRow(self.tr("Warn about contracts ending within (days)"), self.contract_days)
        form.addRow(
            self.tr("Key accounts: the fewest customers making this share of the gross profit (%)"),
            self.key_share,
        )
        # Stages and credit rating
        self.welcome_days = self._spin(1, 3650)
        self.loyal_orders = self._spin(1, 1000)
        self.decline = self._spin(1, 100)
        self.history_weight = self._spin(0, 100)
        self.bands = {rating: self._spin(0, 100) for rating in ("A", "B", "C")}
        stages = QFormLayout()
        stages.addRow(self.tr("A new customer is “welcome” for (days)"), self.welcome_days)
        stages.addRow(self.tr("“Loyal” from this many orders"), self.loyal_orders)
        stages.addRow(
            self.tr("“Declining” when the last 6 months fall below (% of the 6 before)"),
            self.decline,
        )
        stages.addRow(
            self.tr("Weight of the payment history in the rating (%)"), self.history_weight
        )
        for rating, spin in self.bands.items():
            stages.addRow(self.tr("Rating {0} from a combined score of").format(rating), spin)
        # The weighted forecast's chance of each open stage of the sales funnel.
        names = labels.opportunity_stage_labels()
        self.chances = {stage: self._spin(0, 100) for stage in OPEN_STAGES}
        for stage, spin in self.chances.items():
            spin.setObjectName(f"rules_chance_{stage}")
            stages.addRow(
                self.tr("Chance of an opportunity at “{0}” (%)").format(names[stage]), spin
            )
        # Call-time courtesy (seed 002)
        self.nap_start, self.nap_end = QTimeEdit(), QTimeEdit()
        self.winter_morning, self.morning = QTimeEdit(), QTimeEdit()
        self.weekend_morning, self.evening = QTimeEdit(), QTimeEdit()
        for edit in (
            self.nap_start,
            self.nap_end,
            self.winter_morning,
            self.morning,
            self.weekend_morning,
            self.evening,
        ):
            edit.setDisplayFormat("HH:mm")
        self.summer_months, self.winter_months = QLineEdit(), QLineEdit()
        courtesy = QFormLayout()
        courtesy.addRow(self.tr("Summer months"), self.summer_months)
        courtesy.addRow(self.tr("Summer midday rest from"), self.nap_start)
        courtesy.addRow(self.tr("… until"), self.nap_end)
        courtesy.addRow(self.tr("Winter months"), self.winter_months)
        courtesy.addRow(self.tr("No calls on winter mornings before"), self.winter_morning)
        courtesy.addRow(self.tr("No calls on other mornings before"), self.morning)
        courtesy.addRow(
            self.tr("No calls on weekend and holiday mornings before"), self.weekend_morning
        )
        courtesy.addRow(self.tr("No calls in the evening from"), self.evening)
        columns = QHBoxLayout()
        for title, inner_form in (
            (self.tr("Warnings"), form),
            (self.tr("Stages and credit rating"), stages),
            (self.tr("Call-time courtesy"), courtesy),
        ):
            box = QGroupBox(title)
            box.setLayout(inner_form)
            columns.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self._fill(Thresholds())
        )
        layout = QVBoxLayout(self)
        layout.addLayout(tables)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self._fill(core.rule_settings.get())

    def _table(self) -> QTableWidget:
        table = QTableWidget(6, 3)
        table.setHorizontalHeaderLabels(
            [self.tr("Class"), self.tr("Monthly ≥ (万元)"), self.tr("Upgrade at margin %")]
        )
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(False)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(rows + header.sizeHint().height() + 2 * table.frameWidth())
        return table

    @staticmethod
    def _spin(low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        return spin

    def _fill(self, t: Thresholds) -> None:
        for table, rows in ((self.retail, t.retail), (self.wholesale, t.wholesale)):
            for r, (lower, klass, margin) in enumerate(rows):
                item = QTableWidgetItem(klass)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(r, 0, item)
                table.setItem(r, 1, QTableWidgetItem(format(lower.normalize(), "f")))
                table.setItem(
                    r,
                    2,
                    QTableWidgetItem(
                        "" if margin is None else format((margin * 100).normalize(), "f")
                    ),
                )
        self.churn_days.setValue(t.churn_min_days)
        self.churn_factor.setValue(float(t.churn_gap_factor))
        self.tolerance.setValue(int(t.plan_tolerance * 100))
        self.year_tolerance.setValue(int(t.year_tolerance * 100))
        self.frequency_orders.setValue(t.frequency_min_orders)
        self.licence_days.setValue(t.licence_days)
        self.complaint_days.setValue(t.complaint_days)
        self.contract_days.setValue(t.contract_days)
        self.key_share.setValue(int(t.key_account_share * 100))
        self.welcome_days.setValue(t.welcome_days)
        self.loyal_orders.setValue(t.loyal_orders)
        self.decline.setValue(int(t.decline_ratio * 100))
        self.history_weight.setValue(int(t.history_weight * 100))
        for stage, spin in self.chances.items():
            spin.setValue(t.stage_probability.get(stage, 0))
        for lowest, rating in t.rating_bands:
            if rating in self.bands:
                self.bands[rating].setValue(lowest)
        for edit, text in (
            (self.nap_start, t.summer_nap[0]),
            (self.nap_end, t.summer_nap[1]),
            (self.winter_morning, t.winter_morning),
            (self.morning, t.morning),
            (self.weekend_morning, t.weekend_morning),
            (self.evening, t.evening),
        ):
            edit.setTime(QTime.fromString(text, "HH:mm"))
        self.summer_months.setText(", ".join(str(m) for m in t.summer_months))
        self.winter_months.setText(", ".join(str(m) for m in t.winter_months))

    def _rows(self, table: QTableWidget) -> list[tuple[Decimal, str, Decimal | None]]:
        rows = []
        for r in range(table.rowCount()):
            klass = table.item(r, 0).text()
            lower_text = (table.item(r, 1).text() if table.item(r, 1) else "").strip()
            margin_text = (table.item(r, 2).text() if table.item(r, 2) else "").strip().rstrip("%")
            try:
                lower = Decimal(lower_text)
                margin = Decimal(margin_text) / 100 if margin_text else None
            except InvalidOperation:
                raise ValueError(
                    self.tr("{0}: {1} is not a number").format(klass, lower_text or margin_text)
                ) from None
            rows.append((lower, klass, margin))
        return rows

    def _months(self, edit: QLineEdit) -> list[int]:
        try:
            months = [
                int(part) for part in edit.text().replace("，", ",").split(",") if part.strip()
            ]
        except ValueError:
            months = [0]
        if any(not 1 <= m <= 12 for m in months):
            raise ValueError(
                self.tr("Months are numbers from 1 to 12 separated by commas, e.g. 6, 7, 8, 9.")
            )
        return months

    def thresholds(self) -> Thresholds:
        def hhmm(edit: QTimeEdit) -> str:
            return edit.time().toString("HH:mm")

        return Thresholds(
            retail=self._rows(self.retail),
            wholesale=self._rows(self.wholesale),
            churn_min_days=self.churn_days.value(),
            churn_gap_factor=Decimal(str(round(self.churn_factor.value(), 1))),
            plan_tolerance=Decimal(self.tolerance.value()) / 100,
            year_tolerance=Decimal(self.year_tolerance.value()) / 100,
            frequency_min_orders=self.frequency_orders.value(),
            licence_days=self.licence_days.value(),
            complaint_days=self.complaint_days.value(),
            contract_days=self.contract_days.value(),
            key_account_share=Decimal(self.key_share.value()) / 100,
            welcome_days=self.welcome_days.value(),
            loyal_orders=self.loyal_orders.value(),
            decline_ratio=Decimal(self.decline.value()) / 100,
            history_weight=Decimal(self.history_weight.value()) / 100,
            rating_bands=[(spin.value(), rating) for rating, spin in self.bands.items()],
            summer_months=self._months(self.summer_months),
            winter_months=self._months(self.winter_months),
            summer_nap=(hhmm(self.nap_start), hhmm(self.nap_end)),
            winter_morning=hhmm(self.winter_morning),
            morning=hhmm(self.morning),
            weekend_morning=hhmm(self.weekend_morning),
            evening=hhmm(self.evening),
            stage_probability={stage: spin.value() for stage, spin in self.chances.items()},
        )

    def _save(self) -> None:
        try:
            self.changes = self.core.rule_settings.set(self.thresholds())
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Please check the rules"), str(exc))
            return
        except ValidationErrors as exc:
            QMessageBox.warning(
                self,
                self.tr("Please check the rules"),
                "\n".join(self._explain(e.code) for e in exc.errors),
            )
            return
        self.accept()

    def _explain(self, code: str) -> str:
        return {
            "table_order": self.tr("Monthly sales must fall from AAA down to C, none negative."),
            "table_classes": self.tr("Each table lists AAA, AA, A, B+, B and C."),
            "margin": self.tr("An upgrade margin is a percentage from 0 to 100."),
            "rating_bands": self.tr("The rating scores must fall from A to C."),
            "summer_nap": self.tr("The summer midday rest must end after it starts."),
            "stage_probability": self.tr(
                "An opportunity's chance is 0 to 100 % and does not fall from lead to negotiation."
            ),
        }.get(code, self.tr("A value is out of range."))
