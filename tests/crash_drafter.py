"""Run the drafter CLI with its output writes sabotaged, to show what a crash midway leaves behind.

    python tests/crash_drafter.py MODE N drafter-args...

MODE says where the N-th output write (counted over drafter.cli.atomic's writes; 1-based) breaks:
  replace    the temporary file is complete, then the rename raises KeyboardInterrupt (Ctrl-C)
  diskfull   fsync raises OSError(ENOSPC) — the disk filled up while writing
  kill       half of the data is written, then the process dies at once (os._exit: no cleanup,
             no finally blocks — what a power cut or `kill -9` does)
"""

from __future__ import annotations

import errno
import os
import sys


def main() -> None:
    mode, nth, args = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    count = {"n": 0}
    real_replace, real_fsync, real_fdopen = os.replace, os.fsync, os.fdopen

    def hit() -> bool:
        if sys._getframe(2).f_globals.get("__name__") != "drafter.cli.atomic":
            return False  # only drafter's own output writes count
        count["n"] += 1
        return count["n"] == nth

    if mode == "replace":
        def replace(src, dst, *a, **k):
            if hit():
                raise KeyboardInterrupt
            return real_replace(src, dst, *a, **k)
        os.replace = replace
    elif mode == "diskfull":
        def fsync(fd):
            if hit():
                raise OSError(errno.ENOSPC, "No space left on device")
            return real_fsync(fd)
        os.fsync = fsync
    elif mode == "kill":
        class Dying:
            def __init__(self, fh):
                self.fh = fh

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.fh.close()

            def write(self, data):
                self.fh.write(data[: len(data) // 2])
                self.fh.flush()
                os._exit(9)

            def __getattr__(self, name):
                return getattr(self.fh, name)

        def fdopen(fd, *a, **k):
            fh = real_fdopen(fd, *a, **k)
            return Dying(fh) if hit() else fh
        os.fdopen = fdopen
    else:
        raise SystemExit(f"unknown mode {mode}")
    from drafter.cli import cli
    from drafter.cli.util import run
    run(cli, args)


if __name__ == "__main__":
    main()
