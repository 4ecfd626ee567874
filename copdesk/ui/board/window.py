"""The Lean Coffee board of one meeting: a window for the moderator's shared screen.

Three columns — To discuss (ordered by votes, see ``copdesk.model.leancoffee``), Discussing
(the topic, its timer, the notes being typed) and Discussed. Every action has a key
(F1 or ? lists them); F5 switches to the presentation theme (large type, high contrast,
for a video call at 1280×720), F11 to full screen. The window builds and fills widgets;
its ``BoardController`` (``controller.py``) holds the board's state, runs every change as
one undo step (Ctrl+Z here undoes in the whole program) and keeps the live timer, whose
start and extensions are recorded: a board that is reopened continues the timer.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from copdesk.formats.dates import meeting_when
from copdesk.model import leancoffee as lc
from copdesk.model.backlog import TopicRow
from copdesk.model.errors import UserError
from copdesk.model.leancoffee import BoardTopic, TimerState
from copdesk.ui.board import texts
from copdesk.ui.board.actions import BoardMenus
from copdesk.ui.board.columns import BoardListModel, DiscussingPanel, TopicColumn
from copdesk.ui.board.controller import BoardController
from copdesk.ui.board.dialogs import (
    EXTEND,
    BoardSettingsDialog,
    NewTopicDialog,
    PresenceDialog,
    ThumbsDialog,
)
from copdesk.ui.board.help import HelpGroup, HelpOverlay
from copdesk.ui.board.notes import NotesPanel
from copdesk.ui.board.style import (
    end_signal,
    normal_theme,
    presentation_theme,
    stylesheet,
)
from copdesk.ui.i18n import plural, translate_error
from copdesk.ui.icons import icon
from copdesk.ui.page_base import PageContext


class TopicPicker(Protocol):
    """Lets the moderator choose topics from the backlog; returns their ids (none: cancel)."""

    def __call__(
        self, rows: Sequence[TopicRow], *, title: str, prompt: str, parent: QWidget
    ) -> list[int]: ...


class BoardWindow(QMainWindow):
    closed = Signal()

    def __init__(
        self,
        ctx: PageContext,
        meeting_id: int,
        pick_topics: TopicPicker,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """*pick_topics* lets the moderator choose topics from the backlog (Ctrl+B)."""
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("BoardWindow")
        self.ctx = ctx
        self.meeting_id = meeting_id
        self._pick_topics = pick_topics
        self.controller = BoardController(ctx, meeting_id, clock, self)
        self.presentation = False
        self.theme = normal_theme()
        self.setWindowIcon(icon("board"))
        self._build_ui()
        self._build_actions()
        c = self.controller
        c.reloaded.connect(self._refresh)
        c.gone.connect(self.close)
        c.ticked.connect(self._show_time)
        c.time_up.connect(self._time_up)
        c.failed.connect(self.show_error)
        self._apply_theme()
        self._refresh()
        geometry = ctx.settings.geometry("BoardWindow")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # a shared screen is often 1280×720; never larger than the screen it is on
            screen = self.screen().availableGeometry() if self.screen() else None
            width, height = 1280, 720
            if screen is not None:
                width, height = min(width, screen.width()), min(height, screen.height())
            self.resize(width, height)
        self.todo.view.setFocus()

    # --- building -------------------------------------------------------------------------
    def _build_ui(self) -> None:
        central = QWidget()
        self.setCentralWidget(central)
        self.title_label = QLabel()
        self.title_label.setObjectName("boardHeader")
        self.title_label.setWordWrap(True)
        self.keys_hint = QLabel(self.tr("F1: all keys"))
        self.keys_hint.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.keys_hint, 0, Qt.AlignmentFlag.AlignTop)
        self.budget_label = QLabel()
        self.budget_label.setWordWrap(True)
        self.voter_combo = QComboBox()
        self.voter_combo.setAccessibleName(self.tr("Votes of"))
        self.voter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.voter_combo.currentIndexChanged.connect(self._voter_changed)
        self.voter_label = QLabel(self.tr("Votes &of:"))
        self.voter_label.setBuddy(self.voter_combo)
        self.left_label = QLabel()
        self.left_label.setObjectName("leftLabel")
        info = QHBoxLayout()
        info.addWidget(self.budget_label, 1)
        info.addWidget(self.voter_label)
        info.addWidget(self.voter_combo)
        info.addWidget(self.left_label)
        self.closed_banner = QLabel()
        self.closed_banner.setObjectName("closedBanner")
        self.closed_banner.setWordWrap(True)
        self.closed_banner.hide()

        self.todo_model = BoardListModel(self._describe, self)
        self.done_model = BoardListModel(self._describe, self)
        self.todo = TopicColumn(
            self.tr("To discuss"), self.todo_model, self._details, show_votes=True
        )
        self.done = TopicColumn(
            self.tr("Discussed"), self.done_model, self._details, show_votes=True
        )
        self.discussing = DiscussingPanel()
        self.discussing.toggle_clicked.connect(self.toggle_timer)
        self.discussing.extend_clicked.connect(self.extend)
        self.discussing.thumbs_clicked.connect(self.thumbs)
        self.discussing.finish_clicked.connect(self.finish)
        self.notes = NotesPanel()
        self.notes.add_requested.connect(self._add_note)
        self.notes.delete_requested.connect(self._delete_note)
        center = QSplitter(Qt.Orientation.Vertical)
        center.addWidget(self.discussing)
        center.addWidget(self.notes)
        center.setStretchFactor(0, 3)
        center.setStretchFactor(1, 2)
        center.setChildrenCollapsible(False)
        self.center = center
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.todo)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.done)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([360, 520, 360])
        lay = QVBoxLayout(central)
        lay.addLayout(top)
        lay.addLayout(info)
        lay.addWidget(self.closed_banner)
        lay.addWidget(self.splitter, 1)
        self.help = HelpOverlay(central)
        for view in (self.todo.view, self.done.view, self.notes.list):
            view.installEventFilter(self)
        self.todo.view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.done.view.selectionModel().currentChanged.connect(lambda *_: self._update_notes())
        self.todo.view.activated.connect(lambda _i: self.discuss())
        self.done.view.activated.connect(lambda _i: self.notes.text.setFocus())

    def _build_actions(self) -> None:
        self.menus = BoardMenus(self, self.help.toggle, self.ctx.commands.stack)
        self.discussing.set_button_texts(
            self.tr("Start/pause (Ctrl+P)"),
            self.tr("Extend (Ctrl+E)"),
            self.tr("Thumbs (Ctrl+T)"),
            self.tr("Finish (Ctrl+F)"),
        )

    # --- reading --------------------------------------------------------------------------
    @property
    def board(self) -> lc.Board:
        """The board as shown now."""
        return self.controller.board

    def _refresh(self) -> None:
        b = self.board
        todo, done = self.todo.current(), self.done.current()
        todo_id = todo.topic_id if todo else None
        done_id = done.topic_id if done else None
        self.todo_model.set_topics(b.to_discuss, self.controller.mine())
        self.done_model.set_topics(b.discussed, {})
        self.todo.select_topic(todo_id)
        self.done.select_topic(done_id)
        self.todo.set_title(self.tr("To discuss (%1)").replace("%1", str(len(b.to_discuss))))
        self.done.set_title(self.tr("Discussed (%1)").replace("%1", str(len(b.discussed))))
        self.todo.set_empty_text(
            ""
            if b.to_discuss
            else self.tr(
                "No topics yet. Ctrl+B takes topics from the backlog, Ctrl+N adds a new one."
            )
        )
        self.done.set_empty_text(
            "" if b.discussed else self.tr("Finished topics move here (Ctrl+F).")
        )
        when = meeting_when(b.start_at, b.end_at, b.tz)
        self.title_label.setText(
            self.tr("Lean Coffee · %1 · %2").replace("%1", b.title).replace("%2", when)
        )
        self.setWindowTitle(self.tr("Lean Coffee – %1").replace("%1", b.title))
        self._fill_voters()
        self.budget_label.setText(texts.budget_text(self.board))
        self._update_voter_left()
        self.closed_banner.setVisible(b.closed)
        if b.closed:
            self.closed_banner.setText(
                "✓ "
                + self.tr(
                    "This Lean Coffee is closed: %1 discussed, %2 back in the backlog. It is kept "
                    "as it was; Ctrl+Z right after closing reopens it."
                )
                .replace(
                    "%1", plural(self.tr("%n topic(s)", "", len(b.discussed)), len(b.discussed))
                )
                .replace(
                    "%2", plural(self.tr("%n topic(s)", "", len(b.to_discuss)), len(b.to_discuss))
                )
            )
        self.controller.sync_timer()
        self._show_discussing()
        self._update_notes()
        self._update_actions()

    def _fill_voters(self) -> None:
        b = self.board
        self.voter_combo.blockSignals(True)
        self.voter_combo.clear()
        left = max(0, b.capacity - b.total_votes)
        self.voter_combo.addItem(self.tr("All together – %1 left").replace("%1", str(left)), None)
        self.voter_combo.setItemData(
            0,
            self.tr("The moderator counts the dots and records them as totals"),
            Qt.ItemDataRole.ToolTipRole,
        )
        for p in b.present:
            rest = max(0, b.budget - p.votes_used)
            self.voter_combo.addItem(
                self.tr("%1 – %2 left").replace("%1", p.name).replace("%2", str(rest)), p.member_id
            )
        index = self.voter_combo.findData(self.controller.voter)
        if index < 0:
            self.controller.voter = None
            index = 0
        self.voter_combo.setCurrentIndex(index)
        self.voter_combo.blockSignals(False)

    def _voter_changed(self, _index: int) -> None:
        self.controller.voter = self.voter_combo.currentData()
        current = self.todo.current()
        self.todo_model.set_topics(self.board.to_discuss, self.controller.mine())
        self.todo.select_topic(current.topic_id if current else None)
        self._update_voter_left()

    def _update_voter_left(self) -> None:
        left = self.controller.votes_left()
        self.left_label.setText(plural(self.tr("%n vote(s) left", "", left), left))

    def cycle_voter(self, step: int) -> None:
        count = self.voter_combo.count()
        if count:
            self.voter_combo.setCurrentIndex((self.voter_combo.currentIndex() + step) % count)

    # --- texts for the cards --------------------------------------------------------------
    def _describe(self, topic: BoardTopic) -> str:
        return texts.describe(topic)

    def _details(self, topic: BoardTopic) -> str:
        voter = self.controller.voter_first_name() if self.controller.voter is not None else None
        return texts.details(topic, voter, self.todo_model.mine.get(topic.topic_id, 0))

    # --- the timer ------------------------------------------------------------------------
    def _time_up(self) -> None:
        end_signal()
        self.ctx.events.status.emit(self.tr("Time is up."))

    def _show_discussing(self) -> None:
        topic = self.board.discussing
        meta = ""
        if topic is not None:
            parts = [plural(self.tr("%n vote(s)", "", topic.votes), topic.votes)]
            if topic.proposer:
                parts.append(self.tr("proposed by %1").replace("%1", topic.proposer))
            meta = " · ".join(parts)
        empty = "" if self.board.closed else self.tr("Nothing in Discussing yet.")
        if empty and not self.presentation:  # the shared screen shows the state only
            empty += " " + self.tr(
                "Select a topic in To discuss and press Ctrl+D or Enter; its timer starts at once."
            )
        self.discussing.set_topic(topic, meta, empty)
        self._show_time()

    def _show_time(self) -> None:
        if not self.controller.timer_running():
            self.discussing.set_alarm(False)
            if self.board.discussing is not None:
                self.discussing.set_time(0, 0, self.tr("Timer stopped – Ctrl+P starts it."))
            self.setWindowTitle(self.tr("Lean Coffee – %1").replace("%1", self.board.title))
            return
        timer = self.controller.timer
        box = self.tr("Timebox %1 min").replace("%1", str(self.board.timebox_minutes))
        if timer.extensions:
            box += " + " + plural(
                self.tr("%n extension(s)", "", timer.extensions), timer.extensions
            )
        if timer.state is TimerState.PAUSED:
            state = "❚❚ " + self.tr("Paused – Ctrl+P continues") + " · " + box
        else:
            state = box
        self.discussing.set_time(timer.remaining(), timer.fraction_left(), state)
        if timer.expired:
            self.discussing.set_alarm(
                self.controller.alarm_lit(),
                "⚠ " + self.tr("Time is up! Thumbs vote: Ctrl+T – extend or move on"),
            )
            self.setWindowTitle("⚠ " + self.tr("Lean Coffee – %1").replace("%1", self.board.title))
        else:
            self.discussing.set_alarm(False)
            self.setWindowTitle(self.tr("Lean Coffee – %1").replace("%1", self.board.title))

    # --- running use cases ----------------------------------------------------------------
    def show_error(self, exc: UserError) -> None:
        QMessageBox.warning(self, self.tr("Lean Coffee"), translate_error(exc))

    # --- topics ---------------------------------------------------------------------------
    def new_topic(self) -> None:
        dialog = NewTopicDialog(self.board.participants, self)
        created: list[int] = []

        def save(data: tuple[str, int | None]) -> None:
            title, proposer = data
            created.append(self.controller.new_topic(title, proposer))

        dialog.set_saver(save)
        if dialog.exec() and created:
            self.todo.select_topic(created[0])
        self.todo.view.setFocus()

    def add_from_backlog(self) -> None:
        chosen = self._pick_topics(
            self.controller.backlog_candidates(),
            title=self.tr("Topics from the backlog"),
            prompt=self.tr(
                "Which topics go on the board? Select several with Shift+arrows or "
                "Ctrl+A; Enter adds them."
            ),
            parent=self,
        )
        if chosen:
            self.controller.add_topics(chosen)
        self.todo.view.setFocus()

    def remove_selected(self) -> None:
        if self.notes.list.hasFocus():
            self.notes.delete_current()
            return
        topic = self.todo.current()
        if topic is not None:
            self.controller.remove(topic)

    def presence(self) -> None:
        dialog = PresenceDialog(self.board.participants, self)
        if dialog.exec():
            self.controller.set_presence(dialog.present_ids())

    def edit_settings(self) -> None:
        b = self.board
        dialog = BoardSettingsDialog(
            b.budget_setting, len(b.topics), b.timebox_minutes, b.extension_minutes, self
        )
        if dialog.exec():
            self.controller.set_settings(*dialog.values())

    def close_board(self) -> None:
        result = self.controller.close_board()
        if result is not None:
            self.ctx.events.status.emit(
                self.tr(
                    "Lean Coffee closed: %1 discussed, %2 back in the backlog. Undo with Ctrl+Z."
                )
                .replace("%1", str(len(result.discussed)))
                .replace("%2", str(len(result.deferred)))
            )

    # --- votes ----------------------------------------------------------------------------
    def vote(self, delta: int) -> None:
        topic = self.done.current() if self.done.view.hasFocus() else self.todo.current()
        if topic is None:
            return
        if delta > 0 and not self.board.present and not self.board.closed:
            # the budget depends on who is here: ask for that now rather than refuse each vote
            self.presence()
            if not self.board.present:
                return
        self.controller.vote(topic, delta)
        self.todo.select_topic(topic.topic_id)

    # --- discussing -----------------------------------------------------------------------
    def discuss(self) -> None:
        if self.controller.discuss(self.todo.current()):
            self.notes.text.setFocus()

    def toggle_timer(self) -> None:
        self.controller.toggle_timer()

    def extend(self) -> None:
        self.controller.extend()

    def thumbs(self) -> None:
        topic = self.controller.can_thumbs()
        if topic is None:
            return
        dialog = ThumbsDialog(
            topic.title, self.board.extension_minutes, len(self.board.present), self
        )
        if not dialog.exec() or dialog.decision is None:
            return
        self.controller.thumbs(topic, dialog.counts(), go_on=dialog.decision == EXTEND)

    def finish(self) -> None:
        if self.controller.finish():
            self.todo.view.setFocus()

    # --- notes ----------------------------------------------------------------------------
    def _notes_target(self) -> lc.BoardTopic | None:
        return self.controller.notes_target(self.done.current())

    def _update_notes(self) -> None:
        target = self._notes_target()
        notes = [n for n in self.board.notes if target and n.topic_id == target.topic_id]
        self.notes.set_target(
            target,
            notes,
            self.board.participants,
            enabled=not self.board.closed,
            empty_text=""
            if self.presentation
            else self.tr(
                "Notes, takeaways, decisions and action items belong to the topic in "
                "Discussing (or the one selected in Discussed). They go straight into the "
                "minutes."
            ),
            meeting_day=self.controller.meeting_day(),
        )

    def write(self, kind: str) -> None:
        if self._notes_target() is None:
            self.show_error(lc.NothingDiscussing())
            return
        self.notes.set_kind(kind)

    def _add_note(self, kind: str, text: str, owner: int | None, due: dt.date | None) -> None:
        target = self._notes_target()
        if target is None:
            self.show_error(lc.NothingDiscussing())
            return
        label = self.notes.kind_label(kind)
        if self.controller.add_note(target, kind, label, text, owner, due):
            self.notes.clear_input()
            self.notes.text.setFocus()

    def _delete_note(self, kind: str, note_id: int) -> None:
        self.controller.delete_note(kind, self.notes.kind_label(kind), note_id)

    # --- actions' state -------------------------------------------------------------------
    def _update_actions(self) -> None:
        self.menus.update(self.board)
        self.voter_combo.setEnabled(not self.board.closed)

    # --- view -----------------------------------------------------------------------------
    def _apply_theme(self) -> None:
        self.theme = presentation_theme() if self.presentation else normal_theme()
        self.setStyleSheet(stylesheet(self.theme))
        for column in (self.todo, self.done):
            column.set_theme(self.theme)
        total = max(self.splitter.width(), 900)
        self.splitter.setSizes([int(total * 0.29), int(total * 0.42), int(total * 0.29)])
        self.menuBar().setVisible(not self.presentation)
        self.help.set_content(
            self.tr("Keyboard shortcuts"),
            self._help_groups(),
            self.tr(
                "Esc, F1 or ? closes this overview. Ties in the votes: "
                "the older topic first, then topics whose proposer is "
                "here."
            ),
            self.theme,
        )

    def _help_groups(self) -> list[HelpGroup | None]:
        moving: HelpGroup = (
            self.tr("Moving around"),
            [
                (self.tr("↑ / ↓"), self.tr("Choose a topic in a column")),
                (self.tr("← / →"), self.tr("Go to the next column")),
                (self.tr("Enter"), self.tr("Discuss the selected topic (in To discuss)")),
                (self.tr("Tab"), self.tr("Next field or button")),
                (self.tr("Alt+O"), self.tr("Choose whose votes you record")),
            ],
        )
        return [*self.menus.groups[:3], None, *self.menus.groups[3:], moving]  # None: next column

    def toggle_presentation(self) -> None:
        self.presentation = not self.presentation
        self.menus.presentation_action.setChecked(self.presentation)
        self._apply_theme()
        self._refresh()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.menus.fullscreen_action.setChecked(self.isFullScreen())

    def escape(self) -> None:
        if self.help.isVisible():
            self.help.hide()
        elif self.isFullScreen():
            self.toggle_fullscreen()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            key = event.key()
            if obj is self.todo.view and key == Qt.Key.Key_Right:
                self._focus_center()
                return True
            if obj is self.done.view and key == Qt.Key.Key_Left:
                self._focus_center()
                return True
            if obj is self.notes.list and key == Qt.Key.Key_Left:
                self.todo.view.setFocus()
                return True
            if obj is self.notes.list and key == Qt.Key.Key_Right:
                self.done.view.setFocus()
                return True
        return super().eventFilter(obj, event)

    def _focus_center(self) -> None:
        if self.notes.list.count():
            self.notes.list.setFocus()
            if self.notes.list.currentRow() < 0:
                self.notes.list.setCurrentRow(0)
        elif self.notes.text.isEnabled():
            self.notes.text.setFocus()
        else:
            self.discussing.toggle_button.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.detach()
        if not self.isFullScreen():
            self.ctx.settings.set_geometry("BoardWindow", self.saveGeometry())
        super().closeEvent(event)
        self.closed.emit()
