"""A bar chart of the turns held so far: per member (stacked by role) or per organisation.

QtCharts is imported when the first chart is built, not at start-up. Every bar carries its
number, and a sentence under the chart names the fewest and the most turns, so the
balance is readable without telling colours apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from copdesk.model import rotation
from copdesk.model.rotation import Balance
from copdesk.ui.i18n import plural

if TYPE_CHECKING:
    from PySide6.QtCharts import QAbstractBarSeries, QChart

PER_MEMBER, PER_ORGANISATION = "member", "organisation"
# colour-blind safe (Okabe–Ito), one per bar set
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7")
LABEL_COLOURS = ("#ffffff", "#1f2937", "#ffffff", "#1f2937")  # readable on each bar
BAR_HEIGHT = 22
# bars drawn at most: half with the most, half with the fewest turns (a CoP has ~15
# members; a chart of thousands of bars takes seconds to lay out and says nothing)
MAX_BARS = 40
# names listed in the summary per extreme before "and n more"
MAX_NAMES = 5


def role_label(role: str) -> str:
    return QCoreApplication.translate("rotation", rotation.ROLE_LABELS[role])


class RotationChart(QWidget):
    """Turns per member or per organisation; ``set_balance`` draws it anew."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        from PySide6.QtCharts import QChartView  # deferred: QtCharts start-up cost

        self.mode = QComboBox()
        self.mode.addItem(self.tr("Turns per member"), PER_MEMBER)
        self.mode.addItem(self.tr("Turns per organisation"), PER_ORGANISATION)
        self.mode.setAccessibleName(self.tr("Chart"))
        self.mode.currentIndexChanged.connect(lambda _i: self._draw())
        label = QLabel(self.tr("&Show:"))
        label.setBuddy(self.mode)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.mode)
        top.addWidget(self.summary, 1)

        self.chart = self._new_chart()
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.setAccessibleName(self.tr("Chart of turns"))
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.view)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        self._balance: Balance | None = None

    @staticmethod
    def _new_chart() -> QChart:
        from PySide6.QtCharts import QChart  # deferred: QtCharts start-up cost

        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        return chart

    def set_balance(self, balance: Balance) -> None:
        self._balance = balance
        self._draw()

    def show_organisations(self, yes: bool = True) -> None:
        self.mode.setCurrentIndex(self.mode.findData(PER_ORGANISATION if yes else PER_MEMBER))

    # --- drawing ----------------------------------------------------------------------------
    def _draw(self) -> None:
        from PySide6.QtCharts import (  # deferred: QtCharts start-up cost
            QBarCategoryAxis,
            QBarSet,
            QHorizontalBarSeries,
            QHorizontalStackedBarSeries,
            QValueAxis,
        )

        # a fresh chart each time: a reused one kept painting the old axis labels
        old, chart = self.chart, self._new_chart()
        self.chart = chart
        self.view.setChart(chart)
        old.deleteLater()
        data = self._balance
        if data is None:
            return
        per_member = self.mode.currentData() == PER_MEMBER
        everyone = data.members if per_member else data.organisations
        all_totals = self._all_totals(everyone, data, per_member)
        shown = _extremes(everyone, all_totals)
        if per_member:
            rows = list(reversed(shown))  # the most turns at the top
            labels = [self._member_label(m.name, m.organisation) for m in rows]
            sets = [(role_label(r), [m.turns.get(r, 0) for m in rows]) for r in data.roles]
            series: QAbstractBarSeries = QHorizontalStackedBarSeries()
            totals = [m.total for m in rows]
        else:
            rows = list(reversed(shown))
            labels = [o.name for o in rows]
            sets = []
            if data.host_enabled:
                sets.append((self.tr("Hosted"), [o.hosted for o in rows]))
            if data.roles:
                sets.append(
                    (
                        self.tr("Roles taken by its members"),
                        [sum(o.member_turns.values()) for o in rows],
                    )
                )
            series = QHorizontalBarSeries()
            totals = sets[0][1] if sets else []
        highest = 0
        for n, (name, values) in enumerate(sets):
            bar = QBarSet(name)
            bar.setColor(QColor(COLOURS[n % len(COLOURS)]))
            bar.setLabelColor(QColor(LABEL_COLOURS[n % len(LABEL_COLOURS)]))
            for v in values:
                bar.append(v)
            series.append(bar)
            highest = max([highest, *values]) if values else highest
        if per_member:
            highest = max(totals, default=0)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setBarWidth(0.75)
        chart.addSeries(series)
        cats = QBarCategoryAxis()
        cats.append(labels)
        small = QFont(self.font())
        cats.setLabelsFont(small)
        axis = QValueAxis()
        axis.setRange(0, max(1, highest))
        axis.setTickCount(max(1, highest) + 1)
        axis.setLabelFormat("%d")
        axis.setTitleText(self.tr("Turns held"))
        chart.addAxis(cats, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(cats)
        series.attachAxis(axis)
        chart.legend().setVisible(len(sets) > 1)
        self.view.setMinimumHeight(BAR_HEIGHT * max(len(rows), 3) + 110)
        summary = self._summary([row.name for row in everyone], all_totals, per_member, bool(sets))
        if len(shown) < len(everyone):
            note = (
                self.tr(
                    "The chart shows the %1 members with the most and the %1 with the "
                    "fewest turns, of %2."
                )
                if per_member
                else self.tr(
                    "The chart shows the %1 organisations with the most and the %1 "
                    "with the fewest turns, of %2."
                )
            )
            summary += " " + note.replace("%1", str(MAX_BARS // 2)).replace(
                "%2", str(len(everyone))
            )
        self.summary.setText(summary)

    @staticmethod
    def _all_totals(everyone, data: Balance, per_member: bool) -> list[int]:
        if per_member:
            return [m.total for m in everyone]
        if data.host_enabled:
            return [o.hosted for o in everyone]
        return [sum(o.member_turns.values()) for o in everyone]

    def _names(self, names: list[str]) -> str:
        if len(names) <= MAX_NAMES:
            return ", ".join(names)
        more = len(names) - MAX_NAMES
        return ", ".join(names[:MAX_NAMES]) + " " + plural(self.tr("and %n more", "", more), more)

    def _member_label(self, name: str, organisation: str) -> str:
        return f"{name} ({organisation})" if organisation else name

    def _summary(
        self, names: list[str], totals: list[int], per_member: bool, any_sets: bool
    ) -> str:
        if not names or not any_sets:
            return self.tr("Nothing to show yet: no turns and no current members.")
        low, high = min(totals), max(totals)
        fewest = self._names([n for n, t in zip(names, totals) if t == low])
        most = self._names([n for n, t in zip(names, totals) if t == high])
        if low == high:
            text = (
                self.tr("Balanced: everyone has held the same number of turns (%1).")
                if per_member
                else self.tr("Balanced: every organisation has hosted equally often (%1×).")
            )
            return text.replace("%1", str(low))
        text = (
            self.tr("Fewest turns: %1 (%2). Most: %3 (%4).")
            if per_member
            else self.tr("Hosted least: %1 (%2). Most: %3 (%4).")
        )
        prefix = "⚠ " if high - low >= 2 else ""
        return prefix + (
            text.replace("%1", fewest)
            .replace("%2", str(low))
            .replace("%3", most)
            .replace("%4", str(high))
        )


def _extremes(rows, totals: list[int]):
    """All rows when there are few; else the MAX_BARS // 2 with the highest totals and as
    many with the lowest, the most first (ties keep the model's order)."""
    order = sorted(range(len(rows)), key=lambda i: -totals[i])
    if len(rows) > MAX_BARS:
        half = MAX_BARS // 2
        order = order[:half] + order[-half:]
    return [rows[i] for i in order]
