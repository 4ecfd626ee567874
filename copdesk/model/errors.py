"""Errors a user can act on, as opposed to bugs.

A :class:`UserError` carries an English message template (found by ``lupdate`` through
``QT_TRANSLATE_NOOP`` in context ``"errors"``) and its parameters. The UI and the command
line translate the template and fill in the parameters; nothing else is shown to users.
Anything that is not a ``UserError`` is a bug: logged with its traceback.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

# a file's path as the messages show it
StrPath = str | os.PathLike[str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks *text* for translation without importing Qt (the model layer stays Qt-free)."""
    return text


CTX = "errors"


class UserError(Exception):
    """A problem the user caused or can fix; the data is unchanged when it is raised."""

    template: str = QT_TRANSLATE_NOOP("errors", "The action could not be completed.")

    def __init__(self, template: str | None = None, /, **params: object) -> None:
        self.template = template or type(self).template
        self.params = params
        super().__init__(self.render())

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        text = translate(CTX, self.template) if translate else self.template
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return text


class ProgrammingError(Exception):
    """A rule of the code broken (e.g. a change undo cannot record): always a bug, never
    shown to users as something they can fix."""


class ValidationError(UserError):
    """Invalid input; ``field`` names the offending field for inline display."""

    def __init__(self, template: str, /, field: str = "", **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


class ConflictError(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This record was changed elsewhere in the meantime. Reload and try again."
    )


class NotFoundError(UserError):
    template = QT_TRANSLATE_NOOP("errors", "The record no longer exists.")


class FileProblem(UserError):
    """A community file cannot be used; the file is left byte-for-byte unchanged."""

    def __init__(self, template: str, /, path: object = "", **params: object) -> None:
        self.path = str(path)
        super().__init__(template, path=self.path, **params)


def not_a_community_file(path: StrPath) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” is not a CoP Desk community file. Choose a file ending in .copdesk, "
            "or create a new community.",
        ),
        path=path,
    )


def corrupt_file(path: StrPath, detail: str = "") -> FileProblem:
    """*detail* is SQLite's own (English, technical) description, shown in brackets."""
    return FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” is damaged and was left untouched. Restore the latest backup from the "
            "File menu or ask the previous organiser for a copy. (Technical detail: {detail})",
        ),
        path=path,
        detail=detail or "quick_check",
    )


def too_new_file(path: StrPath, revision: str | None) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” was written by a newer version of CoP Desk (schema {revision}). "
            "Install the newer version to open it; the file was not changed.",
        ),
        path=path,
        revision=revision,
    )


def read_only_file(path: StrPath) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” cannot be written (read-only file or folder). Copy it to a folder "
            "you can write to, for example your documents, and open the copy.",
        ),
        path=path,
    )


def file_locked(path: StrPath, holder: Mapping[str, object] | None = None) -> FileProblem:
    """*holder*: what the lock file says (user, host, since), if anything."""
    holder = holder or {}
    if holder.get("user") and holder.get("host"):
        return FileProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{path}” is already open in CoP Desk ({user} on {host}, since {since}). "
                "Close it there first, then open the file again.",
            ),
            path=path,
            user=holder["user"],
            host=holder["host"],
            since=holder.get("since", ""),
        )
    return FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” is in use by another program. Close it there first, then open the "
            "file again.",
        ),
        path=path,
    )


def disk_full(path: StrPath) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "The disk holding “{path}” is full. Nothing was lost; free some space and try again.",
        ),
        path=path,
    )


def file_missing(path: StrPath) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP("errors", "“{path}” does not exist."),
        path=path,
    )


def cannot_write(path: StrPath, detail: str) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP("errors", "“{path}” could not be written: {detail}"),
        path=path,
        detail=detail,
    )
