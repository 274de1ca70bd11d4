"""Review and corrections: reviewers (users), people's decisions about facts (corrections, a log that only grows),
and on each fact whether a reader flagged it and what the extractor read before any decision (original).

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN (SQLite takes it): a batch copy of the table would lose its expression index
    op.add_column("facts", sa.Column("flagged", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("facts", sa.Column("original", sa.Text))
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("created", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("doc_key", sa.String(512), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("changes", sa.Text),
        sa.Column("note", sa.Text),
        sa.Column("target", sa.Integer),
        sa.Column("who", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_corrections_doc", "corrections", ["doc_key"])


def downgrade() -> None:
    op.drop_index("ix_corrections_doc", "corrections")
    op.drop_table("corrections")
    op.drop_table("users")
    op.drop_column("facts", "original")
    op.drop_column("facts", "flagged")
