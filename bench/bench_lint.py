"""Lint speed side by side with autocorrect-py on the same 610k-character corpus: whole-process
wall time (median of N runs), both as one process over all 31 files.

    python bench/bench_lint.py [--runs 5]"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpora" / "provincial-2026"
PEER = ("import sys, autocorrect_py\n"
        "for p in sys.argv[1:]:\n"
        "    autocorrect_py.lint_for(open(p, encoding='utf-8').read(), p)\n")


def wall(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    runs = ap.parse_args().runs
    files = sorted(str(p) for p in CORPUS.glob("*.txt"))
    chars = sum(len(Path(p).read_text(encoding="utf-8")) for p in files)
    ours = wall([sys.executable, "-m", "drafter", "lint", "--format", "json", *files], runs)
    peer = wall([sys.executable, "-c", PEER, *files], runs)
    print(f"| 工具 | 字数 | 耗时（秒，中位数） |\n|---|---|---|\n| drafter lint | {chars} | {ours:.3f} |\n"
          f"| autocorrect-py lint_for | {chars} | {peer:.3f} |\n\n比值：{ours / peer:.2f}×")


if __name__ == "__main__":
    main()
