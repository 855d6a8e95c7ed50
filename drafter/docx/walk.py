"""A .docx in reading order: every paragraph a person sees, one line each (SPEC §3).

Order: body paragraphs and the paragraphs inside table cells in document order; the paragraphs of a
text box right after the paragraph that anchors it; then footnotes (in the order they are first
referenced) and endnotes. Headers, footers and comments are not body text. Each line keeps its
`w:p` element (for the format checks, --fix and --annotate), the length of the automatic-numbering
label prefixed to it, a hint ("title", "h1".."h4" from Word's heading styles or outline levels;
"table-row" for a table cell's paragraph; "list" for a note's) and a `where` for people
("表格1 第2行第3列", "文本框", "脚注3"). `Reading.notes` names what a person sees that drafter cannot
carry over or did not read as text (pictures, charts, equations, unaccepted revisions, comments).
One pass over the XML: linear in the size of the document."""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.core.document import Note
from drafter.docx.numbering import Numbering, num_pr
from drafter.docx.paratext import W, paragraph_text

_STYLE_HINTS = {
    "title": "title", "标题": "title", "公文标题": "title",
    "heading 1": "h1", "标题 1": "h1", "一级标题": "h1",
    "heading 2": "h2", "标题 2": "h2", "二级标题": "h2",
    "heading 3": "h3", "标题 3": "h3", "三级标题": "h3",
    "heading 4": "h4", "标题 4": "h4", "四级标题": "h4",
}
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_NOTE_SKIP = ("separator", "continuationSeparator", "continuationNotice")


@dataclass
class Line:
    text: str
    p: object                 # the w:p element
    label: int = 0            # length of the automatic-numbering label at the start of text
    hint: str = ""
    where: str = ""
    origin: str = "body"      # body | cell | textbox | footnote | endnote
    breaks: list[int] = field(default_factory=list)  # offsets of manual line breaks in text


@dataclass
class CellRef:
    row: int                  # 1-based
    col: int                  # 1-based grid column
    lines: list[int] = field(default_factory=list)   # 0-based line indices of its paragraphs


@dataclass
class TableRef:
    index: int                # 1-based, in document order
    rows: list[list[CellRef]] = field(default_factory=list)
    header_rows: int = 0      # leading rows marked "repeat as header row"
    merged: bool = False
    nested: bool = False

    @property
    def lines(self) -> list[int]:
        return [i for row in self.rows for c in row for i in c.lines]


@dataclass
class Reading:
    lines: list[Line] = field(default_factory=list)
    tables: list[TableRef] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


@dataclass
class _Ctx:
    origin: str = "body"
    where: str = ""
    cell: CellRef | None = None
    table: TableRef | None = None


class _Walker:
    def __init__(self, doc):
        self.doc = doc
        self.styles: dict[str, object] = {}
        try:
            for st in doc.styles.element.findall(f"{W}style"):
                self.styles[st.get(f"{W}styleId")] = st
        except Exception:
            pass
        self.numbering = Numbering(doc)
        self.out = Reading()
        self.footnote_order: list[str] = []
        self.endnote_order: list[str] = []
        self.comment_lines: dict[str, int] = {}
        self._hint_cache: dict[str | None, str] = {}

    # --- hints --------------------------------------------------------------------------------
    def _style_hint(self, style_id: str | None) -> str:
        if style_id in self._hint_cache:
            return self._hint_cache[style_id]
        hint, seen, sid = "", set(), style_id
        if sid is None:
            sid = next((k for k, st in self.styles.items() if st.get(f"{W}type") == "paragraph"
                        and st.get(f"{W}default") in ("1", "true")), None)
        while sid and sid not in seen:
            seen.add(sid)
            st = self.styles.get(sid)
            if st is None:
                break
            name_el = st.find(f"{W}name")
            name = (name_el.get(f"{W}val") or "").strip().lower() if name_el is not None else ""
            if name in _STYLE_HINTS:
                hint = _STYLE_HINTS[name]
                break
            lvl = _outline_level(st.find(f"{W}pPr"))
            if lvl is not None:
                hint = f"h{lvl + 1}" if lvl < 4 else ""
                break
            based = st.find(f"{W}basedOn")
            sid = based.get(f"{W}val") if based is not None else None
        self._hint_cache[style_id] = hint
        return hint

    def hint(self, p) -> str:
        ppr = p.find(f"{W}pPr")
        lvl = _outline_level(ppr)
        if lvl is not None:
            return f"h{lvl + 1}" if lvl < 4 else ""
        ps = ppr.find(f"{W}pStyle") if ppr is not None else None
        return self._style_hint(ps.get(f"{W}val") if ps is not None else None)

    # --- blocks -------------------------------------------------------------------------------
    def blocks(self, container, ctx: _Ctx) -> None:
        for child in container:
            tag = child.tag
            if tag == f"{W}p":
                self.paragraph(child, ctx)
            elif tag == f"{W}tbl":
                self.table(child, ctx)
            elif tag in (f"{W}sdt",):
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    self.blocks(content, ctx)
            elif tag in (f"{W}customXml", f"{W}ins", f"{W}moveTo"):
                self.blocks(child, ctx)
            elif tag == f"{W}altChunk":
                self.note(max(len(self.out.lines), 1), ctx.where, "嵌入的文档片段（altChunk）", "object")

    def paragraph(self, p, ctx: _Ctx) -> None:
        pt = paragraph_text(p)
        text = pt.text
        label = 0
        num = num_pr(p, self.styles)
        if num is not None and text.strip():
            lab = self.numbering.label(*num)
            text, label = lab + text, len(lab)
        hint = {"cell": "table-row", "footnote": "list", "endnote": "list"}.get(ctx.origin) or self.hint(p)
        line = Line(text=text, p=p, label=label, hint=hint, where=ctx.where, origin=ctx.origin,
                    breaks=[b + label for b in pt.breaks])
        self.out.lines.append(line)
        n = len(self.out.lines)
        if ctx.cell is not None:
            ctx.cell.lines.append(n - 1)
        where = ctx.where or f"第{n}段"
        for what in dict.fromkeys(pt.objects):
            self.note(n, where, f"{what}：drafter 只处理文字，{what}不会带入排版结果和 YAML，请另行补上", "object")
        if pt.inserted or pt.deleted:
            parts = []
            if pt.inserted:
                parts.append("插入“" + _clip("".join(pt.inserted)) + "”（已作为正文读取）")
            if pt.deleted:
                parts.append("删除“" + _clip("".join(pt.deleted)) + "”（未读取）")
            self.note(n, where, "有未接受的修订：" + "，".join(parts) + "；请在 Word 中接受或拒绝修订", "revision")
        for cid in pt.comments:
            self.comment_lines.setdefault(cid, n)
        self.footnote_order += [i for i in pt.footnotes if i not in self.footnote_order]
        self.endnote_order += [i for i in pt.endnotes if i not in self.endnote_order]
        for box in pt.boxes:
            first = len(self.out.lines) + 1
            self.blocks(box, _Ctx(origin="textbox", where="文本框"))
            if len(self.out.lines) >= first:
                self.note(first, "文本框", "文本框里的文字已按正文读取；文本框的位置和版式不保留", "textbox")

    def table(self, tbl, ctx: _Ctx) -> None:
        if ctx.origin != "body":  # a table inside a cell or a text box: its text joins that place
            if ctx.table is not None and not ctx.table.nested:
                ctx.table.nested = True
                self.note(len(self.out.lines) + 1, ctx.where,
                          f"表格{ctx.table.index} 的单元格里有嵌套表格：其文字并入该单元格", "table")
            for tr in _rows(tbl):
                for tc in _cells(tr):
                    self.blocks(tc, ctx)
            return
        ref = TableRef(index=len(self.out.tables) + 1)
        self.out.tables.append(ref)
        first_line = len(self.out.lines) + 1
        header = True
        for r, tr in enumerate(_rows(tbl), start=1):
            trpr = tr.find(f"{W}trPr")
            if header and trpr is not None and trpr.find(f"{W}tblHeader") is not None:
                ref.header_rows += 1
            else:
                header = False
            row: list[CellRef] = []
            col = 1
            for tc in _cells(tr):
                tcpr = tc.find(f"{W}tcPr")
                span = 1
                if tcpr is not None:
                    gs = tcpr.find(f"{W}gridSpan")
                    if gs is not None:
                        span = max(int(gs.get(f"{W}val", "1") or 1), 1)
                    if span > 1 or tcpr.find(f"{W}vMerge") is not None:
                        ref.merged = True
                cell = CellRef(row=r, col=col)
                self.blocks(tc, _Ctx(origin="cell", where=f"表格{ref.index} 第{r}行第{col}列", cell=cell,
                                     table=ref))
                row.append(cell)
                for extra in range(1, span):
                    row.append(CellRef(row=r, col=col + extra))
                col += span
            ref.rows.append(row)
        if ref.merged:
            self.note(first_line, f"表格{ref.index}", f"表格{ref.index} 有合并的单元格：排版和 YAML 中按普通单元格排列"
                      "（合并处留空），请核对", "table")

    def note(self, line: int, where: str, message: str, kind: str) -> None:
        self.out.notes.append(Note(line, where, message, kind))

    # --- notes and comments -------------------------------------------------------------------
    def notes_part(self, reltype: str, tag: str, order: list[str], label: str, origin: str) -> None:
        root = _part_root(self.doc, reltype)
        if root is None:
            return
        notes = {}
        for fn in root.findall(f"{W}{tag}"):
            if fn.get(f"{W}type") in _NOTE_SKIP:
                continue
            notes[fn.get(f"{W}id", "")] = fn
        ids = [i for i in order if i in notes] + [i for i in notes if i not in order]
        for k, nid in enumerate(ids, start=1):
            self.blocks(notes[nid], _Ctx(origin=origin, where=f"{label}{k}"))

    def comments(self) -> None:
        if not self.comment_lines:
            return
        root = _part_root(self.doc, _RT + "comments")
        texts: dict[str, tuple[str, str]] = {}
        if root is not None:
            for c in root.findall(f"{W}comment"):
                body = "".join(paragraph_text(p).text for p in c.iter(f"{W}p"))
                texts[c.get(f"{W}id", "")] = (c.get(f"{W}author", ""), body)
        for cid, line in self.comment_lines.items():
            author, body = texts.get(cid, ("", ""))
            who = f"{author}：" if author else ""
            where = self.out.lines[line - 1].where or f"第{line}段"
            self.note(line, where, f"有批注（{who}“{_clip(body)}”）：批注不是正文，未读取", "comment")

    def read(self) -> Reading:
        body = self.doc.element.body
        self.blocks(body, _Ctx())
        self.notes_part(_RT + "footnotes", "footnote", self.footnote_order, "脚注", "footnote")
        self.notes_part(_RT + "endnotes", "endnote", self.endnote_order, "尾注", "endnote")
        self.comments()
        self.out.notes.sort(key=lambda n: n.line)
        return self.out


def _outline_level(ppr) -> int | None:
    if ppr is None:
        return None
    el = ppr.find(f"{W}outlineLvl")
    if el is None:
        return None
    try:
        lvl = int(el.get(f"{W}val", "9"))
    except ValueError:
        return None
    return lvl if lvl < 9 else None


def _children(el, tag: str):
    """The `tag` children of a table or row, looking through content controls and custom XML."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in (f"{W}sdt", f"{W}customXml"):
            inner = child.find(f"{W}sdtContent") if child.tag == f"{W}sdt" else child
            if inner is not None:
                yield from _children(inner, tag)


def _rows(tbl):
    return _children(tbl, f"{W}tr")


def _cells(tr):
    return _children(tr, f"{W}tc")


def _part_root(doc, reltype: str):
    """The root element of the document part related by `reltype` (footnotes, comments …)."""
    from docx.oxml import parse_xml
    try:
        rels = doc.part.rels.values()
    except Exception:
        return None
    for rel in rels:
        if rel.reltype == reltype and not rel.is_external:
            part = rel.target_part
            element = getattr(part, "element", None)
            if element is not None:
                return element
            try:
                return parse_xml(part.blob)
            except Exception:
                return None
    return None


def _clip(s: str, n: int = 30) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n] + "…"


def read_docx_document(doc) -> Reading:
    """Every paragraph of an open python-docx Document in reading order, with tables and notes."""
    return _Walker(doc).read()
