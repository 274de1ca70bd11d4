"""Machine-read or reviewed: each fact's confidence (etl.confidence) and whether a person read it (the
curated facts of the annotated corpora are reviewed; what the extractor read is not).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN (SQLite takes it): a batch copy of the table would lose its expression index
    op.add_column("facts", sa.Column("confidence", sa.Float))
    op.add_column("facts", sa.Column("reviewed", sa.Boolean(), nullable=False, server_default=sa.false()))
    # facts stored before: hand-entered (curated) ones were read by a person
    facts = sa.table("facts", sa.column("document_id"), sa.column("reviewed", sa.Boolean()))
    documents = sa.table("documents", sa.column("id"), sa.column("origin"))
    op.get_bind().execute(facts.update().where(facts.c.document_id.in_(
        sa.select(documents.c.id).where(documents.c.origin == "curated"))).values(reviewed=True))


def downgrade() -> None:
    op.drop_column("facts", "reviewed")
    op.drop_column("facts", "confidence")
