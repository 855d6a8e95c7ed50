"""Where drafter's data lives: built-in data files, templates and the phrase bank.

Installed, `templates/` and `phrasebank/` are inside the package (drafter/templates,
drafter/phrasebank); in a source checkout they sit beside the package.

The phrase bank in use is the built-in one unless a caller chose another with `use_bank(folder)`
(a context manager; per thread and per asyncio task). Nothing here looks at the current folder:
finding a bureau's own `phrasebank/` beside the input file (SPEC §3) is the front end's job
(drafter/cli/discovery.py)."""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
from pathlib import Path

from drafter.core.datacache import toml_file

PACKAGE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = PACKAGE_DIR / "data"


def _bundled(name: str) -> Path:
    inside = PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return PACKAGE_DIR.parent / name


def templates_dir() -> Path:
    return _bundled("templates")


def docs_dir() -> Path:
    """The manual (docs/*.md), installed inside the package as drafter/docs."""
    return _bundled("docs")


def builtin_phrasebank_dir() -> Path:
    return _bundled("phrasebank")


_BANK: contextvars.ContextVar[Path | None] = contextvars.ContextVar("drafter_phrasebank", default=None)


def phrasebank_dir(explicit: str | None = None) -> Path:
    """The phrase bank in use: `explicit`, else the one chosen with `use_bank`, else the built-in."""
    if explicit:
        return Path(explicit)
    return _BANK.get() or builtin_phrasebank_dir()


@contextlib.contextmanager
def use_bank(folder: str | Path | None):
    """Draft, build and lint with the phrase bank in `folder` (None: the built-in one)."""
    token = _BANK.set(Path(folder) if folder else None)
    try:
        yield
    finally:
        _BANK.reset(token)


@functools.cache
def load_toml(name: str) -> dict:
    """A data file under drafter/data, parsed (once per process; across processes through the
    data cache, keyed by the file's content)."""
    return toml_file(DATA_DIR / name, name)


@functools.cache
def role_patterns() -> tuple[list[tuple[str, re.Pattern]], dict[str, list[re.Pattern]]]:
    data = load_toml("section_roles.toml")
    heading = [(role, re.compile("|".join(spec["heading"]))) for role, spec in data["roles"].items()]
    turns = {role: [re.compile(p) for p in pats] for role, pats in data.get("turns", {}).items()}
    return heading, turns


@functools.cache
def kinds() -> dict[str, dict]:
    """The document kinds, one data file each (data/kinds/<kind>.toml), in detection order.

    A sixth kind is one more file there (and, only where its layout really differs, a template)."""
    specs = {}
    for path in sorted((DATA_DIR / "kinds").glob("*.toml")):
        specs[path.stem] = toml_file(path, f"kinds/{path.name}")
    return dict(sorted(specs.items(), key=lambda kv: (kv[1].get("order", 99), kv[0])))


def role_names() -> dict[str, str]:
    data = load_toml("section_roles.toml")
    names = {role: spec["name"] for role, spec in data["roles"].items()}
    names.update({"opening": "开头", "transition": "过渡", "closing": "结尾", "other": "其他"})
    return names


def bank_file(name: str) -> dict:
    """A file of the phrase bank in use (phrases.json, structure.json), read leniently: drafting
    and lint only take suggestions from it. A missing file gives {}; a damaged one gives one
    warning on standard error (once per file, the same for `new`, `build` and `lint`) and the
    built-in bank's file instead (the `phrases` command reads it strictly through
    drafter.mining.bank.load)."""
    path = phrasebank_dir() / name
    try:
        stat = path.stat()
    except OSError:
        return {}
    data, problem = _read_json(str(path), stat.st_mtime_ns, stat.st_size)
    if problem is None:
        return data
    _warn_once(str(path), f"警告：{path}：表述库文件已损坏（{problem}），已改用内置表述库；"
                          f"请用 drafter mine 重新生成或修复该文件")
    builtin = builtin_phrasebank_dir() / name
    if builtin.resolve() == path.resolve():
        return {}
    try:
        bstat = builtin.stat()
    except OSError:
        return {}
    return _read_json(str(builtin), bstat.st_mtime_ns, bstat.st_size)[0]


_WARNED: set[str] = set()


def _warn_once(key: str, message: str) -> None:
    import sys
    if key in _WARNED:
        return
    _WARNED.add(key)
    try:
        print(message, file=sys.stderr)
    except (OSError, ValueError):
        pass


@functools.cache
def _read_json(path: str, _mtime: int, _size: int) -> tuple[dict, str | None]:
    """(data, None), or ({}, what is wrong) for a file that is not a JSON object."""
    import json
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except json.JSONDecodeError as exc:
        return {}, f"第{exc.lineno}行第{exc.colno}列不是有效的 JSON"
    except UnicodeDecodeError:
        return {}, "不是 UTF-8 编码"
    except (OSError, ValueError) as exc:
        return {}, exc.__class__.__name__
    if not isinstance(data, dict):
        return {}, "内容不是 JSON 对象"
    return data, None
