"""One local-time module: the default zone is defined once, and read tolerantly."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import copdesk
from copdesk.model import localtime
from copdesk.model.localtime import DEFAULT_TZ, DEFAULT_ZONE, local, local_date, zone_or_default

UTC = dt.UTC


def test_default_zone_is_berlin():
    assert DEFAULT_TZ == "Europe/Berlin"
    assert DEFAULT_ZONE == ZoneInfo("Europe/Berlin")


def test_zone_or_default_stands_in_for_empty_and_unknown_names():
    assert zone_or_default(None) is DEFAULT_ZONE
    assert zone_or_default("") is DEFAULT_ZONE
    assert zone_or_default("Mars/Olympus_Mons") is DEFAULT_ZONE
    assert zone_or_default("../../etc/passwd") is DEFAULT_ZONE  # ValueError in zoneinfo
    assert zone_or_default("Europe/London") == ZoneInfo("Europe/London")
    london = ZoneInfo("Europe/London")
    assert zone_or_default(london) is london


def test_local_date_is_the_day_in_the_zone():
    late = dt.datetime(2026, 3, 12, 23, 30, tzinfo=UTC)  # 00:30 the next day in Berlin
    assert local_date(late, None) == dt.date(2026, 3, 13)
    assert local_date(late, "Europe/London") == dt.date(2026, 3, 12)
    assert local_date(late, "unknown/zone") == dt.date(2026, 3, 13)
    assert local_date(None, "Europe/Berlin") is None


def test_local_keeps_the_instant():
    instant = dt.datetime(2026, 7, 1, 12, tzinfo=UTC)
    shown = local(instant)
    assert shown == instant
    assert shown.utcoffset() == dt.timedelta(hours=2)


# module-level definitions of the zone, anywhere but localtime (migrations keep their own)
_DEFINITION = re.compile(
    r'^(?:DEFAULT_TZ|BERLIN|DEFAULT_ZONE)\s*(?::[^=]+)?=|ZoneInfo\(\s*"Europe/Berlin"\s*\)',
    re.MULTILINE,
)


def test_the_zone_is_defined_once():
    root = Path(copdesk.__file__).parent
    own = Path(localtime.__file__)
    found = [
        f"{path.relative_to(root)}: {match.group(0)}"
        for path in sorted(root.rglob("*.py"))
        if path != own and "migrations" not in path.parts
        for match in _DEFINITION.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []
