"""The state the parser's passes share (see drafter.core.outline.passes for who reads and sets what)."""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.core import document as D
from drafter.core.document import Block, Document
from drafter.core.outline.vocab import Vocab
from drafter.core.readers import Source


@dataclass
class ParseState:
    source: Source
    v: Vocab
    blocks: list[Block] = field(default_factory=list)   # one per source line, blank lines included
    folded: list[str] = field(default_factory=list)     # punct.fold(block.text), by block index
    content: list[Block] = field(default_factory=list)  # the non-blank blocks, in order
    body: list[Block] = field(default_factory=list)     # paragraphs and 附件 labels once chrome is out
    top_start: int = 0                                  # index in body where the top matter starts
    hints: dict[int, str] = field(default_factory=dict)  # the reader's hints, plus text bullets
    doc: Document | None = None
    # a traditional copy's lines read without their pinyin noise: line index -> (clean text, inserts)
    noise: dict[int, tuple[str, tuple[tuple[int, str], ...]]] = field(default_factory=dict)
    chrome_texts: set[str] | None = None  # the chrome's texts and field values, once top matter asks (topmatter)
    traditional: bool = False    # a traditional-character copy: folded text is also simplified (vocab.simplify)
    spaced: int = 0              # the blank lines a copy puts after its paragraphs (passes.lines): no break
    walk_wrap: int = -1          # the PDF wrap width as the top matter's first walk saw it (titlewalk; -1: not yet)

    def f(self, b: Block) -> str:
        """The folded text of a block (same length as its text)."""
        return self.folded[b.line - 1]

    def shorten(self, b: Block, n: int) -> None:
        """b's line is only its first n characters from now on: its text and its folded text alike (what the
        page glued after it cut off)."""
        b.text = b.text[:n]
        self.folded[b.line - 1] = self.folded[b.line - 1][:n]

    def behead(self, b: Block, n: int) -> None:
        """b's line loses its first n characters (a site's counter or column before the title): its text and
        its folded text alike, its indent growing by n so that its column stays the text's column."""
        b.text, b.indent = b.text[n:], b.indent + n
        self.folded[b.line - 1] = self.folded[b.line - 1][n:]

    def follows(self, a: Block, b: Block) -> bool:
        """b is the source line right after a: the next line or, in a spaced copy, the one after the
        blank lines it puts after every paragraph (a title wrapped over two paragraphs of a browser's copy)."""
        gap = b.line - a.line
        return gap == 1 or (1 < gap <= self.spaced + 1
                            and all(x.kind == D.BLANK for x in self.blocks[a.line:b.line - 1]))

    def above(self, line: int) -> list[Block]:
        """The blocks above source line `line` that the page's own lines can be among: the page's top
        (title.look_above_lines lines) and as many lines right above — so that a walk at every document a
        long compilation attaches stays linear; a headline or menu farther from both heads no document here."""
        w = self.v.data["title"]["look_above_lines"]
        end = max(0, line - 1)
        if end <= 2 * w:
            return self.blocks[:end]
        return self.blocks[:w] + self.blocks[end - w:end]

    def after(self, b: Block) -> Block | None:
        """The first non-blank line's block after b's line (None at the text's end)."""
        for i in range(b.line, len(self.blocks)):
            if self.blocks[i].kind != D.BLANK:
                return self.blocks[i]
        return None

    def before(self, b: Block) -> Block | None:
        """The last non-blank line's block before b's line (None at the text's start)."""
        for i in range(b.line - 2, -1, -1):
            if self.blocks[i].kind != D.BLANK:
                return self.blocks[i]
        return None

    def hint(self, b: Block) -> str:
        """The reader's hint for a block's line ("title", "h1".."h4", "list", "table-row", "")."""
        return self.hints.get(b.line - 1, "")
