"""Entry point of the dashboard. The dashboard itself is built in a later issue; today this says what exists."""

from __future__ import annotations

import sys


def main() -> int:
    print("The dashboard is not built yet (see the project's open issues).\n"
          "What works today: extraction of facts from articles:\n"
          "    python -m etl extract ARTICLES -o facts.jsonl\n"
          "where ARTICLES is a documents JSONL, a CSV, .txt/.md/.html files, or a folder of them.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
