"""Data protection: consent, subject access (Art. 15), erasure (Art. 17) — on the demo file.

The erasure test searches the raw bytes of the community file and its -wal for the name,
e-mail and phone, after planting them in free-text notes elsewhere (minutes, topics, a
guest row, a finalised protocol snapshot with JSON-escaped umlauts, an action item).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from copdesk.model import db, members, privacy, uow
from copdesk.model import entities as E

SABINE = "Sabine Groß"
EMAIL = "sabine.gross@heidelberg.example"


def member_id(com, last_name: str) -> int:
    return uow.read(
        com, lambda s: s.scalar(select(E.Member.id).where(E.Member.last_name == last_name))
    )


def plant_mentions(com, mid: int) -> dict:
    """Free text elsewhere that mentions Sabine by name, e-mail and phone."""

    def plant(session):
        member = session.get(E.Member, mid)
        meeting = session.scalar(
            select(E.Meeting)
            .where(E.Meeting.status == E.MeetingStatus.HELD)
            .order_by(E.Meeting.start_at.desc())
        )
        phone_national = "0" + re.sub(r"\D", "", member.phone)[2:]  # +49 30 … → 030…
        session.add(
            E.MinutesNote(
                meeting_id=meeting.id,
                kind=E.NoteKind.NOTE,
                position=99,
                text=f"Rückfragen an {member.first_name} {member.last_name} "
                f"({member.email.upper()}, Tel. {phone_national}).",
            )
        )
        session.add(
            E.Decision(
                meeting_id=meeting.id, position=99, text="Groß, Sabine stellt das Konzept vor."
            )
        )
        session.add(
            E.Guest(
                meeting_id=meeting.id,
                name="Sabine Groß",
                organisation="Stadt Heidelberg",
                email=member.email,
            )
        )
        session.add(
            E.ProtocolVersion(
                meeting_id=meeting.id,
                number=42,
                snapshot=json.dumps({"moderator": "Sabine Groß", "mail": member.email}),
                changes="Moderation: Sabine Groß",
            )
        )
        topic = session.scalar(select(E.Topic).order_by(E.Topic.id))
        topic.description += f"\nAnsprechpartnerin: Frau Groß, {member.phone}"
        other = session.scalar(select(E.Member).where(E.Member.id != mid))
        other.notes = f"Vertritt {member.first_name} bei Abwesenheit."  # theirs: listed only
        session.add(
            E.Decision(
                meeting_id=meeting.id,
                position=98,
                text=f"Danke an {member.first_name} für die Vorbereitung.",
            )
        )
        session.add(
            E.MinutesNote(
                meeting_id=meeting.id,
                member_id=mid,
                kind=E.NoteKind.CHECK_IN,
                private=True,
                position=98,
                text="Vertraulich: Umzug.",
            )
        )
        return {"phone": member.phone, "phone_national": phone_national}

    planted, _ = uow.write(com, plant)
    return planted


def counts(com, mid: int) -> dict:
    def read(session):
        def n(stmt):
            return session.scalar(stmt) or 0

        return {
            "meetings": n(select(func.count()).select_from(E.Meeting)),
            "attendance": n(select(func.count()).select_from(E.Attendance)),
            "attended": n(
                select(func.count())
                .select_from(E.Attendance)
                .where(
                    E.Attendance.member_id == mid,
                    E.Attendance.status == E.AttendanceStatus.ATTENDED,
                )
            ),
            "rotation": n(select(func.count()).select_from(E.RotationRecord)),
            "actions": n(select(func.count()).select_from(E.ActionItem)),
            "topics": n(select(func.count()).select_from(E.Topic)),
            "votes": n(select(func.sum(E.TopicVote.count))),
            "guests": n(select(func.count()).select_from(E.Guest)),
            "members": n(select(func.count()).select_from(E.Member)),
        }

    return {**uow.read(com, read), "history": uow.read(com, members.history, mid)}


def raw_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    wal = Path(f"{path}-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def phone_variants(phone: str) -> set[str]:
    digits = re.sub(r"\D", "", phone)
    return {phone, digits, "0" + digits[2:], "+" + digits, phone.replace(" ", "")}


def test_members_without_consent(demo):
    names = [r.name for r in uow.read(demo, privacy.members_without_consent)]
    assert names == ["Björn Meißner", "Hannah Schröder"]
    mid = member_id(demo, "Meißner")
    uow.write(demo, privacy.set_consent, mid, dt.date(2025, 1, 10))
    assert [r.name for r in uow.read(demo, privacy.members_without_consent)] == ["Hannah Schröder"]


def test_subject_access_has_everything(demo):
    mid = member_id(demo, "Groß")
    plant_mentions(demo, mid)
    report = uow.read(demo, privacy.subject_access, mid)
    json.loads(privacy.subject_access_json(report))  # valid JSON, UTF-8
    assert report["member"]["email"] == EMAIL
    assert report["member"]["organisation"] == "Stadt Heidelberg"
    assert report["absences"] and report["attendance"] and report["roles"]
    assert report["rotation"] and report["votes"] and report["minutes_notes"]
    assert report["invitations"]
    assert any(n["private"] for n in report["minutes_notes"])
    mentioned = {m["table"] for m in report["mentions"]}
    assert {"minutes_note", "decision", "guest", "protocol_version", "topic", "member"} <= mentioned
    history = uow.read(demo, members.history, mid)
    assert len(report["attendance"]) == history.attendances


def test_subject_access_text(demo, qapp, tmp_path):
    import os

    from copdesk.formats.privacy_report import render_text, write_report

    mid = member_id(demo, "Groß")
    report = uow.read(demo, privacy.subject_access, mid)
    text = render_text(report)
    assert SABINE.split()[0] in text and EMAIL in text
    assert "Absences (1)" in text
    json_path, text_path = write_report(tmp_path / "auskunft.json", report)
    assert text_path == tmp_path / "auskunft.txt"
    assert json.loads(json_path.read_text(encoding="utf-8"))["member"]["last_name"] == "Groß"
    raw = text_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    if os.name == "posix":
        assert json_path.stat().st_mode & 0o777 == 0o600
        assert text_path.stat().st_mode & 0o777 == 0o600


def test_forget_leaves_no_trace_and_keeps_the_counts(demo, caplog):
    path = demo.path
    mid = member_id(demo, "Groß")
    planted = plant_mentions(demo, mid)
    member = uow.read(demo, lambda s: s.get(E.Member, mid))
    before = counts(demo, mid)
    # the last name alone is checked as a word below: "Großer Sitzungssaal" is no trace
    needles = {
        SABINE,
        "Groß, Sabine",
        member.email,
        member.email.upper(),
        *phone_variants(planted["phone"]),
        planted["phone_national"],
    }
    data = raw_bytes(path)
    for needle in (SABINE, member.email, planted["phone_national"]):
        assert needle.encode() in data  # the test would prove nothing otherwise

    preview = uow.read(demo, privacy.forget_preview, mid, pseudonym="ehemaliges Mitglied")
    assert preview.pseudonym == "ehemaliges Mitglied (S. G.)"
    assert preview.absences == 1 and preview.private_notes >= 1 and preview.mentions >= 7
    # another member's notes mention her: listed for the organiser, never rewritten
    assert [(m.table, m.field, m.reason) for m in preview.kept] == [
        ("member", "notes", privacy.OTHER_MEMBER)
    ]
    with caplog.at_level(logging.DEBUG):
        result, _ = uow.write(
            demo, privacy.forget_member, mid, pseudonym="ehemaliges Mitglied", removed="[entfernt]"
        )
        assert db.purge_free_space(demo.engine)
    assert result.pseudonym == "ehemaliges Mitglied (S. G.)"
    # the log holds ids only
    for record in caplog.records:
        message = record.getMessage()
        assert "Groß" not in message and "sabine" not in message.lower()

    data = raw_bytes(path)
    for needle in needles:
        assert needle.encode() not in data, needle
    assert member.email.lower().encode() not in data.lower()
    # the first name is left only in the other member's own notes
    assert data.count(b"Sabine") == 1 and b"Vertritt Sabine bei" in data
    # the last name only survives inside other words ("Großer Sitzungssaal")
    assert not re.search(rb"(?<![\w\x80-\xff])Gro\xc3\x9f(?![\w\x80-\xff])", data)
    assert b"Gro\\u00df" not in data and b"Gro\\\\u00df" not in data
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0

    after = counts(demo, mid)
    assert after["history"].attendances == before["history"].attendances
    assert after["history"].roles == before["history"].roles
    assert after["history"].rotation_turns == before["history"].rotation_turns
    assert after["history"].action_items == before["history"].action_items
    assert after["history"].topics == before["history"].topics
    for key in (
        "meetings",
        "attendance",
        "attended",
        "rotation",
        "actions",
        "topics",
        "votes",
        "guests",
        "members",
    ):
        assert after[key] == before[key], key

    # what is left reads sensibly
    def texts(session):
        note = session.scalar(
            select(E.MinutesNote.text).where(E.MinutesNote.text.like("Rückfragen an%"))
        )
        guest = session.scalar(select(E.Guest).where(E.Guest.name.like("ehemaliges%")))
        forgotten = session.get(E.Member, mid)
        return note, guest.email, forgotten, len(forgotten.absences)

    note, guest_email, forgotten, absences = uow.read(demo, texts)
    assert note == "Rückfragen an ehemaliges Mitglied (S. G.) ([entfernt], Tel. [entfernt])."
    assert guest_email == "[entfernt]"
    assert (forgotten.first_name, forgotten.last_name, forgotten.email, forgotten.phone) == (
        "",
        "ehemaliges Mitglied (S. G.)",
        "",
        "",
    )
    assert not forgotten.active and forgotten.forgotten_on is not None
    assert absences == 0


def test_forget_twice_is_refused(demo):
    mid = member_id(demo, "Jäger")
    uow.write(demo, privacy.forget_member, mid)
    with pytest.raises(privacy.AlreadyForgotten):
        uow.write(demo, privacy.forget_member, mid)
    with pytest.raises(privacy.AlreadyForgotten):
        uow.read(demo, privacy.forget_preview, mid)


def test_forget_keeps_another_member_with_the_same_first_name(community):
    from copdesk.model.dto import MemberData

    a, _ = uow.write(
        community,
        members.add_member,
        MemberData(first_name="Anna", last_name="Alt", email="anna.alt@x.example"),
    )
    b, _ = uow.write(
        community,
        members.add_member,
        MemberData(
            first_name="Anna",
            last_name="Bleibt",
            notes="Anna Alt und Anna Bleibt teilen sich die Stelle.",
        ),
    )
    uow.write(
        community,
        lambda s: s.add(
            E.Topic(
                group_id=s.scalar(select(E.Group.id)),
                title="Jobsharing",
                proposed_on=dt.date.today(),
                description="Anna Alt und Anna Bleibt berichten.",
            )
        ),
    )
    preview = uow.read(community, privacy.forget_preview, a)
    assert [(m.table, m.changes) for m in preview.texts] == [("member", False), ("topic", True)]
    uow.write(community, privacy.forget_member, a, pseudonym="former member")
    # Anna Bleibt's own record is hers: unchanged (the preview listed it for a manual edit)
    notes = uow.read(community, lambda s: s.get(E.Member, b).notes)
    assert notes == "Anna Alt und Anna Bleibt teilen sich die Stelle."
    description = uow.read(community, lambda s: s.scalar(select(E.Topic.description)))
    assert description == "former member (A. A.) und Anna Bleibt berichten."


def test_traces_match_phone_variants():
    traces = privacy.Traces(
        "Lea", "Schäfer", "lea@x.example", "+49 30 23125 002", removed="[r]", pseudonym="P"
    )
    for text in (
        "Tel. +49 30 23125 002",
        "Tel. 030/23125002",
        "Tel. 0049 (30) 23125-002",
        "Tel. +4930 231 25 002",
        "Tel. (030) 23125002",
        "Tel. +49 (0)30 23125 002",
    ):
        assert traces.scrub(text) == "Tel. [r]", text
    assert traces.scrub("Nr. 49302312500299") == "Nr. 49302312500299"  # longer number
    assert traces.scrub("Frau Schäfer und Lea") == "P und P"  # the form of address goes too
    assert traces.scrub("Schäferhund") == "Schäferhund"
    assert traces.scrub("LEA@X.EXAMPLE") == "[r]"
