"""Contact files (Outlook CSV, vCard) in and out: ``read_contacts`` recognises the encoding
and the kind of file and returns a ``ContactsFile`` of records for the import
(``copdesk.model.contacts_import``); ``write_contacts`` exports records. ``files`` holds
the limits, the encoding detection and the messages, ``csv_format`` and ``vcard`` the two
formats, ``dispatch`` the choice between them.
"""

from copdesk.formats.contacts.dispatch import read_contacts, write_contacts
from copdesk.formats.contacts.files import (
    MAX_CONTACTS,
    MAX_FILE_MB,
    ContactFileError,
    ContactsFile,
    Progress,
)

__all__ = [
    "MAX_CONTACTS",
    "MAX_FILE_MB",
    "ContactFileError",
    "ContactsFile",
    "Progress",
    "read_contacts",
    "write_contacts",
]
