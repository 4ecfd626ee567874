"""A community with two sub-groups and meetings on both sides of the last plenary."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from copdesk.model import entities as E
from copdesk.model import groups, uow
from copdesk.model.groups import GroupData
from copdesk.model.tables import MeetingStatus, NoteKind


def at(day: dt.date, hour: int = 14) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour - 1, 0, tzinfo=dt.UTC)


def add_meeting(session, group_id: int, title: str, day: dt.date, status=MeetingStatus.HELD):
    m = E.Meeting(
        group_id=group_id,
        title=title,
        start_at=at(day),
        end_at=at(day, 15),
        tz="Europe/Berlin",
        status=status.value,
    )
    session.add(m)
    session.flush()
    return m.id


def note(session, meeting_id: int, text: str, kind=NoteKind.TAKEAWAY, private=False) -> None:
    session.add(E.MinutesNote(meeting_id=meeting_id, kind=kind.value, text=text, private=private))
    session.flush()


def decide(session, meeting_id: int, text: str) -> None:
    session.add(E.Decision(meeting_id=meeting_id, text=text))
    session.flush()


@dataclass
class Story:
    root: int
    wol: int
    ki: int
    old_plenary: int
    last_plenary: int
    plenary: int  # the next one, planned: the report goes here
    wol_before: int  # before the last plenary: not in the report
    wol_1: int
    wol_2: int
    wol_cancelled: int
    ki_1: int


def build(community) -> Story:
    wol, _ = uow.write(community, groups.add_group, GroupData(name="Working Out Loud"))
    ki, _ = uow.write(community, groups.add_group, GroupData(name="KI-Werkstatt"))

    def fill(session) -> Story:
        root = groups.root_group(session).id
        d = dt.date
        ids = {
            "old_plenary": add_meeting(session, root, "CoP Q3", d(2026, 9, 10)),
            "wol_before": add_meeting(session, wol, "WOL Woche 0", d(2026, 11, 3)),
            "last_plenary": add_meeting(session, root, "CoP Q4", d(2026, 12, 3)),
            "wol_1": add_meeting(session, wol, "WOL Woche 1", d(2026, 12, 8)),
            "ki_1": add_meeting(session, ki, "KI Sprechstunde", d(2026, 12, 10)),
            "wol_cancelled": add_meeting(
                session, wol, "WOL Woche 2", d(2026, 12, 15), MeetingStatus.CANCELLED
            ),
            "wol_2": add_meeting(
                session, wol, "WOL Woche 3", d(2026, 12, 22), MeetingStatus.PLANNED
            ),
            "plenary": add_meeting(session, root, "CoP Q1", d(2027, 1, 14), MeetingStatus.PLANNED),
        }
        add_meeting(session, wol, "WOL nach dem Plenum", d(2027, 1, 19), MeetingStatus.PLANNED)
        decide(session, ids["wol_before"], "Alter Beschluss vor dem Plenum")
        decide(session, ids["wol_1"], "Wir treffen uns dienstags.")
        note(session, ids["wol_1"], "Beziehungen zuerst, dann Ziele.")
        note(session, ids["wol_1"], "Privates Detail", private=True)
        note(session, ids["wol_1"], "Nur eine Notiz", kind=NoteKind.NOTE)
        note(session, ids["ki_1"], "Prompts teilen spart Zeit.")
        return Story(root=root, wol=wol, ki=ki, **ids)

    return uow.write(community, fill)[0]
