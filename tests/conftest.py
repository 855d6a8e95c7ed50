"""Shared test helpers: run the CLI as a subprocess, the way a clerk does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
CORPUS = REPO.parent / "shared" / "corpora" / "provincial-2026"
DATA = Path(__file__).resolve().parent / "data"


def run_cli(*args: str, cwd: str | os.PathLike | None = None, input: bytes | None = None,
            env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run `python -m drafter ARGS` and return the completed process (text decoded as UTF-8)."""
    full_env = dict(os.environ)
    full_env["PYTHONIOENCODING"] = "utf-8"
    full_env.pop("DRAFTER_DEBUG", None)
    if env:
        full_env.update(env)
    proc = subprocess.run([sys.executable, "-m", "drafter", *args], cwd=cwd, input=input,
                          capture_output=True, env=full_env, timeout=timeout)
    proc.stdout = proc.stdout.decode("utf-8", errors="replace")
    proc.stderr = proc.stderr.decode("utf-8", errors="replace")
    return proc


def assert_clean_error(proc: subprocess.CompletedProcess, *needles: str) -> None:
    """Exit 2, a Chinese message, no traceback; each needle appears in stderr."""
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr
    assert "错误" in proc.stderr, proc.stderr
    for n in needles:
        assert n in proc.stderr, (n, proc.stderr)


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def seeds() -> list[Path]:
    return seed_paths()


def corpus_available() -> bool:
    return CORPUS.is_dir() and any(CORPUS.glob("*.txt"))


needs_corpus = pytest.mark.skipif(not corpus_available(), reason="../shared/corpora 不在本机")
