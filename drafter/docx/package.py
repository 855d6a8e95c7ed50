"""The OOXML package around a WordprocessingML document: content types, relationships, settings,
font table and document properties, zipped deterministically (fixed timestamps, fixed order), so the
same input always gives the same bytes. No theme part is written, so no theme font can leak in."""

from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape, quoteattr

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"

# characters XML 1.0 cannot carry (a stray \x0b from a Word paste, etc.)
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def text(s: str) -> str:
    """Escape character data."""
    return escape(_XML_INVALID.sub("", s))


def attr(s: str | int) -> str:
    """A quoted attribute value."""
    return quoteattr(_XML_INVALID.sub("", str(s)))


def el(tag: str, **attrs: str | int) -> str:
    """An empty element `<w:tag w:a="v"/>`; attribute names without prefix get `w:`."""
    parts = [f"<{tag}"]
    for k, v in attrs.items():
        name = k.replace("__", ":") if "__" in k else f"w:{k}"
        parts.append(f" {name}={attr(v)}")
    parts.append("/>")
    return "".join(parts)


def content_types(footers: list[str]) -> str:
    over = [
        ("/word/document.xml", f"{_CT}.document.main+xml"),
        ("/word/styles.xml", f"{_CT}.styles+xml"),
        ("/word/settings.xml", f"{_CT}.settings+xml"),
        ("/word/fontTable.xml", f"{_CT}.fontTable+xml"),
        *((f"/word/{name}", f"{_CT}.footer+xml") for name in footers),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ]
    body = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in over)
    return (XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + body + "</Types>")


def _rels(items: list[tuple[str, str, str]]) -> str:
    body = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{target}"/>' for i, t, target in items)
    return (XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + body + "</Relationships>")


def package_rels() -> str:
    return _rels([
        ("rId1", f"{_REL}/officeDocument", "word/document.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
         "docProps/core.xml"),
        ("rId3", f"{_REL}/extended-properties", "docProps/app.xml"),
    ])


def document_rels(footers: dict[str, str]) -> str:
    """footers: relationship id -> part name."""
    items = [("rId1", f"{_REL}/styles", "styles.xml"),
             ("rId2", f"{_REL}/settings", "settings.xml"),
             ("rId3", f"{_REL}/fontTable", "fontTable.xml")]
    items += [(rid, f"{_REL}/footer", name) for rid, name in footers.items()]
    return _rels(items)


def settings() -> str:
    """Odd/even footers on; punctuation not compressed (keeps 28 characters per line); Word 2013+
    layout; East Asian theme language zh-CN."""
    return (XML_DECL + f'<w:settings xmlns:w="{W_NS}">'
            '<w:zoom w:percent="100"/>'
            '<w:defaultTabStop w:val="420"/>'
            '<w:evenAndOddHeaders/>'
            '<w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
            '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
            "</w:settings>")


# Windows names the GB2312 fonts may fall back to when they are missing.
_ALT_NAMES = {"仿宋_GB2312": "仿宋", "楷体_GB2312": "楷体"}


def font_table(east_asian: list[str], latin: str) -> str:
    parts = [XML_DECL, f'<w:fonts xmlns:w="{W_NS}">']
    for name in east_asian:
        parts.append(f"<w:font w:name={attr(name)}>")
        if name in _ALT_NAMES:
            parts.append(el("w:altName", val=_ALT_NAMES[name]))
        parts.append('<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>')
    parts.append(f'<w:font w:name={attr(latin)}><w:charset w:val="00"/><w:family w:val="roman"/>'
                 '<w:pitch w:val="variable"/></w:font>')
    parts.append("</w:fonts>")
    return "".join(parts)


def core_properties(title: str) -> str:
    return (XML_DECL + '<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{text(title)}</dc:title><dc:language>zh-CN</dc:language></cp:coreProperties>")


def app_properties() -> str:
    return (XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'extended-properties"><Application>drafter</Application></Properties>')


def zip_parts(parts: list[tuple[str, str]]) -> bytes:
    """Zip (name, xml) pairs in the given order with a fixed timestamp: reproducible bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data.encode("utf-8"))
    return buf.getvalue()
