"""Learning circles in the window: the cohort dialog of a sub-group (weeks, goals, plan,
guide pack, invite as one series, end, next cohort) and its plan dialog. Opened from the
group menu ("Learning circle…"); every change is one undo step."""

from copdesk.ui.cohorts.dialog import CohortDialog, open_cohort_dialog
from copdesk.ui.cohorts.plan_dialog import PlanDialog

__all__ = ["CohortDialog", "PlanDialog", "open_cohort_dialog"]
