"""The body of the official document as a flow of paragraphs, each with its box for the paginator
(drafter/docx/layout.py): one method per kind of block (SPEC §5, GB/T 9704 §7).

Spacing follows the standard's 空一行 rules with empty grid lines (never two in a row, never at the
top of a page the writer starts). Pagination is in the paragraph properties: the title and headings
keep with what follows, the last two body lines, the signature and the date are one chain (7.3.5.5:
no signature page without body text), widow control everywhere."""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.core import document as D
from drafter.docx import geometry as G
from drafter.docx.fonts import FontConfig
from drafter.docx.layout import Box, count_lines
from drafter.docx.ooxml import el, text
from drafter.docx.signature import gap_lines, official_date, signature_indents
from drafter.docx.stylesheet import HEADING_STYLE, STYLES, ind, ppr, rpr
from drafter.docx.tables import table_xml
from drafter.docx.title import balance_title
from drafter.text.punct import to_fullwidth

_HEAD = G.SPEC["head"]
_ATT = G.SPEC["attachment_note"]


@dataclass
class Para:
    style: str
    runs: str
    box: Box
    props: dict[str, str] = field(default_factory=dict)
    raw: str = ""          # a table: the whole element
    body: bool = False     # a body paragraph (counts for 7.3.5.5)

    @property
    def empty(self) -> bool:
        return not self.runs and not self.raw

    def xml(self) -> str:
        if self.raw:
            return self.raw
        props = dict(self.props)
        if self.box.keep_next:
            props["keepNext"] = el("w:keepNext")
        elif self.style in STYLES and STYLES[self.style].keep_next:
            props["keepNext"] = el("w:keepNext", val=0)     # a run-in heading: a paragraph
        if self.box.page_break:
            props["pageBreakBefore"] = el("w:pageBreakBefore")
        props.setdefault("snapToGrid", el("w:snapToGrid", val=0))
        return f"<w:p>{ppr(pStyle=el('w:pStyle', val=self.style), **props)}{self.runs}</w:p>"


class Flow:
    def __init__(self, fonts: FontConfig):
        self.fonts = fonts
        self.paras: list[Para] = []
        self.break_next = False         # the next paragraph starts a new page
        self.after_rule = False         # the 版头's red rule was just drawn
        self.gaps: list[Para] = []      # the empty lines above the last signature

    def fit_one_page(self) -> None:
        """The 印发 notice stays on one page: drop empty lines above its signature (the sealed
        layout's room for the seal, beyond the one 空一行) while it would run onto a second page."""
        from drafter.docx.layout import paginate

        while len(self.gaps) > 1 and paginate([p.box for p in self.paras])[0] > 1:
            self.paras.remove(self.gaps.pop())

    # --- primitives ---------------------------------------------------------------------------
    def run(self, s: str, font_field: str, size: int = G.SIZE_BODY, color: str = "") -> str:
        s = to_fullwidth(s)
        if not s:
            return ""
        latin = self.fonts.page_number if font_field == "page_number" else self.fonts.latin
        return (f"<w:r>{rpr(getattr(self.fonts, font_field), latin, size, color)}"
                f'<w:t xml:space="preserve">{text(s)}</w:t></w:r>')

    def add(self, style: str, runs: str, count_text: str, *, keep_next: bool | None = None, left: int | None = None,
            right: int | None = None, hanging: int = 0, before: int = 0, body: bool = False,
            props: dict[str, str] | None = None, size: int | None = None, line: int | None = None) -> Para:
        st = STYLES[style]
        props = dict(props or {})
        lft = st.left if left is None else left
        rgt = st.right if right is None else right
        if right is not None or left is not None or hanging:
            props["ind"] = ind(left=lft, right=rgt, hanging=hanging) or el("w:ind", right=0)
        line_h = line or st.line
        if before or line:
            props["spacing"] = el("w:spacing", before=before, after=0, line=line_h, lineRule="exact")
        first = st.first_line_chars * G.CHAR - hanging
        lines = count_lines(to_fullwidth(count_text), size or st.size, G.TEXT_WIDTH - lft - rgt, first)
        box = Box(lines=lines, line_height=line_h, before=before,
                  keep_next=st.keep_next if keep_next is None else keep_next,
                  page_break=self.break_next)
        self.break_next = False
        p = Para(style, runs, box, props, body=body)
        self.paras.append(p)
        return p

    def simple(self, style: str, s: str, **kw) -> Para:
        st = STYLES[style]
        return self.add(style, self.run(s, st.font, st.size, st.color), s, **kw)

    def empty(self, keep_next: bool = False) -> None:
        """One empty grid line; never two in a row, never at a page top the writer makes."""
        if not self.paras or self.paras[-1].empty or self.break_next:
            return
        self.add("GwBody", "", "", keep_next=keep_next)

    def page_break(self) -> None:
        if self.paras:
            self.break_next = True

    def last_text(self) -> Para | None:
        return next((p for p in reversed(self.paras) if not p.empty), None)

    # --- 版头 (7.2) -----------------------------------------------------------------------------
    def issuer_mark(self, s: str) -> None:
        s = to_fullwidth(s.strip())
        width = max(G.text_width(s), 1.0)
        size = min(G.SIZE_MARK_MAX, int(G.TEXT_WIDTH / width / 10))        # half-points that fit
        line = round(size * 10 * _HEAD["mark_line_factor"])
        first = not self.paras or self.break_next
        before = max(0, G.mm(_HEAD["mark_top"] - _HEAD["mark_offset"])) if first else 0
        st = STYLES["GwIssuerMark"]
        self.add("GwIssuerMark", self.run(s, st.font, size, st.color), s, before=before, line=line, size=size,
                 keep_next=True)

    def doc_number(self, s: str) -> None:
        """发文字号 下空二行 under the mark, centred; the red rule 4 mm below it."""
        rule = {"val": "single", "sz": G.border_eighths(_HEAD["rule_width"]),
                "space": max(0, round(G.mm(_HEAD["rule_gap"]) / 20 - _HEAD["rule_offset_pt"])),
                "color": _HEAD["rule_color"]}
        props = {"pBdr": f"<w:pBdr>{el('w:bottom', **rule)}</w:pBdr>"}
        before = _HEAD["number_gap_lines"] * G.LINE_PITCH if self.paras else 0
        p = self.simple("GwDocNumber", s.strip(), before=before, keep_next=True, props=props)
        p.box.before += rule["space"] * 20 + rule["sz"] * 20 // 8
        self.after_rule = True

    # --- text blocks --------------------------------------------------------------------------
    def title_lines(self, s: str) -> None:
        lines = balance_title(to_fullwidth(s))
        for k, line in enumerate(lines):
            before = 0
            if k == 0 and self.after_rule:
                before = _HEAD["title_gap_lines"] * G.LINE_PITCH
                self.after_rule = False
            self.simple("GwTitle", line, before=before)

    def heading(self, b: D.Block) -> None:
        level = b.level if b.level in HEADING_STYLE else 1
        style = HEADING_STYLE[level]
        st = STYLES[style]
        full = b.text.strip()
        if b.run_in and b.body:
            if full.endswith(b.body) and len(full) > len(b.body):
                head = full[: len(full) - len(b.body)].rstrip()
            else:
                head = (b.marker + b.title).strip()
                if head and head[-1] not in "。：:；;！？":
                    head += "。"
                full = head + b.body
            runs = self.run(head, st.font) + self.run(b.body, "body")
            self.add(style, runs, full, keep_next=False, body=True)
        else:
            self.add(style, self.run(full, st.font), full)

    def paragraph(self, s: str) -> None:
        self.simple("GwBody", s, body=True)

    def attachment_notes(self, items: list[str]) -> None:
        """附件说明 (7.3.6): 正文下空一行左空二字 “附件：1.名称”; later items aligned with the first
        number, continuation lines with the first character of the name."""
        self.empty()
        label = "附件："
        left0 = _ATT["left_chars"] * G.CHAR
        numbers = []
        for s in items:
            s = to_fullwidth(s.strip())
            if s.startswith(label):
                s = s[len(label):].lstrip()
            numbers.append(s)
        name_start = left0 + G.advance(label)
        first_num = _number_prefix(numbers[0]) if numbers else ""
        for k, s in enumerate(numbers):
            num = _number_prefix(s)
            if k == 0:
                text_ = label + s
                hang = G.advance(label) + G.advance(num)
                left = left0 + hang
            else:
                text_ = s
                hang = G.advance(num)
                left = name_start + G.advance(first_num) if first_num else name_start
                left = left if num else name_start
                hang = hang if num else 0
            self.add("GwAttachNote", self.run(text_, "body"), text_, left=left, hanging=hang, body=False)

    def signature(self, names: list[str], date: str | None, sealed: bool) -> None:
        """署名 and 成文日期 in the sealed (7.3.5.1) or unsealed (7.3.5.2) layout, chained to the last
        two body lines."""
        self._chain_to_body()
        self.gaps = []
        for _ in range(gap_lines(sealed)):
            if self.paras and not self.paras[-1].empty:
                self.empty(keep_next=True)
            else:
                self.add("GwBody", "", "", keep_next=True)
            self.gaps.append(self.paras[-1])
        date_text = official_date(date) if date else ""
        widest = max(names, key=G.advance) if names else ""
        if date_text:
            sig_right, date_right = signature_indents(widest, date_text, sealed)
        else:
            sig_right, date_right = STYLES["GwSignature"].right, STYLES["GwDate"].right
        for name in names:
            own = sig_right + round((G.advance(widest) - G.advance(name)) / 2) if sealed else sig_right
            self.simple("GwSignature", name, right=own, keep_next=bool(date_text) or name != names[-1])
        if date_text:
            self.simple("GwDate", date_text, right=date_right, keep_next=False)

    def lone_date(self, date: str, sealed: bool) -> None:
        self._chain_to_body()
        self.empty(keep_next=True)
        right = signature_indents("", official_date(date), sealed)[1] if sealed else STYLES["GwDate"].right
        self.simple("GwDate", official_date(date), right=right)

    def _chain_to_body(self) -> None:
        """Keep the last two body lines with what follows (GB/T 9704 7.3.5.5)."""
        tail = [p for p in self.paras if not p.empty]
        if not tail:
            return
        last = tail[-1]
        last.box.keep_next = True
        if last.box.lines < 2 and len(tail) >= 2 and tail[-2].body:
            tail[-2].box.keep_next = True
        for p in reversed(self.paras):
            if not p.empty:
                break
            p.box.keep_next = True

    def table(self, table: D.Table) -> None:
        if table.caption:
            self.simple("GwTableCaption", table.caption)
        xml, box = table_xml(table, self.run)
        box.page_break = self.break_next
        self.break_next = False
        self.paras.append(Para("", "", box, raw=xml))


def _number_prefix(s: str) -> str:
    """`1.名称` → `1.`; `（1）名称` → ""."""
    k = 0
    while k < len(s) and s[k].isdigit():
        k += 1
    if k and k < len(s) and s[k] in ".．、":
        return s[: k + 1]
    return ""
