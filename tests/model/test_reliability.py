"""Promise 1: a change shown as saved survives the program being killed (SIGKILL).

A child process writes members one unit of work at a time and prints each id only after
``uow.write`` returned (the moment the window would show it as saved). The parent kills
it without warning; afterwards every printed id must be in the file, the file must pass
``quick_check`` and the OS must have released the lock.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from copdesk.model import db, errors, uow
from copdesk.model import entities as E
from copdesk.model.filelock import lock_path_for

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

REPO_ROOT = Path(__file__).resolve().parents[2]

WRITER = r"""
import sys
from pathlib import Path
from copdesk.model import db, members, uow
from copdesk.model.dto import MemberData

community = db.open_community(Path(sys.argv[1]))
round_ = sys.argv[2]
print("ready", flush=True)
i = 0
while True:
    member_id, _ = uow.write(community, members.add_member, MemberData(
        first_name="Kill", last_name=f"Round {round_} no {i}",
        email=f"k{round_}.{i}@stadt.de", notes="Notizen " * 50))
    print(member_id, flush=True)
    i += 1
"""


def run_and_kill(path: Path, round_: int, kill_after: int, limit_s: float = 4.0) -> list[int]:
    """Start the writer, SIGKILL it after *kill_after* printed ids; return every printed id."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(round_)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def pump():
        for line in child.stdout:
            lines.put(line.strip())
        lines.put(None)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    seen: list[str] = []
    deadline = time.monotonic() + 10 + limit_s  # start-up (imports) + writing
    try:
        while True:
            try:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            if line is None:
                break
            seen.append(line)
            if len(seen) > kill_after:  # "ready" + kill_after ids
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    reader.join(10)  # ids printed between our decision and the kill count too
    while True:
        line = lines.get_nowait() if not lines.empty() else None
        if line is None:
            break
        seen.append(line)
    stderr = child.stderr.read()
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL, stderr
    assert seen and seen[0] == "ready", f"writer did not start: {stderr}"
    ids = [int(x) for x in seen[1:] if x]
    assert len(ids) >= min(kill_after, 5), f"writer too slow or failed: {stderr}"
    return ids


def test_kill_loses_no_committed_write(community_path):
    printed: list[int] = []
    for round_, kill_after in enumerate((3, 17, 40)):
        printed += run_and_kill(community_path, round_, kill_after)
        assert lock_path_for(community_path).exists(), "precondition: the killed writer's lock file"

        # the OS released the lock: opening works at once, no "in use by"
        community = db.open_community(community_path)
        try:
            stored = uow.read(community, lambda s: set(s.scalars(select(E.Member.id))))
            missing = set(printed) - stored
            assert not missing, f"round {round_}: committed ids lost: {sorted(missing)}"
            # unprinted rows: at most the one write in flight at each kill
            assert len(stored) - len(printed) <= round_ + 1
            # and every stored unit of work is complete: each member has its membership
            members_without_group = uow.read(
                community,
                lambda s: s.scalars(select(E.Member.id).where(~E.Member.groups.any())).all(),
            )
            assert members_without_group == []
            with community.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        finally:
            community.close()
    info = db.inspect_file(community_path, counts=True)
    assert info.integrity == "ok"
    assert info.counts["member"] >= len(printed) >= 60


# --- promise 7 on a real full file system ------------------------------------------------

# fills the file system below mnt to the last byte; leaves fd open on the file "filler"
FILL_THE_DISK = r"""
filler = mnt / "filler"
fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
for size in (1 << 16, 1 << 12, 1 << 9, 1):
    try:
        while True:
            os.write(fd, b"\0" * size)
    except OSError:
        pass
"""

FULL_DISK_CHILD = (
    r"""
import json, os, sys
from pathlib import Path
from copdesk.model import db, errors, members, uow
from copdesk.model import entities as E
from copdesk.model.dto import MemberData

mnt = Path(sys.argv[1])
path = mnt / "c.copdesk"
db.create_community(path)
com = db.open_community(path)
keep = [uow.write(com, members.add_member, MemberData(last_name=f"Keep {i}"))[0]
        for i in range(5)]

"""
    + FILL_THE_DISK
    + r"""os.close(fd)

def attempt(fn, *args):
    try:
        fn(*args)
        return "ok"
    except errors.FileProblem as exc:
        return {"template": exc.template, "message": str(exc)}
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"

def big(session):
    for i in range(50):
        session.add(E.Member(last_name=f"Big {i}", notes="y" * 4000))

out = {"keep": keep}
out["big"] = attempt(uow.write, com, big)
out["small"] = attempt(uow.write, com, members.add_member, MemberData(last_name="Small"))
out["visible_while_full"] = sorted(r.id for r in uow.read(com, members.list_members))
filler.unlink()
out["after_free"] = attempt(uow.write, com, members.add_member, MemberData(last_name="After"))
com.close()
info = db.inspect_file(path, counts=True)
out["integrity"] = info.integrity
out["members_after"] = info.counts["member"]
print(json.dumps(out))
"""
)


def _private_tmpfs_cmd(mountpoint: Path, *command: str) -> list[str]:
    """Run *command* in a private mount namespace with a 4 MB tmpfs on *mountpoint*."""
    script = 'mount -t tmpfs -o size=4m tmpfs "$1" && shift && exec "$@"'
    return [
        "unshare",
        "--mount",
        "--propagation",
        "private",
        "sh",
        "-c",
        script,
        "sh",
        str(mountpoint),
        *command,
    ]


def run_on_small_disk(tmp_path: Path, child: str) -> tuple[Path, dict]:
    """Run the *child* script on a private 4 MB tmpfs (its folder is argv[1]); return the
    folder and the JSON the child printed last. Skips where no tmpfs can be mounted."""
    import json
    import shutil

    if shutil.which("unshare") is None:
        pytest.skip("unshare is not available")
    mnt = tmp_path / "small-disk"
    mnt.mkdir()
    probe = subprocess.run(
        _private_tmpfs_cmd(mnt, "true"), capture_output=True, text=True, check=False
    )
    if probe.returncode != 0:
        pytest.skip(f"cannot mount a private tmpfs here (needs root): {probe.stderr.strip()}")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    result = subprocess.run(
        _private_tmpfs_cmd(mnt, sys.executable, "-c", child, str(mnt)),
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return mnt, json.loads(result.stdout.strip().splitlines()[-1])


def test_real_full_disk_keeps_data_and_recovers(tmp_path):
    mnt, out = run_on_small_disk(tmp_path, FULL_DISK_CHILD)

    def is_disk_full(outcome) -> bool:
        return (
            isinstance(outcome, dict)
            and outcome["template"] == errors.disk_full("x").template
            and str(mnt / "c.copdesk") in outcome["message"]
        )

    assert is_disk_full(out["big"]), out["big"]
    assert out["small"] == "ok" or is_disk_full(out["small"]), out["small"]
    assert set(out["keep"]) <= set(out["visible_while_full"])
    assert out["after_free"] == "ok", "must work again once space is freed, without reopening"
    assert out["integrity"] == "ok"
    assert out["members_after"] == 5 + 1 + (out["small"] == "ok")
    assert list(mnt.iterdir()) == [], "the tmpfs lived in the child's namespace only"


FORGET_ON_FULL_DISK_CHILD = (
    r"""
import contextlib, io, json, os, sys
from pathlib import Path
from copdesk.model import db, members, uow
from copdesk.model import entities as E
from copdesk.model.dto import MemberData

mnt = Path(sys.argv[1])
path = mnt / "c.copdesk"
db.create_community(path)
com = db.open_community(path)
mid, _ = uow.write(com, members.add_member, MemberData(
    first_name="Sabine", last_name="Großmann", email="sabine.grossmann@stadt.example"))
uow.write(com, lambda s: s.add_all(E.Member(last_name=f"Filler {i}", notes="n" * 2000)
                                    for i in range(400)))
com.close()

"""
    + FILL_THE_DISK
    + r"""os.ftruncate(fd, max(0, os.fstat(fd).st_size - (256 << 10)))  # room for the erasure only
os.close(fd)

from copdesk.cli import main
err = io.StringIO()
with contextlib.redirect_stderr(err):
    code = main(["forget", str(path), "--member", str(mid), "--yes"])
filler.unlink()
com = db.open_community(path)
name = uow.read(com, lambda s: s.get(E.Member, mid).last_name)
com.close()
print(json.dumps({"code": code, "stderr": err.getvalue(), "name": name}))
"""
)


def test_forget_on_a_full_disk_says_the_disk_is_full(tmp_path):
    """The erasure is committed; the cleaning (VACUUM needs a second copy's room) fails for
    want of space. The message must say so, not blame another program."""
    from copdesk.model.privacy import PurgeIncomplete

    mnt, out = run_on_small_disk(tmp_path, FORGET_ON_FULL_DISK_CHILD)
    assert out["code"] == 1
    assert "another program" not in out["stderr"]
    expected = PurgeIncomplete(errors.disk_full(mnt / "c.copdesk")).render()
    assert out["stderr"] == f"copdesk: {expected}\n"  # one line, nothing else
    assert "Großmann" not in out["name"], "the erasure itself was committed"
