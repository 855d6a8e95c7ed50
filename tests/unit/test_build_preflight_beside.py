"""build's preflight worked out in a forked child (drafter.cli.preflight) gives the findings of
Built.preflight in this process, falls back to this process when the child gives none, and the
CLI build prints the same lines whichever way it ran."""

from __future__ import annotations

import os
from pathlib import Path

from drafter import api
from drafter.cli.discovery import load_config
from drafter.cli.preflight import Preflight



def _example(tmp_path: Path) -> Path:
    src = tmp_path / "例.yaml"
    text = api.new("滨江区", 2025, example=True)
    text = text.replace("今年以来，", "今年以来，到二○三五年", 1).replace("具体工作如下：", "具体工作如下：二零二五年", 1)
    src.write_text(text, encoding="utf-8")
    return src


def _finding_keys(fs) -> list[tuple]:
    return [(f.rule, f.line, f.column, f.message) for f in fs]


def test_the_child_finds_what_this_process_finds(tmp_path):
    src = _example(tmp_path)
    built = api.build(src.read_text(encoding="utf-8"), str(src))
    here = built.preflight(load_config(None, src))
    assert any(f.rule == "N008" for f in here)
    with Preflight(src, beside=True) as pre:
        assert pre._pid is not None
        pre.send(built)
        real = built.preflight
        built.preflight = lambda *_a: (_ for _ in ()).throw(AssertionError("worked out here"))
        try:
            got = pre.findings(built)
        finally:
            built.preflight = real
    assert _finding_keys(got) == _finding_keys(here)


def test_without_an_answer_from_the_child_it_is_worked_out_here(tmp_path):
    src = _example(tmp_path)
    built = api.build(src.read_text(encoding="utf-8"), str(src))
    here = built.preflight(load_config(None, src))
    with Preflight(src, beside=False) as pre:
        assert pre._pid is None
        assert _finding_keys(pre.findings(built)) == _finding_keys(here)
    with Preflight(src, beside=True) as pre:
        os.kill(pre._pid, 9)
        pre.send(built)
        assert _finding_keys(pre.findings(built)) == _finding_keys(here)


def test_a_build_that_stops_early_lets_the_child_go(tmp_path):
    """An error before the document is written (bad YAML: exit 2) closes the pipe; the child,
    whose streams are the null device, ends on its own without sending anything."""
    import time

    src = _example(tmp_path)
    pid = None
    try:
        with Preflight(src, beside=True) as pre:
            pid = pre._pid
            raise RuntimeError("YAML 有误")
    except RuntimeError:
        pass
    assert pid is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            done, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:   # already reaped by close(): it had ended
            return
        if done:
            assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
            return
        time.sleep(0.05)
    raise AssertionError("the child did not end")
