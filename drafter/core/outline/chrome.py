"""Web-page chrome: toolbars, article headers, breadcrumbs, metadata blocks, footers, duplicates.

A page saved as text brings its site with it. These passes mark such lines CHROME (with a detail:
"page", "index-table", "caption", "breadcrumb", "duplicate", "footer", "after-imprint") so that no
later pass takes them for a title, heading or paragraph."""

from __future__ import annotations

from drafter.core import document as D
from drafter.core.document import Block
from drafter.core.outline.state import ParseState
from drafter.core.outline.vocab import Vocab, vocab
from drafter.text.punct import fold


def is_chrome(content: str, v: Vocab | None = None) -> str:
    """The kind of page chrome a line is ("" when it is not chrome)."""
    v = v or vocab()
    if content in v.chrome_exact:
        return "page"
    if len(content) > v.chrome_max:  # chrome lines are short; the duplicate dump is found elsewhere
        return ""
    folded = fold(content)
    for rx in v.chrome_lines:
        if rx.search(folded):
            if "|" in folded or "｜" in folded or folded.startswith(v.index_table_leads):
                return "index-table"
            if folded.endswith(v.caption_end):
                return "caption"
            return "page"
    return ""


def _is_duplicate_dump(folded: str, seen: set[str], v: Vocab) -> bool:
    """A very long line that repeats several earlier lines verbatim, joined by spaces: a web page's
    duplicate of the text (seed 001's last line)."""
    if len(folded) < v.dump_min or " " not in folded:
        return False
    hits = 0
    for chunk in folded.split(" "):
        if len(chunk) >= v.dump_chunk_min and chunk in seen:
            hits += 1
            if hits >= v.dump_hits:
                return True
    return False


def _mark(b: Block, detail: str) -> None:
    b.kind, b.detail = D.CHROME, detail


def chrome_lines(st: ParseState) -> None:
    """Line by line: chrome lines, a line repeating the chrome line before it, the page's duplicate
    dump, and the 版记 印发 line (IMPRINT) after which everything is chrome.
    Reads content, folded. Sets kind/detail of content blocks (CHROME, IMPRINT)."""
    v = st.v
    seen: set[str] = set()
    after_imprint = False
    prev_chrome: Block | None = None
    for b in st.content:
        f = st.f(b)
        if after_imprint:
            _mark(b, "after-imprint")
            continue
        kind = is_chrome(b.text, v)
        if kind:
            _mark(b, kind)
        elif prev_chrome is not None and prev_chrome.text == b.text:
            _mark(b, "duplicate")
        elif _is_duplicate_dump(f, seen, v):
            _mark(b, "duplicate")
        elif v.imprint.match(f):
            b.kind = D.IMPRINT
            after_imprint = True
        else:
            seen.add(f)
        prev_chrome = b if b.kind == D.CHROME else None


def chrome_context(st: ParseState) -> None:
    """Chrome known by its neighbours: breadcrumb items beside a > separator, the value line under a
    bare 来源：/时间： label, time stamps, a newspaper name near the top, a repeat of a chrome line.
    Reads content, folded and the kinds set so far. Sets kind/detail (CHROME) of PARAGRAPH blocks."""
    v = st.v
    content = st.content
    for k, b in enumerate(content):
        f = st.f(b)
        if b.kind == D.CHROME and f in v.breadcrumb_separators:
            for nb in (content[k - 1] if k else None, content[k + 1] if k + 1 < len(content) else None):
                if nb is not None and nb.kind == D.PARAGRAPH and len(nb.text) <= v.breadcrumb_max:
                    _mark(nb, "breadcrumb")
        elif b.kind == D.CHROME and f in v.value_labels and k + 1 < len(content):
            nb = content[k + 1]
            if nb.kind == D.PARAGRAPH and len(nb.text) <= v.value_max:
                _mark(nb, "page")
        elif b.kind == D.PARAGRAPH and (v.stamp.match(f) or (k < v.press_top_lines and v.press.match(f))):
            _mark(b, "page")
        elif b.kind == D.PARAGRAPH and k and content[k - 1].kind == D.CHROME and content[k - 1].text == b.text:
            _mark(b, "duplicate")
