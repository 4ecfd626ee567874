"""The "Who to ask" tab: for one subject, the people and organisations that offer it,
presented it or shared material on it — each with the meeting and the material — and
who is looking for it. Double-click (or Enter) opens the person, the organisation, the
meeting or the material's link."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from copdesk.formats.dates import date_short
from copdesk.model import knowledge
from copdesk.ui.events import DataEvents

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # ("member" | "organisation" | "meeting" | "link", x)
WHO, ORGANISATION, WHAT, WHEN, WHERE = range(5)


class AskTab(QWidget):
    def __init__(self, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events = events
        self._facts: knowledge.Facts | None = None
        self.subject = QComboBox()
        self.subject.setMinimumContentsLength(24)
        self.subject.currentIndexChanged.connect(self._show)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("Who"),
                self.tr("Organisation"),
                self.tr("What"),
                self.tr("When"),
                self.tr("Meeting or material"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a link's end is telling
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.itemActivated.connect(self._open)
        self.tree.currentItemChanged.connect(self._enable)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(
            self.tr("Show the person, organisation or meeting; open a material's link")
        )
        self.open_button.clicked.connect(lambda: self._open(self.tree.currentItem()))
        self.open_button.setEnabled(False)
        self.seekers = QLabel()
        self.seekers.setWordWrap(True)
        self.seekers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("&Subject:"), self.subject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.seekers)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)

    def set_facts(self, facts: knowledge.Facts, subjects: tuple[knowledge.Named, ...]) -> None:
        keep = self.subject.currentData()
        self._facts = facts
        self.subject.blockSignals(True)
        self.subject.clear()
        for s in subjects:
            self.subject.addItem(s.name, s.id)
        index = self.subject.findData(keep)
        self.subject.setCurrentIndex(max(index, 0))
        self.subject.blockSignals(False)
        self._show()

    def show_subject(self, tag_id: int) -> None:
        index = self.subject.findData(tag_id)
        if index >= 0:
            self.subject.setCurrentIndex(index)
            self._show()
        self.tree.setFocus()

    def _show(self) -> None:
        self.tree.clear()
        self.seekers.clear()
        tag_id = self.subject.currentData()
        if self._facts is None or tag_id is None:
            return
        names = {o.id: o.name for o in self._facts.organisations}
        for source in knowledge.sources(self._facts, tag_id):
            self.tree.addTopLevelItem(self._source_item(source))
        self.tree.expandAll()
        for col in (WHO, ORGANISATION, WHAT, WHEN):
            self.tree.resizeColumnToContents(col)
            self.tree.setColumnWidth(col, min(self.tree.columnWidth(col) + 16, 260))
        if (first := self.tree.topLevelItem(0)) is not None:
            self.tree.setCurrentItem(first)
        else:
            self.tree.addTopLevelItem(
                QTreeWidgetItem([self.tr("Nobody offers or presented this subject yet.")])
            )
        seeking = [
            f"{s.person} ({names.get(s.organisation_id, '')})"
            if s.person
            else names.get(s.organisation_id, "")
            for s in knowledge.seekers(self._facts, tag_id)
        ]
        if seeking:
            self.seekers.setText(self.tr("Sought by: %1").replace("%1", "; ".join(seeking)))

    def _source_item(self, source: knowledge.Source) -> QTreeWidgetItem:
        what = []
        if source.offers:
            what.append(self.tr("offers"))
        if source.presented:
            what.append(self.tr("presented %n×", "", len(source.presented)))
        if source.shared:
            what.append(self.tr("shared %n×", "", len(source.shared)))
        last = source.last
        item = QTreeWidgetItem(
            [
                source.person or source.organisation,
                source.organisation,
                ", ".join(what),
                date_short(last) if last else "",
                "",
            ]
        )
        if source.member_id is not None:
            item.setData(WHO, TARGET_ROLE, ("member", source.member_id))
        else:
            item.setData(WHO, TARGET_ROLE, ("organisation", source.organisation_id))
        font = item.font(WHO)
        font.setBold(True)
        item.setFont(WHO, font)
        for p in source.presented:
            child = QTreeWidgetItem(
                [
                    "",
                    "",
                    self.tr("presented"),
                    date_short(p.day),
                    f"{p.meeting_title}: {p.item_title}",
                ]
            )
            child.setData(WHO, TARGET_ROLE, ("meeting", p.meeting_id))
            child.setToolTip(WHERE, self.tr("Double-click to show the meeting"))
            item.addChild(child)
        for m in source.shared:
            text = f"{m.title} — {m.link}" if m.link else m.title
            child = QTreeWidgetItem(
                ["", "", self.tr("shared"), date_short(m.day) if m.day else "", text]
            )
            if m.link:
                child.setData(WHO, TARGET_ROLE, ("link", m.link))
                child.setToolTip(WHERE, self.tr("Double-click to open %1").replace("%1", m.link))
            elif m.meeting_id is not None:
                child.setData(WHO, TARGET_ROLE, ("meeting", m.meeting_id))
            item.addChild(child)
        return item

    def _enable(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        self.open_button.setEnabled(item is not None and item.data(WHO, TARGET_ROLE) is not None)

    def _open(self, item: QTreeWidgetItem | None, _column: int = 0) -> None:
        target = item.data(WHO, TARGET_ROLE) if item is not None else None
        if not target:
            return
        kind, value = target
        if kind == "link":
            url = QUrl.fromUserInput(value)
            QDesktopServices.openUrl(url)
        else:
            self._events.open_request.emit(kind, value)
