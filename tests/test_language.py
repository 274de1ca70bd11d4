"""A document's language (etl.language), with sentences written for the test: stored with the document, a
filter of the facts download, and said in the sources table."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import select

from dashboard import layout
from dashboard.queries import Store
from dashboard.server import create_app
from dashboard.state import Filters
from etl import store
from etl.language import detect, to_cyrillic
from etl.pipeline import run


@pytest.mark.parametrize(("text", "lang"), [
    ("Полицейские Караганды изъяли три килограмма героина и задержали двух курьеров.", "ru"),
    ("Қарағанды полицейлері үш келі героин тәркілеп, екі курьерді ұстады.", "kk"),
    ("Atyraý oblysynda polısıa qyzmetkerleri eki kelı esirtki tárkiledi.", "kk-Latn"),
    ("Police in Karaganda seized three kilograms of heroin and detained two couriers.", "en"),
    ("12 кг, 5 г.", None),
])
def test_detect(text, lang):
    assert detect(text) == lang


def test_latin_kazakh_is_read_in_cyrillic_letters():
    assert to_cyrillic("Mańǵystaý oblysynda esirtki") == "маңғыстау облысында есірткі"


ARTICLES = [
    {"id": "ru", "url": "https://one.kz/ru", "published": "2024-03-01",
     "text": "В Павлодаре полицейские изъяли 4 кг гашиша у местного жителя, возбуждено уголовное дело."},
    {"id": "kk", "url": "https://two.kz/kk", "published": "2024-03-02",
     "text": "Павлодар облысында полицейлер 9 кг героин тәркіледі, қылмыстық іс қозғалды. "
             "Павлодарда 9 кг героин тәркіленді."},
]


@pytest.fixture
def db(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    run([str(src)], db=url, progress=False)
    return url


def test_the_language_is_stored_filters_the_facts_download_and_shows_in_the_sources(db):
    engine = store.connect(db)
    with engine.connect() as conn:
        langs = dict(conn.execute(select(store.documents.c.url, store.documents.c.lang)).all())
    assert langs == {"https://one.kz/ru": "ru", "https://two.kz/kk": "kk"}
    client = create_app(db).server.test_client()

    def rows(query: str) -> list[dict]:
        response = client.get(f"/api/facts.csv{query}")
        assert response.status_code == 200, response.data
        return list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))

    everything = rows("")
    assert {r["language"] for r in everything} >= {"ru"}
    assert {r["language"] for r in rows("?language=ru")} == {"ru"}
    kazakh_rows = rows("?language=kk")
    assert kazakh_rows and all(r["language"] == "kk" for r in kazakh_rows)
    assert client.get("/api/facts.csv?language=de").status_code == 400
    links = [r["links"] for r in layout.event_rows(Store(engine).events(Filters(), size=100), "ru")]
    shown = [layout._links(link, "ru") for link in links]
    kazakh = [s for s in shown if any(getattr(x, "className", "") == "lang" for x in s)]
    assert kazakh and all("two.kz" in str(s) for s in kazakh)
    engine.dispose()
