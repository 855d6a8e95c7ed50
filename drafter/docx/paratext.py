"""The visible text of one Word paragraph (`w:p`), as a reader of the document sees it.

Read: the runs directly in the paragraph and inside hyperlinks, smart tags, custom XML, content
controls (`w:sdt`), simple fields (`w:fldSimple`) and tracked insertions/moves (`w:ins`,
`w:moveTo`); `w:t` text; a tab as one space; a non-breaking hyphen as "-"; the visible result of
a complex field (its instruction is `w:instrText`, never text). A manual line break (`w:br`,
`w:cr`) adds no character: the paragraph stays one line and its offset is recorded in `breaks`
(so 某县司法局⏎2026年工作总结 reads 某县司法局2026年工作总结). Not read: tracked deletions and moves away
(`w:del`, `w:moveFrom`, `w:delText`), text boxes (their `w:txbxContent` is returned in `boxes`
for the caller to read as paragraphs of their own, the `mc:Fallback` copy of an
`mc:AlternateContent` never), pictures, charts, shapes, embedded objects and equations (named in
`objects`). drafter.docx.runs counts characters the same way, so offsets map back onto the runs."""

from __future__ import annotations

from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
V = "{urn:schemas-microsoft-com:vml}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
TXBX = f"{W}txbxContent"

# containers whose runs are part of the paragraph's text
_INLINE = {f"{W}hyperlink", f"{W}smartTag", f"{W}customXml", f"{W}fldSimple", f"{W}ins", f"{W}moveTo",
           f"{W}bdo", f"{W}dir"}
_REVISION_INS = {f"{W}ins", f"{W}moveTo"}
_REVISION_DEL = {f"{W}del", f"{W}moveFrom"}
_GRAPHIC_KINDS = (  # graphicData uri fragment -> what a person calls it
    ("/picture", "图片"), ("/chart", "图表"), ("/diagram", "SmartArt 图示"),
    ("wordprocessingGroup", "组合图形"), ("wordprocessingShape", "图形"), ("wordprocessingCanvas", "绘图画布"),
)


@dataclass
class ParaText:
    text: str = ""
    breaks: list[int] = field(default_factory=list)     # offsets of manual line breaks
    boxes: list = field(default_factory=list)           # w:txbxContent elements anchored here, in order
    objects: list[str] = field(default_factory=list)    # 图片, 图表, 公式, 嵌入对象 … (not carried over)
    inserted: list[str] = field(default_factory=list)   # text of tracked insertions (read)
    deleted: list[str] = field(default_factory=list)    # text of tracked deletions (not read)
    comments: list[str] = field(default_factory=list)   # ids of comments anchored here
    footnotes: list[str] = field(default_factory=list)  # ids of footnotes referenced here
    endnotes: list[str] = field(default_factory=list)


class _Collector:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.out = ParaText()

    def add(self, s: str) -> None:
        if s:
            self.parts.append(s)
            self.pos += len(s)

    # --- containers ----------------------------------------------------------------------------
    def container(self, el, depth: int = 0) -> None:
        for child in el:
            tag = child.tag
            if tag == f"{W}r":
                self.run(child)
            elif tag in _INLINE:
                if tag in _REVISION_INS:
                    before = self.pos
                    start = len(self.parts)
                    self.container(child, depth + 1)
                    if self.pos > before:
                        self.out.inserted.append("".join(self.parts[start:]))
                else:
                    self.container(child, depth + 1)
            elif tag in _REVISION_DEL:
                text = "".join(t.text or "" for t in child.iter(f"{W}delText", f"{W}t"))
                if text:
                    self.out.deleted.append(text)
            elif tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    self.container(content, depth + 1)
            elif tag == f"{W}commentRangeStart":
                self.out.comments.append(child.get(f"{W}id", ""))
            elif tag in (f"{M}oMath", f"{M}oMathPara"):
                self.out.objects.append("公式")
            elif tag == f"{MC}AlternateContent":
                chosen = _choice(child)
                if chosen is not None:
                    self.container(chosen, depth + 1)

    def run(self, r) -> None:
        for child in r:
            tag = child.tag
            if tag == f"{W}t":
                self.add(child.text or "")
            elif tag in (f"{W}tab", f"{W}ptab"):
                self.add(" ")
            elif tag == f"{W}noBreakHyphen":
                self.add("-")
            elif tag == f"{W}br":
                if child.get(f"{W}type") in (None, "textWrapping"):
                    self.out.breaks.append(self.pos)
            elif tag == f"{W}cr":
                self.out.breaks.append(self.pos)
            elif tag == f"{W}drawing":
                self.drawing(child)
            elif tag == f"{MC}AlternateContent":
                chosen = _choice(child)
                if chosen is not None:
                    self.run(chosen)
            elif tag == f"{W}pict":
                self.vml(child)
            elif tag == f"{W}object":
                self.out.objects.append("嵌入对象")
            elif tag == f"{W}footnoteReference":
                self.out.footnotes.append(child.get(f"{W}id", ""))
            elif tag == f"{W}endnoteReference":
                self.out.endnotes.append(child.get(f"{W}id", ""))
            elif tag == f"{W}commentReference":
                cid = child.get(f"{W}id", "")
                if cid not in self.out.comments:
                    self.out.comments.append(cid)
            elif tag == f"{W}sym":
                self.out.objects.append("符号字体字符")

    # --- drawings ------------------------------------------------------------------------------
    def drawing(self, d) -> None:
        boxes = _outer_boxes(d)
        if boxes:
            self.out.boxes.extend(boxes)
            return
        graphic = d.find(f".//{A}graphicData")
        uri = graphic.get("uri", "") if graphic is not None else ""
        for frag, name in _GRAPHIC_KINDS:
            if frag in uri:
                self.out.objects.append(name)
                return
        self.out.objects.append("图形")

    def vml(self, pict) -> None:
        boxes = _outer_boxes(pict)
        if boxes:
            self.out.boxes.extend(boxes)
        elif pict.find(f".//{V}imagedata") is not None:
            self.out.objects.append("图片")
        elif len(pict):
            self.out.objects.append("图形")


def _choice(alt):
    """The one branch of an mc:AlternateContent to read: its first mc:Choice, else mc:Fallback."""
    chosen = alt.find(f"{MC}Choice")
    return chosen if chosen is not None else alt.find(f"{MC}Fallback")


def _outer_boxes(el) -> list:
    """The w:txbxContent elements inside `el` that are not inside another one, nor inside the
    mc:Fallback of an mc:AlternateContent whose mc:Choice is read."""
    out: list = []

    def walk(node) -> None:
        for child in node:
            if child.tag == TXBX:
                out.append(child)
            elif child.tag == f"{MC}AlternateContent":
                chosen = _choice(child)
                if chosen is not None:
                    walk(chosen)
            else:
                walk(child)

    walk(el)
    return out


def paragraph_text(p) -> ParaText:
    """The visible text of a w:p element and what else it anchors (see the module docstring)."""
    c = _Collector()
    c.container(p)
    c.out.text = "".join(c.parts)
    return c.out
