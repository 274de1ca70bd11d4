"""Extraction throughput: documents/s and kchar/s on the dev corpus repeated to N documents, on one core,
against natasha's MoneyExtractor + DatesExtractor on the same documents.

    python bench/extract.py [--docs 5000] [--natasha-docs N] [--corpus ../shared/eval/dev/gold.jsonl]

natasha is an optional bench dependency (`pip install -e ".[bench]"`); without it only our figures print.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.documents import Document  # noqa: E402
from etl.extract import extract  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "dev" / "gold.jsonl"


def load(corpus: Path, n: int) -> list[Document]:
    base = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = []
    while len(docs) < n:
        for row in base:
            k = len(docs)
            docs.append(Document(f"{row['id']}#{k}", row["text"], url=row.get("url"), published=row.get("published")))
            if len(docs) == n:
                break
    return docs


def timed(fn, docs: list[Document]) -> tuple[float, int]:
    start = time.perf_counter()
    count = 0
    for doc in docs:
        count += fn(doc)
    return time.perf_counter() - start, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--natasha-docs", type=int, default=None, help="natasha on the first N documents (default all)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    docs = load(args.corpus, args.docs)
    chars = sum(len(d.text) for d in docs)
    extract(docs[0])  # load vocabularies and the morphology dictionary before timing
    seconds, facts = timed(lambda d: len(extract(d)), docs)
    ours = len(docs) / seconds
    print(f"ours:    {len(docs)} documents, {chars / 1000:.0f} kchar, {facts} facts in {seconds:.2f} s: "
          f"{ours:.0f} documents/s, {chars / 1000 / seconds:.0f} kchar/s (one core)")
    try:
        from natasha import DatesExtractor, MoneyExtractor, MorphVocab
    except ImportError:
        print("natasha: not installed (pip install -e '.[bench]'); no comparison")
        return
    vocab = MorphVocab()
    money, dates = MoneyExtractor(vocab), DatesExtractor(vocab)
    sample = docs[: args.natasha_docs] if args.natasha_docs else docs
    sample_chars = sum(len(d.text) for d in sample)
    seconds, found = timed(lambda d: len(list(money(d.text))) + len(list(dates(d.text))), sample)
    theirs = len(sample) / seconds
    print(f"natasha: {len(sample)} documents, {sample_chars / 1000:.0f} kchar, {found} matches in {seconds:.2f} s: "
          f"{theirs:.0f} documents/s, {sample_chars / 1000 / seconds:.0f} kchar/s (MoneyExtractor + DatesExtractor)")
    print(f"ratio:   ours / natasha = {ours / theirs:.1f}x")


if __name__ == "__main__":
    main()
