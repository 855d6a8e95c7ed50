"""Reading, outlining and typesetting drafts (api: `read`, `outline`, `format_document`, `to_pdf`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.core import document as D
from drafter.core.document import Document
from drafter.core.errors import InputError

TYPESET_KINDS = (D.TITLE, D.HEADING, D.PARAGRAPH, D.COVER, D.SALUTATION, D.TABLE)


def read(data: bytes, name: str) -> Document:
    """Parse a draft (.txt in any common Chinese encoding, .md, .docx; .doc/.wps/.odt/.rtf through
    LibreOffice) into the `Document` model, with its tables (TABLE and CELL blocks), each block's
    `where` and the reader's notes (`Document.notes`) attached."""
    return _read(data, name)[0]


def _read(data: bytes, name: str):
    from drafter.core.readers import parse_source, read_bytes
    src = read_bytes(data, name)
    return parse_source(src), src


# notes `format` passes on: what it cannot carry over, or did not read as text
CARRY_NOTE_KINDS = ("object", "revision", "comment", "table", "textbox")


def number_style_headings(doc: Document, source) -> int:
    """Give the headings that come from a heading style (Word 标题 1-4, Markdown ##) and carry no
    number of their own the official numbers 一、 （一） 1. （1） (counted per level, restarting under a
    new parent). Returns how many were numbered."""
    from drafter.report.filters import marker

    counters = {1: 0, 2: 0, 3: 0, 4: 0}
    done = 0
    for b in doc.blocks:
        if b.kind != D.HEADING or b.level not in counters:
            continue
        for deeper in range(b.level + 1, 5):
            counters[deeper] = 0
        if b.marker:
            counters[b.level] = b.ordinal or counters[b.level] + 1
            continue
        if source.hints.get(b.line - 1) not in ("h1", "h2", "h3", "h4"):
            continue          # an un-numbered heading the parser found (a slogan) takes no number
        counters[b.level] += 1
        b.ordinal = counters[b.level]
        b.marker = marker(b.ordinal, b.level)
        b.text = b.marker + b.text
        done += 1
    return done


def carry_notes(doc: Document, name: str) -> list[str]:
    """One line per thing `format`/`extract` cannot carry over (a picture, a chart, an equation,
    an embedded object, merged cells) or did not read as text (deletions, comments), with its place."""
    out = []
    for n in doc.notes:
        if n.kind in CARRY_NOTE_KINDS:
            out.append(f"提示：{name}: 第 {n.line} 段（{n.where}）：{n.message}" if n.where and not n.where.startswith("第")
                       else f"提示：{name}: 第 {n.line} 段：{n.message}")
    return out


def outline(data: bytes, name: str) -> list[dict]:
    """The pinned `outline --format json` objects (SPEC §3) of a draft."""
    return read(data, name).outline_json()


@dataclass
class Formatted:
    data: bytes                 # the official .docx (or PDF) bytes
    document: Document          # what was typeset
    notes: list[str] = field(default_factory=list)  # what the clerk should know (no title found, …)


def docx_bytes(doc: Document, fonts: str | None = None) -> bytes:
    """The GB/T 9704 .docx of a document, with the named font preset (gb2312 | windows)."""
    from drafter.docx.fonts import FontConfig
    from drafter.docx.writer import docx_bytes as write
    return write(doc, fonts=FontConfig.preset(fonts))


def to_pdf(docx: bytes, name: str = "document.docx") -> bytes:
    """A .docx converted to PDF with LibreOffice (InputError naming what to install when absent)."""
    from drafter.docx.pdf import docx_to_pdf
    return docx_to_pdf(docx, name)


def typeset_changes(doc: Document) -> str:
    """What typesetting changes in the wording, as one line for the clerk ("" when nothing): the
    half-width marks written full-width in Chinese context (what drafter writes is always
    full-width, SPEC §2) and the 成文日期 written without zero padding (GB/T 9704 7.3.5). Nothing
    else is changed — the rest (。。。, full-width digits, straight quotes …) is left to `lint --fix`."""
    from collections import Counter

    from drafter.docx.signature import official_date
    from drafter.text.punct import fullwidth_edits

    marks: Counter = Counter()
    for b in doc.blocks:
        if b.kind in (D.CHROME, D.BLANK, D.CELL):
            continue
        texts = [c for row in b.table.rows for c in row] if b.table else []
        for t in [b.text, *texts]:
            marks.update(f"{old}→{new}" for _i, old, new in fullwidth_edits(t))
    parts = []
    if marks:
        shown = "、".join(f"“{k}”" for k, _n in marks.most_common(4))
        parts.append(f"已统一 {sum(marks.values())} 处标点为全角（{shown}）")
    dates = [b.text for b in doc.of_kind(D.DATE) if official_date(b.text) != b.text.strip()]
    if dates:
        parts.append(f"成文日期“{dates[-1]}”写为“{official_date(dates[-1])}”")
    if not parts:
        return ""
    return "；".join(parts) + "。其他写法原样保留，可用 drafter lint 检查、drafter lint --fix 修正"


def format_document(data: bytes, name: str, fonts: str | None = None, pdf: bool = False) -> Formatted:
    """Typeset a draft as an official GB/T 9704-2012 .docx (or PDF with `pdf=True`): tables as
    official tables, heading-style headings without numbers numbered; `notes` names, one line each
    with its place, what could not be carried over and what typesetting changed in the text."""
    doc, src = _read(data, name)
    if not doc.of_kind(*TYPESET_KINDS):
        raise InputError("文件里没有可以排版的正文", name)
    notes = []
    if not doc.title_blocks:
        notes.append(f"提示：{name}: 没有识别出公文标题（标题应单独成行、不以句号结尾），已按正文排版")
    changed = typeset_changes(doc)
    if changed:
        notes.append(f"提示：{name}: {changed}")
    numbered = number_style_headings(doc, src)
    if numbered:
        notes.append(f"提示：{name}: {numbered} 个标题（标题样式）没有编号，已按公文层次补上 一、（一）1.（1）")
    tables = len(doc.of_kind(D.TABLE))
    if tables:
        notes.append(f"提示：{name}: {tables} 个表格已按公文表格排版")
    notes += carry_notes(doc, name)
    out = docx_bytes(doc, fonts)
    return Formatted(data=to_pdf(out, name) if pdf else out, document=doc, notes=notes)
