"""Add or edit an organisation and the defaults of its video tool."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from copdesk.model.dto import OrganisationData
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.model.states import FEDERAL_STATES
from copdesk.model.tables import OrgKind, VideoTool
from copdesk.ui.dialogs.form_dialog import FormDialog

KIND_LABELS = {
    OrgKind.MUNICIPALITY: QT_TRANSLATE_NOOP("labels", "Municipality"),
    OrgKind.UTILITY: QT_TRANSLATE_NOOP("labels", "Public utility"),
    OrgKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}
VIDEO_LABELS = {
    VideoTool.NONE: QT_TRANSLATE_NOOP("labels", "(none)"),
    VideoTool.TEAMS: "Microsoft Teams",
    VideoTool.ZOOM: "Zoom",
    VideoTool.WEBEX: "Webex",
    VideoTool.BBB: "BigBlueButton",
    VideoTool.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}


def label(table: dict, key: str) -> str:
    text = table.get(key, key)
    return QCoreApplication.translate("labels", text) if text else ""


def state_name(code: str) -> str:
    return (
        QCoreApplication.translate("states", FEDERAL_STATES[code])
        if code in FEDERAL_STATES
        else code
    )


class OrganisationDialog(FormDialog[OrganisationData]):
    def __init__(self, *, data: OrganisationData | None = None, parent=None, settings=None) -> None:
        super().__init__("", parent, settings)
        self.setWindowTitle(self.tr("Edit organisation") if data else self.tr("New organisation"))
        data = data or OrganisationData()
        self.name = self.add_field("name", self.tr("&Name"), QLineEdit())
        self.name.setPlaceholderText(self.tr("e.g. Stadt Heidelberg"))
        self.kind = self.add_field("kind", self.tr("&Kind"), QComboBox())
        for key in KIND_LABELS:
            self.kind.addItem(label(KIND_LABELS, key), str(key))
        self.state = self.add_field("state", self.tr("Federal &state"), QComboBox())
        self.state.addItem(self.tr("(not set)"), "")
        for code in sorted(FEDERAL_STATES, key=state_name):
            self.state.addItem(state_name(code), code)
        self.state.setToolTip(self.tr("Used to avoid public holidays when suggesting dates"))
        self.city = self.add_field("city", self.tr("&City"), QLineEdit())
        self.video_tool = self.add_field("video_tool", self.tr("&Video tool"), QComboBox())
        for tool in VIDEO_LABELS:
            self.video_tool.addItem(label(VIDEO_LABELS, tool), str(tool))
        self.video_link = self.add_field("video_link", self.tr("Default &join link"), QLineEdit())
        self.video_link.setPlaceholderText("https://")
        self.video_dialin = self.add_field("video_dialin", self.tr("&Dial-in"), QPlainTextEdit())
        self.video_text = self.add_field(
            "video_text", self.tr("&Invitation text"), QPlainTextEdit()
        )
        self.video_text.setPlaceholderText(
            self.tr("Text for invitations, e.g. how to join and who to call if it fails")
        )
        self.notes = self.add_field("notes", self.tr("N&otes"), QPlainTextEdit())
        for widget in (self.video_dialin, self.video_text, self.notes):
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(64)
        self._load(data)
        self.name.textChanged.connect(self._check_name)
        self.video_link.textChanged.connect(self._check_link)
        self.name.setFocus()
        self.resize(max(self.width(), 560), self.height())

    def _load(self, data: OrganisationData) -> None:
        self.name.setText(data.name)
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.state.setCurrentIndex(max(self.state.findData(data.state), 0))
        self.city.setText(data.city)
        self.video_tool.setCurrentIndex(max(self.video_tool.findData(data.video_tool), 0))
        self.video_link.setText(data.video_link)
        self.video_dialin.setPlainText(data.video_dialin)
        self.video_text.setPlainText(data.video_text)
        self.notes.setPlainText(data.notes)

    def _check_name(self) -> None:
        self.set_error(
            "name", None if self.name.text().strip() else self.tr("Enter the organisation's name.")
        )

    def _check_link(self) -> None:
        link = self.video_link.text().strip().lower()
        bad = link and not link.startswith(("https://", "http://"))
        self.set_error(
            "video_link",
            self.tr("The join link must start with https:// (or http://).") if bad else None,
        )

    def data(self) -> OrganisationData:
        return OrganisationData(
            name=self.name.text(),
            kind=self.kind.currentData(),
            state=self.state.currentData(),
            city=self.city.text(),
            video_tool=self.video_tool.currentData(),
            video_link=self.video_link.text(),
            video_dialin=self.video_dialin.toPlainText(),
            video_text=self.video_text.toPlainText(),
            notes=self.notes.toPlainText(),
        )
