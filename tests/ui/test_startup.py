"""Start-up, as the real program does it: what is (not) done before the first paint.

The window's first paint needs only the Core tables; the ORM classes are declared right
after it, and garbage collection, paused while start-up builds long-lived objects,
resumes then. If start-up begins importing ``entities.py`` again, or never resumes
the collector, these fail (the time itself is measured by benchmarks/startup.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

SPY = textwrap.dedent(
    """
    import gc, json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    import copdesk.app as app

    real = app.after_first_paint

    def state():
        return {"entities": "copdesk.model.entities" in sys.modules, "gc": gc.isenabled(),
                "windows": [w.windowTitle() for w in QApplication.topLevelWidgets()
                            if w.isVisible()]}

    def spy():
        before = state()
        real()
        print(json.dumps({"before": before, "after": state()}), flush=True)
        QTimer.singleShot(0, QApplication.quit)

    app.after_first_paint = spy
    from copdesk.cli import main
    sys.exit(main([sys.argv[1]]))
    """
)


def test_first_paint_needs_no_orm_and_the_collector_resumes(community_path, copdesk_home):
    env = dict(os.environ, COPDESK_HOME=str(copdesk_home), QT_QPA_PLATFORM="offscreen")
    env.pop("COPDESK_EXIT_AFTER_PAINT", None)
    result = subprocess.run(
        [sys.executable, "-c", SPY, str(community_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    before, after = report["before"], report["after"]
    assert any("test.copdesk" in title for title in before["windows"]), report
    assert before == {**before, "entities": False, "gc": False}
    assert after["entities"] is True and after["gc"] is True


def test_replacing_the_window_hands_the_frozen_objects_back(
    qtbot, settings, tmp_path, community_path
):
    """What start-up froze must become collectable once its window is replaced (here by
    switching the language, which rebuilds the window)."""
    import gc

    from PySide6.QtWidgets import QApplication

    from copdesk.app import Controller
    from copdesk.paths import base_dirs

    controller = Controller(QApplication.instance(), settings, base_dirs(), tmp_path / "log")
    try:
        assert controller.open_path(community_path)
        gc.freeze()  # as after the first paint
        assert gc.get_freeze_count() > 0
        controller.switch_language("de")
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
        controller.switch_language("en")  # the translators are process-wide
        controller.window.close()
        controller.shutdown()
