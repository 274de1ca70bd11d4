"""The command line and the readers: every input form, and one clear line per bad file."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "В Шымкенте полицейские изъяли 6,1 кг мефедрона и задержали двоих.\n"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etl", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def read_facts(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_jsonl_with_unknown_fields(tmp_path):
    src = tmp_path / "docs.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": ARTICLE, "published": "2025-01-10", "facts": [1]},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    result = run("extract", str(src), "-o", str(out))
    assert result.returncode == 0, result.stderr
    facts = read_facts(out)
    assert [(f["doc_id"], f["kind"]) for f in facts] == [("a1", "seizure"), ("a1", "people")]
    assert facts[0]["region"] == "KZ-79" and facts[0]["date"] == "2025-01-10"


def test_text_file_header_gives_title_date_and_url(tmp_path):
    src = tmp_path / "007_article.md"
    src.write_text("\n# Заголовок\n\nPublished at: **2019-11-01T05:57:00+00:00**\n\nAuthor: **Автор**\n\n"
                   "Original: [Site](https://example.kz/news/1)\n\n" + ARTICLE, encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    assert run("extract", str(src), "-o", str(out)).returncode == 0
    facts = read_facts(out)
    assert facts[0]["doc_id"] == "007_article" and facts[0]["date"] == "2019-11-01"
    assert facts[0]["quote"] in ARTICLE


def test_html_main_text_without_scripts(tmp_path):
    src = tmp_path / "page.html"
    paragraph = "<p>" + ARTICLE + " Об этом сообщили в департаменте полиции города.</p>"
    src.write_text("<html><head><title>Новость</title><script>var x = '99 кг героина';</script></head><body>"
                   "<article><h1>Новость</h1>" + paragraph * 3 + "</article></body></html>", encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    assert run("extract", str(src), "-o", str(out)).returncode == 0
    facts = read_facts(out)
    assert {f["kind"] for f in facts} == {"seizure", "people"}
    assert all("99" not in f["quote"] for f in facts)


def test_csv_documents(tmp_path):
    src = tmp_path / "docs.csv"
    src.write_text("id,text,published\nc1,\"" + ARTICLE.strip() + "\",2024-03-01\n", encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    assert run("extract", str(src), "-o", str(out)).returncode == 0
    assert read_facts(out)[0]["doc_id"] == "c1"


def test_cp1251_text_is_read(tmp_path):
    src = tmp_path / "old.txt"
    src.write_bytes(ARTICLE.encode("cp1251"))
    out = tmp_path / "facts.jsonl"
    assert run("extract", str(src), "-o", str(out)).returncode == 0
    assert read_facts(out)[0]["kg"] == 6.1


BAD = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"   \n\n", "empty file"),
    ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 50, "binary file"),
    ("garbage.txt", bytes(range(128, 256)) * 4 + b"\x98\x98", "not UTF-8 and not cp1251"),
    ("nohead.csv", b"a,b\n1,2\n", "needs a 'text' column"),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD)
def test_bad_file_is_reported_and_the_rest_goes_on(tmp_path, name, content, reason):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / name).write_bytes(content)
    (folder / "sub" / "good.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    result = run("extract", str(folder), "-o", str(out))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and name in errors[0] and reason in errors[0], result.stderr
    assert [f["doc_id"] for f in read_facts(out)] == ["good", "good"]


def test_broken_json_line_names_its_line(tmp_path):
    src = tmp_path / "docs.jsonl"
    good = json.dumps({"id": "g", "text": ARTICLE}, ensure_ascii=False)
    src.write_text(good + "\n{broken\n" + json.dumps({"id": 5, "text": 7}) + "\n" + good.replace('"g"', '"h"') + "\n",
                   encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    result = run("extract", str(src), "-o", str(out))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors[0].startswith(f"error: {src}:2: broken JSON line")
    assert errors[1].startswith(f"error: {src}:3: no text")
    assert sorted({f["doc_id"] for f in read_facts(out)}) == ["g", "h"]


def test_missing_input(tmp_path):
    result = run("extract", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl"))
    assert result.returncode == 1 and "no such file or folder" in result.stderr


def test_step_commands_run_on_one_article(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    sentences = run("sentences", str(src))
    assert sentences.returncode == 0 and "6,1 кг мефедрона" in sentences.stdout
    figures = run("figures", str(src))
    assert figures.returncode == 0 and "mephedrone" in figures.stdout and "people" in figures.stdout


def test_curate_writes_figures_that_read_back_to_the_same_facts(tmp_path):
    """Every unit and currency is written back in words of data/reference, agreeing with its number."""
    from etl.curated import CuratedGroup, read_curated

    facts = [
        {"kind": "seizure", "kg": 6.1, "substance": "mephedrone", "region": "KZ-79", "date": "2025-03-01",
         "quote": "6,1 кг"},
        {"kind": "seizure", "count": 3, "unit": "pieces", "substance": "heroin", "region": "KZ-79", "quote": "3"},
        {"kind": "seizure", "count": 2.5, "unit": "litres", "substance": "precursors", "region": "KZ-79",
         "quote": "2,5"},
        {"kind": "seizure", "count": 25000, "unit": "doses", "substance": "drugs", "region": "KZ-79", "quote": "25"},
        {"kind": "money", "amount": 1000000, "currency": "USD", "role": "seized", "region": "KZ-79", "quote": "1"},
        {"kind": "money", "amount": 21, "currency": "RUB", "role": "seized", "region": "KZ-79", "quote": "21"},
        {"kind": "people", "count": 2, "action": "detained", "region": "KZ-79", "quote": "двоих"},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "url": "https://example.kz/1", "published": "2025-03-02",
                                "text": "", "facts": facts}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "curated.csv"
    result = run("curate", str(gold), "-o", str(out))
    assert result.returncode == 0, result.stderr
    written = out.read_text(encoding="utf-8")
    assert "3 свёртка" in written and "25000 доз" in written and "1 000 000 долларов" in written.replace("\xa0", " ")
    (group,) = [g for g in read_curated(out) if isinstance(g, CuratedGroup)]
    got = [(f["kind"], f.get("kg"), f.get("count"), f.get("unit"), f.get("amount"), f.get("currency"))
           for f in group.facts]
    assert got == [(f["kind"], f.get("kg"), f.get("count"), f.get("unit"), f.get("amount"), f.get("currency"))
                   for f in facts]


def test_extract_writes_strict_json_whatever_the_digits(tmp_path):
    """A thousand digits before "кг" are no figure (a float cannot hold them): the output stays strict JSON, with
    no Infinity or NaN, and the document's real figure is there."""
    src = tmp_path / "digits.txt"
    src.write_text(f"В Актау изъяли {'9' * 1000} кг героина. В Актау изъяли 12 кг гашиша.", encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    assert run("extract", str(src), "-o", str(out)).returncode == 0

    def refuse(name: str) -> None:
        raise AssertionError(f"{name} is not JSON")

    facts = [json.loads(line, parse_constant=refuse) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(f["kind"], f.get("kg"), f.get("substance")) for f in facts] == [("seizure", 12.0, "hashish")]


@pytest.mark.parametrize("flag", ["--batch", "--workers"])
@pytest.mark.parametrize("value", ["0", "-3", "many"])
def test_run_refuses_a_batch_or_worker_count_below_one(tmp_path, flag, value):
    """`--batch 0` would store nothing and exit 0: the argument parser refuses it, naming the flag."""
    src = tmp_path / "a.txt"
    src.write_text("В Актау изъяли 12 кг гашиша.", encoding="utf-8")
    result = run("run", str(src), "--db", f"sqlite:///{tmp_path / 's.sqlite'}", flag, value)
    assert result.returncode == 2 and flag in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "s.sqlite").exists()
