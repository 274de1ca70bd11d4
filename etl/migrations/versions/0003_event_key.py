"""Event keys: a fact's figure bucket and stretch of time (etl.events.event_key), indexed, so that
re-linking a batch reads the reports that could be its events' and no others.

Revision ID: 0003
Revises: 0002
"""

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.add_column(sa.Column("event_key", sa.String(96)))
    op.create_index("ix_facts_event_key", "facts", ["event_key", "date"])
    # the facts stored before: their keys from their own columns
    from etl.events import Report, event_key

    conn = op.get_bind()
    facts = sa.table("facts", *(sa.column(c) for c in (
        "id", "kind", "layer", "total", "date", "kg", "count", "unit", "amount", "currency", "role", "action",
        "event_key")))
    rows = conn.execute(sa.select(facts)).mappings().all()
    keys = [{"fact": r["id"], "key": event_key(Report(r["id"], "", 0, r["kind"], r["layer"], bool(r["total"]),
                                                      date=_day(r["date"]), kg=r["kg"], count=r["count"],
                                                      unit=r["unit"],
                                                      amount=r["amount"], currency=r["currency"], role=r["role"],
                                                      action=r["action"]))} for r in rows]
    if keys:
        conn.execute(facts.update().where(facts.c.id == sa.bindparam("fact")).values(event_key=sa.bindparam("key")),
                     keys)


def _day(value: object) -> date | None:
    """A stored date (SQLite hands back text) as a date."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def downgrade() -> None:
    op.drop_index("ix_facts_event_key", "facts")
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("event_key")
