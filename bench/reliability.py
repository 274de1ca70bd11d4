"""Reliability of `confidence`: for each confidence band, the precision of the facts in it on a gold corpus.

    python bench/reliability.py [--gold ../shared/eval/dev/gold.jsonl]

A band's precision is the scorer's (../shared/eval/score.py): the band's facts scored against the whole gold
file, a fact right when its kind and value match a gold fact one to one. "region ok" is the share of the
band's matched facts whose region is the gold one too.
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
BANDS = [(0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.0, 0.7)]


def scorer():  # noqa: ANN201
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=EVAL / "dev" / "gold.jsonl")
    args = parser.parse_args()
    gold = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    preds = [f for doc in read_path(args.gold) if isinstance(doc, Document) for f in extract(doc)]
    score = scorer().score
    print(f"{args.gold.name}: {len(preds)} facts")
    print(f"{'confidence':>12} {'facts':>6} {'precision':>10} {'region ok':>10}")
    for low, high in BANDS:
        band = [p for p in preds if low <= p["confidence"] < high]
        if not band:
            continue
        result, _ = score(gold, band)
        counted = result["tp"] + result["fp"]
        region = result["attribute_accuracy"].get("region")
        print(f"{low:>5.1f} – {min(high, 1.0):<4.1f} {counted:6} {result['precision']:10.3f} "
              f"{region if region is not None else float('nan'):10.3f}")


if __name__ == "__main__":
    main()
