"""Readers: turn a .txt (any common Chinese encoding), .md, .docx (or, through LibreOffice, .doc,
.wps, .odt, .rtf) file into lines of text.

Every reader returns a `Source`: the lines (1-based numbering = text line, or .docx paragraph in
reading order, SPEC §3), plus per-line hints a format may carry (a Markdown `#` heading, a Word
heading style, a table row), where each line is for people (表格1 第2行第3列, 文本框, 脚注3), the
tables, and notes on what is not plain text. `parse_source` parses a Source and attaches that
structure to the Document (`attach_structure`): CELL and TABLE blocks, `Block.where`, the notes."""

from __future__ import annotations

import codecs
import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from drafter.core.document import Note, Table
from drafter.core.errors import InputError, describe_os_error

MAX_BYTES = 64 * 1024 * 1024  # a report is a few hundred KB; refuse what cannot be one
# Text (a .txt/.md file, or the paragraphs of a .docx) above this is not a report: refuse it at once
# rather than lint it for minutes (measured: 10 MB of text, outline 4 s, lint 13 s; 50 MB, lint > 60 s).
MAX_TEXT_BYTES = 10 * 1024 * 1024
MAX_TEXT_CHARS = 4 * 1024 * 1024


@dataclass
class SourceTable:
    """A table of the input: its cell texts (`table`) and the 0-based lines it occupies."""
    line: int                       # 0-based line of its first cell (or row, for Markdown)
    lines: list[int]                # every line of the table (cells' paragraphs or rows)
    table: Table
    where: str = ""                 # 表格1


@dataclass
class Source:
    path: str
    lines: list[str]
    encoding: str = "utf-8"
    format: str = "txt"  # txt | md | docx
    hints: dict[int, str] = field(default_factory=dict)  # 0-based line -> "title" | "h1".."h4" | "list" | "table-row"
    where: dict[int, str] = field(default_factory=dict)  # 0-based line -> 表格1 第2行第3列 | 文本框 | 脚注3
    notes: list[Note] = field(default_factory=list)      # (1-based line, where, message, kind)
    tables: list[SourceTable] = field(default_factory=list)
    labels: dict[int, int] = field(default_factory=dict)  # 0-based line -> length of Word's numbering label
    breaks: dict[int, list[int]] = field(default_factory=dict)  # 0-based line -> offsets of manual line breaks

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.02


def _plausible_text(text: str) -> bool:
    """Decoded text that reads as Chinese/ASCII prose (not the noise a wrong codec gives)."""
    if not text:
        return False
    good = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f"
              or "\uff00" <= c <= "\uffef" or c.isascii())
    return good / len(text) > 0.98 and cjk / len(text) > 0.9


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: pick the byte order whose decode reads as text."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:8192]
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        if _plausible_text(text):
            return enc
    return None


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Detect the encoding of a Chinese text file (never asks the user). Returns (text, encoding)."""
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                raise InputError(f"文件带有 {enc} 标记，但内容无法按该编码读取", path) from None
    try:
        text = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        text = None
    if text is None or "\x00" in text:
        enc16 = _utf16_without_bom(data)
        if enc16:
            try:
                return data.decode(enc16), enc16
            except UnicodeDecodeError:
                pass
    if text is None:
        if _looks_binary(data):
            raise InputError("这不是文本文件（看起来是二进制数据）", path)
        try:
            text, enc = data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError as exc:
            raise InputError(f"无法识别文件编码（既不是 UTF-8，也不是 GBK/GB18030），"
                             f"问题出现在第 {exc.start} 字节", path) from None
    if "\x00" in text or _looks_binary(data):
        raise InputError("这不是文本文件（含有二进制控制字符）", path)
    return text, enc


def _too_big(size: str, limit: str) -> str:
    return f"文件过大（{size}），超过 drafter 处理文稿的上限 {limit}（一份报告通常只有几十到几百 KB）"


def _check_file(path: str, limit: int = MAX_BYTES) -> Path:
    p = Path(path)
    if not p.exists():
        raise InputError("文件不存在", path)
    if p.is_dir():
        raise InputError("这是一个文件夹，不是文件", path)
    if not os.access(p, os.R_OK):
        raise InputError("没有读取权限", path)
    size = p.stat().st_size
    if size == 0:
        raise InputError("文件为空", path)
    if size > limit:
        raise InputError(_too_big(f"{size / (1024 * 1024):.1f} MB", f"{limit // (1024 * 1024)} MB"), path)
    return p


def split_lines(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.split("\n")


def read_text_file(path: str) -> Source:
    return read_text_bytes(read_file_bytes(path, MAX_TEXT_BYTES), path)


def read_text_bytes(data: bytes, path: str = "<text>") -> Source:
    """A text file's bytes in any common Chinese encoding -> Source."""
    if not data:
        raise InputError("文件为空", path)
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(_too_big(f"{len(data) / (1024 * 1024):.1f} MB", f"{MAX_TEXT_BYTES // (1024 * 1024)} MB"), path)
    text, enc = decode_bytes(data, path)
    if not text.strip():
        raise InputError("文件没有文字内容", path)
    return Source(path=str(path), lines=split_lines(text), encoding=enc, format="txt")


def read_file_bytes(path: str, limit: int = MAX_BYTES) -> bytes:
    """A file's bytes, with the checks every reader makes (exists, a file, readable, not empty,
    within `limit`) as clear InputErrors."""
    p = _check_file(path, limit)
    try:
        return p.read_bytes()
    except OSError as exc:
        raise InputError(f"无法读取文件：{describe_os_error(exc)}", path) from None


# Markdown syntax, compiled on first use (not at import: every command imports this module)
_MD_PATTERNS = {
    "heading": r"^(#{1,6})\s+(.*?)\s*#*\s*$",
    "bullet": r"^\s{0,3}[-*+]\s+(?=\S)",
    "rule": r"\s*(?:[-*_]\s*){3,}",
    "quote": r"^\s{0,3}>\s?",
    "emphasis": r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|`([^`]+)`",
    "link": r"!?\[([^\]]*)\]\([^)]*\)",
    "escape": r"\\([\\`*_{}\[\]()#+\-.!|])",
    "table_separator": r"^\s{0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$",
    "cell_split": r"(?<!\\)\|",
}


@functools.cache
def _md(name: str) -> re.Pattern:
    return re.compile(_MD_PATTERNS[name])


def _inline(line: str) -> str:
    """Drop inline Markdown: links keep their text, emphasis and code marks go, escapes resolve."""
    line = _md("link").sub(r"\1", line)
    line = _md("emphasis").sub(lambda m: m.group(2) or m.group(3) or m.group(4), line)
    return _md("escape").sub(r"\1", line) if "\\" in line else line


def _table_cells(row: str) -> list[str]:
    """The cells of a Markdown table row (| a | b |; a \\| inside a cell is kept)."""
    row = row.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    cells = _md("cell_split").split(row)
    return [_inline(c.strip()) for c in cells]


def _is_table_row(line: str) -> bool:
    return "|" in line and bool(line.strip())


def markdown_to_lines(text: str) -> tuple[list[str], dict[int, str]]:
    """Strip Markdown syntax line by line (line numbers are kept). Hints by 0-based line:
    `#` headings "title", `##`.. "h1".."h4"; `-`/`*`/`+` bullets "list" (list paragraphs, never
    headings; an ordered "1. " item keeps its number, it is official numbering); the rows of a table
    (| a | b | over |---|) "table-row", written as their cells joined by a tab, its separator row an
    empty line."""
    lines = split_lines(text)
    out: list[str] = []
    hints: dict[int, str] = {}
    in_fence = False
    in_table = False
    for i, line in enumerate(lines):
        if line.strip().startswith("```"):
            in_fence = not in_fence
            out.append("")
            continue
        if in_fence:
            out.append(line)
            continue
        if in_table and not _is_table_row(line):
            in_table = False
        if not in_table and _is_table_row(line) and i + 1 < len(lines) and _is_table_row(lines[i + 1]) \
                and _md("table_separator").match(lines[i + 1]):
            in_table = True
        if in_table:
            if _md("table_separator").match(line):
                out.append("")
            else:
                hints[i] = "table-row"
                out.append("\t".join(_table_cells(line)).rstrip())
            continue
        m = _md("heading").match(line)
        if m:
            hints[i] = "title" if len(m.group(1)) == 1 else f"h{min(len(m.group(1)) - 1, 4)}"
            line = m.group(2)
        elif _md("rule").fullmatch(line):
            line = ""
        else:
            line = _md("quote").sub("", line)
            if _md("bullet").match(line):
                hints[i] = "list"
                line = _md("bullet").sub("", line)
        out.append(_inline(line).rstrip())
    return out, hints


def read_markdown_file(path: str) -> Source:
    return read_markdown_bytes(read_file_bytes(path, MAX_TEXT_BYTES), path)


def markdown_tables(lines: list[str], hints: dict[int, str]) -> tuple[list[SourceTable], dict[int, str]]:
    """Tables from runs of "table-row" lines (the header row, the blank separator, the rows):
    (tables, where by 0-based line). A row's cells are its tab-separated parts."""
    tables: list[SourceTable] = []
    where: dict[int, str] = {}
    i, n = 0, len(lines)
    while i < n:
        if hints.get(i) != "table-row":
            i += 1
            continue
        rows: list[int] = []
        while i < n and (hints.get(i) == "table-row"
                         or (not lines[i].strip() and rows and i + 1 < n and hints.get(i + 1) == "table-row")):
            if hints.get(i) == "table-row":
                rows.append(i)
            i += 1
        k = len(tables) + 1
        cells = [lines[r].split("\t") for r in rows]
        for r_no, r in enumerate(rows, start=1):
            where[r] = f"表格{k} 第{r_no}行"
        tables.append(SourceTable(line=rows[0], lines=rows, table=Table(rows=cells, header_rows=1),
                                  where=f"表格{k}"))
    return tables, where


def read_markdown_bytes(data: bytes, path: str = "<markdown>") -> Source:
    src = read_text_bytes(data, path)
    lines, hints = markdown_to_lines(src.text)
    tables, where = markdown_tables(lines, hints)
    return Source(path=src.path, lines=lines, encoding=src.encoding, format="md", hints=hints,
                  tables=tables, where=where)


def read_docx_file(path: str) -> Source:
    return read_docx(path)[0]


def read_docx(path: str):
    """A .docx as a Source, plus the opened python-docx document (lint's format checks reuse it
    rather than opening and parsing the file again)."""
    return read_docx_bytes(read_file_bytes(path, MAX_BYTES), path)


def read_docx_bytes(data: bytes, path: str = "<docx>"):
    """(Source, python-docx document) of a .docx file's bytes."""
    import io

    if not data:
        raise InputError("文件为空", path)
    from drafter.docx.reader import open_docx, reading  # python-docx only for .docx input
    docx_doc = open_docx(io.BytesIO(data), path)
    return docx_source(reading(docx_doc), str(path)), docx_doc


def docx_source(r, path: str) -> Source:
    """The Source of a `drafter.docx.walk.Reading` (InputError for a file without text)."""
    lines = [ln.text for ln in r.lines]
    if not any(line.strip() for line in lines):
        raise InputError("Word 文件中没有正文文字", path)
    chars = sum(len(line) for line in lines)
    if chars > MAX_TEXT_CHARS:
        raise InputError(_too_big(f"{chars // 10000} 万字", f"{MAX_TEXT_CHARS // 10000} 万字"), path)
    tables = []
    for t in r.tables:
        rows = [["\n".join(lines[i].strip() for i in c.lines if lines[i].strip()) for c in row] for row in t.rows]
        header = t.header_rows or (1 if len(rows) > 1 else 0)
        all_lines = t.lines
        if all_lines:
            tables.append(SourceTable(line=all_lines[0], lines=all_lines, table=Table(rows=rows, header_rows=header),
                                      where=f"表格{t.index}"))
    return Source(path=path, lines=lines, format="docx",
                  hints={i: ln.hint for i, ln in enumerate(r.lines) if ln.hint},
                  where={i: ln.where for i, ln in enumerate(r.lines) if ln.where},
                  notes=list(r.notes), tables=tables,
                  labels={i: ln.label for i, ln in enumerate(r.lines) if ln.label},
                  breaks={i: ln.breaks for i, ln in enumerate(r.lines) if ln.breaks})


def read_converted_bytes(data: bytes, path: str = "<document>") -> Source:
    """A .doc/.wps/.odt/.rtf file's bytes, converted to .docx by LibreOffice, read as a .docx."""
    from drafter.core.convert import to_docx
    if not data:
        raise InputError("文件为空", path)
    src, _doc = read_docx_bytes(to_docx(data, path), path)
    return src


# The reader registry: a file suffix -> a function (bytes, path) -> Source. A new input format
# is one reader added here.
READERS = {
    ".docx": lambda data, path: read_docx_bytes(data, path)[0],
    ".md": read_markdown_bytes,
    ".markdown": read_markdown_bytes,
    ".doc": read_converted_bytes,
    ".wps": read_converted_bytes,
    ".odt": read_converted_bytes,
    ".rtf": read_converted_bytes,
}
BINARY_SUFFIXES = (".docx", ".doc", ".wps", ".odt", ".rtf")  # read up to MAX_BYTES, not MAX_TEXT_BYTES


def read_bytes(data: bytes, path: str) -> Source:
    """Read any supported input from its bytes, by the suffix of `path` (anything else: text)."""
    return READERS.get(Path(path).suffix.lower(), read_text_bytes)(data, path)


def read_source(path: str) -> Source:
    """Read any supported input file by its extension (.docx, .md/.markdown, anything else as text)."""
    suffix = Path(path).suffix.lower()
    limit = MAX_BYTES if suffix in BINARY_SUFFIXES else MAX_TEXT_BYTES
    return read_bytes(read_file_bytes(path, limit), path)


# --- structure the parser does not see: tables, where, notes ------------------------------------

_CAPTION = None


def _caption_re():
    global _CAPTION
    if _CAPTION is None:
        _CAPTION = re.compile(r"^(?:附?表\s*[0-9０-９一二三四五六七八九十]+[\s:：.．、]?.*|.{2,30}(?:情况表|统计表|一览表|汇总表|"
                              r"明细表|对照表|完成表))$")
    return _CAPTION


def _is_caption(b) -> bool:
    from drafter.core import document as D
    t = b.text.strip()
    return (b.kind in (D.PARAGRAPH, D.HEADING) and not b.marker and 2 <= len(t) <= 40
            and not t.endswith(("。", "；", "！", "？")) and bool(_caption_re().match(t)))


def attach_structure(doc, source: Source):
    """After `parse`: copy each line's `where` onto its block; turn the lines of every table into
    CELL blocks (their own line, kind CELL, `where` set, text as written, so lint checks cell text
    at the right line) and add one TABLE block carrying the whole `Table` before the first cell
    (the writer and extract use it); a caption line just before a table (表1 …, …统计表) becomes
    the table's caption (a CELL block too, where 表格1 表题). The source's notes go to `doc.notes`,
    plus one per heading whose number exists only as Word's automatic numbering, and one per
    Word/Markdown heading style heading without any number. Returns `doc`."""
    from drafter.core import document as D

    by_line = {b.line - 1: b for b in doc.blocks}
    _style_headings(by_line, source)
    for i, w in source.where.items():
        b = by_line.get(i)
        if b is not None:
            b.where = w
    inserts: list[tuple[D.Block, D.Block]] = []
    for st in source.tables:
        first = None
        for i in st.lines:
            b = by_line.get(i)
            if b is None or b.kind == D.BLANK:
                continue
            b.kind, b.level, b.marker, b.title, b.body, b.run_in, b.ordinal = D.CELL, None, "", "", "", False, None
            b.enums = []
            first = first or b
        if first is None:
            continue
        table = st.table
        k = st.line - 1
        while k >= 0 and by_line.get(k) is not None and by_line[k].kind == D.BLANK:
            k -= 1
        cap = by_line.get(k)
        if not table.caption and cap is not None and k not in source.where and _is_caption(cap):
            table.caption = cap.text.strip()
            cap.kind, cap.level, cap.marker, cap.title, cap.body, cap.ordinal = D.CELL, None, "", "", "", None
            cap.where = f"{st.where} 表题"
        block = D.Block(kind=D.TABLE, line=st.line + 1, text=table.caption or first.text, table=table,
                        where=st.where, role=first.role)
        inserts.append((by_line[st.line] if st.line in by_line else first, block))
    if inserts:
        before = {id(anchor): block for anchor, block in inserts}
        out = []
        for b in doc.blocks:
            if id(b) in before:
                out.append(before[id(b)])
            out.append(b)
        doc.blocks = out
    doc.notes = list(source.notes) + _heading_notes(doc, source)
    doc.notes.sort(key=lambda n: n.line)
    return doc


def _style_headings(by_line: dict, source: Source) -> None:
    """A line in a heading style (hint h1..h4: Word 标题 1-4, an outline level, Markdown ##) is a
    heading of that level even where the parser took it for a title line or a paragraph; a line in
    Word's Title style is a title line."""
    from drafter.core import document as D
    from drafter.core.outline.roles import heading_role
    for i, hint in source.hints.items():
        b = by_line.get(i)
        if hint == "title" and b is not None and b.kind in (D.PARAGRAPH, D.HEADING) and b.text.strip() \
                and source.format == "docx":
            b.kind, b.level, b.title, b.marker, b.ordinal, b.role = D.TITLE, 0, "", "", None, None
            continue
        if hint not in ("h1", "h2", "h3", "h4") or b is None or b.kind not in (D.TITLE, D.PARAGRAPH):
            continue
        text = b.text.strip()
        if not text or len(text) > 60:
            continue
        b.kind, b.level, b.title, b.marker, b.ordinal = D.HEADING, int(hint[1]), text, "", None
        b.role = heading_role(text) or b.role


_LEVEL_NAMES = {1: "一级", 2: "二级", 3: "三级", 4: "四级"}
_LEVEL_MARKS = {1: "一、", 2: "（一）", 3: "1.", 4: "（1）"}


def _heading_notes(doc, source: Source) -> list[Note]:
    from drafter.core import document as D
    notes = []
    for b in doc.blocks:
        if b.kind != D.HEADING:
            continue
        i = b.line - 1
        label = source.labels.get(i, 0)
        name = _LEVEL_NAMES.get(b.level or 0, "")
        where = b.where or f"第{b.line}段"
        if label and b.marker and len(b.marker) <= label + 1:
            notes.append(Note(b.line, where, f"{name}标题的编号“{b.marker}”是 Word 自动编号，不在文字里"
                              "（复制、另存为文本或换用其他软件时会丢失）；建议把编号写进标题文字", "numbering-auto"))
        elif not b.marker and source.hints.get(i) in ("h1", "h2", "h3", "h4"):
            level = int(source.hints[i][1])
            notes.append(Note(b.line, where, f"{_LEVEL_NAMES[level]}标题（标题样式）没有编号；公文的{_LEVEL_NAMES[level]}"
                              f"标题应编为“{_LEVEL_MARKS[level]}”（GB/T 9704-2012 第7.3.3条）", "numbering-missing"))
    return notes


def parse_source(source: Source):
    """Parse a Source into the `Document` model, with its tables, `where` and notes attached."""
    from drafter.core.outline import parse
    return attach_structure(parse(source), source)
