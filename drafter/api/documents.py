"""Reading, outlining and typesetting drafts (api: `read`, `outline`, `format_document`, `to_pdf`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.core import document as D
from drafter.core.document import Document
from drafter.core.errors import InputError

TYPESET_KINDS = (D.TITLE, D.HEADING, D.PARAGRAPH, D.COVER, D.SALUTATION, D.TABLE)


def read(data: bytes, name: str) -> Document:
    """Parse a draft (.txt in any common Chinese encoding, .md, .docx) into the `Document` model."""
    from drafter.core.outline import parse
    from drafter.core.readers import read_bytes
    return parse(read_bytes(data, name))


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
    """Typeset a draft as an official GB/T 9704-2012 .docx (or PDF with `pdf=True`). `notes` says
    what the clerk should know, including what typesetting changed in the text (`typeset_changes`)."""
    doc = read(data, name)
    if not doc.of_kind(*TYPESET_KINDS):
        raise InputError("文件里没有可以排版的正文", name)
    notes = []
    if not doc.title_blocks:
        notes.append(f"提示：{name}: 没有识别出公文标题（标题应单独成行、不以句号结尾），已按正文排版")
    changed = typeset_changes(doc)
    if changed:
        notes.append(f"提示：{name}: {changed}")
    out = docx_bytes(doc, fonts)
    return Formatted(data=to_pdf(out, name) if pdf else out, document=doc, notes=notes)
