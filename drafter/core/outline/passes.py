"""The parser as a table of passes over one shared `ParseState`, run in order.

Each pass is a function of the state; its docstring says what it reads and what it sets. A pass
only ever turns blocks from PARAGRAPH (or BLANK, for `lines`) into something more specific, so a
later pass never undoes an earlier one except where its docstring says so."""

from __future__ import annotations

from typing import Callable

from drafter.core import document as D
from drafter.core.document import Block, Document
from drafter.core.outline import (attached, cells, chrome, enums, extent, headings, masthead, matter, official, pinyin,
                                  roles, topmatter, watermark)
from drafter.core.outline.state import ParseState
from drafter.core.outline.vocab import vocab
from drafter.core.readers import Source
from drafter.text.punct import drop_invisible, fold


def lines(st: ParseState) -> None:
    """One block per source line (BLANK or PARAGRAPH), stripped, with its indent; the reader's
    hints, plus "list" for a line of plain text that starts with a bullet (- • · ●, never a heading)
    and "table-row" for one with table_pipes | or more (序号 | 工作内容 |, never a heading).
    A "list" or "table-row" line keeps that as its detail.
    A traditional-character copy (Vocab.is_traditional) is folded to simplified characters too, and
    its lines are read without their pinyin noise (pinyin.strip; `noise` puts it back).
    Invisible characters (zero-width spaces, a BOM inside the text: punct.INVISIBLE) are not read.
    A copy that printed its full-width spaces as ? is read with spaces there (_space_glyphs); a line the
    copy ran on into a table's border (…年度报告 | |||||||) is read without the border.
    Reads source.lines, source.hints. Sets blocks, folded, content, hints, traditional, noise, spaced."""
    st.hints = dict(st.source.hints)
    st.traditional = st.v.is_traditional(st.source.lines)
    bullets = st.v.text_bullets
    for i, raw in enumerate(st.source.lines):
        raw = drop_invisible(raw)
        stripped = raw.strip().replace("\u00a0", " ")
        border = st.v.border_tail.search(stripped)
        if (border and border.start() and "|" not in stripped[:border.start()]
                and "｜" not in stripped[:border.start()]):
            stripped = stripped[:border.start()]  # a table's border the copy ran on (…年度报告 | ||||||||)
        if st.traditional:
            stripped, inserts = pinyin.strip(stripped, st.v.pinyin_noise)
            if inserts:
                st.noise[i] = (stripped, inserts)
        indent = len(raw) - len(raw.lstrip()) if stripped else 0
        b = Block(kind=D.BLANK if not stripped else D.PARAGRAPH, line=i + 1, text=stripped, indent=indent)
        st.blocks.append(b)
        st.folded.append(fold(stripped).translate(st.v.simplify) if st.traditional else fold(stripped))
        if stripped and i not in st.hints and bullets.match(stripped):
            st.hints[i] = "list"
        elif stripped and i not in st.hints and stripped.count("|") + stripped.count("｜") >= st.v.table_pipes:
            st.hints[i] = "table-row"
        if st.hints.get(i) in headings.NOT_HEADING_HINTS:
            b.detail = st.hints[i]
    _space_glyphs(st)
    st.content = [b for b in st.blocks if b.kind != D.BLANK]
    st.spaced = _spaced(st)


def _spaced(st: ParseState) -> int:
    """How many blank lines the copy puts after its paragraphs (a browser's copy of a page's <p>s puts
    one): the count that at least spacing.min_share of its paragraphs (lines ending a sentence or of
    spacing.paragraph_chars or more, but the last line), and spacing.min_lines of them, have after them; 0
    for none."""
    sp, ends = st.v.data["spacing"], st.v.sentence_end
    closed = [b for b in st.content[:-1] if st.f(b)[-1:] in ends or len(b.text) >= sp["paragraph_chars"]]
    gaps: dict[int, int] = {}
    for b in closed:
        n = 0
        while b.line + n < len(st.blocks) and st.blocks[b.line + n].kind == D.BLANK and n <= sp["max_blank_lines"]:
            n += 1
        gaps[n] = gaps.get(n, 0) + 1
    n, most = max(gaps.items(), key=lambda kv: kv[1], default=(0, 0))
    return n if 0 < n <= sp["max_blank_lines"] and most >= sp["min_lines"] and most >= sp["min_share"] * len(closed) else 0


def _space_glyphs(st: ParseState) -> None:
    """A copy that printed its full-width spaces as ? (第一章?總?則): when watermark.space_glyph_min_lines
    lines or more have a ? next to a CJK character, the folded text reads each such ? as a space."""
    hits = [i for i, b in enumerate(st.blocks) if b.kind == D.PARAGRAPH and st.v.space_glyph.search(b.text)]
    if len(hits) < st.v.data["watermark"]["space_glyph_min_lines"]:
        return
    for i in hits:
        f = list(st.folded[i])
        for m in st.v.space_glyph.finditer(st.blocks[i].text):
            f[m.start():m.end()] = " " * (m.end() - m.start())
        st.folded[i] = "".join(f)


def noise(st: ParseState) -> None:
    """A line read without its pinyin noise gives its text, title and body back as written.
    Reads noise. Sets text, title, body of those blocks."""
    for i, (clean, inserts) in st.noise.items():
        b = st.blocks[i]
        b.text = pinyin.restore(clean, inserts, b.text)
        if b.title:
            b.title = pinyin.restore(clean, inserts, b.title)
        if b.body:
            b.body = pinyin.restore(clean, inserts, b.body)


def document(st: ParseState) -> None:
    """The `Document` and its kind.
    Reads source, blocks. Sets doc."""
    src = st.source
    st.doc = Document(path=src.path, lines=src.lines, blocks=st.blocks, format=src.format)
    st.doc.kind = roles.guess_kind(st.doc)


Pass = Callable[[ParseState], None]

PASSES: list[tuple[str, Pass]] = [
    ("lines", lines),
    ("watermarks", watermark.watermarks),
    ("chrome-lines", chrome.chrome_lines),
    ("official", official.official),
    ("metadata-blocks", chrome.metadata_blocks),
    ("chrome-context", chrome.chrome_context),
    ("numbered-menu", chrome.numbered_menu),
    ("flat-tables", cells.flat_tables),
    ("header", masthead.header),
    ("official-head", official.head),
    ("contents", masthead.contents),
    ("footer", chrome.footer),
    ("attachments", matter.attachments),
    ("numbered-headings", headings.numbered_headings),
    ("cover", matter.cover),
    ("top-matter", topmatter.top_matter),
    ("closing", matter.closing),
    ("attached-documents", attached.attached_documents),
    ("slogan-headings", headings.slogan_headings),
    ("extent", extent.extent),
    ("enumerations", enums.enumerations),
    ("roles", roles.roles),
    ("noise", noise),
    ("document", document),
]


def parse(source: Source) -> Document:
    """Parse a source into a `Document`: run PASSES in order over a fresh state."""
    st = ParseState(source=source, v=vocab())
    for _name, run in PASSES:
        run(st)
    assert st.doc is not None
    return st.doc
