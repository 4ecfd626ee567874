"""copdesk.model.integrity."""

# Re-exports for other packages (added by contacts2 for the hand-over and `copdesk check`).
from copdesk.model.integrity.inspection import (
    APPLICATION_ID,
    SQLITE_HEADER,
    check_file,
    inspect_file,
)
from copdesk.model.integrity.rebuild import rebuild_in_place
from copdesk.model.integrity.values import BadValue

__all__ = [
    "APPLICATION_ID",
    "SQLITE_HEADER",
    "BadValue",
    "check_file",
    "inspect_file",
    "rebuild_in_place",
]
