"""The Meetings page: the meeting list and month calendar, the overview, agenda and
attendance editors, and the dialogs to plan, edit, suggest and repeat meetings.

Also the members' absences (``add_absences_action``, used by the Members page).
``MeetingsPage`` is loaded when first asked for: the main window builds the page by name
(``ui.pages.registry``) and the Members page needs only the absences, not the whole page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from copdesk.ui.meetings.absence_dialog import add_absences_action

if TYPE_CHECKING:
    from copdesk.ui.meetings.page import MeetingsPage

__all__ = ["MeetingsPage", "add_absences_action"]


def __getattr__(name: str) -> object:
    if name == "MeetingsPage":
        from copdesk.ui.meetings.page import MeetingsPage  # deferred: start-up cost

        return MeetingsPage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
