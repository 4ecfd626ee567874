#!/usr/bin/env python3
"""CoP Desk translation tool (German), standard library only.

Run from anywhere as ``python scripts/i18n.py COMMAND`` (use the venv's Python,
so that ``pyside6-lupdate`` / ``pyside6-lrelease`` next to it are found):

``update``
    Run ``pyside6-lupdate`` per *area* and write
    ``resources/translations/<area>_de.ts``.  Existing translations are kept,
    strings that vanished from the code are dropped, no line numbers are stored.
``todo [AREA] [--template]``
    Print every unfinished or empty German translation as one JSON object per
    line (``area``, ``context``, ``source``, ``comment``, plus ``numerus``,
    ``note`` = developer comment and ``draft`` = the unfinished text, if any).
    ``--template`` prints a JSON object instead that ``fill`` accepts after you
    wrote the German texts into it.
``fill AREA FILE.json``
    FILE.json maps ``"source"``, ``"Context|source"`` or
    ``"Context|source|comment"`` to the German text (a list of two strings,
    singular and plural, for ``%n`` plural messages).  More specific keys win
    over less specific ones.  A bare ``"source"`` fills that text in every
    context of the area.  Exits 1 if a key matched nothing or a value did not
    fit (everything that did fit is still written).
``release``
    Build every ``<area>_de.qm`` with ``pyside6-lrelease``; exit 1 on errors.
``check``
    Exit 1 with a readable list if any translation is unfinished, empty or
    vanished, if the code has strings missing from the committed .ts files (found
    by running lupdate on a temporary copy), if a .ts is stale (area without
    sources, strings no longer in the code), if a tr() call can never be looked
    up at run time (f-string, ``%`` or ``.format()`` inside the call), or if a
    committed .qm differs from what lrelease builds now.  Wording and placeholder
    findings are printed as warnings only.

Global option ``--root DIR`` runs the tool on another checkout (used by tests).

Areas
    Each source file belongs to exactly one area, decided by the first matching
    entry of ``AREA_RULES`` (a glob on the path relative to the project root, or
    a compiled regex that must match the whole path); files under ``copdesk/``
    that match no rule belong to ``DEFAULT_AREA``.  Only ``.py`` files containing
    ``tr(``, ``translate(`` or one of the ``QT_*_NOOP(`` markers take part.
    An area without such files gets no .ts file.

Comparing .qm files in ``check``
    ``pyside6-lrelease`` 6.12 was verified to be byte-for-byte deterministic: two
    runs on the same .ts (also from a copy with another name, in another folder,
    at another time) give identical .qm files; the format holds no time stamp or
    path.  ``check`` therefore builds every .ts into a temporary folder and
    compares the bytes with the committed .qm.  (The fallback - loading both with
    QTranslator and comparing messages - was not needed, and would have made this
    script depend on PySide6 at import time.)

lupdate / lrelease flags (verified with ``-help`` of the 6.12 tools; note
they take single-dash options, ``--no-obsolete`` is rejected)
    lupdate FILES... -ts X_de.ts -no-obsolete -locations none
            -source-language en -target-language de
    lrelease X_de.ts -qm X_de.qm
    lupdate parses ``.py`` files given explicitly on the command line (the
    ``-extensions`` default list only matters when scanning folders).
"""

from __future__ import annotations

import argparse
import ast
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

# --------------------------------------------------------------------------
# Configuration
# --------------------------------------------------------------------------

#: Ordered (pattern, area) rules; first match wins.  A ``str`` is a glob matched
#: against the POSIX path relative to the project root (``*`` also matches
#: ``/``), a compiled ``re.Pattern`` must match the whole path.
_FEATURE_DIRS = r"copdesk/(?:ui/pages|ui/dialogs|ui/widgets|ui/models|ui|model|formats|cli)/"


def _feature(area: str, stems: str) -> tuple[re.Pattern[str], str]:
    """Files of a feature area: their name starts with one of *stems* in any layer folder,
    or they sit in a feature package of that name (``model/handover/receive.py``)."""
    return re.compile(_FEATURE_DIRS + rf"(?:{stems})\w*(?:/\w+)*\.py"), area


AREA_RULES: list[tuple[str | re.Pattern[str], str]] = [
    _feature("members", "member|organisation"),
    _feature("meetings", "meeting|agenda|calendar|scheduling|series|absence|attendance|holiday"),
    _feature("rotation", "rotation"),
    _feature("backlog", "backlog|leancoffee|board|topic|timer"),
    _feature("minutes", "minutes|action|protocol"),
    _feature("invitations", "ics|eml|invit"),
    _feature("contacts", "contact|bundle|import|export|privacy|handover|vcard"),
    _feature("knowledge", "knowledge"),
]
DEFAULT_AREA = "app"

LANG = "de"
SOURCE_DIR = "copdesk"
TS_DIR = "resources/translations"

LUPDATE_FLAGS = [
    "-no-obsolete",
    "-locations",
    "none",
    "-source-language",
    "en",
    "-target-language",
    LANG,
]
LRELEASE_FLAGS: list[str] = []

#: Files taking part must contain one of these calls.
TR_MARKER_RE = re.compile(
    r"(?<!\w)(?:tr|translate|QT_TR_NOOP|QT_TR_N_NOOP"
    r"|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?)\s*\("
)

#: German words that must not appear in the UI, with the preferred wording.
#: Matched as whole words incl. the -n/-s endings ("Teilnehmern", "Benutzers"),
#: not inside compounds ("Benutzername") and not in gender forms ("Teilnehmer:innen").
NON_INCLUSIVE = {
    "Teilnehmer": "Teilnehmende",
    "Benutzer": "Nutzende",
}
_NON_INCLUSIVE_RE = re.compile(
    r"(?<!\w)(" + "|".join(NON_INCLUSIVE) + r")(n|s)?(?!\w)(?![:*_/]innen)", re.IGNORECASE
)

_PLACEHOLDER_RE = re.compile(r"%L?(?:\d{1,2}|n)|\{\w*\}")

PLURAL_FORMS = 2  # German: singular, plural

DEFAULT_ROOT = Path(__file__).resolve().parent.parent


class ToolError(Exception):
    """A problem that stops the command (printed without a traceback)."""


# --------------------------------------------------------------------------
# Areas and source files
# --------------------------------------------------------------------------


def all_areas() -> list[str]:
    """Every area named in AREA_RULES plus the default, in rule order."""
    areas: list[str] = []
    for _pattern, area in AREA_RULES:
        if area not in areas:
            areas.append(area)
    if DEFAULT_AREA not in areas:
        areas.append(DEFAULT_AREA)
    return areas


def area_of(relpath: str) -> str:
    for pattern, area in AREA_RULES:
        if isinstance(pattern, re.Pattern):
            if pattern.fullmatch(relpath):
                return area
        elif fnmatch.fnmatchcase(relpath, pattern):
            return area
    return DEFAULT_AREA


def source_files(root: Path) -> dict[str, list[str]]:
    """Area -> sorted relative POSIX paths of the .py files that take part."""
    result: dict[str, list[str]] = {}
    base = root / SOURCE_DIR
    if not base.is_dir():
        return result
    for path in sorted(base.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if not TR_MARKER_RE.search(text):
            continue
        rel = path.relative_to(root).as_posix()
        result.setdefault(area_of(rel), []).append(rel)
    return result


def ts_path(root: Path, area: str) -> Path:
    return root / TS_DIR / f"{area}_{LANG}.ts"


def qm_path(root: Path, area: str) -> Path:
    return root / TS_DIR / f"{area}_{LANG}.qm"


def existing_areas(root: Path, suffix: str) -> list[str]:
    """Areas that have a committed ``<area>_de<suffix>`` file."""
    folder = root / TS_DIR
    if not folder.is_dir():
        return []
    tail = f"_{LANG}{suffix}"
    return sorted(p.name[: -len(tail)] for p in folder.glob(f"*{tail}") if p.is_file())


# --------------------------------------------------------------------------
# Tools
# --------------------------------------------------------------------------


def find_tool(name: str) -> str:
    """``pyside6-<name>``: $COPDESK_<NAME>, next to this Python, or on PATH."""
    env = os.environ.get(f"COPDESK_{name.upper()}")
    if env:
        return env
    exe = f"pyside6-{name}"
    here = Path(sys.executable).parent  # not resolved: keep the venv's bin/
    for candidate in (here / exe, here / f"{exe}.exe", here / "Scripts" / f"{exe}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(exe)
    if found:
        return found
    raise ToolError(
        f"{exe} not found (install PySide6 in this Python or set COPDESK_{name.upper()})"
    )


def run_tool(cmd: list[str], cwd: Path) -> tuple[int, str, str]:
    proc = subprocess.run(
        cmd,
        check=False,
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    return proc.returncode, proc.stdout, proc.stderr


def run_lupdate(root: Path, files: list[str], ts: Path) -> tuple[int, str, str]:
    return run_tool([find_tool("lupdate"), *files, "-ts", str(ts), *LUPDATE_FLAGS], root)


_PLURAL_PROBE = (
    "from PySide6.QtCore import QCoreApplication\n"
    "def f(n):\n"
    "    return QCoreApplication.translate('probe', '%n x', '', n)\n"
)


def lupdate_reads_translate_plurals() -> bool:
    """Whether the installed lupdate marks ``QCoreApplication.translate(c, s, d, n)`` as a
    plural form. PySide6 6.11's lupdate does not (6.12's does); the project pins 6.11 on
    Python 3.11 (see pyproject.toml), so ``check`` must not mistake that for a code change,
    and ``update`` must not let it strip the German plural forms from the catalogues."""
    with tempfile.TemporaryDirectory() as tmp:
        src, ts = Path(tmp, "probe.py"), Path(tmp, "probe.ts")
        src.write_text(_PLURAL_PROBE, encoding="utf-8")
        run_tool([find_tool("lupdate"), str(src), "-ts", str(ts), *LUPDATE_FLAGS], Path(tmp))
        return ts.is_file() and 'numerus="yes"' in ts.read_text(encoding="utf-8")


def run_lrelease(root: Path, ts: Path, qm: Path) -> tuple[int, str, str]:
    return run_tool([find_tool("lrelease"), *LRELEASE_FLAGS, str(ts), "-qm", str(qm)], root)


def lrelease_failed(rc: int, out: str, err: str) -> bool:
    """lrelease exits 1 on most errors; also catch "error" lines it might print anyway."""
    lines = (out + err).splitlines()
    return rc != 0 or any("error" in ln.lower() for ln in lines if not ln.startswith("Updating"))


# --------------------------------------------------------------------------
# Reading and writing .ts files
# --------------------------------------------------------------------------


def _collapse_bytes(elem: ET.Element) -> None:
    """Turn ``<byte value="x1"/>`` children into the characters they stand for."""
    for child in list(elem):
        _collapse_bytes(child)
    if not any(child.tag == "byte" for child in elem):
        return
    parts = [elem.text or ""]
    for child in list(elem):
        if child.tag == "byte":
            value = child.get("value", "")
            code = int(value[1:], 16) if value[:1] in ("x", "X") else int(value or "0")
            parts.append(chr(code))
            parts.append(child.tail or "")
            elem.remove(child)
    elem.text = "".join(parts)


def load_ts(path: Path) -> ET.ElementTree:
    try:
        tree = ET.parse(path)
    except ET.ParseError as exc:
        raise ToolError(f"{path}: not valid XML: {exc}") from exc
    if tree.getroot().tag != "TS":
        raise ToolError(f"{path}: not a Qt .ts file")
    _collapse_bytes(tree.getroot())
    return tree


def _protect(text: str) -> str:
    """Escape like Qt's TS writer (lupdate), so files do not churn."""
    out = []
    for ch in text:
        c = ord(ch)
        if ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == "'":
            out.append("&apos;")
        elif (c < 0x20 or (c > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append(f'<byte value="x{c:x}"/>' if c <= 0x20 else f"&#x{c:x};")
        else:
            out.append(ch)
    return "".join(out)


_SELF_CLOSING = {"location", "byte", "dependency"}


def _write_elem(elem: ET.Element, indent: int, out: list[str]) -> None:
    pad = " " * indent
    attrs = "".join(f' {k}="{_protect(v)}"' for k, v in elem.attrib.items())
    children = list(elem)
    text = elem.text or ""
    if not children and not text and elem.tag in _SELF_CLOSING:
        out.append(f"{pad}<{elem.tag}{attrs}/>\n")
    elif children and not text.strip():
        out.append(f"{pad}<{elem.tag}{attrs}>\n")
        for child in children:
            _write_elem(child, indent + 4, out)
        out.append(f"{pad}</{elem.tag}>\n")
    else:
        out.append(f"{pad}<{elem.tag}{attrs}>{_protect(text)}</{elem.tag}>\n")


def serialize_ts(tree: ET.ElementTree) -> bytes:
    """The .ts text in exactly the layout lupdate writes."""
    root = tree.getroot()
    attrs = "".join(f' {k}="{_protect(v)}"' for k, v in root.attrib.items())
    out = ['<?xml version="1.0" encoding="utf-8"?>\n', "<!DOCTYPE TS>\n", f"<TS{attrs}>\n"]
    for child in root:
        _write_elem(child, 0, out)
    out.append("</TS>\n")
    return "".join(out).encode("utf-8")


@dataclass
class Message:
    context: str
    elem: ET.Element

    @property
    def source(self) -> str:
        return _child_text(self.elem, "source")

    @property
    def comment(self) -> str:
        return _child_text(self.elem, "comment")

    @property
    def note(self) -> str:
        return _child_text(self.elem, "extracomment")

    @property
    def numerus(self) -> bool:
        return self.elem.get("numerus") == "yes"

    @property
    def translation(self) -> ET.Element:
        elem = self.elem.find("translation")
        if elem is None:
            elem = ET.SubElement(self.elem, "translation")
            elem.set("type", "unfinished")
        return elem

    @property
    def type(self) -> str:
        return self.translation.get("type", "")

    @property
    def texts(self) -> list[str]:
        """The translation (one string, or one per plural form)."""
        tr = self.translation
        if self.numerus:
            return [_variant_text(form) for form in tr.findall("numerusform")]
        return [_variant_text(tr)]

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def is_gone(self) -> bool:
        return self.type in ("vanished", "obsolete")

    @property
    def is_empty(self) -> bool:
        texts = self.texts
        return not texts or any(t == "" for t in texts)

    @property
    def is_todo(self) -> bool:
        return not self.is_gone and (self.type == "unfinished" or self.is_empty)

    def set_texts(self, texts: list[str]) -> None:
        tr = self.translation
        if self.numerus:
            forms = tr.findall("numerusform")
            for form, text in zip(forms, texts):
                for child in list(form):
                    form.remove(child)
                form.text = text
        else:
            for child in list(tr):
                tr.remove(child)
            tr.text = texts[0]
        if tr.get("type") == "unfinished":
            del tr.attrib["type"]

    def label(self) -> str:
        extra = f" ({self.comment})" if self.comment else ""
        return f"{self.context}|{_visible(self.source)}{extra}"


def _visible(text: str) -> str:
    """Text for messages: control characters and special spaces made visible."""
    return "".join(ch if ch.isprintable() or ch == " " else repr(ch)[1:-1] for ch in text)


def _child_text(elem: ET.Element, tag: str) -> str:
    child = elem.find(tag)
    return "" if child is None else (child.text or "")


def _variant_text(elem: ET.Element) -> str:
    variants = elem.findall("lengthvariant")
    if variants:
        return variants[0].text or ""
    return elem.text or ""


def messages(tree: ET.ElementTree) -> list[Message]:
    result = []
    for ctx in tree.getroot().findall("context"):
        name = _child_text(ctx, "name")
        for msg in ctx.findall("message"):
            result.append(Message(name, msg))
    return result


# --------------------------------------------------------------------------
# Extraction (lupdate into a temporary copy)
# --------------------------------------------------------------------------


@dataclass
class Extract:
    area: str
    files: list[str]
    data: bytes = b""
    tree: ET.ElementTree | None = None
    warnings: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def messages(self) -> list[Message]:
        return messages(self.tree) if self.tree is not None else []


def extract(root: Path, area: str, files: list[str]) -> Extract:
    """Run lupdate for ``area`` on a temporary copy of its committed .ts."""
    result = Extract(area, files)
    committed = ts_path(root, area)
    with tempfile.TemporaryDirectory(prefix="copdesk-i18n-") as tmp:
        tmp_ts = Path(tmp) / committed.name
        if committed.is_file():
            shutil.copyfile(committed, tmp_ts)
        rc, out, err = run_lupdate(root, files, tmp_ts)
        result.warnings = [
            f"lupdate ({area}): {line.strip()}" for line in err.splitlines() if line.strip()
        ]
        if rc != 0 or not tmp_ts.is_file():
            result.error = f"lupdate failed for area {area!r} (exit {rc}):\n{out}{err}"
            return result
        result.data = tmp_ts.read_bytes()
        try:
            result.tree = load_ts(tmp_ts)
        except ToolError as exc:
            result.error = str(exc)
    return result


def extract_all(root: Path, by_area: dict[str, list[str]]) -> dict[str, Extract]:
    with ThreadPoolExecutor(max_workers=min(8, max(1, len(by_area)))) as pool:
        futures = {area: pool.submit(extract, root, area, files) for area, files in by_area.items()}
        return {area: fut.result() for area, fut in futures.items()}


# --------------------------------------------------------------------------
# Code lint: tr() calls that can never match at run time
# --------------------------------------------------------------------------

_TEXT_ARG = {  # function name -> index of the source-text argument
    "tr": 0,
    "QT_TR_NOOP": 0,
    "QT_TR_N_NOOP": 0,
    "translate": 1,
    "QT_TRANSLATE_NOOP": 1,
    "QT_TRANSLATE_NOOP3": 1,
    "QT_TRANSLATE_N_NOOP": 1,
    "QT_TRANSLATE_N_NOOP3": 1,
}


def lint_sources(root: Path, files: list[str]) -> list[str]:
    problems = []
    for rel in files:
        try:
            tree = ast.parse((root / rel).read_text(encoding="utf-8"), filename=rel)
        except SyntaxError as exc:
            problems.append(f"{rel}:{exc.lineno}: syntax error, lupdate cannot read it: {exc.msg}")
            continue
        in_class = {
            id(inner)
            for cls in ast.walk(tree)
            if isinstance(cls, ast.ClassDef)
            for inner in ast.walk(cls)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            index = _TEXT_ARG.get(name or "")
            if index is None or len(node.args) <= index:
                continue
            if name == "translate" and not (
                isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
            ):
                continue  # str.translate(table) and friends
            if (
                name == "tr"
                and isinstance(func, ast.Name)
                and id(node) not in in_class
                and isinstance(node.args[0], ast.Constant)
            ):
                problems.append(
                    f"{rel}:{node.lineno}: a plain function called tr() - "
                    "lupdate reads every tr(...) "
                    "as a Qt translation call (here without a class, so with an empty context); "
                    "rename the function or variable, e.g. to translate_fn"
                )
                continue
            arg = node.args[index]
            why = ""
            if isinstance(arg, ast.JoinedStr):
                why = "an f-string"
            elif (
                isinstance(arg, ast.BinOp)
                and isinstance(arg.op, (ast.Mod, ast.Add))
                and not _is_literal(arg)
            ):
                why = "a string built with % or +"
            elif (
                isinstance(arg, ast.Call)
                and isinstance(arg.func, ast.Attribute)
                and arg.func.attr == "format"
            ):
                why = "a string built with .format()"
            if why:
                problems.append(
                    f"{rel}:{node.lineno}: {name}() gets {why}; the text at run time is never "
                    f'in the translations - use {name}("... %1 ...").replace("%1", value) or '
                    "format the translated text"
                )
    return problems


def _is_literal(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_literal(node.left) and _is_literal(node.right)
    return False


# --------------------------------------------------------------------------
# Commands
# --------------------------------------------------------------------------


def stale_areas(root: Path, by_area: dict[str, list[str]]) -> list[str]:
    """Committed .ts files whose area has no source files (or is unknown)."""
    return [a for a in existing_areas(root, ".ts") if a not in by_area]


def cmd_update(root: Path, args: argparse.Namespace) -> int:
    by_area = source_files(root)
    if getattr(args, "area", None):  # one area only: people working on others are not disturbed
        by_area = {a: f for a, f in by_area.items() if a == args.area}
    if not by_area:
        print("No translatable source files found under copdesk/.")
    results = extract_all(root, by_area)
    failed = False
    (root / TS_DIR).mkdir(parents=True, exist_ok=True)
    for area in all_areas():
        if area not in results:
            continue
        res = results[area]
        for line in res.warnings:
            print(f"warning: {line}")
        if res.error:
            print(f"error: {res.error}", file=sys.stderr)
            failed = True
            continue
        ts = ts_path(root, area)
        msgs = res.messages
        if ts.is_file():
            fresh = {m.key: m for m in msgs}
            lost = [
                m.label()
                for m in messages(load_ts(ts))
                if m.numerus and m.key in fresh and not fresh[m.key].numerus
            ]
            if lost:  # an older lupdate (PySide6 < 6.12) that cannot read translate() plurals
                print(
                    f"error: {area}: this pyside6-lupdate would drop the German plural forms of "
                    f"{len(lost)} string(s) (e.g. {lost[0]}); update the catalogues with "
                    "PySide6 >= 6.12 tools, e.g. in a Python 3.12 environment "
                    "(docs/translations.md). Nothing was written.",
                    file=sys.stderr,
                )
                failed = True
                continue
        if not msgs:
            if ts.is_file():
                print(
                    f"{area}: no translatable strings any more - "
                    f"{ts.relative_to(root).as_posix()} is stale, delete it (and its .qm)"
                )
            else:
                print(
                    f"{area}: {len(res.files)} file(s) but no translatable strings; no .ts created"
                )
            continue
        todo = sum(1 for m in msgs if m.is_todo)
        if ts.is_file() and ts.read_bytes() == res.data:
            state = "unchanged"
        else:
            state = "created" if not ts.is_file() else "updated"
            ts.write_bytes(res.data)
        print(
            f"{area}: {ts.relative_to(root).as_posix()} {state} - "
            f"{len(msgs)} string(s), {todo} to translate"
        )
    for area in stale_areas(root, source_files(root)):
        if getattr(args, "area", None) and area != args.area:
            continue
        ts = ts_path(root, area)
        known = "no source files" if area in all_areas() else "unknown area (not in AREA_RULES)"
        print(
            f"PROBLEM: {ts.relative_to(root).as_posix()} is stale ({known}); "
            "delete it and its .qm, or fix AREA_RULES"
        )
    return 1 if failed else 0


def _areas_arg(root: Path, area: str | None) -> list[str]:
    present = existing_areas(root, ".ts")
    if area is None:
        return present
    if area not in present:
        if area in all_areas():
            raise ToolError(f"no {area}_{LANG}.ts yet - run `python scripts/i18n.py update` first")
        raise ToolError(f"unknown area {area!r}; areas: {', '.join(all_areas())}")
    return [area]


def cmd_todo(root: Path, args: argparse.Namespace) -> int:
    template: dict[str, object] = {}
    count = 0
    for area in _areas_arg(root, args.area):
        tree = load_ts(ts_path(root, area))
        for msg in messages(tree):
            if not msg.is_todo:
                continue
            count += 1
            if args.template:
                key = f"{msg.context}|{msg.source}" + (f"|{msg.comment}" if msg.comment else "")
                template[key] = [""] * PLURAL_FORMS if msg.numerus else ""
                continue
            row: dict[str, object] = {
                "area": area,
                "context": msg.context,
                "source": msg.source,
                "comment": msg.comment,
                "numerus": msg.numerus,
            }
            if msg.note:
                row["note"] = msg.note
            draft = msg.texts if msg.numerus else msg.texts[0]
            if any(msg.texts):
                row["draft"] = draft
            print(json.dumps(row, ensure_ascii=False))
    if args.template:
        print(json.dumps(template, ensure_ascii=False, indent=2))
    print(f"{count} translation(s) to do", file=sys.stderr)
    return 0


def cmd_fill(root: Path, args: argparse.Namespace) -> int:
    area = _areas_arg(root, args.area)[0]
    ts = ts_path(root, area)
    try:
        mapping = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ToolError(f"cannot read {args.file}: {exc}") from exc
    if not isinstance(mapping, dict):
        raise ToolError(f'{args.file}: expected a JSON object {{"source": "German", ...}}')

    tree = load_ts(ts)
    live = [m for m in messages(tree) if not m.is_gone]
    contexts = {m.context for m in live}
    by_source: dict[str, list[Message]] = {}
    by_ctx: dict[tuple[str, str], list[Message]] = {}
    by_full: dict[tuple[str, str, str], list[Message]] = {}
    for m in live:
        by_source.setdefault(m.source, []).append(m)
        by_ctx.setdefault((m.context, m.source), []).append(m)
        by_full.setdefault(m.key, []).append(m)

    def resolve(key: str) -> tuple[int, list[Message]]:
        if "|" in key:
            ctx, rest = key.split("|", 1)
            if ctx in contexts:
                if (ctx, rest) in by_ctx:
                    return 1, by_ctx[(ctx, rest)]
                if "|" in rest:
                    source, comment = rest.rsplit("|", 1)
                    if (ctx, source, comment) in by_full:
                        return 2, by_full[(ctx, source, comment)]
        return 0, by_source.get(key, [])

    not_found: list[str] = []
    errors: list[str] = []
    skipped: list[str] = []
    plan: list[tuple[int, str, list[Message], list[str]]] = []
    for key, value in mapping.items():
        if isinstance(value, str):
            texts = [value]
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            texts = list(value)
        else:
            errors.append(f"{key!r}: value must be a string or a list of strings")
            continue
        if all(t == "" for t in texts):
            skipped.append(key)
            continue
        specificity, found = resolve(key)
        if not found:
            not_found.append(key)
            continue
        plan.append((specificity, key, found, texts))

    filled = 0
    used_keys: set[str] = set()
    for _spec, key, found, texts in sorted(plan, key=lambda p: p[0]):
        for msg in found:
            if msg.numerus:
                want = len(msg.translation.findall("numerusform")) or PLURAL_FORMS
                if len(texts) != want or any(t == "" for t in texts):
                    errors.append(
                        f"{key!r}: {msg.label()} is a plural (%n) message - give a list of "
                        f"{want} non-empty strings [singular, plural]"
                    )
                    continue
            elif len(texts) != 1:
                errors.append(f"{key!r}: {msg.label()} is not a plural message - give one string")
                continue
            msg.set_texts(texts)
            filled += 1
            used_keys.add(key)

    if filled:
        ts.write_bytes(serialize_ts(tree))
    left = sum(1 for m in messages(tree) if m.is_todo)
    print(
        f"{area}: filled {filled} message(s) from {len(used_keys)} key(s); "
        f"{left} still to translate"
    )
    if skipped:
        print(f"skipped {len(skipped)} key(s) with empty text")
    for key in not_found:
        print(f"NOT FOUND in {ts.name}: {key}", file=sys.stderr)
    for err in errors:
        print(f"ERROR: {err}", file=sys.stderr)
    return 1 if (not_found or errors) else 0


def cmd_release(root: Path, args: argparse.Namespace) -> int:
    areas = existing_areas(root, ".ts")
    if getattr(args, "area", None):
        areas = [a for a in areas if a == args.area]
    if not areas:
        print("No .ts files - nothing to release.")
        return 0
    failed = False
    for area in areas:
        ts, qm = ts_path(root, area), qm_path(root, area)
        rc, out, err = run_lrelease(root, ts, qm)
        summary = " ".join(
            line.strip()
            for line in (out + err).splitlines()
            if line.strip() and not line.startswith("Updating")
        )
        if lrelease_failed(rc, out, err):
            failed = True
            print(f"ERROR {area}: lrelease failed (exit {rc}): {summary}", file=sys.stderr)
        else:
            print(f"{area}: {qm.relative_to(root).as_posix()} - {summary}")
    for area in stale_areas(root, source_files(root)):
        print(f"warning: {area}_{LANG}.ts is stale (no source files for this area)")
    return 1 if failed else 0


def _check_wording(area: str, msg: Message, warnings: list[str]) -> None:
    for text in msg.texts:
        for match in _NON_INCLUSIVE_RE.finditer(text):
            word = match.group(0)
            base = next(k for k in NON_INCLUSIVE if word.lower().startswith(k.lower()))
            warnings.append(
                f"{area}: {msg.label()}: German text uses {word!r} - say "
                f"{NON_INCLUSIVE[base]!r} instead: {text!r}"
            )
    if msg.is_empty:
        return
    source_marks = set(_PLACEHOLDER_RE.findall(msg.source))
    texts = msg.texts
    for i, text in enumerate(texts):
        marks = set(_PLACEHOLDER_RE.findall(text))
        expected = set(source_marks)
        if msg.numerus and i < len(texts) - 1:
            expected.discard("%n")  # "Ein Eintrag" without %n is fine
            marks.discard("%n")
        if marks != expected:
            warnings.append(
                f"{area}: {msg.label()}: placeholders differ - source has "
                f"{sorted(source_marks) or 'none'}, German has {sorted(marks) or 'none'}: {text!r}"
            )


def cmd_check(root: Path, args: argparse.Namespace) -> int:
    problems: list[str] = []
    warnings: list[str] = []
    plurals_read = lupdate_reads_translate_plurals()
    if not plurals_read:
        warnings.append(
            "this pyside6-lupdate does not read plural forms of QCoreApplication.translate() "
            "(PySide6 < 6.12): plural marks of those strings were not compared"
        )
    by_area = source_files(root)
    all_files = [f for files in by_area.values() for f in files]
    problems += lint_sources(root, all_files)

    # 1. Committed .ts files: parse, state of every translation.
    committed: dict[str, list[Message]] = {}
    for area in existing_areas(root, ".ts"):
        ts = ts_path(root, area)
        rel = ts.relative_to(root).as_posix()
        try:
            msgs = messages(load_ts(ts))
        except ToolError as exc:
            problems.append(str(exc))
            continue
        committed[area] = msgs
        for msg in msgs:
            if msg.is_gone:
                problems.append(f"{rel}: {msg.type} (string no longer in the code): {msg.label()}")
            elif msg.type == "unfinished":
                what = "empty" if msg.is_empty else "unfinished"
                problems.append(f"{rel}: {what}: {msg.label()}")
            elif msg.is_empty:
                problems.append(f"{rel}: empty translation: {msg.label()}")
            if msg.numerus and not msg.is_gone:
                forms = len(msg.translation.findall("numerusform"))
                if forms != PLURAL_FORMS:
                    problems.append(
                        f"{rel}: {forms} plural forms instead of {PLURAL_FORMS}: {msg.label()}"
                    )
            if msg.context == "" and not msg.is_gone:
                problems.append(
                    f"{rel}: tr() outside a class (empty context, never found at run time): "
                    f"{msg.label()}"
                )
            if not msg.is_gone:
                _check_wording(area, msg, warnings)

    # 2. Code vs committed .ts (lupdate into a temporary copy).
    results = extract_all(root, by_area)
    for area in all_areas():
        if area not in results:
            continue
        res = results[area]
        warnings += res.warnings
        if res.error:
            problems.append(res.error)
            continue
        fresh = {m.key: m for m in res.messages}
        rel = ts_path(root, area).relative_to(root).as_posix()
        if not fresh:
            if ts_path(root, area).is_file():
                problems.append(
                    f"{rel} is stale: area {area!r} has no translatable strings any more - "
                    "delete the .ts and .qm"
                )
            continue
        if area not in committed:
            if not ts_path(root, area).is_file():
                problems.append(
                    f"{rel} missing: area {area!r} has {len(fresh)} string(s) "
                    f"in {len(res.files)} file(s) - run update"
                )
            continue
        have = {m.key: m for m in committed[area] if not m.is_gone}
        for key, msg in fresh.items():
            if key not in have:
                problems.append(f"{rel}: string in the code but not in the .ts: {msg.label()}")
            elif have[key].numerus != msg.numerus and (plurals_read or msg.numerus):
                problems.append(f"{rel}: plural (%n) use changed in the code: {msg.label()}")
        for key, msg in have.items():
            if key not in fresh:
                problems.append(f"{rel}: stale, no longer in the code: {msg.label()}")
    for area in stale_areas(root, by_area):
        known = (
            "no source files belong to this area"
            if area in all_areas()
            else "unknown area (not in AREA_RULES)"
        )
        problems.append(
            f"{TS_DIR}/{area}_{LANG}.ts is stale: {known} - "
            "delete it and its .qm, or fix AREA_RULES"
        )

    # 3. Same context/source/comment in two areas with different German texts.
    seen: dict[tuple[str, str, str], tuple[str, list[str]]] = {}
    for area, msgs in committed.items():
        for msg in msgs:
            if msg.is_gone or msg.is_empty:
                continue
            other = seen.setdefault(msg.key, (area, msg.texts))
            if other[0] != area and other[1] != msg.texts:
                warnings.append(
                    f"{msg.label()} is translated differently in {other[0]!r} and {area!r}; "
                    "which one wins depends on load order"
                )

    # 4. Committed .qm vs what lrelease builds now (lrelease is deterministic).
    ts_areas = set(existing_areas(root, ".ts"))
    for area in existing_areas(root, ".qm"):
        if area not in ts_areas:
            problems.append(f"{TS_DIR}/{area}_{LANG}.qm has no .ts - delete it")
    with tempfile.TemporaryDirectory(prefix="copdesk-qm-") as tmp:

        def build(area: str) -> tuple[str, Path, tuple[int, str, str]]:
            out = Path(tmp) / f"{area}_{LANG}.qm"
            return area, out, run_lrelease(root, ts_path(root, area), out)

        with ThreadPoolExecutor(max_workers=8) as pool:
            builds = list(pool.map(build, sorted(committed)))
        for area, built, (rc, out, err) in builds:
            qm = qm_path(root, area)
            rel = qm.relative_to(root).as_posix()
            if lrelease_failed(rc, out, err):
                problems.append(
                    f"lrelease failed for {area}_{LANG}.ts (exit {rc}): {(out + err).strip()}"
                )
            elif not qm.is_file():
                problems.append(f"{rel} missing - run `python scripts/i18n.py release`")
            elif not built.is_file() or built.read_bytes() != qm.read_bytes():
                problems.append(
                    f"{rel} is out of date with its .ts - run `python scripts/i18n.py release`"
                )

    for line in warnings:
        print(f"warning: {line}")
    if problems:
        print(f"\nTranslation check FAILED - {len(problems)} problem(s):")
        for line in problems:
            print(f"  - {line}")
        print(
            "\nFix: python scripts/i18n.py update; python scripts/i18n.py todo; "
            "python scripts/i18n.py fill AREA FILE.json; python scripts/i18n.py release"
            "  (see docs/translations.md)"
        )
        return 1
    n_ts = len(committed)
    n_msgs = sum(len(m) for m in committed.values())
    if n_ts:
        print(
            f"Translation check OK: {n_msgs} string(s) in {n_ts} area(s), "
            "all translated and released."
        )
    else:
        print("Translation check OK: no translatable strings yet.")
    return 0


# --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="i18n.py", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--root", type=Path, default=DEFAULT_ROOT, help="project root (default: this checkout)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("update", help="run lupdate per area")
    p.add_argument("area", nargs="?", help="only this area")
    p.set_defaults(func=cmd_update)
    p = sub.add_parser("todo", help="list untranslated strings as JSON lines")
    p.add_argument("area", nargs="?")
    p.add_argument("--template", action="store_true", help="print a JSON object for `fill`")
    p.set_defaults(func=cmd_todo)
    p = sub.add_parser("fill", help="write German texts from a JSON file into an area's .ts")
    p.add_argument("area")
    p.add_argument("file")
    p.set_defaults(func=cmd_fill)
    p = sub.add_parser("release", help="build the .qm files")
    p.add_argument("area", nargs="?", help="only this area")
    p.set_defaults(func=cmd_release)
    sub.add_parser("check", help="fail if translations are incomplete or out of date").set_defaults(
        func=cmd_check
    )
    args = parser.parse_args(argv)
    # Print German and other non-ASCII text regardless of the console code page.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    try:
        return args.func(args.root.resolve(), args)
    except ToolError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
