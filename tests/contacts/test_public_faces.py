"""The packages' public faces that the contacts and hand-over code relies on."""

import subprocess
import sys

from copdesk.model import integrity
from copdesk.model.integrity import rebuild, values
from copdesk.ui import contacts
from copdesk.ui.contacts import actions, handover_dialog


def test_integrity_exports_rebuild_and_bad_value_without_loading_them_at_start_up():
    # db imports the integrity package before the window appears: the two heavy names
    # load on first use (PEP 562), and are then the modules' own objects
    script = (
        "import sys, copdesk.model.db\n"
        "print(sorted(m for m in ('copdesk.model.integrity.rebuild',"
        " 'copdesk.model.integrity.values') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
    assert integrity.rebuild_in_place is rebuild.rebuild_in_place
    assert integrity.BadValue is values.BadValue


def test_ui_contacts_exports_what_the_members_page_and_the_app_use():
    assert contacts.ContactActions is actions.ContactActions
    assert contacts.without_consent is actions.without_consent
    assert contacts.pass_on is handover_dialog.pass_on
    assert contacts.open_handover is handover_dialog.open_handover
    assert set(contacts.__all__) <= set(dir(contacts))
