"""News from the sub-groups: what each sub-group met about, decided and took away since
the community's last plenary, collected as data and put on a plenary's agenda.

Above ``groups``, ``meetings`` and ``minutes``' tables; the text is made by the caller
(``formats.group_report``) in the program's language.
"""

from copdesk.model.group_report.collecting import (
    NoSubGroups,
    NotACommunityMeeting,
    collect_group_report,
)
from copdesk.model.group_report.dto import GroupReport, ReportMeeting, SubGroupReport
from copdesk.model.group_report.filling import (
    REPORT_MINUTES,
    Render,
    fill_group_report,
    report_item_id,
)

__all__ = [
    "REPORT_MINUTES",
    "GroupReport",
    "NoSubGroups",
    "NotACommunityMeeting",
    "Render",
    "ReportMeeting",
    "SubGroupReport",
    "collect_group_report",
    "fill_group_report",
    "report_item_id",
]
