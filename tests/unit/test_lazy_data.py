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


def test_typos_reported_by_other_rules_are_found_in_one_batch_as_word_by_word():
    # F010 leaves to F004/F005 the wrong forms they report: one scan of all the words at once must
    # give the same set as scanning each word alone (no match or guard window across two words)
    from drafter.lint import typos
    words = sorted({e.wrong for e in typos.read_typos()})
    alone = {w for w in words if typos.reported_elsewhere([w])}
    assert alone and typos.reported_elsewhere(words) == alone
