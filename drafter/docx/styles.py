"""Effective formatting of .docx paragraphs and runs, the way Word resolves it.

Run properties: direct rPr → character style (basedOn chain) → paragraph style (basedOn chain;
the document's default paragraph style when none is set) → docDefaults. Each property (and each
attribute of w:rFonts) is inherited on its own. The East Asian font is `w:eastAsia`, overridden at
the same level by `w:eastAsiaTheme`, which names a font of the theme (the `ea` typeface, or the
`Hans` script font when that is empty). Paragraph properties: direct pPr → style chain →
docDefaults, attribute by attribute."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
W = f"{{{W_NS}}}"
A = f"{{{A_NS}}}"

_FALSE = ("0", "false", "off", "none")


def _w(el, name: str):
    return el.find(f"{W}{name}") if el is not None else None


def _toggle(chain, name: str, default: bool) -> bool:
    """An on/off property (w:b, w:snapToGrid): the nearest element in the chain decides; a bare
    element means on."""
    for props in chain:
        el = _w(props, name)
        if el is not None:
            return (_attr(el, "val") or "1").lower() not in _FALSE
    return default


def _attr(el, name: str) -> str | None:
    return el.get(f"{W}{name}") if el is not None else None


@dataclass
class RunFormat:
    east_asia: str | None   # effective East Asian font name (None: nothing set anywhere)
    size: float | None      # points
    bold: bool


@dataclass
class ParaFormat:
    line: int | None         # w:spacing/@w:line
    line_rule: str | None    # auto | exact | atLeast (None = auto)
    first_line: int | None   # twips
    first_line_chars: int | None  # hundredths of a character
    hanging: int | None
    hanging_chars: int | None
    jc: str | None
    snap_to_grid: bool

    def first_line_indent_chars(self, size_pt: float) -> float:
        """The first-line indent in characters of `size_pt` (negative for a hanging indent)."""
        if self.hanging_chars:
            return -self.hanging_chars / 100
        if self.hanging:
            return -self.hanging / 20 / size_pt
        if self.first_line_chars:
            return self.first_line_chars / 100
        if self.first_line:
            return self.first_line / 20 / size_pt
        return 0.0


class StyleResolver:
    def __init__(self, doc):
        self.styles: dict[str, etree._Element] = {}
        self.default_para_style: str | None = None
        self.default_rpr = None
        self.default_ppr = None
        try:
            root = doc.styles.element
        except Exception:
            root = None
        if root is not None:
            for st in root.findall(f"{W}style"):
                sid = _attr(st, "styleId")
                if sid is None:
                    continue
                self.styles[sid] = st
                if _attr(st, "type") == "paragraph" and _attr(st, "default") in ("1", "true", "on"):
                    self.default_para_style = sid
            dd = _w(root, "docDefaults")
            self.default_rpr = _w(_w(dd, "rPrDefault"), "rPr")
            self.default_ppr = _w(_w(dd, "pPrDefault"), "pPr")
        self.theme = _theme_fonts(doc)

    # --- chains -------------------------------------------------------------------------------
    def _style_chain(self, style_id: str | None) -> list:
        chain, seen = [], set()
        while style_id and style_id not in seen and style_id in self.styles:
            seen.add(style_id)
            st = self.styles[style_id]
            chain.append(st)
            style_id = _attr(_w(st, "basedOn"), "val")
        return chain

    def para_style_id(self, p) -> str | None:
        return _attr(_w(_w(p, "pPr"), "pStyle"), "val") or self.default_para_style

    def _rpr_chain(self, p, r) -> list:
        chain = []
        if r is not None:
            rpr = _w(r, "rPr")
            if rpr is not None:
                chain.append(rpr)
            for st in self._style_chain(_attr(_w(rpr, "rStyle"), "val")):
                chain.append(_w(st, "rPr"))
        for st in self._style_chain(self.para_style_id(p)):
            chain.append(_w(st, "rPr"))
        chain.append(self.default_rpr)
        return [c for c in chain if c is not None]

    def _ppr_chain(self, p) -> list:
        chain = [_w(p, "pPr")]
        for st in self._style_chain(self.para_style_id(p)):
            chain.append(_w(st, "pPr"))
        chain.append(self.default_ppr)
        return [c for c in chain if c is not None]

    # --- runs ---------------------------------------------------------------------------------
    def run_format(self, p, r) -> RunFormat:
        chain = self._rpr_chain(p, r)
        east_asia = None
        for rpr in chain:
            fonts = _w(rpr, "rFonts")
            if fonts is None:
                continue
            theme = _attr(fonts, "eastAsiaTheme")
            if theme:
                east_asia = self.theme.get(theme) or f"（主题字体 {theme}）"
                break
            name = _attr(fonts, "eastAsia")
            if name:
                east_asia = name
                break
        size = None
        for rpr in chain:
            sz = _attr(_w(rpr, "sz"), "val")
            if sz:
                try:
                    size = int(sz) / 2
                except ValueError:
                    continue
                break
        return RunFormat(east_asia, size if size is not None else 10.0, _toggle(chain, "b", False))

    # --- paragraphs ---------------------------------------------------------------------------
    def para_format(self, p) -> ParaFormat:
        chain = self._ppr_chain(p)

        def pick(child: str, attr: str) -> str | None:
            for ppr in chain:
                v = _attr(_w(ppr, child), attr)
                if v is not None:
                    return v
            return None

        def num(child: str, attr: str) -> int | None:
            v = pick(child, attr)
            try:
                return int(float(v)) if v is not None else None
            except ValueError:
                return None

        snap = _toggle(chain, "snapToGrid", True)
        return ParaFormat(
            line=num("spacing", "line"), line_rule=pick("spacing", "lineRule"),
            first_line=num("ind", "firstLine"), first_line_chars=num("ind", "firstLineChars"),
            hanging=num("ind", "hanging"), hanging_chars=num("ind", "hangingChars"),
            jc=pick("jc", "val"), snap_to_grid=snap)


def _theme_fonts(doc) -> dict[str, str]:
    """eastAsiaTheme value → font name, from the document's theme part (if any)."""
    out: dict[str, str] = {}
    try:
        part = next(rel.target_part for rel in doc.part.rels.values()
                    if rel.reltype.endswith("/theme") and not rel.is_external)
        root = etree.fromstring(part.blob)
    except Exception:
        return out
    scheme = root.find(f".//{A}fontScheme")
    if scheme is None:
        return out
    for which in ("major", "minor"):
        font = scheme.find(f"{A}{which}Font")
        if font is None:
            continue
        latin = font.find(f"{A}latin")
        ea = font.find(f"{A}ea")
        hans = next((f.get("typeface") for f in font.findall(f"{A}font") if f.get("script") == "Hans"), None)
        ea_name = (ea.get("typeface") if ea is not None else "") or hans or ""
        if ea_name:
            out[f"{which}EastAsia"] = ea_name
        if latin is not None and latin.get("typeface"):
            out[f"{which}HAnsi"] = latin.get("typeface")
            out[f"{which}Ascii"] = latin.get("typeface")
    return out
