"""A document's language (etl.language: ru, kk, kk-Latn, en), for the sources table and the facts download.
Documents stored before are left unknown until they are extracted again (`etl run --reextract`).

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("lang", sa.String(8)))


def downgrade() -> None:
    op.drop_column("documents", "lang")
