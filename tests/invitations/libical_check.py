"""Run by the SYSTEM Python (python3-gi + gir1.2-ical-3.0), not the venv: libical reads
the files, applies RFC 5546's restriction table per METHOD and expands recurrences
using the VTIMEZONE embedded in each file. Prints one JSON object per file."""

import json
import sys

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib as I


def check(path):
    with open(path, encoding="utf-8") as handle:
        cal = I.Component.new_from_string(handle.read())
    valid = bool(I.restriction_check(cal))
    text = cal.as_ical_string()
    vtz = cal.get_first_component(I.ComponentKind.VTIMEZONE_COMPONENT)
    zone = I.Timezone.new()
    zone.set_component(vtz.clone())
    utc = I.Timezone.get_utc_timezone()

    def to_utc(t):
        t = t.clone()
        t.set_timezone(zone)
        I.Time.convert_to_zone_inplace(t, utc)
        return t.as_ical_string()

    events = []
    ev = cal.get_first_component(I.ComponentKind.VEVENT_COMPONENT)
    while ev is not None:
        start = ev.get_dtstart()
        item = {
            "uid": ev.get_uid(),
            "start": to_utc(start),
            "end": to_utc(ev.get_dtend()),
            "sequence": ev.get_sequence(),
            "occurrences": [],
        }
        rid = ev.get_first_property(I.PropertyKind.RECURRENCEID_PROPERTY)
        if rid is not None:
            item["recurrence_id"] = to_utc(rid.get_recurrenceid())
        prop = ev.get_first_property(I.PropertyKind.RRULE_PROPERTY)
        if prop is not None:
            it = I.RecurIterator.new(prop.get_rrule(), start)
            t = it.next()
            while t is not None and not t.is_null_time():
                item["occurrences"].append(to_utc(t))
                t = it.next()
            exdates = []
            ex = ev.get_first_property(I.PropertyKind.EXDATE_PROPERTY)
            while ex is not None:
                exdates.append(to_utc(ex.get_exdate()))
                ex = ev.get_next_property(I.PropertyKind.EXDATE_PROPERTY)
            item["exdates"] = exdates
        events.append(item)
        ev = cal.get_next_component(I.ComponentKind.VEVENT_COMPONENT)
    return {
        "path": path,
        "valid": valid,
        "errors": text.count("X-LIC-ERROR"),
        "error_lines": [l for l in text.splitlines() if "X-LIC-ERROR" in l],
        "events": events,
    }


for p in sys.argv[1:]:
    print(json.dumps(check(p)))
