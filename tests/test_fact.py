"""The typed fact record: typed attributes, the record as JSON holds it, and the steps that return new facts."""

import dataclasses
import json
from datetime import date

import pytest

from etl.documents import Document
from etl.extract import extract, extract_facts
from etl.fact import Fact


def test_a_record_read_back_is_the_same_fact():
    record = {"doc_id": "a1", "kind": "seizure", "quote": "2 кг героина", "region": "KZ-75", "date": "2024-05-01",
              "period_start": None, "period_end": None, "total": False, "substance": "heroin", "kg": 2,
              "count": None, "unit": None, "confidence": 0.97}
    fact = Fact.of(record)
    assert fact.date == date(2024, 5, 1) and fact.kg == 2
    assert fact.record() == record
    assert json.loads(json.dumps(fact.record())) == record


def test_attributes_are_typed_and_the_mapping_is_the_json_record():
    fact = Fact("people", "задержаны двое", date=date(2024, 3, 2), count=2, action="detained", parts=(1, 2))
    assert fact.date == date(2024, 3, 2)
    assert fact["date"] == "2024-03-02" and fact.get("action") == "detained" and fact["parts"] == [1, 2]
    assert dict(fact)["count"] == 2 and "kzt" in fact
    with pytest.raises(KeyError):
        fact["no such field"]


def test_each_kind_writes_its_own_fields():
    money = Fact("money", "5 млн тенге", amount=5e6, currency="KZT", role="seized").record()
    labs = Fact("labs", "две нарколаборатории", count=2).record()
    assert {"amount", "currency", "role"} <= set(money) and "kg" not in money and "count" not in money
    assert "count" in labs and "amount" not in labs and "action" not in labs


def test_a_fact_is_frozen_and_a_change_is_a_new_fact():
    fact = Fact("seizure", "3 кг", kg=3.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fact.kg = 4.0
    changed = fact.with_(kg=4.0, date="2024-01-02")
    assert (fact.kg, fact.date) == (3.0, None) and (changed.kg, changed.date) == (4.0, date(2024, 1, 2))


@pytest.mark.parametrize("bad", [{"kind": "weapons", "quote": "3"}, {"kind": "", "quote": "3"}])
def test_a_kind_guide_md_does_not_have_is_refused(bad):
    with pytest.raises(ValueError, match="kind"):
        Fact.of(bad)


def test_a_day_must_be_a_date():
    with pytest.raises(TypeError, match="date"):
        Fact("labs", "x", date="2024-01-01")


def test_extraction_gives_typed_facts_and_their_records():
    doc = Document("d", "В Таразе изъято 1,1 тонны наркотиков, в том числе 870 кг гашиша.", published="2024-05-10")
    facts = extract_facts(doc)
    assert [type(f) for f in facts] == [Fact, Fact]
    assert facts[0].total and facts[0].parts == (1,) and facts[0].date == date(2024, 5, 10)
    assert extract(doc) == [f.record() for f in facts]
    assert extract(doc)[0]["parts"] == [1] and "parts" not in extract(doc)[1]
