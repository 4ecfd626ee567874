"""Smoke test of the built standalone program (the folder copdesk.spec makes).

    python packaging/smoke.py dist/copdesk [--timing 5] [--source-python PYTHON]

Starts the BUILT program, never the source: ``--version``, ``demo``, ``check`` (English
and German), upgrading a file of the previous schema revision (made with
``--source-python``), a protocol PDF, an invitation .ics, and the window offscreen (once until its
first paint, once for a few seconds so that the deferred daily backup runs too). Checks the
files the program loads at run time (translations, icons, fonts, Alembic migrations, time
zone data), and, when PyInstaller can be imported, that the modules Alembic's migration
scripts import are in the bundle. Any import error or missing resource fails: every
command's stderr and the program's log are scanned for tracebacks, "No such file",
"could not load" and the like.

Runs in a fresh temporary folder with ``COPDESK_HOME`` pointing there, so it never reads
or writes the user's settings, and without PYTHONPATH/PYTHONHOME, so nothing can leak in
from a Python installation.

``--timing N`` adds the start time (process start to the first painted window, on the
large demo community, like benchmarks/startup.py) of the frozen program, and with
``--source-python`` of ``PYTHON -m copdesk`` from source, as a JSON line.

Exit status 0 when every step passed or was skipped, 1 otherwise. Standard library only
(PyInstaller is optional), so it runs with any Python 3.11+.
"""

from __future__ import annotations

import argparse
import ast
import json
import locale
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the source checkout, if this runs from one
IS_WIN = sys.platform.startswith("win")
EXE_SUFFIX = ".exe" if IS_WIN else ""
GUI_NAME = "CoPDesk"
CLI_NAME = "copdesk-cli"
TIMEOUT = 180  # seconds per command: a first start on Windows with a virus scanner is slow

# Signs of a broken bundle in stderr or in the log (case-insensitive).
BAD_OUTPUT = re.compile(
    r"Traceback \(most recent call last\)|ModuleNotFoundError|ImportError|No such file"
    r"|could not load|cannot load library|could not find|Failed to execute script"
    r"|Unhandled exception|\bnot found\b|\bno [^\n]{0,40} found in\b|qt\.qpa\.plugin"
    r"|Segmentation fault",
    re.IGNORECASE,
)
BAD_LOG_LINE = re.compile(r"\b(ERROR|CRITICAL|WARNING)\b|Traceback")


class SmokeFailure(Exception):
    pass


class Skip(Exception):
    pass


@dataclass
class Result:
    name: str
    status: str  # ok | skipped | FAILED
    seconds: float
    detail: str = ""


@dataclass
class Context:
    dist: Path
    internal: Path
    tmp: Path
    env_en: dict
    env_de: dict
    gui: Path
    cli: Path
    demo: Path
    source_python: str | None = None
    results: list[Result] = field(default_factory=list)

    @property
    def window_exe(self) -> Path:
        """The executable whose stdout shows "first-paint": a windowed Windows program has
        no stdout, so the console twin runs the window there (it is the same program)."""
        return self.cli if IS_WIN else self.gui


# --- running the program ---------------------------------------------------------------------


def clean_env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "COPDESK_", "QT_")) and k != "LD_LIBRARY_PATH"}
    env.update(QT_QPA_PLATFORM="offscreen", COPDESK_HOME=str(home), COPDESK_SILENT="1",
               PYTHONIOENCODING="utf-8")
    return env


def make_home(folder: Path, language: str) -> Path:
    config = folder / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "copdesk.ini").write_text(
        f"[ui]\nlanguage={language}\n\n"
        "[organiser]\nname=Smoke Test\nemail=smoke.test@example.org\n\n"
        "[backups]\ndaily=true\n",
        encoding="utf-8",
    )
    return folder


def decode(data: bytes) -> str:
    """Output of the program: UTF-8, or on Windows the ANSI code page when redirected."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(locale.getpreferredencoding(False), errors="replace")


def run(cmd: list, env: dict, cwd: Path, *, expect: int = 0) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(c) for c in cmd], env=env, cwd=cwd, capture_output=True,
                          timeout=TIMEOUT, check=False)
    proc.stdout, proc.stderr = decode(proc.stdout), decode(proc.stderr)
    check_stderr(proc.stderr, " ".join(str(c) for c in cmd[1:]))
    if expect is not None and proc.returncode != expect:
        raise SmokeFailure(
            f"exit status {proc.returncode} (expected {expect})\n"
            f"stdout: {proc.stdout.strip()[-1500:]}\nstderr: {proc.stderr.strip()[-1500:]}")
    return proc


def check_stderr(stderr: str, what: str) -> None:
    bad = [line for line in stderr.splitlines() if BAD_OUTPUT.search(line)]
    if bad:
        raise SmokeFailure(f"{what}: suspicious output on stderr:\n  " + "\n  ".join(bad[:20])
                           + f"\nfull stderr:\n{stderr[-3000:]}")


def check_log(home: Path) -> str:
    log = home / "log" / "copdesk.log"
    if not log.exists():
        return "no log written"
    bad = [line for line in log.read_text(encoding="utf-8", errors="replace").splitlines()
           if BAD_LOG_LINE.search(line)]
    if bad:
        raise SmokeFailure("problems in the program's log:\n  " + "\n  ".join(bad[:20]))
    return "log clean"


def time_to_paint(cmd: list, env: dict, cwd: Path) -> float:
    """Seconds from process start to "first-paint" (COPDESK_EXIT_AFTER_PAINT, see app.py)."""
    env = dict(env, COPDESK_EXIT_AFTER_PAINT="1")
    start = time.perf_counter()
    proc = subprocess.Popen([str(c) for c in cmd], env=env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8",
                            errors="replace")
    elapsed = None
    try:
        for line in proc.stdout:
            if line.strip() == "first-paint":
                elapsed = time.perf_counter() - start
                break
        _out, err = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
        raise SmokeFailure("the window did not close after its first paint") from None
    check_stderr(err, "window")
    if elapsed is None:
        raise SmokeFailure(f"no first paint (exit status {proc.returncode})\nstderr: "
                           f"{err.strip()[-3000:]}")
    if proc.returncode != 0:
        raise SmokeFailure(f"exit status {proc.returncode} after the first paint\n{err[-3000:]}")
    return elapsed


def command_available(ctx: Context, name: str) -> bool:
    """Whether the built program knows sub-command *name* (others are still being built)."""
    proc = subprocess.run([str(ctx.cli), name, "--help"], env=ctx.env_en, cwd=ctx.tmp,
                          capture_output=True, timeout=TIMEOUT, check=False)
    return proc.returncode == 0 and f"copdesk {name}" in decode(proc.stdout)


# --- the steps -------------------------------------------------------------------------------


def step_files(ctx: Context) -> str:
    """Everything the program opens by path at run time is in the folder."""
    internal = ctx.internal
    missing = []
    required = [
        "resources/icons/app.svg", "resources/icons/app.png", "resources/icons/members.svg",
        "copdesk/model/migrations/env.py", "copdesk/model/migrations/script.py.mako",
        "tzdata/zoneinfo/Europe/Berlin", "holidays/locale/de/LC_MESSAGES/DE.mo",
    ]
    for rel in required:
        if not (internal / rel).is_file():
            missing.append(rel)
    if not list((internal / "copdesk/model/migrations/versions").glob("*.py")):
        missing.append("copdesk/model/migrations/versions/*.py")
    if not list((internal / "resources/translations").glob("*_de.qm")):
        missing.append("resources/translations/*_de.qm")
    if not list(internal.glob("**/translations/qtbase_de.qm")):
        missing.append("Qt's qtbase_de.qm")
    if missing:
        raise SmokeFailure("missing from the folder: " + ", ".join(missing))
    not_built = []
    source = ROOT / "resources"
    if source.is_dir():  # running from the checkout: compare with the source tree
        for qm in sorted((source / "translations").glob("*.qm")):
            if not (internal / "resources/translations" / qm.name).is_file():
                not_built.append(f"resources/translations/{qm.name}")
        for font in sorted((source / "fonts").glob("*.ttf")):
            if not (internal / "resources/fonts" / font.name).is_file():
                not_built.append(f"resources/fonts/{font.name}")
        versions = ROOT / "copdesk/model/migrations/versions"
        for script in sorted(versions.glob("*.py")):
            if not (internal / "copdesk/model/migrations/versions" / script.name).is_file():
                not_built.append(f"copdesk/model/migrations/versions/{script.name}")
        # Qt modules imported only when a page needs them (charts, PDF preview, printing,
        # sound) are not exercised here: at least their bindings must be in the folder
        for module in sorted(qt_modules_in_source()):
            if not list((internal / "PySide6").glob(f"{module}.*")):
                not_built.append(f"PySide6/{module} (imported by copdesk/)")
    if not_built:
        raise SmokeFailure("in the source tree but not in the folder (built from older "
                           "sources? then rebuild): " + ", ".join(not_built))
    scripts = len(list((internal / "copdesk/model/migrations/versions").glob("*.py")))
    qt = len(list((internal / "PySide6").glob("Qt*.*")))
    return (f"resources, {scripts} migration script(s), tzdata, holidays catalogues, "
            f"{qt} Qt modules present")


def qt_modules_in_source() -> set[str]:
    pattern = re.compile(r"^\s*(?:from|import)\s+PySide6\.(Qt\w+)", re.MULTILINE)
    found = set()
    for path in (ROOT / "copdesk").rglob("*.py"):
        found.update(pattern.findall(path.read_text(encoding="utf-8", errors="replace")))
    return found


def step_modules(ctx: Context) -> str:
    """Alembic executes the migration scripts from files, so PyInstaller never saw their
    imports: check that those modules (and the command modules) are in the bundle."""
    try:
        from PyInstaller.archive.readers import pkg_archive_contents
    except ImportError:
        raise Skip("PyInstaller not importable here: cannot list the bundled modules") from None
    bundled = set(pkg_archive_contents(str(ctx.cli)))
    needed = {"alembic.command", "alembic.config", "alembic.op", "alembic.context",
              "alembic.runtime.migration", "alembic.ddl.sqlite", "mako.template",
              "sqlalchemy.dialects.sqlite.pysqlite", "holidays.countries.germany",
              "copdesk.model.migrations", "copdesk.model.entities"}
    migrations = ctx.internal / "copdesk/model/migrations"
    for path in [migrations / "env.py", *sorted((migrations / "versions").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                needed.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                needed.add(node.module)
    cli = ROOT / "copdesk/cli"
    if cli.is_dir():
        needed.update(f"copdesk.cli.{p.stem}" for p in cli.glob("*.py") if p.stem != "__init__")
    missing = sorted(n for n in needed if n not in bundled)
    if missing:
        raise SmokeFailure("modules missing from the bundle: " + ", ".join(missing))
    return f"{len(needed)} modules found among {len(bundled)}"


def step_version(ctx: Context) -> str:
    out = run([ctx.cli, "--version"], ctx.env_en, ctx.tmp).stdout.strip()
    if not re.fullmatch(r"copdesk \d+\.\d+\S*", out):
        raise SmokeFailure(f"unexpected --version output: {out!r}")
    init = ROOT / "copdesk/__init__.py"
    if init.is_file():
        expected = re.search(r'__version__\s*=\s*["\']([^"\']+)', init.read_text("utf-8"))
        if expected and out != f"copdesk {expected.group(1)}":
            raise SmokeFailure(f"{out!r}, but the source says {expected.group(1)}")
    gui = run([ctx.gui, "--version"], ctx.env_en, ctx.tmp).stdout.strip()
    if not IS_WIN and gui != out:  # a windowed Windows program has no stdout
        raise SmokeFailure(f"{GUI_NAME} --version printed {gui!r}")
    return out


def step_demo(ctx: Context) -> str:
    out = run([ctx.cli, "demo", ctx.demo], ctx.env_en, ctx.tmp).stdout
    if not ctx.demo.is_file():
        raise SmokeFailure(f"no demo file written; output: {out}")
    return f"{ctx.demo.stat().st_size // 1024} KiB"


def step_check(ctx: Context) -> str:
    out = run([ctx.cli, "check", ctx.demo], ctx.env_en, ctx.tmp).stdout
    if "Integrity: ok" not in out:
        raise SmokeFailure(f"no 'Integrity: ok' in:\n{out}")
    return out.splitlines()[1].strip() if len(out.splitlines()) > 1 else out.strip()


def step_check_german(ctx: Context) -> str:
    out = run([ctx.cli, "check", ctx.demo], ctx.env_de, ctx.tmp).stdout
    if "Integrität: ok" not in out:
        raise SmokeFailure(f"German translations not loaded: no 'Integrität: ok' in:\n{out}")
    return "Integrität: ok"


def _query(db: Path, *queries: str) -> int | None:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        for query in queries:
            try:
                row = con.execute(query).fetchone()
            except sqlite3.Error:
                continue
            if row and row[0] is not None:
                return int(row[0])
    finally:
        con.close()
    return None


DOWNGRADE = """
import sys
from pathlib import Path
from copdesk.model import db
from copdesk.model.migrations import REVISIONS, run_downgrade
engine = db.make_engine(Path(sys.argv[1]))
try:
    run_downgrade(engine, REVISIONS[-2])
finally:
    engine.dispose()
print(REVISIONS[-2])
"""


def step_upgrade(ctx: Context) -> str:
    """A file of the previous schema revision is backed up and upgraded by the frozen
    program: Alembic must find and run the revision scripts inside the bundle. The older
    file is made from the demo by the source (``--source-python``)."""
    if not ctx.source_python:
        raise Skip("needs --source-python to make a file of the previous revision")
    old = ctx.tmp / "older.copdesk"
    old.write_bytes(ctx.demo.read_bytes())
    made = subprocess.run([ctx.source_python, "-c", DOWNGRADE, str(old)], capture_output=True,
                          text=True, timeout=120, check=False)
    if made.returncode != 0:
        if "IndexError" in made.stderr:
            raise Skip("only one schema revision: nothing older to upgrade")
        raise SmokeFailure(f"could not make an older file: {made.stderr[-400:]}")
    before = made.stdout.strip()
    out = run([ctx.cli, "check", old], ctx.env_en, ctx.tmp).stdout
    if f"Schema revision: {before}" not in out:
        raise SmokeFailure(f"the older file does not read as revision {before}:\n{out}")
    run([ctx.cli, "meetings", old], ctx.env_en, ctx.tmp)  # opening it upgrades it
    out = run([ctx.cli, "check", old], ctx.env_en, ctx.tmp).stdout
    if "(current)" not in out or "Integrity: ok" not in out:
        raise SmokeFailure(f"not upgraded:\n{out}")
    return f"revision {before} → {out.splitlines()[1].split(':', 1)[1].split()[0]}, checked"


def step_protocol(ctx: Context) -> str:
    if not command_available(ctx, "protocol"):
        raise Skip("command not available")
    meeting = _query(
        ctx.demo,
        "SELECT meeting_id FROM minutes_note GROUP BY meeting_id ORDER BY count(*) DESC, "
        "meeting_id LIMIT 1",
        "SELECT id FROM meeting WHERE status = 'held' ORDER BY start_at DESC LIMIT 1",
        "SELECT min(id) FROM meeting",
    )
    out = ctx.tmp / "protocol.pdf"
    run([ctx.cli, "protocol", ctx.demo, "--meeting", meeting, "-o", out], ctx.env_en, ctx.tmp)
    data = out.read_bytes() if out.is_file() else b""
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
        raise SmokeFailure("no complete PDF written")
    font = "DejaVu" if b"DejaVu" in data else ("Vera" if b"Vera" in data else "no embedded font")
    return f"meeting {meeting}: {len(data) // 1024} KiB, font {font}"


def step_invite(ctx: Context) -> str:
    if not command_available(ctx, "invite"):
        raise Skip("command not available")
    meeting = _query(
        ctx.demo,
        "SELECT id FROM meeting WHERE status = 'planned' ORDER BY start_at LIMIT 1",
        "SELECT max(id) FROM meeting",
    )
    out = ctx.tmp / "invitation.ics"
    run([ctx.cli, "invite", ctx.demo, "--meeting", meeting, "--kind", "request", "-o", out],
        ctx.env_en, ctx.tmp)
    text = out.read_text(encoding="utf-8") if out.is_file() else ""
    for needed in ("BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT", "Europe/Berlin"):
        if needed not in text:
            raise SmokeFailure(f"{needed} missing from the invitation:\n{text[:1500]}")
    return f"meeting {meeting}: {len(text.splitlines())} lines, METHOD:REQUEST, Europe/Berlin"


def step_window(ctx: Context) -> str:
    seconds = time_to_paint([ctx.window_exe, ctx.demo], ctx.env_en, ctx.tmp)
    check_log(Path(ctx.env_en["COPDESK_HOME"]))
    return f"first paint after {seconds:.2f} s"


def step_window_running(ctx: Context, seconds: float = 4.0) -> str:
    """The windowed executable, in German, for a few seconds (the daily backup runs after
    1.5 s); it must still be running, then its stderr and log must be clean."""
    home = Path(ctx.env_de["COPDESK_HOME"])
    proc = subprocess.Popen([str(ctx.gui), str(ctx.demo)], env=ctx.env_de, cwd=ctx.tmp,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8", errors="replace")
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        pass
    exited = proc.poll()
    if exited is None:
        proc.terminate()
    try:
        _out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
    check_stderr(err, "window (German)")
    if exited is not None:
        raise SmokeFailure(f"the window closed by itself within {seconds} s (exit status "
                           f"{exited})\nstderr: {err.strip()[-3000:]}")
    check_log(home)
    backups = list((home / "data" / "backups").glob("*/*.copdesk"))
    if not backups:
        raise SmokeFailure("no daily backup written while the window was open")
    return f"ran {seconds:.0f} s in German, daily backup written, log clean"


STEPS = [
    ("files in the folder", step_files),
    ("bundled modules", step_modules),
    ("--version", step_version),
    ("demo", step_demo),
    ("check", step_check),
    ("check (German)", step_check_german),
    ("upgrade an older file", step_upgrade),
    ("protocol", step_protocol),
    ("invite", step_invite),
    ("window (first paint)", step_window),
    ("window (a few seconds)", step_window_running),
]


def find_executables(dist: Path) -> tuple[Path, Path, Path]:
    gui, cli = dist / f"{GUI_NAME}{EXE_SUFFIX}", dist / f"{CLI_NAME}{EXE_SUFFIX}"
    for exe in (gui, cli):
        if not exe.is_file():
            raise SystemExit(f"smoke: {exe} not found: build first (python packaging/build.py)")
    internal = dist / "_internal"
    return gui, cli, (internal if internal.is_dir() else dist)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def smoke(dist: Path, tmp: Path, *, out=sys.stdout,
          source_python: str | None = None) -> list[Result]:
    gui, cli, internal = find_executables(dist)
    ctx = Context(dist=dist, internal=internal, tmp=tmp,
                  env_en=clean_env(make_home(tmp / "home-en", "en")),
                  env_de=clean_env(make_home(tmp / "home-de", "de")),
                  gui=gui, cli=cli, demo=tmp / "demo.copdesk", source_python=source_python)
    for name, step in STEPS:
        start = time.perf_counter()
        try:
            detail = step(ctx)
            status = "ok"
        except Skip as skip:
            status, detail = "skipped", str(skip)
        except (SmokeFailure, subprocess.TimeoutExpired, OSError) as exc:
            status, detail = "FAILED", str(exc)
        result = Result(name, status, time.perf_counter() - start, detail)
        ctx.results.append(result)
        print(f"{status:>7}  {name:<24} {result.seconds:6.2f} s  {detail}", file=out, flush=True)
        if status == "FAILED" and name in ("--version", "demo"):
            break  # nothing else can work
    return ctx.results


def timing(dist: Path, tmp: Path, runs: int, source_python: str | None) -> dict:
    """Median seconds to the first paint on the large demo: frozen, and from source."""
    gui, cli, _internal = find_executables(dist)
    window = cli if IS_WIN else gui
    home = make_home(tmp / "home-timing", "en")
    env = clean_env(home)
    large = tmp / "large.copdesk"
    if not large.exists():
        run([cli, "demo", large, "--size", "large", "--quiet"], env, tmp)
    plans = {"frozen_s": ([window, large], env)}
    if source_python:
        source_env = dict(env)
        if (ROOT / "copdesk").is_dir():
            source_env["PYTHONPATH"] = str(ROOT)
        plans["source_s"] = ([source_python, "-m", "copdesk", large], source_env)
    for cmd, cmd_env in plans.values():  # warm the disk cache
        time_to_paint(cmd, cmd_env, tmp)
    times: dict[str, list[float]] = {k: [] for k in plans}
    for _ in range(runs):
        for key, (cmd, cmd_env) in plans.items():
            times[key].append(time_to_paint(cmd, cmd_env, tmp))
    result = {k: round(statistics.median(v), 3) for k, v in times.items()}
    if "source_s" in result:
        result["ratio"] = round(result["frozen_s"] / result["source_s"], 2)
    result["runs"] = runs
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dist", type=Path, help="the built folder, e.g. dist/copdesk")
    parser.add_argument("--timing", type=int, default=0, metavar="RUNS",
                        help="also measure the start time (median of RUNS)")
    parser.add_argument("--source-python", metavar="PYTHON",
                        help="the source's Python: makes an older file for the upgrade step, and with "
             "--timing also times PYTHON -m copdesk from source")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    tmp = Path(tempfile.mkdtemp(prefix="copdesk-smoke-"))
    try:
        print(f"smoke test of {dist} ({folder_size(dist) / 2**20:.0f} MiB) in {tmp}")
        results = smoke(dist, tmp, source_python=args.source_python)
        failed = [r for r in results if r.status == "FAILED"]
        skipped = [r for r in results if r.status == "skipped"]
        print(f"{len(results) - len(failed) - len(skipped)} ok, {len(skipped)} skipped, "
              f"{len(failed)} failed")
        if failed:
            return 1
        if args.timing:
            report = timing(dist, tmp, args.timing, args.source_python)
            report["folder_mib"] = round(folder_size(dist) / 2**20, 1)
            print(json.dumps(report))
        return 0
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
