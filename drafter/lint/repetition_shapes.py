"""Repetition of a clause or a connective (warnings):

D012  a clause that repeats the end of the clause before it (……纠错率为15.5%，纠错率为15.5%，): a
      paste twice (a clause repeated whole is D004's).
D013  one connective opening two adjacent sentences (同时，……。同时，……), or two adjacent paragraphs
      (同时，……。\n同时，……): the second is redundant.

Both compare a clause or a sentence opening only with the one just before it, so they are linear."""

from __future__ import annotations

from drafter.lint.context import Context, Hit, positions
from drafter.lint.registry import rule

CLAUSE_MIN = 4      # a shorter repeated clause (是的，是的) is not reported
CLAUSE_MAX = 40
CONNECTIVES = ("同时", "此外", "另外", "与此同时", "因此", "但是", "然而", "所以", "总之", "其次", "另一方面", "于是", "而且",
               "并且", "不过", "可见", "对此", "为此", "由此", "首先", "最后")
# the connectives that cannot open two adjacent paragraphs either (同时，……。\n同时，……)
LINE_CONNECTIVES = ("同时", "此外", "另外", "与此同时", "其次", "另一方面", "首先", "最后", "总之")
# the connectives by their first character, each group in CONNECTIVES order (the first that fits wins)
_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _w in CONNECTIVES:
    _BY_FIRST[_w[0]] = _BY_FIRST.get(_w[0], ()) + (_w,)


@rule("D012")
def clause_repeated(ctx: Context):
    """纠错率为15.5%，纠错率为15.5%，: the same clause twice in a row."""
    text = ctx.text
    prev_start = -1
    prev_end = -1
    for p in positions(text, "，,；。！？\n"):
        start = prev_end + 1
        n = p - start
        if prev_start >= 0 and CLAUSE_MIN <= n <= CLAUSE_MAX and n < prev_end - prev_start \
                and text[prev_end] in "，," and text.startswith(text[start:p], prev_end - n):
            # the clause repeats the end of the one before (……纠错率为15.5%，纠错率为15.5%); a clause
            # repeated whole is D004's
            yield Hit("D012", prev_end - n, p - (prev_end - n), None, {"found": text[start:p]})
        prev_start, prev_end = start, p


@rule("D013")
def connective_twice(ctx: Context):
    """同时，……。同时，……: the same connective opens the next sentence too (or the next paragraph, for
    the connectives of LINE_CONNECTIVES; a heading or an empty line between ends the run)."""
    text = ctx.text
    prev = None
    line_first = None   # the connective opening the line just before (同时，……。\n同时，……)
    first = None
    start = 0
    for p in positions(text, "。！？\n"):
        k = start
        while k < p and text[k] in " \u3000\t":
            k += 1
        word = next((w for w in _BY_FIRST.get(text[k:k + 1], ()) if text.startswith(w, k)
                     and text[k + len(w):k + len(w) + 1] in "，,"), None)
        opens_line = start == 0 or text[start - 1] == "\n"
        if opens_line:
            line_first, first = first, word
        if word is not None and (word == prev if not opens_line else word == line_first and word in LINE_CONNECTIVES):
            yield Hit("D013", k, len(word) + 1, None, {"found": word + "，"})
        prev = word if text[p] != "\n" else None
        start = p + 1
