"""The store as the releases before migrations made it: documents, facts, runs.

Revision ID: 0001
Revises:
"""

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to do: a store without a version already has these tables (etl.store.upgrade stamps it)."""


def downgrade() -> None:
    """The baseline is the oldest schema."""
