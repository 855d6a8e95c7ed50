"""One function run beside the caller, in a forked child process, for the parts of mining that do
not depend on each other (the template search while the parent merges phrases and finds formulas).

The child inherits the caller's memory (nothing is pickled on the way in); its value comes back
pickled through a pipe. Where fork is not available, or one worker was asked for, the function just
runs in the caller when its value is asked for. An exception in the child is raised again in the
caller; a child that dies without a value (killed) is replaced by running the function here, so the
value, and what mine writes, never depends on which way it ran."""

from __future__ import annotations

import multiprocessing
from typing import Any, Callable


def _child(send, fn: Callable, args: tuple) -> None:
    try:
        value = ("ok", fn(*args))
    except BaseException as exc:   # noqa: BLE001 - handed to the parent, which raises it
        value = ("error", exc)
    try:
        send.send(value)
    finally:
        send.close()


def beside(fn: Callable[..., Any], *args, parallel: bool = True) -> Callable[[], Any]:
    """Start `fn(*args)` in a forked child (when `parallel` and fork exist); returns a function that
    waits for it and gives its value."""
    if not parallel or "fork" not in multiprocessing.get_all_start_methods():
        return lambda: fn(*args)
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(send, fn, args), daemon=True)
    proc.start()
    send.close()

    def wait() -> Any:
        try:
            status, value = recv.recv()
        except (EOFError, OSError):
            status, value = "lost", None
        finally:
            recv.close()
            proc.join()
        if status == "ok":
            return value
        if status == "error":
            raise value
        return fn(*args)

    return wait
