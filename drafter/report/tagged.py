"""The structure a template renders, kept: tagged lines -> the official text and its `Document`.

Templates do not write bare text for the document's elements: the macros of `_blocks.j2` call
`emit(kind, text, **attrs)`, which writes one *tagged line* — a STX control character, then a JSON array
``[kind, text, attrs]`` — so the heading that the YAML calls a heading is a heading, and a paragraph
that merely looks like one (a short line without 。, a line starting with （五） or 1.) stays a
paragraph. `to_document` reads the rendered output back into

- the plain official text (one paragraph per line, full-width punctuation) for txt and md output
  and for lint, and
- a `Document` whose blocks carry that structure (`Document.structured = True`) for the .docx writer.

A user's template that writes plain lines (no tags) is typeset like `drafter format`: its text goes
through the outline parser. Tagged and plain lines may be mixed; a plain line is then a paragraph.

Kinds (core.document): title, subtitle, byline, salutation, heading (attrs level, marker, run_in,
body), paragraph, table (attrs rows, header_rows; text = caption), signature, date, cover (attr
detail: title, recipients, notice, issuer, date, note), chrome (detail index-table), issuer-mark,
doc-number, attachment-note, cc, imprint."""

from __future__ import annotations

import json

from drafter.core import document as D
from drafter.text.punct import to_fullwidth

MARK = "\x02"  # STX: not whitespace (str.strip keeps it), never in a clerk's text
KINDS = frozenset({D.TITLE, D.SUBTITLE, D.BYLINE, D.SALUTATION, D.HEADING, D.PARAGRAPH, D.TABLE,
                   D.SIGNATURE, D.DATE, D.COVER, D.CHROME, D.ISSUER_MARK, D.DOC_NUMBER,
                   D.ATTACHMENT_NOTE, D.CC, D.IMPRINT})


def emit(kind: str, text: str = "", **attrs) -> str:
    """One tagged line for the template output (called from the macros as `emit(...)`)."""
    if kind not in KINDS:
        raise ValueError(f"emit(): 没有这种元素“{kind}”（可用：{'、'.join(sorted(KINDS))}）")
    return MARK + json.dumps([kind, str(text or ""), attrs], ensure_ascii=False) + "\n"


def untag(line: str) -> str:
    """The visible text of a tagged line (a plain line as it is): for run-in bodies in macros."""
    line = str(line).strip()
    if not line.startswith(MARK):
        return line
    kind, text, attrs = json.loads(line[1:])
    return _visible(kind, text, attrs)


def _visible(kind: str, text: str, attrs: dict) -> str:
    if kind == D.HEADING:
        head = attrs.get("marker", "") + text
        if attrs.get("run_in") and attrs.get("body"):
            from drafter.report.filters import sentence
            return sentence(head) + attrs["body"]
        return head
    return text


def _fw(s: str) -> str:
    return to_fullwidth(s.strip())


def _table_lines(caption: str, rows: list[list[str]]) -> list[str]:
    """A table in plain text: its caption, then one line a row with the cells separated by tabs."""
    out = [caption] if caption else []
    out += ["\t".join(str(c).replace("\n", " ") for c in row) for row in rows]
    return out


def is_tagged(raw: str) -> bool:
    return MARK in raw


def to_document(raw: str, path: str = "<report>") -> tuple[str, D.Document]:
    """The rendered template output -> (official text, Document with the rendered structure).

    Untagged output (a user's plain template) is parsed like a draft (`drafter format`)."""
    if not is_tagged(raw):
        from drafter.core.outline import parse_text
        text = "\n".join(ln for ln in (_fw(x) for x in raw.split("\n")) if ln) + "\n"
        return text, parse_text(text, path=path)
    lines: list[str] = []
    blocks: list[D.Block] = []
    for piece in raw.split("\n"):
        piece = piece.strip()
        if not piece:
            continue
        if not piece.startswith(MARK):
            kind, text, attrs = D.PARAGRAPH, piece, {}
        else:
            kind, text, attrs = json.loads(piece[1:])
        text = _fw(text)
        if kind == D.TABLE:
            rows = [[_fw(str(c)) for c in row] for row in attrs.get("rows", [])]
            table = D.Table(rows=rows, caption=text, header_rows=int(attrs.get("header_rows", 1)))
            shown = _table_lines(text, rows)
            blocks.append(D.Block(kind=D.TABLE, line=len(lines) + 1, text=shown[0] if shown else "",
                                  table=table))
            lines += shown
            continue
        if kind == D.HEADING:
            marker = _fw(attrs.get("marker", ""))
            body = _fw(attrs.get("body", "")) if attrs.get("run_in") else ""
            shown = _fw(_visible(kind, text, {**attrs, "marker": marker, "body": body}))
            lines.append(shown)
            blocks.append(D.Block(kind=D.HEADING, line=len(lines), text=shown, level=int(attrs.get("level", 1)),
                                  marker=marker, title=text, body=body, run_in=bool(body),
                                  ordinal=attrs.get("number"), role=attrs.get("role")))
            continue
        if not text:
            continue
        lines.append(text)
        blocks.append(D.Block(kind=kind, line=len(lines), text=text, detail=attrs.get("detail", ""),
                              role=attrs.get("role")))
    _assign_roles(blocks)
    doc = D.Document(path=path, lines=lines, blocks=blocks, format="txt", structured=True)
    return "\n".join(lines) + "\n", doc


def _assign_roles(blocks: list[D.Block]) -> None:
    """A body block without a `role` attribute (a user's plain line) takes the role of the block
    before it; the built-in macros tag every block of a section with the section's role."""
    role = None
    for b in blocks:
        if b.role:
            role = b.role
        elif b.kind in (D.PARAGRAPH, D.HEADING, D.TABLE):
            b.role = role
