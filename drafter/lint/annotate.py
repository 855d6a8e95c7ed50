"""`drafter lint --annotate OUT.docx`: a copy of the .docx with every finding as a Word comment.

Each comment is anchored on exactly the offending characters: runs are split at the span's
boundaries (each half keeps the run's formatting) so the comment range covers whole runs. A
finding with no span (length 0: page-level format findings, a missing section) is anchored on the
run at its position, or the first run of the document. The input file is never modified."""

from __future__ import annotations

import io
import os

from drafter.core.errors import InputError
from drafter.lint.finding import Finding

AUTHOR = "drafter"
INITIALS = "D"


def comment_text(f: Finding) -> str:
    text = f"[{f.rule}] {f.message}（依据：{f.source}）"
    if f.fix is not None:
        text += f"　建议改为【{f.fix}】" if f.fix else "　建议删除"
    return text


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _first_run_with_text(paragraphs):
    from drafter.docx.runs import run_ranges

    for para in paragraphs:
        for r, s, e in run_ranges(para._p):
            if e > s:
                return para, r
    return None, None


def _anchor(doc, paragraphs, f: Finding, label_lengths: list[int]):
    """The w:r elements a finding's comment should cover (first .. last), and their paragraph."""
    from drafter.docx.runs import isolate_span, run_ranges

    if not paragraphs:
        para = doc.add_paragraph()
        return para, [para.add_run("")._r]
    line = min(max(f.line, 1), len(paragraphs))
    para = paragraphs[line - 1]
    p = para._p
    ranges = run_ranges(p)
    total = ranges[-1][2] if ranges else 0
    if total == 0:
        if f.length <= 0 and line == 1:  # page-level: the first run with text in the document
            other, r = _first_run_with_text(paragraphs)
            if r is not None:
                return other, [r]
        runs = [r for r, _s, _e in ranges]
        return para, runs or [para.add_run("")._r]
    label = label_lengths[line - 1] if line - 1 < len(label_lengths) else 0
    start = f.column - 1 - label
    end = start + max(f.length, 0)
    start, end = max(start, 0), min(end, total)
    if f.length <= 0 or end <= start:
        # no span (or only the numbering label): the run at the position
        pos = min(max(start, 0), total - 1)
        for r, s, e in ranges:
            if s <= pos < e:
                return para, [r]
        return para, [ranges[0][0]]
    runs = isolate_span(p, start, end)
    if runs is None:
        return para, [ranges[0][0]]
    return para, runs


def annotate_docx_bytes(data: bytes, findings: list[Finding], name: str = "<docx>") -> bytes:
    """A copy of the .docx with one Word comment per finding, as bytes."""
    from docx.text.run import Run

    from drafter.docx.reader import open_docx, paragraph_lines

    doc = open_docx(io.BytesIO(data), name)
    _lines, _hints, labels = paragraph_lines(doc)
    from drafter.docx.reader import reading_paragraphs
    paragraphs = reading_paragraphs(doc)
    for f in sorted(findings, key=lambda f: (f.line, f.column, f.length)):
        para, runs = _anchor(doc, paragraphs, f, labels)
        first, last = Run(runs[0], para), Run(runs[-1], para)
        doc.add_comment([first, last], text=comment_text(f), author=AUTHOR, initials=INITIALS)
    buf = io.BytesIO()
    try:
        doc.save(buf)
    except Exception as exc:
        raise InputError(f"无法写出带批注的 Word 文件（{type(exc).__name__}）", name) from None
    return buf.getvalue()


def annotate_docx(src_path: str, findings: list[Finding], out_path: str, force: bool) -> int:
    """Write a copy of `src_path` with one Word comment per finding; return the number of comments."""
    from pathlib import Path

    from drafter.cli.atomic import check_writable, write_bytes

    if os.path.exists(out_path) and _same_file(src_path, out_path):
        raise InputError("批注副本不能写到原文件上，请用 --annotate 指定另一个文件名", out_path)
    check_writable(out_path, force)
    write_bytes(out_path, annotate_docx_bytes(Path(src_path).read_bytes(), findings, src_path), force=force)
    return len(findings)
