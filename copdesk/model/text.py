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


def sort_key(value: str | None) -> str:
    """A key that sorts names as German readers expect: Ö with O, ß as ss, case ignored."""
    import unicodedata

    text = (value or "").casefold().replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
