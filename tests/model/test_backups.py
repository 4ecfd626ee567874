"""One retention rule for every kind of backup, and which backups still hold a member."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from copdesk.model import backups, db, members, privacy, uow
from copdesk.model.backups import Kind
from copdesk.model.dto import MemberData


def folder(com, backup_dir: Path) -> Path:
    path = backups.folder_for(com.path, backup_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def special(com, backup_dir: Path, label: str, when: dt.datetime) -> Path:
    target = folder(com, backup_dir) / f"{com.path.stem}-{label}-{when:%Y%m%d-%H%M%S}.copdesk"
    return db.backup_to(com.engine, target)


def test_backups_are_listed_newest_first_whatever_their_kind(community, tmp_path):
    """A before-handover copy sorted before every daily one by its name (issue 13, 7)."""
    bdir = tmp_path / "backups"
    old_handover = special(community, bdir, "before-handover", dt.datetime(2025, 3, 1, 9, 30))
    upgrade = special(community, bdir, "before-upgrade-0001", dt.datetime(2025, 3, 3, 8, 0))
    daily = backups.rolling_backup(
        community.path, community.engine, bdir, today=dt.date(2025, 3, 5)
    )
    listed = backups.list_backups(community.path, bdir)
    assert [b.path for b in listed] == [daily, upgrade, old_handover]
    assert [b.kind for b in listed] == [Kind.DAILY, Kind.BEFORE_UPGRADE, Kind.BEFORE_HANDOVER]
    assert listed[2].made == dt.datetime(2025, 3, 1, 9, 30)
    assert listed[0].gone_by == dt.date(2025, 3, 5) + dt.timedelta(days=backups.MAX_AGE_DAYS)


def test_every_kind_rotates(community, tmp_path):
    bdir = tmp_path / "backups"
    start = dt.datetime(2025, 3, 1, 12, 0)
    made = {
        label: [special(community, bdir, label, start + dt.timedelta(hours=i)) for i in range(5)]
        for label in ("before-handover", "before-restore", "before-upgrade-0001")
    }
    stranger = folder(community, bdir) / "my own copy.copdesk"
    stranger.write_bytes(b"")
    backups.rolling_backup(community.path, community.engine, bdir, today=dt.date(2025, 3, 2))
    for files in made.values():
        assert [f.exists() for f in files] == [False, False, True, True, True]
    assert stranger.exists()  # not ours to delete


def test_nothing_is_kept_longer_than_the_maximum_age(community, tmp_path):
    bdir = tmp_path / "backups"
    old = special(community, bdir, "before-handover", dt.datetime(2025, 1, 1, 10, 0))
    first = backups.rolling_backup(
        community.path, community.engine, bdir, today=dt.date(2025, 1, 2)
    )
    last_day = dt.date(2025, 1, 1) + dt.timedelta(days=backups.MAX_AGE_DAYS)
    backups.rolling_backup(community.path, community.engine, bdir, today=last_day)
    assert old.exists() and first.exists()
    backups.rolling_backup(
        community.path, community.engine, bdir, today=last_day + dt.timedelta(days=1)
    )
    assert not old.exists() and first.exists()
    backups.rolling_backup(
        community.path, community.engine, bdir, today=last_day + dt.timedelta(days=2)
    )
    assert not first.exists()


def test_which_backups_still_hold_a_forgotten_member(community, tmp_path):
    bdir = tmp_path / "backups"
    before = backups.rolling_backup(
        community.path, community.engine, bdir, today=dt.date(2025, 3, 1)
    )
    mid, _ = uow.write(
        community, members.add_member, MemberData(first_name="Lea", last_name="Sommer")
    )
    holding_copy = special(community, bdir, "before-handover", dt.datetime(2025, 3, 2, 8, 0))
    daily = backups.rolling_backup(
        community.path, community.engine, bdir, today=dt.date(2025, 3, 3)
    )
    uow.write(community, privacy.forget_member, mid)
    after = backups.rolling_backup(
        community.path, community.engine, bdir, today=dt.date(2025, 3, 4)
    )
    holding = backups.holding_member(community.path, bdir, mid, today=dt.date(2025, 3, 4))
    assert [b.path for b in holding] == [daily, holding_copy]
    assert before.exists() and after.exists()  # without the member / already forgotten
    assert backups.delete(holding) == 2
    assert backups.holding_member(community.path, bdir, mid, today=dt.date(2025, 3, 4)) == []
    assert backups.backup_paths(community.path, bdir) == [after, before]
    assert not list(bdir.rglob("*-wal")) and not list(bdir.rglob("*-shm"))


def test_backups_of_a_moved_file_are_found_and_overdue_ones_never_listed(community, tmp_path):
    """Found by review: after a rename, forget listed no backups although the old folder
    held her; a backup 200 days old was shown with a 'deleted after' date in the past."""
    import shutil

    bdir = tmp_path / "backups"
    mid, _ = uow.write(
        community,
        members.add_member,
        MemberData(first_name="Lea", last_name="Sommer", email="lea@x.example"),
    )
    today = dt.date(2025, 9, 1)
    old_name = backups.rolling_backup(
        community.path, community.engine, bdir, today=today - dt.timedelta(days=3)
    )
    overdue = special(
        community,
        bdir,
        "before-handover",
        dt.datetime.combine(today - dt.timedelta(days=200), dt.time(9)),
    )
    path = community.path
    community.close()
    moved = tmp_path / "moved" / "renamed.copdesk"
    moved.parent.mkdir()
    shutil.move(path, moved)
    com = db.open_community(moved)
    try:
        other, _ = uow.write(
            com, members.add_member, MemberData(first_name="Lea", last_name="Winter")
        )
        preview = uow.read(com, privacy.forget_preview, mid)
        holding = backups.holding_member(moved, bdir, mid, identity=preview.identity, today=today)
        assert [b.path for b in holding] == [old_name]
        assert not overdue.exists()
        assert all(b.gone_by >= today for b in holding)
        # another id, or the same id with another name, in the old folder: not theirs
        assert (
            backups.holding_member(moved, bdir, other, identity=("Lea", "Winter", ""), today=today)
            == []
        )
    finally:
        com.close()
