"""Run the drafter CLI inside the test process: the same entry point (`drafter.cli.util.run`, which
turns every error into exit 2 and a bug into exit 3), without paying for a new interpreter per
call. Used where a table of hundreds of cases would otherwise take minutes; every table also has
a few subprocess runs (conftest.run_cli) to show the real command behaves the same."""

from __future__ import annotations

import io
import os
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def run_inproc(*args: str, cwd: str | os.PathLike | None = None) -> Result:
    from drafter.cli import cli
    from drafter.cli.util import run

    out, err = io.StringIO(), io.StringIO()
    old = os.getcwd()
    debug = os.environ.pop("DRAFTER_DEBUG", None)
    code: int | str | None = 0
    try:
        if cwd is not None:
            os.chdir(cwd)
        with redirect_stdout(out), redirect_stderr(err):
            try:
                run(cli, [str(a) for a in args])
            except SystemExit as exc:
                code = exc.code
    finally:
        os.chdir(old)
        if debug is not None:
            os.environ["DRAFTER_DEBUG"] = debug
    if code is None:
        code = 0
    return Result(int(code) if isinstance(code, int) else 1, out.getvalue(), err.getvalue())
