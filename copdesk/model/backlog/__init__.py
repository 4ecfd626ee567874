"""The topic backlog (Themenspeicher): list, edit, tag, merge, plan, park and review.

Between meetings the community collects topics here; Lean Coffee boards
(``copdesk.model.leancoffee``) take them into a meeting and bring back what was not reached.
The backlog's memory — votes per meeting, times deferred, where a topic was discussed, what
was merged into it — is what makes it useful with three months between meetings. Every
write goes through ORM objects so that the row log gives undo/redo.
"""

from copdesk.model.backlog.detail import get_topic, topic_detail
from copdesk.model.backlog.dto import (
    AgendaRef,
    BacklogOptions,
    MeetingChoice,
    MergeResult,
    NamedRef,
    TopicData,
    TopicDetail,
    TopicNote,
    TopicRef,
    TopicRow,
    VoteHistory,
)
from copdesk.model.backlog.editing import (
    TopicHasHistory,
    add_topic,
    delete_topic,
    history_count,
    set_status,
    update_topic,
)
from copdesk.model.backlog.listing import list_topics, meeting_choices, member_choices, options
from copdesk.model.backlog.merging import merge_topics
from copdesk.model.backlog.planning import DEFAULT_AGENDA_MINUTES, plan_topic
from copdesk.model.backlog.queries import last_vote_meeting, merged_family
from copdesk.model.backlog.rules import (
    DESCRIPTION_MAX,
    EDITABLE_STATUSES,
    STALE_DEFERRED,
    STATUS_LABELS,
    TAG_MAX,
    TITLE_MAX,
    S,
    is_stale,
    member_name,
    normalise,
    one_year_before,
    split_tags,
)
from copdesk.model.localtime import local_date

__all__ = [
    "DEFAULT_AGENDA_MINUTES",
    "DESCRIPTION_MAX",
    "EDITABLE_STATUSES",
    "STALE_DEFERRED",
    "STATUS_LABELS",
    "TAG_MAX",
    "TITLE_MAX",
    "AgendaRef",
    "BacklogOptions",
    "MeetingChoice",
    "MergeResult",
    "NamedRef",
    "S",
    "TopicData",
    "TopicDetail",
    "TopicHasHistory",
    "TopicNote",
    "TopicRef",
    "TopicRow",
    "VoteHistory",
    "add_topic",
    "delete_topic",
    "get_topic",
    "history_count",
    "is_stale",
    "last_vote_meeting",
    "list_topics",
    "local_date",
    "meeting_choices",
    "member_choices",
    "member_name",
    "merge_topics",
    "merged_family",
    "normalise",
    "one_year_before",
    "options",
    "plan_topic",
    "set_status",
    "split_tags",
    "topic_detail",
    "update_topic",
]
