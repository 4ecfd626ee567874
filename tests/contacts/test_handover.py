"""Hand-over: one file with a consistent copy and the PDF sheet; opening it on the other side."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import zipfile
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
    sheet = uow.read(demo, handover.handover_sheet, organiser="Lea Schäfer",
                     now=dt.datetime(2025, 1, 15, 9, tzinfo=dt.UTC), today=dt.date(2025, 1, 15))
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

    sheet = uow.read(demo, handover.handover_sheet, organiser="Lea Schäfer",
                     now=dt.datetime(2025, 1, 15, 9, tzinfo=dt.UTC), today=dt.date(2025, 1, 15))
    data = build(sheet)
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata.title == "Hand-over: CoP Personalentwicklung Süd-West"
    text = pdf_text(data)
    nm = sheet.next_meeting
    for needle in ("Next meeting", nm.host, nm.moderator, "Open action items",
                   sheet.open_actions[0].description[:30], sheet.top_topics[0].title[:30],
                   "How the community works", "Checklist for the new organiser", "Page 1 of"):
        assert needle in " ".join(text.split()), needle
    fonts = [f for p in reader.pages for f in p["/Resources"]["/Font"].values()]
    assert all("/FontFile2" in f.get_object()["/DescendantFonts"][0].get_object()[
        "/FontDescriptor"] for f in fonts if f.get_object().get("/Subtype") == "/Type0")


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
        assert uow.read(com, lambda s: s.scalar(select(func.count()).select_from(
            E.Organisation).where(E.Organisation.name == "Später hinzugefügt"))) == 1
    with db.open_community(target) as com:
        assert uow.read(com, lambda s: s.scalar(select(func.count()).select_from(
            E.Organisation).where(E.Organisation.name == "Später hinzugefügt"))) == 0


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


@pytest.mark.parametrize("change, message", [
    (lambda i: i.__setitem__("community.copdesk", i["community.copdesk"][:-1] + b"\x01"),
     "damaged"),
    (lambda i: i.pop("manifest.json"), "not a CoP Desk hand-over"),
    (lambda i: i.__setitem__("manifest.json", b"{not json"), "not a CoP Desk hand-over"),
    (lambda i: i.__setitem__("manifest.json", json.dumps(dict(
        json.loads(i["manifest.json"]), sheet="../../evil.pdf")).encode()),
     "not a CoP Desk hand-over"),
    (lambda i: i.__setitem__("manifest.json", json.dumps(dict(
        json.loads(i["manifest.json"]), version=99)).encode()), "newer version"),
    (lambda i: i.__setitem__("community.copdesk", b"SQLite format 3\x00" + b"\x00" * 4000),
     "damaged"),
])
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
    name = handover.suggested_name("CoP Personalentwicklung Süd-West / 2025", dt.date(2025, 1, 15),
                                   "Uebergabe")
    assert name == "CoP-Personalentwicklung-Süd-West-2025-Uebergabe-2025-01-15.copdesk-handover"
