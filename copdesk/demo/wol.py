"""Step five: the Working Out Loud sub-group, two twelve-week circles as weekly series."""

from __future__ import annotations

from copdesk.demo.content import (
    EXCUSE_NOTES,
    MEMBERS,
    WOL_CHECK_INS,
    WOL_FIRST_CIRCLE,
    WOL_ORGANISER,
    WOL_SECOND_CIRCLE,
    WOL_TAKEAWAYS,
    WOL_WEEKS,
)
from copdesk.demo.content import PHRASES as P
from copdesk.demo.formatting import DAY, WEEK, at, season
from copdesk.demo.state import Demo
from copdesk.demo.store import Row
from copdesk.demo.video import meeting_video
from copdesk.model import entities as E
from copdesk.model.tables import (
    AgendaKind,
    AttendanceStatus,
    MeetingFormat,
    MeetingStatus,
    NoteKind,
    RotationKind,
    RotationRole,
)


def wol(d: Demo) -> None:
    rng = d.rng
    first_start = d.wol_start_day()
    second_start = d.current_circle_start()
    group = d.db.add(
        E.Group,
        name=P["wol_group"],
        parent_id=d.root_id,
        description=P["wol_description"],
        cadence_unit="week",
        cadence_interval=1,
        preferred_weekdays="2",
        window_start="08:30",
        window_end="09:30",
        default_minutes=60,
        active=True,
        created_at=at(first_start - 3 * WEEK, "16:00"),
    )
    gid = group["id"]
    for n in WOL_SECOND_CIRCLE:
        joined = (first_start if n in WOL_FIRST_CIRCLE else second_start) - WEEK
        d.db.add(
            E.GroupMembership,
            group_id=gid,
            member_id=d.people[n]["id"],
            joined_on=joined,
            left_on=None,
        )
    d.db.add(
        E.RotationRule,
        group_id=gid,
        role=RotationRole.MODERATOR.value,
        enabled=True,
        min_attended=1,
        excluded_member_ids="",
    )
    for role in (RotationRole.HOST, RotationRole.CO_MODERATOR, RotationRole.PROTOCOL):
        d.db.add(
            E.RotationRule,
            group_id=gid,
            role=role.value,
            enabled=False,
            min_attended=1,
            excluded_member_ids="",
        )
    host = d.orgs[MEMBERS[WOL_ORGANISER].organisation]  # the organiser's Teams
    turn = 0
    for start, circle in ((first_start, WOL_FIRST_CIRCLE), (second_start, WOL_SECOND_CIRCLE)):
        series = d.db.add(
            E.MeetingSeries,
            group_id=gid,
            title=P["wol_series"].format(season=season(start), year=start.year),
            freq="weekly",
            interval=1,
            count=12,
            ics_sequence=0,
            first_start=at(start, "08:30"),
            duration_minutes=60,
            tz="Europe/Berlin",
            created_at=at(start - 2 * WEEK, "15:00"),
        )
        series["ics_uid"] = f"demo-series-{series['id']}@copdesk"
        people = [d.people[n] for n in circle]
        d.db.add(
            E.InvitationSend,
            meeting_id=None,
            series_id=series["id"],
            sent_at=at(start - 2 * WEEK, "15:05"),
            kind="request",
            sequence=0,
            recipients="\n".join(p["email"] for p in people),
            snapshot="{}",
        )
        video = meeting_video(d.rng, host, d.org_info[host["id"]])
        for k in range(12):
            day = start + k * WEEK
            held = day < d.today
            status = MeetingStatus.HELD if held else MeetingStatus.PLANNED
            notes = ""
            if d.is_holiday(day):
                status, notes = MeetingStatus.CANCELLED, P["wol_holiday"]
            moderator = people[turn % len(people)]
            if status != MeetingStatus.CANCELLED:
                turn += 1
            # one session of the current circle moved to the Wednesday (an exception to
            # the series, sent as an update for that occurrence)
            moved = (
                circle is WOL_SECOND_CIRCLE
                and k == 3
                and d.good_day(day + DAY)
                and status != MeetingStatus.CANCELLED
            )
            if moved:
                notes = P["wol_moved"]
            actual = day + DAY if moved else day
            meeting = d.db.add(
                E.Meeting,
                group_id=gid,
                series_id=series["id"],
                series_index=k,
                series_original_start=at(day, "08:30"),
                title=P["wol_meeting"].format(series=series["title"], week=k + 1),
                start_at=at(actual, "08:30"),
                end_at=at(actual, "09:30"),
                tz="Europe/Berlin",
                format=MeetingFormat.ONLINE.value,
                place="",
                host_org_id=host["id"],
                moderator_id=moderator["id"],
                co_moderator_id=None,
                protocol_writer_id=None,
                status=status.value,
                notes=notes,
                ics_sequence=1 if moved else None,
                update_due=False,
                vote_budget=None,
                timebox_minutes=8,
                extension_minutes=4,
                created_at=series["created_at"],
                **video,
            )
            meeting["ics_uid"] = f"demo-{meeting['id']}@copdesk"
            if moved:
                d.db.add(
                    E.InvitationSend,
                    meeting_id=meeting["id"],
                    series_id=series["id"],
                    sent_at=at(day - 6 * DAY, "13:20"),
                    kind="request",
                    sequence=1,
                    recipients="\n".join(p["email"] for p in people),
                    snapshot="{}",
                )
            A = AgendaKind
            items = [
                d.db.add(
                    E.AgendaItem,
                    meeting_id=meeting["id"],
                    position=pos,
                    kind=kind.value,
                    title=title,
                    minutes=minutes,
                    presenter_id=None,
                    topic_id=None,
                )
                for pos, (kind, title, minutes) in enumerate(
                    (
                        (A.CHECK_IN, P["check_in"], 5),
                        (A.TOPIC, P["wol_kata"].format(week=k + 1, exercise=WOL_WEEKS[k]), 50),
                        (A.CHECK_OUT, P["check_out"], 5),
                    )
                )
            ]
            if status != MeetingStatus.HELD:
                continue
            present: list[Row] = []
            for p in people:
                absent = d.is_absent(p["id"], day)
                if p is moderator:
                    st, note = AttendanceStatus.ATTENDED, ""
                elif absent:
                    st, note = AttendanceStatus.EXCUSED, absent
                elif rng.random() < 0.12:
                    st, note = AttendanceStatus.EXCUSED, rng.choice(EXCUSE_NOTES)
                else:
                    st, note = AttendanceStatus.ATTENDED, ""
                d.db.add(
                    E.Attendance,
                    meeting_id=meeting["id"],
                    member_id=p["id"],
                    status=st.value,
                    note=note,
                )
                if st == AttendanceStatus.ATTENDED:
                    present.append(p)
            speaker = rng.choice(present)
            d.db.add(
                E.MinutesNote,
                meeting_id=meeting["id"],
                agenda_item_id=items[0]["id"],
                topic_id=None,
                member_id=speaker["id"],
                kind=NoteKind.CHECK_IN.value,
                text=rng.choice(WOL_CHECK_INS),
                private=False,
                position=0,
            )
            d.db.add(
                E.MinutesNote,
                meeting_id=meeting["id"],
                agenda_item_id=items[1]["id"],
                topic_id=None,
                member_id=None,
                kind=NoteKind.TAKEAWAY.value,
                text=rng.choice(WOL_TAKEAWAYS),
                private=rng.random() < 0.1,
                position=1,
            )
            d.db.add(
                E.RotationRecord,
                group_id=gid,
                meeting_id=meeting["id"],
                role=RotationRole.MODERATOR.value,
                kind=RotationKind.TURN.value,
                member_id=moderator["id"],
                organisation_id=None,
                other_member_id=None,
                reason="",
                created_at=meeting["end_at"],
            )
