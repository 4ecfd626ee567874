"""The community's data as typed ORM classes, one per table of ``tables.py``.

The columns are declared once, in ``tables.py``; the annotations here give each attribute
its Python type (``tests/model/test_entities.py`` checks that both agree). Relationships,
version counters and convenience properties live here. No session use and no rules: use
cases live in the modules named after what they do (``members.py``, ``meetings.py`` ...).

Importing this module declares the mappers (~40 ms), so the start-up path (overview, group
list) uses ``tables.py`` and this module is first imported after the window has painted.
"""

import datetime as dt

from sqlalchemy.orm import Mapped, relationship

from copdesk.model import tables as T
from copdesk.model.base import Base

# the stored values, re-exported for use cases (E.OrgKind …)
ActionStatus = T.ActionStatus
AgendaKind = T.AgendaKind
AttendanceStatus = T.AttendanceStatus
BoardColumn = T.BoardColumn
MeetingFormat = T.MeetingFormat
MeetingStatus = T.MeetingStatus
NoteKind = T.NoteKind
OrgKind = T.OrgKind
RotationKind = T.RotationKind
RotationRole = T.RotationRole
TopicStatus = T.TopicStatus
VideoTool = T.VideoTool
new_uid = T.new_uid

# --- people and organisations -------------------------------------------------------


class Setting(Base):
    """Settings stored in the community file itself (travel with it on hand-over)."""

    __table__ = T.setting
    key: Mapped[str]
    value: Mapped[str]


class Organisation(Base):
    __table__ = T.organisation
    __mapper_args__ = {"version_id_col": T.organisation.c.version}  # noqa: RUF012 - SQLAlchemy types it, not ClassVar
    id: Mapped[int]
    name: Mapped[str]
    kind: Mapped[str]
    state: Mapped[str]
    city: Mapped[str]
    video_tool: Mapped[str]
    video_link: Mapped[str]
    video_dialin: Mapped[str]
    video_text: Mapped[str]
    notes: Mapped[str]
    created_at: Mapped[dt.datetime]
    version: Mapped[int]

    members: Mapped[list["Member"]] = relationship(back_populates="organisation")


class Member(Base):
    __table__ = T.member
    __mapper_args__ = {"version_id_col": T.member.c.version}  # noqa: RUF012 - SQLAlchemy types it, not ClassVar
    id: Mapped[int]
    first_name: Mapped[str]
    last_name: Mapped[str]
    organisation_id: Mapped[int | None]
    email: Mapped[str]
    phone: Mapped[str]
    function: Mapped[str]
    offers: Mapped[str]
    seeks: Mapped[str]
    joined_on: Mapped[dt.date | None]
    left_on: Mapped[dt.date | None]
    active: Mapped[bool]
    consent_on: Mapped[dt.date | None]
    forgotten_on: Mapped[dt.date | None]
    notes: Mapped[str]
    created_at: Mapped[dt.datetime]
    version: Mapped[int]

    organisation: Mapped["Organisation | None"] = relationship(back_populates="members")
    absences: Mapped[list["Absence"]] = relationship(
        back_populates="member", cascade="all, delete-orphan"
    )
    groups: Mapped[list["GroupMembership"]] = relationship(
        back_populates="member", cascade="all, delete-orphan"
    )

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


class Absence(Base):
    __table__ = T.absence
    id: Mapped[int]
    member_id: Mapped[int]
    start_on: Mapped[dt.date]
    end_on: Mapped[dt.date]
    note: Mapped[str]

    member: Mapped["Member"] = relationship(back_populates="absences")


# --- groups ----------------------------------------------------------------------


class Group(Base):
    """The CoP itself (no parent) or one of its sub-groups, with its meeting cadence."""

    __table__ = T.cop_group
    __mapper_args__ = {"version_id_col": T.cop_group.c.version}  # noqa: RUF012 - SQLAlchemy types it, not ClassVar
    id: Mapped[int]
    name: Mapped[str]
    parent_id: Mapped[int | None]
    description: Mapped[str]
    cadence_unit: Mapped[str]
    cadence_interval: Mapped[int]
    preferred_weekdays: Mapped[str]
    window_start: Mapped[str]
    window_end: Mapped[str]
    default_minutes: Mapped[int]
    active: Mapped[bool]
    created_at: Mapped[dt.datetime]
    version: Mapped[int]
    video_tool: Mapped[str]
    join_url: Mapped[str]
    whiteboard_url: Mapped[str]

    memberships: Mapped[list["GroupMembership"]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )


class GroupMembership(Base):
    __table__ = T.group_membership
    group_id: Mapped[int]
    member_id: Mapped[int]
    joined_on: Mapped[dt.date | None]
    left_on: Mapped[dt.date | None]

    group: Mapped["Group"] = relationship(back_populates="memberships")
    member: Mapped["Member"] = relationship(back_populates="groups")


# --- learning circles ------------------------------------------------------------


class Cohort(Base):
    """One run of a learning circle (Working Out Loud, lernOS): weekly sessions, then an end."""

    __table__ = T.cohort
    __mapper_args__ = {"version_id_col": T.cohort.c.version}  # noqa: RUF012 - SQLAlchemy types it, not ClassVar
    id: Mapped[int]
    group_id: Mapped[int]
    number: Mapped[int]
    title: Mapped[str]
    start_on: Mapped[dt.date]
    weeks: Mapped[int]
    week_zero: Mapped[bool]
    pack_name: Mapped[str]
    pack: Mapped[str]
    series_id: Mapped[int | None]
    ended_on: Mapped[dt.date | None]
    created_at: Mapped[dt.datetime]
    version: Mapped[int]


class CohortGoal(Base):
    """A member's own goal for one cohort (optional)."""

    __table__ = T.cohort_goal
    cohort_id: Mapped[int]
    member_id: Mapped[int]
    goal: Mapped[str]


# --- meetings ----------------------------------------------------------------------


class MeetingSeries(Base):
    """A regular series (e.g. a Working Out Loud circle), sent as one recurring invitation."""

    __table__ = T.meeting_series
    id: Mapped[int]
    group_id: Mapped[int]
    title: Mapped[str]
    freq: Mapped[str]
    interval: Mapped[int]
    count: Mapped[int]
    first_start: Mapped[dt.datetime | None]
    duration_minutes: Mapped[int]
    tz: Mapped[str]
    ics_uid: Mapped[str]
    ics_sequence: Mapped[int | None]
    created_at: Mapped[dt.datetime]


class Meeting(Base):
    __table__ = T.meeting
    __mapper_args__ = {"version_id_col": T.meeting.c.version}  # noqa: RUF012 - SQLAlchemy types it, not ClassVar
    id: Mapped[int]
    group_id: Mapped[int]
    series_id: Mapped[int | None]
    series_index: Mapped[int | None]
    series_original_start: Mapped[dt.datetime | None]
    title: Mapped[str]
    start_at: Mapped[dt.datetime]
    end_at: Mapped[dt.datetime]
    tz: Mapped[str]
    format: Mapped[str]
    video_tool: Mapped[str]
    join_url: Mapped[str]
    meeting_code: Mapped[str]
    passcode: Mapped[str]
    dialin: Mapped[str]
    place: Mapped[str]
    host_org_id: Mapped[int | None]
    moderator_id: Mapped[int | None]
    co_moderator_id: Mapped[int | None]
    protocol_writer_id: Mapped[int | None]
    status: Mapped[str]
    notes: Mapped[str]
    ics_uid: Mapped[str]
    ics_sequence: Mapped[int | None]
    update_due: Mapped[bool]
    vote_budget: Mapped[int | None]
    timebox_minutes: Mapped[int]
    extension_minutes: Mapped[int]
    created_at: Mapped[dt.datetime]
    version: Mapped[int]
    board_closed_at: Mapped[dt.datetime | None]
    whiteboard_url: Mapped[str]

    agenda_items: Mapped[list["AgendaItem"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    attendances: Mapped[list["Attendance"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    guests: Mapped[list["Guest"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )


class AgendaItem(Base):
    __table__ = T.agenda_item
    id: Mapped[int]
    meeting_id: Mapped[int]
    position: Mapped[int]
    kind: Mapped[str]
    title: Mapped[str]
    minutes: Mapped[int]
    presenter_id: Mapped[int | None]
    topic_id: Mapped[int | None]
    details: Mapped[str]

    meeting: Mapped["Meeting"] = relationship(back_populates="agenda_items")


class AgendaTemplate(Base):
    __table__ = T.agenda_template
    id: Mapped[int]
    name: Mapped[str]
    builtin: Mapped[bool]

    items: Mapped[list["AgendaTemplateItem"]] = relationship(
        cascade="all, delete-orphan", order_by="AgendaTemplateItem.position"
    )


class AgendaTemplateItem(Base):
    __table__ = T.agenda_template_item
    id: Mapped[int]
    template_id: Mapped[int]
    position: Mapped[int]
    kind: Mapped[str]
    title: Mapped[str]
    minutes: Mapped[int]


class Attendance(Base):
    __table__ = T.attendance
    meeting_id: Mapped[int]
    member_id: Mapped[int]
    status: Mapped[str]
    note: Mapped[str]

    meeting: Mapped["Meeting"] = relationship(back_populates="attendances")


class Guest(Base):
    __table__ = T.guest
    id: Mapped[int]
    meeting_id: Mapped[int]
    name: Mapped[str]
    organisation: Mapped[str]
    email: Mapped[str]
    attended: Mapped[bool]

    meeting: Mapped["Meeting"] = relationship(back_populates="guests")


class InvitationSend(Base):
    """One exported invitation, update or cancellation (the send log)."""

    __table__ = T.invitation_send
    id: Mapped[int]
    meeting_id: Mapped[int | None]
    series_id: Mapped[int | None]
    sent_at: Mapped[dt.datetime]
    kind: Mapped[str]
    sequence: Mapped[int]
    recipients: Mapped[str]
    snapshot: Mapped[str]


# --- backlog and Lean Coffee --------------------------------------------------------------


class Tag(Base):
    __table__ = T.tag
    id: Mapped[int]
    name: Mapped[str]


class TopicTag(Base):
    __table__ = T.topic_tag
    topic_id: Mapped[int]
    tag_id: Mapped[int]


class Topic(Base):
    __table__ = T.topic
    __mapper_args__ = {"version_id_col": T.topic.c.version}  # noqa: RUF012 - SQLAlchemy types it, not ClassVar
    id: Mapped[int]
    group_id: Mapped[int]
    title: Mapped[str]
    description: Mapped[str]
    proposed_by_id: Mapped[int | None]
    proposed_on: Mapped[dt.date]
    status: Mapped[str]
    times_deferred: Mapped[int]
    discussed_meeting_id: Mapped[int | None]
    merged_into_id: Mapped[int | None]
    created_at: Mapped[dt.datetime]
    version: Mapped[int]


class TopicVote(Base):
    """Dot votes for a topic in one meeting: per participant, or a total (member_id NULL)."""

    __table__ = T.topic_vote
    id: Mapped[int]
    topic_id: Mapped[int]
    meeting_id: Mapped[int]
    member_id: Mapped[int | None]
    count: Mapped[int]


class BoardEntry(Base):
    """A topic on a meeting's Lean Coffee board and how long it was discussed."""

    __table__ = T.board_entry
    meeting_id: Mapped[int]
    topic_id: Mapped[int]
    column: Mapped[str]
    position: Mapped[int]
    seconds_used: Mapped[int]
    extensions: Mapped[int]


class TimeboxEvent(Base):
    """A timer start, extension or thumbs vote recorded during a Lean Coffee."""

    __table__ = T.timebox_event
    id: Mapped[int]
    meeting_id: Mapped[int]
    topic_id: Mapped[int]
    at: Mapped[dt.datetime]
    kind: Mapped[str]
    minutes: Mapped[int]
    thumbs_up: Mapped[int]
    thumbs_side: Mapped[int]
    thumbs_down: Mapped[int]


# --- minutes ----------------------------------------------------------------------


class MinutesNote(Base):
    """Free text in the minutes: check-in notes, notes and takeaways per agenda item/topic."""

    __table__ = T.minutes_note
    id: Mapped[int]
    meeting_id: Mapped[int]
    agenda_item_id: Mapped[int | None]
    topic_id: Mapped[int | None]
    member_id: Mapped[int | None]
    kind: Mapped[str]
    text: Mapped[str]
    private: Mapped[bool]
    position: Mapped[int]


class Decision(Base):
    __table__ = T.decision
    id: Mapped[int]
    meeting_id: Mapped[int]
    agenda_item_id: Mapped[int | None]
    topic_id: Mapped[int | None]
    text: Mapped[str]
    position: Mapped[int]


class ActionItem(Base):
    __table__ = T.action_item
    __mapper_args__ = {"version_id_col": T.action_item.c.version}  # noqa: RUF012 - SQLAlchemy types it, not ClassVar
    id: Mapped[int]
    meeting_id: Mapped[int]
    agenda_item_id: Mapped[int | None]
    topic_id: Mapped[int | None]
    owner_id: Mapped[int | None]
    description: Mapped[str]
    due_on: Mapped[dt.date | None]
    status: Mapped[str]
    done_on: Mapped[dt.date | None]
    carried_from_id: Mapped[int | None]
    version: Mapped[int]


class ProtocolVersion(Base):
    """A finalised protocol: a frozen snapshot, numbered per meeting."""

    __table__ = T.protocol_version
    id: Mapped[int]
    meeting_id: Mapped[int]
    number: Mapped[int]
    finalised_at: Mapped[dt.datetime]
    snapshot: Mapped[str]
    changes: Mapped[str]


# --- rotation ----------------------------------------------------------------------


class RotationRule(Base):
    """Per group and role: whether it rotates and who is eligible."""

    __table__ = T.rotation_rule
    group_id: Mapped[int]
    role: Mapped[str]
    enabled: Mapped[bool]
    min_attended: Mapped[int]
    excluded_member_ids: Mapped[str]


class RotationRecord(Base):
    """Who held which role at which meeting, and logged overrides with their reason.

    History is append-only: a past turn is never rewritten; swaps and skips are new rows.
    """

    __table__ = T.rotation_record
    id: Mapped[int]
    group_id: Mapped[int]
    meeting_id: Mapped[int | None]
    role: Mapped[str]
    kind: Mapped[str]
    member_id: Mapped[int | None]
    organisation_id: Mapped[int | None]
    other_member_id: Mapped[int | None]
    reason: Mapped[str]
    created_at: Mapped[dt.datetime]


# --- knowledge ---------------------------------------------------------------------


class MemberSubject(Base):
    """A subject a member offers or seeks (``kind``: SubjectKind)."""

    __table__ = T.member_subject
    member_id: Mapped[int]
    tag_id: Mapped[int]
    kind: Mapped[str]


class OrganisationSubject(Base):
    """A subject an organisation offers or seeks."""

    __table__ = T.organisation_subject
    organisation_id: Mapped[int]
    tag_id: Mapped[int]
    kind: Mapped[str]


class AgendaItemTag(Base):
    __table__ = T.agenda_item_tag
    agenda_item_id: Mapped[int]
    tag_id: Mapped[int]


class MinutesNoteTag(Base):
    __table__ = T.minutes_note_tag
    note_id: Mapped[int]
    tag_id: Mapped[int]


class DecisionTag(Base):
    __table__ = T.decision_tag
    decision_id: Mapped[int]
    tag_id: Mapped[int]


class DecisionSuperseded(Base):
    """Decision ``decision_id`` was replaced by the later ``by_decision_id``."""

    __table__ = T.decision_superseded
    decision_id: Mapped[int]
    by_decision_id: Mapped[int]


class Material(Base):
    """Something an organisation shares: a Dienstvereinbarung, a concept, slides …"""

    __table__ = T.material
    __mapper_args__ = {"version_id_col": T.material.c.version}  # noqa: RUF012 - SQLAlchemy types it, not ClassVar
    id: Mapped[int]
    title: Mapped[str]
    organisation_id: Mapped[int | None]
    member_id: Mapped[int | None]
    kind: Mapped[str]
    shared_on: Mapped[dt.date | None]
    link: Mapped[str]
    copied_name: Mapped[str]
    sharing: Mapped[str]
    meeting_id: Mapped[int | None]
    topic_id: Mapped[int | None]
    notes: Mapped[str]
    created_at: Mapped[dt.datetime]
    version: Mapped[int]


class MaterialTag(Base):
    __table__ = T.material_tag
    material_id: Mapped[int]
    tag_id: Mapped[int]
