"""Contacts and data protection in the window, and the hand-over menu items.

Owns the Members page's contact actions (import from Outlook CSV / vCard, export, the
Art. 15 data request, the Art. 17 erasure with its confirmation dialog, the consent column
and filter: ``actions.py``, ``import_dialog.py``, ``privacy_dialog.py``) and File → "Pass
the community on…" / "Open a hand-over…" (``handover_dialog.py``). The dialogs never touch
the database; the model's ``contacts_import``, ``privacy`` and ``handover`` do.
"""

from copdesk.ui.contacts.actions import (
    NO_CONSENT,
    ContactActions,
    add_consent_filter,
    consent_column,
    without_consent,
)
from copdesk.ui.contacts.handover_dialog import open_handover, pass_on

__all__ = [
    "NO_CONSENT",
    "ContactActions",
    "add_consent_filter",
    "consent_column",
    "open_handover",
    "pass_on",
    "without_consent",
]
