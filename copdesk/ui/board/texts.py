"""The board window's texts made from the board: the budget line and the topic cards.

The texts keep the translation context ``BoardWindow``, where they were written first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from copdesk.model import leancoffee as lc
from copdesk.ui.i18n import plural

translate = QCoreApplication.translate  # the texts' context: BoardWindow


def budget_text(b: lc.Board) -> str:
    """The line above the columns: budget, who is here, votes given, the timebox."""
    n, per_person = len(b.topics), b.budget
    if b.budget_setting is None:
        budget = plural(
            translate(
                "BoardWindow", "Votes: %n per person (a third of the topics)", "", per_person
            ),
            per_person,
        )
    else:
        budget = plural(
            translate("BoardWindow", "Votes: %n per person", "", per_person), per_person
        )
    present = len(b.present)
    parts = [budget, plural(translate("BoardWindow", "%n present", "", present), present)]
    if present:
        parts.append(
            translate("BoardWindow", "%1 of %2 votes given")
            .replace("%1", str(b.total_votes))
            .replace("%2", str(b.capacity))
        )
    elif not b.closed:
        parts.append(translate("BoardWindow", "⚠ record who is here: Ctrl+H"))
    if n:
        parts.append(
            translate("BoardWindow", "Timebox %1 + %2 min")
            .replace("%1", str(b.timebox_minutes))
            .replace("%2", str(b.extension_minutes))
        )
    return " · ".join(parts)


def describe(topic: lc.BoardTopic) -> str:
    """A card in one line: title, votes, proposer."""
    votes = topic.votes
    parts = [topic.title, plural(translate("BoardWindow", "%n vote(s)", "", votes), votes)]
    if topic.proposer:
        parts.append(translate("BoardWindow", "proposed by %1").replace("%1", topic.proposer))
    return " — ".join(parts)


def details(topic: lc.BoardTopic, voter: str | None, mine: int) -> str:
    """A card's second line; with *voter*'s first name, the *mine* votes they gave it."""
    parts: list[str] = []
    if topic.column == "discussed":
        minutes = round(topic.seconds_used / 60) if topic.seconds_used else 0
        parts.append("✓ " + translate("BoardWindow", "%1 min").replace("%1", str(minutes)))
        extensions = topic.extensions
        if extensions:
            parts.append(
                plural(translate("BoardWindow", "%n extension(s)", "", extensions), extensions)
            )
    if topic.proposer:
        parts.append(
            translate("BoardWindow", "%1 (here)").replace("%1", topic.proposer)
            if topic.proposer_present
            else topic.proposer
        )
    if topic.new_in_meeting:
        parts.append(translate("BoardWindow", "new"))
    if voter is not None and topic.column == "to_discuss" and mine:
        parts.append(f"{voter}: " + "●" * mine)
    return " · ".join(parts)
