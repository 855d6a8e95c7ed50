"""Section roles (achievements, problems, plans, duty …) and the document's kind (SPEC §2)."""

from __future__ import annotations

import re

from drafter.core import document as D
from drafter.core.document import Block, Document
from drafter.core.outline.state import ParseState
from drafter.core.resources import kinds, role_patterns
from drafter.text.punct import fold


def heading_role(title: str) -> str | None:
    heading, _turns = role_patterns()
    for role, rx in heading:
        if rx.search(title):
            return role
    return None


def _first_sentence(st: ParseState, text: str) -> str:
    end = st.v.sentence_end_rx.search(text)
    return fold(text[:end.start()] if end else text)


def roles(st: ParseState) -> None:
    """Section roles: from level-1 heading text (children inherit); un-keyworded level-1 sections
    before any problems/plans section are achievements; paragraphs before the first heading are the
    opening; an unheaded paragraph whose lead announces problems or plans turns the role.
    Reads blocks (kinds, titles). Sets role of headings and paragraphs."""
    blocks: list[Block] = st.blocks
    _heading, turns = role_patterns()
    heads = [b for b in blocks if b.kind == D.HEADING]
    top = min((b.level for b in heads if b.level), default=1)
    current: str | None = "opening"
    seen_any_heading = False
    late = False  # a problems/plans/duty section has been seen
    for b in blocks:
        if b.kind == D.HEADING:
            seen_any_heading = True
            r = heading_role(b.title)
            if b.level == top:
                if r is None:
                    r = "achievements" if not late else (current if current not in ("opening", None) else "other")
                current = r
                if r in ("problems", "plans", "duty"):
                    late = True
            elif r in ("problems", "plans", "duty") and current not in ("plans", "duty", "problems"):
                current = r  # a sub-heading that turns the report (seldom)
                late = True
            b.role = current
        elif b.kind == D.PARAGRAPH:
            lead = _first_sentence(st, b.text)
            for role, pats in turns.items():
                if any(p.search(lead) for p in pats) and (seen_any_heading or role == "plans"):
                    if not (role == "plans" and current == "opening" and not seen_any_heading and not heads):
                        if current not in ("problems", "plans") or role == "plans":
                            current = role
                            late = True
                    break
            b.role = current


def guess_kind(doc: Document) -> str:
    """The document form by title and first lines (SPEC §2); annual when nothing says otherwise."""
    return detect_kind(doc) or "annual"


def detect_kind(doc: Document) -> str | None:
    """The document form when the title or first lines name it (None: nothing names it)."""
    lead = [b.text for b in doc.blocks if b.kind in (D.COVER, D.BYLINE, D.SUBTITLE, D.PARAGRAPH)][:3]
    for probe in (fold(doc.title), fold("\n".join(lead))):
        if not probe:
            continue
        for kind, spec in kinds().items():
            if any(re.search(p, probe, re.M) for p in spec["detect"]):
                return kind
    return None
