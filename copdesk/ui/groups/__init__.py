"""Groups in the window: the group selector's menu and its dialogs.

Owns ``GroupMenu`` (new sub-group, edit, members, archive/restore, delete, show
archived), ``GroupDialog`` (a group's fields) and ``GroupMembersDialog`` (a checklist
of members), ``ChooseGroupDialog`` (add the selected members to a group or remove
them, with what will happen). Every change runs through ``Commands`` and so can be undone.
"""

from copdesk.ui.groups.choose_dialog import ChooseGroupDialog
from copdesk.ui.groups.group_dialog import GroupDialog
from copdesk.ui.groups.members_dialog import GroupMembersDialog
from copdesk.ui.groups.menu import GroupMenu

__all__ = ["ChooseGroupDialog", "GroupDialog", "GroupMembersDialog", "GroupMenu"]
