"""Cleaning and checking what users type, before it reaches the database.

SQLite accepts a megabyte in a ``String(50)``, and a lone surrogate pasted from the
clipboard only fails at commit: both are caught here with a message for the field.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from typing import TypeVar, cast

from copdesk.model.errors import QT_TRANSLATE_NOOP, ValidationError

T = TypeVar("T")

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
            QT_TRANSLATE_NOOP(
                "errors", "This text is too long ({length} characters; at most {max})."
            ),
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


# C0, DEL, C1; and the bidirectional controls: embeddings and overrides (U+202A-U+202E),
# isolates (U+2066-U+2069) and the marks LRM, RLM, ALM (U+200E, U+200F, U+061C)
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escape_controls(value: str | None, *, keep: str = "") -> str:
    """*value* with every control character shown as ``\\xNN`` (C0, DEL and C1) and every
    bidirectional control as ``\\uNNNN``, except those in *keep* (e.g. ``"\\n\\t"`` for
    multi-line text).

    The one helper for everything that leaves the program: terminal output, .ics/.eml
    text, PDFs, messages. Input is cleaned when typed (:func:`clean`), but a file from
    someone else can hold anything: an escape sequence printed raw retitles or clears the
    terminal, a NUL byte breaks calendar files, and U+202E shows "Treffen <U+202E>fdp.exe"
    as "Treffen exe.pdf" (an embedding or isolate left open also turns the text after it).
    The other invisible format characters stay: the zero-width joiner builds emoji (woman,
    ZWJ, laptop is one picture), the zero-width non-joiner and the soft hyphen are German
    typesetting, and none of them reorders text. Right-to-left names show their letters
    in the right order without the marks; only the placement of punctuation can differ.
    """
    text = value or ""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: m.group() if m.group() in keep else _escaped(m.group()), text)


def escape_controls_in(obj: T, *, keep: str = "\n\t") -> T:
    """A copy of *obj* (a frozen dataclass, tuple or string, nested) with
    :func:`escape_controls` applied to every string in it: what an export writes."""
    return cast(T, _escape_in(obj, keep))  # each branch rebuilds the same type


def _escape_in(obj: object, keep: str) -> object:
    if isinstance(obj, str):
        return escape_controls(obj, keep=keep)
    if isinstance(obj, tuple):
        return tuple(_escape_in(item, keep) for item in obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.replace(
            obj,
            **{
                f.name: _escape_in(getattr(obj, f.name), keep)
                for f in dataclasses.fields(obj)
                if f.init
            },
        )
    return obj


def email_key(value: str | None) -> str:
    """The identity of an e-mail address: two addresses are the same if their keys are.

    Use it wherever addresses are compared (duplicates, recipients, data requests); store
    and show what the user typed. The key is NFC-normalised (macOS and some web forms write
    "ü" as "u" plus a combining diaeresis), lower-cased and its domain in the ASCII form of
    IDNA, so "Jürgen@Müller.de" and "jürgen@xn--mller-kva.de" are one address. Lower-cased,
    not case-folded: "groß@" and "gross@" are different mailboxes, as are the domains
    "groß.de" and "gross.de" (IDNA 2008; Python's own "idna" codec is IDNA 2003 and would
    fold ß to ss, so each label is encoded with the punycode codec instead).
    """
    value = (value or "").strip()
    local, at, domain = value.rpartition("@")
    if not at:
        return _nfc_lower(value)
    return _nfc_lower(local) + "@" + _domain_key(domain)


def _nfc_lower(value: str) -> str:
    if value.isascii():
        return value.lower()
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", value).lower())


_DOTS = re.compile("[.\u3002\uff0e\uff61]")  # the full stops IDNA separates labels by


@functools.lru_cache(maxsize=4096)
def _domain_key(domain: str) -> str:
    """*domain* lower-cased, each label as IDNA writes it: "Müller.DE" → "xn--mller-kva.de"."""
    if domain.isascii() and "xn--" not in domain.lower():
        return domain.lower()
    return ".".join(_label_key(label) for label in _DOTS.split(_nfc_lower(domain)))


def _label_key(label: str) -> str:
    if label.isascii():
        if not label.startswith("xn--"):
            return label
        try:  # an A-label: decoded and encoded again, so that it reads as its U-label would
            unicode = _nfc_lower(label[4:].encode("ascii").decode("punycode"))
        except (UnicodeError, ValueError, IndexError, OverflowError):
            return label
        if unicode.isascii():  # not a real A-label: compare it as written
            return label
        label = unicode
    return "xn--" + label.encode("punycode").decode("ascii")


def sort_key(value: str | None) -> str:
    """A key that sorts names as German readers expect: Ö with O, ß as ss, case ignored."""
    text = (value or "").casefold().replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
