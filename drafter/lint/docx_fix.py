"""`drafter lint --fix` for .docx: apply the findings' fixes inside the runs of a copy.

A finding's (line, column, length) counts characters of the paragraph text as
`drafter.docx.reader` reads it, which starts with the auto-numbering label for numbered paragraphs
("一、"); the label is not in the runs, so it is subtracted here. The replacement goes into the runs
the span covers, so bold, fonts and colours survive. Spans that cannot be mapped (inside a label, a
tab or break, a field result, across a hyperlink boundary) are skipped and counted."""

from __future__ import annotations

import io
from dataclasses import dataclass

from drafter.core.errors import InputError
from drafter.lint.finding import Finding


@dataclass
class FixStats:
    applied: int = 0     # spans whose text changed
    unchanged: int = 0   # spans that already read as the fix
    skipped: int = 0     # spans that could not be mapped onto the runs (or overlapped another fix)


def apply_fixes(doc, findings: list[Finding], label_lengths: list[int]) -> FixStats:
    """Apply the fixes of `findings` to an open python-docx Document in memory."""
    from drafter.docx.runs import replace_span

    stats = FixStats()
    from drafter.docx.reader import reading_paragraphs
    paragraphs = reading_paragraphs(doc)
    by_line: dict[int, list[Finding]] = {}
    seen: set[tuple] = set()
    for f in findings:
        if f.fix is None:
            continue
        key = (f.line, f.column, f.length, f.fix)
        if key in seen:  # two rules proposing the same edit
            continue
        seen.add(key)
        by_line.setdefault(f.line, []).append(f)
    for line, items in by_line.items():
        if not 1 <= line <= len(paragraphs):
            stats.skipped += len(items)
            continue
        p = paragraphs[line - 1]._p
        label = label_lengths[line - 1] if line - 1 < len(label_lengths) else 0
        # right to left, so the offsets of the remaining spans stay valid
        items.sort(key=lambda f: (f.column, f.length), reverse=True)
        left_edge = None
        for f in items:
            start = f.column - 1 - label
            end = start + max(f.length, 0)
            if start < 0 or (left_edge is not None and end > left_edge):
                stats.skipped += 1
                continue
            outcome = replace_span(p, start, end, f.fix)
            if outcome == "applied":
                stats.applied += 1
                left_edge = start
            elif outcome == "same":
                stats.unchanged += 1
                left_edge = start
            else:
                stats.skipped += 1
    return stats


def fix_docx_bytes_stats(data: bytes, findings: list[Finding], name: str = "<docx>") -> tuple[bytes, FixStats]:
    """(fixed .docx bytes, stats): every finding with a fix applied inside its runs."""
    from drafter.docx.reader import open_docx, paragraph_lines

    doc = open_docx(io.BytesIO(data), name)
    _lines, _hints, labels = paragraph_lines(doc)
    stats = apply_fixes(doc, findings, labels)
    buf = io.BytesIO()
    try:
        doc.save(buf)
    except Exception as exc:  # a damaged part python-docx can read but not write back
        raise InputError(f"无法写出修正后的 Word 文件（{type(exc).__name__}）", name) from None
    return buf.getvalue(), stats


def fix_docx_bytes(data: bytes, findings: list[Finding], name: str = "<docx>") -> bytes:
    return fix_docx_bytes_stats(data, findings, name)[0]


def fix_docx_stats(src_path: str, findings: list[Finding], out_path: str, force: bool) -> FixStats:
    """Write a fixed copy of `src_path` to `out_path` (atomically; the source is only read unless
    out_path is the source itself and force is given, i.e. `--in-place`)."""
    from pathlib import Path

    from drafter.cli.atomic import check_writable, write_bytes

    check_writable(out_path, force)
    data, stats = fix_docx_bytes_stats(Path(src_path).read_bytes(), findings, src_path)
    write_bytes(out_path, data, force=force)
    return stats


def fix_docx(src_path: str, findings: list[Finding], out_path: str, force: bool) -> int:
    """Apply every finding with a fix to a copy of the .docx; return the number of fixes applied."""
    return fix_docx_stats(src_path, findings, out_path, force).applied

