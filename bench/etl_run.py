"""`etl run` throughput: documents/s and facts/s for the dev corpus repeated to N documents, into SQLite and
into PostgreSQL.

    python bench/etl_run.py [--docs 10000] [--pg postgresql+psycopg://user@127.0.0.1:5432/db]

Each repeat gets a line of its own so that its content hash differs (otherwise the store would rightly
skip it as unchanged). PostgreSQL is measured when --pg, TEST_DATABASE_URL or DATABASE_URL names a server;
a fresh database is created on it for the run and dropped after.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.pipeline import run  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "dev" / "gold.jsonl"


def make_input(corpus: Path, n: int, folder: Path) -> Path:
    base = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = folder / "docs.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for k in range(n):
            row = base[k % len(base)]
            doc = {"id": f"{row['id']}-{k}", "text": row["text"] + f"\nКопия {k}.", "url": row.get("url"),
                   "published": row.get("published")}
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path


def measure(label: str, src: Path, db: str, n: int) -> None:
    start = time.perf_counter()
    summary = run([str(src)], db=db, batch=200, progress=False)
    seconds = time.perf_counter() - start
    print(f"{label:10} {summary['new']} documents new, {summary['facts']} facts, {summary['merged']} merged "
          f"in {seconds:.1f} s: {n / seconds:.0f} documents/s, {summary['facts'] / seconds:.0f} facts/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--pg", default=os.environ.get("TEST_DATABASE_URL") or os.environ.get("DATABASE_URL"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        src = make_input(args.corpus, args.docs, folder)
        measure("sqlite", src, f"sqlite:///{folder / 'bench.sqlite'}", args.docs)
        if not args.pg:
            print("postgres   not measured: give --pg URL (or TEST_DATABASE_URL)")
            return
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        name = f"bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            measure("postgres", src, make_url(args.pg).set(database=name).render_as_string(hide_password=False),
                    args.docs)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
