"""The community (root group) and its sub-groups.

Owns listing and finding groups, creating, editing, archiving and deleting sub-groups
(``GroupData``), and their membership (``set_group_members``: a member with history in
the group is marked as left, not removed).
"""

from copdesk.model.groups.data import CADENCE_UNITS, GroupData
from copdesk.model.groups.editing import (
    CommunityNotArchivable,
    GroupInUse,
    add_group,
    archive_group,
    delete_group,
    get_group,
    restore_group,
    update_group,
)
from copdesk.model.groups.listing import community_name, find_group, list_groups, root_group
from copdesk.model.groups.membership import (
    current_member_ids,
    has_history,
    member_ids_by_email,
    set_group_members,
)

__all__ = [
    "CADENCE_UNITS",
    "CommunityNotArchivable",
    "GroupData",
    "GroupInUse",
    "add_group",
    "archive_group",
    "community_name",
    "current_member_ids",
    "delete_group",
    "find_group",
    "get_group",
    "has_history",
    "list_groups",
    "member_ids_by_email",
    "restore_group",
    "root_group",
    "set_group_members",
    "update_group",
]

# who "the group's people" are on a day (rotation, suggestions, invitations, attendance)
from copdesk.model.groups.people import (
    left_by,
    member_on,
    people_clause,
    people_of,
    people_select,
)

__all__ += ["left_by", "member_on", "people_clause", "people_of", "people_select"]
