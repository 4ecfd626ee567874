"""Sub-groups' meeting defaults, whiteboards, agenda item text, learning-circle cohorts

- ``cop_group.video_tool``, ``join_url``, ``whiteboard_url``: what a new meeting of the
  group starts with;
- ``meeting.whiteboard_url``: the meeting's shared whiteboard;
- ``agenda_item.details``: text below an item's title (the sub-groups' report, a guide
  pack's notes for the week);
- ``cohort`` and ``cohort_goal``: runs of a learning circle and each member's goal.

New NOT NULL columns carry ``DEFAULT ''`` (declared so in ``tables.py`` too): SQLite adds
them in place, the rows already there get ``''``, and an upgraded file has exactly the
schema of a new one.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NEW_TEXT_COLUMNS = {
    "cop_group": (
        ("video_tool", sa.String(length=20)),
        ("join_url", sa.String(length=500)),
        ("whiteboard_url", sa.String(length=500)),
    ),
    "meeting": (("whiteboard_url", sa.String(length=500)),),
    "agenda_item": (("details", sa.Text()),),
}


def upgrade() -> None:
    op.create_table(
        "cohort",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("weeks", sa.Integer(), nullable=False),
        sa.Column("week_zero", sa.Boolean(), nullable=False),
        sa.Column("pack_name", sa.String(length=200), nullable=False),
        sa.Column("pack", sa.Text(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["cop_group.id"],
            name=op.f("fk_cohort_group_id_cop_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["meeting_series.id"],
            name=op.f("fk_cohort_series_id_meeting_series"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cohort")),
        sa.UniqueConstraint("group_id", "number", name=op.f("uq_cohort_group_id")),
    )
    with op.batch_alter_table("cohort", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cohort_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cohort_series_id"), ["series_id"], unique=False)

    op.create_table(
        "cohort_goal",
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohort.id"],
            name=op.f("fk_cohort_goal_cohort_id_cohort"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_cohort_goal_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("cohort_id", "member_id", name=op.f("pk_cohort_goal")),
    )
    with op.batch_alter_table("cohort_goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cohort_goal_member_id"), ["member_id"], unique=False)

    # plain ALTER TABLE ADD COLUMN: batch mode would re-create the tables for a default
    # given as SQL, writing their constraints in an order that changes from run to run
    for table, columns in NEW_TEXT_COLUMNS.items():
        for name, type_ in columns:
            op.add_column(
                table, sa.Column(name, type_, nullable=False, server_default=sa.text("''"))
            )


def downgrade() -> None:
    for table, columns in NEW_TEXT_COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, _type in reversed(columns):
                batch_op.drop_column(name)

    with op.batch_alter_table("cohort_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cohort_goal_member_id"))
    op.drop_table("cohort_goal")
    with op.batch_alter_table("cohort", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cohort_series_id"))
        batch_op.drop_index(batch_op.f("ix_cohort_group_id"))
    op.drop_table("cohort")
