"""Cleaning and checking what users type, before it reaches the database.

SQLite accepts a megabyte in a ``String(50)``, and a lone surrogate pasted from the
clipboard only fails at commit: both are caught here with a message for the field.
"""

from __future__ import annotations

import re

from copdesk.model.errors import QT_TRANSLATE_NOOP, ValidationError

_EMAIL = re.compile(r"^[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[^@\s,;<>\".]{2,}$")
_SURROGATES = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(value: str | None, *, max_len: int, field: str, multiline: bool = False) -> str:
    """Strip, drop unencodable and control characters, and enforce the length."""
    text = _SURROGATES.sub("\ufffd", value or "")
    text = _CONTROL.sub("", text)
    if not multiline:
        text = " ".join(text.split())
    else:
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(text) > max_len:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This text is too long ({length} characters; at most {max})."),
            field=field,
            length=len(text),
            max=max_len,
        )
    return text


def required(value: str, *, field: str, template: str) -> str:
    if not value:
        raise ValidationError(template, field=field)
    return value


def is_email(value: str) -> bool:
    return bool(_EMAIL.match(value))


def check_email(value: str, *, field: str = "email") -> str:
    value = value.strip()
    if value and not is_email(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "“{value}” is not a valid e-mail address (example: name@stadt.de)."
            ),
            field=field,
            value=value,
        )
    return value


_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f]")


def escape_controls(value: str | None, *, keep: str = "") -> str:
    """*value* with every control character shown as ``\\xNN`` (C0, DEL and C1), except
    those in *keep* (e.g. ``"\\n\\t"`` for multi-line text).

    The one helper for everything that leaves the program: terminal output, .ics/.eml
    text, PDFs, messages. Input is cleaned when typed (:func:`clean`), but a file from
    someone else can hold anything: an escape sequence printed raw retitles or clears the
    terminal, and a NUL byte breaks calendar files.
    """
    text = value or ""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: m.group() if m.group() in keep else f"\\x{ord(m.group()):02x}",
                       text)


def escape_controls_in(obj, *, keep: str = "\n\t"):
    """A copy of *obj* (a frozen dataclass, tuple or string, nested) with
    :func:`escape_controls` applied to every string in it: what an export writes."""
    import dataclasses

    if isinstance(obj, str):
        return escape_controls(obj, keep=keep)
    if isinstance(obj, tuple):
        return tuple(escape_controls_in(item, keep=keep) for item in obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.replace(obj, **{
            f.name: escape_controls_in(getattr(obj, f.name), keep=keep)
            for f in dataclasses.fields(obj) if f.init})
    return obj


def sort_key(value: str | None) -> str:
    """A key that sorts names as German readers expect: Ö with O, ß as ss, case ignored."""
    import unicodedata

    text = (value or "").casefold().replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
