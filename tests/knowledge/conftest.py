"""Fixtures for the knowledge tests: the UI language."""

from tests.meetings.conftest import english, german  # noqa: F401 - fixtures
