"""Render-and-measure helpers for the official .docx (SPEC §5). Importable by any test:

    from tests.render import needs_renderer, render_pdfs, assert_official_layout

`render_pdfs` converts .docx files to PDF with LibreOffice (`soffice --headless --convert-to pdf`)
under its own throw-away profile and a PRIVATE fontconfig that maps the official Chinese font names
(方正小标宋简体, 黑体, 楷体_GB2312, 仿宋_GB2312, 宋体 …) to installed open CJK fonts; `measure` reads
the PDF back with `pdftotext -bbox-layout` and gives, per page, the text lines of the type area and
the page-number line, with positions in millimetres from the top-left corner of the page.

`assert_official_layout` checks what GB/T 9704-2012 (and SPEC §5) asks for:
- 22 lines on every full page (every page but the last and those before a forced page break);
- 28 characters on every full body line: lines that start at the left edge of the type area and
  reach its right edge, made only of CJK characters and full-width punctuation (Latin letters and
  digits are narrower, so lines with them hold more), not title lines (2号);
- the page number `— N —` with its 一字线 (the vertical centre of the number line) 7 mm below the
  type area (262 + 7 = 269 mm from the top, ±1 mm); odd pages right and even pages left, one
  character in from the edge of the type area. "One character" (一字) is one character of the
  page number's own size, 4号 = 14 pt = 4.94 mm, which is how Word's "1 字符" indent of a 4号
  paragraph measures it; we accept 4.94 ± 1 mm.

Line counts do not depend on which CJK font stands in for the official ones; character counts need
full-width ideographs, which every CJK font has."""

from __future__ import annotations

import atexit
import os
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PT_MM = 25.4 / 72.0
PAGE_W_MM, PAGE_H_MM = 210.0, 297.0
AREA_LEFT, AREA_RIGHT, AREA_TOP, AREA_BOTTOM = 28.0, 210.0 - 26.0, 37.0, 297.0 - 35.0
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
PAGE_NUMBER_DROP = 7.0                 # mm below the type area
PAGE_NUMBER_INSET = 14 * PT_MM         # one 4号 character, 4.94 mm
TOLERANCE_MM = 1.0

# Official name -> open fonts to try, in order (first installed wins).
FONT_MAP = {
    "方正小标宋简体": ["Noto Serif CJK SC"],
    "黑体": ["Noto Sans CJK SC"],
    "楷体_GB2312": ["AR PL UKai CN", "Noto Serif CJK SC"],
    "楷体": ["AR PL UKai CN", "Noto Serif CJK SC"],
    "仿宋_GB2312": ["FandolFang", "Noto Serif CJK SC"],
    "仿宋": ["FandolFang", "Noto Serif CJK SC"],
    "宋体": ["Noto Serif CJK SC"],
    "Times New Roman": ["Liberation Serif", "Tinos", "DejaVu Serif"],
}

# full-width punctuation that occupies one character cell
_FULL_PUNCT = set("，。、；：？！“”‘’《》（）〔〕【】…—～·「」『』％")


def renderer_missing() -> str | None:
    """A Chinese reason why rendering cannot run here, or None."""
    missing = [b for b in ("soffice", "pdftotext", "fc-list") if shutil.which(b) is None]
    if missing:
        return f"本机没有 {'、'.join(missing)}（需要 LibreOffice 和 poppler-utils），跳过排版渲染测试"
    if not _installed_families() & {"Noto Serif CJK SC", "Noto Sans CJK SC", "AR PL UKai CN"}:
        return "本机没有开源中文字体（fonts-noto-cjk / fonts-arphic-ukai），跳过排版渲染测试"
    return None


def needs_renderer():
    """Skip the calling test (or fixture) cleanly when LibreOffice/poppler/fonts are absent."""
    reason = renderer_missing()
    if reason:
        pytest.skip(reason)


_families_cache: set[str] | None = None


def _installed_families() -> set[str]:
    global _families_cache
    if _families_cache is None:
        out = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
        fams: set[str] = set()
        for line in out.splitlines():
            fams.update(f.strip() for f in line.split(","))
        _families_cache = fams
    return _families_cache


def font_substitutions() -> dict[str, str]:
    """Official name -> the installed open font it is rendered with."""
    fams = _installed_families()
    out = {}
    for name, candidates in FONT_MAP.items():
        for c in candidates:
            if c in fams:
                out[name] = c
                break
    return out


def write_fonts_conf(path: Path) -> Path:
    """A fontconfig file: the system configuration plus strong family rewrites for the official
    names (a <match> so it wins over any system alias for the same name)."""
    rules = []
    for name, target in font_substitutions().items():
        rules.append(
            '  <match target="pattern">\n'
            f'    <test name="family" qual="any"><string>{name}</string></test>\n'
            f'    <edit name="family" mode="assign" binding="strong"><string>{target}</string></edit>\n'
            "  </match>")
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
                    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
                    + "\n".join(rules) + "\n</fontconfig>\n", encoding="utf-8")
    return path


_work_dir: Path | None = None


def _private_dir() -> Path:
    """One LibreOffice profile and fonts.conf per test process, removed at exit."""
    global _work_dir
    if _work_dir is None:
        _work_dir = Path(tempfile.mkdtemp(prefix="drafter-render-"))
        atexit.register(shutil.rmtree, _work_dir, True)
        write_fonts_conf(_work_dir / "fonts.conf")
    return _work_dir


def render_pdfs(docx_paths: list[str | os.PathLike], outdir: str | os.PathLike) -> list[Path]:
    """Convert several .docx to PDF in one LibreOffice run (start-up is the slow part)."""
    work = _private_dir()
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["FONTCONFIG_FILE"] = str(work / "fonts.conf")
    env.pop("DISPLAY", None)
    cmd = ["soffice", "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
           f"-env:UserInstallation={(work / 'profile').as_uri()}",
           "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(outdir),
           *[str(Path(p).resolve()) for p in docx_paths]]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    pdfs = [outdir / (Path(p).stem + ".pdf") for p in docx_paths]
    missing = [p for p in pdfs if not p.is_file()]
    if missing:
        raise RuntimeError(f"LibreOffice did not produce {missing}: rc={proc.returncode}\n"
                           f"{proc.stdout}\n{proc.stderr}")
    return pdfs


def render_pdf(docx_path: str | os.PathLike, outdir: str | os.PathLike) -> Path:
    return render_pdfs([docx_path], outdir)[0]


# --- measuring ----------------------------------------------------------------------------------
@dataclass
class Line:
    text: str            # the words joined without spaces
    x0: float            # mm from the left edge of the page
    x1: float
    y0: float            # mm from the top edge of the page
    y1: float
    height_pt: float     # the tallest word box: tells 2号 title lines from 3号 body lines
    gaps: int = 0        # spaces between words (pdftotext drops them from the text)

    @property
    def chars(self) -> int:
        return len(self.text)

    @property
    def centre(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def cjk_only(self) -> bool:
        return bool(self.text) and not self.gaps and all(_is_cjk(c) or c in _FULL_PUNCT for c in self.text)


@dataclass
class Page:
    number: int
    lines: list[Line]                      # body lines inside the type area, top to bottom
    page_number: Line | None = None        # the `— N —` line below the type area


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or o == 0x3007


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def measure(pdf_path: str | os.PathLike) -> list[Page]:
    """Pages of the PDF with their text lines (words clustered by vertical position)."""
    proc = subprocess.run(["pdftotext", "-bbox-layout", str(pdf_path), "-"], capture_output=True,
                          timeout=120)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode("utf-8", "replace"))
    xml = proc.stdout.decode("utf-8")
    xml = re.sub(r"<!DOCTYPE[^>]*>", "", xml)
    root = ET.fromstring(xml)
    pages: list[Page] = []
    for page_el in root.iter():
        if _local(page_el.tag) != "page":
            continue
        words = []
        for w in page_el.iter():
            if _local(w.tag) != "word" or not (w.text or "").strip():
                continue
            x0, y0, x1, y1 = (float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))
            words.append((x0, y0, x1, y1, w.text.strip()))
        words.sort(key=lambda t: ((t[1] + t[3]) / 2, t[0]))
        clusters: list[list[tuple]] = []
        for w in words:
            c = (w[1] + w[3]) / 2
            if clusters:
                last = clusters[-1]
                lc = sum((v[1] + v[3]) / 2 for v in last) / len(last)
                if abs(c - lc) < 6.0:   # points; lines are 28.95 pt apart
                    last.append(w)
                    continue
            clusters.append([w])
        lines = []
        for cl in clusters:
            cl.sort(key=lambda t: t[0])
            lines.append(Line(text="".join(t[4] for t in cl),
                              x0=min(t[0] for t in cl) * PT_MM, x1=max(t[2] for t in cl) * PT_MM,
                              y0=min(t[1] for t in cl) * PT_MM, y1=max(t[3] for t in cl) * PT_MM,
                              height_pt=max(t[3] - t[1] for t in cl),
                              gaps=sum(1 for a, b in zip(cl, cl[1:]) if b[0] - a[2] > 2.0)))
        page = Page(number=len(pages) + 1, lines=[])
        for ln in lines:
            if ln.centre > AREA_BOTTOM + 1.0:
                page.page_number = ln
            else:
                page.lines.append(ln)
        pages.append(page)
    return pages


@dataclass
class Flow:
    """What the .docx says about its own flow (texts whitespace-free)."""
    breaks: list[str]            # paragraphs that start a new page (w:pageBreakBefore or a page break)
    after_empty: list[str]       # paragraphs after an empty paragraph (a blank grid line pdftotext cannot see)
    headings: list[str]          # title lines and headings that are not run into their paragraph
    signatures: list[str]        # 署名 lines
    table_texts: list[str]       # paragraphs inside tables
    imprint_texts: list[str] = field(default_factory=list)   # the 版记 (in its text box)
    unnumbered_tail: int = 0     # pages at the end without page numbers (blank page + 版记 page)


_HEADING_STYLES = ("GwTitle", "GwHeading1", "GwHeading2", "GwHeading3", "GwHeading4", "GwTableCaption")


def _p_text(p: str) -> str:
    return re.sub(r"\s", "", "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)))


def docx_flow(docx_path: str | os.PathLike) -> Flow:
    with zipfile.ZipFile(docx_path) as zf:
        xml = zf.read("word/document.xml").decode("utf-8")
        rels = zf.read("word/_rels/document.xml.rels").decode("utf-8")
        footers = {m.group(1): zf.read("word/" + m.group(2)).decode("utf-8")
                   for m in re.finditer(r'Id="(rId\d+)"[^>]*Target="(footer\d+\.xml)"', rels)}
    drawings = re.findall(r"<w:drawing>.*?</w:drawing>", xml, flags=re.S)
    imprint_texts = [t for d in drawings for t in map(_p_text, re.findall(r"<w:p[ >].*?</w:p>", d, flags=re.S)) if t]
    xml = re.sub(r"<w:drawing>.*?</w:drawing>", "", xml, flags=re.S)     # the 版记 text box
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", xml, flags=re.S)
    table_texts = [t for tbl in tables for t in map(_p_text, re.findall(r"<w:p[ >].*?</w:p>", tbl, flags=re.S)) if t]
    body = re.sub(r"<w:tbl>.*?</w:tbl>", "<w:p/>", xml, flags=re.S)
    flow = Flow([], [], [], [], table_texts, imprint_texts)
    prev_empty = False
    for p in re.findall(r"<w:p[ >].*?</w:p>|<w:p/>", body, flags=re.S):
        t = _p_text(p)
        style = re.search(r'<w:pStyle w:val="([^"]+)"', p)
        style = style.group(1) if style else ""
        if t:
            if "<w:pageBreakBefore/>" in p or 'w:type="page"' in p:
                flow.breaks.append(t)
            if prev_empty:
                flow.after_empty.append(t)
            if style in _HEADING_STYLES and '<w:keepNext w:val="0"/>' not in p:
                flow.headings.append(t)
            if style == "GwSignature":
                flow.signatures.append(t)
        prev_empty = not t
    # the last section: footers without a PAGE field mean unnumbered pages (blank + 版记)
    sects = re.findall(r"<w:sectPr>.*?</w:sectPr>", xml, flags=re.S)
    if len(sects) > 1:
        refs = re.findall(r'r:id="(rId\d+)"', sects[-1])
        if refs and all("PAGE" not in footers.get(r, "") for r in refs):
            flow.unnumbered_tail = 2
    return flow


def paragraph_flow(docx_path: str | os.PathLike) -> tuple[list[str], list[str]]:
    f = docx_flow(docx_path)
    return f.breaks, f.after_empty


LINE_PITCH_MM = 579 / 20 * PT_MM     # 10.213 mm
MAX_SHORT = 2            # widow control, or the last two body lines kept with the signature
MAX_SHORT_HEADING = 5    # a heading chain (一、（一）) kept with two lines of its paragraph
_OPENING = set("“‘《（〔【「『")
_CLOSING = set("”’》）〕】」』，。、；：！？…")


def _break_rule(nxt: Line | None) -> bool:
    """A full line may hold fewer than 28 characters when the line-breaking rules (禁则) moved
    characters on: the next line starts with an opening mark (which may not end a line) or with a
    Latin/digit word (which is not split), or its second character is a closing mark (which may
    not start a line, so it took the character before it along)."""
    if nxt is None or not nxt.text:
        return False
    t = nxt.text
    return t[0] in _OPENING or t[0].isascii() and t[0].isalnum() or (len(t) > 1 and t[1] in _CLOSING)


def _slot(line: Line) -> int:
    """The grid line (0-based) a text line sits on."""
    return int((line.centre - AREA_TOP) // LINE_PITCH_MM)


def _starts(line: Line | None, texts: list[str]) -> bool:
    if line is None:
        return False
    head = re.sub(r"\s", "", line.text)[:8]
    return bool(head) and any(t.startswith(head) or head.startswith(t[:8]) for t in texts)


@dataclass
class LayoutReport:
    pages: list[Page]
    full_pages: list[int] = field(default_factory=list)           # page numbers checked for 22
    lines_per_full_page: list[int] = field(default_factory=list)
    line_pitch_mm: float = 0.0                                    # measured between body lines
    full_line_chars: Counter = field(default_factory=Counter)     # characters on full body lines
    hanging: int = 0                                              # full lines with a hanging mark
    kinsoku: int = 0                                              # short by the line-break rules
    first_line_chars: Counter = field(default_factory=Counter)    # full first lines (2 chars in)
    page_number_drop: list[float] = field(default_factory=list)   # mm below the type area
    page_number_inset: list[tuple[int, float]] = field(default_factory=list)  # (page, mm)
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        drops = self.page_number_drop or [float("nan")]
        odd = [v for p, v in self.page_number_inset if p % 2] or [float("nan")]
        even = [v for p, v in self.page_number_inset if not p % 2] or [float("nan")]
        return (f"{len(self.pages)} pages; lines on full pages {dict(Counter(self.lines_per_full_page))}; "
                f"line pitch {self.line_pitch_mm:.3f} mm; "
                f"chars on full body lines {dict(sorted(self.full_line_chars.items()))} "
                f"(hanging punctuation {self.hanging}, short by line-break rules {self.kinsoku}); "
                f"full first lines {dict(sorted(self.first_line_chars.items()))}; "
                f"page number {min(drops):.2f}..{max(drops):.2f} mm below the type area; "
                f"inset odd/right {min(odd):.2f}..{max(odd):.2f} mm, even/left {min(even):.2f}..{max(even):.2f} mm")


def check_layout(pdf_path: str | os.PathLike, docx_path: str | os.PathLike | None = None) -> LayoutReport:
    """Measure a rendered official document; problems are listed in the report, not raised."""
    pages = measure(pdf_path)
    rep = LayoutReport(pages=pages)
    flow = docx_flow(docx_path) if docx_path else Flow([], [], [], [], [])
    breaks, after_empty = flow.breaks, flow.after_empty
    flat = [(page, ln) for page in pages for ln in page.lines]
    # --- lines per page: the grid line of the last text line (blank lines are invisible). A page
    # is short only where the pagination rules push lines on: a heading kept with its paragraph,
    # widow control, the last body lines kept with the signature (at most MAX_SHORT lines).
    for i, page in enumerate(pages):
        nxt = pages[i + 1] if i + 1 < len(pages) else None
        if nxt is None or not nxt.lines or _starts(nxt.lines[0], breaks) or _starts(nxt.lines[0], flow.imprint_texts):
            continue
        if any(_starts(ln, flow.table_texts) for ln in page.lines):
            continue   # table rows are not grid lines
        slots = [_slot(ln) for ln in page.lines]
        used = max(slots) + 1 if slots else 0
        if used < LINES_PER_PAGE and _starts(nxt.lines[0], after_empty):
            used += 1   # the page ends with a blank grid line
        rep.full_pages.append(page.number)
        rep.lines_per_full_page.append(used)
        pushed = _starts(nxt.lines[0], flow.headings) or _starts(nxt.lines[0], flow.table_texts)
        short = LINES_PER_PAGE - used
        if used > LINES_PER_PAGE or short > (MAX_SHORT_HEADING if pushed else MAX_SHORT):
            rep.problems.append(f"第{page.number}页有 {used} 行，应为 {LINES_PER_PAGE} 行")
        if len(set(slots)) != len(slots):
            rep.problems.append(f"第{page.number}页有文字行不在行格上（两行落在同一格）")
    # --- line pitch: between consecutive continuation lines of body paragraphs (both flush with the
    # left edge of the type area, so both 仿宋; a centred 楷体 byline has another baseline offset)
    pitches = []
    for page in pages:
        flush = [ln for ln in page.lines if ln.height_pt < 24 and abs(ln.x0 - AREA_LEFT) <= 1.0]
        for a, b in zip(flush, flush[1:]):
            gap = _slot(b) - _slot(a)
            if gap >= 1 and abs(a.height_pt - b.height_pt) < 0.5:
                pitches.append((b.y1 - a.y1) / gap)
    if pitches:
        pitches.sort()
        rep.line_pitch_mm = pitches[len(pitches) // 2]
        if abs(rep.line_pitch_mm - LINE_PITCH_MM) > 0.008:   # 580 twips would be 10.231 mm
            rep.problems.append(f"行距 {rep.line_pitch_mm:.3f} mm，应为 {LINE_PITCH_MM:.3f} mm（28.95 磅）")
    # --- characters on full body lines
    for k, (page, ln) in enumerate(flat):
        if ln.height_pt > 24 or not ln.cjk_only:
            continue   # title lines (2号), lines with Latin letters or digits
        chars = ln.chars
        hangs = ln.x1 > AREA_RIGHT + 1.0 and ln.text[-1] in _FULL_PUNCT
        if hangs:
            chars -= 1
        elif ln.x1 < AREA_RIGHT - 1.5:
            continue   # the last line of a paragraph
        if abs(ln.x0 - AREA_LEFT) <= 1.0:
            nxt = flat[k + 1][1] if k + 1 < len(flat) else None
            rep.full_line_chars[chars] += 1
            rep.hanging += hangs
            if chars < CHARS_PER_LINE and _break_rule(nxt):
                rep.kinsoku += 1
            elif chars != CHARS_PER_LINE:
                rep.problems.append(f"第{page.number}页满行有 {chars} 字，应为 {CHARS_PER_LINE} 字：{ln.text}")
        elif abs(ln.x0 - AREA_LEFT - 2 * 16 * PT_MM) <= 1.5:
            rep.first_line_chars[chars] += 1
    if not rep.full_line_chars:
        rep.problems.append("没有找到可以数字数的满行")
    # --- page numbers (not on the unnumbered blank and 版记 pages)
    numbered = pages[:len(pages) - flow.unnumbered_tail] if flow.unnumbered_tail else pages
    for page in pages[len(numbered):]:
        if page.page_number is not None:
            rep.problems.append(f"第{page.number}页（空白页或版记页）不应有页码")
    for page in numbered:
        pn = page.page_number
        if pn is None:
            rep.problems.append(f"第{page.number}页没有页码")
            continue
        if re.sub(r"\s", "", pn.text) != f"—{page.number}—":
            rep.problems.append(f"第{page.number}页页码为“{pn.text}”，应为“— {page.number} —”")
        drop = pn.centre - AREA_BOTTOM
        rep.page_number_drop.append(drop)
        if abs(drop - PAGE_NUMBER_DROP) > TOLERANCE_MM:
            rep.problems.append(f"第{page.number}页页码在版心下 {drop:.2f} mm，应为 {PAGE_NUMBER_DROP} mm")
        if page.number % 2:
            inset, side = AREA_RIGHT - pn.x1, "右"
        else:
            inset, side = pn.x0 - AREA_LEFT, "左"
        rep.page_number_inset.append((page.number, inset))
        if abs(inset - PAGE_NUMBER_INSET) > TOLERANCE_MM:
            rep.problems.append(f"第{page.number}页页码距版心{side}边 {inset:.2f} mm，"
                                f"应为一字（{PAGE_NUMBER_INSET:.2f} mm）")
    return rep


def assert_official_layout(docx_path: str | os.PathLike, outdir: str | os.PathLike | None = None,
                           pdf_path: str | os.PathLike | None = None) -> LayoutReport:
    """Render (unless pdf_path is given) and assert the GB/T 9704 layout; returns the figures."""
    if pdf_path is None:
        needs_renderer()
        outdir = outdir or tempfile.mkdtemp(prefix="drafter-pdf-")
        pdf_path = render_pdf(docx_path, outdir)
    rep = check_layout(pdf_path, docx_path)
    assert rep.pages, f"{pdf_path}: no pages"
    assert not rep.problems, "\n".join(rep.problems[:20])
    return rep


# --- rules and character boxes (pdfplumber) -------------------------------------------------------
@dataclass
class Rule:
    page: int
    y: float            # mm from the top edge (centre of the stroke)
    x0: float
    x1: float
    width: float        # stroke width, mm
    color: tuple

    @property
    def length(self) -> float:
        return self.x1 - self.x0

    @property
    def red(self) -> bool:
        c = tuple(self.color or ())
        return len(c) == 3 and c[0] > 0.8 and c[1] < 0.2 and c[2] < 0.2


def rules(pdf_path: str | os.PathLike) -> list[Rule]:
    """Horizontal rules longer than 50 mm on every page (paragraph and cell borders), duplicates
    (the same stroke drawn twice) merged."""
    import pdfplumber

    out: list[Rule] = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for page in pdf.pages:
            seen = set()
            objs = [(o["top"], o["bottom"], o["x0"], o["x1"], o.get("linewidth") or 0, o.get("stroking_color"))
                    for o in page.lines]
            objs += [((o["top"] + o["bottom"]) / 2, (o["top"] + o["bottom"]) / 2, o["x0"], o["x1"],
                      o["bottom"] - o["top"], o.get("non_stroking_color")) for o in page.rects
                     if o["bottom"] - o["top"] < 2]
            for top, bottom, x0, x1, lw, color in objs:
                if abs(bottom - top) > 0.5 or (x1 - x0) * PT_MM < 50:
                    continue
                key = (round(top, 1), round(x0, 1), round(x1, 1))
                if key in seen:
                    continue
                seen.add(key)
                out.append(Rule(page.page_number, top * PT_MM, x0 * PT_MM, x1 * PT_MM, lw * PT_MM,
                                tuple(color) if isinstance(color, (list, tuple)) else (color,)))
    return sorted(out, key=lambda r: (r.page, r.y))


@dataclass
class Glyphs:
    text: str
    top: float           # mm, the characters' em box
    bottom: float
    x0: float
    x1: float
    size: float          # pt
    color: tuple


def text_boxes(pdf_path: str | os.PathLike, page_number: int) -> list[Glyphs]:
    """The text lines of a page from the characters' em boxes (pdftotext's boxes include the
    font's ascent and descent; these are the characters' own top and bottom edges)."""
    import pdfplumber

    with pdfplumber.open(str(pdf_path)) as pdf:
        chars = pdf.pages[page_number - 1].chars
    rows: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: (round(c["top"], 0), c["x0"])):
        if rows and abs(rows[-1][0]["top"] - c["top"]) < 2 and abs(rows[-1][0]["size"] - c["size"]) < 0.5:
            rows[-1].append(c)
        else:
            rows.append([c])
    out = []
    for r in rows:
        r.sort(key=lambda c: c["x0"])
        col = r[0].get("non_stroking_color")
        out.append(Glyphs("".join(c["text"] for c in r).replace(" ", ""), min(c["top"] for c in r) * PT_MM,
                          max(c["bottom"] for c in r) * PT_MM, r[0]["x0"] * PT_MM, r[-1]["x1"] * PT_MM,
                          r[0]["size"], tuple(col) if isinstance(col, (list, tuple)) else (col,)))
    return sorted(out, key=lambda g: g.top)
