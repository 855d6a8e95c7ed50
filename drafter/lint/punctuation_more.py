"""More punctuation (GB/T 15834-2011), warnings:

P030  the wrong connector: a telephone number joined with a dash (0571—86701234: 短横线 “-”,
      4.13.3.1) and a range of years with a doubled dash (2023——2027年: 一字线 “—”, 4.13.3.2).
P031  a stop inside the closing quote of a quoted phrase that is part of the sentence
      (努力实现“矛盾不上交、服务不缺位。”: the stop goes after the quote, 4.1.3 / 4.8.3.2).
P032  single quotes ‘’ at the outer level (‘八五’普法: the outer quotes are “”, 4.8.3.3).

Each scan starts at a rare mark and looks at a bounded window, so it is linear."""

from __future__ import annotations


from drafter.lint.context import Context, Hit, positions
from drafter.lint.lexicon import LazyPattern
from drafter.lint.registry import rule

RE_PHONE = LazyPattern(r"(?<![\d.])(?P<a>0\d{2,3}|400|800)(?P<d>—{1,2}|－|–|~|～)(?P<b>\d{7,8})(?!\d)")
RE_YEARS = LazyPattern(r"(?<!\d)(?P<a>(?:19|20)\d{2})(?:年)?(?P<d>——|－－|--|—－|－—)(?P<b>(?:19|20)\d{2})(?!\d)")


@rule("P030")
def connector_form(ctx: Context):
    """0571—86701234 → 0571-86701234; 2023——2027年 → 2023—2027年."""
    text = ctx.text
    last = -1
    for p in positions(text, "—－–~～-"):
        if p <= last:
            continue
        for rx, want, variant in ((RE_PHONE, "-", ""), (RE_YEARS, "—", "years")):
            m = rx.search(text, max(0, p - 5), min(len(text), p + 12))
            if m is not None and m.start("d") == p:
                if variant == "" and m.group("d") == "-":
                    continue
                last = m.end("d")
                yield Hit("P030", p, m.end("d") - p, None,
                          {"found": m.group(), "expected": m.group("a") + want + m.group("b")}, variant=variant)
                break


QUOTED_MAX = 40          # the longest quoted phrase looked at
SPEECH = set("：:“‘\n")   # a quote after a colon (or opening a line) is a whole quotation: its stop is inside


@rule("P031")
def stop_inside_phrase_quote(ctx: Context):
    """实现“矛盾不上交、服务不缺位。”: the quoted phrase is part of the sentence; the stop goes after it."""
    text = ctx.text
    for p in positions(text, "”"):
        if p < 2 or text[p - 1] not in "。" or (p + 1 < len(text) and text[p + 1] not in "\n \u3000"):
            continue   # words after the quote (“……。”的): P022's
        o = text.rfind("“", max(0, p - QUOTED_MAX), p)
        if o <= 0 or "”" in text[o + 1:p] or text[o - 1] in SPEECH or text[o - 1].isspace():
            continue
        inner = text[o + 1:p - 1]
        if any(c in inner for c in "。！？；：") or not ("\u4e00" <= text[o - 1] <= "\u9fff"):
            continue   # a quotation of whole sentences keeps its stops
        yield Hit("P031", p - 1, 2, None, {"found": text[o:p + 1], "expected": text[o:p - 1] + "”。"})


@rule("P032")
def single_quotes_outside(ctx: Context):
    """‘八五’普法 at the outer level: single quotes belong inside double ones."""
    text = ctx.text
    depth_open = -1   # offset of the last unclosed “ on this line, or -1
    line_start = 0
    for p in positions(text, "“”‘\n"):
        c = text[p]
        if c == "\n":
            depth_open, line_start = -1, p + 1
        elif c == "“":
            depth_open = p
        elif c == "”":
            depth_open = -1
        elif depth_open < 0:
            close = text.find("’", p + 1, min(len(text), p + 30))
            if close > 0 and "\n" not in text[p:close]:
                yield Hit("P032", p, close + 1 - p, None,
                          {"found": text[p:close + 1], "expected": "“" + text[p + 1:close] + "”"})
