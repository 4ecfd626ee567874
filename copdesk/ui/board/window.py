"""The Lean Coffee board of one meeting: a window for the moderator's shared screen.

Three columns — To discuss (ordered by votes, see ``model/leancoffee.py``), Discussing
(the topic, its timer, the notes being typed) and Discussed. Every action has a key
(F1 or ? lists them); F5 switches to the presentation theme (large type, high contrast,
for a video call at 1280×720), F11 to full screen. Every change is a use case run through
``Commands.run``: one undo step each (Ctrl+Z here undoes in the whole program).

The timer is :class:`copdesk.model.backlog.timer.Timebox` with an injected clock (``time.time``
unless a test passes a fake one); its start and extensions are recorded, so a board that
is reopened continues the timer where it was.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
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
from copdesk.model import backlog
from copdesk.model import leancoffee as lc
from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError
from copdesk.model.leancoffee import Board, BoardTopic, Timebox, TimerState
from copdesk.ui.board.columns import BoardListModel, DiscussingPanel, TopicColumn
from copdesk.ui.board.dialogs import (
    EXTEND,
    BoardSettingsDialog,
    NewTopicDialog,
    PresenceDialog,
    ThumbsDialog,
)
from copdesk.ui.board.help import HelpOverlay
from copdesk.ui.board.notes import KINDS, NotesPanel
from copdesk.ui.board.style import (
    end_signal,
    normal_theme,
    presentation_theme,
    stylesheet,
)
from copdesk.ui.i18n import plural, translate_error
from copdesk.ui.icons import icon
from copdesk.ui.pages.base import PageContext

BOARD_TABLES = (
    "board_entry",
    "topic_vote",
    "topic",
    "attendance",
    "meeting",
    "minutes_note",
    "decision",
    "action_item",
    "timebox_event",
    "setting",
    "member",
)
BLINK_SECONDS = 6


class BoardWindow(QMainWindow):
    closed = Signal()

    def __init__(
        self, ctx: PageContext, meeting_id: int, parent=None, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("BoardWindow")
        self.ctx = ctx
        self.meeting_id = meeting_id
        self._clock = clock
        self.board: Board = ctx.commands.read(lc.board, meeting_id)
        self.timer = Timebox(clock)
        self._timer_key: tuple | None = None
        self._alarm_since: float | None = None
        self.voter: int | None = None
        self.presentation = False
        self.theme = normal_theme()
        self.setWindowIcon(icon("board"))
        self._build_ui()
        self._build_actions()
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)
        self.ticker.timeout.connect(self._tick)
        ctx.events.changed.connect(self._on_changed)
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
        self.groups: list[tuple[str, list[QAction]]] = []
        self._menus: dict[int, object] = {}

        def group(title: str, menu_title: str) -> list[QAction]:
            actions: list[QAction] = []
            self.groups.append((title, actions))
            self._menus[id(actions)] = self.menuBar().addMenu(menu_title)
            return actions

        def act(
            actions: list, text: str, slot, keys, icon_name: str = "", checkable: bool = False
        ) -> QAction:
            action = QAction(text, self)
            if icon_name:
                action.setIcon(icon(icon_name))
            sequences: list[QKeySequence] = []
            for key in keys:
                for seq in (
                    QKeySequence.keyBindings(key)
                    if isinstance(key, QKeySequence.StandardKey)
                    else [QKeySequence(key)]
                ):
                    if not seq.isEmpty() and seq not in sequences:
                        sequences.append(seq)
            action.setShortcuts(sequences)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setCheckable(checkable)
            action.triggered.connect(lambda *_: slot())
            self.addAction(action)
            self._menus[id(actions)].addAction(action)
            actions.append(action)
            return action

        g = group(self.tr("Topics"), self.tr("&Topics"))
        self.new_action = act(g, self.tr("&New topic…"), self.new_topic, ["Ctrl+N"], "new")
        self.add_action = act(
            g, self.tr("Add from the &backlog…"), self.add_from_backlog, ["Ctrl+B"], "backlog"
        )
        self.remove_action = act(
            g, self.tr("&Remove from the board"), self.remove_selected, ["Del"], "delete"
        )
        self.presence_action = act(
            g, self.tr("&Who is here…"), self.presence, ["Ctrl+H"], "members"
        )
        self.close_action = act(
            g, self.tr("&Close the Lean Coffee"), self.close_board, ["Ctrl+Shift+E"], "check"
        )
        g = group(self.tr("Voting"), self.tr("&Votes"))
        self.vote_action = act(g, self.tr("&Add a vote"), lambda: self.vote(1), ["+", "="], "vote")
        self.unvote_action = act(g, self.tr("&Remove a vote"), lambda: self.vote(-1), ["-"])
        self.next_voter_action = act(
            g, self.tr("&Next participant"), lambda: self.cycle_voter(1), [">"]
        )
        self.prev_voter_action = act(
            g, self.tr("&Previous participant"), lambda: self.cycle_voter(-1), ["<"]
        )
        self.settings_action = act(
            g, self.tr("Vote budget and &timebox…"), self.edit_settings, ["Ctrl+,"], "settings"
        )
        g = group(self.tr("Discussion and timer"), self.tr("&Discussion"))
        self.discuss_action = act(
            g, self.tr("&Discuss the selected topic"), self.discuss, ["Ctrl+D"], "timer"
        )
        self.toggle_action = act(
            g, self.tr("&Start or pause the timer"), self.toggle_timer, ["Ctrl+P"]
        )
        self.extend_action = act(g, self.tr("&Extend the timebox"), self.extend, ["Ctrl+E"])
        self.thumbs_action = act(g, self.tr("&Thumbs vote…"), self.thumbs, ["Ctrl+T"], "vote")
        self.finish_action = act(
            g, self.tr("&Finish the topic (to Discussed)"), self.finish, ["Ctrl+F"], "check"
        )
        g = group(self.tr("Notes for the minutes"), self.tr("&Notes"))
        self.kind_actions = {}
        texts = {
            "note": self.tr("Write a &note"),
            "takeaway": self.tr("Write a &takeaway"),
            "decision": self.tr("Write a &decision"),
            "action": self.tr("Write an &action item"),
        }
        for n, kind in enumerate(KINDS):
            self.kind_actions[kind] = act(
                g, texts[kind], lambda kind=kind: self.write(kind), [f"Ctrl+{n + 1}"]
            )
        g = group(self.tr("View"), self.tr("Vie&w"))
        self.presentation_action = act(
            g,
            self.tr("&Presentation mode (large, high contrast)"),
            self.toggle_presentation,
            ["F5"],
            "board",
            checkable=True,
        )
        self.fullscreen_action = act(
            g,
            self.tr("&Full screen"),
            self.toggle_fullscreen,
            ["F11"],
            "fullscreen",
            checkable=True,
        )
        self.help_action = act(
            g, self.tr("&Keyboard shortcuts"), self.help.toggle, ["F1", "?"], "help"
        )
        self.escape_action = act(g, self.tr("Leave full screen or help"), self.escape, ["Esc"])
        self.undo_action = act(
            g, self.tr("&Undo"), self.ctx.commands.stack.undo, ["Ctrl+Z"], "undo"
        )
        self.redo_action = act(
            g, self.tr("&Redo"), self.ctx.commands.stack.redo, ["Ctrl+Shift+Z", "Ctrl+Y"], "redo"
        )
        self.close_window_action = act(
            g, self.tr("Close this &window"), self.close, ["Ctrl+W"], "close"
        )
        self.discussing.set_button_texts(
            self.tr("Start/pause (Ctrl+P)"),
            self.tr("Extend (Ctrl+E)"),
            self.tr("Thumbs (Ctrl+T)"),
            self.tr("Finish (Ctrl+F)"),
        )

    # --- reading --------------------------------------------------------------------------
    def _on_changed(self, changes) -> None:
        if changes.touches(*BOARD_TABLES):
            self.reload()

    def reload(self) -> None:
        try:
            self.board = self.ctx.commands.read(lc.board, self.meeting_id)
        except UserError:  # the meeting was deleted elsewhere
            self.close()
            return
        self._refresh()

    def _mine(self) -> dict[int, int]:
        if self.voter is None:
            return {}
        return {
            t.topic_id: self.board.votes_of(t.topic_id, self.voter) for t in self.board.to_discuss
        }

    def _refresh(self) -> None:
        b = self.board
        todo_id = self.todo.current().topic_id if self.todo.current() else None
        done_id = self.done.current().topic_id if self.done.current() else None
        self.todo_model.set_topics(b.to_discuss, self._mine())
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
        self.budget_label.setText(self._budget_text())
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
        self._sync_timer()
        self._show_discussing()
        self._update_notes()
        self._update_actions()

    def _budget_text(self) -> str:
        b = self.board
        n = len(b.topics)
        if b.budget_setting is None:
            budget = plural(
                self.tr("Votes: %n per person (a third of the topics)", "", b.budget), b.budget
            )
        else:
            budget = plural(self.tr("Votes: %n per person", "", b.budget), b.budget)
        present = len(b.present)
        parts = [budget, plural(self.tr("%n present", "", present), present)]
        if present:
            parts.append(
                self.tr("%1 of %2 votes given")
                .replace("%1", str(b.total_votes))
                .replace("%2", str(b.capacity))
            )
        elif not b.closed:
            parts.append(self.tr("⚠ record who is here: Ctrl+H"))
        if n:
            parts.append(
                self.tr("Timebox %1 + %2 min")
                .replace("%1", str(b.timebox_minutes))
                .replace("%2", str(b.extension_minutes))
            )
        return " · ".join(parts)

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
        index = self.voter_combo.findData(self.voter)
        if index < 0:
            self.voter = None
            index = 0
        self.voter_combo.setCurrentIndex(index)
        self.voter_combo.blockSignals(False)

    def _voter_changed(self, _index: int) -> None:
        self.voter = self.voter_combo.currentData()
        current = self.todo.current()
        self.todo_model.set_topics(self.board.to_discuss, self._mine())
        self.todo.select_topic(current.topic_id if current else None)
        self._update_voter_left()

    def _update_voter_left(self) -> None:
        b = self.board
        if self.voter is None:
            left = max(0, b.capacity - b.total_votes)
            self.left_label.setText(plural(self.tr("%n vote(s) left", "", left), left))
        else:
            p = next((p for p in b.participants if p.member_id == self.voter), None)
            left = max(0, b.budget - (p.votes_used if p else 0))
            self.left_label.setText(plural(self.tr("%n vote(s) left", "", left), left))

    def cycle_voter(self, step: int) -> None:
        count = self.voter_combo.count()
        if count:
            self.voter_combo.setCurrentIndex((self.voter_combo.currentIndex() + step) % count)

    # --- texts for the cards --------------------------------------------------------------
    def _describe(self, topic: BoardTopic) -> str:
        parts = [topic.title, plural(self.tr("%n vote(s)", "", topic.votes), topic.votes)]
        if topic.proposer:
            parts.append(self.tr("proposed by %1").replace("%1", topic.proposer))
        return " — ".join(parts)

    def _details(self, topic: BoardTopic) -> str:
        parts = []
        if topic.column == "discussed":
            minutes = round(topic.seconds_used / 60) if topic.seconds_used else 0
            parts.append("✓ " + self.tr("%1 min").replace("%1", str(minutes)))
            if topic.extensions:
                parts.append(
                    plural(self.tr("%n extension(s)", "", topic.extensions), topic.extensions)
                )
        if topic.proposer:
            parts.append(
                self.tr("%1 (here)").replace("%1", topic.proposer)
                if topic.proposer_present
                else topic.proposer
            )
        if topic.new_in_meeting:
            parts.append(self.tr("new"))
        if self.voter is not None and topic.column == "to_discuss":
            mine = self.todo_model.mine.get(topic.topic_id, 0)
            if mine:
                name = next(
                    (
                        p.name.split(" ")[0]
                        for p in self.board.participants
                        if p.member_id == self.voter
                    ),
                    "",
                )
                parts.append(f"{name}: " + "●" * mine)
        return " · ".join(parts)

    # --- the timer ------------------------------------------------------------------------
    def _now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self._clock(), dt.UTC)

    def _sync_timer(self) -> None:
        rec = self.board.timer
        if rec is None:
            if self.timer.active:
                self.timer.stop()
            self._timer_key = None
            self._alarm_since = None
            self.ticker.stop()
            return
        key = (rec.topic_id, rec.started_at)
        if (
            key != self._timer_key
            or rec.extensions != self.timer.extensions
            or not self.timer.active
        ):
            self.timer.restore(rec.started_at.timestamp(), rec.limit_seconds, rec.extensions)
            self._timer_key = key
            self._alarm_since = None
        if not self.ticker.isActive():
            self.ticker.start()

    def _tick(self) -> None:
        if not self.timer.active:
            self.ticker.stop()
            return
        if self.timer.poll():
            self._time_up()
        self._show_time()

    def _time_up(self) -> None:
        self._alarm_since = self._clock()
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
        if self.board.discussing is None or not self.timer.active:
            self.discussing.set_alarm(False)
            if self.board.discussing is not None:
                self.discussing.set_time(0, 0, self.tr("Timer stopped – Ctrl+P starts it."))
            self.setWindowTitle(self.tr("Lean Coffee – %1").replace("%1", self.board.title))
            return
        timer = self.timer
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
            blink = (
                self._alarm_since is not None
                and self._clock() - self._alarm_since < BLINK_SECONDS
                and int(self._clock() * 2) % 2 == 1
            )
            self.discussing.set_alarm(
                not blink, "⚠ " + self.tr("Time is up! Thumbs vote: Ctrl+T – extend or move on")
            )
            self.setWindowTitle("⚠ " + self.tr("Lean Coffee – %1").replace("%1", self.board.title))
        else:
            self.discussing.set_alarm(False)
            self.setWindowTitle(self.tr("Lean Coffee – %1").replace("%1", self.board.title))

    # --- running use cases ----------------------------------------------------------------
    def _run(self, text: str, fn, *args, **kwargs):
        try:
            return True, self.ctx.commands.run(text, fn, *args, **kwargs)
        except UserError as exc:
            self.show_error(exc)
            return False, None

    def show_error(self, exc: UserError) -> None:
        QMessageBox.warning(self, self.tr("Lean Coffee"), translate_error(exc))

    def _seconds_used(self) -> int | None:
        rec = self.board.timer
        if (
            rec is not None
            and self.timer.active
            and self._timer_key
            and self._timer_key[0] == rec.topic_id
        ):
            return int(round(self.timer.elapsed()))
        return None

    # --- topics ---------------------------------------------------------------------------
    def new_topic(self) -> None:
        dialog = NewTopicDialog(self.board.participants, self)
        created: list[int] = []

        def save(data) -> None:
            title, proposer = data
            created.append(
                self.ctx.commands.run(
                    self.tr("New topic %1").replace("%1", title.strip()),
                    lc.new_topic,
                    self.meeting_id,
                    title,
                    proposer,
                )
            )

        dialog.set_saver(save)
        if dialog.exec() and created:
            self.todo.select_topic(created[0])
        self.todo.view.setFocus()

    def add_from_backlog(self) -> None:
        from copdesk.ui.backlog.pickers import TopicPickDialog

        on_board = {t.topic_id for t in self.board.topics}
        rows = [
            r
            for r in self.ctx.commands.read(backlog.list_topics, self.board.group_id)
            if r.status in lc.BOARDABLE and r.id not in on_board
        ]
        dialog = TopicPickDialog(
            rows,
            title=self.tr("Topics from the backlog"),
            prompt=self.tr(
                "Which topics go on the board? Select several with Shift+arrows or "
                "Ctrl+A; Enter adds them."
            ),
            parent=self,
            settings=self.ctx.settings,
            multi=True,
        )
        if dialog.exec():
            chosen = [r.id for r in dialog.chosen()]
            if chosen:
                self._run(
                    plural(self.tr("Add %n topic(s) to the board", "", len(chosen)), len(chosen)),
                    lc.add_topics,
                    self.meeting_id,
                    chosen,
                )
        self.todo.view.setFocus()

    def remove_selected(self) -> None:
        if self.notes.list.hasFocus():
            self.notes.delete_current()
            return
        topic = self.todo.current()
        if topic is None:
            return
        self._run(
            self.tr("Remove %1 from the board").replace("%1", topic.title),
            lc.remove_from_board,
            self.meeting_id,
            topic.topic_id,
        )

    def presence(self) -> None:
        dialog = PresenceDialog(self.board.participants, self)
        if dialog.exec():
            self._run(
                self.tr("Who is here"), lc.set_presence, self.meeting_id, dialog.present_ids()
            )

    def edit_settings(self) -> None:
        b = self.board
        dialog = BoardSettingsDialog(
            b.budget_setting, len(b.topics), b.timebox_minutes, b.extension_minutes, self
        )
        if dialog.exec():
            self._run(
                self.tr("Lean Coffee settings"),
                lc.set_board_settings,
                self.meeting_id,
                *dialog.values(),
            )

    def close_board(self) -> None:
        ok, result = self._run(
            self.tr("Close the Lean Coffee"),
            lc.close_board,
            self.meeting_id,
            seconds_used=self._seconds_used(),
            now=self._now(),
        )
        if ok:
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
        text = (self.tr("Vote for %1") if delta > 0 else self.tr("Remove a vote from %1")).replace(
            "%1", topic.title
        )
        self._run(text, lc.vote, self.meeting_id, topic.topic_id, self.voter, delta)
        self.todo.select_topic(topic.topic_id)

    # --- discussing -----------------------------------------------------------------------
    def discuss(self) -> None:
        topic = self.todo.current() or (self.board.to_discuss[0] if self.board.to_discuss else None)
        if topic is None:
            self.show_error(
                UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "There is nothing left to discuss. Add topics with Ctrl+B or Ctrl+N.",
                    )
                )
            )
            return
        ok, _ = self._run(
            self.tr("Discuss %1").replace("%1", topic.title),
            lc.discuss,
            self.meeting_id,
            topic.topic_id,
            seconds_used=self._seconds_used(),
            now=self._now(),
        )
        if ok:
            self.notes.text.setFocus()

    def toggle_timer(self) -> None:
        if self.timer.active and self.board.discussing is not None:
            self.timer.toggle()
            self._show_time()
            return
        self._run(self.tr("Start the timer"), lc.start_timebox, self.meeting_id, now=self._now())

    def extend(self) -> None:
        if self.board.discussing is None:
            self.show_error(lc.NothingDiscussing())
            return
        minutes = self.board.extension_minutes
        if self.timer.active:
            self.timer.extend(minutes * 60)  # first, so that the reload keeps pauses
        ok, _ = self._run(
            self.tr("Extend by %1 min").replace("%1", str(minutes)),
            lc.extend,
            self.meeting_id,
            now=self._now(),
        )
        if not ok:
            self._timer_key = None
            self._sync_timer()
        self._show_time()

    def thumbs(self) -> None:
        topic = self.board.discussing
        if topic is None:
            self.show_error(lc.NothingDiscussing())
            return
        dialog = ThumbsDialog(
            topic.title, self.board.extension_minutes, len(self.board.present), self
        )
        if not dialog.exec() or dialog.decision is None:
            return
        up, side, down = dialog.counts()
        go_on = dialog.decision == EXTEND
        seconds = self._seconds_used()
        if go_on and self.timer.active:
            self.timer.extend(self.board.extension_minutes * 60)
        text = self.tr("Thumbs vote: extend %1") if go_on else self.tr("Thumbs vote: finish %1")
        ok, _ = self._run(
            text.replace("%1", topic.title),
            lc.thumbs_vote,
            self.meeting_id,
            up,
            side,
            down,
            go_on=go_on,
            seconds_used=seconds,
            now=self._now(),
        )
        if not ok:
            self._timer_key = None
            self._sync_timer()
        self._show_time()

    def finish(self) -> None:
        topic = self.board.discussing
        if topic is None:
            self.show_error(lc.NothingDiscussing())
            return
        ok, _ = self._run(
            self.tr("Finish %1").replace("%1", topic.title),
            lc.finish,
            self.meeting_id,
            seconds_used=self._seconds_used(),
            now=self._now(),
        )
        if ok:
            self.todo.view.setFocus()

    # --- notes ----------------------------------------------------------------------------
    def _notes_target(self) -> BoardTopic | None:
        if self.board.discussing is not None:
            return self.board.discussing
        return self.done.current()

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
            meeting_day=backlog.local_date(self.board.start_at, self.board.tz),
        )

    def write(self, kind: str) -> None:
        if self._notes_target() is None:
            self.show_error(lc.NothingDiscussing())
            return
        self.notes.set_kind(kind)

    def _add_note(self, kind: str, text: str, owner, due) -> None:
        target = self._notes_target()
        if target is None:
            self.show_error(lc.NothingDiscussing())
            return
        label = self.notes.kind_label(kind)
        ok, _ = self._run(
            self.tr("%1 on %2").replace("%1", label).replace("%2", target.title),
            lc.add_note,
            self.meeting_id,
            target.topic_id,
            kind,
            text,
            owner_id=owner,
            due_on=due,
        )
        if ok:
            self.notes.clear_input()
            self.notes.text.setFocus()

    def _delete_note(self, kind: str, note_id: int) -> None:
        self._run(
            self.tr("Delete %1").replace("%1", self.notes.kind_label(kind)),
            lc.delete_note,
            self.meeting_id,
            kind,
            note_id,
        )

    # --- actions' state -------------------------------------------------------------------
    def _update_actions(self) -> None:
        b = self.board
        open_board = not b.closed
        for action in (
            self.new_action,
            self.add_action,
            self.presence_action,
            self.close_action,
            self.settings_action,
            self.next_voter_action,
            self.prev_voter_action,
            *self.kind_actions.values(),
        ):
            action.setEnabled(open_board)
        has_todo = open_board and bool(b.to_discuss)
        for action in (
            self.vote_action,
            self.unvote_action,
            self.remove_action,
            self.discuss_action,
        ):
            action.setEnabled(has_todo or (action is self.remove_action and open_board))
        for action in (
            self.toggle_action,
            self.extend_action,
            self.thumbs_action,
            self.finish_action,
        ):
            action.setEnabled(open_board)
        self.voter_combo.setEnabled(open_board)

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

    def _help_groups(self):
        moving = (
            self.tr("Moving around"),
            [
                (self.tr("↑ / ↓"), self.tr("Choose a topic in a column")),
                (self.tr("← / →"), self.tr("Go to the next column")),
                (self.tr("Enter"), self.tr("Discuss the selected topic (in To discuss)")),
                (self.tr("Tab"), self.tr("Next field or button")),
                (self.tr("Alt+O"), self.tr("Choose whose votes you record")),
            ],
        )
        return [*self.groups[:3], None, *self.groups[3:], moving]  # None: next column

    def toggle_presentation(self) -> None:
        self.presentation = not self.presentation
        self.presentation_action.setChecked(self.presentation)
        self._apply_theme()
        self._refresh()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.fullscreen_action.setChecked(self.isFullScreen())

    def escape(self) -> None:
        if self.help.isVisible():
            self.help.hide()
        elif self.isFullScreen():
            self.toggle_fullscreen()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
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

    def closeEvent(self, event) -> None:
        self.ticker.stop()
        if not self.isFullScreen():
            self.ctx.settings.set_geometry("BoardWindow", self.saveGeometry())
        try:
            self.ctx.events.changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)
        self.closed.emit()
