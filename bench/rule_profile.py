"""Profile one or more text rules over the corpus in one process (for speed work, never output):

    python bench/rule_profile.py F017 C001        # time per rule (best of 3), then cProfile of each
    python bench/rule_profile.py F017 --time-only # the times alone
    python bench/rule_profile.py                  # every enabled text rule in run order on one
                                                  # Context per document, ms, best of 3 per rule

Parses each corpus file once and calls the rules' checks directly. A named rule runs alone on a
fresh Context per document (so it pays for any family pass it shares); the whole set runs in run
order on one Context per document (a family's shared pass is charged to the rule that asks
first, as in DRAFTER_PROFILE). Compare two trees with PYTHONPATH=OTHER_TREE on the same machine,
interleaved: absolute times drift with the machine's load."""

from __future__ import annotations

import cProfile
import pstats
import sys
import time
from pathlib import Path

from drafter.core.outline import parse_text
from drafter.lint.config import Config
from drafter.lint.context import Context
from drafter.lint.engine import checks

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "provincial-2026"


def docs():
    return [parse_text(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]


def run(check, ds, cfg) -> float:
    t0 = time.perf_counter()
    for d in ds:
        list(check.run(Context(d, cfg)) or ())
    return time.perf_counter() - t0


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    ds = docs()
    cfg = Config()
    cs = checks()
    ids = args or [rid for rid, c in cs.items() if c.target == "text" and cfg.enabled(rid)]
    times: dict[str, float] = {}
    if not args:   # every rule in run order on one Context per document, as the engine does
        for _ in range(3):
            spent: dict[str, float] = {}
            for d in ds:
                ctx = Context(d, cfg)
                for rid in ids:
                    t0 = time.perf_counter()
                    list(cs[rid].run(ctx) or ())
                    spent[rid] = spent.get(rid, 0.0) + time.perf_counter() - t0
            times = {r: min(t, times.get(r, t)) for r, t in spent.items()}
        print(f"total {sum(times.values()) * 1000:.0f} ms")
    for rid in args:
        times[rid] = min(run(cs[rid], ds, cfg) for _ in range(3))
    for rid, t in sorted(times.items(), key=lambda kv: -kv[1]):
        print(f"{rid}  {t * 1000:7.1f} ms")
    if "--time-only" in sys.argv or not args:
        return
    for rid in ids:
        pr = cProfile.Profile()
        pr.enable()
        run(cs[rid], ds, cfg)
        pr.disable()
        print(f"==== {rid}")
        pstats.Stats(pr).sort_stats("tottime").print_stats(12)


if __name__ == "__main__":
    main()
