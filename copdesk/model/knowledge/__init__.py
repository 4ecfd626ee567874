"""The community's knowledge across organisations ("Wer kann was"): read only, except
proposing a match as a backlog topic.

``load_facts`` reads offers and seeks (of organisations and their current people),
presentations (tagged agenda items of held meetings with a presenter) and shared
materials in a handful of queries; ``build_matrix`` (organisations × subjects),
``sources`` (who to ask about a subject) and ``find_matches`` (a seek in one organisation,
an offer in another) are made from them in memory. ``propose_topic`` goes through
``backlog.add_topic``.
"""

from copdesk.model.knowledge.dto import (
    Cell,
    Facts,
    Match,
    Matrix,
    Named,
    Party,
    Presentation,
    Shared,
    Source,
    Stance,
)
from copdesk.model.knowledge.proposing import DEFAULT_TITLE, match_title, propose_topic
from copdesk.model.knowledge.reading import current_people, load_facts
from copdesk.model.knowledge.views import (
    build_matrix,
    find_matches,
    knowledge_matrix,
    matches,
    seekers,
    sources,
    who_to_ask,
)

__all__ = [
    "DEFAULT_TITLE",
    "Cell",
    "Facts",
    "Match",
    "Matrix",
    "Named",
    "Party",
    "Presentation",
    "Shared",
    "Source",
    "Stance",
    "build_matrix",
    "current_people",
    "find_matches",
    "knowledge_matrix",
    "load_facts",
    "match_title",
    "matches",
    "propose_topic",
    "seekers",
    "sources",
    "who_to_ask",
]
