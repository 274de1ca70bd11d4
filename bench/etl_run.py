"""`etl run` throughput on distinct, realistic documents: documents/s and facts/s at 10,000 and 100,000
documents, into SQLite and into PostgreSQL.

    python bench/etl_run.py [--docs 10000 100000] [--workers N] [--pg postgresql+psycopg://user@127.0.0.1/db]

The documents are written here from templates: varied figures, substances, cities, dates (2015-2025) and
outlets, each with its own url; about one event in four is reported by two or three outlets a few days apart
in other words, so event linking has real work. PostgreSQL is measured when --pg, TEST_DATABASE_URL or
DATABASE_URL names a server; a fresh database is made for each run and dropped after.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.pipeline import run  # noqa: E402

# city in the locative, city in the genitive
CITIES = [("Таразе", "Тараза"), ("Актау", "Актау"), ("Павлодаре", "Павлодара"), ("Караганде", "Караганды"),
          ("Шымкенте", "Шымкента"), ("Костанае", "Костаная"), ("Актобе", "Актобе"), ("Атырау", "Атырау"),
          ("Кокшетау", "Кокшетау"), ("Уральске", "Уральска"), ("Семее", "Семея"), ("Кызылорде", "Кызылорды"),
          ("Петропавловске", "Петропавловска"), ("Жезказгане", "Жезказгана"), ("Астане", "Астаны"),
          ("Алматы", "Алматы"), ("Туркестане", "Туркестана"), ("Талдыкоргане", "Талдыкоргана")]
SUBSTANCES = ["гашиша", "героина", "марихуаны", "мефедрона", "синтетических наркотиков", "кокаина", "метамфетамина"]
OUTLETS = ["zakon", "tengrinews", "inform", "kazpravda", "nur", "sputnik", "lada", "kursiv", "baq", "otyrar"]
FILLER = ["Об этом сообщили в пресс-службе департамента полиции.",
          "По данному факту начато досудебное расследование.",
          "Проводятся следственные мероприятия.",
          "Полиция напоминает об ответственности за распространение наркотиков.",
          "Задержанные водворены в изолятор временного содержания.",
          "Ведётся проверка на причастность к другим эпизодам."]


def event(rng: random.Random) -> dict:
    loc, gen = rng.choice(CITIES)
    return {"loc": loc, "gen": gen, "kg": round(rng.choice([0.3, 1.2, 2.5, 5, 12, 40, 150]) * rng.uniform(0.5, 2), 1),
            "substance": rng.choice(SUBSTANCES), "people": rng.randint(1, 6), "age": rng.randint(19, 60),
            "packs": rng.randint(5, 90), "money": rng.choice([None, None, rng.randint(2, 900)]),
            "day": date(2015, 1, 1) + timedelta(days=rng.randrange(11 * 365)),
            "lab": rng.random() < 0.15, "stat": rng.random() < 0.1, "crimes": rng.randint(20, 900)}


def telling(e: dict, way: int, rng: random.Random) -> str:
    """One outlet's words for an event (two outlets' texts differ, their figures do not)."""
    kg = f"{e['kg']:g}".replace(".", ",")
    people = ["двух человек", "трёх человек", "четырёх человек", "пятерых", "шестерых"][e["people"] - 2] \
        if e["people"] > 1 else f"{e['age']}-летнего жителя {e['gen']}"
    lines = [[f"В {e['loc']} полицейские изъяли {kg} кг {e['substance']} и задержали {people}.",
              f"Всего при обыске нашли {e['packs']} свертков."],
             [f"Полицейские {e['gen']} задержали {people}, у которых изъяли {kg} кг {e['substance']}.",
              f"Наркотики были расфасованы в {e['packs']} свертков."],
             [f"Как сообщили в полиции {e['gen']}, изъято {kg} килограмма {e['substance']}.",
              f"Задержаны {e['people']} человек." if e["people"] > 1 else "Задержан подозреваемый."]][way % 3]
    if e["lab"]:
        lines.append(f"В {e['loc']} ликвидирована нарколаборатория, изъято оборудование.")
    if e["money"]:
        lines.append(f"Кроме того, изъято {e['money']} млн тенге наличными.")
    if e["stat"]:
        lines.append(f"С начала года в регионе выявлено {e['crimes']} наркопреступлений.")
    rest = lines[1:] + rng.sample(FILLER, 2)
    rng.shuffle(rest)
    return " ".join(lines[:1] + rest)


def make_input(n: int, folder: Path, seed: int = 1) -> Path:
    rng = random.Random(seed)
    path = folder / f"docs-{n}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        k = 0
        while k < n:
            e = event(rng)
            for way in range(min(rng.choice([1, 1, 1, 2, 3]), n - k)):
                published = e["day"] + timedelta(days=way + rng.randint(0, 2))
                outlet = rng.choice(OUTLETS)
                doc = {"id": f"d{k}", "url": f"https://{outlet}.kz/news/{k}", "published": published.isoformat(),
                       "title": f"Изъятие наркотиков в {e['loc']}", "text": telling(e, way, rng)}
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
                k += 1
    return path


def measure(label: str, src: Path, db: str, n: int, workers: int | None) -> None:
    start = time.perf_counter()
    summary = run([str(src)], db=db, batch=200, progress=False, workers=workers)
    seconds = time.perf_counter() - start
    print(f"{label:10} {n:>7} docs: {summary['new']} new, {summary['facts']} facts, {summary['merged']} merged "
          f"in {seconds:.1f} s: {n / seconds:.0f} documents/s, {summary['facts'] / seconds:.0f} facts/s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--workers", type=int, default=None, help="extraction processes (default: one per core)")
    parser.add_argument("--pg", default=os.environ.get("TEST_DATABASE_URL") or os.environ.get("DATABASE_URL"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in args.docs:
            src = make_input(n, folder)
            measure("sqlite", src, f"sqlite:///{folder / f'bench-{n}.sqlite'}", n, args.workers)
            if not args.pg:
                print("postgres   not measured: give --pg URL (or TEST_DATABASE_URL)")
                continue
            from sqlalchemy import create_engine, text
            from sqlalchemy.engine import make_url

            name = f"bench_{uuid.uuid4().hex[:8]}"
            admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            try:
                measure("postgres", src, make_url(args.pg).set(database=name).render_as_string(hide_password=False),
                        n, args.workers)
            finally:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


if __name__ == "__main__":
    main()
