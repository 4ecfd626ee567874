"""The community file's schema as SQLAlchemy Core tables, and the values its columns hold.

This module is the one place where a table or column is declared. The ORM classes in
``entities.py`` map onto these tables; they are imported only when a use case first needs
them, because declaring 36 mapped classes costs ~40 ms, and the window's first paint (the
overview and the group list) only needs the tables.

Enumerations are stored as short strings so the file stays readable with any SQLite tool
and portable to PostgreSQL. Columns are NOT NULL unless they say ``nullable`` or are
foreign keys that may be empty.

Changing a table here needs an Alembic revision in ``migrations/versions`` (and the
matching annotation in ``entities.py``); a released revision is never edited.
"""

import enum
import uuid

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

from copdesk.model.base import UTCDateTime, utcnow
from copdesk.model.base import metadata as metadata  # noqa: PLC0414 - re-exported: the schema
from copdesk.model.localtime import DEFAULT_TZ

# the server default of text columns added to tables that already have rows: written as
# SQL (not "") so that Alembic's comparison of defaults sees '' on both sides
EMPTY = text("''")


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
    GROUP_REPORT = "group_report"  # "Neues aus den Teilgruppen", text in ``details``


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


class SubjectKind(enum.StrEnum):
    """What a member or organisation says about a subject."""

    OFFER = "offer"  # has experience, a concept, a programme
    SEEK = "seek"


class MaterialKind(enum.StrEnum):
    AGREEMENT = "agreement"  # Dienstvereinbarung
    CONCEPT = "concept"
    PRESENTATION = "presentation"
    TEMPLATE = "template"
    EVALUATION = "evaluation"
    PROGRAMME = "programme"
    OTHER = "other"


class Sharing(enum.StrEnum):
    COP = "cop"  # within the community only
    PUBLIC = "public"
    ON_REQUEST = "on_request"


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

setting = Table(
    "setting",
    metadata,
    Column("key", String(80), primary_key=True),
    Column("value", Text, default="", nullable=False),
)

organisation = Table(
    "organisation",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), unique=True, nullable=False),
    Column("kind", String(20), default=OrgKind.MUNICIPALITY, nullable=False),
    Column("state", String(10), default="", nullable=False),  # ISO 3166-2 suffix: BW, HE ...
    Column("city", String(120), default="", nullable=False),
    Column("video_tool", String(20), default=VideoTool.NONE, nullable=False),
    Column("video_link", String(500), default="", nullable=False),
    Column("video_dialin", Text, default="", nullable=False),
    Column("video_text", Text, default="", nullable=False),
    Column("notes", Text, default="", nullable=False),
    Column("created_at", UTCDateTime(), default=utcnow, nullable=False),
    Column("version", Integer, nullable=False, default=1),
)

member = Table(
    "member",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("first_name", String(100), default="", nullable=False),
    Column("last_name", String(100), default="", nullable=False),
    Column("organisation_id", ForeignKey("organisation.id", ondelete="RESTRICT"), index=True),
    Column("email", String(254), default="", index=True, nullable=False),
    Column("phone", String(60), default="", nullable=False),
    Column("function", String(120), default="", nullable=False),
    Column("offers", Text, default="", nullable=False),
    Column("seeks", Text, default="", nullable=False),
    Column("joined_on", Date),
    Column("left_on", Date),
    Column("active", Boolean, default=True, nullable=False),
    Column("consent_on", Date),
    Column("forgotten_on", Date),
    Column("notes", Text, default="", nullable=False),
    Column("created_at", UTCDateTime(), default=utcnow, nullable=False),
    Column("version", Integer, nullable=False, default=1),
)

absence = Table(
    "absence",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("member_id", ForeignKey("member.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("start_on", Date, nullable=False),
    Column("end_on", Date, nullable=False),
    Column("note", String(200), default="", nullable=False),
)


# --- groups ----------------------------------------------------------------------

cop_group = Table(
    "cop_group",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), unique=True, nullable=False),
    Column("parent_id", ForeignKey("cop_group.id", ondelete="RESTRICT")),
    Column("description", Text, default="", nullable=False),
    Column("cadence_unit", String(10), default="month", nullable=False),  # week | month
    Column("cadence_interval", Integer, default=3, nullable=False),
    Column("preferred_weekdays", String(20), default="2,3,4", nullable=False),  # ISO 1=Mon
    Column("window_start", String(5), default="14:00", nullable=False),
    Column("window_end", String(5), default="16:00", nullable=False),
    Column("default_minutes", Integer, default=120, nullable=False),
    Column("active", Boolean, default=True, nullable=False),
    Column("created_at", UTCDateTime(), default=utcnow, nullable=False),
    Column("version", Integer, nullable=False, default=1),
    # a new meeting's defaults; added in revision 0003 (columns added to a table that has
    # rows carry a server default, so that an upgraded file's schema equals a new one's)
    Column("video_tool", String(20), default=VideoTool.NONE, server_default=EMPTY, nullable=False),
    Column("join_url", String(500), default="", server_default=EMPTY, nullable=False),
    Column("whiteboard_url", String(500), default="", server_default=EMPTY, nullable=False),
)

group_membership = Table(
    "group_membership",
    metadata,
    Column("group_id", ForeignKey("cop_group.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", ForeignKey("member.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("joined_on", Date),
    Column("left_on", Date),
)


# --- learning circles (cohorts of a sub-group); added in revision 0003 -----------------

cohort = Table(
    "cohort",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", ForeignKey("cop_group.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("number", Integer, nullable=False),  # 1, 2, … within the group
    Column("title", String(200), default="", nullable=False),
    Column("start_on", Date, nullable=False),  # the first session's day (week 0 if it has one)
    Column("weeks", Integer, default=12, nullable=False),  # weeks after week 0
    Column("week_zero", Boolean, default=False, nullable=False),
    Column("pack_name", String(200), default="", nullable=False),
    Column("pack", Text, default="", nullable=False),  # the loaded guide pack, as JSON
    Column("series_id", ForeignKey("meeting_series.id", ondelete="SET NULL"), index=True),
    Column("ended_on", Date),
    Column("created_at", UTCDateTime(), default=utcnow, nullable=False),
    Column("version", Integer, nullable=False, default=1),
    UniqueConstraint("group_id", "number"),
)

cohort_goal = Table(
    "cohort_goal",
    metadata,
    Column("cohort_id", ForeignKey("cohort.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", ForeignKey("member.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("goal", Text, default="", nullable=False),
)


# --- meetings ----------------------------------------------------------------------

meeting_series = Table(
    "meeting_series",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", ForeignKey("cop_group.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("title", String(200), nullable=False),
    Column("freq", String(10), default="weekly", nullable=False),
    Column("interval", Integer, default=1, nullable=False),
    Column("count", Integer, default=12, nullable=False),
    # the rule's first start (its local time of day holds for every session) and length
    Column("first_start", UTCDateTime()),
    Column("duration_minutes", Integer, default=60, nullable=False),
    Column("tz", String(64), default=DEFAULT_TZ, nullable=False),
    Column("ics_uid", String(120), unique=True, default=new_uid, nullable=False),
    Column("ics_sequence", Integer),
    Column("created_at", UTCDateTime(), default=utcnow, nullable=False),
)

meeting = Table(
    "meeting",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", ForeignKey("cop_group.id", ondelete="RESTRICT"), index=True, nullable=False),
    Column("series_id", ForeignKey("meeting_series.id", ondelete="SET NULL"), index=True),
    Column("series_index", Integer),
    # for a session of a series: the start it had in the series' rule (RECURRENCE-ID)
    Column("series_original_start", UTCDateTime()),
    Column("title", String(200), nullable=False),
    Column("start_at", UTCDateTime(), index=True, nullable=False),
    Column("end_at", UTCDateTime(), nullable=False),
    Column("tz", String(64), default=DEFAULT_TZ, nullable=False),
    Column("format", String(20), default=MeetingFormat.ONLINE, nullable=False),
    Column("video_tool", String(20), default=VideoTool.NONE, nullable=False),
    Column("join_url", String(500), default="", nullable=False),
    Column("meeting_code", String(100), default="", nullable=False),
    Column("passcode", String(100), default="", nullable=False),
    Column("dialin", Text, default="", nullable=False),
    Column("place", Text, default="", nullable=False),
    Column("host_org_id", ForeignKey("organisation.id", ondelete="SET NULL"), index=True),
    Column("moderator_id", ForeignKey("member.id", ondelete="SET NULL"), index=True),
    Column("co_moderator_id", ForeignKey("member.id", ondelete="SET NULL")),
    Column("protocol_writer_id", ForeignKey("member.id", ondelete="SET NULL")),
    Column("status", String(20), default=MeetingStatus.PLANNED, index=True, nullable=False),
    Column("notes", Text, default="", nullable=False),
    # invitations: the UID never changes; the sequence is the last one sent (None = never)
    Column("ics_uid", String(120), unique=True, default=new_uid, nullable=False),
    Column("ics_sequence", Integer),
    Column("update_due", Boolean, default=False, nullable=False),
    # Lean Coffee settings for this meeting
    Column("vote_budget", Integer),  # None = a third of the topics
    Column("timebox_minutes", Integer, default=8, nullable=False),
    Column("extension_minutes", Integer, default=4, nullable=False),
    Column("created_at", UTCDateTime(), default=utcnow, nullable=False),
    Column("version", Integer, nullable=False, default=1),
    # when its Lean Coffee board was closed (read-only from then on); added in revision 0002
    Column("board_closed_at", UTCDateTime()),
    # the shared whiteboard (Miro, Conceptboard, Nextcloud Whiteboard …); added in 0003
    Column("whiteboard_url", String(500), default="", server_default=EMPTY, nullable=False),
)

agenda_item = Table(
    "agenda_item",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("position", Integer, default=0, nullable=False),
    Column("kind", String(20), default=AgendaKind.TOPIC, nullable=False),
    Column("title", String(200), default="", nullable=False),
    Column("minutes", Integer, default=10, nullable=False),
    Column("presenter_id", ForeignKey("member.id", ondelete="SET NULL")),
    Column("topic_id", ForeignKey("topic.id", ondelete="SET NULL")),
    # the item's text below its title (a sub-group's report, a guide pack's notes); 0003
    Column("details", Text, default="", server_default=EMPTY, nullable=False),
)

agenda_template = Table(
    "agenda_template",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), unique=True, nullable=False),
    Column("builtin", Boolean, default=False, nullable=False),
)

agenda_template_item = Table(
    "agenda_template_item",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "template_id",
        ForeignKey("agenda_template.id", ondelete="CASCADE"),
        index=True,
        nullable=False,
    ),
    Column("position", Integer, default=0, nullable=False),
    Column("kind", String(20), default=AgendaKind.TOPIC, nullable=False),
    Column("title", String(200), default="", nullable=False),
    Column("minutes", Integer, default=10, nullable=False),
)

attendance = Table(
    "attendance",
    metadata,
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", ForeignKey("member.id", ondelete="RESTRICT"), primary_key=True, index=True),
    Column("status", String(20), default=AttendanceStatus.INVITED, nullable=False),
    Column("note", String(200), default="", nullable=False),
)

guest = Table(
    "guest",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("name", String(200), nullable=False),
    Column("organisation", String(200), default="", nullable=False),
    Column("email", String(254), default="", nullable=False),
    Column("attended", Boolean, default=True, nullable=False),
)

invitation_send = Table(
    "invitation_send",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), index=True),
    Column("series_id", ForeignKey("meeting_series.id", ondelete="CASCADE")),
    Column("sent_at", UTCDateTime(), default=utcnow, nullable=False),
    Column("kind", String(20), nullable=False),  # request | publish | cancel | eml
    Column("sequence", Integer, default=0, nullable=False),
    Column("recipients", Text, default="", nullable=False),  # one e-mail per line
    Column("snapshot", Text, default="", nullable=False),  # JSON of what was sent
)


# --- backlog and Lean Coffee --------------------------------------------------------------

tag = Table(
    "tag",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(60), unique=True, nullable=False),
)

topic_tag = Table(
    "topic_tag",
    metadata,
    Column("topic_id", ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)

topic = Table(
    "topic",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", ForeignKey("cop_group.id", ondelete="RESTRICT"), nullable=False),
    Column("title", String(200), nullable=False),
    Column("description", Text, default="", nullable=False),
    Column("proposed_by_id", ForeignKey("member.id", ondelete="SET NULL"), index=True),
    Column("proposed_on", Date, nullable=False),
    Column("status", String(20), default=TopicStatus.OPEN, nullable=False),
    Column("times_deferred", Integer, default=0, nullable=False),
    Column("discussed_meeting_id", ForeignKey("meeting.id", ondelete="SET NULL")),
    Column("merged_into_id", ForeignKey("topic.id", ondelete="SET NULL")),
    Column("created_at", UTCDateTime(), default=utcnow, nullable=False),
    Column("version", Integer, nullable=False, default=1),
    Index("ix_topic_group_status", "group_id", "status"),
)

topic_vote = Table(
    "topic_vote",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("topic_id", ForeignKey("topic.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("member_id", ForeignKey("member.id", ondelete="SET NULL")),
    Column("count", Integer, default=1, nullable=False),
)

board_entry = Table(
    "board_entry",
    metadata,
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True),
    Column("column", String(20), default=BoardColumn.TO_DISCUSS, nullable=False),
    Column("position", Integer, default=0, nullable=False),
    Column("seconds_used", Integer, default=0, nullable=False),
    Column("extensions", Integer, default=0, nullable=False),
)

timebox_event = Table(
    "timebox_event",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("topic_id", ForeignKey("topic.id", ondelete="CASCADE"), nullable=False),
    Column("at", UTCDateTime(), default=utcnow, nullable=False),
    Column("kind", String(20), nullable=False),  # start | extend | thumbs | end
    Column("minutes", Integer, default=0, nullable=False),
    Column("thumbs_up", Integer, default=0, nullable=False),
    Column("thumbs_side", Integer, default=0, nullable=False),
    Column("thumbs_down", Integer, default=0, nullable=False),
)


# --- minutes ----------------------------------------------------------------------

minutes_note = Table(
    "minutes_note",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("agenda_item_id", ForeignKey("agenda_item.id", ondelete="SET NULL")),
    Column("topic_id", ForeignKey("topic.id", ondelete="SET NULL")),
    Column("member_id", ForeignKey("member.id", ondelete="SET NULL")),
    Column("kind", String(20), default=NoteKind.NOTE, nullable=False),
    Column("text", Text, default="", nullable=False),
    Column("private", Boolean, default=False, nullable=False),
    Column("position", Integer, default=0, nullable=False),
)

decision = Table(
    "decision",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("agenda_item_id", ForeignKey("agenda_item.id", ondelete="SET NULL")),
    Column("topic_id", ForeignKey("topic.id", ondelete="SET NULL")),
    Column("text", Text, nullable=False),
    Column("position", Integer, default=0, nullable=False),
)

action_item = Table(
    "action_item",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("agenda_item_id", ForeignKey("agenda_item.id", ondelete="SET NULL")),
    Column("topic_id", ForeignKey("topic.id", ondelete="SET NULL")),
    Column("owner_id", ForeignKey("member.id", ondelete="SET NULL"), index=True),
    Column("description", Text, nullable=False),
    Column("due_on", Date),
    Column("status", String(20), default=ActionStatus.OPEN, index=True, nullable=False),
    Column("done_on", Date),
    Column("carried_from_id", ForeignKey("action_item.id", ondelete="SET NULL")),
    Column("version", Integer, nullable=False, default=1),
)

protocol_version = Table(
    "protocol_version",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("number", Integer, nullable=False),
    Column("finalised_at", UTCDateTime(), default=utcnow, nullable=False),
    Column("snapshot", Text, default="", nullable=False),  # JSON
    Column("changes", Text, default="", nullable=False),  # what changed since the last one
    UniqueConstraint("meeting_id", "number"),
)


# --- rotation ----------------------------------------------------------------------

rotation_rule = Table(
    "rotation_rule",
    metadata,
    Column("group_id", ForeignKey("cop_group.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(20), primary_key=True),
    Column("enabled", Boolean, default=True, nullable=False),
    Column("min_attended", Integer, default=1, nullable=False),
    Column("excluded_member_ids", Text, default="", nullable=False),  # comma-separated ids
)

rotation_record = Table(
    "rotation_record",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", ForeignKey("cop_group.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("meeting_id", ForeignKey("meeting.id", ondelete="SET NULL"), index=True),
    Column("role", String(20), nullable=False),
    Column("kind", String(20), default=RotationKind.TURN, nullable=False),
    Column("member_id", ForeignKey("member.id", ondelete="SET NULL")),
    Column("organisation_id", ForeignKey("organisation.id", ondelete="SET NULL")),
    Column("other_member_id", ForeignKey("member.id", ondelete="SET NULL")),
    Column("reason", Text, default="", nullable=False),
    Column("created_at", UTCDateTime(), default=utcnow, nullable=False),
)


# --- knowledge: subjects (the backlog's tags), materials, decisions; revision 0004 ---------

member_subject = Table(
    "member_subject",
    metadata,
    Column("member_id", ForeignKey("member.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("kind", String(10), primary_key=True),  # SubjectKind
)

organisation_subject = Table(
    "organisation_subject",
    metadata,
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("kind", String(10), primary_key=True),  # SubjectKind
)

agenda_item_tag = Table(
    "agenda_item_tag",
    metadata,
    Column("agenda_item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)

minutes_note_tag = Table(
    "minutes_note_tag",
    metadata,
    Column("note_id", ForeignKey("minutes_note.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)

decision_tag = Table(
    "decision_tag",
    metadata,
    Column("decision_id", ForeignKey("decision.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)

# a decision replaced by a later one (a table of its own: adding a foreign-key column to
# ``decision`` would need batch mode to re-create it)
decision_superseded = Table(
    "decision_superseded",
    metadata,
    Column("decision_id", ForeignKey("decision.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "by_decision_id",
        ForeignKey("decision.id", ondelete="CASCADE"),
        index=True,
        nullable=False,
    ),
)

material = Table(
    "material",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(200), nullable=False),
    Column("organisation_id", ForeignKey("organisation.id", ondelete="SET NULL"), index=True),
    Column("member_id", ForeignKey("member.id", ondelete="SET NULL"), index=True),  # who shared
    Column("kind", String(20), default=MaterialKind.OTHER, nullable=False),
    Column("shared_on", Date),
    # a link (http, https, file) or a path; a copy beside the community file is optional
    Column("link", String(2000), default="", nullable=False),
    Column("copied_name", String(260), default="", nullable=False),
    Column("sharing", String(20), default=Sharing.COP, nullable=False),
    Column("meeting_id", ForeignKey("meeting.id", ondelete="SET NULL"), index=True),
    Column("topic_id", ForeignKey("topic.id", ondelete="SET NULL"), index=True),
    Column("notes", Text, default="", nullable=False),
    Column("created_at", UTCDateTime(), default=utcnow, nullable=False),
    Column("version", Integer, nullable=False, default=1),
)

material_tag = Table(
    "material_tag",
    metadata,
    Column("material_id", ForeignKey("material.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)
