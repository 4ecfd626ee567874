"""Which of Qt's plugins and translation catalogues the standalone program keeps.

Used by copdesk.spec (translations) and packaging/hooks/hook-PySide6.QtGui.py (plugins).
Plugins are left out INSIDE the hook, before PyInstaller resolves their dependencies:
removing a plugin afterwards would leave the libraries it pulled in (the virtual keyboard
plugin alone brings Qt Quick and QML, the GTK theme the build machine's GTK) in the folder.

Pure Python (no PyInstaller, no Qt), so tests/packaging can check the rules anywhere.
"""

from __future__ import annotations

from pathlib import PurePath

# QtGui plugin groups that only embedded devices use: EGLFS device integrations and
# evdev/TUIO input without a window system.
DROP_GROUPS = frozenset({"egldeviceintegrations", "generic"})

# Plugins by group and base name (platform prefix "lib" and suffix removed, so one entry
# covers qxcb.dll / libqxcb.so).
DROP_PLUGINS: dict[str, frozenset[str]] = {
    # full-screen and remote platforms for kiosks and embedded boards; Direct2D is an
    # alternative Windows backend (qwindows is the standard one). Kept: qwindows, qxcb,
    # qwayland, qcocoa, qoffscreen (tests, smoke test), qminimal.
    "platforms": frozenset({"qeglfs", "qlinuxfb", "qminimalegl", "qvnc", "qvkkhrdisplay",
                            "qdirect2d"}),
    # the on-screen keyboard needs Qt Quick and QML (tens of MB); compose and ibus stay
    # (dead keys and input methods on Linux)
    "platforminputcontexts": frozenset({"qtvirtualkeyboardplugin"}),
    # GTK3 theme: would bundle the build machine's GTK, cairo, pango …; Qt's own dialogs
    # and the XDG portal theme are used instead
    "platformthemes": frozenset({"qgtk3"}),
    # image formats the program never reads (it shows SVG icons, ICO, PNG (built in) and
    # JPEG/PNG logos)
    "imageformats": frozenset({"qgif", "qicns", "qtga", "qtiff", "qwbmp", "qwebp", "qpdf"}),
    # Wayland shells other than xdg-shell (the desktop one), and compositor-side buffers
    "wayland-shell-integration": frozenset({"fullscreen-shell-v1", "ivi-shell", "qt-shell",
                                            "wl-shell-plugin"}),
    "wayland-graphics-integration-client": frozenset({"dmabuf-server", "drm-egl-server",
                                                      "shm-emulation-server", "vulkan-server"}),
}

# Qt's own catalogues kept: German only (English is the source language of Qt and of
# CoP Desk). qt_de.qm loads qtbase_de.qm and friends; copdesk.ui.i18n loads qtbase_de.
KEEP_QT_TRANSLATION_SUFFIX = "_de.qm"


def plugin_base_name(file_name: str) -> str:
    """``libqxcb.so`` / ``qxcb.dll`` / ``libqxcb.dylib`` -> ``qxcb``."""
    stem = file_name.split(".", 1)[0]
    return stem.removeprefix("lib")


def keep_plugin(source: str, dest_dir: str) -> bool:
    """Whether a plugin collected by PyInstaller's QtGui hook stays in the program.

    *source* is the plugin file, *dest_dir* its folder in the bundle
    (``PySide6/Qt/plugins/<group>``).
    """
    parts = PurePath(dest_dir.replace("\\", "/")).parts
    if "plugins" not in parts or parts.index("plugins") + 1 >= len(parts):
        return True
    group = "/".join(parts[parts.index("plugins") + 1:])
    if group in DROP_GROUPS:
        return False
    name = plugin_base_name(PurePath(source.replace("\\", "/")).name)
    return name not in DROP_PLUGINS.get(group, frozenset())


def keep_qt_data(dest: str) -> bool:
    """Whether a data file (destination path in the bundle) stays: drops Qt's translation
    catalogues for languages the program does not offer."""
    parts = PurePath(dest.replace("\\", "/")).parts
    if len(parts) >= 3 and parts[0] == "PySide6" and "translations" in parts:
        return parts[-1].endswith(KEEP_QT_TRANSLATION_SUFFIX)
    return True
