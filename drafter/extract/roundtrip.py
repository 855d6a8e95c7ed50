"""How close `build` of an extracted YAML comes to the report it was extracted from.

The comparison is on the report's own text: title and subtitle lines, byline, 主送, headings,
paragraphs, table cells (and captions), text-box and footnote text (read as lines), signature,
date, attachments, the 印发 cover and the 版记 — not the web page's chrome
(下载/打印, 来源/时间 lines, the 索引号 table, a duplicate dump of the text). Both sides are
normalised the same way: punctuation width folded (drafter.text.punct.fold), all whitespace removed.
`raw_ratio` compares the whole input file the same way, for transparency."""

from __future__ import annotations

import re

from drafter.core import document as D
from drafter.core.document import Document
from drafter.text.punct import fold

REPORT_KINDS = (D.TITLE, D.SUBTITLE, D.BYLINE, D.SALUTATION, D.HEADING, D.PARAGRAPH, D.SIGNATURE, D.DATE,
                D.ATTACHMENT, D.COVER, D.IMPRINT, D.CELL, D.ISSUER_MARK, D.DOC_NUMBER, D.ATTACHMENT_NOTE, D.CC)
_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _WS.sub("", fold(text))


def report_text(doc: Document) -> str:
    return "\n".join(b.text for b in doc.blocks if b.kind in REPORT_KINDS)


def ratio(a: str, b: str) -> float:
    na, nb = normalise(a), normalise(b)
    if na == nb:
        return 1.0   # what fuzz.ratio gives equal texts: rapidfuzz is imported only for unequal ones
    from rapidfuzz import fuzz
    return fuzz.ratio(na, nb) / 100.0


def body_ratio(source: Document, rebuilt_text: str) -> float:
    """The report-text ratio of a source document and build's plain text."""
    from drafter.core.outline import parse_text

    return ratio(report_text(source), report_text(parse_text(rebuilt_text)))


def raw_ratio(source_text: str, rebuilt_text: str) -> float:
    """The whole input file (its lines joined) against build's plain text."""
    return ratio(source_text, rebuilt_text)


def compare(source: Document, rebuilt_text: str) -> tuple[float, float]:
    """(report-text ratio, raw-file ratio) of a source document and build's plain text."""
    return body_ratio(source, rebuilt_text), raw_ratio("\n".join(source.lines), rebuilt_text)


def differences(source: Document, rebuilt_text: str, limit: int = 20) -> list[tuple[str, str]]:
    """The differing stretches (source, rebuilt) of the normalised report texts, for a closing note."""
    import difflib

    from drafter.core.outline import parse_text

    a = normalise(report_text(source))
    b = normalise(report_text(parse_text(rebuilt_text)))
    out = []
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "equal":
            out.append((a[max(0, i1 - 8):i2 + 8][:120], b[max(0, j1 - 8):j2 + 8][:120]))
            if len(out) >= limit:
                break
    return out
