"""Moderator and host rotation ("reihum"): fair, explainable, computed from stored history.

Forecast, proposals, history, balance, rules and overrides (``confirm``, ``volunteer``,
``swap``, ``skip``, ``hand_back``) of a group. The rule is in ``docs/rotation.md`` and in
the docstring of ``engine``, which implements it.

Modules: roles, texts, snapshot (the data), cadence (coming dates), ledger (history
replayed), engine, forecast, reports (history, balance), rules, overrides, dto.
"""

from copdesk.model.localtime import DEFAULT_ZONE as BERLIN
from copdesk.model.rotation.cadence import cadence_dates
from copdesk.model.rotation.dto import (
    Balance,
    Candidate,
    Choice,
    Forecast,
    ForecastSlot,
    HistoryRow,
    MemberBalance,
    OrgBalance,
    RoleProposal,
    RotationView,
    RuleData,
    RulesInfo,
    State,
    Text,
)
from copdesk.model.rotation.forecast import (
    forecast,
    is_notice,
    propose_for_date,
    propose_for_meeting,
)
from copdesk.model.rotation.overrides import (
    candidates,
    confirm,
    hand_back,
    skip,
    swap,
    volunteer,
)
from copdesk.model.rotation.reports import balance, history, view
from copdesk.model.rotation.roles import (
    CO_MODERATOR,
    FIELDS,
    HAND_BACK,
    HINT_YEARS,
    HOST,
    MAX_FORECAST,
    MAX_MIN_ATTENDED,
    MAX_NOTES,
    MODERATOR,
    PERSON_ROLES,
    PROTOCOL,
    REASON_MAX,
    ROLE_NAMES,
    ROLES,
    SKIP,
    SWAP,
    TURN,
    VOLUNTEER,
)
from copdesk.model.rotation.rules import get_rules, group_count, save_rules
from copdesk.model.rotation.snapshot import sort_text
from copdesk.model.rotation.texts import (
    KIND_LABELS,
    ROLE_LABELS,
    STATE_LABELS,
    RotationError,
)

__all__ = [
    "BERLIN",
    "CO_MODERATOR",
    "FIELDS",
    "HAND_BACK",
    "HINT_YEARS",
    "HOST",
    "KIND_LABELS",
    "MAX_FORECAST",
    "MAX_MIN_ATTENDED",
    "MAX_NOTES",
    "MODERATOR",
    "PERSON_ROLES",
    "PROTOCOL",
    "REASON_MAX",
    "ROLES",
    "ROLE_LABELS",
    "ROLE_NAMES",
    "SKIP",
    "STATE_LABELS",
    "SWAP",
    "TURN",
    "VOLUNTEER",
    "Balance",
    "Candidate",
    "Choice",
    "Forecast",
    "ForecastSlot",
    "HistoryRow",
    "MemberBalance",
    "OrgBalance",
    "RoleProposal",
    "RotationError",
    "RotationView",
    "RuleData",
    "RulesInfo",
    "State",
    "Text",
    "balance",
    "cadence_dates",
    "candidates",
    "confirm",
    "forecast",
    "get_rules",
    "group_count",
    "hand_back",
    "history",
    "is_notice",
    "propose_for_date",
    "propose_for_meeting",
    "save_rules",
    "skip",
    "sort_text",
    "swap",
    "view",
    "volunteer",
]
