"""The "Who to ask" tab: for one subject, the people and organisations that offer it,
presented it or shared material on it — each with the meeting and the material — and
who is looking for it. Double-click (or Enter) opens the person, the organisation, the
meeting or the material's link."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontMetrics
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
WHO, ORGANISATION, WHAT, WHEN = range(4)


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
        tops = [self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount())]
        for top in tops:
            for c in range(top.childCount() if top is not None else 0):
                child = top.child(c) if top is not None else None
                if child is not None:
                    child.setFirstColumnSpanned(True)
        self.tree.expandAll()
        # the columns fit the people and organisations (the spanned lines do not count)
        bold = self.tree.font()
        bold.setBold(True)
        metrics = [QFontMetrics(bold)] + [self.tree.fontMetrics()] * 3
        for col in (WHO, ORGANISATION, WHAT, WHEN):
            texts = [self.tree.headerItem().text(col)] + [t.text(col) for t in tops if t]
            width = max(metrics[col].horizontalAdvance(t) for t in texts) + 32
            self.tree.setColumnWidth(col, min(width + (24 if col == WHO else 0), 300))
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
        # one line each, across the columns: the meeting, the material and its link
        for p in source.presented:
            child = self._line(
                self.tr("Presented on %1 in “%2”: %3")
                .replace("%1", date_short(p.day))
                .replace("%2", p.meeting_title)
                .replace("%3", p.item_title),
                ("meeting", p.meeting_id),
                self.tr("Double-click to show the meeting"),
            )
            item.addChild(child)
        for m in source.shared:
            title = f"{m.title} — {m.link}" if m.link else m.title
            text = (
                self.tr("Shared on %1: %2").replace("%1", date_short(m.day)).replace("%2", title)
                if m.day
                else self.tr("Shared: %1").replace("%1", title)
            )
            target: tuple[str, object] | None
            if m.link:
                target = ("link", m.link)
                tip = self.tr("Double-click to open %1").replace("%1", m.link)
            else:
                target = ("meeting", m.meeting_id) if m.meeting_id is not None else None
                tip = ""
            item.addChild(self._line(text, target, tip))
        return item

    def _line(self, text: str, target: tuple[str, object] | None, tip: str) -> QTreeWidgetItem:
        child = QTreeWidgetItem([text])
        child.setData(WHO, TARGET_ROLE, target)
        child.setToolTip(WHO, tip or text)
        return child

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
