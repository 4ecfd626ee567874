"""Independent parsers compute the same instants as zoneinfo from our files.

* recurring-ical-events (on icalendar) expands the weekly series across both DST switches;
  once as written and once with the TZID renamed, so that only the embedded VTIMEZONE
  can be used;
* vobject (dateutil) reads the file with its own VTIMEZONE handling;
* libical (Debian's gir1.2-ical-3.0, system Python) applies the RFC 5546 restrictions per
  METHOD and expands the rule with the embedded VTIMEZONE — skipped where not installed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from copdesk.model import entities as E
from copdesk.model import uow

from .conftest import NOW, SERIES_COUNT, SERIES_FIRST, move_by
from .helpers import produce_ics

BERLIN = ZoneInfo("Europe/Berlin")
UTC = dt.UTC
SYSTEM_PYTHON = "/usr/bin/python3"
MOVED, CANCELLED = 3, 5  # see conftest.build_series


def expected_starts() -> set[dt.datetime]:
    """What zoneinfo says: 08:30 Berlin every week, session 4 on Wednesday 09:00."""
    starts = set()
    for k in range(SERIES_COUNT):
        local = SERIES_FIRST + dt.timedelta(weeks=k)
        if k == CANCELLED:
            continue
        if k == MOVED:
            local += dt.timedelta(days=1, minutes=30)
        starts.add(local.replace(tzinfo=BERLIN).astimezone(UTC))
    return starts


def crosses_both_switches(starts) -> bool:
    offsets = {s.astimezone(BERLIN).utcoffset() for s in starts}
    months = {s.month for s in starts}
    return offsets == {dt.timedelta(hours=1), dt.timedelta(hours=2)} and {3, 4, 10, 11} <= months


def renamed_tzid(data: bytes) -> bytes:
    """Unfold, then rename the TZID: a parser can only use the embedded VTIMEZONE."""
    flat = re.sub(rb"\r\n[ \t]", b"", data)
    return flat.replace(b"Europe/Berlin", b"CoP-Desk-Berlin")


@pytest.fixture
def series_ics(cop, series) -> bytes:
    data, inv = produce_ics(cop.community, series["sessions"][0], now=NOW, scope="series")
    assert inv.rule is not None
    return data


@pytest.mark.parametrize("variant", ["as written", "renamed TZID"])
def test_recurring_ical_events_matches_zoneinfo_across_dst(series_ics, variant):
    import recurring_ical_events
    from icalendar import Calendar

    data = series_ics if variant == "as written" else renamed_tzid(series_ics)
    cal = Calendar.from_ical(data)
    events = recurring_ical_events.of(cal).between(dt.datetime(2025, 1, 1), dt.datetime(2026, 1, 1))
    got = {e.decoded("DTSTART").astimezone(UTC) for e in events}
    want = expected_starts()
    assert crosses_both_switches(want)
    assert got == want
    ends = {
        e.decoded("DTEND").astimezone(UTC) - e.decoded("DTSTART").astimezone(UTC) for e in events
    }
    assert ends == {dt.timedelta(hours=1)}


def test_vobject_reads_the_same_instants(series_ics):
    import vobject

    for data in (series_ics, renamed_tzid(series_ics)):
        cal = vobject.readOne(data.decode("utf-8"))
        events = cal.contents["vevent"]
        master = next(e for e in events if not hasattr(e, "recurrence_id"))
        (exception,) = [e for e in events if hasattr(e, "recurrence_id")]
        originals = {d.astimezone(UTC) for d in master.getrruleset(addRDate=True)}
        want = expected_starts()
        moved = exception.dtstart.value.astimezone(UTC)
        original = exception.recurrence_id.value.astimezone(UTC)
        assert moved in want
        assert (originals - {original}) | {moved} == want
        assert original == (SERIES_FIRST + dt.timedelta(weeks=MOVED)).replace(
            tzinfo=BERLIN
        ).astimezone(UTC)
        assert master.uid.value == exception.uid.value


def test_icalendar_with_only_the_embedded_vtimezone(cop):
    """A winter and a summer meeting, read through our VTIMEZONE alone."""
    from icalendar import Calendar

    from .conftest import edit_meeting, local

    for start in (
        local(2025, 1, 14, 14, 0),
        local(2025, 7, 3, 14, 0),
        local(2025, 10, 26, 14, 0),
        local(2025, 3, 30, 14, 0),
    ):
        edit_meeting(
            cop.community, cop.meeting_id, start_at=start, end_at=start + dt.timedelta(hours=2)
        )
        data, _ = produce_ics(cop.community, cop.meeting_id, now=NOW)
        event = Calendar.from_ical(renamed_tzid(data)).walk("VEVENT")[0]
        assert event.decoded("DTSTART").astimezone(UTC) == start


# --- libical, through the system Python --------------------------------------------------


def _libical_missing() -> str:
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} not found"
    probe = subprocess.run(
        [
            SYSTEM_PYTHON,
            "-c",
            (
                "import gi; gi.require_version('ICalGLib', '3.0'); "
                "from gi.repository import ICalGLib"
            ),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if probe.returncode != 0:
        return (
            "libical's GObject bindings are not installed for the system Python "
            "(apt-get install python3-gi gir1.2-ical-3.0)"
        )
    return ""


@pytest.fixture(scope="module")
def libical():
    reason = _libical_missing()
    if reason:
        pytest.skip(reason)
    script = Path(__file__).with_name("libical_check.py")

    def run(*paths: Path) -> list[dict]:
        result = subprocess.run(
            [SYSTEM_PYTHON, str(script), *map(str, paths)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return [json.loads(line) for line in result.stdout.splitlines()]

    return run


def _utc(value: str) -> dt.datetime:
    return dt.datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def test_libical_accepts_every_method_and_agrees_on_instants(cop, series, tmp_path, libical):
    files = {}

    def keep(name: str, data: bytes) -> None:
        path = tmp_path / f"{name}.ics"
        path.write_bytes(data)
        files[name] = path

    later = NOW + dt.timedelta(days=1)
    keep("request", produce_ics(cop.community, cop.meeting_id, now=NOW, reminder_minutes=15)[0])
    keep("publish", produce_ics(cop.community, cop.meeting_id, "publish", now=NOW)[0])
    move_by(cop.community, cop.meeting_id, 7)
    keep("update", produce_ics(cop.community, cop.meeting_id, now=later)[0])

    def leaves(session):  # a member taken off the list: update for the others, withdrawal
        session.get(E.Member, cop.members["ayse"]).active = False

    uow.write(cop.community, leaves)
    keep("update2", produce_ics(cop.community, cop.meeting_id, now=later)[0])
    keep(
        "withdrawal",
        produce_ics(cop.community, cop.meeting_id, "cancel", withdraw=True, now=later)[0],
    )
    keep("cancel", produce_ics(cop.community, cop.meeting_id, "cancel", now=later)[0])
    keep("series", produce_ics(cop.community, series["sessions"][0], now=NOW, scope="series")[0])
    move_by(cop.community, series["sessions"][9], 1)
    keep("exception", produce_ics(cop.community, series["sessions"][9], now=later)[0])
    keep(
        "session_cancel", produce_ics(cop.community, series["sessions"][12], "cancel", now=later)[0]
    )
    results = {Path(r["path"]).stem: r for r in libical(*files.values())}
    for name, result in results.items():
        assert result["valid"] and result["errors"] == 0, (name, result["error_lines"])
    berlin = dt.datetime(2025, 3, 20, 14, 0, tzinfo=BERLIN)
    assert _utc(results["request"]["events"][0]["start"]) == berlin.astimezone(UTC)
    assert _utc(results["update"]["events"][0]["start"]) == (
        berlin + dt.timedelta(days=7)
    ).astimezone(UTC)
    assert [e["sequence"] for e in results["update"]["events"]] == [1]
    assert [e["sequence"] for e in results["withdrawal"]["events"]] == [3]
    assert [e["sequence"] for e in results["cancel"]["events"]] == [4]
    master = results["series"]["events"][0]
    occurrences = {_utc(x) for x in master["occurrences"]} - {_utc(x) for x in master["exdates"]}
    exception = results["series"]["events"][1]
    occurrences = (occurrences - {_utc(exception["recurrence_id"])}) | {_utc(exception["start"])}
    assert occurrences == expected_starts()
    single = results["exception"]["events"][0]
    assert single["uid"] == master["uid"] and single["sequence"] == 1
    assert _utc(single["recurrence_id"]) == (SERIES_FIRST + dt.timedelta(weeks=9)).replace(
        tzinfo=BERLIN
    ).astimezone(UTC)
    assert results["session_cancel"]["events"][0]["sequence"] == 2


def test_skip_reason_is_clear_when_libical_is_missing(monkeypatch):
    monkeypatch.setattr(Path, "exists", lambda self: False)
    assert _libical_missing() == f"{SYSTEM_PYTHON} not found"
