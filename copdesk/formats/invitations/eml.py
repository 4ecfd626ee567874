"""E-mail drafts (.eml) that open in Outlook (and Thunderbird) as an editable message.

Structure (``shared/design/INTEROP.md``, "E-mail drafts")::

    multipart/mixed
      multipart/alternative
        text/plain                     the invitation text
        text/html                      the same, formatted
        text/calendar; method=REQUEST  the invitation itself (inline, no disposition)
      application/ics  invite.ics      the same calendar data as an attachment

``X-Unsent: 1`` makes Outlook open it as a draft; ``Content-Class`` is added last because
``set_content``/``add_alternative``/``make_mixed`` drop earlier ``Content-*`` headers. The
message is serialised with ``policy.SMTP.clone(max_line_length=998)``: with the default
78 columns, display names with umlauts and a comma are folded into encoded words that
decode without their spaces.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from copdesk.formats.invitations.ics import ics_bytes
from copdesk.formats.invitations.text import html_text, plain_text, subject
from copdesk.model.invitations import Invitation
from copdesk.model.text import escape_controls, escape_controls_in

if TYPE_CHECKING:
    from email.headerregistry import Address
    from email.message import EmailMessage
    from email.policy import EmailPolicy


def _policy() -> EmailPolicy[EmailMessage]:
    """For serialising: CRLF, and headers folded only beyond 998 octets."""
    from email import policy  # deferred: start-up cost

    return policy.SMTP.clone(max_line_length=998)


def _build_policy() -> EmailPolicy[EmailMessage]:
    """For building: bodies are encoded in lines of at most 76 characters (RFC 2045)."""
    from email import policy  # deferred: start-up cost

    return policy.SMTP


def _address(name: str, email: str) -> Address:
    from email.headerregistry import Address  # deferred: start-up cost

    name = " ".join((name or "").split())
    return Address(display_name=name if name != email else "", addr_spec=email)


def build_message(inv: Invitation, locale: QLocale | None = None) -> EmailMessage:
    """The draft as an ``email.message.EmailMessage``; control characters in its texts are
    written as ``\\xNN`` (a NUL byte or line break in a header would break the message)."""
    from email.message import EmailMessage  # deferred: start-up cost
    from email.utils import format_datetime  # deferred: start-up cost

    inv = escape_controls_in(inv)
    calendar = ics_bytes(inv, locale)
    msg = EmailMessage(policy=_build_policy())
    msg["From"] = _address(inv.organiser.name, inv.organiser.email)
    msg["To"] = [_address(r.name, r.email) for r in inv.attendees]
    msg["Subject"] = subject(inv, locale)
    msg["Date"] = format_datetime(inv.dtstamp)
    msg["X-Unsent"] = "1"
    msg.set_content(
        plain_text(inv, locale), subtype="plain", charset="utf-8", cte="quoted-printable"
    )
    msg.add_alternative(
        html_text(inv, locale), subtype="html", charset="utf-8", cte="quoted-printable"
    )
    msg.add_alternative(
        calendar,
        maintype="text",
        subtype="calendar",
        cte="base64",
        params={"method": inv.method, "charset": "UTF-8"},
    )
    msg.make_mixed()
    msg.add_attachment(
        calendar,
        maintype="application",
        subtype="ics",
        cte="base64",
        filename="cancel.ics" if inv.cancelled else "invite.ics",
    )
    # last: the calls above replace the Content-* headers of the top part
    msg["Content-Class"] = "urn:content-classes:calendarmessage"
    return msg


def draft_bytes(
    to: Sequence[tuple[str, str]],
    subject_line: str,
    text: str,
    *,
    sender: tuple[str, str] | None = None,
    when: dt.datetime | None = None,
) -> bytes:
    """A plain-text e-mail draft (``X-Unsent: 1``): *to* and *sender* are (name, e-mail)
    pairs; recipients without an address are left out. Control characters in the header
    texts are written as ``\\xNN`` (as in :func:`build_message`)."""
    from email.message import EmailMessage  # deferred: start-up cost
    from email.utils import format_datetime  # deferred: start-up cost

    msg = EmailMessage(policy=_build_policy())
    if sender is not None and sender[1]:
        msg["From"] = _address(escape_controls(sender[0]), sender[1])
    msg["To"] = [_address(escape_controls(name), email) for name, email in to if email]
    msg["Subject"] = " ".join(escape_controls(subject_line).split())
    msg["Date"] = format_datetime(when or dt.datetime.now(dt.UTC))
    msg["X-Unsent"] = "1"
    msg.set_content(
        escape_controls(text, keep="\n\t"), subtype="plain", charset="utf-8", cte="quoted-printable"
    )
    return msg.as_bytes(policy=_policy())


def eml_bytes(inv: Invitation, locale: QLocale | None = None) -> bytes:
    return build_message(inv, locale).as_bytes(policy=_policy())
