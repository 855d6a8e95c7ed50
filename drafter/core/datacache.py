"""A disk cache for tables built from drafter's own data files (parsed TOML, word indexes), so a
short-lived process does not parse the same files on every run.

An entry is keyed by a hash of what it is built from (the data file's bytes, or several files'),
the table's kind, drafter's version and Python's; it is stored with `marshal` (plain data only:
dicts, lists, strings, numbers) and written atomically. A value marshal cannot hold (a TOML date)
is simply not cached. Never a lint result: only tables derived from shipped data.

Where: $DRAFTER_CACHE_DIR, else $XDG_CACHE_HOME/drafter, else ~/.cache/drafter
(DRAFTER_CACHE_DIR=off turns the cache off). A missing, read-only or full cache directory, or a
damaged entry, only means the table is built again: the cache never makes anything fail."""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")

_DIR: list = []   # [Path | None] once looked up


def cache_dir() -> Path | None:
    """The folder for this drafter version's entries (None when the cache is off)."""
    if not _DIR:
        env = os.environ.get("DRAFTER_CACHE_DIR")
        if env is not None and env.strip().lower() in ("", "0", "off", "no", "none"):
            _DIR.append(None)
        else:
            base = Path(env) if env else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "drafter"
            from drafter import __version__
            _DIR.append(base / f"data-{__version__}-py{sys.version_info[0]}{sys.version_info[1]}")
    return _DIR[0]


def key(label: str, *parts: bytes) -> str:
    """The entry name for the table `label` (e.g. toml.rules) built from `parts` (e.g. the bytes of
    data files): `label` then a hash of the parts. A new entry replaces older ones of its label."""
    h = hashlib.blake2b(label.encode("utf-8"), digest_size=20)
    for p in parts:
        h.update(len(p).to_bytes(8, "little"))
        h.update(p)
    return f"{label}@{h.hexdigest()}"


def cached(name: str, build: Callable[[], T]) -> T:
    """The table stored under `name` (from `key`), else `build()` — stored for the next process when
    it is plain data and the cache folder is writable."""
    folder = cache_dir()
    path = folder / f"{name}.marshal" if folder is not None else None
    if path is not None:
        try:
            return marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            pass
    value = build()
    if path is not None:
        try:
            data = marshal.dumps(value)
        except ValueError:   # not plain data (a datetime): not cached
            return value
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(data)
            os.replace(tmp, path)
            for old in folder.glob(f"{name.split('@')[0]}@*.marshal"):
                if old.name != path.name:
                    old.unlink(missing_ok=True)
        except OSError:
            try:
                tmp.unlink()
            except OSError:
                pass
    return value


def toml_file(path: Path, label: str) -> dict:
    """A TOML data file, parsed once per content (tomllib is imported only on a miss); `label`
    names it in the cache (e.g. its path under drafter/data)."""
    raw = path.read_bytes()

    def parse() -> dict:
        import tomllib
        return tomllib.loads(raw.decode("utf-8"))

    return cached(key("toml." + label.replace("/", "."), raw), parse)


def files_table(label: str, paths, build: Callable[[], T], code_of: str | None = None) -> T:
    """`build()` (plain data) cached under `label`, keyed by the bytes of the data files `paths` it
    is built from and, with `code_of` (a module's __file__), the source of the code that builds
    it: an edited data file or builder is never answered with an old table."""
    parts = [Path(p).read_bytes() for p in paths]
    if code_of:
        try:
            parts.append(Path(code_of).read_bytes())
        except OSError:   # no source next to the module: no safe key, so no cache
            return build()
    return cached(key(label, *parts), build)

