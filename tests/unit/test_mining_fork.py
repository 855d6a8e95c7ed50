"""drafter.mining.fork: a function run in a forked child gives the same value as run here, raises
its exception here, and is run here when the child dies without an answer; and the phrase bank is
the same whether the template search ran beside the merge or not."""

from __future__ import annotations

import os
import signal

import pytest

from drafter.mining import fork


def _square_list(n: int) -> list[int]:
    return [i * i for i in range(n)]


def _fails(msg: str):
    raise ValueError(msg)


def _dies(path: str) -> str:
    if not os.path.exists(path):     # the first call (in the child) dies; the rerun here answers
        open(path, "w").close()
        os.kill(os.getpid(), signal.SIGKILL)
    return "here"


def test_the_value_comes_back_and_without_fork_it_is_the_same():
    assert fork.beside(_square_list, 1000)() == _square_list(1000)
    assert fork.beside(_square_list, 10, parallel=False)() == _square_list(10)


def test_an_exception_in_the_child_is_raised_here():
    wait = fork.beside(_fails, "坏了")
    with pytest.raises(ValueError, match="坏了"):
        wait()


def test_a_child_that_dies_is_replaced_by_running_here(tmp_path):
    flag = tmp_path / "died"
    assert fork.beside(_dies, str(flag))() == "here"
    assert flag.exists()


def test_the_bank_is_the_same_with_the_search_beside_or_not():
    from drafter.mining import bank, runner
    from tests.conftest import seed_paths

    items, _w = runner.collect([str(p) for p in seed_paths()])
    results = [value for status, value in map(runner._work, items) if status == "ok"]
    assert len(results) >= 3
    assert bank.build(results, parallel=True) == bank.build(results, parallel=False)
