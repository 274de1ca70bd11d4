"""The command line: `python -m etl extract INPUT -o FACTS.jsonl`, and one subcommand per step for one article."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from etl.documents import Document, read_path
from etl.errors import BadInput, EtlError, Interrupted, RunStopped


def _documents(inputs: list[str], failures: list[BadInput]) -> Iterator[Document]:
    for item in inputs:
        for got in read_path(item):
            if isinstance(got, BadInput):
                failures.append(got)
                print(f"error: {got}", file=sys.stderr)
            else:
                yield got


def cmd_extract(args: argparse.Namespace) -> int:
    """Extract the facts of every document to a JSONL file (or standard output)."""
    from etl.extract import extract

    failures: list[BadInput] = []
    out = open(args.output, "w", encoding="utf-8") if args.output != "-" else sys.stdout
    n_docs = n_facts = 0
    try:
        for doc in _documents(args.inputs, failures):
            try:
                facts = extract(doc)
            except Exception as err:  # one document must never stop the run
                failures.append(BadInput(doc.source or doc.id, f"extraction failed: {type(err).__name__}: {err}"))
                print(f"error: {failures[-1]}", file=sys.stderr)
                continue
            n_docs += 1
            for fact in facts:
                out.write(json.dumps(fact, ensure_ascii=False) + "\n")
                n_facts += 1
    finally:
        if out is not sys.stdout:
            out.close()
    if not args.quiet:
        print(f"{n_docs} documents, {n_facts} facts, {len(failures)} failed", file=sys.stderr)
    return 1 if failures else 0


def cmd_sentences(args: argparse.Namespace) -> int:
    """Print the paragraphs and sentences of each document (step 1)."""
    from etl.text import split

    failures: list[BadInput] = []
    for doc in _documents(args.inputs, failures):
        for para in split(doc.text):
            for sent in para.sentences:
                print(f"{doc.id}\t{para.index}\t{sent.index}\t{doc.text[sent.start:sent.end]}")
    return 1 if failures else 0


def cmd_figures(args: argparse.Namespace) -> int:
    """Print each figure the grammars find, before regions, dates and repeats are decided (step 2)."""
    from etl.grammars import figures_in
    from etl.text import split

    failures: list[BadInput] = []
    for doc in _documents(args.inputs, failures):
        for para in split(doc.text):
            for sent in para.sentences:
                for f in figures_in(sent, doc.text):
                    what = f.substance or f.action or f.role or f.unit or ""
                    print(f"{doc.id}\t{f.kind}\t{f.value:g}\t{what}\t{doc.text[f.quote_start:f.quote_end]}")
    return 1 if failures else 0


def _stop_on_signals() -> None:
    """The first SIGINT or SIGTERM ends a run after its current batch; a second Ctrl-C at once."""
    from etl.pipeline import request_stop

    asked: list[int] = []

    def stop(signum: int, _frame) -> None:  # noqa: ANN001
        if signum == signal.SIGINT and asked:
            raise KeyboardInterrupt
        asked.append(signum)
        request_stop("interrupted (SIGINT, Ctrl-C)" if signum == signal.SIGINT else
                     f"terminated ({signal.Signals(signum).name})")

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)


def cmd_run(args: argparse.Namespace) -> int:
    """Read, extract, normalise, de-duplicate and store; print the closing summary."""
    from etl.pipeline import reextract, run
    from etl.store import database_url

    if bool(args.inputs) == args.reextract:
        print("error: give inputs to read, or --reextract to read the store's own texts again (not both)",
              file=sys.stderr)
        return 2
    _stop_on_signals()
    try:
        if args.reextract:
            summary = reextract(db=args.db, batch=args.batch, progress=not args.quiet, workers=args.workers)
        else:
            summary = run(args.inputs, db=args.db, batch=args.batch, progress=not args.quiet, workers=args.workers)
    except RunStopped as err:
        print(f"error: {err}", file=sys.stderr)
        return 130 if err.signalled else 1
    url = database_url(args.db)
    shown = url.split("@")[-1] if "@" in url else url
    print(f"documents: {summary['new']} new, {summary['unchanged']} unchanged, {summary['failed']} failed "
          f"(inputs not stored); errors reported: {len(summary['failures'])}; facts stored: {summary['facts']}; "
          f"reports merged into earlier events: {summary['merged']}; warnings: {len(summary['warnings'])} ({shown})",
          file=sys.stderr)
    return 1 if summary["failures"] else 0


def cmd_collect(args: argparse.Namespace) -> int:
    """Fetch new articles from the outlets' feeds and sitemaps, store those about drugs; print the summary."""
    from etl.collect import SOURCES, Fetcher, collect, read_sources, summary_line

    _stop_on_signals()
    try:
        sources = read_sources(Path(args.sources) if args.sources else SOURCES)
        done, summary = collect(args.db, sources, since=args.since, only=args.source,
                                fetcher=Fetcher(interval=args.interval, timeout=args.timeout),
                                progress=not args.quiet)
    except RunStopped as err:
        print(f"error: {err}", file=sys.stderr)
        return 130 if err.signalled else 1
    print(summary_line(done, summary), file=sys.stderr)
    return 1 if done.failures or done.listings_failed else 0


def cmd_user(args: argparse.Namespace) -> int:
    """Add a reviewer (the password asked twice, or read from standard input with --password-stdin)."""
    import getpass

    from sqlalchemy import select

    from etl import review, store

    if not args.name.strip() or len(args.name) > 64:
        print("error: a user name is 1 to 64 characters", file=sys.stderr)
        return 2
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"password for {args.name}: ")
        if getpass.getpass("again: ") != password:
            print("error: the two passwords differ", file=sys.stderr)
            return 1
    if len(password) < 10:
        print("error: a password has at least 10 characters", file=sys.stderr)
        return 1
    engine = store.connect(args.db)
    with engine.begin() as conn:
        if conn.execute(select(store.users.c.id).where(store.users.c.name == args.name)).first() is not None:
            print(f"error: user {args.name!r} exists", file=sys.stderr)
            return 1
        conn.execute(store.users.insert().values(name=args.name, password_hash=review.hash_password(password),
                                                 created=store.now()))
    engine.dispose()
    print(f"user {args.name!r} added: they can log in at /login to review", file=sys.stderr)
    return 0


def day(value: str) -> date:
    """An argparse type: a day written YYYY-MM-DD."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a day (YYYY-MM-DD)") from None


def seconds(value: str) -> float:
    """An argparse type: a positive number of seconds."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not number > 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not above 0")
    return number


def cmd_curate(args: argparse.Namespace) -> int:
    """Write the facts of a gold JSONL (figures, dates, regions, urls, quotes; never texts) as a curated CSV."""
    import csv

    from babel.numbers import format_decimal

    from etl.curated import COLUMNS
    from etl.morph import agree
    from etl.vocab import currency_words, unit_lemmas

    def figure(f: dict) -> str:
        if f["kind"] == "seizure":
            if f.get("kg") is not None:
                return f"{format_decimal(f['kg'], locale='ru', group_separator=False)} {unit_lemmas()['kg']}"
            word = agree(unit_lemmas()[f["unit"]], f["count"])
            return f"{format_decimal(f['count'], locale='ru', group_separator=False)} {word}"
        if f["kind"] == "money":
            code = f["currency"]
            word = agree(currency_words()[code], f["amount"]) if code in currency_words() else code
            return f"{format_decimal(f['amount'], locale='ru')} {word}"
        return format_decimal(f["count"], locale="ru")

    def outlet(doc: dict) -> str:
        """The outlet: the document's own, else its url's host, else the one given, else its id."""
        host = (urlsplit(doc["url"]).hostname or "") if doc.get("url") else ""
        return doc.get("source") or host.removeprefix("www.") or args.source or doc["id"]

    def facts_of(doc: dict) -> list[dict]:
        if not args.extract:
            return doc.get("facts", [])
        from etl.extract import extract
        from etl.normalise import implausible, normalise

        found = extract(Document(doc["id"], doc["text"], doc.get("title"), doc.get("url"), doc.get("published")))
        return [f for f in found if not implausible(normalise(f))]  # what a run would refuse is not shipped

    rows = 0
    with open(args.output, "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(COLUMNS))
        writer.writeheader()
        for line in Path(args.gold).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            for f in facts_of(doc):
                writer.writerow({
                    "date": f.get("date") or doc.get("published") or "", "region": f.get("region") or "",
                    "kind": f["kind"], "figure": figure(f), "substance": f.get("substance") or "",
                    "action_or_role": f.get("action") or f.get("role") or "", "source_url": doc.get("url") or "",
                    "quote": f["quote"], "source": outlet(doc),
                    "period_start": f.get("period_start") or "", "period_end": f.get("period_end") or "",
                    "total": "true" if f.get("total") else "false",
                    "review": "machine" if args.extract else "reviewed",
                    "confidence": f"{f['confidence']:.3f}" if args.extract else ""})
                rows += 1
    print(f"{rows} facts written to {args.output}", file=sys.stderr)
    return 0


def positive(value: str) -> int:
    """An argparse type: a whole number of at least 1 (a batch of 0 documents would store nothing)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not at least 1")
    return number


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl", description="Drug-enforcement facts from Russian news.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="extract facts (GUIDE.md records) from documents")
    p.add_argument("inputs", nargs="+", help="documents JSONL, CSV, .txt, .md, .html, or folders of them")
    p.add_argument("-o", "--output", default="-", help="facts JSONL to write (default: standard output)")
    p.add_argument("-q", "--quiet", action="store_true", help="no closing summary on standard error")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("sentences", help="show how documents split into paragraphs and sentences")
    p.add_argument("inputs", nargs="+")
    p.set_defaults(func=cmd_sentences)
    p = sub.add_parser("figures", help="show the figures the grammars find in each sentence")
    p.add_argument("inputs", nargs="+")
    p.set_defaults(func=cmd_figures)
    p = sub.add_parser("run", help="extract, normalise, de-duplicate and store facts (SQLite or PostgreSQL)")
    p.add_argument("inputs", nargs="*", help="articles, curated CSVs, or folders of them")
    p.add_argument("--reextract", action="store_true",
                   help="extract every stored article again from the text the store keeps (no inputs)")
    p.add_argument("--db", default=None, help="database URL (default: DATABASE_URL, else data/store/facts.sqlite)")
    p.add_argument("--batch", type=positive, default=100, help="documents per transaction (default 100)")
    p.add_argument("--workers", type=positive, default=None, help="extraction processes (default: one per core)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("collect", help="fetch new articles from the outlets' feeds and sitemaps and store them")
    p.add_argument("--sources", default=None, help="a TOML file of [[source]] tables (default data/sources.toml)")
    p.add_argument("--db", default=None, help="database URL (default: DATABASE_URL, else data/store/facts.sqlite)")
    p.add_argument("--since", type=day, default=None, help="leave out articles dated before this day (YYYY-MM-DD)")
    p.add_argument("--source", default=None, help="only the source of this name")
    p.add_argument("--interval", type=seconds, default=1.0, help="seconds between two requests to a host (1)")
    p.add_argument("--timeout", type=seconds, default=10.0, help="seconds to wait for an answer (10)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_collect)
    p = sub.add_parser("user", help="reviewers' accounts: `user add NAME`")
    p.add_argument("verb", choices=["add"])
    p.add_argument("name")
    p.add_argument("--db", default=None, help="database URL (default: DATABASE_URL, else data/store/facts.sqlite)")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p.set_defaults(func=cmd_user)
    p = sub.add_parser("curate", help="write a gold file's facts (not its texts) as a curated CSV")
    p.add_argument("gold", help="a JSONL of documents with gold `facts` (or any documents, with --extract)")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--source", default=None, help="source name for documents that have none")
    p.add_argument("--extract", action="store_true", help="the documents' facts read by the extractor here "
                   "(marked machine, with their confidence) instead of their gold `facts`")
    p.set_defaults(func=cmd_curate)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0
    except (KeyboardInterrupt, Interrupted):
        print("error: interrupted", file=sys.stderr)
        return 130
    except EtlError as err:  # a store that cannot be opened, a vocabulary row that is wrong: one line
        print(f"error: {err}", file=sys.stderr)
        return 1
    except OSError as err:
        print(f"error: {getattr(err, 'filename', '') or ''}: {err.strerror or err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
