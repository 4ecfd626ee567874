"""The rotation's plain constants: roles, record kinds, meeting fields and limits.

Kept apart so that every rotation module (snapshot, engine, overrides and the entry point
``rotation.py``) can share them without importing each other; ``rotation.py`` re-exports
them, so ``rotation.HOST`` and friends keep working.
"""

from __future__ import annotations

from copdesk.model import entities as E

HOST = E.RotationRole.HOST.value
MODERATOR = E.RotationRole.MODERATOR.value
CO_MODERATOR = E.RotationRole.CO_MODERATOR.value
PROTOCOL = E.RotationRole.PROTOCOL.value
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

TURN = E.RotationKind.TURN.value
SKIP = E.RotationKind.SKIP.value
SWAP = E.RotationKind.SWAP.value
VOLUNTEER = E.RotationKind.VOLUNTEER.value
HAND_BACK = E.RotationKind.HAND_BACK.value

REASON_MAX = 500
MAX_FORECAST = 40
MAX_MIN_ATTENDED = 50
HINT_YEARS = 2
MAX_NOTES = 3
