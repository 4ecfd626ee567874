"""The demo's fixed content, read from the JSON files in ``copdesk/demo/data/``.

The files hold what a writer would change (organisations, people, topics, the sentences of
the minutes, the name lists of the large file); the generator's code holds only how they
are combined. They are read once, through ``importlib.resources``, so that the same code
works from a checkout, an installed wheel and a PyInstaller bundle. The shapes below are
the tuples the generator unpacks; the order of every list is part of the seeded story.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from typing import Any, NamedTuple

from copdesk.model.tables import OrgKind, VideoTool


def _load(name: str) -> Any:
    text = resources.files("copdesk.demo").joinpath("data", f"{name}.json").read_text("utf-8")
    return json.loads(text)


def _day(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


class OrgSpec(NamedTuple):
    name: str
    kind: str
    state: str
    city: str
    domain: str
    video_tool: str


class MemberSpec(NamedTuple):
    first_name: str
    last_name: str
    organisation: int  # index into ORGANISATIONS
    function: str
    offers: str
    seeks: str
    joined_on: dt.date
    consent: bool
    left_on: dt.date | None


class AbsenceSpec(NamedTuple):
    member: int  # index into MEMBERS
    start: int | dt.date  # days relative to today, or a date
    end: int | dt.date
    note: str


class TopicSpec(NamedTuple):
    key: str
    title: str
    description: str
    tags: tuple[str, ...]
    takeaway: str


def _relative(value: int | str) -> int | dt.date:
    return value if isinstance(value, int) else dt.date.fromisoformat(value)


_community = _load("community")
_backlog = _load("backlog")
_texts = _load("texts")
_large = _load("large")

COMMUNITY_NAME: str = _community["name"]
FOUNDED = dt.date.fromisoformat(_community["founded"])

_org_index = {o["key"]: n for n, o in enumerate(_community["organisations"])}
ORGANISATIONS = tuple(
    OrgSpec(o["name"], o["kind"], o["state"], o["city"], o["domain"], o["video_tool"])
    for o in _community["organisations"]
)
FOUNDING_ORGANISATIONS = frozenset(
    n for n, o in enumerate(_community["organisations"]) if o["founding"]
)
_member_index = {m["key"]: n for n, m in enumerate(_community["members"])}
MEMBERS = tuple(
    MemberSpec(
        m["first_name"],
        m["last_name"],
        _org_index[m["organisation"]],
        m["function"],
        m["offers"],
        m["seeks"],
        dt.date.fromisoformat(m["joined_on"]),
        m["consent"],
        _day(m["left_on"]),
    )
    for m in _community["members"]
)
ABSENCES = tuple(
    AbsenceSpec(_member_index[a["member"]], _relative(a["start"]), _relative(a["end"]), a["note"])
    for a in _community["absences"]
)
WOL_ORGANISER = _member_index[_community["wol"]["organiser"]]
WOL_FIRST_CIRCLE = tuple(_member_index[k] for k in _community["wol"]["first_circle"])
WOL_SECOND_CIRCLE = tuple(_member_index[k] for k in _community["wol"]["second_circle"])
GUESTS: tuple[tuple[str, str, str], ...] = tuple(
    (g["name"], g["organisation"], g["email"]) for g in _community["guests"]
)

TAGS: tuple[str, ...] = tuple(_backlog["tags"])
TOPICS = tuple(
    TopicSpec(t["key"], t["title"], t["description"], tuple(t["tags"]), t["takeaway"])
    for t in _backlog["topics"]
)
PLANNED_TOPICS: tuple[str, ...] = tuple(_backlog["planned"])
MERGED_TOPIC: tuple[str, str] = (_backlog["merged"]["topic"], _backlog["merged"]["into"])
# earlier topics, discussed before the backlog was kept here: title, takeaway
HISTORIC_TOPICS: tuple[tuple[str, str], ...] = tuple(
    (t["title"], t["takeaway"]) for t in _backlog["historic_topics"]
)

CHECK_INS: tuple[str, ...] = tuple(_texts["check_ins"])
PRIVATE_CHECK_INS: tuple[str, ...] = tuple(_texts["private_check_ins"])
CHECK_OUTS: tuple[str, ...] = tuple(_texts["check_outs"])
NEWS: tuple[str, ...] = tuple(_texts["news"])
DECISIONS: tuple[str, ...] = tuple(_texts["decisions"])
ACTIONS: tuple[str, ...] = tuple(_texts["actions"])
EXCUSE_NOTES: tuple[str, ...] = tuple(_texts["excuse_notes"])
WOL_WEEKS: tuple[str, ...] = tuple(_texts["wol_weeks"])
WOL_TAKEAWAYS: tuple[str, ...] = tuple(_texts["wol_takeaways"])
WOL_CHECK_INS: tuple[str, ...] = tuple(_texts["wol_check_ins"])
COHORT_GOALS: tuple[str, ...] = tuple(_texts["cohort_goals"])
# Sentences of the story that the generator fills in (``str.format`` fields in braces).
PHRASES: dict[str, str] = dict(_texts["phrases"])

FIRST_NAMES_F: tuple[str, ...] = tuple(_large["first_names_female"])
FIRST_NAMES_M: tuple[str, ...] = tuple(_large["first_names_male"])
LAST_NAMES: tuple[str, ...] = tuple(_large["last_names"])
# city, state (the six core cities are left out)
CITIES: tuple[tuple[str, str], ...] = tuple((c["city"], c["state"]) for c in _large["cities"])
FUNCTIONS: tuple[str, ...] = tuple(_large["functions"])
SUBGROUPS: tuple[str, ...] = tuple(_large["subgroups"])
ASPECTS: tuple[str, ...] = tuple(_large["aspects"])
SUBJECTS = tuple(t.title for t in TOPICS if t.key != MERGED_TOPIC[0]) + tuple(
    t for t, _ in HISTORIC_TOPICS
)

# --- the story's fixed points (code, not content: the generator is written around them) ---

M, U = OrgKind.MUNICIPALITY.value, OrgKind.UTILITY.value
TEAMS, WEBEX, ZOOM, BBB = (
    VideoTool.TEAMS.value,
    VideoTool.WEBEX.value,
    VideoTool.ZOOM.value,
    VideoTool.BBB.value,
)
TOOL_LABEL = {TEAMS: "Microsoft Teams", WEBEX: "Webex", ZOOM: "Zoom", BBB: "BigBlueButton"}
# Meeting i is hosted by ORGANISATIONS[(i + HOST_OFFSET) % 6]: Karlsruhe started in 2020,
# Heidelberg hosts the in-person meeting (Q3/2023), Offenbach the hybrid one (Q2/2024).
HOST_OFFSET = 4
IN_PERSON = (2023, 3)
HYBRID = (2024, 2)
SWAP_AT = (2022, 2)
# Root meetings whose topics and votes are in the backlog (older ones came from Word files).
TOOL_ERA_MEETINGS = 5
# Invitation text and dial-in of each video tool, as the tool writes them ({} fields).
VIDEO_TEXTS: dict[str, dict[str, str]] = {
    tool: dict(texts) for tool, texts in _texts["video"].items()
}
# Functions with a female form ("Digitallotse" -> "Digitallotsin"); notes of bulk absences.
FEMALE_FUNCTIONS: dict[str, str] = dict(_large["female_functions"])
ABSENCE_NOTES: tuple[str, ...] = tuple(_large["absence_notes"])
