"""Data protection (DSGVO/GDPR): consent, subject access (Art. 15), erasure (Art. 17).

``consent`` records who agreed to be stored; ``access`` collects everything about one
member; ``forget`` pseudonymises a member (preview first) and ``purge`` cleans the old
bytes out of the file afterwards. ``traces`` finds a person's name, e-mail and phone in
free text, ``columns`` says which columns are free text; ``labels`` are the stand-ins.
"""

from copdesk.model.privacy.access import FORMAT, subject_access, subject_access_json
from copdesk.model.privacy.columns import (
    FREE_TEXT,
    NOT_FREE_TEXT,
    OTHER_MEMBER,
    SHARED_NAME,
    TABLE_LABELS,
    Mention,
)
from copdesk.model.privacy.consent import members_without_consent, set_consent
from copdesk.model.privacy.forget import (
    AlreadyForgotten,
    ForgetPreview,
    ForgetResult,
    forget_member,
    forget_preview,
)
from copdesk.model.privacy.labels import (
    DEFAULT_PSEUDONYM,
    DEFAULT_REMOVED,
    PSEUDONYM_LABEL,
    REMOVED_LABEL,
)
from copdesk.model.privacy.purge import PurgeIncomplete, clean_after_erasure
from copdesk.model.privacy.traces import Traces, initials, pseudonym_for, traces_for

__all__ = [
    "DEFAULT_PSEUDONYM",
    "DEFAULT_REMOVED",
    "FORMAT",
    "FREE_TEXT",
    "NOT_FREE_TEXT",
    "OTHER_MEMBER",
    "PSEUDONYM_LABEL",
    "REMOVED_LABEL",
    "SHARED_NAME",
    "TABLE_LABELS",
    "AlreadyForgotten",
    "ForgetPreview",
    "ForgetResult",
    "Mention",
    "PurgeIncomplete",
    "Traces",
    "clean_after_erasure",
    "forget_member",
    "forget_preview",
    "initials",
    "members_without_consent",
    "pseudonym_for",
    "set_consent",
    "subject_access",
    "subject_access_json",
    "traces_for",
]
