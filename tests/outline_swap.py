"""Chrome swapped between labelled pages: how much of the outline a page keeps under another site's chrome.

Head swap: a page's document from its first title on, under another page's lines above its own title (less the
lines that show that page's titles); foot swap: a page cut after its last paragraph of running text, then another
page's lines after its own. Only pages the parser reads exactly as labelled are used; each is paired with K pages
drawn at random (a fixed seed, drawn for every page, so that two versions of the parser pair the same pages). Prints pairs, labels lost and headings found in excess.

    python tests/outline_swap.py [--pairs K] [--seed N] [-v]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from outline_measure import _key, label_pairs  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
MARKER = re.compile(r"\s*([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])")


def _pages() -> list[tuple[str, list[str], list[dict]]]:
    out = []
    for d in sorted(DATA.glob("outline_pages*")):
        for text, label in label_pairs(d):
            if label["headings"]:
                out.append((f"{d.name}/{text.stem}", text.read_text(encoding="utf-8").split("\n"), label["headings"]))
    return out


def _head(lines: list[str], labels: list[dict]) -> list[str] | None:
    """The lines above the first title, unless one of them shows a title or holds a heading's marker."""
    titles = [h["text"] for h in labels if h["level"] == 0]
    top = lines[:labels[0]["line"] - 1]
    for x in top:
        if any(len(x.strip()) >= 4 and fuzz.partial_ratio(x.strip(), t) >= 60 for t in titles) or MARKER.match(x):
            return None
    return top


def _last_text(lines: list[str], labels: list[dict]) -> int:
    run = max((i for i, x in enumerate(lines) if len(x.strip()) >= 40 and "。" in x), default=-1)
    return max(run, max(h["line"] for h in labels) - 1)


def main() -> None:
    from drafter.core.outline import parse_text
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    pages = _pages()
    rng = random.Random(args.seed)
    got_of = lambda lines: {_key(h) for h in parse_text("\n".join(lines)).outline_json()}  # noqa: E731
    stats = {"head": [0, 0, 0, 0], "foot": [0, 0, 0, 0]}  # pairs, lost, extra, pairs worse
    for name, lines, labels in pages:
        want0 = {_key(h) for h in labels}
        drawn = rng.sample(pages, args.pairs)  # (drawn for every page: two parsers' runs pair the same pages)
        if labels[0]["level"] != 0 or got_of(lines) != want0:
            continue
        start, cut = labels[0]["line"] - 1, _last_text(lines, labels)
        for other, olines, olabels in drawn:
            if other == name:
                continue
            top = _head(olines, olabels) if olabels[0]["level"] == 0 else None
            if top is not None:
                shift = len(top) - start
                want = {(k[0] + shift,) + k[1:] for k in want0}
                _count(stats["head"], want, got_of(top + lines[start:]), (name, other), args.v)
            tail = olines[_last_text(olines, olabels) + 1:]
            if any(x.strip() for x in tail):
                want = {k for k in want0 if k[0] <= cut + 1}
                _count(stats["foot"], want, got_of(lines[:cut + 1] + tail), (name, other), args.v)
    for what, (n, lost, extra, worse) in stats.items():
        print(f"{what} swap: {n} pairs, {lost} labels lost, {extra} headings in excess, {worse} pairs worse")


def _count(s: list[int], want: set, got: set, pair: tuple[str, str], verbose: bool) -> None:
    s[0] += 1
    s[1] += len(want - got)
    s[2] += len(got - want)
    if want != got:
        s[3] += 1
        if verbose:
            print(pair, sorted(want - got)[:2], sorted(got - want)[:3])


if __name__ == "__main__":
    main()
