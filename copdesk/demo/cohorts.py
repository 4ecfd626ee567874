"""Step six: the Working Out Loud circles as learning-circle cohorts — the finished one
and the one running now, both with the neutral German guide pack (their sessions titled
from it) and goals for some members. Draws nothing from the random generator, so the
steps after it stay as they were."""

from __future__ import annotations

from copdesk.demo.content import COHORT_GOALS, WOL_FIRST_CIRCLE, WOL_SECOND_CIRCLE
from copdesk.demo.content import PHRASES as P
from copdesk.demo.formatting import WEEK, at
from copdesk.demo.state import Demo
from copdesk.model import cohorts as model_cohorts
from copdesk.model import entities as E
from copdesk.model.localtime import local_date
from copdesk.paths import resource_path

PACK_FILE = ("guide_packs", "lernkreis-12-wochen.de.toml")


def cohorts(d: Demo) -> None:
    pack = model_cohorts.read_pack(resource_path(*PACK_FILE))
    stored = model_cohorts.pack_to_json(pack)
    group = next(g for g in d.db.rows[E.Group] if g["name"] == P["wol_group"])
    series = sorted(
        (s for s in d.db.rows[E.MeetingSeries] if s["group_id"] == group["id"]),
        key=lambda s: s["first_start"],
    )
    sessions = [m for m in d.db.rows[E.Meeting] if m["group_id"] == group["id"]]
    for number, (s, circle) in enumerate(
        zip(series, (WOL_FIRST_CIRCLE, WOL_SECOND_CIRCLE), strict=True), 1
    ):
        start = local_date(s["first_start"], s["tz"])
        for m in sessions:
            if m["series_id"] == s["id"]:
                week = pack.weeks[m["series_index"]]
                m["title"] = f"Woche {week.number}: {week.title}"
        cohort = d.db.add(
            E.Cohort,
            group_id=group["id"],
            number=number,
            title=P["cohort_title"].format(number=number),
            start_on=start,
            weeks=12,
            week_zero=False,
            pack_name=pack.name,
            pack=stored,
            series_id=s["id"],
            ended_on=start + 11 * WEEK,
            created_at=at(start - 2 * WEEK, "15:00"),
            version=1,
        )
        # the first three of each circle wrote a goal down (a different one each time)
        for k, n in enumerate(circle[:3]):
            d.db.add(
                E.CohortGoal,
                cohort_id=cohort["id"],
                member_id=d.people[n]["id"],
                goal=COHORT_GOALS[(k + 2 * (number - 1)) % len(COHORT_GOALS)],
            )
