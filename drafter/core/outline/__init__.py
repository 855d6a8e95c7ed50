"""The one outline parser: lines of an official document -> `Document`.

Reads NFKC-folded text (ASCII , ; : ( ) as in the seeds) and proper full-width text alike: every
test runs on `punct.fold(line)`, which has the same length as the line, so markers and titles are
sliced from the text as written.

The parser is a table of passes (drafter.core.outline.passes.PASSES) over one shared state; its
vocabulary is drafter/data/outline.toml, loaded and compiled on the first parse, not at import."""

from __future__ import annotations

from drafter.core.outline.chrome import is_chrome
from drafter.core.outline.enums import find_enumerations
from drafter.core.outline.headings import match_heading
from drafter.core.outline.passes import PASSES, parse
from drafter.core.outline.roles import detect_kind, guess_kind, heading_role
from drafter.core.document import Document
from drafter.core.readers import Source

__all__ = ["PASSES", "parse", "parse_file", "parse_text", "detect_kind", "guess_kind", "heading_role",
           "is_chrome", "find_enumerations", "match_heading"]


def parse_file(path: str) -> Document:
    from drafter.core.readers import read_source
    return parse(read_source(path))


def parse_text(text: str, path: str | None = None, fmt: str = "txt") -> Document:
    from drafter.core.readers import split_lines
    return parse(Source(path=path or "<text>", lines=split_lines(text), format=fmt))
