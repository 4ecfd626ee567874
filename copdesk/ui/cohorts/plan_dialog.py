"""Plan (or re-plan) a cohort: title, first week's day, number of weeks, week 0, guide
pack, public holidays. The dialog never touches the database; it hands a ``CohortPlan``
to the ``save`` callable it is given."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from copdesk.model.cohorts import CohortPlan, GuidePack
from copdesk.ui.dialogs.form_dialog import FormDialog
from copdesk.ui.i18n import plural
from copdesk.ui.settings import Settings


class PlanDialog(FormDialog[CohortPlan]):
    def __init__(
        self,
        plan: CohortPlan,
        *,
        replan: bool,
        choose_pack: Callable[[], GuidePack | None],
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__("", parent, settings)
        self.setWindowTitle(self.tr("Re-plan cohort") if replan else self.tr("Plan cohort"))
        self._choose_pack = choose_pack
        self.pack = plan.pack
        self.title = self.add_field("title", self.tr("&Title"), QLineEdit(plan.title))
        self.title.setMaxLength(200)
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd dd.MM.yyyy")
        start = plan.start_on or dt.date.today()
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.add_field("start", self.tr("&First week on"), self.start)
        length = QWidget()
        lay = QHBoxLayout(length)
        lay.setContentsMargins(0, 0, 0, 0)
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 51)
        self.weeks.setValue(plan.weeks)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setAccessibleName(self.tr("Number of weeks"))
        self.week_zero = QCheckBox(self.tr("with a week &0 before them (lernOS)"))
        self.week_zero.setChecked(plan.week_zero)
        lay.addWidget(self.weeks)
        lay.addWidget(self.week_zero, 1)
        length.setFocusProxy(self.weeks)
        self.add_field("weeks", self.tr("&Length"), length)
        pack_row = QWidget()
        lay = QHBoxLayout(pack_row)
        lay.setContentsMargins(0, 0, 0, 0)
        self.pack_label = QLabel()
        self.load = QPushButton(self.tr("&Load guide pack…"))
        self.load.clicked.connect(self.load_pack)
        self.clear = QPushButton(self.tr("&No pack"))
        self.clear.clicked.connect(lambda: self.set_pack(None))
        lay.addWidget(self.pack_label, 1)
        lay.addWidget(self.load)
        lay.addWidget(self.clear)
        pack_row.setFocusProxy(self.load)
        self.add_field("pack", self.tr("Guide pack"), pack_row)
        self.holidays = self.add_field(
            "holidays",
            self.tr("Public holidays"),
            QCheckBox(self.tr("Create weeks on a public holiday as &cancelled")),
        )
        self.holidays.setChecked(plan.cancel_on_holidays)
        note = QLabel(
            self.tr(
                "One meeting per week at the group's usual time, as one series that can be "
                "invited at once. The pack gives each week its title and agenda."
            )
        )
        note.setWordWrap(True)
        self.main_layout.insertWidget(self.main_layout.count() - 1, note)
        self.title.textChanged.connect(
            lambda t: self.set_error(
                "title", None if t.strip() else self.tr("Enter a title for the cohort.")
            )
        )
        self.set_pack(plan.pack)
        self.resize(max(self.width(), 660), self.height())

    def set_pack(self, pack: GuidePack | None) -> None:
        self.pack = pack
        self.clear.setEnabled(pack is not None)
        if pack is None:
            self.pack_label.setText(self.tr("(none: weeks get numbered titles, no agenda)"))
            return
        n = len(pack.weeks)
        weeks = plural(self.tr("%n week(s)", "", n), n)
        self.pack_label.setText(f"{pack.name} ({weeks})")
        # the pack decides the length unless the user changes it afterwards
        self.week_zero.setChecked(pack.week_zero)
        self.weeks.setValue(max(1, pack.week_count))

    def load_pack(self) -> None:
        pack = self._choose_pack()
        if pack is not None:
            self.set_pack(pack)

    def data(self) -> CohortPlan:
        d = self.start.date()
        return CohortPlan(
            title=self.title.text(),
            start_on=dt.date(d.year(), d.month(), d.day()),
            weeks=self.weeks.value(),
            week_zero=self.week_zero.isChecked(),
            pack=self.pack,
            cancel_on_holidays=self.holidays.isChecked(),
        )
