"""一是/二是 enumerations run into paragraphs: recorded with their numbering, never headings."""

from __future__ import annotations

from drafter.core import document as D
from drafter.core.document import Enumeration
from drafter.core.outline.state import ParseState
from drafter.core.outline.vocab import Vocab, vocab
from drafter.text.numerals import from_chinese
from drafter.text.punct import fold


def find_enumerations(text: str, v: Vocab | None = None) -> list[Enumeration]:
    """一是/二是 runs in a paragraph (recorded with their numbering; they are not headings)."""
    v = v or vocab()
    folded = fold(text)
    out: list[Enumeration] = []
    for m in v.enum.finditer(folded):
        n = from_chinese(m.group(1))
        if not n:
            continue
        start = m.start(1)
        end = v.item_end.search(folded, m.end())
        out.append(Enumeration(marker=text[start:m.end()], ordinal=n, offset=start,
                               title=text[m.end():end.start() if end else len(text)]))
    return out


def enumerations(st: ParseState) -> None:
    """Enumerations of paragraphs and of run-in headings' bodies (offsets in the block's text).
    Reads body. Sets enums."""
    for b in st.body:
        if b.kind == D.PARAGRAPH:
            b.enums = find_enumerations(b.text, st.v)
        elif b.kind == D.HEADING and b.run_in:
            off = len(b.text) - len(b.body)
            b.enums = [Enumeration(e.marker, e.ordinal, e.offset + off, e.title)
                       for e in find_enumerations(b.body, st.v)]
