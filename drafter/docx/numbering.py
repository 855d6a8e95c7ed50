"""Word's automatic numbering made visible: the label ("一、", "（一）", "1." …) a numbered paragraph
shows, counted the way Word counts while the paragraphs are read in order."""

from __future__ import annotations

import re

from drafter.text.numerals import to_chinese

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _fmt_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional",
               "japaneseCounting", "taiwaneseCounting", "chineseLegalSimplified"):
        return to_chinese(n)
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x245F + n)
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class Numbering:
    """Tracks counters of Word's automatic numbering while walking the paragraphs."""

    def __init__(self, doc):
        """`doc`: an open python-docx Document."""
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.num_to_abs: dict[str, str] = {}
        self.overrides: dict[tuple[str, int], int] = {}
        self.counters: dict[str, dict[int, int]] = {}
        try:
            part = doc.part.numbering_part
        except (NotImplementedError, KeyError, AttributeError):
            return
        root = part.element
        for absn in root.findall(f"{W}abstractNum"):
            aid = absn.get(f"{W}abstractNumId")
            for lvl in absn.findall(f"{W}lvl"):
                ilvl = int(lvl.get(f"{W}ilvl", "0"))
                fmt_el = lvl.find(f"{W}numFmt")
                txt_el = lvl.find(f"{W}lvlText")
                start_el = lvl.find(f"{W}start")
                self.levels[(aid, ilvl)] = (
                    fmt_el.get(f"{W}val") if fmt_el is not None else "decimal",
                    txt_el.get(f"{W}val") if txt_el is not None else "",
                    int(start_el.get(f"{W}val")) if start_el is not None else 1,
                )
        for num in root.findall(f"{W}num"):
            nid = num.get(f"{W}numId")
            abs_el = num.find(f"{W}abstractNumId")
            if abs_el is not None:
                self.num_to_abs[nid] = abs_el.get(f"{W}val")
            for ov in num.findall(f"{W}lvlOverride"):
                so = ov.find(f"{W}startOverride")
                if so is not None:
                    self.overrides[(nid, int(ov.get(f"{W}ilvl", "0")))] = int(so.get(f"{W}val"))

    def label(self, num_id: str, ilvl: int) -> str:
        aid = self.num_to_abs.get(num_id)
        if aid is None or num_id == "0":
            return ""
        counters = self.counters.setdefault(aid, {})
        fmt, text, start = self.levels.get((aid, ilvl), ("decimal", f"%{ilvl + 1}.", 1))
        start = self.overrides.get((num_id, ilvl), start)
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]

        def sub(m: re.Match) -> str:
            lv = int(m.group(1)) - 1
            lv_fmt = self.levels.get((aid, lv), ("decimal", "", 1))[0]
            return _fmt_number(counters.get(lv, self.levels.get((aid, lv), ("", "", 1))[2]), lv_fmt)

        return re.sub(r"%(\d)", sub, text)


def num_pr(p, styles_by_id) -> tuple[str, int] | None:
    """(numId, ilvl) of a w:p element's automatic numbering, from its own properties or its
    style chain; None when it has none."""
    ppr = p.find(f"{W}pPr")
    node = ppr.find(f"{W}numPr") if ppr is not None else None
    ps = ppr.find(f"{W}pStyle") if ppr is not None else None
    style_id = ps.get(f"{W}val") if ps is not None else None
    seen: set[str] = set()
    while node is None and style_id and style_id not in seen:   # a basedOn cycle ends the walk
        seen.add(style_id)
        st = styles_by_id.get(style_id)
        if st is None:
            break
        sppr = st.find(f"{W}pPr")
        node = sppr.find(f"{W}numPr") if sppr is not None else None
        based = st.find(f"{W}basedOn")
        style_id = based.get(f"{W}val") if based is not None else None
    if node is None:
        return None
    nid = node.find(f"{W}numId")
    lvl = node.find(f"{W}ilvl")
    if nid is None:
        return None
    return nid.get(f"{W}val"), int(lvl.get(f"{W}val")) if lvl is not None else 0
