"""Guide packs: the shipped ones are valid; every invalid pack names its line and reason."""

from __future__ import annotations

import pytest

from copdesk.model import cohorts
from copdesk.model.cohorts import PackError, parse_pack
from copdesk.paths import resource_path
from tests.cohorts.conftest import PACK_DE, PACK_EN
from tests.conftest import REPO_ROOT

GOOD = """\
[pack]
name = "Mini"
language = "en"

[[week]]
number = 1
title = "Start"
notes = "Say hello."

[[week.item]]
title = "Check-in"
minutes = 10

[[week.item]]
title = "Goals"
minutes = 40
notes = "Write it down."

[[week]]
number = 2
title = "Next"
"""


@pytest.mark.parametrize("path", [PACK_DE, PACK_EN])
def test_shipped_packs_have_twelve_weeks_of_an_hour(path):
    pack = cohorts.read_pack(path)
    assert [w.number for w in pack.weeks] == list(range(1, 13))
    assert pack.week_count == 12 and not pack.week_zero
    assert all(w.minutes == 60 and w.title and w.notes for w in pack.weeks)
    assert pack.language == path.name.split(".")[-2]


@pytest.mark.parametrize("language", ["de", "en"])
def test_shipped_sprint_has_a_week_zero(language):
    pack = cohorts.read_pack(resource_path("guide_packs", f"lern-sprint-0-12.{language}.toml"))
    assert pack.week_zero and pack.week_count == 12 and len(pack.weeks) == 13
    assert all(w.minutes == 60 for w in pack.weeks)


def test_valid_pack_and_its_json_round_trip():
    pack = parse_pack(GOOD.encode())
    assert pack.name == "Mini" and len(pack.weeks) == 2
    assert pack.weeks[0].items[1] == cohorts.PackItem("Goals", 40, "Write it down.")
    assert pack.weeks[1].items == ()
    assert cohorts.pack_from_json(cohorts.pack_to_json(pack)) == pack


def test_week_zero_is_allowed():
    text = GOOD.replace("number = 1", "number = 0").replace("number = 2", "number = 1")
    pack = parse_pack(text.encode())
    assert pack.week_zero and pack.week_count == 1


def _error(text: str | bytes) -> PackError:
    raw = text.encode() if isinstance(text, str) else text
    with pytest.raises(PackError) as info:
        parse_pack(raw)
    return info.value


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (GOOD.replace('title = "Start"\n', ""), 5, "“title” is missing"),  # the week's header
        (GOOD.replace('title = "Start"', 'title = "  "'), 7, "“title” is missing"),
        (GOOD.replace("minutes = 40", "minutes = 0"), 16, "whole number from 1"),
        (GOOD.replace("minutes = 40", 'minutes = "40"'), 16, "whole number from 1"),
        (GOOD.replace("minutes = 40", "minutes = 4.5"), 16, "whole number from 1"),
        (GOOD.replace("minutes = 10\n", ""), 10, "whole number from 1"),  # the item's header
        (GOOD.replace("number = 2", "number = 3"), 20, "expected 2, found “3”"),
        (GOOD.replace("number = 1", "number = 2"), 6, "start at 0 or 1"),
        (GOOD.replace('notes = "Say hello."', 'colour = "red"'), 8, "unknown entry “colour”"),
        (GOOD.replace('language = "en"', 'language = "en"\nauthor = "x"'), 4, "“author”"),
        (GOOD.replace("minutes = 10", 'minutes = 10\nwho = "x"'), 13, "unknown entry “who”"),
        (GOOD.replace('name = "Mini"', "name = "), 2, "not valid TOML"),
        (GOOD.replace('title = "Next"', 'title = "Next'), 21, "not valid TOML"),
        ("[pack]\nname='x'\n", 2, "no weeks"),
        ("[[week]]\nnumber = 1\ntitle = 'x'\n", 1, "[pack] table is missing"),
    ],
)
def test_invalid_pack_names_line_and_reason(text, line, words):
    error = _error(text)
    assert error.line == line, (error.line, str(error))
    assert f"line {line}:" in str(error) and words in str(error)


def test_not_utf8_names_the_line():
    raw = GOOD.encode().replace(b'"Next"', b'"N\xe4chste"')
    error = _error(raw)
    assert error.line == 21 and "not UTF-8" in str(error)


def test_too_large_file_is_refused_before_parsing(tmp_path):
    path = tmp_path / "big.toml"
    path.write_bytes(b"#" * (cohorts.MAX_PACK_BYTES + 1))
    with pytest.raises(PackError, match="larger than 256 KB"):
        cohorts.read_pack(path)


def test_too_many_weeks():
    text = "[pack]\nname='x'\n" + "".join(
        f"[[week]]\nnumber = {n}\ntitle = 'w'\n" for n in range(1, 55)
    )
    error = _error(text)
    assert "more than 52 weeks" in str(error) and error.line == 3 + 3 * 52


@pytest.mark.parametrize(
    "stored",
    ["", "not json", "[]", '{"pack": {"name": ""}, "week": []}', '{"pack": 1}', "[" * 5000],
)
def test_a_stored_pack_is_checked_again(stored):
    assert cohorts.pack_from_json(stored) is None


def test_the_documented_example_is_a_valid_pack():
    import re  # deferred: only this test reads the docs

    text = (REPO_ROOT / "docs" / "guide-packs.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", text, re.DOTALL)
    assert example is not None
    pack = parse_pack(example.group(1).encode())
    assert [w.number for w in pack.weeks] == [1, 2] and pack.weeks[0].minutes == 50
