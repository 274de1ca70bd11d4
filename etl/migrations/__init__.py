"""Schema migrations (Alembic): every change to the store's tables is a revision under versions/, and
etl.store.connect upgrades an older store in place."""
