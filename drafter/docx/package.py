"""The OOXML package around a WordprocessingML document: content types, relationships, settings
(with the East Asian compatibility settings Word writes for Chinese documents), web settings, the
font table (PANOSE, signature and altName of the 公文 fonts, from fonts.toml), a minimal theme whose
fonts are the 公文 fonts (so nothing that falls back to the theme finds 等线 or Calibri), and the
document properties, zipped deterministically (fixed timestamps, fixed order): the same input
always gives the same bytes."""

from __future__ import annotations

import io
import zipfile

from drafter.docx.fonts import FontConfig, font_table_entry
from drafter.docx.ooxml import (A_NS, CT_NS, PKG_REL_NS, R_NS, REL_NS, W_NS, WML_CT, XML_DECL, attr,
                                el, text)

# part name -> content type, in the order the package lists them
_MAIN_PARTS = [
    ("word/document.xml", f"{WML_CT}.document.main+xml"),
    ("word/styles.xml", f"{WML_CT}.styles+xml"),
    ("word/settings.xml", f"{WML_CT}.settings+xml"),
    ("word/webSettings.xml", f"{WML_CT}.webSettings+xml"),
    ("word/fontTable.xml", f"{WML_CT}.fontTable+xml"),
    ("word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
]
# relationship type of each document-level part
_DOC_RELS = {"word/styles.xml": "styles", "word/settings.xml": "settings",
             "word/webSettings.xml": "webSettings", "word/fontTable.xml": "fontTable",
             "word/theme/theme1.xml": "theme"}


def content_types(footers: list[str]) -> str:
    over = [*((f"/{p}", t) for p, t in _MAIN_PARTS),
            *((f"/word/{name}", f"{WML_CT}.footer+xml") for name in footers),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
    body = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in over)
    return (XML_DECL + f'<Types xmlns="{CT_NS}">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + body + "</Types>")


def _rels(items: list[tuple[str, str, str]]) -> str:
    body = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{target}"/>' for i, t, target in items)
    return XML_DECL + f'<Relationships xmlns="{PKG_REL_NS}">' + body + "</Relationships>"


def package_rels() -> str:
    return _rels([
        ("rId1", f"{REL_NS}/officeDocument", "word/document.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
         "docProps/core.xml"),
        ("rId3", f"{REL_NS}/extended-properties", "docProps/app.xml"),
    ])


def document_rels(footers: dict[str, str]) -> str:
    """The document's relationships: rId1… the fixed parts, then footers (id -> part name)."""
    items = [(f"rId{i}", f"{REL_NS}/{kind}", part.removeprefix("word/"))
             for i, (part, kind) in enumerate(_DOC_RELS.items(), start=1)]
    items += [(rid, f"{REL_NS}/footer", name) for rid, name in footers.items()]
    return _rels(items)


FIRST_FREE_RID = len(_DOC_RELS) + 1

# Word's compatibility options for East Asian documents (a Chinese Normal.dotm writes these)
_EA_COMPAT = ("spaceForUL", "balanceSingleByteDoubleByteWidth", "doNotLeaveBackslashAlone",
              "ulTrailSpace", "doNotExpandShiftReturn", "adjustLineHeightInTable", "useFELayout")


def settings() -> str:
    """Odd/even footers on; punctuation not compressed (keeps 28 characters per line); the East
    Asian compatibility options; Word 2013+ layout; theme languages with East Asian zh-CN."""
    compat = "".join(f"<w:{name}/>" for name in _EA_COMPAT)
    return (XML_DECL + f'<w:settings xmlns:w="{W_NS}">'
            '<w:zoom w:percent="100"/>'
            '<w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
            '<w:defaultTabStop w:val="420"/>'
            '<w:evenAndOddHeaders/>'
            '<w:drawingGridHorizontalSpacing w:val="160"/><w:drawingGridVerticalSpacing w:val="579"/>'
            '<w:displayHorizontalDrawingGridEvery w:val="0"/><w:displayVerticalDrawingGridEvery w:val="2"/>'
            '<w:characterSpacingControl w:val="doNotCompress"/>'
            f'<w:compat>{compat}<w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
            '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
            "</w:settings>")


def web_settings() -> str:
    return (XML_DECL + f'<w:webSettings xmlns:w="{W_NS}"><w:optimizeForBrowser/><w:allowPNG/>'
            "</w:webSettings>")


def font_table(fonts: FontConfig) -> str:
    """One w:font per font in use, with what fonts.toml knows of it (in schema order)."""
    parts = [XML_DECL, f'<w:fonts xmlns:w="{W_NS}" xmlns:r="{R_NS}">']
    for name in [*fonts.east_asian(), fonts.latin]:
        facts = font_table_entry(name)
        parts.append(f"<w:font w:name={attr(name)}>")
        if facts.get("alt"):
            parts.append(el("w:altName", val=facts["alt"]))
        if facts.get("panose"):
            parts.append(el("w:panose1", val=facts["panose"]))
        parts.append(el("w:charset", val=facts.get("charset", "86")))
        parts.append(el("w:family", val=facts.get("family", "auto")))
        parts.append(el("w:pitch", val=facts.get("pitch", "variable")))
        sig = facts.get("sig")
        if sig:
            parts.append(el("w:sig", usb0=sig[0], usb1=sig[1], usb2=sig[2], usb3=sig[3],
                            csb0=sig[4], csb1=sig[5]))
        parts.append("</w:font>")
    parts.append("</w:fonts>")
    return "".join(parts)


_COLORS = (("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
           ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
           ("dk2", '<a:srgbClr val="44546A"/>'), ("lt2", '<a:srgbClr val="E7E6E6"/>'),
           ("accent1", '<a:srgbClr val="4472C4"/>'), ("accent2", '<a:srgbClr val="ED7D31"/>'),
           ("accent3", '<a:srgbClr val="A5A5A5"/>'), ("accent4", '<a:srgbClr val="FFC000"/>'),
           ("accent5", '<a:srgbClr val="5B9BD5"/>'), ("accent6", '<a:srgbClr val="70AD47"/>'),
           ("hlink", '<a:srgbClr val="0563C1"/>'), ("folHlink", '<a:srgbClr val="954F72"/>'))


def theme(fonts: FontConfig) -> str:
    """A minimal Office theme: major fonts 小标宋 (headings), minor fonts 仿宋 (body), Latin Times
    New Roman, the Hans script font named too; plain colour and format schemes."""
    def font_set(tag: str, ea: str) -> str:
        return (f"<a:{tag}><a:latin typeface={attr(fonts.latin)}/><a:ea typeface={attr(ea)}/>"
                f"<a:cs typeface={attr(fonts.latin)}/><a:font script=\"Hans\" typeface={attr(ea)}/></a:{tag}>")

    solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = f'<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr">{solid}<a:prstDash val="solid"/></a:ln>'
    return (XML_DECL + f'<a:theme xmlns:a="{A_NS}" name="公文"><a:themeElements>'
            '<a:clrScheme name="公文">' + "".join(f"<a:{n}>{c}</a:{n}>" for n, c in _COLORS) + "</a:clrScheme>"
            '<a:fontScheme name="公文">' + font_set("majorFont", fonts.title) + font_set("minorFont", fonts.body)
            + "</a:fontScheme>"
            '<a:fmtScheme name="公文">'
            f"<a:fillStyleLst>{solid * 3}</a:fillStyleLst>"
            f"<a:lnStyleLst>{line * 3}</a:lnStyleLst>"
            "<a:effectStyleLst>" + "<a:effectStyle><a:effectLst/></a:effectStyle>" * 3 + "</a:effectStyleLst>"
            f"<a:bgFillStyleLst>{solid * 3}</a:bgFillStyleLst>"
            "</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>")


def core_properties(title: str, creator: str) -> str:
    return (XML_DECL + '<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{text(title)}</dc:title><dc:creator>{text(creator)}</dc:creator>"
            "<dc:language>zh-CN</dc:language></cp:coreProperties>")


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


def package(document: str, styles: str, footers: dict[str, tuple[str, str]], fonts: FontConfig,
            title: str, creator: str) -> bytes:
    """The whole .docx: footers maps relationship id -> (part name, xml)."""
    names = {rid: name for rid, (name, _xml) in footers.items()}
    parts = [
        ("[Content_Types].xml", content_types(list(names.values()))),
        ("_rels/.rels", package_rels()),
        ("docProps/core.xml", core_properties(title, creator)),
        ("docProps/app.xml", app_properties()),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", document_rels(names)),
        ("word/styles.xml", styles),
        ("word/settings.xml", settings()),
        ("word/webSettings.xml", web_settings()),
        ("word/fontTable.xml", font_table(fonts)),
        ("word/theme/theme1.xml", theme(fonts)),
        *((f"word/{name}", xml) for name, xml in footers.values()),
    ]
    return zip_parts(parts)
