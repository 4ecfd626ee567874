"""Build the standalone program for this platform: ``dist/copdesk/`` (and an archive).

    pip install -e ".[package]"                 # PyInstaller (once)
    python packaging/build.py                   # build dist/copdesk/
    python packaging/build.py --smoke           # ... and smoke-test it (packaging/smoke.py)
    python packaging/build.py --smoke --archive # ... and pack it to hand out:
                                                #     dist/CoPDesk-<version>-windows-x64.zip
    python packaging/build.py --no-trim         # PyInstaller's defaults (to compare)

Runs PyInstaller on copdesk.spec with the Python that runs this script (use the project's
virtual environment: the program is built from what is installed there). PyInstaller
builds for the platform it runs on: build the Windows release on Windows.
Prints the build time and the folder's size; ``--timing N`` also prints the start time of
the built program next to the source one.
"""

from __future__ import annotations

import argparse
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "copdesk.spec"
APP_FOLDER = "copdesk"  # COLLECT(name=...) in copdesk.spec


def version() -> str:
    text = (ROOT / "copdesk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__\s*=\s*["\']([^"\']+)', text, re.MULTILINE).group(1)


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower().replace("amd64", "x64").replace("x86_64", "x64")
    return f"{system}-{machine}"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path, *, trim: bool = True, quiet: bool = False) -> float:
    """Run PyInstaller; returns the seconds it took. Raises SystemExit when it fails."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit('build: PyInstaller is not installed: pip install -e ".[package]" '
                         '(or pip install pyinstaller)') from None
    cmd = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean",
           "--distpath", str(dist), "--workpath", str(work)]
    if quiet:
        cmd += ["--log-level", "WARN"]
    if not trim:
        cmd += ["--", "--no-trim"]
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, check=False)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"build: PyInstaller failed (exit status {proc.returncode})")
    return seconds


def make_archive(folder: Path) -> Path:
    """dist/CoPDesk-<version>-<platform>.zip (Windows) or .tar.gz (elsewhere: keeps the
    symbolic links PyInstaller makes for Qt's libraries, which a zip would store twice),
    with the folder ``CoPDesk-<version>/`` inside."""
    name = f"CoPDesk-{version()}-{platform_tag()}"
    staging = folder.parent / f"CoPDesk-{version()}"
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(folder, staging, symlinks=True)
    try:
        archive = shutil.make_archive(str(folder.parent / name),
                                      "zip" if sys.platform == "win32" else "gztar",
                                      folder.parent, staging.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Path(archive)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build",
                        help="PyInstaller's work folder (default: build/)")
    parser.add_argument("--no-trim", action="store_true",
                        help="keep every Qt plugin and translation, exclude nothing")
    parser.add_argument("--smoke", action="store_true", help="smoke-test the built folder")
    parser.add_argument("--timing", type=int, default=0, metavar="RUNS",
                        help="with --smoke: start time of the built program vs the source")
    parser.add_argument("--archive", action="store_true",
                        help="pack the folder to hand out (.zip on Windows, else .tar.gz)")
    parser.add_argument("--quiet", "-q", action="store_true", help="only PyInstaller warnings")
    args = parser.parse_args(argv)

    dist, work = args.dist.resolve(), args.work.resolve()
    seconds = build(dist, work, trim=not args.no_trim, quiet=args.quiet)
    folder = dist / APP_FOLDER
    size = folder_size(folder)
    files = sum(1 for p in folder.rglob("*") if p.is_file())
    print(f"build: {folder} in {seconds:.0f} s: {size / 2**20:.1f} MiB, {files} files "
          f"(CoP Desk {version()}, {platform_tag()}, Python {platform.python_version()})")
    if args.smoke:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import smoke

        smoke_args = [str(folder), "--source-python", sys.executable]
        if args.timing:
            smoke_args += ["--timing", str(args.timing)]
        code = smoke.main(smoke_args)
        if code != 0:
            return code
    if args.archive:
        archive = make_archive(folder)
        print(f"build: {archive} ({archive.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
