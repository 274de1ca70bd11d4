"""Review: people's decisions about facts (etl.review.apply, a table of cases) and in the store: a correction
counts at once, survives the article being extracted again, and can be undone; a rejected fact comes back on
undo; a reader's flag puts a fact on the review list."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from etl import review, store
from etl.pipeline import run

FACT = {"kind": "seizure", "quote": "изъяли 5 кг гашиша", "kg": 5.0, "substance": "hashish", "region": "KZ-31",
        "confidence": 0.7}


def d(id: int, action: str, target: int | None = None, **changes) -> dict:  # noqa: A002
    return {"id": id, "action": action, "target": target, "changes": json.dumps(changes)}


@pytest.mark.parametrize(("decisions", "expected"), [
    ([], FACT),
    ([d(1, "accept")], FACT | {"reviewed": True, "flagged": False}),
    ([d(1, "correct", kg=50.0)], FACT | {"kg": 50.0, "reviewed": True, "flagged": False}),
    ([d(1, "correct", kg=50.0), d(2, "correct", region="KZ-79")],
     FACT | {"kg": 50.0, "region": "KZ-79", "reviewed": True, "flagged": False}),
    ([d(1, "correct", kg=50.0), d(2, "undo", target=1)], FACT),
    ([d(1, "reject")], None),
    ([d(1, "reject"), d(2, "undo", target=1)], FACT),
    ([d(1, "reject"), d(2, "accept")], FACT | {"reviewed": True, "flagged": False}),
    ([d(1, "flag")], FACT | {"flagged": True}),
    ([d(1, "flag"), d(2, "correct", kg=7.0)], FACT | {"kg": 7.0, "reviewed": True, "flagged": False}),
    ([d(1, "correct", quote="x", kg=6.0)], FACT | {"kg": 6.0, "reviewed": True, "flagged": False}),  # not editable
])
def test_apply(decisions, expected):
    assert review.apply(FACT, decisions) == expected


@pytest.mark.parametrize(("fact", "wanted"), [
    ({"confidence": 0.7}, True), ({"confidence": 0.95}, False), ({"confidence": 0.7, "reviewed": True}, False),
    ({"confidence": None}, False), ({"confidence": 0.99, "flagged": True}, True)])
def test_needs_review(fact, wanted):
    assert review.needs_review(fact) is wanted


def test_passwords_are_hashed_and_checked():
    stored = review.hash_password("correct horse")
    assert "correct horse" not in stored
    assert review.check_password(stored, "correct horse") and not review.check_password(stored, "wrong")


def _doc(tmp_path, published="2024-03-01"):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "url": "https://one.kz/a", "published": published,
                                "text": "В Таразе полицейские изъяли 5 кг гашиша и задержали двоих."},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _seizure_id(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(store.facts.c.id).where(store.facts.c.kind == "seizure")).scalar_one()


def test_a_correction_counts_survives_extraction_again_and_is_undone(db_url, tmp_path):
    src = _doc(tmp_path)
    run([str(src)], db=db_url, progress=False)
    engine = store.connect(db_url)
    with engine.begin() as conn:
        made = store.decide(conn, _seizure_id(engine), "correct", "ann", {"kg": 50.0})
    assert store.totals(engine, regions=["KZ-31"])["seizure_kg"] == 50.0
    # the article extracted again (its header corrected; then --reextract): the correction is applied again
    run([str(_doc(tmp_path, published="2024-03-02"))], db=db_url, progress=False)
    assert store.totals(engine, regions=["KZ-31"])["seizure_kg"] == 50.0
    from etl.pipeline import reextract

    reextract(db_url, progress=False)
    assert store.totals(engine, regions=["KZ-31"])["seizure_kg"] == 50.0
    with engine.connect() as conn:
        row = conn.execute(select(store.facts.c.reviewed, store.facts.c.original)
                           .where(store.facts.c.kind == "seizure")).one()
    assert row.reviewed and json.loads(row.original)["kg"] == 5.0  # what was read stays beside the correction
    with engine.begin() as conn:
        store.decide(conn, _seizure_id(engine), "undo", "ann", target=made)
    assert store.totals(engine, regions=["KZ-31"])["seizure_kg"] == 5.0
    with engine.connect() as conn:
        log = conn.execute(select(store.corrections.c.action, store.corrections.c.who)
                           .order_by(store.corrections.c.id)).all()
    assert [tuple(r) for r in log] == [("correct", "ann"), ("undo", "ann")]
    engine.dispose()


def test_a_rejected_fact_goes_and_comes_back_on_undo(db_url, tmp_path):
    run([str(_doc(tmp_path))], db=db_url, progress=False)
    engine = store.connect(db_url)
    with engine.begin() as conn:
        made = store.decide(conn, _seizure_id(engine), "reject", "ann", note="a price, not a seizure")
    assert store.totals(engine, regions=["KZ-31"])["seizure_kg"] == 0
    assert store.totals(engine, regions=["KZ-31"])["detained"] == 2.0  # the article's other facts stay
    run([str(_doc(tmp_path, published="2024-03-05"))], db=db_url, progress=False)  # extracted again: still out
    assert store.totals(engine, regions=["KZ-31"])["seizure_kg"] == 0
    with engine.begin() as conn:
        any_fact = conn.execute(select(store.facts.c.id)).scalars().first()
        store.decide(conn, any_fact, "undo", "bob", target=made)
    assert store.totals(engine, regions=["KZ-31"])["seizure_kg"] == 5.0
    engine.dispose()


def test_a_readers_flag_puts_the_fact_on_the_review_list(db_url, tmp_path):
    run([str(_doc(tmp_path))], db=db_url, progress=False)
    engine = store.connect(db_url)
    with engine.begin() as conn:
        store.decide(conn, _seizure_id(engine), "flag", "reader", note="the article says 15 kg")
    with engine.connect() as conn:
        flagged = conn.execute(select(store.facts.c.flagged).where(store.facts.c.kind == "seizure")).scalar_one()
    assert flagged and store.totals(engine, regions=["KZ-31"])["seizure_kg"] == 5.0  # flagged, still counted
    engine.dispose()


def test_a_fact_no_one_decided_on_is_its_own_original(db_url, tmp_path):
    """No second copy of an undecided fact is stored; rejecting it and undoing that brings back the row as read."""
    run([str(_doc(tmp_path))], db=db_url, progress=False)
    engine = store.connect(db_url)
    kept = ("kind", "quote", "region", "date", "substance", "kg", "count", "role", "action", "confidence", "layer",
            "flagged", "reviewed", "total")

    def rows() -> list[tuple]:
        with engine.connect() as conn:
            return sorted(tuple(r) for r in conn.execute(select(*[store.facts.c[k] for k in kept])))

    with engine.connect() as conn:
        assert set(conn.execute(select(store.facts.c.original)).scalars()) == {None}
    before = rows()
    with engine.begin() as conn:
        made = store.decide(conn, _seizure_id(engine), "reject", "ann")
    assert len(rows()) == len(before) - 1
    with engine.begin() as conn:
        store.decide(conn, None, "undo", "ann", target=made)
    assert rows() == before
    engine.dispose()
