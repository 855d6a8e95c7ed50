"""Mining speed against bare jieba and its growth with the number of documents.

    python bench/mine_scaling.py [--runs 3]

1. `drafter mine` of the 31-report corpus against a bare `jieba.lcut` of the same text (whole
   processes, interleaved, medians; the mine target is ≤ 1.3×) and the peak memory of each.
2. The first 8 and 16 documents of the corpus against all 31 (the growth exponent of mine).
3. The corpus and 4× as many documents: the corpus plus three rewritten copies (near-synonyms swapped,
   numbers shifted), so every copy is a distinct document whose clauses are close to the originals —
   the hardest case for the cross-document template search (target: 4× the documents ≤ 5× the time).
No timed assertions live in the tests; the numbers live here."""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpora" / "provincial-2026"
PY = sys.executable
SWAPS = [("进一步", "更加"), ("推进", "推动"), ("加强", "强化"), ("全面", "深入"), ("提升", "提高"),
         ("完善", "健全"), ("持续", "不断"), ("建设", "打造"), ("坚持", "始终"), ("积极", "主动")]


def rewrite(text: str, k: int) -> str:
    """Copy k of a report: the k-th share of the near-synonyms swapped, digits shifted by k."""
    for i, (a, b) in enumerate(SWAPS):
        if i % 3 == k % 3:
            text = text.replace(a, b)
    return re.sub(r"[0-9]", lambda m: str((int(m.group()) + k) % 10), text)


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS MB of the process and its children)."""
    t0 = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode:
        raise SystemExit(proc.stderr)
    return wall, int(proc.stderr.strip().splitlines()[-1]) / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    runs = ap.parse_args().runs
    work = Path(tempfile.mkdtemp(prefix="drafter-mine-bench-"))
    one = work / "x1"
    four = work / "x4"
    one.mkdir()
    four.mkdir()
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}
    subsets = {}
    for n in (8, 16):
        d = subsets[n] = work / f"n{n}"
        d.mkdir()
        for name in list(texts)[:n]:
            (d / name).write_text(texts[name], encoding="utf-8")
    for name, text in texts.items():
        (one / name).write_text(text, encoding="utf-8")
        for k in range(4):
            (four / f"{k}_{name}").write_text(text if k == 0 else rewrite(text, k), encoding="utf-8")
    joined = work / "corpus.txt"
    joined.write_text("".join(texts.values()), encoding="utf-8")
    jb = ("import sys, jieba, logging; jieba.setLogLevel(logging.WARNING); "
          "t = open(sys.argv[1], encoding='utf-8').read(); jieba.lcut(t)")
    mine = [PY, "-m", "drafter", "mine"]
    rows: dict[str, list[tuple[float, float]]] = {"jieba": [], "mine x1": [], "mine 8": [], "mine 16": [],
                                                  "mine x4": []}
    for _ in range(runs):
        rows["jieba"].append(timed([PY, "-c", jb, str(joined)]))
        rows["mine x1"].append(timed([*mine, str(one), "-o", str(work / "b1"), "--force"]))
        for n, d in subsets.items():
            rows[f"mine {n}"].append(timed([*mine, str(d), "-o", str(work / f"b{n}"), "--force"]))
        rows["mine x4"].append(timed([*mine, str(four), "-o", str(work / "b4"), "--force"]))
    med = {k: (statistics.median(t for t, _ in v), max(m for _, m in v)) for k, v in rows.items()}
    for k, (t, m) in med.items():
        print(f"{k:8s} {t * 1000:7.0f} ms  peak {m:6.1f} MB")
    print(f"mine / jieba.lcut = {med['mine x1'][0] / med['jieba'][0]:.2f}x (target <= 1.3x)")
    import math
    t8, t31 = med["mine 8"][0], med["mine x1"][0]
    print(f"8 -> 16 -> 31 documents: {t8:.2f} / {med['mine 16'][0]:.2f} / {t31:.2f} s, "
          f"exponent {math.log(t31 / t8) / math.log(31 / 8):.2f}")
    print(f"4x documents / 1x = {med['mine x4'][0] / med['mine x1'][0]:.2f}x (target <= 5x)")
    print(f"cpu count {os.cpu_count()}")


if __name__ == "__main__":
    main()
