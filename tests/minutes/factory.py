"""Protocol data built directly (no database) for the PDF tests."""

from __future__ import annotations

import datetime as dt

from copdesk.model.minutes.dto import (
    ActionRow,
    AgendaRow,
    AttendeeRow,
    DecisionRow,
    GuestRow,
    Minutes,
    NextMeeting,
    NoteRow,
    TopicRow,
    VersionRow,
)

START = dt.datetime(2026, 3, 12, 13, 0, tzinfo=dt.UTC)  # 14:00 in Berlin
PEOPLE = [
    (1, "Jürgen Weiß", "Stadt Heidelberg"),
    (2, "Sabine Groß", "Stadt Heidelberg"),
    (3, "Katrin Özdemir", "Stadt Reutlingen"),
    (4, "Björn Meißner", "Stadt Darmstadt"),
    (5, "Dragana Petrović", "Stadt Offenbach am Main"),
    (6, "Nadine Jäger", "Stadtwerke Gießen"),
    (7, "Ursula Köhler", "Stadt Darmstadt"),
]


def action(
    k: int, owner=PEOPLE[0], description="Übersicht der Maßnahmen erstellen", **kw
) -> ActionRow:
    values = {
        "id": k,
        "meeting_id": 1,
        "meeting_title": "CoP-Treffen Q1/2026",
        "meeting_on": START.date(),
        "agenda_item_id": None,
        "topic_id": None,
        "owner_id": owner[0] if owner else None,
        "owner": owner[1] if owner else "",
        "organisation": owner[2] if owner else "",
        "description": description,
        "due_on": dt.date(2026, 4, 30),
        "status": "open",
        "done_on": None,
        "carried_from_id": None,
        "carried_to_meeting": "",
        "version": 1,
        "overdue": False,
    }
    values.update(kw)
    return ActionRow(**values)


def make_minutes(
    *, topics: int = 3, actions: int = 3, note_text: str | None = None, versions=(), **overrides
) -> Minutes:
    agenda = [AgendaRow(100, 0, "check_in", "Check-in-Runde", None, "")]
    agenda += [
        AgendaRow(
            101 + k, k + 1, "topic", f"Thema {k + 1}: Führung und Ausbildung", None, "Sabine Groß"
        )
        for k in range(topics)
    ]
    agenda.append(AgendaRow(999, topics + 2, "break", "Pause", None, ""))
    notes = [
        NoteRow(
            1,
            100,
            None,
            "",
            2,
            "Sabine Groß",
            "check_in",
            "Gerade viel los mit der Haushaltsplanung.",
            False,
            0,
        ),
        NoteRow(
            2,
            100,
            None,
            "",
            3,
            "Katrin Özdemir",
            "check_in",
            "VERTRAULICH-CHECKIN Pflegesituation in der Familie.",
            True,
            1,
        ),
    ]
    for k in range(topics):
        notes.append(
            NoteRow(
                10 + k,
                101 + k,
                None,
                "",
                None,
                "",
                "note",
                note_text
                if note_text is not None and k == 0
                else f"Erfahrungsaustausch zu Thema {k + 1}: Straßenbau, Größe, Maß.",
                False,
                10 + k,
            )
        )
        notes.append(
            NoteRow(
                500 + k,
                101 + k,
                None,
                "",
                None,
                "",
                "takeaway",
                f"Ergebnis {k + 1}: weniger ist mehr.",
                False,
                500 + k,
            )
        )
    notes.append(
        NoteRow(
            9999,
            101,
            None,
            "",
            None,
            "",
            "note",
            "GEHEIME-NOTIZ nur für die Kerngruppe",
            True,
            9999,
        )
    )
    values = dict(  # noqa: C408 - keyword form reads like the DTO
        meeting_id=1,
        group_id=1,
        group_name="CoP Personalentwicklung Süd-West",
        community="CoP Personalentwicklung Süd-West",
        title="CoP-Treffen Q1/2026",
        start_at=START,
        end_at=START + dt.timedelta(hours=2),
        tz="Europe/Berlin",
        format="online",
        video_tool="teams",
        place="",
        status="held",
        host="Stadt Heidelberg",
        moderator="Jürgen Weiß",
        co_moderator="Katrin Özdemir",
        protocol_writer="Björn Meißner",
        attendees=tuple(
            AttendeeRow(i, n, o, "excused" if i == 7 else "attended", "") for i, n, o in PEOPLE
        ),
        guests=(GuestRow(1, "Dr. Petra Lindemann", "Stadt Mannheim", "", True),),
        agenda=tuple(agenda),
        notes=tuple(notes),
        decisions=(
            DecisionRow(
                1,
                101,
                None,
                "Die Größe der Teilgruppe bleibt bei fünf Personen; Maßstab ist die Lernzeit.",
                0,
            ),
        ),
        actions=tuple(
            action(
                k,
                PEOPLE[k % len(PEOPLE)],
                f"Aufgabe {k + 1}: Fortbildungsmaßnahmen prüfen",
                agenda_item_id=101 + (k % max(topics, 1)) if topics else None,
            )
            for k in range(actions)
        ),
        earlier_actions=(
            action(
                900,
                PEOPLE[5],
                "Checkliste für neue Organisierende",
                meeting_title="CoP-Treffen Q4/2025",
                overdue=True,
                due_on=dt.date(2025, 12, 18),
            ),
        ),
        versions=tuple(versions),
        changed_since_version=not versions,
        next_meeting=NextMeeting(
            "CoP-Treffen Q2/2026",
            START + dt.timedelta(days=90),
            START + dt.timedelta(days=90, hours=2),
            "Europe/Berlin",
            "Katrin Özdemir",
            "Stadt Reutlingen",
        ),
        top_topics=(TopicRow("Lernreisen (Learning Journeys)", "Katrin Özdemir", 6),),
    )
    values.update(overrides)
    return Minutes(**values)


def version(number: int, changes: str = "") -> VersionRow:
    return VersionRow(number, START + dt.timedelta(days=7 * number), changes)
