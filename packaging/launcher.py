"""Entry point of the standalone program (both executables built by ``copdesk.spec``).

``CoPDesk`` (windowed) and ``copdesk-cli`` (console) run this same script; what they do is
decided by the command line exactly as for ``python -m copdesk``.

A windowed Windows executable starts without standard streams (``sys.stdout`` is None).
Python's ``print`` copes with that, but libraries that call ``sys.stderr.write`` directly
(logging's last-resort handler, warnings, faulthandler) would raise; they get a sink instead.
Command-line output belongs to ``copdesk-cli.exe``.
"""

import os
import sys


def _give_streams_a_sink() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    _give_streams_a_sink()
    from copdesk.cli import main

    sys.exit(main())
