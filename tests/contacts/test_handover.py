"""Hand-over: one file with a consistent copy and the PDF sheet; opening it on the other side."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import struct
import threading
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from copdesk.model import db, errors, handover, uow
from copdesk.model import entities as E
from copdesk.model.backups import backup_paths

pytestmark = pytest.mark.usefixtures("qapp")  # the PDF texts go through QCoreApplication


def build(sheet) -> bytes:
    from copdesk.formats.handover_pdf import build_handover_pdf

    return build_handover_pdf(sheet)


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def bundle(demo, tmp_path) -> Path:
    # an uncommitted-to-file change still in the -wal must be in the copy
    def edit(session):
        session.add(E.Organisation(name="Nur im WAL"))

    uow.write(demo, edit)
    assert Path(f"{demo.path}-wal").stat().st_size > 0
    target = tmp_path / "out" / "CoP-Uebergabe.copdesk-handover"
    handover.pass_on(demo, target, build, organiser="Lea Schäfer", sheet_name="Uebergabe.pdf")
    return target


def test_sheet_has_what_the_next_organiser_needs(demo):
    sheet = uow.read(
        demo,
        handover.handover_sheet,
        organiser="Lea Schäfer",
        now=dt.datetime(2025, 1, 15, 9, tzinfo=dt.UTC),
        today=dt.date(2025, 1, 15),
    )
    assert sheet.community == "CoP Personalentwicklung Süd-West"
    assert sheet.next_meeting is not None
    assert sheet.next_meeting.host and sheet.next_meeting.moderator
    assert sheet.open_action_count >= len(sheet.open_actions) > 0
    assert sheet.top_topics
    assert sheet.rotating_roles and sheet.decisions and sheet.templates
    assert sheet.counts["held"] > 10
    assert "Working Out Loud" in " ".join(sheet.subgroups)


def test_pdf_sheet(demo):
    from pypdf import PdfReader

    sheet = uow.read(
        demo,
        handover.handover_sheet,
        organiser="Lea Schäfer",
        now=dt.datetime(2025, 1, 15, 9, tzinfo=dt.UTC),
        today=dt.date(2025, 1, 15),
    )
    data = build(sheet)
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata.title == "Hand-over: CoP Personalentwicklung Süd-West"
    text = pdf_text(data)
    nm = sheet.next_meeting
    for needle in (
        "Next meeting",
        nm.host,
        nm.moderator,
        "Open action items",
        sheet.open_actions[0].description[:30],
        sheet.top_topics[0].title[:30],
        "How the community works",
        "Checklist for the new organiser",
        "Page 1 of",
    ):
        assert needle in " ".join(text.split()), needle
    fonts = [f for p in reader.pages for f in p["/Resources"]["/Font"].values()]
    assert all(
        "/FontFile2" in f.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        for f in fonts
        if f.get_object().get("/Subtype") == "/Type0"
    )


def test_user_text_cannot_break_the_pdf(demo):
    def hostile(session):
        root = session.scalar(select(E.Group).where(E.Group.parent_id.is_(None)))
        root.name = "<b>CoP & Co <img src='/etc/passwd'/> „Süd“ – €"
        root.description = "<?xml <font color=red>" + "x" * 5000

    uow.write(demo, hostile)
    sheet = uow.read(demo, handover.handover_sheet)
    text = pdf_text(build(sheet))
    assert "<b>CoP & Co <img src='/etc/passwd'/> „Süd“ – €" in text


def test_bundle_is_one_private_file_with_a_consistent_copy(bundle, demo):
    if os.name == "posix":
        assert bundle.stat().st_mode & 0o777 == 0o600
    with zipfile.ZipFile(bundle) as zf:
        assert sorted(zf.namelist()) == ["Uebergabe.pdf", "community.copdesk", "manifest.json"]
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["format"] == "copdesk-handover" and manifest["organiser"] == "Lea Schäfer"
        assert zf.read("Uebergabe.pdf").startswith(b"%PDF")
    m = handover.read_manifest(bundle)
    assert m.community == "CoP Personalentwicklung Süd-West" and m.revision
    assert handover.read_sheet(bundle).startswith(b"%PDF")
    assert [p.name for p in bundle.parent.iterdir()] == [bundle.name]  # no temporary files


def test_open_a_handover(bundle, demo, tmp_path):
    target = tmp_path / "neu" / "Gemeinschaft.copdesk"
    assert handover.check_target(handover.read_manifest(bundle), target).exists is False
    assert handover.extract_bundle(bundle, target) is None
    info = db.inspect_file(target, counts=True)
    assert info.integrity == "ok"
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
    original = db.inspect_file(demo.path, counts=True)
    assert info.counts["member"] == original.counts["member"]
    with db.open_community(target) as opened:
        names = uow.read(opened, lambda s: set(s.scalars(select(E.Organisation.name))))
    assert "Nur im WAL" in names  # the backup API copied what was still in the -wal


def test_replacing_newer_data_is_detected_and_backed_up(bundle, tmp_path):
    target = tmp_path / "c.copdesk"
    handover.extract_bundle(bundle, target)
    manifest = handover.read_manifest(bundle)
    state = handover.check_target(manifest, target)
    assert state.exists and not state.newer  # untouched since the hand-over was made
    with db.open_community(target) as com:  # opening and reading writes nothing
        uow.read(com, lambda s: s.scalar(select(func.count()).select_from(E.Member)))
    assert not handover.check_target(manifest, target).newer
    with db.open_community(target) as com:
        uow.write(com, lambda s: s.add(E.Organisation(name="Später hinzugefügt")))
    state = handover.check_target(manifest, target)
    assert state.exists and state.newer
    kept = handover.extract_bundle(bundle, target, backup_dir=tmp_path / "backups")
    assert kept is not None and kept.exists()
    assert kept in backup_paths(target, tmp_path / "backups")  # File → Restore a backup…
    with db.open_community(kept, lock=False) as com:
        assert (
            uow.read(
                com,
                lambda s: s.scalar(
                    select(func.count())
                    .select_from(E.Organisation)
                    .where(E.Organisation.name == "Später hinzugefügt")
                ),
            )
            == 1
        )
    with db.open_community(target) as com:
        assert (
            uow.read(
                com,
                lambda s: s.scalar(
                    select(func.count())
                    .select_from(E.Organisation)
                    .where(E.Organisation.name == "Später hinzugefügt")
                ),
            )
            == 0
        )


def test_an_open_community_is_never_replaced(bundle, demo):
    before = demo.path.read_bytes()
    with pytest.raises(errors.FileProblem, match="open in CoP Desk"):
        handover.extract_bundle(bundle, demo.path)
    assert demo.path.read_bytes() == before


def _rezip(source: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(source) as zf:
        items = {name: zf.read(name) for name in zf.namelist()}
    change(items)
    with zipfile.ZipFile(target, "w") as zf:
        for name, data in items.items():
            zf.writestr(name, data)
    return target


@pytest.mark.parametrize(
    "change, message",
    [
        (
            lambda i: i.__setitem__("community.copdesk", i["community.copdesk"][:-1] + b"\x01"),
            "damaged",
        ),
        (lambda i: i.pop("manifest.json"), "not a CoP Desk hand-over"),
        (lambda i: i.__setitem__("manifest.json", b"{not json"), "invalid description"),
        (
            lambda i: i.__setitem__(
                "manifest.json",
                json.dumps(dict(json.loads(i["manifest.json"]), sheet="../../evil.pdf")).encode(),
            ),
            "invalid description",
        ),
        (
            lambda i: i.__setitem__(
                "manifest.json",
                json.dumps(dict(json.loads(i["manifest.json"]), version=99)).encode(),
            ),
            "newer version",
        ),
        (
            lambda i: i.__setitem__("community.copdesk", b"SQLite format 3\x00" + b"\x00" * 4000),
            "damaged",
        ),
    ],
)
def test_bad_bundles_change_nothing(bundle, tmp_path, change, message):
    bad = _rezip(bundle, tmp_path / "bad.copdesk-handover", change)
    target = tmp_path / "target.copdesk"
    target.write_bytes(b"keep me")
    with pytest.raises(errors.FileProblem, match=message):
        handover.extract_bundle(bad, target)
    assert target.read_bytes() == b"keep me"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary files


@pytest.mark.parametrize("content", [b"", b"PK\x05\x06" + b"\x00" * 18, b"%PDF-1.4"])
def test_not_a_handover(tmp_path, content):
    path = tmp_path / "x.copdesk-handover"
    path.write_bytes(content)
    with pytest.raises(errors.FileProblem, match="not a CoP Desk hand-over"):
        handover.read_manifest(path)


def test_suggested_name():
    name = handover.suggested_name(
        "CoP Personalentwicklung Süd-West / 2025", dt.date(2025, 1, 15), "Uebergabe"
    )
    assert name == "CoP-Personalentwicklung-Süd-West-2025-Uebergabe-2025-01-15.copdesk-handover"


# --- hostile bundles (issue 13, section 4) --------------------------------------------------
# Each is written byte by byte (_zip) so that it can claim what zipfile would never write:
# flags, compression methods, sizes and names. Every one must be refused with its reason
# before anything is replaced, leaving the user's file byte-identical and no temporary file.

KEEP = b"the user's own community file"


@dataclass
class Entry:
    name: str
    data: bytes  # the content (or, with raw, what a header claims it to be)
    method: int = zipfile.ZIP_DEFLATED
    flags: int = 0
    raw: bytes | None = None  # the bytes stored, when they are not simply data compressed
    size: int | None = None  # the uncompressed size the headers claim
    crc: int | None = None


def _deflate(data: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def _zip(entries: list[Entry]) -> bytes:
    """A ZIP archive exactly as described: local headers, data, central directory, end."""
    out, central = bytearray(), bytearray()
    for e in entries:
        name = e.name.encode("utf-8")
        raw = (
            e.raw
            if e.raw is not None
            else (e.data if e.method == zipfile.ZIP_STORED else _deflate(e.data))
        )
        size = len(e.data) if e.size is None else e.size
        crc = zlib.crc32(e.data) if e.crc is None else e.crc
        offset = len(out)
        out += (
            struct.pack(
                "<4s5H3L2H",
                b"PK\x03\x04",
                20,
                e.flags | 0x800,
                e.method,
                0,
                0x21,
                crc,
                len(raw),
                size,
                len(name),
                0,
            )
            + name
            + raw
        )
        central += (
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                20,
                e.flags | 0x800,
                e.method,
                0,
                0x21,
                crc,
                len(raw),
                size,
                len(name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + name
        )
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), len(out), 0
    )
    return bytes(out + central + end)


@dataclass
class Parts:
    """A real bundle taken apart, to be put together again with one change."""

    manifest: dict
    db: bytes
    sheet: bytes

    def manifest_entry(self, **changes) -> Entry:
        return Entry("manifest.json", json.dumps(dict(self.manifest, **changes)).encode())

    def entries(self, **changes) -> list[Entry]:
        return [
            self.manifest_entry(**changes),
            Entry("community.copdesk", self.db),
            Entry(self.manifest["sheet"], self.sheet, zipfile.ZIP_STORED),
        ]


@pytest.fixture
def parts(bundle) -> Parts:
    with zipfile.ZipFile(bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        return Parts(manifest, zf.read("community.copdesk"), zf.read(manifest["sheet"]))


def _nested(p: Parts) -> list[Entry]:  # 200,000 [ : once a RecursionError in json
    return [Entry("manifest.json", b"[" * 200_000), *p.entries()[1:]]


def _nested_small(p: Parts) -> list[Entry]:  # deep, yet within the manifest's size limit
    body = json.dumps(dict(p.manifest, organiser="x"))[:-1] + ', "x": ' + "[" * 30_000 + "}"
    return [Entry("manifest.json", body.encode()), *p.entries()[1:]]


def _duplicate_key(p: Parts) -> list[Entry]:  # "last wins" in json, "first" elsewhere
    body = json.dumps(p.manifest)[:-1] + ', "sha256": "' + "0" * 64 + '"}'
    return [Entry("manifest.json", body.encode()), *p.entries()[1:]]


def _mistyped(p: Parts) -> list[Entry]:
    return p.entries(size=str(p.manifest["size"]))


def _encrypted(p: Parts) -> list[Entry]:
    entries = p.entries()
    entries[1].flags = 0x1
    return entries


def _deflate64(p: Parts) -> list[Entry]:  # method 9, as Windows Explorer packs big files
    entries = p.entries()
    entries[1].method = 9
    return entries


def _naive_time(p: Parts) -> list[Entry]:
    return p.entries(created_at="2025-01-15T09:00:00")


def _year_9999(p: Parts) -> list[Entry]:
    return p.entries(created_at="9999-12-31T23:59:59+00:00")


def _duplicate_db(p: Parts) -> list[Entry]:  # another tool shows the first, zipfile the last
    entries = p.entries()
    return [*entries, Entry("community.copdesk", p.db[:-1] + b"\x01")]


def _traversal_sheet(p: Parts) -> list[Entry]:
    name = "../../../x.pdf"
    return [
        p.manifest_entry(sheet=name),
        Entry("community.copdesk", p.db),
        Entry(name, p.sheet, zipfile.ZIP_STORED),
    ]


def _extra_entry(p: Parts) -> list[Entry]:
    return [*p.entries(), Entry("autorun.inf", b"[autorun]")]


def _many_entries(p: Parts) -> list[Entry]:  # refused before zipfile reads the directory
    return [*p.entries(), *(Entry(f"{i}.txt", b"") for i in range(20))]


def _big_sheet(p: Parts) -> list[Entry]:
    return p.entries(sheet_size=100_000_000)


def _huge_size(p: Parts) -> list[Entry]:  # once an OverflowError in handover.too_large
    return p.entries(size=10**400)


def _huge_sheet_size(p: Parts) -> list[Entry]:
    return p.entries(sheet_size=10**400)


def _huge_version(p: Parts) -> list[Entry]:  # not "a newer version", with 401 digits
    return p.entries(version=10**400)


def _big_db(p: Parts) -> list[Entry]:  # 25 times the large demo: no community's file
    return p.entries(size=250_000_000)


def _with_db(p: Parts, data: bytes) -> list[Entry]:
    """The bundle with *data* as its community file, honestly described (size, checksum)."""
    return [
        p.manifest_entry(size=len(data), sha256=hashlib.sha256(data).hexdigest()),
        Entry("community.copdesk", data),
        p.entries()[2],
    ]


def _header(p: Parts, offset: int, fmt: str, value: int) -> bytes:
    data = bytearray(p.db)
    struct.pack_into(fmt, data, offset, value)
    return bytes(data)


def _wrong_sha(p: Parts) -> list[Entry]:
    return p.entries(sha256="0" * 64)


def _wrong_sheet_sha(p: Parts) -> list[Entry]:
    return p.entries(sheet_sha256="0" * 64)


@pytest.mark.parametrize(
    "craft, reason",
    [
        (_nested, "invalid description of its contents"),
        (_nested_small, "invalid description of its contents"),
        (_duplicate_key, "invalid description of its contents"),
        (_mistyped, "invalid description of its contents"),
        (_encrypted, "password-protected"),
        (_deflate64, r"compression method CoP Desk does not read \(method 9\)"),
        (_naive_time, r"impossible time .*\(2025-01-15T09:00:00\)"),
        (_year_9999, r"impossible time .*\(9999-12-31"),
        (_duplicate_db, "contains “community.copdesk” more than once"),
        (_traversal_sheet, "contains “../../../x.pdf”, which a CoP Desk hand-over never"),
        (_extra_entry, "contains “autorun.inf”"),
        (_many_entries, "not a CoP Desk hand-over"),
        (_big_sheet, r"states 100 MB of contents, more than a hand-over may hold \(64 MB\)"),
        (_big_db, r"states 250 MB of contents, more than a hand-over may hold \(200 MB\)"),
        (_huge_size, "invalid description of its contents"),
        (_huge_sheet_size, "invalid description of its contents"),
        (_huge_version, "invalid description of its contents"),
        (_wrong_sha, "incomplete or damaged"),
        (_wrong_sheet_sha, "incomplete or damaged"),
    ],
    ids=lambda v: v.__name__.strip("_") if callable(v) else "",
)
def test_hostile_bundles_are_refused_with_their_reason(parts, tmp_path, craft, reason):
    bad = tmp_path / "bad.copdesk-handover"
    bad.write_bytes(_zip(craft(parts)))
    target = tmp_path / "target.copdesk"
    target.write_bytes(KEEP)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(errors.FileProblem, match=reason):
        handover.extract_bundle(bad, target, sheet=tmp_path / "target-handover.pdf")
    assert target.read_bytes() == KEEP
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no temporary files


def test_an_intact_crafted_bundle_opens(parts, tmp_path):
    # the crafting itself is sound: unchanged, it makes a bundle that is accepted
    good = tmp_path / "good.copdesk-handover"
    good.write_bytes(_zip(parts.entries()))
    target, sheet = tmp_path / "target.copdesk", tmp_path / "target-handover.pdf"
    handover.extract_bundle(good, target, sheet=sheet)
    assert db.inspect_file(target).integrity == "ok"
    assert sheet.read_bytes() == parts.sheet


def _bomb_stream(gib: int) -> bytes:
    """Raw deflate data of ~1 kB per MiB of zeros: 4 GiB from 4.2 MB, made in milliseconds."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(bytes(1 << 20)) + c.flush(zlib.Z_FULL_FLUSH)  # the same every time
    return block * (gib << 10) + c.flush(zlib.Z_FINISH)


def _target_folder(tmp_path: Path) -> tuple[Path, Path]:
    """A folder with only the user's file in it, whose growth a bomb test watches."""
    folder = tmp_path / "target"
    folder.mkdir()
    target = folder / "target.copdesk"
    target.write_bytes(KEEP)
    return folder, target


@pytest.mark.parametrize(
    "declared, reason",
    [
        (4_000_000_000, "more than a hand-over may hold"),  # about what it holds: refused up front
        (3 << 20, "incomplete or damaged"),  # a small size: extraction stops there
    ],
    ids=["declares-4GB", "declares-3MiB"],
)
def test_a_zip_bomb_is_refused_without_filling_the_disk(parts, tmp_path, declared, reason):
    stream = _bomb_stream(4)
    bomb = tmp_path / "bomb.copdesk-handover"
    bomb.write_bytes(
        _zip(
            [
                parts.manifest_entry(size=declared),
                Entry("community.copdesk", b"", raw=stream, size=declared, crc=0),
                parts.entries()[2],
            ]
        )
    )
    assert bomb.stat().st_size < 5_000_000
    folder, target = _target_folder(tmp_path)
    grown: list[int] = []

    def watch(done, total):  # the target folder, after each block written
        grown.append(sum(p.stat().st_size for p in folder.iterdir()))
        assert grown[-1] <= declared + (4 << 20) and grown[-1] < 64 << 20, "the bomb expands"

    with pytest.raises(errors.FileProblem, match=reason):
        handover.extract_bundle(bomb, target, report=watch)
    assert max(grown, default=0) <= min(declared, 64 << 20) + len(KEEP)
    assert target.read_bytes() == KEEP
    assert [p.name for p in folder.iterdir()] == ["target.copdesk"]


@pytest.mark.parametrize(
    "offset, fmt, value",
    [
        (68, ">I", lambda db: 0x12345678),  # another program's application_id
        (28, ">I", lambda db: len(db) // 4096 + 1),  # page size × page count ≠ declared size
        (16, ">H", lambda db: 3000),  # no page size SQLite knows
        (92, ">I", lambda db: 7),  # "version valid for" ≠ change counter: page count is stale
    ],
    ids=["application-id", "page-count", "page-size", "stale-page-count"],
)
def test_a_header_unlike_ours_is_refused_before_anything_is_written(
    parts, tmp_path, offset, fmt, value
):
    # once all of it was copied (and hashed) first, up to the declared size
    assert struct.unpack_from(">H", parts.db, 16)[0] == 4096
    data = _header(parts, offset, fmt, value(parts.db))
    assert data != parts.db
    bad = tmp_path / "bad.copdesk-handover"
    bad.write_bytes(_zip(_with_db(parts, data)))
    target = tmp_path / "target.copdesk"
    target.write_bytes(KEEP)
    before = sorted(p.name for p in tmp_path.iterdir())
    written: list[int] = []
    with pytest.raises(errors.FileProblem, match="incomplete or damaged"):
        handover.extract_bundle(bad, target, report=lambda done, total: written.append(done))
    assert written == []
    assert target.read_bytes() == KEEP
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_zip_bomb_behind_a_real_header_stops_at_the_first_block(parts, tmp_path):
    # our own file's first 100 bytes, then 64 MiB of zeros: the manifest declares (and
    # hashes) exactly that, but the header's page size × page count is the real file's
    # 442 kB. It used to expand in full before quick_check found it damaged.
    head = parts.db[:100]
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(bytes(1 << 20)) + c.flush(zlib.Z_FULL_FLUSH)  # the same every time
    raw = start + block * 64 + c.flush(zlib.Z_FINISH)
    digest = hashlib.sha256(head)
    crc = zlib.crc32(head)
    for _ in range(64):
        digest.update(bytes(1 << 20))
        crc = zlib.crc32(bytes(1 << 20), crc)
    size = len(head) + (64 << 20)
    bomb = tmp_path / "bomb.copdesk-handover"
    bomb.write_bytes(
        _zip(
            [
                parts.manifest_entry(size=size, sha256=digest.hexdigest()),
                Entry("community.copdesk", b"", raw=raw, size=size, crc=crc),
                parts.entries()[2],
            ]
        )
    )
    assert bomb.stat().st_size < 200_000
    folder, target = _target_folder(tmp_path)
    grown: list[int] = []
    with pytest.raises(errors.FileProblem, match="incomplete or damaged") as refused:
        handover.extract_bundle(
            bomb,
            target,
            report=lambda done, total: grown.append(
                sum(p.stat().st_size for p in folder.iterdir())
            ),
        )
    assert "Restore" not in str(refused.value)
    assert max(grown, default=0) <= handover.BLOCK + len(KEEP)
    assert target.read_bytes() == KEEP
    assert [p.name for p in folder.iterdir()] == ["target.copdesk"]


def test_a_damaged_community_file_gets_the_message_for_a_received_hand_over(parts, tmp_path):
    # header, size and checksum agree, the pages after the first are zeros: SQLite's
    # "damaged … Restore the latest backup" is the wrong advice for a file just received
    page = struct.unpack_from(">H", parts.db, 16)[0]
    bad = tmp_path / "bad.copdesk-handover"
    bad.write_bytes(_zip(_with_db(parts, parts.db[:page] + bytes(len(parts.db) - page))))
    target = tmp_path / "target.copdesk"
    target.write_bytes(KEEP)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(errors.FileProblem, match="incomplete or damaged") as refused:
        handover.extract_bundle(bad, target)
    assert "Ask the previous organiser to send it again" in str(refused.value)
    assert "Restore" not in str(refused.value)
    assert target.read_bytes() == KEEP
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def _open_from_the_dialog(
    bundle: Path, target: Path, seen: dict[str, list], progress_shown: threading.Event | None = None
) -> Path | None:
    """File → Open a hand-over… with "yes" to every question; notes the progress dialogs'
    labels and the messages' texts (and closes those) in *seen*."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

    from copdesk.ui.contacts import handover_dialog

    def poll():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            seen["progress"].append(widget.labelText())
            if progress_shown is not None:
                progress_shown.set()
        elif isinstance(widget, QMessageBox) and widget.isVisible():
            seen["message"].append(widget.text())
            widget.accept()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    try:
        return handover_dialog.open_handover(
            None,
            bundle=bundle,
            target=target,
            confirm=lambda dialog: True,
            ask=lambda question, newer: True,
            open_path=lambda path: True,
        )
    finally:
        timer.stop()


def test_opening_from_the_dialog_shows_progress_and_the_refusal_without_freezing(
    qtbot, parts, tmp_path, monkeypatch
):
    bad = tmp_path / "bad.copdesk-handover"
    bad.write_bytes(_zip(_wrong_sha(parts)))  # refused only after the whole copy was hashed
    target = tmp_path / "target.copdesk"
    target.write_bytes(KEEP)
    before = sorted(p.name for p in tmp_path.iterdir())
    seen: dict[str, list] = {"progress": [], "message": []}
    gui_ran = threading.Event()
    waited: list[bool] = []
    real = handover.extract_bundle

    def paused(*args, report=None, **kwargs):
        # the real extraction, paused at its first block until the GUI thread has shown the
        # progress dialog: were it running on the GUI thread, that could never happen
        def reporting(done, total):
            if not waited:
                waited.append(gui_ran.wait(10))
            if report is not None:
                report(done, total)

        return real(*args, report=reporting, **kwargs)

    monkeypatch.setattr(handover, "extract_bundle", paused)
    result = _open_from_the_dialog(bad, target, seen, gui_ran)
    assert result is None
    assert waited == [True], "the window froze while the hand-over was being extracted"
    assert any("Opening the hand-over" in text for text in seen["progress"])
    assert len(seen["message"]) == 1 and "incomplete or damaged" in seen["message"][0]
    assert target.read_bytes() == KEEP
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no temporary files


def test_a_traversal_sheet_name_is_refused_before_the_file_is_replaced(
    qtbot, parts, tmp_path, community_path
):
    # once the community was replaced first, then saving the sheet under the bundle's name
    # "../../../x.pdf" raised
    bad = tmp_path / "bad.copdesk-handover"
    bad.write_bytes(_zip(_traversal_sheet(parts)))
    before = community_path.read_bytes()
    seen: dict[str, list] = {"progress": [], "message": []}
    assert _open_from_the_dialog(bad, community_path, seen) is None
    assert len(seen["message"]) == 1 and "../../../x.pdf" in seen["message"][0]
    assert community_path.read_bytes() == before
    assert not (tmp_path.parent / "x.pdf").exists()


def test_the_saved_sheet_is_named_by_the_receiver_not_the_bundle(qtbot, bundle, tmp_path):
    target = tmp_path / "neu" / "gemeinschaft.copdesk"
    seen: dict[str, list] = {"progress": [], "message": []}
    assert _open_from_the_dialog(bundle, target, seen) == target and not seen["message"]
    # the sender's sheet is "Uebergabe.pdf"; this (English) receiver's name for it is used
    assert sorted(p.name for p in target.parent.iterdir()) == [
        "gemeinschaft-handover.pdf",
        "gemeinschaft.copdesk",
    ]
    assert target.with_name("gemeinschaft-handover.pdf").read_bytes() == handover.read_sheet(bundle)


def test_cancelling_changes_nothing(bundle, tmp_path):
    from copdesk.model.contacts_import import Cancelled

    target = tmp_path / "target.copdesk"
    target.write_bytes(KEEP)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(Cancelled):
        handover.extract_bundle(
            bundle, target, sheet=tmp_path / "target-handover.pdf", cancelled=lambda: True
        )
    assert target.read_bytes() == KEEP
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize("existing", [b"keep me", b"SQLite format 3\x00" + b"\x00" * 4000])
def test_a_good_bundle_never_replaces_a_file_that_is_not_a_community_file(
    bundle, tmp_path, existing
):
    """It used to end in an uncaught sqlite3.DatabaseError while backing that file up."""
    target = tmp_path / "target.copdesk"
    target.write_bytes(existing)
    with pytest.raises(errors.FileProblem, match="not a CoP Desk community file"):
        handover.extract_bundle(bundle, target, backup_dir=tmp_path / "backups")
    assert target.read_bytes() == existing
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(
    "size, shown",
    [(10**400, "10" + "0" * 393), (2**62 + 1, "4611686018428"), (1, "1")],
    ids=["10**400", "2**62+1", "1"],
)
def test_too_large_names_any_size_in_whole_megabytes(size, shown):
    # a float division overflowed beyond about 10**308; whole numbers never do
    message = str(handover.too_large("b.copdesk-handover", size, 200_000_000))
    assert f"states {shown} MB of contents" in message and "(200 MB)" in message


def _made_in(parts: Parts, tmp_path: Path, hours: float) -> Path:
    """The bundle, stating it was made *hours* from now (accepted up to a day ahead)."""
    when = dt.datetime.now(dt.UTC) + dt.timedelta(hours=hours)
    path = tmp_path / f"made{hours:+}h.copdesk-handover"
    path.write_bytes(_zip(parts.entries(created_at=when.isoformat())))
    return path


def test_a_hand_over_dated_ahead_cannot_hide_that_the_file_is_newer(parts, tmp_path):
    # a file changed just now, a hand-over "made" 23 hours from now: which is newer cannot
    # be told, so it counts as newer (it used to count as older: the plain question, no warning)
    from copdesk.ui.contacts.handover_dialog import replace_question

    target = tmp_path / "target.copdesk"
    target.write_bytes(KEEP)
    for hours, ahead in ((-2, False), (23, True)):
        manifest = handover.read_manifest(_made_in(parts, tmp_path, hours))
        state = handover.check_target(manifest, target)
        assert state.exists and state.newer
        question, warns = replace_question(state, manifest, target)
        assert warns
        assert ("cannot tell whether your file holds newer changes" in question) is ahead
        assert ("after this hand-over was made" in question) is not ahead


def test_an_extracted_file_is_never_dated_ahead_of_the_clock(parts, tmp_path):
    # its time was set to the hand-over's, 23 hours ahead: a change made the next hour
    # then looked older than the hand-over once that time had passed
    bundle = _made_in(parts, tmp_path, 23)
    target = tmp_path / "target.copdesk"
    handover.extract_bundle(bundle, target)
    assert target.stat().st_mtime <= dt.datetime.now(dt.UTC).timestamp()
