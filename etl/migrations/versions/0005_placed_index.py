"""An index on where a fact sits in time (etl.store.placed: a period figure's end, else its date) by layer, so
that the sources table, newest first within a year range, reads a page of the index instead of walking every
newer fact outside the range.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_facts_layer_placed", "facts", ["layer", sa.text("coalesce(period_end, date)")])


def downgrade() -> None:
    op.drop_index("ix_facts_layer_placed", "facts")
