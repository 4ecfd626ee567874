"""The rotation's plain constants: roles, record kinds, meeting fields and limits.

Kept apart so that every rotation module (snapshot, engine, overrides and the entry point
``rotation.py``) can share them without importing each other; ``rotation.py`` re-exports
them, so ``rotation.HOST`` and friends keep working.
"""

from __future__ import annotations

from copdesk.model.tables import RotationKind, RotationRole

HOST = RotationRole.HOST.value
MODERATOR = RotationRole.MODERATOR.value
CO_MODERATOR = RotationRole.CO_MODERATOR.value
PROTOCOL = RotationRole.PROTOCOL.value
# The order in which the roles of a meeting are filled (and shown).
ROLES = (HOST, MODERATOR, CO_MODERATOR, PROTOCOL)
PERSON_ROLES = (MODERATOR, CO_MODERATOR, PROTOCOL)
FIELDS = {
    HOST: "host_org_id",
    MODERATOR: "moderator_id",
    CO_MODERATOR: "co_moderator_id",
    PROTOCOL: "protocol_writer_id",
}
# Command-line spellings of the roles.
ROLE_NAMES = {
    "host": HOST,
    "moderator": MODERATOR,
    "co-moderator": CO_MODERATOR,
    "protocol": PROTOCOL,
}

TURN = RotationKind.TURN.value
SKIP = RotationKind.SKIP.value
SWAP = RotationKind.SWAP.value
VOLUNTEER = RotationKind.VOLUNTEER.value
HAND_BACK = RotationKind.HAND_BACK.value

REASON_MAX = 500
MAX_FORECAST = 40
MAX_MIN_ATTENDED = 50
HINT_YEARS = 2
MAX_NOTES = 3
