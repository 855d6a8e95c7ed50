"""Data compiled lazily is still checked: every guard of the typo dictionary is a valid pattern
(the lint run compiles a guard only when its word is found)."""

from __future__ import annotations

from drafter.lint.typos import read_typos


def test_every_typo_guard_compiles():
    entries = read_typos()
    guarded = [e for e in entries if e.before_source or e.after_source]
    assert guarded
    for e in guarded:
        assert (e.before is not None) == bool(e.before_source), e.wrong
        assert (e.after is not None) == bool(e.after_source), e.wrong
