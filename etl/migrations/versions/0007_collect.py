"""Collecting: a document's text kept in the store (its one copy, for `etl collect` and re-extraction), an index
on documents' urls, and what each URL fetched last answered (conditional requests).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("text", sa.Text))
    op.create_index("ix_documents_url", "documents", ["url"])
    op.create_table(
        "fetches",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("status", sa.String(16)),
        sa.Column("checked", sa.DateTime(timezone=True)),
    )


def downgrade() -> None:
    op.drop_table("fetches")
    op.drop_index("ix_documents_url", "documents")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("text")
