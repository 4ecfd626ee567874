"""The packages' public faces that the contacts and hand-over code relies on."""

import subprocess
import sys

from copdesk.model import integrity
from copdesk.model.integrity import values
from copdesk.ui import contacts
from copdesk.ui.contacts import actions, handover_dialog


def test_the_rebuild_of_a_received_file_is_not_loaded_at_start_up():
    # db imports the integrity package before the window appears; the rebuild (with
    # the migrations it runs) belongs to the hand-over and loads only when one is opened
    script = (
        "import sys, copdesk.model.db\n"
        "print(sorted(m for m in ('copdesk.model.handover.rebuild',) if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
    assert integrity.BadValue is values.BadValue


def test_ui_contacts_exports_what_the_members_page_and_the_app_use():
    assert contacts.ContactActions is actions.ContactActions
    assert contacts.without_consent is actions.without_consent
    assert contacts.pass_on is handover_dialog.pass_on
    assert contacts.open_handover is handover_dialog.open_handover
    assert set(contacts.__all__) <= set(dir(contacts))
