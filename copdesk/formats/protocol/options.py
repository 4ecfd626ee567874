"""What the caller chooses for a protocol, and how a build reports progress or stops."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]

PROGRESS_TOTAL = 1000


class Cancelled(Exception):
    """The user cancelled the build; nothing was written."""


@dataclass(frozen=True)
class ProtocolOptions:
    share_safe: bool = False
    logo: Path | str | None = None
    include_topics: bool = True
    include_earlier: bool = True


DEFAULT_OPTIONS = ProtocolOptions()
