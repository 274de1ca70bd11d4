"""Periods of statistics, which ../shared/eval/score.py does not score: of the facts matched to gold ones (kind and
value, one to one, as the scorer pairs them), the share whose `period_start` and `period_end` are the gold's.

    python bench/periods.py [--gold ../shared/eval/dev/gold.jsonl] [--show]

`--show` lists the facts whose period differs (document, kind, quote, gold period, extracted period).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.documents import Document, read_path  # noqa: E402
from etl.extract import extract  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"


def scorer():  # noqa: ANN201
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def span(fact: dict) -> tuple:
    return fact.get("period_start"), fact.get("period_end")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=EVAL / "dev" / "gold.jsonl")
    parser.add_argument("--show", action="store_true", help="list the facts whose period differs")
    args = parser.parse_args()
    same_value = scorer().same_value
    gold = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    found: dict[str, list[dict]] = {}
    for doc in read_path(args.gold):
        if isinstance(doc, Document):
            found[doc.id] = extract(doc)
    right = wrong = 0
    for doc in gold:
        pending = found.get(str(doc["id"]), [])
        used = [False] * len(pending)
        for g in doc.get("facts", []):
            hit = next((i for i, p in enumerate(pending) if not used[i] and same_value(p, g)), None)
            if hit is None:
                continue
            used[hit] = True
            if span(pending[hit]) == span(g):
                right += 1
                continue
            wrong += 1
            if args.show:
                print(f"{doc['id']}\t{g['kind']}\t{g['quote'][:50]}\tgold {span(g)}\tgot {span(pending[hit])}")
    total = right + wrong
    print(f"{args.gold.name}: {total} matched facts, period right for {right} ({right / total:.3f})" if total
          else f"{args.gold.name}: no matched facts")


if __name__ == "__main__":
    main()
