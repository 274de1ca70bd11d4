"""Whole-pipeline checks on the real articles in ../shared, read at run time (never copied here)."""

import importlib.util
import json
from pathlib import Path

import pytest

from etl.documents import Document, read_path
from etl.extract import extract

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
EVAL = SHARED / "eval"
pytestmark = pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="../shared/eval is not beside the project")


def scorer():
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(gold_path: Path) -> dict:
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    preds = [f for doc in read_path(gold_path) if isinstance(doc, Document) for f in extract(doc)]
    result, _ = scorer().score(gold, preds)
    return result


def test_seed_articles_exactly():
    result = score(EVAL / "seeds.gold.jsonl")
    assert (result["precision"], result["recall"]) == (1.0, 1.0)
    assert all(v == 1.0 for v in result["attribute_accuracy"].values())


def test_dev_corpus_quality():
    result = score(EVAL / "dev" / "gold.jsonl")
    assert result["f1"] >= 0.90
    assert result["attribute_accuracy"]["region"] >= 0.90


def test_seed_text_files_read_with_their_header():
    docs = [d for d in read_path(SHARED / "seeds") if isinstance(d, Document)]
    assert len(docs) == 2
    dated = next(d for d in docs if d.id.startswith("004"))
    assert dated.published == "2019-11-01" and dated.title and dated.url.startswith("https://")
    assert not dated.text.startswith("#")
    facts = extract(dated)
    assert len(facts) == 16 and all(f["quote"] in dated.text for f in facts)
