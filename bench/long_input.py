"""How extraction time grows with one long sentence or one long document full of figures: each input is
measured at n and at 2n repeats; a ratio near 2 is linear, near 4 quadratic.

    python bench/long_input.py [--n 10000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.documents import Document  # noqa: E402
from etl.extract import extract  # noqa: E402

SHAPES = {
    "one sentence, one figure repeated": lambda n: "изъято 5 кг героина, " * n,
    "one sentence, varied figures": lambda n: ", ".join(
        ("изъято {} кг героина", "задержаны {} человек", "изъято {} млн тенге", "{} граммов гашиша",
         "ликвидировано {} нарколабораторий")[i % 5].format(i + 2) for i in range(n)) + ".",
    "one sentence per figure": lambda n: " ".join(f"В Караганде изъято {i + 2} кг героина." for i in range(n)),
    "one paragraph per figure": lambda n: "\n".join(f"Полицейские Актау задержали {i + 2} человек." for i in range(n)),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    args = parser.parse_args()
    print(f"| input | {args.n:,} | {2 * args.n:,} | ratio |\n|---|---|---|---|")
    for name, make in SHAPES.items():
        times = []
        for n in (args.n, 2 * args.n):
            text = make(n)
            start = time.perf_counter()
            extract(Document("long", text))
            times.append(time.perf_counter() - start)
        print(f"| {name} | {times[0]:.2f} s | {times[1]:.2f} s | {times[1] / times[0]:.2f} |")


if __name__ == "__main__":
    main()
