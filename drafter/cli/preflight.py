"""build's preflight (the lint errors of what was written) started beside the build.

Most of the preflight's time is the lint rules' start-up (importing the rule modules, compiling
their patterns), which does not depend on the report. So `Preflight(src)` forks a child at once (when a processor is idle)
that loads the lint configuration found for `src` and warms the error rules on a short sample,
while this process reads the YAML, renders it and writes the file; `send(built)` hands the child
the document that was written, and `findings()` waits for its errors. The findings are the ones
`Built.preflight` gives in this process — the child runs that very method — and whenever the
child cannot give them (no fork on this system, the child failed or died, the configuration
is bad), `findings()` works them out here, so errors and their messages are the same either way.

The child never writes to the terminal: its standard streams go to the null device at once, so a
build that stops early (bad YAML, exit 2) neither waits for it nor gets output from it; it ends on
its own when this process closes the pipe."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

# a few lines in the shapes the error rules look at (numbers, marks, quotes, headings), linted once
# in the child so its patterns are compiled before the real document arrives
_WARM = ("一、总体情况\n2024年，全区共办理案件1,234件，同比增长12.5%，“法治政府”建设取得新成效。\n"
         "（一）加强组织领导。坚持依法行政；推进《条例》落实，第一、二季度完成3项任务！\n")


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        b = os.read(fd, 1 << 16)
        if not b:
            return b"".join(chunks)
        chunks.append(b)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _child(src: Path, doc_r: int, out_w: int) -> None:
    """In the forked child: warm up, wait for the document, lint it, send the errors back."""
    from drafter.api.drafting import Built
    from drafter.cli.discovery import load_config
    from drafter.core.outline import parse_text

    config = load_config(None, src)
    warm = Built.__new__(Built)
    warm.document = parse_text(_WARM)
    Built.preflight(warm, config)
    data = _read_all(doc_r)
    if not data:
        return   # the build stopped before writing anything
    built = Built.__new__(Built)
    built.document = pickle.loads(data)
    _write_all(out_w, pickle.dumps(Built.preflight(built, config)))


def _idle_cpu() -> bool:
    """Whether a processor is free for the child (the 1-minute load leaves one idle): on a busy
    machine the child would only compete with this process and slow the build down."""
    try:
        return os.getloadavg()[0] < (os.cpu_count() or 1) - 0.5
    except (AttributeError, OSError):
        return False


class Preflight:
    def __init__(self, src: Path, beside: bool | None = None) -> None:
        """`beside`: fork the child (True), work in this process (False), or fork when a processor
        is idle (None)."""
        self.src = src
        self._pid = None
        if beside is None:
            beside = _idle_cpu()
        if not beside or not hasattr(os, "fork"):
            return
        doc_r, doc_w = os.pipe()
        out_r, out_w = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            for fd in (doc_r, doc_w, out_r, out_w):
                os.close(fd)
            return
        if pid == 0:   # the child
            code = 0
            try:
                os.close(doc_w)
                os.close(out_r)
                null = os.open(os.devnull, os.O_RDWR)
                for fd in (0, 1, 2):
                    os.dup2(null, fd)
                _child(src, doc_r, out_w)
            except BaseException:   # noqa: BLE001 - the parent works the findings out itself
                code = 1
            finally:
                os._exit(code)
        os.close(doc_r)
        os.close(out_w)
        self._pid, self._doc_w, self._out_r = pid, doc_w, out_r

    def __enter__(self) -> "Preflight":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Let the child go (it ends when it sees the pipe closed) and reap it."""
        if self._pid is None:
            return
        for fd in (self._doc_w, self._out_r):
            if fd != -1:
                os.close(fd)
        try:
            os.waitpid(self._pid, os.WNOHANG)
        except OSError:
            pass
        self._pid = None

    def send(self, built) -> None:
        """Hand the child the document that was written."""
        if self._pid is None:
            return
        try:
            _write_all(self._doc_w, pickle.dumps(built.document))
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            pass
        finally:
            os.close(self._doc_w)
            self._doc_w = -1

    def findings(self, built) -> list:
        """The lint errors of what was written (`Built.preflight` with the configuration found)."""
        result = None
        if self._pid is not None:
            if self._doc_w != -1:
                os.close(self._doc_w)
                self._doc_w = -1
            try:
                data = _read_all(self._out_r)
                result = pickle.loads(data) if data else None
            except Exception:   # noqa: BLE001 - a damaged answer: worked out here instead
                result = None
            os.close(self._out_r)
            self._out_r = -1
            try:
                os.waitpid(self._pid, 0)
            except OSError:
                pass
            self._pid = None
        if result is None:
            from drafter.cli.discovery import load_config
            result = built.preflight(load_config(None, self.src))
        return result
