"""Where the CLI finds a bureau's own files (SPEC §3): `phrasebank/` and `drafter.toml` are looked
for beside the input file and in the folders above it, then in the current folder; the same input
gives the same output from any folder. The library (drafter.api) never looks anywhere itself: the
CLI finds these and hands them over."""

from __future__ import annotations

from pathlib import Path


def _folders(start: str | Path | None):
    seen: set[Path] = set()
    chain: list[Path] = []
    if start is not None:
        here = Path(start).resolve()
        if not here.is_dir():
            here = here.parent
        chain += [here, *here.parents]
    chain.append(Path.cwd().resolve())
    for folder in chain:
        if folder not in seen:
            seen.add(folder)
            yield folder


def find_bank(start: str | Path | None = None) -> Path | None:
    """The nearest `phrasebank/` (one holding phrases.json) beside `start` or above it, else in the
    current folder; None: use the built-in bank."""
    for folder in _folders(start):
        cand = folder / "phrasebank"
        if (cand / "phrases.json").is_file():
            return cand
    return None


def find_config(start: str | Path | None = None) -> Path | None:
    """The nearest drafter.toml (or pyproject.toml with [tool.drafter]) beside `start` or above it,
    else from the current folder up."""
    from drafter.lint.config import find_config as up_from
    if start is not None:
        found = up_from(Path(start).resolve().parent if Path(start).is_file() or not Path(start).is_dir()
                        else Path(start).resolve())
        if found is not None:
            return found
    return up_from(Path.cwd())


def load_config(explicit: str | None, start: str | Path | None):
    """The lint Config: --config, else the one found by `find_config`, else the defaults."""
    from drafter.lint.config import Config, load_config as read
    if explicit:
        return read(explicit)
    found = find_config(start)
    return read(str(found)) if found else Config()


def bank_for(start: str | Path | None):
    """A context manager: drafting and lint in it use the bank `find_bank(start)` finds."""
    from drafter.core.resources import use_bank
    return use_bank(find_bank(start))
