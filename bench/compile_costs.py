"""Every regex compile a lint (or build) process pays, with its cost and where it was made:

    python bench/compile_costs.py [--min-ms 1] -- lint --format json FILE...
    python bench/compile_costs.py -- build EXAMPLE.yaml -o OUT.docx

Runs the drafter CLI in this process with the regex compiler wrapped (for measuring only; the
product never does this) and prints, to stderr, the total compile time, the count, and each
compile above --min-ms with its flags and the drafter line that asked for it."""

from __future__ import annotations

import re
import sys
import time
import traceback

_COSTS: list[tuple[float, str, int, str]] = []
_SEEN: dict[tuple[str, int], int] = {}   # (source, flags) -> times compiled


def _where() -> str:
    """The innermost drafter line that compiled, and its drafter caller."""
    at = [f"{fr.filename.split('/drafter/', 1)[1]}:{fr.lineno}"
          for fr in reversed(traceback.extract_stack()[:-2]) if "/drafter/" in fr.filename]
    return " < ".join(at[:2]) or "?"


def _wrap() -> None:
    real = re._compiler.compile   # measuring only

    def timed(p, flags=0):
        t0 = time.perf_counter()
        out = real(p, flags)
        _COSTS.append((time.perf_counter() - t0, str(p)[:70], int(flags), _where()))
        _SEEN[(str(p), int(flags))] = _SEEN.get((str(p), int(flags)), 0) + 1
        return out
    re._compiler.compile = timed


def _report(min_ms: float) -> None:
    total = sum(c for c, *_ in _COSTS)
    again = sum(n - 1 for n in _SEEN.values())
    # each BMP range in a class costs the compiler one Python step per code point (~1 ms for CJK)
    cjk = sum(src.count("\\u4e00-\\u9fff") + src.count("\u4e00-\u9fff") for src, _f in _SEEN)
    print(f"CJK ranges (U+4E00-U+9FFF) in the compiled patterns: {cjk}", file=sys.stderr)
    print(f"compile: {len(_COSTS)} patterns, {total * 1000:.1f} ms ({again} compiles of a source compiled before)",
          file=sys.stderr)
    for cost, pat, flags, where in sorted(_COSTS, reverse=True):
        if cost * 1000 >= min_ms:
            print(f"{cost * 1000:7.2f} ms  flags={flags:<4} {where:60} {pat!r}", file=sys.stderr)


def main() -> None:
    args = sys.argv[1:]
    min_ms = 1.0
    if "--min-ms" in args:
        i = args.index("--min-ms")
        min_ms = float(args[i + 1])
        del args[i:i + 2]
    if args and args[0] == "--":
        args = args[1:]
    _wrap()
    sys.argv = ["drafter", *args]
    from drafter.cli import main as cli
    try:
        cli()
    except SystemExit:
        pass
    finally:
        sys.stdout.flush()
        _report(min_ms)


if __name__ == "__main__":
    main()
