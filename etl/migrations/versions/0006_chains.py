"""Chains: each fact's nearness group (etl.events.link_chains), so that re-linking a batch reads whole chains and
an event no longer stretches through a chain of near reports. The stored facts' event keys are written again
(a count is keyed as one number whether read or stored: 3 and 3.0 were two keys) and the facts linked afresh;
the key index takes the region instead of the date (a batch's candidates are read by key and region).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.add_column(sa.Column("chain_id", sa.Integer))
    op.create_index("ix_facts_chain", "facts", ["chain_id"])
    # a batch's candidates are read by key and region (its own and unplaced ones), not by key and date
    op.drop_index("ix_facts_event_key", "facts")
    op.create_index("ix_facts_event_key", "facts", ["event_key", "region"])
    from etl.events import event_key
    from etl.store.writer import _day, _report, relink_all

    conn = op.get_bind()
    facts = sa.table("facts", *(sa.column(c) for c in (
        "id", "kind", "layer", "total", "region", "date", "period_start", "period_end", "url", "kg", "count", "unit",
        "amount", "currency", "role", "action", "event_key")))
    keys = []
    for row in conn.execute(sa.select(facts)).mappings():
        fact = dict(row) | {"date": _day(row["date"])}  # the window only needs the date
        keys.append({"fact": row["id"], "key": event_key(_report(fact))})
    if keys:
        conn.execute(facts.update().where(facts.c.id == sa.bindparam("fact")).values(event_key=sa.bindparam("key")),
                     keys)
    relink_all(conn)


def downgrade() -> None:
    op.drop_index("ix_facts_event_key", "facts")
    op.create_index("ix_facts_event_key", "facts", ["event_key", "date"])
    op.drop_index("ix_facts_chain", "facts")
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("chain_id")
