"""One unit of work per user action: a session that commits or rolls back, then closes.

Use cases are plain functions ``fn(session, *args) -> result``. :func:`write` runs one,
records what it changed (see ``changes.py``) and turns storage failures into
``UserError``s; nothing is half-applied. :func:`read` runs a query function; a read that
would write (a flush, an insert/update/delete statement) is a bug and raises
``ProgrammingError``: what it changed would be rolled back silently, or worse, not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import event
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction
from sqlalchemy.orm.exc import StaleDataError

from copdesk.model import changes as ch
from copdesk.model import (
    errors,
    integrity,  # noqa: F401 - registers the row checks on import
)
from copdesk.model.db import Community, map_operational_error

T = TypeVar("T")
P = ParamSpec("P")
READ_ONLY_KEY = "copdesk.read_only"


def prepare_orm() -> None:
    """Declare and configure the ORM classes (~60 ms) ahead of the first use case.

    The window's first paint needs only the Core tables of ``tables.py``; the app calls this
    right after it, so that the first page the user opens does not pay for it.
    """
    from sqlalchemy.orm import configure_mappers  # deferred: after the window shows

    from copdesk.model import entities  # noqa: F401 - declares the mapped classes

    configure_mappers()


def write(
    community: Community,
    fn: Callable[Concatenate[Session, P], T],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> tuple[T, ch.Changes]:
    """Run *fn* in a new session and commit; return its result and what it changed."""
    session = community.session()
    log = ch.start_recording(session)
    try:
        with session.begin():
            result = fn(session, *args, **kwargs)
            session.flush()
        return result, ch.Changes.of(log)
    except BaseException as exc:
        raise translate_exception(community, exc) from exc
    finally:
        session.close()


def read(
    community: Community,
    fn: Callable[Concatenate[Session, P], T],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> T:
    """Run a query function in a short read-only session."""
    session = community.session()
    session.info[READ_ONLY_KEY] = True
    try:
        return fn(session, *args, **kwargs)
    except BaseException as exc:
        raise translate_exception(community, exc) from exc
    finally:
        session.close()


@event.listens_for(Session, "before_flush")
def _refuse_flush_in_read(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    if session.info.get(READ_ONLY_KEY):
        raise errors.ProgrammingError(
            "a read unit of work changed objects (flush): use uow.write for changes"
        )


@event.listens_for(Session, "do_orm_execute")
def _refuse_writes_in_read(state: ORMExecuteState) -> None:
    if state.session.info.get(READ_ONLY_KEY) and (
        state.is_insert or state.is_update or state.is_delete
    ):
        raise errors.ProgrammingError(
            f"a read unit of work executed a write: use uow.write ({state.statement})"
        )


def replay(community: Community, changes: ch.Changes, *, undo: bool) -> ch.Changes:
    """Undo or redo a recorded change in its own unit of work."""
    session: Session = community.session()
    try:
        with session.begin():
            return ch.apply(session, changes, undo=undo)
    except BaseException as exc:
        raise translate_exception(community, exc) from exc
    finally:
        session.close()


def translate_exception(community: Community, exc: BaseException) -> BaseException:
    """Storage problems become user errors; anything else stays a bug."""
    if isinstance(exc, errors.UserError):
        return exc
    if isinstance(exc, StaleDataError):
        return errors.ConflictError()
    if isinstance(exc, sa_exc.OperationalError):
        return map_operational_error(community.path, exc.orig or exc)
    if isinstance(exc, sa_exc.IntegrityError):
        return errors.UserError(
            errors.QT_TRANSLATE_NOOP(
                "errors", "This change conflicts with data that is already stored."
            )
        )
    return exc
