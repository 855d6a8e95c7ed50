"""Format checks of a .docx against GB/T 9704-2012 (SPEC §5): the X rules, one registered check
each (`@rule("X003", target="docx")`), run on an opened python-docx document (a file or bytes).

Paper and margins, fonts and sizes of the title, the headings by level and the body (resolved
through run → character style → paragraph style → basedOn chain → docDefaults, East Asian font),
bold on heavy fonts, line pitch, first-line indent, page numbers. Paragraph roles come from the
shared outline parser on the same lines `drafter.docx.reader` reads. Repetitive problems are
grouped: one finding per problem type, on the first paragraph, with the count in the message.
The per-paragraph formats are resolved once per document (`DocxContext`, lazily, for the rules
that are enabled) and shared by the rules that read them. Messages, severities and sources are in
the catalogue (drafter/data/rules.toml); expected values and accepted fonts in
drafter/data/docx_format.toml."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from drafter.lint.context import Hit, Memo
from drafter.lint.lexicon import LazyPattern
from drafter.lint.registry import DOCX, rule

EMU_PER_MM = 36000


@functools.cache
def _config() -> dict:
    from drafter.core.resources import load_toml

    cfg = load_toml("docx_format.toml")
    fonts = {k: list(v) for k, v in cfg["fonts"].items()}
    try:  # whatever font preset drafter itself writes is accepted
        for spec in load_toml("fonts.toml").get("presets", {}).values():
            for key, target in (("body", "body"), ("heading1", "heading1"), ("heading2", "heading2"),
                                ("title", "title")):
                if spec.get(key) and spec[key] not in fonts[target]:
                    fonts[target].append(spec[key])
    except (OSError, ValueError, KeyError):
        pass
    return {**cfg, "fonts": fonts}


def _norm(name: str | None) -> str:
    return (name or "").strip().lower().replace(" ", "")


def _font_in(name: str | None, names: list[str]) -> bool:
    return _norm(name) in {_norm(n) for n in names}


def _size_text(pt: float) -> str:
    names = _config()["size_names"]
    key = f"{pt:g}"
    return f"{key} 磅（{names[key]}）" if key in names else f"{key} 磅"


def _font_text(name: str | None) -> str:
    return name if name else _config()["names"]["no_font"]


def _align_text(jc: str | None) -> str:
    return _config()["align_names"].get(jc or "left", jc or "左对齐")


@dataclass
class _Group:
    """Paragraphs sharing one problem: reported once, on the first, with a count."""
    first: int | None = None
    count: int = 0
    actual: str = ""

    def add(self, line: int, actual: str) -> None:
        if self.first is None:
            self.first, self.actual = line, actual
        self.count += 1


@dataclass
class _Para:
    """What the paragraph rules read of one outline block (resolved once, on first use)."""
    block: object
    index: int                      # paragraph index in the document
    heading_formats: list = field(default_factory=list)  # [(RunFormat, text)] of a numbered heading
    body_formats: list = field(default_factory=list)     # … of its body text (a paragraph, run-in body)


class DocxContext(Memo):
    """One opened .docx and its parsed outline; what the X rules share is built on first use."""

    def __init__(self, docx_doc, outline=None, path: str = "<docx>"):
        from drafter.docx.reader import paragraph_lines
        from drafter.docx.styles import StyleResolver

        self.path = path
        self.cfg = _config()
        self.doc = docx_doc
        self.lines, hints, self.labels = paragraph_lines(docx_doc)
        from drafter.docx.reader import reading_paragraphs
        self.paragraphs = reading_paragraphs(docx_doc)
        self.styles = StyleResolver(docx_doc)
        if outline is None:
            from drafter.core.outline import parse
            from drafter.core.readers import Source
            outline = parse(Source(path=path, lines=self.lines, format="docx", hints=hints))
        self.outline = outline
        self._memo: dict = {}

    def hit(self, rule_id: str, line: int = 1, length: int | None = None, variant: str = "", **args) -> Hit:
        if length is None:
            length = len(self.lines[line - 1]) if 0 < line <= len(self.lines) else 0
        return Hit(rule_id, length=length, line=line, column=1, args=args, variant=variant)

    def group_hit(self, rule_id: str, group: _Group, **args) -> list[Hit]:
        if group.first is None:
            return []
        return [self.hit(rule_id, group.first, count=group.count, first=group.first, actual=group.actual, **args)]

    def runs_in(self, index: int, lo: int, hi: int | None):
        """(run element, text) for the runs of paragraph `index` overlapping line offsets [lo, hi)."""
        from drafter.docx.runs import paragraph_pieces

        label = self.labels[index]
        out: dict[int, list] = {}
        for pc in paragraph_pieces(self.paragraphs[index]._p):
            s, e = pc.start + label, pc.end + label
            if e <= lo or (hi is not None and s >= hi) or not pc.is_text:
                continue
            a, b = max(s, lo) - s, (min(e, hi) if hi is not None else e) - s
            entry = out.setdefault(id(pc.run), [pc.run, ""])
            entry[1] += (pc.el.text or "")[a:b]
        return [(r, t) for r, t in out.values()]

    def span_formats(self, index: int, lo: int = 0, hi: int | None = None):
        """Effective formats of the text runs in a span: [(RunFormat, text)]."""
        p = self.paragraphs[index]._p
        return [(self.styles.run_format(p, r), t) for r, t in self.runs_in(index, lo, hi) if t.strip()]

    def para_format(self, index: int):
        return self.memo(("pf", index), lambda c: c.styles.para_format(c.paragraphs[index]._p))


def _paras(ctx: DocxContext) -> list[_Para]:
    """The outline blocks that are paragraphs of the document, with their heading and body spans'
    formats."""
    from drafter.core import document as D

    out = []
    for b in ctx.outline.blocks:
        i = b.line - 1
        if i >= len(ctx.paragraphs) or b.kind in (D.BLANK, D.CHROME):
            continue
        para = _Para(b, i)
        body_lo = None
        if b.kind == D.HEADING and b.level in (1, 2, 3, 4) and b.marker:
            head_hi = b.indent + len(b.marker) + (len(b.title) if b.title in b.text else 0)  # (一、 / 总体情况)
            para.heading_formats = ctx.span_formats(i, b.indent, head_hi)
            if b.run_in and b.body:
                body_lo = head_hi
        elif b.kind in (D.PARAGRAPH, D.SALUTATION, D.SIGNATURE, D.DATE):
            body_lo = b.indent
        if body_lo is not None:
            para.body_formats = ctx.span_formats(i, body_lo, None)
        out.append(para)
    return out


def paras(ctx: DocxContext) -> list[_Para]:
    return ctx.memo("paras", _paras)


# --- page ---------------------------------------------------------------------------------------

@rule("X001", target=DOCX)
def page_size(ctx: DocxContext):
    page = ctx.cfg["page"]
    tol = page["tolerance_mm"]
    for section in ctx.doc.sections:
        w, h = section.page_width, section.page_height
        if w is None or h is None:
            continue
        wmm, hmm = w / EMU_PER_MM, h / EMU_PER_MM
        a4 = abs(wmm - page["width_mm"]) <= tol and abs(hmm - page["height_mm"]) <= tol
        rotated = abs(hmm - page["width_mm"]) <= tol and abs(wmm - page["height_mm"]) <= tol
        if rotated:
            return [ctx.hit("X001", 1, 0, variant="landscape")]
        if not a4:
            return [ctx.hit("X001", 1, 0, actual=f"{wmm:.1f}×{hmm:.1f} 毫米".replace(".0×", "×").replace(".0 ", " "))]
    return []


@rule("X002", target=DOCX)
def margins(ctx: DocxContext):
    margins = ctx.cfg["margins"]
    for section in ctx.doc.sections:
        got = {"top": section.top_margin, "bottom": section.bottom_margin,
               "left": section.left_margin, "right": section.right_margin}
        if any(v is None for v in got.values()):
            continue
        got["left"] = got["left"] + (section.gutter or 0)
        wrong = []
        for key, label in (("top", "上"), ("bottom", "下"), ("left", "左"), ("right", "右")):
            mm = got[key] / EMU_PER_MM
            if abs(mm - margins[key]) > margins["tolerance_mm"]:
                wrong.append(f"{label} {mm:.1f} 毫米（应为 {margins[key]}）".replace(".0 ", " "))
        if wrong:
            return [ctx.hit("X002", 1, 0, actual="、".join(wrong))]
    return []


# --- fonts and sizes ----------------------------------------------------------------------------

def _wrong_font(formats, names: list[str]) -> str | None:
    for rf, t in formats:
        if _has_cjk(t) and not _font_in(rf.east_asia, names):
            return _font_text(rf.east_asia)
    return None


def _wrong_size(formats, want: float, tol: float) -> str | None:
    for rf, _t in formats:
        if abs(rf.size - want) > tol:
            return _size_text(rf.size)
    return None


def _grouped(ctx: DocxContext, rule_id: str, problem) -> list[Hit]:
    """One hit for the paragraphs where `problem(paragraph)` describes what is wrong (not None):
    on the first, with the count."""
    group = _Group()
    for pa in paras(ctx):
        actual = problem(pa)
        if actual is not None:
            group.add(pa.block.line, actual)
    return ctx.group_hit(rule_id, group)


@rule("X003", target=DOCX)
def body_font(ctx: DocxContext):
    return _grouped(ctx, "X003", lambda pa: _wrong_font(pa.body_formats, ctx.cfg["fonts"]["body"]))


@rule("X004", target=DOCX)
def body_size(ctx: DocxContext):
    sizes = ctx.cfg["sizes"]
    return _grouped(ctx, "X004", lambda pa: _wrong_size(pa.body_formats, sizes["body"], sizes["tolerance"]))


@rule("X005", target=DOCX)
def heading_font(ctx: DocxContext):
    fonts, names = ctx.cfg["fonts"], ctx.cfg["names"]
    groups = {lv: _Group() for lv in (1, 2, 3, 4)}
    for pa in paras(ctx):
        lv = pa.block.level
        if not pa.heading_formats:
            continue
        expected = fonts[f"heading{lv}"] if lv in (1, 2) else fonts["body"]
        actual = _wrong_font(pa.heading_formats, expected)
        if actual is not None:
            groups[lv].add(pa.block.line, actual)
    out = []
    for lv, group in groups.items():
        out += ctx.group_hit("X005", group, level=names[f"level{lv}"], expected=names[f"expected{lv}"])
    return out


@rule("X006", target=DOCX)
def heading_size(ctx: DocxContext):
    sizes = ctx.cfg["sizes"]
    return _grouped(ctx, "X006", lambda pa: _wrong_size(pa.heading_formats, sizes["heading"], sizes["tolerance"]))


def _titles(ctx: DocxContext) -> list:
    from drafter.core import document as D
    return [pa for pa in paras(ctx) if pa.block.kind == D.TITLE]


def _all_formats(ctx: DocxContext, index: int):
    """The formats of all the text runs of paragraph `index` (resolved once)."""
    return ctx.memo(("all", index), lambda c: c.span_formats(index))


def _title_formats(ctx: DocxContext, pa: _Para):
    return _all_formats(ctx, pa.index)


@rule("X007", target=DOCX)
def title_font(ctx: DocxContext):
    fonts = ctx.cfg["fonts"]
    for pa in _titles(ctx):
        for rf, t in _title_formats(ctx, pa):
            if _has_cjk(t) and not _font_in(rf.east_asia, fonts["title"]):
                tolerated = _font_in(rf.east_asia, fonts["title_tolerated"])
                return [ctx.hit("X007", pa.block.line, variant="tolerated" if tolerated else "",
                                actual=_font_text(rf.east_asia))]
    return []


@rule("X008", target=DOCX)
def title_size(ctx: DocxContext):
    sizes = ctx.cfg["sizes"]
    for pa in _titles(ctx):
        actual = _wrong_size(_title_formats(ctx, pa), sizes["title"], sizes["tolerance"])
        if actual is not None:
            return [ctx.hit("X008", pa.block.line, actual=actual)]
    return []


@rule("X009", target=DOCX)
def title_centred(ctx: DocxContext):
    for pa in _titles(ctx):
        jc = ctx.para_format(pa.index).jc
        if jc not in ("center",):
            return [ctx.hit("X009", pa.block.line, actual=_align_text(jc))]
    return []


@rule("X010", target=DOCX)
def no_bold_display_font(ctx: DocxContext):
    """Bold on heavy fonts (黑体, 楷体, 小标宋) in titles and headings."""
    from drafter.core import document as D

    heavy = [h.lower() for h in ctx.cfg["fonts"]["no_bold"]]

    def bold_heavy(pa: _Para) -> str | None:
        if pa.block.kind not in (D.TITLE, D.HEADING, D.SUBTITLE):
            return None
        for rf, _t in _all_formats(ctx, pa.index):
            if rf.bold and rf.east_asia and any(h in rf.east_asia.lower() for h in heavy):
                return ""
        return None

    return _grouped(ctx, "X010", bold_heavy)


# --- line pitch and indent ----------------------------------------------------------------------

def _sections_of_paragraphs(ctx: DocxContext) -> list:
    from drafter.docx.styles import W

    current = ctx.doc.element.body.find(f"{W}sectPr")
    out = []
    for para in reversed(ctx.paragraphs):
        ppr = para._p.find(f"{W}pPr")
        own = ppr.find(f"{W}sectPr") if ppr is not None else None
        if own is not None:
            current = own
        out.append(current)
    out.reverse()
    return out


def _grid_pitch(sect) -> int | None:
    from drafter.docx.styles import W

    grid = sect.find(f"{W}docGrid") if sect is not None else None
    if grid is None or grid.get(f"{W}type") not in ("lines", "linesAndChars"):
        return None
    try:
        return int(grid.get(f"{W}linePitch") or 0)
    except ValueError:
        return None


def _spacing(ctx: DocxContext, pf, pitch: int | None) -> tuple[bool, str]:
    lp = ctx.cfg["line_pitch"]
    lo, hi = lp["min_twips"], lp["max_twips"]
    rule_ = pf.line_rule or "auto"
    line = pf.line
    if rule_ in ("exact", "atLeast"):
        value = line or 0
        name = "固定值" if rule_ == "exact" else "最小值"
        return lo <= value <= hi, f"{name} {value / 20:g} 磅"
    mult = (line or 240) / 240
    desc = {1.0: "单倍行距", 1.5: "1.5 倍行距", 2.0: "2 倍行距"}.get(mult, f"{mult:g} 倍行距")
    if pitch is not None and lo <= pitch <= hi and pf.snap_to_grid and mult <= 1.0:
        return True, desc
    if pitch is not None and pf.snap_to_grid and mult <= 1.0:
        desc += f"，网格行距 {pitch / 20:g} 磅"
    return False, desc


@rule("X011", target=DOCX)
def line_pitch(ctx: DocxContext):
    from drafter.core import document as D

    sections = _sections_of_paragraphs(ctx)

    def wrong_pitch(pa: _Para) -> str | None:
        if pa.block.kind not in (D.PARAGRAPH, D.HEADING):
            return None
        ok, desc = _spacing(ctx, ctx.para_format(pa.index), _grid_pitch(sections[pa.index]))
        return None if ok else desc

    return _grouped(ctx, "X011", wrong_pitch)


@rule("X015", target=DOCX)
def first_line_indent(ctx: DocxContext):
    from drafter.core import document as D

    ind = ctx.cfg["indent"]

    def wrong_indent(pa: _Para) -> str | None:
        i = pa.index
        if pa.block.kind != D.PARAGRAPH or ctx.labels[i]:
            return None  # a Word list paragraph: its indent belongs to the numbering
        pf = ctx.para_format(i)
        if pf.jc in ("center", "right", "end"):
            return None
        raw = ctx.lines[i]
        lead = raw[:len(raw) - len(raw.lstrip())]
        typed = lead.count("\u3000") + (len(lead) - lead.count("\u3000")) / 2
        if typed >= ind["min_chars"]:
            return None  # indented with typed full-width spaces: looks right on paper
        formats = _all_formats(ctx, i)
        size = formats[0][0].size if formats else ctx.cfg["sizes"]["body"]
        chars = pf.first_line_indent_chars(size) + typed
        if ind["min_chars"] <= chars <= ind["max_chars"]:
            return None
        return "无首行缩进" if abs(chars) < 0.05 else f"缩进 {chars:.2g} 字符"

    return _grouped(ctx, "X015", wrong_indent)


# --- page numbers -------------------------------------------------------------------------------

def _page_fields(ctx: DocxContext) -> dict[str, tuple]:
    """"default" | "even" | "first" -> (paragraph element, text before, text after) of the
    footers' PAGE fields."""
    found: dict[str, tuple] = {}
    for section in ctx.doc.sections:
        for kind, footer in (("default", section.footer), ("even", section.even_page_footer),
                             ("first", section.first_page_footer)):
            if kind in found or footer.is_linked_to_previous:
                continue
            hit = _page_field(footer._element)
            if hit is not None:
                found[kind] = hit
    return found


def _main_page_field(ctx: DocxContext):
    found = ctx.memo("page_fields", _page_fields)
    return found.get("default") or found.get("even") or found.get("first")


@rule("X012", target=DOCX)
def page_number(ctx: DocxContext):
    return [] if ctx.memo("page_fields", _page_fields) else [ctx.hit("X012", 1, 0)]


@rule("X013", target=DOCX)
def page_number_form(ctx: DocxContext):
    main = _main_page_field(ctx)
    if main is None:
        return []
    _p, before, after = main
    if before.rstrip().endswith("—") and after.lstrip().startswith("—"):
        return []
    return [ctx.hit("X013", 1, 0, actual=f"{before.strip()} N {after.strip()}".strip())]


@rule("X014", target=DOCX)
def page_number_side(ctx: DocxContext):
    found = ctx.memo("page_fields", _page_fields)
    if not found:
        return []
    texts = ctx.cfg["x014"]
    if not bool(ctx.doc.settings.odd_and_even_pages_header_footer):
        return [ctx.hit("X014", 1, 0, actual=texts["actual_no_even_odd"])]
    problems = []
    for kind, want, key in (("default", ("right", "end"), "actual_odd"), ("even", ("left", "start"), "actual_even")):
        if kind not in found or found[kind][0] is None:
            continue
        jc = ctx.styles.para_format(found[kind][0]).jc or "left"
        if jc not in want:
            problems.append(texts[key].format(align=_align_text(jc)))
    return [ctx.hit("X014", 1, 0, actual="，".join(problems))] if problems else []


_CJK = LazyPattern(r"[\u3400-\u9fff\uf900-\ufaff]")
_PAGE_INSTR = LazyPattern(r"^\s*PAGE\b", re.IGNORECASE)


def _has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def _page_field(root):
    """Find a PAGE field in a footer: (its w:p or None inside a text box, text before, text after)."""
    from drafter.docx.styles import W

    for p in root.iter(f"{W}p"):
        tokens = list(_field_tokens(p))
        if not any(kind == "page" for kind, _ in tokens):
            continue
        before, after, seen = [], [], False
        for kind, value in tokens:
            if kind == "page":
                if seen:
                    break
                seen = True
            elif kind == "text":
                (after if seen else before).append(value)
            elif seen:  # another field after the page number
                break
        in_box = any(a.tag == f"{W}txbxContent" for a in p.iterancestors())
        return (None if in_box else p), "".join(before), "".join(after)
    return None


def _field_tokens(p):
    """Text outside fields, and one token per field ("page" or "field"), in document order."""
    from drafter.docx.styles import W

    stack: list[list] = []  # per open complex field: [instr text, separated?]

    def walk(el):
        for child in el:
            tag = child.tag
            if tag == f"{W}fldSimple":
                yield ("page" if _PAGE_INSTR.match(child.get(f"{W}instr") or "") else "field"), ""
                continue
            if tag == f"{W}fldChar":
                kind = child.get(f"{W}fldCharType")
                if kind == "begin":
                    stack.append(["", False])
                elif kind == "separate" and stack:
                    stack[-1][1] = True
                elif kind == "end" and stack:
                    instr, _sep = stack.pop()
                    if not stack:
                        yield ("page" if _PAGE_INSTR.match(instr) else "field"), ""
                continue
            if tag == f"{W}instrText":
                if stack and not stack[-1][1]:
                    stack[-1][0] += child.text or ""
                continue
            if tag == f"{W}t":
                if not stack:
                    yield "text", child.text or ""
                continue
            if tag == f"{W}txbxContent" or tag == f"{W}p":
                continue  # nested paragraphs are visited on their own
            yield from walk(child)

    yield from walk(p)
