"""Confidence: a pure function of the evidence behind a fact, one weight table (etl.confidence)."""

import re
from pathlib import Path

import pytest

from etl.confidence import DATE, GRAMMAR, REGION, confidence
from tests.helpers import facts_of

CASES = [
    # (firmer evidence, weaker evidence)
    (("mass", "sentence", "stated"), ("mass", "later", "stated")),
    (("mass", "sentence", "stated"), ("animate", "sentence", "stated")),
    (("head", "paragraph", "published"), ("money", "paragraph", "published")),
    (("singular_person", "sentence", "none"), ("singular_person", "national", "none")),
]


@pytest.mark.parametrize(("firm", "weak"), CASES)
def test_firmer_evidence_is_more_sure(firm, weak):
    assert 0 < confidence(*weak) < confidence(*firm) <= 1


def test_every_rule_the_grammars_name_has_a_weight():
    source = "".join(p.read_text(encoding="utf-8") for p in Path("etl/grammars").glob("*.py"))
    named = set(re.findall(r'how="(\w+)"', source)) | {"animate", "head", "ellipsis"}
    assert named <= set(GRAMMAR)
    source = Path("etl/regions.py").read_text(encoding="utf-8")
    assert set(re.findall(r'"(\w+)"\)(?: if| else|$)', source)) <= set(REGION) | {"KZ"}
    assert all(0 < w <= 1 for table in (GRAMMAR, REGION, DATE) for w in table.values())


def test_every_fact_carries_its_confidence():
    facts = facts_of("В Павлодаре изъято 6 кг героина.\nЗадержаны 49 подростков. Позже задержан курьер.")
    assert [f["kind"] for f in facts] == ["seizure", "people", "people"]
    assert all(0 < f["confidence"] <= 1 for f in facts)
    assert facts[0]["confidence"] > facts[1]["confidence"]  # a mass in its place's sentence over an animate count
