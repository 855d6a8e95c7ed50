"""Checking drafts (api: `lint`, `lint_json`, `fix`, `annotate`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from drafter.core.document import Document
from drafter.core.errors import InputError
from drafter.lint.config import Config
from drafter.lint.run import Linted


def _suffix(name: str) -> str:
    return Path(name).suffix.lower()


def _previous(previous) -> Document | None:
    """`previous` as a Document: None, a Document, or (bytes, name) of last year's report."""
    if previous is None or isinstance(previous, Document):
        return previous
    data, name = previous
    from drafter.api.documents import read
    return read(data, name)


def lint(data: bytes, name: str, config: Config | None = None, previous=None) -> Linted:
    """Lint a draft (.txt/.md/.docx bytes): the text rules, and for .docx the GB/T 9704 format
    rules. `previous` is last year's report, as a Document or (bytes, name). Returns `Linted`
    (findings with line/column as SPEC §3 pins them, and the lines they refer to)."""
    from drafter.core.readers import BINARY_SUFFIXES, decode_bytes, parse_source, read_bytes, read_text_bytes
    from drafter.lint.engine import lint_document
    from drafter.lint.run import lint_docx_bytes, lint_source_text

    config = config or Config()
    prev = _previous(previous)
    if _suffix(name) in BINARY_SUFFIXES and _suffix(name) != ".docx":
        # .doc/.wps/.odt/.rtf: converted through LibreOffice and read like the Word text it gives
        src = read_bytes(data, name)
        doc = parse_source(src)
        findings = lint_document(doc, config, prev)
        return Linted(path=name, format="docx", lines=src.lines, findings=findings)
    if _suffix(name) == ".docx":
        return lint_docx_bytes(data, config, prev, name)
    src = read_text_bytes(data, name)  # validates: not empty, text, size, encoding
    fmt = "md" if _suffix(name) in (".md", ".markdown") else "txt"
    text, _enc = decode_bytes(data, name)
    findings, raw, _doc = lint_source_text(text, fmt, config, prev, name)
    return Linted(path=name, format=fmt, lines=raw, findings=findings, encoding=src.encoding)


def lint_json(results: list[Linted]) -> dict:
    """The pinned `lint --format json` object (SPEC §3) of one or more results."""
    from drafter.lint.report import to_json
    return to_json([(r.path, r.findings) for r in results])


@dataclass
class Fixed:
    data: bytes          # the fixed file, same type and (for text) same encoding, BOM and newlines
    applied: int         # fixes applied
    linted: Linted       # what lint finds in the fixed file
    note: str = ""       # e.g. the encoding had to change to UTF-8


def fix(data: bytes, name: str, config: Config | None = None, previous=None) -> Fixed:
    """Apply the mechanical fixes (punctuation width, quotes, ellipsis, doubled marks, date
    padding, ranges, full-width digits) — never wording. Idempotent."""
    config = config or Config()
    prev = _previous(previous)
    if _suffix(name) == ".docx":
        from drafter.lint.docx_fix import fix_docx_bytes_stats
        linted = lint(data, name, config, prev)
        fixable = [f for f in linted.findings if f.fix is not None]
        out, stats = fix_docx_bytes_stats(data, fixable, name)
        return Fixed(data=out, applied=stats.applied, linted=lint(out, name, config, prev))
    from drafter.core.readers import decode_bytes, read_text_bytes
    from drafter.lint.fix import fix_text
    from drafter.lint.run import lint_source_text

    read_text_bytes(data, name)  # the same validation as lint
    text, enc = decode_bytes(data, name)
    fmt = "md" if _suffix(name) in (".md", ".markdown") else "txt"
    newline = "\r\n" if "\r\n" in text else ("\r" if "\r" in text else "\n")
    body = text.replace("\r\n", "\n").replace("\r", "\n")
    bom = body.startswith("\ufeff")
    if bom:
        body = body[1:]
    fixed, n = fix_text(body, lambda t: lint_source_text(t, fmt, config, prev, name)[0])
    findings, raw, _doc = lint_source_text(fixed, fmt, config, prev, name)
    out_text = ("\ufeff" if bom and enc == "utf-8" else "") + fixed.replace("\n", newline)
    note = ""
    try:
        out = out_text.encode(enc)
    except (UnicodeEncodeError, LookupError):
        out = out_text.encode("utf-8")
        note = f"修复后的文字无法用原编码 {enc} 保存，已改用 UTF-8"
    return Fixed(data=out, applied=n, linted=Linted(path=name, format=fmt, lines=raw, findings=findings,
                                                    encoding=enc), note=note)


def annotate(data: bytes, name: str, config: Config | None = None, previous=None,
             linted: Linted | None = None) -> bytes:
    """A copy of a .docx with each finding as a Word comment on its exact span."""
    if _suffix(name) != ".docx":
        raise InputError("批注只能加在 Word .docx 文件上", name)
    from drafter.lint.annotate import annotate_docx_bytes
    linted = linted or lint(data, name, config, previous)
    return annotate_docx_bytes(data, linted.findings, name)
