"""OOXML names and string helpers, defined once: namespaces, the XML declaration, escaping, and
`el()` for empty WordprocessingML elements. Every part writer builds its XML with these."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"   # relationship types
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
WML_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# characters XML 1.0 cannot carry (a stray \x0b from a Word paste, etc.)
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(s: str) -> str:
    """The text without characters XML cannot carry."""
    return _XML_INVALID.sub("", s)


def text(s: str) -> str:
    """Escape character data."""
    return escape(clean(s))


def attr(s: str | int) -> str:
    """A quoted attribute value."""
    return quoteattr(clean(str(s)))


def el(tag: str, **attrs: str | int) -> str:
    """An empty element `<w:tag w:a="v"/>`; attribute names without prefix get `w:`, `a__b` is `a:b`."""
    parts = [f"<{tag}"]
    for k, v in attrs.items():
        name = k.replace("__", ":") if "__" in k else f"w:{k}"
        parts.append(f" {name}={attr(v)}")
    parts.append("/>")
    return "".join(parts)


def on_off(tag: str, on: bool) -> str:
    """An on/off property written explicitly: `<w:tag/>` or `<w:tag w:val="0"/>`."""
    return el(tag) if on else el(tag, val=0)
