"""Format checks of a .docx against GB/T 9704-2012 (SPEC §5): the X rules.

Paper and margins, fonts and sizes of the title, the headings by level and the body (resolved
through run → character style → paragraph style → basedOn chain → docDefaults, East Asian font),
bold on heavy fonts, line pitch, first-line indent, page numbers. Paragraph roles come from the
shared outline parser on the same lines `drafter.docx.reader` reads. Repetitive problems are
grouped: one finding per problem type, on the first paragraph, with the count in the message.
Expected values, accepted fonts and messages: drafter/data/docx_format.toml."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from drafter.lint.finding import Finding

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
    extra: dict = field(default_factory=dict)

    def add(self, line: int, actual: str) -> None:
        if self.first is None:
            self.first, self.actual = line, actual
        self.count += 1


class _Checker:
    def __init__(self, path: str, docx_doc=None, outline=None):
        from drafter.docx.reader import open_docx, paragraph_lines
        from drafter.docx.styles import StyleResolver
        from drafter.core.outline import parse
        from drafter.core.readers import Source

        self.path = path
        self.cfg = _config()
        self.doc = docx_doc if docx_doc is not None else open_docx(path)
        self.lines, hints, self.labels = paragraph_lines(self.doc)
        self.paragraphs = self.doc.paragraphs
        self.styles = StyleResolver(self.doc)
        self.outline = outline if outline is not None else parse(
            Source(path=path, lines=self.lines, format="docx", hints=hints))
        self.findings: list[Finding] = []

    # --- helpers ------------------------------------------------------------------------------
    def emit(self, rule: str, line: int = 1, length: int | None = None, variant: str = "", **kw) -> None:
        spec = self.cfg["rules"][rule]
        severity = spec.get(f"severity_{variant}", spec["severity"]) if variant else spec["severity"]
        template = spec.get(f"message_{variant}", spec["message"]) if variant else spec["message"]
        if length is None:
            length = len(self.lines[line - 1]) if 0 < line <= len(self.lines) else 0
        self.findings.append(Finding(rule=rule, severity=severity, line=line, column=1, length=length,
                                     message=template.format(**kw), source=spec["source"]))

    def emit_group(self, rule: str, group: _Group, **kw) -> None:
        if group.first is not None:
            self.emit(rule, group.first, count=group.count, first=group.first, actual=group.actual, **kw)

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

    # --- page ---------------------------------------------------------------------------------
    def check_page(self) -> None:
        page, margins = self.cfg["page"], self.cfg["margins"]
        size_done = margin_done = False
        for section in self.doc.sections:
            w, h = section.page_width, section.page_height
            if not size_done and w is not None and h is not None:
                wmm, hmm = w / EMU_PER_MM, h / EMU_PER_MM
                tol = page["tolerance_mm"]
                a4 = (abs(wmm - page["width_mm"]) <= tol and abs(hmm - page["height_mm"]) <= tol)
                rotated = (abs(hmm - page["width_mm"]) <= tol and abs(wmm - page["height_mm"]) <= tol)
                if rotated:
                    self.emit("X001", 1, 0, variant="landscape")
                    size_done = True
                elif not a4:
                    self.emit("X001", 1, 0, actual=f"{wmm:.1f}×{hmm:.1f} 毫米".replace(".0×", "×").replace(".0 ", " "))
                    size_done = True
            if not margin_done:
                got = {"top": section.top_margin, "bottom": section.bottom_margin,
                       "left": section.left_margin, "right": section.right_margin}
                if any(v is None for v in got.values()):
                    continue
                gutter = section.gutter or 0
                got["left"] = got["left"] + gutter
                wrong = []
                for key, label in (("top", "上"), ("bottom", "下"), ("left", "左"), ("right", "右")):
                    mm = got[key] / EMU_PER_MM
                    if abs(mm - margins[key]) > margins["tolerance_mm"]:
                        wrong.append(f"{label} {mm:.1f} 毫米（应为 {margins[key]}）".replace(".0 ", " "))
                if wrong:
                    self.emit("X002", 1, 0, actual="、".join(wrong))
                    margin_done = True

    # --- paragraphs ---------------------------------------------------------------------------
    def _sections_of_paragraphs(self) -> list:
        from drafter.docx.styles import W

        body = self.doc.element.body
        current = body.find(f"{W}sectPr")
        out = []
        for p in reversed([para._p for para in self.paragraphs]):
            ppr = p.find(f"{W}pPr")
            own = ppr.find(f"{W}sectPr") if ppr is not None else None
            if own is not None:
                current = own
            out.append(current)
        out.reverse()
        return out

    def _grid_pitch(self, sect) -> int | None:
        from drafter.docx.styles import W

        grid = sect.find(f"{W}docGrid") if sect is not None else None
        if grid is None or grid.get(f"{W}type") not in ("lines", "linesAndChars"):
            return None
        try:
            return int(grid.get(f"{W}linePitch") or 0)
        except ValueError:
            return None

    def _spacing(self, pf, pitch: int | None) -> tuple[bool, str]:
        lp = self.cfg["line_pitch"]
        lo, hi = lp["min_twips"], lp["max_twips"]
        rule = pf.line_rule or "auto"
        line = pf.line
        if rule in ("exact", "atLeast"):
            value = line or 0
            name = "固定值" if rule == "exact" else "最小值"
            return lo <= value <= hi, f"{name} {value / 20:g} 磅"
        mult = (line or 240) / 240
        desc = {1.0: "单倍行距", 1.5: "1.5 倍行距", 2.0: "2 倍行距"}.get(mult, f"{mult:g} 倍行距")
        if pitch is not None and lo <= pitch <= hi and pf.snap_to_grid and mult <= 1.0:
            return True, desc
        if pitch is not None and pf.snap_to_grid and mult <= 1.0:
            desc += f"，网格行距 {pitch / 20:g} 磅"
        return False, desc

    def check_paragraphs(self) -> None:
        from drafter.core import document as D

        cfg, fonts, sizes = self.cfg, self.cfg["fonts"], self.cfg["sizes"]
        tol = sizes["tolerance"]
        sections = self._sections_of_paragraphs()
        body_font, body_size, spacing, indent, bold = _Group(), _Group(), _Group(), _Group(), _Group()
        head_font = {lv: _Group() for lv in (1, 2, 3, 4)}
        head_size = _Group()
        title_blocks = []
        heavy = fonts["no_bold"]

        for b in self.outline.blocks:
            i = b.line - 1
            if i >= len(self.paragraphs) or b.kind in (D.BLANK, D.CHROME):
                continue
            p = self.paragraphs[i]._p
            if b.kind == D.TITLE:
                title_blocks.append(b)
            # bold on heavy fonts, anywhere in the report text
            if b.kind in (D.TITLE, D.HEADING, D.SUBTITLE):
                for rf, _t in self.span_formats(i):
                    if rf.bold and rf.east_asia and any(h.lower() in rf.east_asia.lower() for h in heavy):
                        bold.add(b.line, "")
                        break
            body_lo = None
            if b.kind == D.HEADING and b.level in (1, 2, 3, 4) and b.marker:
                head_lo = b.indent
                head_hi = b.indent + len(b.marker) + len(b.title)
                expected = fonts[f"heading{b.level}"] if b.level in (1, 2) else fonts["body"]
                wrong_font = wrong_size = None
                for rf, t in self.span_formats(i, head_lo, head_hi):
                    if wrong_font is None and _has_cjk(t) and not _font_in(rf.east_asia, expected):
                        wrong_font = _font_text(rf.east_asia)
                    if wrong_size is None and abs(rf.size - sizes["heading"]) > tol:
                        wrong_size = _size_text(rf.size)
                if wrong_font is not None:
                    head_font[b.level].add(b.line, wrong_font)
                if wrong_size is not None:
                    head_size.add(b.line, wrong_size)
                if b.run_in and b.body:
                    body_lo = head_hi
            elif b.kind in (D.PARAGRAPH, D.SALUTATION, D.SIGNATURE, D.DATE):
                body_lo = b.indent
            if body_lo is not None:
                wrong_font = wrong_size = None
                for rf, t in self.span_formats(i, body_lo, None):
                    if wrong_font is None and _has_cjk(t) and not _font_in(rf.east_asia, fonts["body"]):
                        wrong_font = _font_text(rf.east_asia)
                    if wrong_size is None and abs(rf.size - sizes["body"]) > tol:
                        wrong_size = _size_text(rf.size)
                if wrong_font is not None:
                    body_font.add(b.line, wrong_font)
                if wrong_size is not None:
                    body_size.add(b.line, wrong_size)
            if b.kind in (D.PARAGRAPH, D.HEADING):
                pf = self.styles.para_format(p)
                ok, desc = self._spacing(pf, self._grid_pitch(sections[i]))
                if not ok:
                    spacing.add(b.line, desc)
                if b.kind == D.PARAGRAPH and pf.jc not in ("center", "right", "end"):
                    self._check_indent(b, i, pf, indent)

        self.emit_group("X003", body_font)
        self.emit_group("X004", body_size)
        names = cfg["names"]
        for lv, group in head_font.items():
            self.emit_group("X005", group, level=names[f"level{lv}"], expected=names[f"expected{lv}"])
        self.emit_group("X006", head_size)
        self.check_title(title_blocks)
        self.emit_group("X010", bold)
        self.emit_group("X011", spacing)
        self.emit_group("X015", indent)

    def _check_indent(self, b, i: int, pf, group: _Group) -> None:
        ind = self.cfg["indent"]
        if self.labels[i]:
            return  # a Word list paragraph: its indent belongs to the numbering
        raw = self.lines[i]
        lead = raw[:len(raw) - len(raw.lstrip())]
        typed = lead.count("\u3000") + (len(lead) - lead.count("\u3000")) / 2
        if typed >= ind["min_chars"]:
            return  # indented with typed full-width spaces: looks right on paper
        formats = self.span_formats(i)
        size = formats[0][0].size if formats else self.cfg["sizes"]["body"]
        chars = pf.first_line_indent_chars(size) + typed
        if not ind["min_chars"] <= chars <= ind["max_chars"]:
            group.add(b.line, "无首行缩进" if abs(chars) < 0.05 else f"缩进 {chars:.2g} 字符")

    def check_title(self, blocks) -> None:
        if not blocks:
            return
        fonts, sizes = self.cfg["fonts"], self.cfg["sizes"]
        font_issue = size_issue = align_issue = None
        tolerated = False
        for tb in blocks:
            i = tb.line - 1
            for rf, t in self.span_formats(i):
                if font_issue is None and _has_cjk(t) and not _font_in(rf.east_asia, fonts["title"]):
                    font_issue = (tb.line, _font_text(rf.east_asia))
                    tolerated = _font_in(rf.east_asia, fonts["title_tolerated"])
                if size_issue is None and abs(rf.size - sizes["title"]) > sizes["tolerance"]:
                    size_issue = (tb.line, _size_text(rf.size))
            jc = self.styles.para_format(self.paragraphs[i]._p).jc
            if align_issue is None and jc not in ("center",):
                align_issue = (tb.line, _align_text(jc))
        if font_issue:
            self.emit("X007", font_issue[0], variant="tolerated" if tolerated else "", actual=font_issue[1])
        if size_issue:
            self.emit("X008", size_issue[0], actual=size_issue[1])
        if align_issue:
            self.emit("X009", align_issue[0], actual=align_issue[1])

    # --- page numbers -------------------------------------------------------------------------
    def check_page_numbers(self) -> None:
        spec = self.cfg["rules"]["X014"]
        even_odd = bool(self.doc.settings.odd_and_even_pages_header_footer)
        found: dict[str, tuple] = {}  # "default" | "even" -> (paragraph element, before, after)
        for section in self.doc.sections:
            for kind, footer in (("default", section.footer), ("even", section.even_page_footer),
                                 ("first", section.first_page_footer)):
                if kind in found or footer.is_linked_to_previous:
                    continue
                hit = _page_field(footer._element)
                if hit is not None:
                    found[kind] = hit
        if not found:
            self.emit("X012", 1, 0)
            return
        main = found.get("default") or found.get("even") or found.get("first")
        _p, before, after = main
        if not (before.rstrip().endswith("—") and after.lstrip().startswith("—")):
            shown = f"{before.strip()} N {after.strip()}".strip()
            self.emit("X013", 1, 0, actual=shown)
        if not even_odd:
            self.emit("X014", 1, 0, actual=spec["actual_no_even_odd"])
            return
        problems = []
        for kind, want, key in (("default", ("right", "end"), "actual_odd"), ("even", ("left", "start"), "actual_even")):
            if kind not in found or found[kind][0] is None:
                continue
            jc = self.styles.para_format(found[kind][0]).jc or "left"
            if jc not in want:
                problems.append(spec[key].format(align=_align_text(jc)))
        if problems:
            self.emit("X014", 1, 0, actual="，".join(problems))

    def run(self) -> list[Finding]:
        self.check_page()
        self.check_paragraphs()
        self.check_page_numbers()
        return sorted(self.findings, key=lambda f: (f.line, f.rule))


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_PAGE_INSTR = re.compile(r"^\s*PAGE\b", re.IGNORECASE)


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


def check_docx_format(path: str, docx_doc=None, outline=None) -> list[Finding]:
    """The X findings of a .docx (GB/T 9704-2012 format). Raises InputError for a bad file.
    `docx_doc` (the opened python-docx document) and `outline` (its parsed Document) may be passed
    by a caller that already has them, so the file is not opened and parsed twice."""
    return _Checker(path, docx_doc, outline).run()


def _catalogue() -> list[dict]:
    """The X rules as a catalogue for `drafter lint --list-rules` and docs/rules.md."""
    from drafter.core.resources import load_toml

    return [dict(spec, id=rid, fix=False) for rid, spec in sorted(load_toml("docx_format.toml")["rules"].items())]


RULES = _catalogue()
