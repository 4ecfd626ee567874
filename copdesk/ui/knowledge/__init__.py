"""The knowledge page ("Wissen", Ctrl+9): the matrix of organisations × subjects, who to
ask about a subject, and matches proposed as a topic or an introduction e-mail.

Other features add their tabs with :func:`add_knowledge_tab` (a factory taking the
``PageContext``)."""

from copdesk.ui.knowledge.page import KnowledgePage, TabFactory, add_knowledge_tab

__all__ = ["KnowledgePage", "TabFactory", "add_knowledge_tab"]
