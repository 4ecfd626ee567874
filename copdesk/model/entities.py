"""The community's data: typed SQLAlchemy 2 classes, one table each.

No session use and no rules here: use cases live in the modules named after what they do
(``members.py``, ``meetings.py`` ...). Enumerations are stored as short strings so the
file stays readable with any SQLite tool and portable to PostgreSQL.

Changing a class here needs an Alembic revision in ``migrations/versions``; a released
revision is never edited.
"""

import datetime as dt
import enum
import uuid

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from copdesk.model.base import Base, utcnow


class OrgKind(enum.StrEnum):
    MUNICIPALITY = "municipality"
    UTILITY = "utility"
    OTHER = "other"


class VideoTool(enum.StrEnum):
    NONE = ""
    TEAMS = "teams"
    ZOOM = "zoom"
    WEBEX = "webex"
    BBB = "bbb"
    OTHER = "other"


class MeetingFormat(enum.StrEnum):
    ONLINE = "online"
    IN_PERSON = "in_person"
    HYBRID = "hybrid"


class MeetingStatus(enum.StrEnum):
    PLANNED = "planned"
    INVITED = "invited"
    HELD = "held"
    CANCELLED = "cancelled"


class AgendaKind(enum.StrEnum):
    CHECK_IN = "check_in"
    TOPIC = "topic"
    LEAN_COFFEE = "lean_coffee"
    BREAK = "break"
    CHECK_OUT = "check_out"
    OTHER = "other"


class AttendanceStatus(enum.StrEnum):
    INVITED = "invited"
    ACCEPTED = "accepted"
    TENTATIVE = "tentative"
    DECLINED = "declined"
    ATTENDED = "attended"
    EXCUSED = "excused"
    ABSENT = "absent"


class TopicStatus(enum.StrEnum):
    OPEN = "open"
    PLANNED = "planned"
    DISCUSSED = "discussed"
    PARKED = "parked"
    MERGED = "merged"


class BoardColumn(enum.StrEnum):
    TO_DISCUSS = "to_discuss"
    DISCUSSING = "discussing"
    DISCUSSED = "discussed"


class NoteKind(enum.StrEnum):
    CHECK_IN = "check_in"
    NOTE = "note"
    TAKEAWAY = "takeaway"
    CHECK_OUT = "check_out"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class RotationRole(enum.StrEnum):
    HOST = "host"
    MODERATOR = "moderator"
    CO_MODERATOR = "co_moderator"
    PROTOCOL = "protocol"


class RotationKind(enum.StrEnum):
    TURN = "turn"
    SKIP = "skip"
    SWAP = "swap"
    VOLUNTEER = "volunteer"
    HAND_BACK = "hand_back"


def new_uid() -> str:
    return f"{uuid.uuid4()}@copdesk"


# --- people and organisations -------------------------------------------------------


class Setting(Base):
    """Settings stored in the community file itself (travel with it on hand-over)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Organisation(Base):
    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default=OrgKind.MUNICIPALITY)
    state: Mapped[str] = mapped_column(String(10), default="")  # ISO 3166-2 suffix: BW, HE ...
    city: Mapped[str] = mapped_column(String(120), default="")
    video_tool: Mapped[str] = mapped_column(String(20), default=VideoTool.NONE)
    video_link: Mapped[str] = mapped_column(String(500), default="")
    video_dialin: Mapped[str] = mapped_column(Text, default="")
    video_text: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    members: Mapped[list["Member"]] = relationship(back_populates="organisation")
    __mapper_args__ = {"version_id_col": version}


class Member(Base):
    __tablename__ = "member"
    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    phone: Mapped[str] = mapped_column(String(60), default="")
    function: Mapped[str] = mapped_column(String(120), default="")
    offers: Mapped[str] = mapped_column(Text, default="")
    seeks: Mapped[str] = mapped_column(Text, default="")
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    consent_on: Mapped[dt.date | None] = mapped_column(Date)
    forgotten_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    organisation: Mapped["Organisation | None"] = relationship(back_populates="members")
    absences: Mapped[list["Absence"]] = relationship(
        back_populates="member", cascade="all, delete-orphan"
    )
    groups: Mapped[list["GroupMembership"]] = relationship(
        back_populates="member", cascade="all, delete-orphan"
    )
    __mapper_args__ = {"version_id_col": version}

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


class Absence(Base):
    __tablename__ = "absence"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    start_on: Mapped[dt.date] = mapped_column(Date)
    end_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")

    member: Mapped["Member"] = relationship(back_populates="absences")


# --- groups ----------------------------------------------------------------------


class Group(Base):
    """The CoP itself (no parent) or one of its sub-groups, with its meeting cadence."""

    __tablename__ = "cop_group"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("cop_group.id", ondelete="RESTRICT"))
    description: Mapped[str] = mapped_column(Text, default="")
    cadence_unit: Mapped[str] = mapped_column(String(10), default="month")  # week | month
    cadence_interval: Mapped[int] = mapped_column(Integer, default=3)
    preferred_weekdays: Mapped[str] = mapped_column(String(20), default="2,3,4")  # ISO 1=Mon
    window_start: Mapped[str] = mapped_column(String(5), default="14:00")
    window_end: Mapped[str] = mapped_column(String(5), default="16:00")
    default_minutes: Mapped[int] = mapped_column(Integer, default=120)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    memberships: Mapped[list["GroupMembership"]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )
    __mapper_args__ = {"version_id_col": version}


class GroupMembership(Base):
    __tablename__ = "group_membership"
    group_id: Mapped[int] = mapped_column(
        ForeignKey("cop_group.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("member.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)

    group: Mapped["Group"] = relationship(back_populates="memberships")
    member: Mapped["Member"] = relationship(back_populates="groups")


# --- meetings ----------------------------------------------------------------------


class MeetingSeries(Base):
    """A regular series (e.g. a Working Out Loud circle), sent as one recurring invitation."""

    __tablename__ = "meeting_series"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("cop_group.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    freq: Mapped[str] = mapped_column(String(10), default="weekly")
    interval: Mapped[int] = mapped_column(Integer, default=1)
    count: Mapped[int] = mapped_column(Integer, default=12)
    # the rule's first start (its local time of day holds for every session) and length
    first_start: Mapped[dt.datetime | None]
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    tz: Mapped[str] = mapped_column(String(64), default="Europe/Berlin")
    ics_uid: Mapped[str] = mapped_column(String(120), unique=True, default=new_uid)
    ics_sequence: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Meeting(Base):
    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("cop_group.id", ondelete="RESTRICT"), index=True)
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="SET NULL"), index=True
    )
    series_index: Mapped[int | None] = mapped_column(Integer)
    # for a session of a series: the start it had in the series' rule (RECURRENCE-ID)
    series_original_start: Mapped[dt.datetime | None]
    title: Mapped[str] = mapped_column(String(200))
    start_at: Mapped[dt.datetime] = mapped_column(index=True)
    end_at: Mapped[dt.datetime]
    tz: Mapped[str] = mapped_column(String(64), default="Europe/Berlin")
    format: Mapped[str] = mapped_column(String(20), default=MeetingFormat.ONLINE)
    video_tool: Mapped[str] = mapped_column(String(20), default=VideoTool.NONE)
    join_url: Mapped[str] = mapped_column(String(500), default="")
    meeting_code: Mapped[str] = mapped_column(String(100), default="")
    passcode: Mapped[str] = mapped_column(String(100), default="")
    dialin: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(Text, default="")
    host_org_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    moderator_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True
    )
    co_moderator_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    protocol_writer_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(20), default=MeetingStatus.PLANNED, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # invitations: the UID never changes; the sequence is the last one sent (None = never)
    ics_uid: Mapped[str] = mapped_column(String(120), unique=True, default=new_uid)
    ics_sequence: Mapped[int | None] = mapped_column(Integer)
    update_due: Mapped[bool] = mapped_column(Boolean, default=False)
    # Lean Coffee settings for this meeting
    vote_budget: Mapped[int | None] = mapped_column(Integer)  # None = a third of the topics
    timebox_minutes: Mapped[int] = mapped_column(Integer, default=8)
    extension_minutes: Mapped[int] = mapped_column(Integer, default=4)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    agenda_items: Mapped[list["AgendaItem"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    attendances: Mapped[list["Attendance"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    guests: Mapped[list["Guest"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    __mapper_args__ = {"version_id_col": version}


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20), default=AgendaKind.TOPIC)
    title: Mapped[str] = mapped_column(String(200), default="")
    minutes: Mapped[int] = mapped_column(Integer, default=10)
    presenter_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topic.id", ondelete="SET NULL"))

    meeting: Mapped["Meeting"] = relationship(back_populates="agenda_items")


class AgendaTemplate(Base):
    __tablename__ = "agenda_template"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    items: Mapped[list["AgendaTemplateItem"]] = relationship(
        cascade="all, delete-orphan", order_by="AgendaTemplateItem.position"
    )


class AgendaTemplateItem(Base):
    __tablename__ = "agenda_template_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_template.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20), default=AgendaKind.TOPIC)
    title: Mapped[str] = mapped_column(String(200), default="")
    minutes: Mapped[int] = mapped_column(Integer, default=10)


class Attendance(Base):
    __tablename__ = "attendance"
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("member.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    status: Mapped[str] = mapped_column(String(20), default=AttendanceStatus.INVITED)
    note: Mapped[str] = mapped_column(String(200), default="")

    meeting: Mapped["Meeting"] = relationship(back_populates="attendances")


class Guest(Base):
    __tablename__ = "guest"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    attended: Mapped[bool] = mapped_column(Boolean, default=True)

    meeting: Mapped["Meeting"] = relationship(back_populates="guests")


class InvitationSend(Base):
    """One exported invitation, update or cancellation (the send log)."""

    __tablename__ = "invitation_send"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="CASCADE")
    )
    sent_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(20))  # request | publish | cancel | eml
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    recipients: Mapped[str] = mapped_column(Text, default="")  # one e-mail per line
    snapshot: Mapped[str] = mapped_column(Text, default="")  # JSON of what was sent


# --- backlog and Lean Coffee --------------------------------------------------------------


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)


class TopicTag(Base):
    __tablename__ = "topic_tag"
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Topic(Base):
    __tablename__ = "topic"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("cop_group.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    proposed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True
    )
    proposed_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=TopicStatus.OPEN)
    times_deferred: Mapped[int] = mapped_column(Integer, default=0)
    discussed_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL")
    )
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("topic.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __table_args__ = (Index("ix_topic_group_status", "group_id", "status"),)
    __mapper_args__ = {"version_id_col": version}


class TopicVote(Base):
    """Dot votes for a topic in one meeting: per participant, or a total (member_id NULL)."""

    __tablename__ = "topic_vote"
    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topic.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    count: Mapped[int] = mapped_column(Integer, default=1)


class BoardEntry(Base):
    """A topic on a meeting's Lean Coffee board and how long it was discussed."""

    __tablename__ = "board_entry"
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True
    )
    column: Mapped[str] = mapped_column(String(20), default=BoardColumn.TO_DISCUSS)
    position: Mapped[int] = mapped_column(Integer, default=0)
    seconds_used: Mapped[int] = mapped_column(Integer, default=0)
    extensions: Mapped[int] = mapped_column(Integer, default=0)


class TimeboxEvent(Base):
    """A timer start, extension or thumbs vote recorded during a Lean Coffee."""

    __tablename__ = "timebox_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    topic_id: Mapped[int] = mapped_column(ForeignKey("topic.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(20))  # start | extend | thumbs | end
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    thumbs_up: Mapped[int] = mapped_column(Integer, default=0)
    thumbs_side: Mapped[int] = mapped_column(Integer, default=0)
    thumbs_down: Mapped[int] = mapped_column(Integer, default=0)


# --- minutes ----------------------------------------------------------------------


class MinutesNote(Base):
    """Free text in the minutes: check-in notes, notes and takeaways per agenda item/topic."""

    __tablename__ = "minutes_note"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL")
    )
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topic.id", ondelete="SET NULL"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(20), default=NoteKind.NOTE)
    text: Mapped[str] = mapped_column(Text, default="")
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Decision(Base):
    __tablename__ = "decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL")
    )
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topic.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ActionItem(Base):
    __tablename__ = "action_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL")
    )
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topic.id", ondelete="SET NULL"))
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=ActionStatus.OPEN, index=True)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("action_item.id", ondelete="SET NULL")
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}


class ProtocolVersion(Base):
    """A finalised protocol: a frozen snapshot, numbered per meeting."""

    __tablename__ = "protocol_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    finalised_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    snapshot: Mapped[str] = mapped_column(Text, default="")  # JSON
    changes: Mapped[str] = mapped_column(Text, default="")  # what changed since the last one
    __table_args__ = (UniqueConstraint("meeting_id", "number"),)


# --- rotation ----------------------------------------------------------------------


class RotationRule(Base):
    """Per group and role: whether it rotates and who is eligible."""

    __tablename__ = "rotation_rule"
    group_id: Mapped[int] = mapped_column(
        ForeignKey("cop_group.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    min_attended: Mapped[int] = mapped_column(Integer, default=1)
    excluded_member_ids: Mapped[str] = mapped_column(Text, default="")  # comma-separated ids


class RotationRecord(Base):
    """Who held which role at which meeting, and logged overrides with their reason.

    History is append-only: a past turn is never rewritten; swaps and skips are new rows.
    """

    __tablename__ = "rotation_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("cop_group.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    role: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20), default=RotationKind.TURN)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    other_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
