"""A seeded random sample of a phrase bank for an independent judge:
`python -m drafter.mining.sample BANK_DIR OUT.json [--n 100] [--seed 2026]`.

Each entry has the phrase's id, text, type, role, documents, count, example (and slots or variants when
it has them); the judge marks each as a useful formulation or not. The same bank and seed give the
same sample."""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


def sample(bank_dir: str | Path, n: int = 100, seed: int = 2026) -> list[dict]:
    from drafter.mining import bank

    phrases = bank.load(bank_dir)["phrases"]
    rng = random.Random(seed)
    chosen = rng.sample(phrases, min(n, len(phrases)))
    keys = ("id", "text", "type", "role", "docs", "count", "example", "slots", "variants")
    return [{k: p[k] for k in keys if k in p} for p in chosen]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bank")
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args(argv)
    data = {"bank": str(a.bank), "seed": a.seed, "n": a.n, "sample": sample(a.bank, a.n, a.seed)}
    Path(a.out).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
