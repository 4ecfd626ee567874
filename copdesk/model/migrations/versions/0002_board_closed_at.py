"""meeting.board_closed_at: when the meeting's Lean Coffee board was closed

Revision 0001 had no column for it: closing wrote the setting
``leancoffee.closed.<meeting id>`` (holding the instant), and boards closed without one
(the demo's) were recognised by their discussed topics all pointing at the meeting. Both
become the column's value here: the setting's instant, or else the meeting's end.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SETTING_PREFIX = "leancoffee.closed."

meeting = sa.table(
    "meeting", sa.column("id", sa.Integer()), sa.column("board_closed_at", sa.DateTime())
)
setting = sa.table("setting", sa.column("key", sa.String()), sa.column("value", sa.Text()))


def _instant(value: str) -> dt.datetime | None:
    """The setting's ISO instant as naive UTC (how UTCDateTime stores it), or None."""
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except (AttributeError, ValueError):
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("board_closed_at", sa.DateTime(), nullable=True))

    conn = op.get_bind()
    rows = conn.execute(
        sa.select(setting.c.key, setting.c.value).where(setting.c.key.like(SETTING_PREFIX + "%"))
    ).all()
    for key, value in rows:
        meeting_id = key[len(SETTING_PREFIX) :]
        if meeting_id.isdigit():
            closed = _instant(value)
            if closed is not None:
                conn.execute(
                    meeting.update()
                    .where(meeting.c.id == int(meeting_id))
                    .values(board_closed_at=closed)
                )
            else:  # unreadable instant: the meeting's end is the best guess
                conn.exec_driver_sql(
                    "UPDATE meeting SET board_closed_at = end_at WHERE id = ?", (int(meeting_id),)
                )
    conn.execute(setting.delete().where(setting.c.key.like(SETTING_PREFIX + "%")))

    # boards closed without a setting: every discussed topic points at the meeting
    conn.exec_driver_sql(
        """
        UPDATE meeting SET board_closed_at = end_at
        WHERE board_closed_at IS NULL
          AND EXISTS (SELECT 1 FROM board_entry AS be
                      WHERE be.meeting_id = meeting.id AND be."column" = 'discussed')
          AND NOT EXISTS (SELECT 1 FROM board_entry AS be JOIN topic AS t ON t.id = be.topic_id
                          WHERE be.meeting_id = meeting.id AND be."column" = 'discussed'
                            AND (t.discussed_meeting_id IS NULL
                                 OR t.discussed_meeting_id != meeting.id))
        """
    )


def downgrade() -> None:
    conn = op.get_bind()
    for meeting_id, closed in conn.execute(
        sa.select(meeting.c.id, meeting.c.board_closed_at).where(
            meeting.c.board_closed_at.is_not(None)
        )
    ).all():
        conn.execute(
            setting.insert().values(
                key=f"{SETTING_PREFIX}{meeting_id}",
                value=closed.replace(tzinfo=dt.UTC).isoformat(timespec="seconds"),
            )
        )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("board_closed_at")
