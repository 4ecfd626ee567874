"""What the group dialog and the command line hand to the use cases."""

from __future__ import annotations

from dataclasses import dataclass

CADENCE_UNITS = ("week", "month")


@dataclass(frozen=True, slots=True)
class GroupData:
    """A group's editable fields; ``purpose`` is stored as the group's description."""

    name: str
    purpose: str = ""
    cadence_unit: str = "month"  # week | month
    cadence_interval: int = 1
    weekdays: tuple[int, ...] = (2, 3, 4)  # ISO: 1 = Monday
    window_start: str = "14:00"
    window_end: str = "16:00"
    default_minutes: int = 90
    # what a new meeting of the group starts with (see ``meetings.with_group_defaults``)
    video_tool: str = ""  # a ``VideoTool`` value; "" = none
    join_url: str = ""
    whiteboard_url: str = ""
    # the group's rotation rule for the moderation role (``rotation_rule.enabled``)
    rotates_moderation: bool = True
