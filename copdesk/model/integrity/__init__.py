"""copdesk.model.integrity."""

from typing import TYPE_CHECKING

# Re-exports for other packages (added by contacts2 for the hand-over and `copdesk check`).
from copdesk.model.integrity.inspection import (
    APPLICATION_ID,
    SQLITE_HEADER,
    check_file,
    inspect_file,
)

if TYPE_CHECKING:
    from copdesk.model.integrity.rebuild import rebuild_in_place
    from copdesk.model.integrity.values import BadValue
else:

    def __getattr__(name: str) -> object:
        # db imports this package at start-up: rebuild (with schema) and values cost ~15 ms
        # there, so these two load on first use (PEP 562), typed as above for mypy
        if name == "rebuild_in_place":
            from copdesk.model.integrity.rebuild import rebuild_in_place  # deferred: start-up cost

            return rebuild_in_place
        if name == "BadValue":
            from copdesk.model.integrity.values import BadValue  # deferred: start-up cost

            return BadValue
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APPLICATION_ID",
    "SQLITE_HEADER",
    "BadValue",
    "check_file",
    "inspect_file",
    "rebuild_in_place",
]
