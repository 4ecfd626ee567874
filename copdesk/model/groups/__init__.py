"""The community (root group) and its sub-groups.

Owns listing and finding groups, creating, editing, archiving and deleting sub-groups
(``GroupData``: also the defaults of a new meeting and whether moderation rotates), and
their membership (``set_group_members``: a member with history in the group is marked as
left, not removed). Who is a *guest* (in sub-groups only, not in the community):
``guest_clause`` (SQL) and ``is_guest``.
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
    rotates_moderation,
    update_group,
)
from copdesk.model.groups.listing import community_name, find_group, list_groups, root_group
from copdesk.model.groups.membership import (
    MemberGroup,
    MembershipEffect,
    current_member_ids,
    guest_clause,
    has_history,
    is_guest,
    member_groups,
    member_ids_by_email,
    membership_effect,
    set_group_members,
)

__all__ = [
    "CADENCE_UNITS",
    "CommunityNotArchivable",
    "GroupData",
    "GroupInUse",
    "MemberGroup",
    "MembershipEffect",
    "add_group",
    "archive_group",
    "community_name",
    "current_member_ids",
    "delete_group",
    "find_group",
    "get_group",
    "guest_clause",
    "has_history",
    "is_guest",
    "list_groups",
    "member_groups",
    "member_ids_by_email",
    "membership_effect",
    "restore_group",
    "root_group",
    "rotates_moderation",
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
