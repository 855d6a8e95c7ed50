"""Atomic output: write to a temporary file in the same folder, then rename over the target.
A crash midway never leaves a half-written or clobbered file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from drafter.errors import InputError


def check_writable(path: str | os.PathLike, force: bool) -> Path:
    """Refuse to overwrite an existing file unless force; refuse folders and missing parents."""
    p = Path(path)
    if p.is_dir():
        raise InputError("输出路径是一个文件夹，请指定文件名", str(p))
    if p.exists() and not force:
        raise InputError("输出文件已存在，未覆盖（如需覆盖请加 --force）", str(p))
    if not p.parent.exists():
        raise InputError(f"输出文件夹不存在：{p.parent}", str(p))
    return p


def write_bytes(path: str | os.PathLike, data: bytes, force: bool = False) -> Path:
    p = check_writable(path, force)
    fd, tmp = None, None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=str(p.parent))
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
        if p.exists() and not force:  # re-check: someone created it meanwhile
            raise InputError("输出文件已存在，未覆盖（如需覆盖请加 --force）", str(p))
        os.replace(tmp, p)
        tmp = None
    except PermissionError as exc:
        raise InputError(f"没有写入权限：{exc.filename or p}", str(p)) from None
    except OSError as exc:
        raise InputError(f"写入失败：{exc.strerror or exc}", str(p)) from None
    finally:
        if fd is not None:
            os.close(fd)
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
    return p


def write_text(path: str | os.PathLike, text: str, force: bool = False) -> Path:
    return write_bytes(path, text.encode("utf-8"), force=force)
