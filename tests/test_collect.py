"""`etl collect` against a local site (loopback): feeds, sitemaps, article pages in UTF-8 and windows-1251,
a 404, a 500, a page that never answers, a redirect, a path robots.txt forbids, a broken feed, a page without
a date, an article about something else; politeness and a second run that fetches nothing new."""

from __future__ import annotations

import hashlib
import re
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import select

from etl import store
from etl.collect import CollectError, Fetcher, Source, collect, is_relevant, parse_listing, read_sources

INTERVAL = 0.2


def page(title: str, text: str, published: str | None = "2026-11-20", charset: str = "utf-8") -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n"))
    html = (f'<html><head><meta charset="{charset}"><title>{title}</title>{meta}</head><body>'
            f'<nav>Главная | Новости | Спорт</nav><article><h1>{title}</h1>{paragraphs}</article>'
            f'<footer>Все права защищены</footer></body></html>')
    return html.encode(charset)


ARTICLES = {
    "/news/1": page("Гашиш в Караганде", "В Караганде полицейские изъяли 3,5 кг гашиша у местного жителя.\n"
                    "Задержанный водворён в изолятор временного содержания, начато расследование."),
    "/news/cp1251": page("Героин в Актау", "В Актау пограничники изъяли 12 кг героина при досмотре грузовика.\n"
                         "Водитель задержан, по факту контрабанды начато досудебное расследование.",
                         charset="windows-1251"),
    "/news/2": page("Нарколаборатория в Таразе", "В Таразе ликвидирована нарколаборатория, изъято 40 кг "
                    "мефедрона.\nЗадержаны трое организаторов, им грозит до 20 лет лишения свободы."),
    "/news/nodate": page("Закладчик в Павлодаре", "В Павлодаре задержан закладчик, у него изъято 150 граммов "
                         "синтетических наркотиков.\nОн работал на интернет-магазин.", published=None),
    "/news/weather": page("Погода", "В Астане ожидается снег и метель, температура опустится до минус 25 "
                          "градусов.\nВодителей просят быть осторожнее на дорогах."),
    "/news/4": page("Кокаин в Алматы", "В Алматы изъято 2 кг кокаина, задержан иностранец.\n"
                    "Наркотики прибыли в страну в почтовой посылке."),
    "/private/secret": page("Закрыто", "Эта страница закрыта для роботов, хотя в ней есть слово наркотики."),
}


SLOW = {"/news/slow": 2.0}  # seconds a page waits before it answers (the client gives up first)


class Site:
    """A site on 127.0.0.1 with a log of every request (time, path, whether it was answered 304)."""

    def __init__(self) -> None:
        self.log: list[tuple[float, str, int]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # noqa: ANN002
                pass

            def do_GET(self) -> None:  # noqa: N802
                arrived = time.monotonic()
                status, body, headers = site.answer(self.path)
                tag = f'"{hashlib.sha1(body).hexdigest()[:16]}"'
                if status == 200 and self.headers.get("If-None-Match") == tag:
                    status, body = 304, b""
                site.log.append((arrived, self.path, status))  # logged on arrival, before a slow page's wait
                time.sleep(SLOW.get(self.path, 0))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                if status == 200:
                    self.send_header("ETag", tag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address) -> None:  # noqa: ANN001
                pass  # the client gave up on the slow page: nothing to say

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def answer(self, path: str) -> tuple[int, bytes, dict]:
        b = self.base
        if path == "/robots.txt":
            return 200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"}
        if path == "/rss.xml":
            links = ["/news/1", "/news/cp1251", "/news/missing", "/news/error", "/news/slow", "/news/moved",
                     "/private/secret", "/news/nodate", "/news/weather"]
            items = "".join(f"<item><title>{k}</title><link>{b}{k}</link>"
                            f"<pubDate>Fri, 20 Nov 2026 10:00:00 +0500</pubDate></item>" for k in links)
            return 200, f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode(), \
                {"Content-Type": "application/rss+xml"}
        if path == "/broken.xml":
            return 200, b"<rss><channel><item><link>oops", {"Content-Type": "application/rss+xml"}
        if path == "/sitemap.xml":
            return 200, (f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                         f'<sitemap><loc>{b}/sitemap-news.xml</loc></sitemap></sitemapindex>').encode(), {}
        if path == "/sitemap-news.xml":
            return 200, (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                         f'<url><loc>{b}/news/4</loc><lastmod>2026-11-21</lastmod></url>'
                         f'<url><loc>{b}/news/1</loc></url></urlset>').encode(), {}
        if path == "/news/moved":
            return 302, b"", {"Location": "/news/2"}
        if path == "/news/error":
            return 500, b"server error", {}
        if path == "/news/slow":
            return 200, b"late", {}  # after SLOW's seconds
        if path in ARTICLES:
            charset = "windows-1251" if "cp1251" in path else "utf-8"
            return 200, ARTICLES[path], {"Content-Type": f"text/html; charset={charset}"}
        return 404, b"not found", {}

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


def fetcher() -> Fetcher:
    return Fetcher(interval=INTERVAL, timeout=0.5, retries=1, backoff=0.05)


def test_collect_stores_the_good_articles_reports_each_failure_and_asks_nothing_new_the_second_time(
        site, db_url, capsys):
    source = Source("local", "ru", feeds=(f"{site.base}/rss.xml", f"{site.base}/broken.xml"),
                    sitemaps=(f"{site.base}/sitemap.xml",))
    done, summary = collect(db_url, [source], fetcher=fetcher(), progress=False)
    b = site.base
    engine = store.connect(db_url)
    with engine.connect() as conn:
        docs = {r.url: r for r in conn.execute(select(store.documents))}
        facts = conn.execute(select(store.facts.c.region, store.facts.c.kg, store.facts.c.substance)
                             .where(store.facts.c.kind == "seizure")).all()
    assert set(docs) == {f"{b}/news/1", f"{b}/news/cp1251", f"{b}/news/moved", f"{b}/news/nodate", f"{b}/news/4"}
    assert "12 кг героина" in docs[f"{b}/news/cp1251"].text  # windows-1251 read as such, the text kept
    assert docs[f"{b}/news/nodate"].published is None and docs[f"{b}/news/1"].published == date(2026, 11, 20)
    assert ("KZ-35", 3.5, "hashish") in facts and ("KZ-47", 12.0, "heroin") in facts
    assert (done.articles["off-topic"], summary["new"]) == (1, 5)
    reasons = "\n".join(done.failures + done.listings_failed)
    for url, why in (("/news/missing", "HTTP 404"), ("/news/error", "HTTP 500"), ("/news/slow", "timed out"),
                     ("/private/secret", "forbidden by robots.txt"), ("/broken.xml", "not a feed or sitemap")):
        assert any(url in line and why in line for line in reasons.splitlines()), (url, reasons)
    assert not any(path.startswith("/private/") for _, path, _ in site.log)  # never asked
    times = sorted(t for t, _, _ in site.log)
    assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= INTERVAL * 0.8  # one host, its pace
    first = len(site.log)

    again, summary = collect(db_url, [source], fetcher=fetcher(), progress=False)
    second = site.log[first:]
    assert summary["new"] == 0 and again.articles["fetched"] == 0
    fetched = {path for _, path, status in second if status == 200 and path != "/robots.txt"}
    assert fetched == {"/broken.xml", "/news/slow"}, second  # only what failed before is asked in full again
    assert {status for _, path, status in second if path in ("/rss.xml", "/sitemap.xml", "/sitemap-news.xml")} \
        == {304}
    engine.dispose()


def test_a_listing_date_before_since_is_not_fetched(site, db_url):
    source = Source("local", "ru", sitemaps=(f"{site.base}/sitemap.xml",))
    done, summary = collect(db_url, [source], since=date(2026, 11, 22), fetcher=fetcher(), progress=False)
    asked = {p for _, p, _ in site.log}
    # /news/4 is dated 21 November by the sitemap: never asked; /news/1 has no date there: asked, and its page
    # dates it 20 November
    assert "/news/4" not in asked and "/news/1" in asked
    assert done.articles["older"] == 2 and summary["new"] == 0


def test_parse_listing_reads_rss_atom_and_sitemaps():
    rss = (b'<rss version="2.0"><channel><item><link>/a/1</link><pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate>'
           b'</item><item><title>no link</title></item></channel></rss>')
    assert parse_listing(rss, "https://x.kz/rss") == ([("https://x.kz/a/1", date(2026, 12, 1))], [])
    atom = (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="alternate" href="https://x.kz/b"/>'
            b'<link rel="enclosure" href="https://x.kz/b.jpg"/><updated>2026-11-30T12:00:00Z</updated></entry>'
            b'</feed>')
    assert parse_listing(atom, "https://x.kz/atom") == ([("https://x.kz/b", date(2026, 11, 30))], [])
    index = (b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://x.kz/s1.xml'
             b'</loc></sitemap></sitemapindex>')
    assert parse_listing(index, "https://x.kz/") == ([], ["https://x.kz/s1.xml"])
    for bad in (b"<html><body>a page</body></html>", b"not xml at all"):
        with pytest.raises(ValueError, match="not a feed or sitemap"):
            parse_listing(bad, "https://x.kz/")
    # an external entity is never resolved: no file of this machine gets into a link
    xxe = (b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]><rss><channel><item><link>https://x.kz/&e;'
           b'</link></item></channel></rss>')
    assert parse_listing(xxe, "https://x.kz/") == ([("https://x.kz/", None)], [])


@pytest.mark.parametrize(("text", "relevant"), [
    ("Полицейские изъяли партию наркотиков", True),
    ("Задержан наркокурьер с героином", True),
    ("Полицейлер есірткі тәркіледі", True),
    ("Нашақорлықпен күрес жалғасуда", True),
    ("Прогноз погоды на выходные", False),
    ("Банк снизил базовую ставку", False),
])
def test_relevance(text, relevant):
    assert is_relevant(text) is relevant


def test_a_wrong_sources_file_is_one_line_naming_it(tmp_path):
    for content, why in (("[[source]]\nlang = 'ru'\nfeed = 'https://x.kz/rss'\n", "has no name"),
                         ("[[source]]\nname = 'x'\n", "neither a feed nor a sitemap"),
                         ("[[source]]\nname = 'x'\nfeed = 'ftp://x.kz/rss'\n", "not an http(s) URL"),
                         ("[[source\n", "not TOML"), ("", "no [[source]] tables")):
        path = tmp_path / "sources.toml"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(CollectError, match=re.escape(why)) as err:
            read_sources(path)
        assert str(path) in str(err.value) and "\n" not in str(err.value)


def test_the_bundled_sources_file_reads():
    sources = read_sources()
    assert {s.lang for s in sources} == {"ru", "kk"} and all(s.feeds or s.sitemaps for s in sources)


def test_the_command_line_sums_up_and_a_dead_source_costs_one_line(site, tmp_path):
    import socket
    import subprocess
    import sys
    from pathlib import Path

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/rss.xml"
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nname = "dead"\nfeed = "{dead}"\n\n[[source]]\nname = "local"\n'
                       f'sitemap = "{site.base}/sitemap.xml"\n', encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'c.sqlite'}"
    got = subprocess.run([sys.executable, "-m", "etl", "collect", "--sources", str(sources), "--db", db,
                          "--interval", "0.2", "--timeout", "1", "-q"], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parent.parent, timeout=120)
    lines = got.stderr.strip().splitlines()
    assert got.returncode == 1 and "Traceback" not in got.stderr
    assert [line for line in lines if "dead" in line] == [
        next(line for line in lines if line.startswith("error: dead: feed"))]
    assert lines[-1].startswith("feeds and sitemaps: 2 read, 0 unchanged, 1 failed; articles: 2 new")
