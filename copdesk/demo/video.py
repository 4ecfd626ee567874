"""Video-conference details as each organisation's tool would write them (all fictional)."""

from __future__ import annotations

import random
from typing import Any, NamedTuple

from copdesk.demo.content import TEAMS, VIDEO_TEXTS, WEBEX, ZOOM
from copdesk.demo.formatting import drama_number

TOKEN_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class OrgVideo(NamedTuple):
    """An organisation's standing video room: link, invitation text, dial-in, codes."""

    link: str
    text: str
    dialin: str
    code: str
    pin: str


class OrgInfo(NamedTuple):
    """What the generator remembers of an organisation beyond its row."""

    domain: str
    code: str
    pin: str


def token(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(TOKEN_ALPHABET) for _ in range(n))


def digits(rng: random.Random, *groups: int) -> str:
    return " ".join("".join(str(rng.randrange(10)) for _ in range(g)) for g in groups)


def video_details(rng: random.Random, tool: str, domain: str, dialin_no: int) -> OrgVideo:
    """Link, invitation text and dial-in as the organisation's video tool writes them."""
    slug = domain.split(".")[0]
    phone = drama_number(dialin_no)
    texts = VIDEO_TEXTS[tool if tool in (TEAMS, WEBEX, ZOOM) else "bbb"]
    fields: dict[str, str] = {"phone": phone}
    if tool == TEAMS:
        code, pin = digits(rng, 3, 3, 3, 3), token(rng, 6)
        link = (
            f"https://teams.{domain}/l/meetup-join/19%3ameeting_{token(rng, 40)}"
            f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{token(rng, 8)}%22%7d"
        )
    elif tool == WEBEX:
        code, pin = digits(rng, 4, 3, 4), token(rng, 8)
        link = f"https://{slug}.webex.example/meet/personalentwicklung"
    elif tool == ZOOM:
        code = digits(rng, 3, 4, 4)
        pin = digits(rng, 6)
        link = f"https://{slug}.zoom.example/j/{code.replace(' ', '')}?pwd={token(rng, 32)}"
    else:  # BigBlueButton
        code, pin = "", digits(rng, 6)
        room = f"cop-{token(rng, 3).lower()}-{token(rng, 3).lower()}-{token(rng, 3).lower()}"
        link = f"https://bbb.{domain}/b/{room}"
        fields["owner"] = slug.replace("-", " ").title()
        fields["conference_pin"] = digits(rng, 5)
    fields.update(link=link, code=code, pin=pin, plain=code.replace(" ", ""))
    return OrgVideo(
        link, texts["text"].format(**fields), texts["dialin"].format(**fields), code, pin
    )


def meeting_video(rng: random.Random, org: dict[str, Any], info: OrgInfo) -> dict[str, Any]:
    """The video columns of one meeting hosted by *org* (Teams and Zoom: a new room each)."""
    tool = org["video_tool"]
    url = org["video_link"]
    code, pin = info.code, info.pin
    if tool == TEAMS:  # a new link per meeting
        code = digits(rng, 3, 3, 3, 3)
        pin = token(rng, 6)
        url = (
            f"https://teams.{info.domain}/l/meetup-join/19%3ameeting_{token(rng, 40)}%40thread.v2/0"
        )
    elif tool == ZOOM:
        code = digits(rng, 3, 4, 4)
        pin = digits(rng, 6)
        url = f"https://{info.domain.split('.')[0]}.zoom.example/j/{code.replace(' ', '')}"
    return {
        "video_tool": tool,
        "join_url": url,
        "meeting_code": code,
        "passcode": pin,
        "dialin": org["video_dialin"],
    }
