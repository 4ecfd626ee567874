"""Learning circles (Working Out Loud, lernOS): cohorts of a sub-group, each one meeting
series planned from a guide pack (``docs/guide-packs.md``), members' goals, the end and
the next cohort. Date suggestions for a group whose circle ended stop in
``meetings.suggest_dates`` (``meetings.suggestions_paused``)."""

from copdesk.model.cohorts.dto import (
    ENDED,
    PLANNED,
    RUNNING,
    CohortDetail,
    CohortGoalRow,
    CohortPlan,
    CohortRow,
    CohortWeek,
)
from copdesk.model.cohorts.lifecycle import (
    CohortStillRunning,
    NoCohortYet,
    end_cohort,
    next_start,
    set_goal,
    start_next_cohort,
)
from copdesk.model.cohorts.pack import (
    MAX_PACK_BYTES,
    GuidePack,
    PackError,
    PackItem,
    PackWeek,
    pack_from_json,
    pack_to_json,
    parse_pack,
    read_pack,
)
from copdesk.model.cohorts.planning import (
    CircleWithoutMembers,
    CohortStarted,
    NotASubGroup,
    apply_pack,
    default_start,
    plan_cohort,
    replan_cohort,
    week_word,
)
from copdesk.model.cohorts.reading import current_cohort, get_cohort, list_cohorts

__all__ = [
    "ENDED",
    "MAX_PACK_BYTES",
    "PLANNED",
    "RUNNING",
    "CircleWithoutMembers",
    "CohortDetail",
    "CohortGoalRow",
    "CohortPlan",
    "CohortRow",
    "CohortStarted",
    "CohortStillRunning",
    "CohortWeek",
    "GuidePack",
    "NoCohortYet",
    "NotASubGroup",
    "PackError",
    "PackItem",
    "PackWeek",
    "apply_pack",
    "current_cohort",
    "default_start",
    "end_cohort",
    "get_cohort",
    "list_cohorts",
    "next_start",
    "pack_from_json",
    "pack_to_json",
    "parse_pack",
    "plan_cohort",
    "read_pack",
    "replan_cohort",
    "set_goal",
    "start_next_cohort",
    "week_word",
]
