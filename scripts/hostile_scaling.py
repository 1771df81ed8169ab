#!/usr/bin/env python3
"""Time find_money on hostile texts at 1x, 10x and 100x (10 KB, 100 KB, 1 MB): linear or not.

    .venv/bin/python scripts/hostile_scaling.py

Each pattern is repeated to the size (a hostile text is repetitive by nature; find_money has
no cache keyed on text, so repetition does not flatter it). Prints seconds, MB/s and the
ratio of each size's time to the 1x time: linear work gives about 10 and 100.
"""

from __future__ import annotations

import time

from aidlib.money import find_money

PATTERNS = {
    "dollar-dash ($1-)": "$1-",
    "dollar-space ($1 )": "$1 ",
    "space groups (€1 000 )": "€1 000 ",
    "markup (<b>$1</b> bn )": "<b>$1</b> bn ",
    "zero-width (€2\\u200b)": "€2\u200b",
    "scale words (billion )": "billion ",
    "no figures (prose)": "Allies met in Brussels on Friday to discuss air defence. ",
}
SIZES = (10_000, 100_000, 1_000_000)


def main() -> None:
    """Print one line per pattern and size."""
    print(f"{'pattern':28} {'chars':>9} {'seconds':>8} {'MB/s':>6} {'ratio':>6}")
    for name, unit in PATTERNS.items():
        base = 0.0
        for size in SIZES:
            text = unit * (size // len(unit))
            t0 = time.perf_counter()
            find_money(text)
            took = time.perf_counter() - t0
            base = base or took
            print(f"{name:28} {len(text):9d} {took:8.3f} {len(text) / took / 1e6:6.2f} "
                  f"{took / base:6.1f}")


if __name__ == "__main__":
    main()
