"""Every text of the rotation: labels, explanation templates, error templates.

Explanations are ``Text`` values whose templates live here (context ``"rotation"``); error
messages use context ``"errors"``. Kept in one module so that the engine, the overrides
and ``rotation.py`` (which re-exports the labels and ``RotationError``) share them without
import cycles, and so that a translator finds them together.
"""

from __future__ import annotations

from collections.abc import Callable

from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError
from copdesk.model.rotation.dto import State, Text
from copdesk.model.rotation.roles import (
    CO_MODERATOR,
    HAND_BACK,
    HOST,
    MODERATOR,
    PROTOCOL,
    SKIP,
    SWAP,
    TURN,
    VOLUNTEER,
)

ROLE_LABELS = {
    HOST: QT_TRANSLATE_NOOP("rotation", "Host organisation"),
    MODERATOR: QT_TRANSLATE_NOOP("rotation", "Moderator"),
    CO_MODERATOR: QT_TRANSLATE_NOOP("rotation", "Co-moderator"),
    PROTOCOL: QT_TRANSLATE_NOOP("rotation", "Protocol writer"),
}
KIND_LABELS = {
    TURN: QT_TRANSLATE_NOOP("rotation", "Turn"),
    SKIP: QT_TRANSLATE_NOOP("rotation", "Skipped"),
    SWAP: QT_TRANSLATE_NOOP("rotation", "Swap"),
    VOLUNTEER: QT_TRANSLATE_NOOP("rotation", "Volunteered"),
    HAND_BACK: QT_TRANSLATE_NOOP("rotation", "Handed back"),
}
STATE_LABELS = {
    State.OFF: QT_TRANSLATE_NOOP("rotation", "does not rotate"),
    State.CONFIRMED: QT_TRANSLATE_NOOP("rotation", "confirmed"),
    State.ASSIGNED: QT_TRANSLATE_NOOP("rotation", "entered by hand"),
    State.OVERRIDE: QT_TRANSLATE_NOOP("rotation", "changed"),
    State.PROPOSED: QT_TRANSLATE_NOOP("rotation", "proposed"),
    State.MOVED_ON: QT_TRANSLATE_NOOP("rotation", "proposed anew"),
    State.NOBODY: QT_TRANSLATE_NOOP("rotation", "nobody"),
}

# "Name: moderated 2×, last on 14.03.2024" — one line per role
TURN_COUNT = {
    HOST: QT_TRANSLATE_NOOP("rotation", "{name}: hosted {count}×, last on {date}"),
    MODERATOR: QT_TRANSLATE_NOOP("rotation", "{name}: moderated {count}×, last on {date}"),
    CO_MODERATOR: QT_TRANSLATE_NOOP("rotation", "{name}: co-moderated {count}×, last on {date}"),
    PROTOCOL: QT_TRANSLATE_NOOP("rotation", "{name}: wrote the protocol {count}×, last on {date}"),
}
NO_TURN_YET = {
    HOST: QT_TRANSLATE_NOOP("rotation", "{name}: has not hosted yet"),
    MODERATOR: QT_TRANSLATE_NOOP("rotation", "{name}: has not moderated yet"),
    CO_MODERATOR: QT_TRANSLATE_NOOP("rotation", "{name}: has not co-moderated yet"),
    PROTOCOL: QT_TRANSLATE_NOOP("rotation", "{name}: has not written the protocol yet"),
}
HELD_PREVIOUS = {
    HOST: QT_TRANSLATE_NOOP("rotation", "{name} hosted the previous meeting"),
    MODERATOR: QT_TRANSLATE_NOOP("rotation", "{name} moderated the previous meeting"),
}
RELAXED_PREVIOUS = {
    HOST: QT_TRANSLATE_NOOP(
        "rotation", "No other organisation can host: {name} hosts twice in a row."
    ),
    MODERATOR: QT_TRANSLATE_NOOP(
        "rotation", "Nobody else is available: {name} moderates twice in a row."
    ),
}
TEXTS = {
    "fewest": QT_TRANSLATE_NOOP("rotation", "fewest turns of all available"),
    "longer_ago": QT_TRANSLATE_NOOP("rotation", "as many turns as {other}, but longer ago"),
    "joined": QT_TRANSLATE_NOOP("rotation", "as many turns as {other}, and a member for longer"),
    "alphabet": QT_TRANSLATE_NOOP("rotation", "as many turns as {other}; alphabetical order"),
    "only": QT_TRANSLATE_NOOP("rotation", "the only one available"),
    "rule_alone": QT_TRANSLATE_NOOP("rotation", "by the rotation alone it would be {name}"),
    "confirmed": QT_TRANSLATE_NOOP("rotation", "confirmed on {date}"),
    "assigned": QT_TRANSLATE_NOOP("rotation", "entered in the meeting, not yet confirmed"),
    "volunteered": QT_TRANSLATE_NOOP("rotation", "volunteered: {reason}"),
    "swapped": QT_TRANSLATE_NOOP("rotation", "takes over from {other} (swap): {reason}"),
    "absent": QT_TRANSLATE_NOOP("rotation", "{name} is absent ({note})"),
    "absent_plain": QT_TRANSLATE_NOOP("rotation", "{name} is absent"),
    "declined": QT_TRANSLATE_NOOP("rotation", "{name} has declined this meeting"),
    "skipped": QT_TRANSLATE_NOOP("rotation", "{name} is skipped this time: {reason}"),
    "handed_back": QT_TRANSLATE_NOOP("rotation", "{name} handed the turn back: {reason}"),
    "newcomer": QT_TRANSLATE_NOOP(
        "rotation", "{name} has attended {attended} of the {required} meetings required"
    ),
    "org_unavailable": QT_TRANSLATE_NOOP("rotation", "nobody from {name} is available"),
    "other_role": QT_TRANSLATE_NOOP("rotation", "{name} already has a role in this meeting"),
    "same_org": QT_TRANSLATE_NOOP(
        "rotation", "{name} is from the same organisation as the other moderator"
    ),
    "relaxed_org": QT_TRANSLATE_NOOP(
        "rotation", "Nobody from another organisation is available: both moderators are from {org}."
    ),
    "relaxed_role": QT_TRANSLATE_NOOP(
        "rotation", "Not enough people available: {name} takes two roles."
    ),
    "moved_left": QT_TRANSLATE_NOOP(
        "rotation", "{name} had this turn but is no longer a member; the rotation moves on."
    ),
    "moved_absent": QT_TRANSLATE_NOOP(
        "rotation", "{name} had this turn but is absent on this date; the rotation moves on."
    ),
    "moved_declined": QT_TRANSLATE_NOOP(
        "rotation", "{name} had this turn but has declined; the rotation moves on."
    ),
    "moved_deleted": QT_TRANSLATE_NOOP(
        "rotation", "The person who had this turn was deleted; the rotation moves on."
    ),
    "moved_org": QT_TRANSLATE_NOOP(
        "rotation",
        "{name} was to host but has no members in the group any more; the rotation moves on.",
    ),
    "nobody_eligible": QT_TRANSLATE_NOOP(
        "rotation", "Nobody is eligible for this role. Check the rotation settings."
    ),
    "nobody_org": QT_TRANSLATE_NOOP(
        "rotation",
        "No organisation has members who are eligible to host. Check the rotation settings.",
    ),
    "nobody_newcomers": QT_TRANSLATE_NOOP(
        "rotation", "Nobody has attended enough meetings yet for this role."
    ),
    "nobody_available": QT_TRANSLATE_NOOP(
        "rotation", "Everyone eligible is absent, has declined or is skipped on this date."
    ),
    "hint_not_hosted": QT_TRANSLATE_NOOP(
        "rotation", "{name} has not hosted for over {years} years (last on {date})."
    ),
    "hint_never_hosted": QT_TRANSLATE_NOOP(
        "rotation", "{name} has never hosted (in the group since {date})."
    ),
    "hint_uneven": QT_TRANSLATE_NOOP(
        "rotation",
        "Uneven moderation: {most} moderated {max}×, {least} {min}×. The rotation proposes "
        "those with the fewest turns first.",
    ),
    "hint_estimated": QT_TRANSLATE_NOOP(
        "rotation",
        "Meetings after {date} are not planned yet: their dates are estimated "
        "from the cadence ({cadence}).",
    ),
    "every_months": QT_TRANSLATE_NOOP("rotation", "every {n} months"),
    "every_weeks": QT_TRANSLATE_NOOP("rotation", "every {n} weeks"),
    "monthly": QT_TRANSLATE_NOOP("rotation", "monthly"),
    "weekly": QT_TRANSLATE_NOOP("rotation", "weekly"),
    "cadence_title": QT_TRANSLATE_NOOP("rotation", "next meeting, date estimated"),
}

# --- errors (shown by the UI and the command line; context "errors") ----------------------

ERRORS = {
    "past": QT_TRANSLATE_NOOP(
        "errors",
        "“{title}” is over or cancelled: its roles belong to the history, which is "
        "never rewritten.",
    ),
    "role_off": QT_TRANSLATE_NOOP(
        "errors",
        "The role “{role}” does not rotate in this group. Switch it on in the "
        "rotation settings first.",
    ),
    "reason": QT_TRANSLATE_NOOP("errors", "Give a reason: it is kept in the rotation history."),
    "changed": QT_TRANSLATE_NOOP(
        "errors",
        "The forecast for “{title}” has changed in the meantime. Check it again, "
        "then confirm; nothing was written.",
    ),
    "nobody": QT_TRANSLATE_NOOP(
        "errors",
        "Nobody can be proposed for the role “{role}” at “{title}”: {why} Nothing "
        "was confirmed; switch the role off or change the date or the settings.",
    ),
    "no_turn": QT_TRANSLATE_NOOP(
        "errors",
        "Nobody holds the role “{role}” at “{title}” yet, so there is nothing to "
        "swap or hand back. Use “Volunteer” instead.",
    ),
    "same_person": QT_TRANSLATE_NOOP(
        "errors", "{name} already has this turn. Choose somebody else."
    ),
    "not_member": QT_TRANSLATE_NOOP(
        "errors", "{name} is not a current member of this group and cannot take the turn."
    ),
    "excluded": QT_TRANSLATE_NOOP(
        "errors", "{name} is excluded from this role in the rotation settings."
    ),
    "newcomer": QT_TRANSLATE_NOOP(
        "errors",
        "{name} has not attended enough meetings of this group yet for this role "
        "({attended} of {required}).",
    ),
    "absent": QT_TRANSLATE_NOOP("errors", "{name} is absent on the date of this meeting."),
    "declined": QT_TRANSLATE_NOOP("errors", "{name} has declined this meeting."),
    "other_role": QT_TRANSLATE_NOOP("errors", "{name} already has another role in this meeting."),
    "org_nobody": QT_TRANSLATE_NOOP(
        "errors", "{name} has no member in this group who could host on that date."
    ),
    "choose": QT_TRANSLATE_NOOP("errors", "Choose who takes the turn."),
    "min_attended": QT_TRANSLATE_NOOP("errors", "Enter a number of meetings from 0 to {max}."),
}


class RotationError(UserError):
    """A user error whose parameters may be rotation texts (translated when shown)."""

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        text = translate("errors", self.template) if translate else self.template
        values = {
            k: v.render(translate) if isinstance(v, Text) else v for k, v in self.params.items()
        }
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            return text
