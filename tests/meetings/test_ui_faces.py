"""The public faces of ``copdesk.ui.meetings`` and ``copdesk.ui.rotation``.

Other pages import only a small piece of these packages (the Members page the absences
action, the Meetings page the rotation button), so importing a package must not import its
page; the page class is still reachable through the package when asked for.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = """
import json, sys
import {package} as face
before = {page!r} in sys.modules
cls = face.{cls}
print(json.dumps({{"before": before, "after": {page!r} in sys.modules,
                  "cls": cls.__module__ + "." + cls.__name__, "all": sorted(face.__all__)}}))
"""


@pytest.mark.parametrize(
    ("package", "cls", "names"),
    [
        ("copdesk.ui.meetings", "MeetingsPage", ["MeetingsPage", "add_absences_action"]),
        ("copdesk.ui.rotation", "RotationPage", ["RotationPage", "Suggest", "add_rotation_button"]),
    ],
)
def test_the_package_loads_its_page_only_when_asked(package, cls, names):
    page = f"{package}.page"
    code = PROBE.format(package=package, page=page, cls=cls)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"before": False, "after": True, "cls": f"{page}.{cls}", "all": names}


def test_an_unknown_name_is_an_attribute_error():
    from copdesk.ui import meetings, rotation

    for face in (meetings, rotation):
        with pytest.raises(AttributeError, match="no attribute 'Nope'"):
            face.Nope  # noqa: B018
