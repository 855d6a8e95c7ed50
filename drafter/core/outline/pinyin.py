"""Pinyin noise of a transcoded mirror: a traditional-character copy may print a character's reading in
brackets after it (印發(fā), 關(guān)於, 會(huì )). A person reads past it; the parser reads the line
without it and gives the lines it finds (titles, headings) back as written, the noise in place.

Both steps are linear in the line's length."""

from __future__ import annotations

import re

Inserts = tuple[tuple[int, str], ...]  # (position in the clean text, noise put back before it)


def strip(text: str, rx: re.Pattern) -> tuple[str, Inserts]:
    """The text without its pinyin noise, and where each noise stood in that clean text."""
    parts: list[str] = []
    inserts: list[tuple[int, str]] = []
    last = clean_len = 0
    for m in rx.finditer(text):
        parts.append(text[last:m.start()])
        clean_len += m.start() - last
        inserts.append((clean_len, m.group()))
        last = m.end()
    parts.append(text[last:])
    return "".join(parts), tuple(inserts)


def restore(clean_line: str, inserts: Inserts, part: str) -> str:
    """part, a piece of clean_line (a title, a heading's text), with the noise that stood inside it
    or right after its last character put back; part unchanged when it is not in the line."""
    start = clean_line.find(part) if part else -1
    if start < 0 or not inserts:
        return part
    end = start + len(part)
    out: list[str] = []
    at = start
    for pos, noise in inserts:
        if start < pos <= end:
            out.append(clean_line[at:pos])
            out.append(noise)
            at = pos
    out.append(clean_line[at:end])
    return "".join(out)
