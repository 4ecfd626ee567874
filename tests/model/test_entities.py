"""The ORM classes and the Core tables they map agree: one declaration, two views.

Columns are declared in ``tables.py``; ``entities.py`` only annotates them. A column added
to a table without its annotation (or an annotation whose type or optionality differs from
the column) would give code a wrong idea of the data, so this fails.
"""

from __future__ import annotations

import inspect
import types
import typing

import pytest
from sqlalchemy.orm import Mapped

from copdesk.model import entities as E
from copdesk.model import tables
from copdesk.model.base import Base

MAPPED = sorted(Base.registry.mappers, key=lambda m: m.class_.__name__)


def annotation_of(cls, name):
    for klass in cls.__mro__:
        annotations = inspect.get_annotations(klass)
        if name in annotations:
            return annotations[name]
    return None


def python_type(annotation) -> tuple[type | None, bool]:
    """``Mapped[X | None]`` -> (X, True); ``Mapped[X]`` -> (X, False)."""
    assert typing.get_origin(annotation) is Mapped, annotation
    (inner,) = typing.get_args(annotation)
    if isinstance(inner, types.UnionType) or typing.get_origin(inner) is typing.Union:
        args = [a for a in typing.get_args(inner) if a is not type(None)]
        return args[0], True
    return inner, False


def test_every_table_has_one_mapped_class():
    assert sorted(m.local_table.name for m in MAPPED) == sorted(tables.metadata.tables)
    assert len(tables.metadata.tables) == 36


@pytest.mark.parametrize("mapper", MAPPED, ids=lambda m: m.class_.__name__)
def test_annotations_match_the_columns(mapper):
    cls = mapper.class_
    problems = []
    for column in mapper.local_table.columns:
        annotation = annotation_of(cls, column.name)
        if annotation is None:
            problems.append(f"{column.name}: no annotation")
            continue
        kind, optional = python_type(annotation)
        if kind is not column.type.python_type:
            problems.append(f"{column.name}: {kind} annotated, {column.type.python_type} stored")
        if optional != column.nullable:
            problems.append(f"{column.name}: optional={optional}, nullable={column.nullable}")
    columns = set(mapper.local_table.columns.keys())
    relationships = set(mapper.relationships.keys())
    for name in cls.__annotations__:
        if name not in columns and name not in relationships:
            problems.append(f"{name}: annotated but neither a column nor a relationship")
    assert problems == []


def test_the_stored_values_are_the_same_objects_in_both_modules():
    assert E.MeetingStatus is tables.MeetingStatus
    assert E.new_uid is tables.new_uid
