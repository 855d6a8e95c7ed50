"""The document a notice 印发s (or 下发s), printed after the notice's own closing: a web page of a
印发 notice shows the notice — its title, recipients, text, 署名 and 成文日期 (GB/T 9704-2012 7.3.5),
a (此件公开发布) note — and then the attached document with its own title and text."""

from __future__ import annotations

from drafter.core import document as D
from drafter.core.document import Block
from drafter.core.outline.matter import signature_like
from drafter.core.outline.state import ParseState
from drafter.core.outline.titlelines import title_starts
from drafter.core.outline.titlewalk import read_top


def attached_documents(st: ParseState) -> None:
    """A closing inside the body — up to two 署名 lines over a 成文日期 alone on its line, then
    perhaps a (此件…) note — followed by a title and more text: the notice ends there and the
    document it sends begins. That document's top matter is read like the first one's
    (titlewalk.read_top); the notice's title lines, 署名, date and note become COVER (title,
    issuer, date, note), as for the 印发 cover of seed 001, so the document's title is the sent one.
    Reads body, folded, kinds so far. Sets kind COVER, and what read_top sets."""
    v, body = st.v, st.body
    # the last line of text: a heading or a sentence (a list of other documents' titles under the
    # closing, the site's 相关文章 without its heading, is no document sent)
    last_text = max((i for i, x in enumerate(body) if x.kind == D.HEADING
                     or x.kind == D.PARAGRAPH and any(c in st.f(x) for c in v.sentence_end)), default=-1)
    titles_done = 0  # body[:titles_done] holds no TITLE of an earlier notice any more (one walk in all)
    for k, b in enumerate(body):
        f = st.f(b).replace(" ", "")
        if b.kind != D.PARAGRAPH or not (v.date.match(f) or v.figures_date.match(f)):
            continue  # (a 成文日期 whose 年月日 the copy lost: 2019626, under its 署名)
        sigs = _signatures_above(st, k)
        j = k + 1
        note = body[j] if j < len(body) and body[j].kind == D.PARAGRAPH and v.cover_note.match(st.f(body[j])) else None
        j += note is not None
        if not sigs or j >= last_text or not title_starts(st, j):
            continue
        for t in body[titles_done:k]:
            if t.kind == D.TITLE:
                t.kind, t.level, t.detail = D.COVER, None, "title"
        titles_done = k
        read_top(st, j)
        for x, detail in [*((s, "issuer") for s in sigs), (b, "date"), (note, "note")]:
            if x is not None:
                x.kind, x.detail = D.COVER, detail


def _signatures_above(st: ParseState, k: int) -> list[Block]:
    out: list[Block] = []
    j = k - 1
    while j >= 0 and len(out) < 2 and signature_like(st, st.body[j], st.f(st.body[j])):
        out.insert(0, st.body[j])
        j -= 1
    return out
