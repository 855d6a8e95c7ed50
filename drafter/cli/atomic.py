"""Atomic output: write to a temporary file in the same folder, then rename over the target.
A crash midway never leaves a half-written or clobbered file."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from drafter.core.errors import InputError, describe_os_error


WRITE_BITS = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


def is_read_only(path: str | os.PathLike) -> bool:
    """True when `path` (an existing file or folder) is read-only: its mode has no write bit at all
    (decided by the mode, so that it holds for root too, whom the system lets write anyway), or
    this user may not write it."""
    mode = os.stat(path).st_mode
    return not mode & WRITE_BITS or not os.access(path, os.W_OK)


def refuse_read_only(path: str | os.PathLike, what: str = "文件") -> None:
    """InputError when `path` exists and is read-only: a read-only file is never replaced,
    --force or --in-place notwithstanding (SPEC §3)."""
    p = Path(path)
    if p.exists() and not p.is_dir() and is_read_only(p):
        raise InputError(f"{what}是只读的，不会替换它（--force 也不行）", str(p),
                         hint="如确需替换，请先取消该文件的只读属性，或用 -o 另指定文件名")


def check_writable(path: str | os.PathLike, force: bool) -> Path:
    """Refuse to overwrite an existing file unless force; refuse a read-only file (even with force),
    a read-only folder, folders and missing parents. Messages name the target, never a temporary file."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("输出路径是一个文件夹，请指定文件名", str(p))
        if p.exists():
            refuse_read_only(p, "输出文件")
            if not force:
                raise InputError("输出文件已存在，未覆盖（如需覆盖请加 --force）", str(p))
        parent = p.parent
        if not parent.exists():
            raise InputError(f"输出文件夹不存在：{parent}", str(p))
        if not parent.is_dir():
            raise InputError(f"输出路径有误：{parent} 是一个文件，不是文件夹", str(p))
        if is_read_only(parent):
            raise InputError(f"输出文件夹 {parent.resolve()} 是只读的，无法在其中写入", str(p),
                             hint="请用 -o 把输出写到可以写入的文件夹")
    except OSError as exc:  # e.g. a parent folder we may not enter
        raise InputError(f"无法写入：{describe_os_error(exc)}", str(p)) from None
    return p


def _stage(p: Path, data: bytes) -> str:
    """Write `data` to a new temporary file beside `p` (flushed to disk); return its path."""
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=str(p.parent))
    try:
        umask = os.umask(0)
        os.umask(umask)
        if p.exists():  # keep an overwritten file's permissions; new files get the usual 0666 & ~umask
            os.chmod(tmp, p.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as fh:
            fd = None
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        if fd is not None:
            os.close(fd)
        os.unlink(tmp)
        raise
    return tmp


def write_files(files: dict, force: bool = False) -> list[Path]:
    """Write several files as one: every file is first written to a temporary file; only when all
    of them are complete are they renamed over their targets. A failure before that leaves every
    target as it was (used for sets of files that belong together, e.g. a phrase bank)."""
    targets = [(check_writable(path, force), data) for path, data in files.items()]
    staged: list[tuple[str, Path]] = []
    current = targets[0][0] if targets else None
    try:
        for p, data in targets:
            current = p
            staged.append((_stage(p, data if isinstance(data, bytes) else data.encode("utf-8")), p))
        for p, _data in targets:
            if p.exists() and not force:  # re-check: someone created it meanwhile
                raise InputError("输出文件已存在，未覆盖（如需覆盖请加 --force）", str(p))
        while staged:
            tmp, p = staged[0]
            current = p
            os.replace(tmp, p)
            staged.pop(0)
    except PermissionError:  # name the target, not the temporary file beside it
        raise InputError(f"没有写入权限，无法写入 {current}", str(current)) from None
    except OSError as exc:
        raise InputError(f"写入失败：{describe_os_error(exc)}", str(current)) from None
    finally:
        for tmp, _p in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return [p for p, _data in targets]


def write_bytes(path: str | os.PathLike, data: bytes, force: bool = False) -> Path:
    """Write one file atomically: a temporary file in the same folder, then a rename."""
    return write_files({path: data}, force)[0]


def write_text(path: str | os.PathLike, text: str, force: bool = False) -> Path:
    return write_bytes(path, text.encode("utf-8"), force=force)
