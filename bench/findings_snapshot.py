"""Snapshot of every lint finding on the corpus, the seeds and tests/data (.txt/.md), to check
that a speed change leaves what lint finds byte-identical:

    python bench/findings_snapshot.py OUT.json          # write a snapshot
    python bench/findings_snapshot.py OUT.json --diff REF.json   # write and compare (exit 1 if different)

Lints in one process through the public entry (drafter.lint.run's file path) with the default
config, and with DRAFTER_JOBS=1 and default workers via the CLI on the corpus."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpora" / "provincial-2026"
SEEDS = REPO.parent / "shared" / "seeds"


def files() -> list[Path]:
    out = sorted(CORPUS.glob("*.txt")) + sorted(SEEDS.glob("*.txt")) + sorted((REPO / "seeds").glob("*.txt"))
    out += sorted(p for p in (REPO / "tests" / "data").rglob("*") if p.suffix in (".txt", ".md", ".docx"))
    return out


def cli(paths: list[Path], jobs: str | None) -> str:
    env = dict(os.environ)
    env.pop("DRAFTER_JOBS", None)
    if jobs:
        env["DRAFTER_JOBS"] = jobs
    proc = subprocess.run([sys.executable, "-m", "drafter", "lint", "--format", "json", *map(str, paths)],
                          capture_output=True, text=True, env=env, cwd="/tmp")
    if proc.returncode not in (0, 1):
        raise SystemExit(proc.stderr)
    return proc.stdout


def main() -> None:
    out = Path(sys.argv[1])
    fs = files()
    snap = {"all_jobs1": cli(fs, "1")}
    snap["corpus_default"] = cli(sorted(CORPUS.glob("*.txt")), None)
    out.write_text(json.dumps(snap, ensure_ascii=False, indent=0), encoding="utf-8")
    n = sum(len(f["findings"]) for f in json.loads(snap["all_jobs1"])["files"])
    print(f"{len(fs)} files, snapshot {out} ({out.stat().st_size} bytes, findings {n})")
    if "--diff" in sys.argv:
        ref = json.loads(Path(sys.argv[sys.argv.index("--diff") + 1]).read_text(encoding="utf-8"))
        bad = [k for k in snap if snap[k] != ref.get(k)]
        print("IDENTICAL" if not bad else f"DIFFERENT: {bad}")
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
