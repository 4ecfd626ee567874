"""The Rotation page: the forecast of who hosts and takes which role next and why, the
confirm/swap/skip/volunteer/hand-back steps, the rules, the turns chart and the history.

Also the meeting editor's "Suggest from rotation" button (``add_rotation_button``, used by
the Meetings page). ``RotationPage`` is loaded when first asked for: the main window builds
the page by name (``ui.pages.registry``) and the Meetings page needs only the button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from copdesk.ui.rotation.suggest import Suggest, add_rotation_button

if TYPE_CHECKING:
    from copdesk.ui.rotation.page import RotationPage

__all__ = ["RotationPage", "Suggest", "add_rotation_button"]


def __getattr__(name: str) -> object:
    if name == "RotationPage":
        from copdesk.ui.rotation.page import RotationPage  # deferred: start-up cost

        return RotationPage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
