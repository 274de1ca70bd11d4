"""Totals counted in full: a total whose parts are stored (breakdown) and the share its parts leave out
(remainder).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.add_column(sa.Column("breakdown", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("remainder", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("remainder")
        batch.drop_column("breakdown")
