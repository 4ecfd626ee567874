"""Finding a person in free text: their name, e-mail and phone in every spelling.

:class:`Traces` holds the patterns for one member (certain ones rewrite, uncertain ones
only find); :func:`traces_for` builds them knowing which name parts other people share.
"""

from __future__ import annotations

import json
import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import text
from copdesk.model.privacy.labels import DEFAULT_PSEUDONYM, DEFAULT_REMOVED

MIN_PHONE_DIGITS = 6
_SEP = r"[\s\-/().]*"


def initials(first: str, last: str) -> str:
    return " ".join(f"{p[0].upper()}." for p in (first.strip(), last.strip()) if p)


def pseudonym_for(first: str, last: str, label: str = DEFAULT_PSEUDONYM) -> str:
    short = initials(first, last)
    return f"{label} ({short})" if short else label


def _json_escaped(value: str) -> str:
    return json.dumps(value)[1:-1]


def _phone_patterns(phone: str) -> list[str]:
    digits = re.sub(r"\D", "", phone)
    if len(digits) < MIN_PHONE_DIGITS:
        return []
    international = phone.strip().startswith(("+", "00"))
    digits = digits.removeprefix("00")
    national = None  # German numbers are written both ways: +49 30 …, 030 …, +49 (0)30 …
    if international and digits.startswith("49"):
        national = digits[2:]
    elif not international and digits.startswith("0") and not digits.startswith("00"):
        national = digits[1:]
    variants = [r"(?:\+|00)" + _SEP + _SEP.join(digits) if international else _SEP.join(digits)]
    if national:  # the longer international form first, or "+49 " would be left behind
        variants.append(
            r"(?:\+|00)"
            + _SEP
            + "4"
            + _SEP
            + "9"
            + _SEP
            + r"(?:\(0\)"
            + _SEP
            + ")?"
            + _SEP.join(national)
        )
        variants.append(_SEP.join("0" + national))
    # a number may open with a bracket: "(030) 23125000" leaves no "(" behind
    return list(dict.fromkeys(rf"(?<!\d)\(?{v}(?!\d)" for v in variants))


def _email_spellings(email: str) -> list[str]:
    """The ways one address may be written (``text.email_key`` treats them as one)."""
    email = email.strip()
    if not email:
        return []
    local, _at, domain = text.email_key(email).rpartition("@")
    forms = [email, unicodedata.normalize("NFC", email), unicodedata.normalize("NFD", email)]
    if domain.startswith("xn--") or ".xn--" in domain:
        forms.append(f"{local}@{domain}")
    return list(dict.fromkeys(forms))


_TRANSLITERATED = {"ä": "(?:ä|ae)", "ö": "(?:ö|oe)", "ü": "(?:ü|ue)", "ß": "(?:ß|ss)"}
# "Frau Groß", "Hr. Dr. Weiß": a surname after a form of address means a person
_ADDRESS = r"(?:(?:Frau|Herrn?|Fr\.|Hr\.|Mrs?\.?|Ms\.?)\s+)?(?:(?:Dr|Prof)\.\s+)*"


def _tolerant(name: str) -> str:
    """A pattern for *name* as people also write it: "Gross", "Groß", "Müller", "Mueller"
    (with ``re.IGNORECASE``: "SABINE GROSS" too), any whitespace between words."""
    out = []
    for ch in name:
        if ch.lower() in _TRANSLITERATED:
            out.append(_TRANSLITERATED[ch.lower()])
        elif ch.isspace():
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


class Traces:
    """Where a member's name, e-mail or phone occurs in text, and how to remove it.

    ``rules`` are certain and rewrite: the e-mail address and phone number in any of their
    spellings; the full name ("Sabine Groß", "Groß, Sabine", "SABINE GROSS") unless another
    member has the same; the surname after a form of address ("Frau Groß") and the first
    name alone, each only if it is no other member's or guest's first or last name.
    ``uncertain`` patterns only find (the texts are listed, never rewritten): the surname
    alone ("Groß- und Kleinschreibung", "Thomas Groß"), and any name part someone else has.
    Texts are searched in NFC, so a name typed with combining accents is found as well.
    """

    def __init__(
        self,
        first: str,
        last: str,
        email: str,
        phone: str,
        *,
        first_name_unique: bool = True,
        last_name_unique: bool = True,
        full_name_unique: bool = True,
        pseudonym: str = DEFAULT_PSEUDONYM,
        removed: str = DEFAULT_REMOVED,
    ) -> None:
        self.rules: list[tuple[re.Pattern[str], str]] = []
        self.uncertain: list[re.Pattern[str]] = []
        coarse: list[str] = []
        first = unicodedata.normalize("NFC", first.strip())
        last = unicodedata.normalize("NFC", last.strip())
        ci = re.IGNORECASE

        def rule(pattern: str, replacement: str, certain: bool, flags: int = 0) -> None:
            if certain:
                self.rules.append((re.compile(pattern, flags), replacement))
            else:
                self.uncertain.append(re.compile(pattern, flags))
            coarse.append(pattern)

        for spelling in _email_spellings(email):  # as typed, NFC/NFD, punycode domain
            rule(rf"(?<![\w.+\-]){re.escape(spelling)}(?![\w\-])", removed, True, ci)
        for pattern in _phone_patterns(phone):
            rule(pattern, removed, True)
        # names as written, then as they appear JSON-escaped in stored snapshots ("Gro\u00df")
        variants = [(_tolerant(first), _tolerant(last), pseudonym)]
        if (_json_escaped(first), _json_escaped(last)) != (first, last):
            variants.append(
                (
                    re.escape(_json_escaped(first)),
                    re.escape(_json_escaped(last)),
                    _json_escaped(pseudonym),
                )
            )
        for f, la, label in variants:  # full names first: "Sabine" must not eat "Sabine Groß"
            if first and last:
                for full in (rf"{f}\s+{la}", rf"{la},\s*{f}", rf"{la}\s+{f}"):
                    rule(rf"(?<!\w){_ADDRESS}{full}(?!\w)", label, full_name_unique, ci)
        for f, la, label in variants:
            if last and len(last) >= 2:
                rule(
                    rf"(?<!\w)(?:Frau|Herrn?|Fr\.|Hr\.|Mrs?\.?|Ms\.?|Dr\.|Prof\.)\s+"
                    rf"{_ADDRESS}{la}(?!\w)",
                    label,
                    last_name_unique and full_name_unique,
                    ci,
                )
                if first:  # "S. Groß", "S.Groß"
                    rule(
                        rf"(?<!\w){re.escape(first[0])}\.\s*{la}(?!\w)",
                        label,
                        last_name_unique and full_name_unique,
                        ci,
                    )
                rule(rf"(?<!\w){la}(?!\w)", label, False)
            if first and len(first) >= 3:
                rule(
                    rf"(?<!\w){f}(?!\w)",
                    label,
                    (first_name_unique or not last) and full_name_unique,
                )
        self.coarse = "(?i)" + "|".join(coarse) if coarse else ""

    @staticmethod
    def _nfc(text_: str) -> str:
        return text_ if text_.isascii() else unicodedata.normalize("NFC", text_)

    def scrub(self, text_: str) -> str:
        """*text_* without the certain traces (in NFC if it had any; else unchanged)."""
        nfc = self._nfc(text_)
        if not any(pattern.search(nfc) for pattern, _r in self.rules):
            return text_
        for pattern, replacement in self.rules:
            nfc = pattern.sub(replacement, nfc)
        return nfc

    def mentions(self, text_: str) -> bool:
        nfc = self._nfc(text_)
        return any(pattern.search(nfc) for pattern, _r in self.rules)

    def mentions_uncertainly(self, text_: str) -> bool:
        nfc = self._nfc(text_)
        return any(pattern.search(nfc) for pattern in self.uncertain)

    def excerpt(self, text_: str, width: int = 70) -> str:
        """The text around the first match, on one line, the match near the start."""
        text_ = self._nfc(text_)
        found = [
            m for m in (p.search(text_) for p in [r[0] for r in self.rules] + self.uncertain) if m
        ]
        start = min((m.start() for m in found), default=0)
        left = max(0, start - 16)
        piece = " ".join(text_[left : left + width].split())
        return ("…" if left else "") + piece + ("…" if left + width < len(text_) else "")


def traces_for(
    session: Session,
    member: E.Member,
    *,
    pseudonym: str = DEFAULT_PSEUDONYM,
    removed: str = DEFAULT_REMOVED,
) -> Traces:
    """The member's traces. A name part counts as theirs alone only if it is no other
    member's first or last name and no word of a guest's name (guests named exactly like
    the member are the member)."""
    first, last = member.first_name.strip(), member.last_name.strip()
    full = f"{first} {last}".casefold()
    others: set[str] = set()
    namesake = False
    for other_first, other_last in session.execute(
        select(E.Member.first_name, E.Member.last_name).where(E.Member.id != member.id)
    ):
        others.update(w.casefold() for w in (other_first.strip(), other_last.strip()))
        namesake = namesake or f"{other_first.strip()} {other_last.strip()}".casefold() == full
    for (guest,) in session.execute(select(E.Guest.name).distinct()):
        if " ".join(guest.split()).casefold() != full:
            others.update(w.casefold() for w in re.findall(r"\w+", guest))
    return Traces(
        first,
        last,
        member.email,
        member.phone,
        first_name_unique=first.casefold() not in others,
        last_name_unique=last.casefold() not in others,
        full_name_unique=not (first and last and namesake),
        pseudonym=pseudonym,
        removed=removed,
    )
