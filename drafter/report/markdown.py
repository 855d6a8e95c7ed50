"""A parsed Document as Markdown: the title as `# `, level-1 headings as `## `, level-2 as `### `
and so on (markers kept), every other block as its own paragraph."""

from __future__ import annotations

from drafter.core import document as D
from drafter.core.document import Document


def _escape(text: str) -> str:
    """Keep a paragraph from turning into Markdown syntax (a leading #, -, 1. or >)."""
    if text[:1] in "#->+*|" or (text[:1].isdigit() and text.split(".", 1)[0].isdigit() and "." in text[:4]):
        return "\\" + text
    return text


def to_markdown(doc: Document) -> str:
    out: list[str] = []
    for b in doc.blocks:
        if b.kind == D.BLANK or b.kind == D.CHROME and b.detail == "duplicate":
            continue
        if b.kind == D.TITLE:
            out.append("# " + b.text)
        elif b.kind == D.HEADING:
            out.append("#" * (min(b.level or 1, 5) + 1) + " " + b.text)
        else:
            out.append(_escape(b.text))
    return "\n\n".join(out) + "\n"
