"""`etl collect`: new articles from the outlets' feeds and sitemaps, fetched politely, read by trafilatura and
stored through `etl run`'s pipeline.

Sources are `[[source]]` tables of a TOML file (data/sources.toml): `name`, `lang`, and `feed` and/or `sitemap`
(a URL or a list of them). Their feeds (RSS, Atom) and sitemaps (url sets and sitemap indexes) give article
URLs with their dates; each URL not stored yet is fetched, its main text, title and date read by trafilatura
(the date by htmldate); an article whose title and text hold none of the words of data/reference/relevance.csv
is off-topic and not stored; the others go through the pipeline of `etl run` and are stored with their text.

Politeness: robots.txt is obeyed (a forbidden URL is never requested; a robots.txt that cannot be read for a
server error stops the host for the run); at most one request per `interval` seconds per host; conditional
requests (the ETag and Last-Modified each URL last gave, kept in the store's `fetches` table); timeouts; retries
with exponential backoff on 429, 5xx and network errors; a user agent that names the project. A URL already
stored is asked again (conditionally) only when its listing carries a date after the last time it was checked,
so a second run fetches nothing new; a URL that failed (a timeout, a server error) is asked again on every run
until it answers, even when its listing has not changed. Validators are saved only when the run has stored what
it fetched, so an interrupted run loses nothing: the next one fetches again.
"""

from __future__ import annotations

import re
import sys
import time
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from etl import store
from etl.documents import read_html
from etl.errors import BadInput, EtlError, Notice
from etl.vocab import relevance_stems

SOURCES = Path(__file__).resolve().parent.parent / "data" / "sources.toml"
AGENT = "kz-drug-stats"
USER_AGENT = f"{AGENT}/0.1 (drug-enforcement statistics from Kazakh news; obeys robots.txt, 1 request/s per host)"
MAX_BYTES = 5 * 1024 * 1024      # a page or feed larger than this is refused
MAX_REDIRECTS = 5
MAX_SITEMAPS = 50                 # sitemaps read per source (an index names many)
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})


class CollectError(EtlError):
    """A sources file that cannot be used (one line: the file and why)."""


@dataclass(frozen=True)
class Source:
    name: str
    lang: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()


def read_sources(path: Path = SOURCES) -> list[Source]:
    """The [[source]] tables of a TOML file; a file or a table that is wrong raises CollectError naming it."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as err:
        raise CollectError(f"{path}: {err.strerror or err}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise CollectError(f"{path}: not TOML ({err})") from None
    out = []
    for k, table in enumerate(data.get("source", []), 1):
        name = table.get("name") if isinstance(table, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise CollectError(f"{path}: source {k} has no name")
        urls = {key: [table[key]] if isinstance(table.get(key), str) else table.get(key, [])
                for key in ("feed", "sitemap")}
        if not urls["feed"] and not urls["sitemap"]:
            raise CollectError(f"{path}: source {name!r} has neither a feed nor a sitemap")
        for url in urls["feed"] + urls["sitemap"]:
            if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
                raise CollectError(f"{path}: source {name!r}: {url!r} is not an http(s) URL")
        out.append(Source(name.strip(), str(table.get("lang", "ru")), tuple(urls["feed"]), tuple(urls["sitemap"])))
    if not out:
        raise CollectError(f"{path}: no [[source]] tables")
    return out


class FetchFailed(Exception):
    """A URL that gave nothing usable; the message is the reason."""


@dataclass
class Page:
    url: str                      # where it was got from (after redirects)
    status: int                   # 200 or 304
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Fetcher:
    """HTTP GET with robots.txt, a per-host pace, conditional requests, timeouts, retries with backoff."""

    interval: float = 1.0
    timeout: float = 10.0
    retries: int = 2
    backoff: float = 1.0
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    requests: int = 0
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, RobotFileParser | str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        import urllib3

        self._http = urllib3.PoolManager(headers={"User-Agent": USER_AGENT}, retries=False)
        self._errors = urllib3.exceptions.HTTPError
        self._timeout = urllib3.Timeout(connect=self.timeout, read=self.timeout)

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Page:
        """The page at a URL (status 304 when the validators say it has not changed); FetchFailed otherwise."""
        for _ in range(MAX_REDIRECTS + 1):
            self._allowed(url)
            headers = {}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            status, got, data = self._request(url, headers)
            if status in REDIRECT_STATUS and got.get("Location"):
                url = urljoin(url, got["Location"])
                continue
            if status == 304:
                return Page(url, 304, etag=etag, last_modified=last_modified)
            if status != 200:
                raise FetchFailed(f"HTTP {status}")
            return Page(url, 200, data, got.get("Content-Type", ""), got.get("ETag"), got.get("Last-Modified"))
        raise FetchFailed(f"more than {MAX_REDIRECTS} redirects")

    def _allowed(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchFailed("not an http(s) URL")
        host = f"{parts.scheme}://{parts.netloc}"
        rules = self._robots.get(host)
        if rules is None:
            rules = self._robots[host] = self._read_robots(host)
        if isinstance(rules, str):
            raise FetchFailed(rules)
        if not rules.can_fetch(AGENT, url):
            raise FetchFailed("forbidden by robots.txt")

    def _read_robots(self, host: str) -> RobotFileParser | str:
        """The host's rules: none found (4xx) allows everything; a server error or no answer forbids the host
        for this run (RFC 9309), as a reason."""
        rules = RobotFileParser()
        try:
            status, _, data = self._request(f"{host}/robots.txt", {})
        except FetchFailed as err:
            return f"robots.txt could not be read ({err}): the host is left alone"
        if status >= 500:
            return f"robots.txt answered HTTP {status}: the host is left alone"
        if status == 200:
            rules.parse(data.decode("utf-8", errors="replace").splitlines())
        else:
            rules.parse([])
        return rules

    def _request(self, url: str, headers: dict[str, str]) -> tuple[int, dict, bytes]:
        """One GET (retried on 429, 5xx and network errors), each attempt in the host's pace: its status,
        headers and body (at most MAX_BYTES)."""
        reason = ""
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(self.backoff * 2 ** (attempt - 1))
            self._pace(urlsplit(url).netloc)
            try:
                response = self._http.request("GET", url, headers=headers, timeout=self._timeout, redirect=False,
                                              preload_content=False)
                data = response.read(MAX_BYTES + 1, decode_content=True)
                response.release_conn()
            except self._errors as err:
                reason = _network_reason(err)
                continue
            if len(data) > MAX_BYTES:
                raise FetchFailed(f"larger than {MAX_BYTES // (1024 * 1024)} MB")
            if response.status in RETRY_STATUS:
                reason = f"HTTP {response.status}"
                continue
            return response.status, response.headers, data
        raise FetchFailed(f"{reason} (after {self.retries + 1} tries)")

    def _pace(self, host: str) -> None:
        """Wait until `interval` seconds have passed since the host's last request."""
        last = self._last.get(host)
        if last is not None:
            wait = last + self.interval - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last[host] = self.clock()
        self.requests += 1


def _network_reason(err: Exception) -> str:
    text = type(err).__name__
    if "Timeout" in text:
        return "no answer (timed out)"
    return f"network error ({text})"


@dataclass(frozen=True)
class Listed:
    """An article URL a feed or sitemap names, with the date it gives (None: none)."""

    url: str
    day: date | None
    source: Source


def parse_listing(body: bytes, base: str) -> tuple[list[tuple[str, date | None]], list[str]]:
    """A feed's or sitemap's article URLs with their dates, and the sitemaps a sitemap index names. Raises
    ValueError with the reason when the body is neither."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as err:
        raise ValueError(f"not a feed or sitemap (XML: {err})") from None
    articles: list[tuple[str, date | None]] = []
    nested: list[str] = []
    kind = etree.QName(root).localname

    def local(el) -> str:  # noqa: ANN001
        return etree.QName(el).localname if isinstance(el.tag, str) else ""

    if kind in ("urlset", "sitemapindex"):
        for entry in root:
            fields = {local(child): (child.text or "").strip() for child in entry}
            if not fields.get("loc"):
                continue
            url = urljoin(base, fields["loc"])
            if local(entry) == "sitemap":
                nested.append(url)
            else:
                articles.append((url, _day(fields.get("lastmod"))))
    elif kind in ("rss", "RDF", "feed"):
        for entry in root.iter():
            if local(entry) not in ("item", "entry"):
                continue
            link, day = None, None
            for child in entry:
                name = local(child)
                if name == "link":
                    href = child.get("href")
                    if href and child.get("rel", "alternate") == "alternate":
                        link = href
                    elif not href and (child.text or "").strip():
                        link = child.text.strip()
                elif name in ("pubDate", "published", "updated", "date") and day is None:
                    day = _day((child.text or "").strip())
            if link:
                articles.append((urljoin(base, link), day))
    else:
        raise ValueError(f"not a feed or sitemap (its root is <{kind}>)")
    articles = [(u, d) for u, d in articles if urlsplit(u).scheme in ("http", "https")]
    return articles, nested


def _day(value: str | None) -> date | None:
    """The day of an RSS (RFC 822) or ISO date; None when it is neither."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def is_relevant(*texts: str | None) -> bool:
    """True when a word of the texts begins with a relevance stem (data/reference/relevance.csv)."""
    stems = relevance_stems()
    words = re.findall(r"[^\W\d_]+", " ".join(t for t in texts if t).lower().replace("ё", "е"))
    return any(word.startswith(stems) for word in set(words))


def decode_html(body: bytes, content_type: str) -> str:
    """A page's bytes as text: the charset its header or its <meta> names, else UTF-8, else windows-1251."""
    names = re.findall(r"charset=[\"']?([\w-]+)", content_type, re.I)
    names += re.findall(rb"<meta[^>]+charset=[\"']?([\w-]+)", body[:4096], re.I)
    for name in names:
        name = name.decode("ascii", "replace") if isinstance(name, bytes) else name
        try:
            return body.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1251", errors="replace")


@dataclass
class Collected:
    """What a collection did, for its closing summary."""

    listings_read: int = 0
    listings_unchanged: int = 0
    listings_failed: list[str] = field(default_factory=list)
    articles: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("fetched", "unchanged", "off-topic", "older", "failed", "skipped"), 0))
    failures: list[str] = field(default_factory=list)
    requests: int = 0


def collect(db: str | None = None, sources: list[Source] | None = None, since: date | None = None,
            only: str | None = None, fetcher: Fetcher | None = None, progress: bool = True,
            batch: int = 20, workers: int | None = 1) -> tuple[Collected, dict]:
    """Read the sources' feeds and sitemaps, fetch the new articles and store the ones about drugs through the
    pipeline of `etl run`. Returns what was collected and the pipeline's summary."""
    from etl.pipeline import article_item, run_items

    sources = sources if sources is not None else read_sources()
    if only is not None:
        sources = [s for s in sources if s.name == only]
        if not sources:
            raise CollectError(f"no source named {only!r}")
    fetcher = fetcher or Fetcher()
    engine = store.connect(db)
    done = Collected()
    validators: dict[str, tuple[str | None, str | None, str]] = {}  # saved once the run has stored them
    with engine.connect() as conn:
        listed = _listings(sources, fetcher, conn, done, validators)
        known = store.fetch_states(conn, [item.url for item in listed])
        stored = store.stored_urls(conn, [item.url for item in listed])
    engine.dispose()
    todo = []
    for item in listed:
        state = known.get(item.url)
        if since is not None and item.day is not None and item.day < since:
            done.articles["older"] += 1
        elif state and (item.url in stored or state["status"] in ("off-topic", "gone")) and not _newer(item, state):
            done.articles["skipped"] += 1  # stored or judged before, and its listing says nothing new
        else:
            todo.append((item, state))

    def items(failures: list[str]) -> Iterator:
        for item, state in _bar(todo, progress):
            try:
                page = fetcher.get(item.url, *(state["etag"], state["last_modified"]) if state else (None, None))
            except FetchFailed as err:
                reason = f"{item.url}: {err}"
                done.articles["failed"] += 1
                done.failures.append(reason)
                failures.append(reason)
                print(f"error: {reason}", file=sys.stderr)
                validators[item.url] = (None, None, "gone" if str(err) in ("HTTP 404", "HTTP 410") else "failed")
                continue
            if page.status == 304:
                done.articles["unchanged"] += 1
                validators[item.url] = (page.etag, page.last_modified, "unchanged")
                continue
            doc = read_html(decode_html(page.body, page.content_type), item.url, item.url, url=item.url)
            if isinstance(doc, BadInput):
                done.articles["failed"] += 1
                done.failures.append(str(doc))
                failures.append(str(doc))
                print(f"error: {doc}", file=sys.stderr)
                continue
            if since is not None and doc.published and date.fromisoformat(doc.published) < since:
                done.articles["older"] += 1
                continue
            if not is_relevant(doc.title, doc.text):
                done.articles["off-topic"] += 1
                validators[item.url] = (page.etag, page.last_modified, "off-topic")
                continue
            done.articles["fetched"] += 1
            validators[item.url] = (page.etag, page.last_modified, "stored")
            for note in doc.notes:
                failures.append(str(Notice(f"{item.url}: {note}")))
            yield article_item(doc, item.url)

    summary = run_items(items, [f"collect: {', '.join(s.name for s in sources)}"], db, batch=batch,
                        progress=False, workers=workers)
    done.requests = fetcher.requests
    engine = store.connect(db)
    with engine.begin() as conn:  # the run is stored: what each URL answered can be remembered
        for url, (etag, modified, status) in validators.items():
            store.save_fetch(conn, url, etag, modified, status)
    engine.dispose()
    return done, summary


def _newer(item: Listed, state: dict) -> bool:
    """True when a listing dates an article after the last time it was checked."""
    checked = state.get("checked")
    if item.day is None or checked is None:
        return False
    if isinstance(checked, str):
        checked = datetime.fromisoformat(checked)
    return item.day > checked.astimezone(UTC).date()


def _listings(sources: list[Source], fetcher: Fetcher, conn, done: Collected,  # noqa: ANN001
              validators: dict) -> list[Listed]:
    """The article URLs the sources' feeds and sitemaps name (each URL once, the first listing's date)."""
    out: dict[str, Listed] = {}
    for source in sources:
        queue = [(url, "feed") for url in source.feeds] + [(url, "sitemap") for url in source.sitemaps]
        seen: set[str] = set()
        while queue:
            url, kind = queue.pop(0)
            if url in seen or len(seen) >= MAX_SITEMAPS + len(source.feeds):
                continue
            seen.add(url)
            state = store.fetch_states(conn, [url]).get(url)
            try:
                page = fetcher.get(url, *(state["etag"], state["last_modified"]) if state else (None, None))
                if page.status == 304:
                    done.listings_unchanged += 1
                    validators[url] = (page.etag, page.last_modified, "listing")
                    continue
                articles, nested = parse_listing(page.body, page.url)
            except (FetchFailed, ValueError) as err:
                reason = f"{source.name}: {kind} {url}: {err}"
                done.listings_failed.append(reason)
                print(f"error: {reason}", file=sys.stderr)
                continue
            done.listings_read += 1
            validators[url] = (page.etag, page.last_modified, "listing")
            queue += [(u, "sitemap") for u in nested]
            for article, day in articles:
                out.setdefault(article, Listed(article, day, source))
        # what failed before (a timeout, a server error) is asked again even when its listing has not changed
        hosts = {urlsplit(u).netloc for u in source.feeds + source.sitemaps}
        for url in store.failed_fetches(conn):
            if urlsplit(url).netloc in hosts:
                out.setdefault(url, Listed(url, None, source))
    return list(out.values())


def _bar(todo: list, progress: bool):  # noqa: ANN202
    if not progress or not sys.stderr.isatty():
        return todo
    from tqdm import tqdm

    return tqdm(todo, unit="article", desc="etl collect", file=sys.stderr)


def summary_line(done: Collected, summary: dict) -> str:
    """The closing summary of a collection, one line."""
    a = done.articles
    return (f"feeds and sitemaps: {done.listings_read} read, {done.listings_unchanged} unchanged, "
            f"{len(done.listings_failed)} failed; articles: {summary['new']} new, "
            f"{a['unchanged'] + summary['unchanged']} unchanged, {a['skipped']} already known, {a['off-topic']} "
            f"off-topic, {a['older']} older than --since, {a['failed']} failed; facts stored: {summary['facts']}; "
            f"requests: {done.requests}")
