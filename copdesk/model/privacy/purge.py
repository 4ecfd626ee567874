"""After an erasure: clean the old bytes out of the file (or say why not yet)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine

from copdesk.model import db
from copdesk.model.errors import QT_TRANSLATE_NOOP, FileProblem, UserError, disk_full


class PurgeIncomplete(UserError):
    """The erasure is committed, but old bytes may remain in the file (see
    :func:`clean_after_erasure`). *cause*: the ``FileProblem`` that stopped the cleaning;
    without one, another program kept it from finishing."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The personal data was erased, but the file could not be cleaned of the old bytes "
        "yet because another program is reading it. Close the other programs that use the "
        "file, then choose “Forget member” for the same member again to finish.",
    )
    NO_SPACE = QT_TRANSLATE_NOOP(
        "errors",
        "The personal data was erased, but the file could not be cleaned of the old bytes "
        "yet because the disk holding “{path}” is full (cleaning needs room for a second "
        "copy of the file). Free some space, then choose “Forget member” for the same "
        "member again to finish.",
    )
    FAILED = QT_TRANSLATE_NOOP(
        "errors",
        "The personal data was erased, but the file could not be cleaned of the old bytes "
        "yet: {problem} Then choose “Forget member” for the same member again to finish.",
    )

    def __init__(self, cause: FileProblem | None = None) -> None:
        self.cause = cause
        if cause is None:
            super().__init__()
        elif cause.template == disk_full(cause.path).template:
            super().__init__(self.NO_SPACE, path=cause.path)
        else:
            super().__init__(self.FAILED, problem=cause.render())

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        if self.cause is not None and "problem" in self.params:
            self.params["problem"] = self.cause.render(translate)
        return super().render(translate)


def clean_after_erasure(engine: Engine) -> PurgeIncomplete | None:
    """Run :func:`copdesk.model.db.purge_free_space` after a committed erasure; returns
    what to tell the user if old bytes may remain (None: the file is clean)."""
    try:
        return None if db.purge_free_space(engine) else PurgeIncomplete()
    except FileProblem as exc:
        return PurgeIncomplete(exc)
