"""Text without a length limit where inputs decide the length (a url, a source path, a document id), so that
PostgreSQL stores what SQLite stores; and a run's status (running, finished, interrupted).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LONG = (("documents", "source", 1024), ("documents", "url", 2048), ("facts", "doc_id", 512), ("facts", "url", 2048))


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":  # SQLite never limits a VARCHAR's length
        for table, column, length in LONG:
            op.alter_column(table, column, type_=sa.Text(), existing_type=sa.String(length))
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("status", sa.String(16)))
    runs = sa.table("runs", sa.column("finished"), sa.column("status"))
    op.execute(runs.update().where(runs.c.finished.is_not(None)).values(status="finished"))
    op.execute(runs.update().where(runs.c.finished.is_(None)).values(status="interrupted"))


def downgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("status")
    if op.get_bind().dialect.name == "postgresql":
        for table, column, length in LONG:
            op.alter_column(table, column, type_=sa.String(length), existing_type=sa.Text())
