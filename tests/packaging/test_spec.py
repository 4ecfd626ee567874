"""copdesk.spec without building: what it hands to PyInstaller.

The spec is executed with stand-ins for PyInstaller's Analysis/PYZ/EXE/COLLECT that record
their arguments (and, where PyInstaller is not installed, for its two hook helpers), so
these checks run everywhere in a second. The real build and the smoke test of the built
program are in test_smoke.py (COPDESK_BUILD=1).
"""

from __future__ import annotations

import ast
import importlib.util
import re
import string
import sys
import types
from pathlib import Path
from typing import ClassVar

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "copdesk.spec"
PACKAGING = ROOT / "packaging"
MIGRATIONS = ROOT / "copdesk" / "model" / "migrations"

# Qt modules CoP Desk must never carry (big, unused). If code under copdesk/ starts using
# one of them, the spec keeps it (and this list must say why it may go).
MUST_EXCLUDE = {
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtWebEngineQuick",
    "QtQuick",
    "QtQml",
    "QtQuick3D",
    "QtQuickWidgets",
    "Qt3DCore",
    "Qt3DRender",
    "QtDesigner",
    "QtBluetooth",
    "QtNetwork",
    "QtSql",
    "QtTest",
    "QtLocation",
    "QtPositioning",
    "QtSensors",
    "QtSerialPort",
    "QtWebSockets",
    "QtDataVisualization",
    "QtGraphs",
    "QtRemoteObjects",
    "QtScxml",
    "QtSpatialAudio",
    "QtTextToSpeech",
    "QtHttpServer",
    "QtNfc",
    "QtHelp",
    "QtUiTools",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtDBus",
}


class Recorder:
    instances: ClassVar[list] = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        type(self).instances.append(self)


class FakeAnalysis(Recorder):
    instances: ClassVar[list] = []

    def __init__(self, scripts, **kwargs):
        super().__init__(scripts, **kwargs)
        self.scripts, self.pure, self.binaries, self.datas = [], [], [], []


class FakePYZ(Recorder):
    instances: ClassVar[list] = []


class FakeEXE(Recorder):
    instances: ClassVar[list] = []


class FakeCOLLECT(Recorder):
    instances: ClassVar[list] = []


def _fake_hooks_module() -> types.ModuleType:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.copy_metadata = lambda name: [(f"/site-packages/{name}.dist-info", f"{name}.dist-info")]
    hooks.collect_data_files = lambda name, includes=None: []
    return hooks


def exec_spec(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *spec_args: str, platform: str | None = None
) -> dict:
    """Run copdesk.spec as PyInstaller would; returns its namespace plus the recordings.
    *platform* pretends another ``sys.platform`` (e.g. "win32") while the spec runs."""
    for cls in (FakeAnalysis, FakePYZ, FakeEXE, FakeCOLLECT):
        cls.instances = []
    try:
        import PyInstaller.utils.hooks  # noqa: F401 - the real helpers when installed
    except ImportError:
        fake = _fake_hooks_module()
        monkeypatch.setitem(sys.modules, "PyInstaller", types.ModuleType("PyInstaller"))
        monkeypatch.setitem(sys.modules, "PyInstaller.utils", types.ModuleType("PyInstaller.utils"))
        monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", fake)
    monkeypatch.setattr(sys, "argv", ["copdesk.spec", *spec_args])
    if platform:
        monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    namespace = {
        "__name__": "__main__",
        "__file__": str(SPEC),
        "SPECPATH": str(ROOT),
        "SPEC": str(SPEC),
        "workpath": str(tmp_path / "work"),
        "DISTPATH": str(tmp_path / "dist"),
        "specnm": "copdesk",
        "Analysis": FakeAnalysis,
        "PYZ": FakePYZ,
        "EXE": FakeEXE,
        "COLLECT": FakeCOLLECT,
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)  # noqa: S102
    assert len(FakeAnalysis.instances) == 1
    namespace["analysis"] = FakeAnalysis.instances[0]
    namespace["exes"] = FakeEXE.instances
    namespace["collect"] = FakeCOLLECT.instances
    return namespace


@pytest.fixture(scope="module")
def spec(tmp_path_factory) -> dict:
    """The spec's namespace and recordings (executed once: it takes a moment)."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        return exec_spec(monkeypatch, tmp_path_factory.mktemp("spec"))


@pytest.fixture(scope="module")
def windows_spec(tmp_path_factory) -> dict:
    """The spec as it runs on Windows (only sys.platform is pretended)."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        return exec_spec(monkeypatch, tmp_path_factory.mktemp("spec-win"), platform="win32")


def load_qt_trim():
    """packaging/qt_trim.py (packaging/ is no package: "packaging" is a PyPI name)."""
    module_spec = importlib.util.spec_from_file_location("qt_trim", PACKAGING / "qt_trim.py")
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


def datas_of(spec) -> set[tuple[str, str]]:
    """(source relative to the checkout, destination folder) for files of the checkout."""
    found = set()
    for source, dest in spec["analysis"].kwargs["datas"]:
        path = Path(source)
        if path.is_relative_to(ROOT):
            found.add((path.relative_to(ROOT).as_posix(), dest.replace("\\", "/")))
    return found


def imported_qt_modules() -> set[str]:
    """Qt modules named in imports anywhere under copdesk/ (an independent regex scan)."""
    found = set()
    pattern = re.compile(r"(?:from|import)\s+PySide6\.(Qt\w+)|from\s+PySide6\s+import\s+([^\n]+)")
    for path in (ROOT / "copdesk").rglob("*.py"):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            if match.group(1):
                found.add(match.group(1))
            else:
                found.update(re.findall(r"\b(Qt\w+)", match.group(2)))
    return found


# --- version ---------------------------------------------------------------------------------


def test_version_is_read_from_the_package_without_importing_it(spec):
    import copdesk

    assert spec["VERSION"] == copdesk.__version__
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert not imported & {"PySide6", "copdesk", "shiboken6"}, imported


def test_version_tuple_for_windows(spec):
    assert spec["version_tuple"]("0.1.0") == (0, 1, 0, 0)
    assert spec["version_tuple"]("1.12.3rc1") == (1, 12, 3, 0)
    assert spec["version_tuple"]("2") == (2, 0, 0, 0)


def test_windows_version_resource_template_fills_in(spec):
    text = string.Template((PACKAGING / "version_info.txt").read_text(encoding="utf-8"))
    filled = text.substitute(
        version="0.1.0",
        version_tuple=(0, 1, 0, 0),
        description="CoP Desk 0.1.0",
        internal_name="CoPDesk",
        file_name="CoPDesk.exe",
    )
    assert "$" not in filled
    compile(filled, "version_info.txt", "eval")  # PyInstaller eval()s it on Windows
    assert "StringStruct('ProductVersion', '0.1.0')" in filled


# --- data files ------------------------------------------------------------------------------


def test_every_resource_lands_where_resource_path_looks(spec):
    datas = datas_of(spec)
    for folder in ("icons", "translations", "fonts"):
        source = ROOT / "resources" / folder
        if not source.is_dir():
            continue
        for path in source.iterdir():
            if path.suffix == ".ts":
                assert (path.relative_to(ROOT).as_posix(), f"resources/{folder}") not in datas
            elif path.is_file():
                entry = (path.relative_to(ROOT).as_posix(), f"resources/{folder}")
                assert entry in datas, f"{entry} is not bundled"
    assert ("resources/icons/app.svg", "resources/icons") in datas
    assert any(s.endswith("_de.qm") for s, d in datas if d == "resources/translations")


def test_alembic_migrations_are_bundled_as_files(spec):
    datas = datas_of(spec)
    dest = "copdesk/model/migrations"
    assert ("copdesk/model/migrations/env.py", dest) in datas
    assert ("copdesk/model/migrations/script.py.mako", dest) in datas
    scripts = sorted((MIGRATIONS / "versions").glob("*.py"))
    assert scripts
    for script in scripts:
        assert (script.relative_to(ROOT).as_posix(), f"{dest}/versions") in datas


def test_demo_data_is_bundled(spec):
    datas = datas_of(spec)
    files = sorted((ROOT / "copdesk" / "demo" / "data").glob("*.json"))
    assert files
    for path in files:
        assert (path.relative_to(ROOT).as_posix(), "copdesk/demo/data") in datas


def test_what_migration_scripts_import_is_bundled(spec):
    hidden = set(spec["analysis"].kwargs["hiddenimports"])
    for path in [MIGRATIONS / "env.py", *(MIGRATIONS / "versions").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                assert {a.name for a in node.names} <= hidden, path
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                assert node.module in hidden, (path, node.module)
    assert {
        "alembic.command",
        "alembic.config",
        "alembic.op",
        "alembic.ddl.sqlite",
        "sqlalchemy.dialects.sqlite",
    } <= hidden


def test_command_modules_and_dynamically_loaded_libraries_are_hidden_imports(spec):
    hidden = set(spec["analysis"].kwargs["hiddenimports"])
    for module in (ROOT / "copdesk" / "cli").glob("*.py"):
        name = "copdesk.cli" if module.stem == "__init__" else f"copdesk.cli.{module.stem}"
        assert name in hidden
    assert "copdesk.model.migrations.versions" not in " ".join(hidden)
    assert {
        "tzdata",
        "holidays.countries.germany",
        "reportlab.rl_settings",
        "icalendar",
        "vobject",
    } <= hidden


def test_holidays_catalogues_and_metadata(spec):
    datas = [(Path(s).name, d.replace("\\", "/")) for s, d in spec["analysis"].kwargs["datas"]]
    assert ("DE.mo", "holidays/locale/de/LC_MESSAGES") in datas
    assert ("DE.mo", "holidays/locale/en_US/LC_MESSAGES") in datas
    assert not [d for name, d in datas if d.startswith("holidays/locale") and name != "DE.mo"]
    assert any(d.startswith("holidays") and d.endswith(".dist-info") for _n, d in datas)


# --- Qt modules ------------------------------------------------------------------------------


def test_unused_qt_modules_are_excluded(spec):
    excludes = set(spec["analysis"].kwargs["excludes"])
    assert all(re.fullmatch(r"PySide6\.Qt\w+", name) for name in spec["QT_EXCLUDES"])
    used = imported_qt_modules()
    for module in MUST_EXCLUDE - used:
        assert f"PySide6.{module}" in excludes, module


def test_qt_modules_the_program_imports_are_never_excluded(spec):
    excludes = set(spec["analysis"].kwargs["excludes"])
    used = imported_qt_modules() | {
        "QtCore",
        "QtGui",
        "QtWidgets",
        "QtSvg",
        "QtPrintSupport",
        "QtPdf",
        "QtPdfWidgets",
        "QtCharts",
    }
    assert not {f"PySide6.{m}" for m in used} & excludes


def test_spec_finds_qt_imports_inside_functions(spec):
    # e.g. copdesk/ui/minutes/preview.py imports QtPdf inside a function
    found = spec["qt_modules_imported"]()
    assert {"QtCore", "QtGui", "QtWidgets"} <= found
    assert imported_qt_modules() <= found | {"QtAsyncio"}


def test_unused_qt_plugins_are_trimmed_in_the_qtgui_hook(spec):
    assert spec["analysis"].kwargs["hookspath"] == [str(PACKAGING / "hooks")]
    hook = (PACKAGING / "hooks" / "hook-PySide6.QtGui.py").read_text(encoding="utf-8")
    assert "add_qt6_dependencies(__file__)" in hook and "keep_plugin" in hook
    keep_plugin = load_qt_trim().keep_plugin

    def keep(name: str, group: str) -> bool:
        return keep_plugin(f"/qt/plugins/{group}/{name}", f"PySide6/Qt/plugins/{group}")

    for name, group in [
        ("libqxcb.so", "platforms"),
        ("qwindows.dll", "platforms"),
        ("libqwayland.so", "platforms"),
        ("libqoffscreen.so", "platforms"),
        ("qsvg.dll", "imageformats"),
        ("libqjpeg.so", "imageformats"),
        ("libqsvgicon.so", "iconengines"),
        ("libcomposeplatforminputcontextplugin.so", "platforminputcontexts"),
        ("libxdg-shell.so", "wayland-shell-integration"),
    ]:
        assert keep(name, group), name
    for name, group in [
        ("libqtvirtualkeyboardplugin.so", "platforminputcontexts"),
        ("qtvirtualkeyboardplugin.dll", "platforminputcontexts"),
        ("libqgtk3.so", "platformthemes"),
        ("libqeglfs.so", "platforms"),
        ("qdirect2d.dll", "platforms"),
        ("libqevdevmouseplugin.so", "generic"),
        ("libqeglfs-kms-integration.so", "egldeviceintegrations"),
        ("libqtiff.so", "imageformats"),
    ]:
        assert not keep(name, group), name


def test_only_german_qt_catalogues_are_kept():
    keep_qt_data = load_qt_trim().keep_qt_data

    assert keep_qt_data("PySide6/Qt/translations/qtbase_de.qm")
    assert keep_qt_data("PySide6/translations/qt_de.qm")  # Windows wheel layout
    assert not keep_qt_data("PySide6/Qt/translations/qtbase_fr.qm")
    assert not keep_qt_data("PySide6\\translations\\qtbase_en.qm")
    assert keep_qt_data("resources/translations/members_de.qm")
    assert keep_qt_data("tzdata/zoneinfo/Europe/Berlin")


def test_no_trim_keeps_everything(monkeypatch, tmp_path):
    spec = exec_spec(monkeypatch, tmp_path, "--no-trim")
    assert spec["analysis"].kwargs["excludes"] == []
    assert spec["analysis"].kwargs["hookspath"] == []


# --- executables -----------------------------------------------------------------------------


def test_windowed_program_and_console_twin_share_one_folder(spec):
    gui, cli = spec["exes"]
    assert gui.kwargs["name"] == "CoPDesk" and gui.kwargs["console"] is False
    assert cli.kwargs["name"] == "copdesk-cli" and cli.kwargs["console"] is True
    for exe in (gui, cli):
        assert exe.kwargs["exclude_binaries"] is True  # one-folder: libraries in COLLECT
        assert exe.kwargs["upx"] is False
        assert exe.args[0] is spec["pyz"]  # the same modules
    (collect,) = spec["collect"]
    assert collect.kwargs["name"] == "copdesk"
    assert collect.args[:2] == (gui, cli)
    scripts = spec["analysis"].args[0]
    assert [Path(s) for s in scripts] == [PACKAGING / "launcher.py"]
    launcher = (PACKAGING / "launcher.py").read_text(encoding="utf-8")
    assert "from copdesk.cli import main" in launcher


def test_windows_executables_get_icon_and_version_resource(windows_spec):
    gui, cli = windows_spec["exes"]
    for exe, description in ((gui, "CoP Desk"), (cli, "(command line)")):
        assert Path(exe.kwargs["icon"]) == ROOT / "resources" / "icons" / "app.ico"
        assert Path(exe.kwargs["icon"]).is_file()
        text = Path(exe.kwargs["version"]).read_text(encoding="utf-8")
        compile(text, "version_info", "eval")
        assert f"StringStruct('FileVersion', '{windows_spec['VERSION']}')" in text
        assert f"StringStruct('OriginalFilename', '{exe.kwargs['name']}.exe')" in text
        assert description in text
    assert windows_spec["collect"][0].kwargs["strip"] is False


def test_linux_executables_need_no_icon_or_version_resource(spec):
    if sys.platform != "linux":
        pytest.skip("Linux only")
    for exe in spec["exes"]:
        assert exe.kwargs["version"] is None and exe.kwargs["icon"] is None


def test_nothing_in_the_spec_is_specific_to_one_machine():
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    absolute = re.compile(r"^(/|[A-Za-z]:[\\/]|~)")
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert not absolute.match(node.value), node.value
    text = SPEC.read_text(encoding="utf-8")
    for marker in ("/work/", "/home/", "/Users/", "site-packages", "venv"):
        assert marker not in text, marker
