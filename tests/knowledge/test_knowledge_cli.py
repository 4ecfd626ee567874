"""``copdesk knowledge FILE``: per subject who offers, seeks, presented and shared it;
``--subject``; ``--matches``; an unknown subject is one line on stderr. Only reads."""

from __future__ import annotations

from tests.knowledge.helpers import build
from tests.test_cli_read_only import run


def test_knowledge_prints_each_subject(community, community_path, tmp_path):
    build(community)
    community.close()
    before = community_path.read_bytes()
    temp = tmp_path / "systemp"
    temp.mkdir()

    def knowledge(*args: str):
        return run("knowledge", str(community_path), *args, home=tmp_path / "h", tmpdir=temp)

    result = knowledge("--subject", "mobile")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Mobile Arbeit",
        "  offers:     Ben Berg (Stadtwerke Gießen); Fritz Fuchs (Stadt Heidelberg)",
        "  seeks:      Anna Adler (Stadt Heidelberg)",
        "  presented:  10/09/2026  Fritz Fuchs (Stadt Heidelberg), “CoP Q3”: Mobil arbeiten in HD",
        "              12/03/2026  Ben Berg (Stadtwerke Gießen), “CoP Q1”: Unsere Dienstvereinbarung",
        (
            "  shared:     12/03/2026  Dienstvereinbarung Mobile Arbeit — Ben Berg (Stadtwerke Gießen)"
            "  https://example.org/dv-mobile.pdf"
        ),
        "              01/11/2025  Leitfaden Homeoffice — Stadt Heidelberg  https://example.org/lf.pdf",
    ]
    everything = knowledge()
    assert everything.returncode == 0
    heads = [line for line in everything.stdout.splitlines() if line and not line.startswith(" ")]
    assert heads == ["KI", "Mobile Arbeit", "Onboarding"]
    # Dora left, Emil was erased: KI is only what Carla seeks and Dora's talk, unnamed
    assert "Dora" not in everything.stdout and "Emil" not in everything.stdout
    assert "seeks:      Carla Cruz (Stadt Kassel)" in everything.stdout

    matches = knowledge("--matches")
    assert matches.returncode == 0
    assert matches.stdout.splitlines() == [
        "Mobile Arbeit: Anna Adler (Stadt Heidelberg) seeks, Ben Berg (Stadtwerke Gießen) offers",
        "Onboarding: Ben Berg (Stadtwerke Gießen) seeks, Carla Cruz (Stadt Kassel) offers",
    ]
    missing = knowledge("--subject", "Raumfahrt")
    assert missing.returncode == 1
    assert missing.stderr.strip() == "copdesk: No subject is called “Raumfahrt”."
    assert community_path.read_bytes() == before  # it only reads


def test_knowledge_without_subjects(community_path, tmp_path):
    temp = tmp_path / "systemp"
    temp.mkdir()
    result = run("knowledge", str(community_path), home=tmp_path / "h", tmpdir=temp)
    assert result.returncode == 0
    assert result.stdout.startswith("No subjects yet")
