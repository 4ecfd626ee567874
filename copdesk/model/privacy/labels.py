"""The texts that stand in for a forgotten member's data (translated by the callers)."""

from copdesk.model.errors import QT_TRANSLATE_NOOP

# What replaces a forgotten member's name (plus initials) and their e-mail or phone in
# texts; the callers translate these into the UI language before passing them in.
PSEUDONYM_LABEL = QT_TRANSLATE_NOOP("privacy", "former member")
REMOVED_LABEL = QT_TRANSLATE_NOOP("privacy", "[removed]")
DEFAULT_PSEUDONYM = PSEUDONYM_LABEL
DEFAULT_REMOVED = REMOVED_LABEL
