"""The board's columns: To discuss and Discussed as lists, Discussing as a panel with the timer."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from copdesk.model.leancoffee import BoardTopic, clock_text
from copdesk.ui.board.style import BoardTheme, normal_theme

NO_PARENT = QModelIndex()  # a list's rows hang from the invisible root

TopicRole = Qt.ItemDataRole.UserRole + 1


class BoardListModel(QAbstractListModel):
    """Topics of one column; the text roles say everything (screen readers, tests)."""

    def __init__(self, describe: Callable[[BoardTopic], str], parent=None) -> None:
        super().__init__(parent)
        self._topics: list[BoardTopic] = []
        self._describe = describe
        self.mine: dict[int, int] = {}  # topic -> votes of the participant being recorded

    def set_topics(self, topics: Sequence[BoardTopic], mine: dict[int, int]) -> None:
        self.beginResetModel()
        self._topics = list(topics)
        self.mine = dict(mine)
        self.endResetModel()

    def topics(self) -> list[BoardTopic]:
        return list(self._topics)

    def topic_at(self, row: int) -> BoardTopic | None:
        """Direct access for the delegate and the column (no trip through QVariant)."""
        return self._topics[row] if 0 <= row < len(self._topics) else None

    def row_of(self, topic_id: int) -> int:
        return next((n for n, t in enumerate(self._topics) if t.topic_id == topic_id), -1)

    def rowCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._topics)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._topics):
            return None
        topic = self._topics[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return topic.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(topic)
        if role == TopicRole:
            return topic
        return None


class TopicDelegate(QStyledItemDelegate):
    """A card per topic: the vote count in a badge, the title wrapped, a line of details."""

    PAD = 8

    def __init__(
        self, view: QListView, details: Callable[[BoardTopic], str], show_votes: bool = True
    ) -> None:
        super().__init__(view)
        self._view = view
        self._details = details
        self._show_votes = show_votes
        self.theme: BoardTheme = normal_theme()

    def _badge_width(self) -> int:
        if not self._show_votes:
            return 0
        return (
            QFontMetrics(self.theme.font(self.theme.title_pt, True)).horizontalAdvance("88")
            + 2 * self.PAD
        )

    def _text_width(self, item_width: int) -> int:
        """The title's width in a card *item_width* wide (the same for sizing and painting)."""
        return max(40, item_width - 4 - self._badge_width() - 2 * self.PAD)

    @staticmethod
    def _option() -> QTextOption:
        option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        return option

    @classmethod
    def _height(cls, font, width: int, text: str) -> int:
        """Height of *text* wrapped to *width* (long German compounds break anywhere)."""
        layout = QTextLayout(text, font)
        layout.setTextOption(cls._option())
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            height += line.height()
        layout.endLayout()
        return int(height + 0.999)

    def _topic_at(self, index: QModelIndex) -> BoardTopic | None:
        model = self._view.model()
        return model.topic_at(index.row()) if isinstance(model, BoardListModel) else None

    def sizeHint(self, option, index) -> QSize:
        topic = self._topic_at(index)
        if topic is None:
            return QSize(0, 0)
        width = self._view.viewport().width() - 2 * self._view.spacing()
        text_w = self._text_width(width)
        h = self._height(self.theme.font(self.theme.title_pt, True), text_w, topic.title)
        details = self._details(topic)
        if details:
            h += 2 + self._height(self.theme.font(self.theme.base_pt * 0.9), text_w, details)
        title_fm = QFontMetrics(self.theme.font(self.theme.title_pt, True))
        badge_h = title_fm.height() * 2 if self._show_votes else 0
        return QSize(width, max(h, badge_h) + 2 * self.PAD + 4)

    def paint(self, painter: QPainter, option, index) -> None:
        topic = self._topic_at(index)
        if topic is None:
            return
        theme = self.theme
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focus = selected and self._view.hasFocus()
        painter.setPen(
            QPen(QColor(theme.accent if selected else theme.border), 3 if selected else 1)
        )
        painter.setBrush(QColor(theme.panel))
        painter.drawRoundedRect(rect, 6, 6)
        if focus:
            painter.setPen(QPen(QColor(theme.accent), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(4, 4, -4, -4), 4, 4)
        x = rect.left() + self.PAD
        title_font = theme.font(theme.title_pt, True)
        if self._show_votes:
            badge = QRect(
                x,
                rect.top() + self.PAD,
                self._badge_width() - self.PAD,
                QFontMetrics(title_font).height() * 2 - 4,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.accent) if topic.votes else QColor(theme.border))
            painter.drawRoundedRect(badge, 6, 6)
            painter.setPen(QColor(theme.accent_text if topic.votes else theme.text))
            painter.setFont(title_font)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(topic.votes))
            x = badge.right() + self.PAD
        text_w = self._text_width(option.rect.width())
        painter.setPen(QColor(theme.text))
        painter.setFont(title_font)
        title_h = self._height(title_font, text_w, topic.title)
        painter.drawText(
            QRectF(x, rect.top() + self.PAD, text_w, title_h), topic.title, self._option()
        )
        details = self._details(topic)
        if details:
            small = theme.font(theme.base_pt * 0.9)
            painter.setFont(small)
            painter.setPen(QColor(theme.muted))
            top = rect.top() + self.PAD + title_h + 2
            painter.drawText(
                QRectF(x, top, text_w, max(0, rect.bottom() - top)), details, self._option()
            )
        painter.restore()


class TopicColumn(QWidget):
    """A column header ("To discuss (8)") above a list of topic cards."""

    def __init__(
        self, title: str, model: BoardListModel, delegate_details, *, show_votes: bool, parent=None
    ) -> None:
        super().__init__(parent)
        self._title = title
        self.header = QLabel(title)
        self.header.setObjectName("columnHeader")
        self.model = model
        self.view = QListView()
        self.view.setModel(model)
        self.view.setAccessibleName(title)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(2)
        self.delegate = TopicDelegate(self.view, delegate_details, show_votes)
        self.view.setItemDelegate(self.delegate)
        self.header.setBuddy(self.view)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.header)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.empty)

    def set_theme(self, theme: BoardTheme) -> None:
        self.delegate.theme = theme
        self.view.doItemsLayout()

    def set_title(self, text: str) -> None:
        self.header.setText(text)

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.setVisible(bool(text) and self.model.rowCount() == 0)

    def current(self) -> BoardTopic | None:
        index = self.view.currentIndex()
        return self.model.topic_at(index.row()) if index.isValid() else None

    def select_topic(self, topic_id: int | None) -> bool:
        row = self.model.row_of(topic_id) if topic_id is not None else -1
        if row < 0:
            if self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(0))
            return False
        self.view.setCurrentIndex(self.model.index(row))
        self.view.scrollTo(self.model.index(row))
        return True


class DiscussingPanel(QFrame):
    """The topic under discussion: title, the big timer, its state and the timer buttons."""

    extend_clicked = Signal()
    thumbs_clicked = Signal()
    toggle_clicked = Signal()
    finish_clicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("discussing")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.header = QLabel(self.tr("Discussing"))
        self.header.setObjectName("columnHeader")
        self.topic_label = QLabel()
        self.topic_label.setWordWrap(True)
        self.topic_label.setObjectName("topicTitle")
        self.topic_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.meta_label = QLabel()
        self.meta_label.setObjectName("muted")
        self.meta_label.setWordWrap(True)
        self.timer_label = QLabel("––:––")
        self.timer_label.setObjectName("timerLabel")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_label.setAccessibleName(self.tr("Time left"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.setAccessibleName(self.tr("Time left"))
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.alarm_label = QLabel()
        self.alarm_label.setObjectName("alarmLabel")
        self.alarm_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.alarm_label.setWordWrap(True)
        self.alarm_label.hide()
        self.toggle_button = QPushButton()
        self.extend_button = QPushButton()
        self.thumbs_button = QPushButton()
        self.finish_button = QPushButton()
        for button, signal in (
            (self.toggle_button, self.toggle_clicked),
            (self.extend_button, self.extend_clicked),
            (self.thumbs_button, self.thumbs_clicked),
            (self.finish_button, self.finish_clicked),
        ):
            button.clicked.connect(signal)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        buttons = QGridLayout()
        for n, button in enumerate(
            (self.toggle_button, self.extend_button, self.thumbs_button, self.finish_button)
        ):
            buttons.addWidget(button, n // 2, n % 2)
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(self.topic_label)
        lay.addWidget(self.meta_label)
        lay.addWidget(self.timer_label)
        lay.addWidget(self.progress)
        lay.addWidget(self.alarm_label)
        lay.addWidget(self.state_label)
        lay.addLayout(buttons)
        self.set_alarm(False)

    def set_button_texts(self, toggle: str, extend: str, thumbs: str, finish: str) -> None:
        self._button_texts = (
            (self.toggle_button, toggle),
            (self.extend_button, extend),
            (self.thumbs_button, thumbs),
            (self.finish_button, finish),
        )
        for button, text in self._button_texts:
            button.setToolTip(text)
        self._fit_buttons()

    def _fit_buttons(self) -> None:
        """Drop the "(Ctrl+…)" hint where a label would be clipped (large type, small
        screen); the full text stays in the tooltip and in the F1 overview."""
        for button, text in getattr(self, "_button_texts", ()):
            room = button.width() - 2 * button.fontMetrics().averageCharWidth()
            short = text.split(" (")[0]
            button.setText(text if button.fontMetrics().horizontalAdvance(text) <= room else short)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_buttons()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_buttons()

    def set_topic(self, topic: BoardTopic | None, meta: str, empty_text: str) -> None:
        if topic is None:  # the hint in the small type: the title font is huge when presenting
            self.topic_label.setText("")
            self.meta_label.setText(empty_text)
            self.timer_label.setText("––:––")
            self.progress.setValue(0)
            self.state_label.setText("")
        else:
            self.topic_label.setText(topic.title)
            self.meta_label.setText(meta)
        for button in (
            self.toggle_button,
            self.extend_button,
            self.thumbs_button,
            self.finish_button,
        ):
            button.setEnabled(topic is not None)

    def set_time(self, seconds_left: float, fraction: float, state_text: str) -> None:
        self.timer_label.setText(clock_text(seconds_left))
        self.progress.setValue(int(fraction * 1000))
        self.state_label.setText(state_text)

    def set_alarm(self, on: bool, text: str = "") -> None:
        self.alarm_label.setText(text)
        self.alarm_label.setVisible(on)
        for widget in (self, self.timer_label):
            if widget.property("alarm") != on:
                widget.setProperty("alarm", on)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
