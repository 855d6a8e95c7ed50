"""The official .docx writer and `drafter format`, checked in the XML (SPEC §5) and as a clerk runs
it. Rendering is checked in test_render.py."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import SEEDS, assert_clean_error, run_cli, seed_paths
from drafter.docx.fonts import FontConfig
from drafter.docx.signature import official_date, sealed_indents as signature_indents
from drafter.docx.writer import docx_bytes as document_to_docx_bytes
from drafter.core.outline import parse_file, parse_text
from drafter.text.punct import fullwidth_edits

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
MM = 1440 / 25.4   # twips per millimetre


def _xml(path_or_bytes, part: str):
    from lxml import etree

    src = path_or_bytes if isinstance(path_or_bytes, (str, Path)) else io.BytesIO(path_or_bytes)
    with zipfile.ZipFile(src) as zf:
        return etree.fromstring(zf.read(part))


def _w(el, name: str) -> str | None:
    return el.get(f"{{{W}}}{name}")


def _ptext(p) -> str:
    return "".join(t.text or "" for t in p.iterfind(".//w:t", NS))


@pytest.fixture(scope="module")
def formatted(tmp_path_factory) -> dict[str, Path]:
    """Every seed through `drafter format` (as a subprocess), once per module."""
    out = tmp_path_factory.mktemp("formatted")
    paths = {}
    for seed in seed_paths():
        target = out / (seed.stem + ".docx")
        proc = run_cli("format", str(seed), "-o", str(target))
        assert proc.returncode == 0, proc.stderr
        assert str(target) in proc.stdout and "已排版" in proc.stdout
        paths[seed.stem[:3]] = target
    return paths


# --- page, grid, fonts -----------------------------------------------------------------------
def test_page_size_margins_and_grid(formatted):
    for path in formatted.values():
        sect = _xml(path, "word/document.xml").find(".//w:body/w:sectPr", NS)
        size = sect.find("w:pgSz", NS)
        assert (int(_w(size, "w")), int(_w(size, "h"))) == (11906, 16838)          # A4
        mar = sect.find("w:pgMar", NS)
        for side, mm in (("top", 37), ("bottom", 35), ("left", 28), ("right", 26)):
            assert abs(int(_w(mar, side)) / MM - mm) < 0.05, (side, _w(mar, side))
        grid = sect.find("w:docGrid", NS)
        assert _w(grid, "type") == "lines" and _w(grid, "linePitch") == "579"
        assert _w(grid, "charSpace") is None


def test_exact_579_lines_snap_off_widow_control_and_keep_with_next(formatted):
    styles = _xml(formatted["000"], "word/styles.xml")
    ppr = styles.find("w:docDefaults/w:pPrDefault/w:pPr", NS)
    sp = ppr.find("w:spacing", NS)
    assert (_w(sp, "line"), _w(sp, "lineRule"), _w(sp, "before"), _w(sp, "after")) == ("579", "exact", "0", "0")
    assert _w(ppr.find("w:snapToGrid", NS), "val") == "0"
    wc = ppr.find("w:widowControl", NS)
    assert wc is not None and _w(wc, "val") in (None, "1", "true", "on")      # widow control on
    keep = {}
    for st in styles.iterfind("w:style[@w:type='paragraph']", NS):
        name = _w(st.find("w:name", NS), "val")
        assert _w(st.find("w:pPr/w:snapToGrid", NS), "val") == "0", name
        if name not in ("公文页码", "版记", "表头", "表格文字", "发文机关标志"):
            assert _w(st.find("w:pPr/w:spacing", NS), "line") == "579", name
        keep[name] = st.find("w:pPr/w:keepNext", NS) is not None
    # a heading never ends a page, the title stays with what follows; body text flows
    assert all(keep[n] for n in ("公文标题", "一级标题", "二级标题", "三级标题", "四级标题", "表题"))
    assert not any(keep[n] for n in ("公文正文", "成文日期"))
    for path in formatted.values():
        for p in _xml(path, "word/document.xml").iterfind(".//w:body/w:p", NS):
            assert _w(p.find("w:pPr/w:snapToGrid", NS), "val") == "0"


def test_run_in_headings_do_not_keep_with_next(formatted):
    doc = _xml(formatted["004"], "word/document.xml")
    run_in = [p for p in doc.iterfind(".//w:body/w:p", NS) if _style_of(p) == "GwHeading2"]
    assert run_in
    for p in run_in:      # a whole paragraph: keeping it with the next would leave pages half empty
        assert _w(p.find("w:pPr/w:keepNext", NS), "val") == "0"


def test_three_hao_runs_have_minus_quarter_point_spacing(formatted):
    for path in formatted.values():
        doc = _xml(path, "word/document.xml")
        sizes = set()
        for r in doc.iterfind(".//w:r", NS):
            sz = r.find("w:rPr/w:sz", NS)
            if sz is None:
                continue
            sizes.add(_w(sz, "val"))
            sp = r.find("w:rPr/w:spacing", NS)
            if _w(sz, "val") == "32":
                assert sp is not None and _w(sp, "val") == "-5", _ptext(r)
            else:
                assert sp is None, _ptext(r)      # not the title, the 版记, the page number
        assert "32" in sizes
    styles = _xml(formatted["000"], "word/styles.xml")
    assert styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:spacing", NS) is None
    for st in styles.iterfind("w:style", NS):
        sz, sp = st.find("w:rPr/w:sz", NS), st.find("w:rPr/w:spacing", NS)
        if sz is not None:
            assert (sp is not None and _w(sp, "val") == "-5") == (_w(sz, "val") == "32"), _w(st, "styleId")


def test_theme_fonts_are_the_official_fonts_and_nothing_uses_them(formatted):
    with zipfile.ZipFile(formatted["001"]) as zf:
        names = zf.namelist()
        assert "word/theme/theme1.xml" in names and "word/webSettings.xml" in names
        assert not [n for n in names if "stylesWithEffects" in n]
        for name in names:
            if name.endswith(".xml") and "theme" not in name:
                data = zf.read(name).decode("utf-8")
                assert not re.search(r"w:(ascii|hAnsi|eastAsia|cs)Theme=|w:cstheme=", data), name
    from lxml import etree

    theme = _xml(formatted["001"], "word/theme/theme1.xml")
    A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    major, minor = theme.find(f".//{A}majorFont"), theme.find(f".//{A}minorFont")
    assert major.find(f"{A}ea").get("typeface") == "方正小标宋简体"
    assert minor.find(f"{A}ea").get("typeface") == "仿宋_GB2312"
    assert {f.get("script"): f.get("typeface") for f in minor.iterfind(f"{A}font")}["Hans"] == "仿宋_GB2312"
    assert minor.find(f"{A}latin").get("typeface") == "Times New Roman"
    assert etree is not None


def test_package_parts_word_expects(formatted):
    path = formatted["002"]
    settings = _xml(path, "word/settings.xml")
    compat = settings.find("w:compat", NS)
    for name in ("useFELayout", "balanceSingleByteDoubleByteWidth", "spaceForUL", "doNotExpandShiftReturn",
                 "adjustLineHeightInTable"):
        assert compat.find(f"w:{name}", NS) is not None, name
    assert _w(settings.find("w:themeFontLang", NS), "eastAsia") == "zh-CN"
    fonts = {_w(f, "name"): f for f in _xml(path, "word/fontTable.xml").iterfind("w:font", NS)}
    for name in ("仿宋_GB2312", "楷体_GB2312", "方正小标宋简体", "黑体", "宋体"):
        f = fonts[name]
        assert _w(f.find("w:charset", NS), "val") == "86", name
        assert len(_w(f.find("w:panose1", NS), "val")) == 20, name
        assert f.find("w:sig", NS) is not None and _w(f.find("w:altName", NS), "val"), name
    assert _w(fonts["仿宋_GB2312"].find("w:altName", NS), "val") == "仿宋"
    core = _xml(formatted["001"], "docProps/core.xml")
    DC = "{http://purl.org/dc/elements/1.1/}"
    assert core.find(f"{DC}title").text == "2022年全区司法行政工作总结暨2023年工作思路"
    assert core.find(f"{DC}creator").text == "温州市龙湾区司法局"          # the notice's issuer
    # indents in characters
    styles = _xml(path, "word/styles.xml")
    body = styles.find("w:style[@w:styleId='GwBody']/w:pPr/w:ind", NS)
    assert (_w(body, "firstLineChars"), _w(body, "firstLine")) == ("200", "640")


def test_hanging_punctuation_left_to_the_default(formatted):
    """gbt9704.toml [punctuation]: overflow on, written by leaving w:overflowPunct out (Word's
    default is on; LibreOffice reads an explicit on inverted)."""
    from drafter.core.resources import load_toml

    assert load_toml("gbt9704.toml")["punctuation"]["overflow"] is True
    for path in formatted.values():
        with zipfile.ZipFile(path) as zf:
            for name in ("word/styles.xml", "word/document.xml"):
                assert b"overflowPunct" not in zf.read(name), (path, name)


def test_east_asian_font_explicit_on_defaults_styles_and_runs(formatted):
    styles = _xml(formatted["001"], "word/styles.xml")
    fonts_default = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert _w(fonts_default, "eastAsia") == "仿宋_GB2312"
    assert _w(fonts_default, "ascii") == _w(fonts_default, "hAnsi") == "Times New Roman"
    assert _w(fonts_default, "hint") == "eastAsia"
    for st in styles.iterfind("w:style[@w:type='paragraph']", NS):
        rf = st.find("w:rPr/w:rFonts", NS)
        assert rf is not None and _w(rf, "eastAsia"), _w(st, "styleId")
        assert _w(rf, "hint") == "eastAsia"
    for part in ("word/document.xml", "word/footer1.xml", "word/footer2.xml"):
        for r in _xml(formatted["001"], part).iterfind(".//w:r", NS):
            if r.find("w:t", NS) is not None and _ptext(r).strip():
                rf = r.find("w:rPr/w:rFonts", NS)
                assert rf is not None and _w(rf, "eastAsia") and _w(rf, "hint") == "eastAsia", _ptext(r)
    assert not re.search(rb"<w:b/>|<w:b w:val=\"(1|true|on)\"/>",
                         zipfile.ZipFile(formatted["001"]).read("word/document.xml"))   # no Word bold


def _style_of(p) -> str:
    ps = p.find("w:pPr/w:pStyle", NS)
    return _w(ps, "val") if ps is not None else ""


def _runs(p) -> list[tuple[str, str, str]]:
    """(text, eastAsia font, size) of each text run."""
    out = []
    for r in p.iterfind("w:r", NS):
        t = "".join(x.text or "" for x in r.iterfind("w:t", NS))      # not a text box's content
        if t:
            out.append((t, _w(r.find("w:rPr/w:rFonts", NS), "eastAsia"), _w(r.find("w:rPr/w:sz", NS), "val")))
    return out


def test_paragraph_styles_have_chinese_names_and_outline_levels(formatted):
    styles = _xml(formatted["002"], "word/styles.xml")
    by_name = {_w(st.find("w:name", NS), "val"): st for st in styles.iterfind("w:style", NS)}
    for name, level in (("公文标题", "0"), ("一级标题", "1"), ("二级标题", "2"), ("三级标题", "3"), ("四级标题", "4")):
        assert _w(by_name[name].find("w:pPr/w:outlineLvl", NS), "val") == level
    for name in ("公文正文", "署名", "成文日期"):
        assert name in by_name and by_name[name].find("w:pPr/w:outlineLvl", NS) is None
    assert _w(by_name["公文标题"].find("w:rPr/w:sz", NS), "val") == "44"
    assert _w(by_name["公文标题"].find("w:pPr/w:jc", NS), "val") == "center"
    assert _w(by_name["公文正文"].find("w:pPr/w:ind", NS), "firstLine") == "640"
    assert _w(by_name["公文正文"].find("w:pPr/w:jc", NS), "val") == "both"
    assert _w(by_name["成文日期"].find("w:pPr/w:ind", NS), "right") == "1280"   # 右空四字


def test_title_heading_and_body_fonts(formatted):
    doc = _xml(formatted["001"], "word/document.xml")
    paras = doc.findall(".//w:body/w:p", NS)
    seen = {}
    for p in paras:
        seen.setdefault(_style_of(p), []).append(_runs(p))
    titles = seen["GwTitle"]
    assert [r[0][0] for r in titles] == ["2022年全区司法行政工作总结", "暨2023年工作思路"]
    assert all(r[0][1:] == ("方正小标宋简体", "44") for r in titles)
    assert all(r[0][1:] == ("黑体", "32") for r in seen["GwHeading1"])
    assert len(seen["GwHeading1"]) == 6
    assert seen["GwHeading2"][0][0] == ("（一）聚焦政治建设，提升司法铁军素养", "楷体_GB2312", "32")
    assert all(run[1:] == ("仿宋_GB2312", "32") for runs in seen["GwBody"] for run in runs)
    # one empty line after the two title lines, then the opening paragraph
    idx = [i for i, p in enumerate(paras) if _style_of(p) == "GwTitle"]
    after = paras[idx[-1] + 1]
    assert _ptext(after) == "" and _ptext(paras[idx[-1] + 2]).startswith("2022年以来")
    # the cover notice is on its own page: the title starts a new page
    assert paras[idx[0]].find("w:pPr/w:pageBreakBefore", NS) is not None
    assert _style_of(paras[0]) == "GwSalutation" and _ptext(paras[0]).startswith("各司法所")


def test_run_in_heading_is_one_paragraph_heading_font_then_body(formatted):
    doc = _xml(formatted["004"], "word/document.xml")
    h2 = [p for p in doc.iterfind(".//w:body/w:p", NS) if _style_of(p) == "GwHeading2"]
    assert h2
    runs = _runs(h2[0])
    assert runs[0] == ("（一）着眼全局谋划法治罗湖建设。", "楷体_GB2312", "32")
    assert runs[1][0].startswith("聚力法治建设改革创新") and runs[1][1] == "仿宋_GB2312"


def test_written_text_is_full_width(formatted):
    for key, path in formatted.items():
        for p in _xml(path, "word/document.xml").iterfind(".//w:body/w:p", NS):
            t = _ptext(p)
            assert not fullwidth_edits(t), (key, t[:60])
        # and nothing was lost: every heading of the seed is in the .docx
        text = "".join(_ptext(p) for p in _xml(path, "word/document.xml").iterfind(".//w:body/w:p", NS))
        seed = next(SEEDS.glob(f"{key}_*.txt"))
        for h in parse_file(str(seed)).headings:
            assert h.title.replace(",", "，").replace("(", "（").replace(")", "）")[:10] in text or \
                h.text.replace(",", "，")[:10] in text


def test_page_numbers_odd_right_even_left_with_page_field(formatted):
    path = formatted["000"]
    settings = _xml(path, "word/settings.xml")
    assert settings.find("w:evenAndOddHeaders", NS) is not None
    sect = _xml(path, "word/document.xml").find(".//w:body/w:sectPr", NS)
    refs = {_w(r, "type") for r in sect.iterfind("w:footerReference", NS)}
    assert refs == {"default", "even"}
    rels = _xml(path, "word/_rels/document.xml.rels")
    target = {r.get("Id"): r.get("Target") for r in rels}
    for ref in sect.iterfind("w:footerReference", NS):
        footer = _xml(path, "word/" + target[ref.get(f"{{http://schemas.openxmlformats.org/officeDocument/2006/relationships}}id")])
        p = footer.find("w:p", NS)
        text = _ptext(p)
        assert text == "— 1 —"          # field result shown before Word updates it
        assert " PAGE " in "".join(i.text for i in footer.iterfind(".//w:instrText", NS))
        assert [_w(f, "fldCharType") for f in footer.iterfind(".//w:fldChar", NS)] == ["begin", "separate", "end"]
        jc, ind = _w(p.find("w:pPr/w:jc", NS), "val"), p.find("w:pPr/w:ind", NS)
        if _w(ref, "type") == "default":    # odd pages: right, one 4号 character in
            assert jc == "right" and _w(ind, "right") == "280"
        else:
            assert jc == "left" and _w(ind, "left") == "280"
        for r in p.iterfind("w:r", NS):
            rf = r.find("w:rPr/w:rFonts", NS)
            assert _w(rf, "eastAsia") == "宋体" and _w(r.find("w:rPr/w:sz", NS), "val") == "28"


def test_windows_font_preset(tmp_path):
    out = tmp_path / "w.docx"
    proc = run_cli("format", str(SEEDS / "001_b7dfeb0ae88f6300.txt"), "-o", str(out), "--fonts", "windows")
    assert proc.returncode == 0, proc.stderr
    with zipfile.ZipFile(out) as zf:
        blob = "".join(zf.read(n).decode("utf-8") for n in zf.namelist())
    assert "_GB2312" not in blob
    assert 'w:eastAsia="仿宋"' in blob and 'w:eastAsia="楷体"' in blob and 'w:eastAsia="黑体"' in blob
    assert FontConfig.preset("windows").body == "仿宋"
    assert FontConfig.preset().body == "仿宋_GB2312"


# --- signature and date ------------------------------------------------------------------------
def test_official_date():
    assert official_date("2026年01月05日") == "2026年1月5日"
    assert official_date("二〇二六年一月十五日") == "2026年1月15日"
    assert official_date("2026年12月31日") == "2026年12月31日"
    assert official_date("2023年1月 日") == "2023年1月\u3000\u3000日"


def test_signature_centred_over_date_which_is_four_characters_in():
    from drafter.docx.geometry import advance

    sig, date = signature_indents("杭州市滨江区司法局", "2026年1月15日")
    assert date == 4 * 320
    # the signature's centre is the date's centre
    assert abs((sig + advance("杭州市滨江区司法局") / 2) - (date + advance("2026年1月15日") / 2)) < 2
    sig, date = signature_indents("中共杭州市滨江区委全面依法治区委员会办公室", "2026年1月15日")
    assert sig == 2 * 320 and date > 4 * 320      # a long signature keeps 右空二字


def test_signature_and_date_paragraphs():
    doc = parse_text("关于2025年工作的总结\n\n区委、区政府：\n今年以来，我局积极工作。\n一、主要工作\n"
                     "（一）强化学习。正文内容。\n\n杭州市滨江区司法局\n2026年01月05日\n")
    from lxml import etree

    data = document_to_docx_bytes(doc)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    paras = root.findall(".//w:body/w:p", NS)
    styles = [(_style_of(p), _ptext(p)) for p in paras]
    assert styles[0] == ("GwTitle", "关于2025年工作的总结")
    assert styles[1] == ("GwBody", "")
    assert styles[2] == ("GwSalutation", "区委、区政府：")
    assert ("GwSignature", "杭州市滨江区司法局") in styles and ("GwDate", "2026年1月5日") in styles
    i = styles.index(("GwSignature", "杭州市滨江区司法局"))
    assert styles[i - 1] == ("GwBody", "")                 # 正文下空一行
    assert data == document_to_docx_bytes(doc)             # deterministic bytes


def test_python_docx_reads_it_back(formatted):
    import docx

    d = docx.Document(str(formatted["001"]))
    names = {p.style.name for p in d.paragraphs}
    assert {"公文标题", "一级标题", "二级标题", "公文正文"} <= names
    sec = d.sections[0]
    assert round(sec.top_margin.mm) == 37 and round(sec.left_margin.mm) == 28


# --- the format command ------------------------------------------------------------------------
def test_format_round_trip_keeps_the_outline(formatted):
    for key, path in formatted.items():
        seed = next(SEEDS.glob(f"{key}_*.txt"))
        a = json.loads(run_cli("outline", "--format", "json", str(seed)).stdout)
        b = json.loads(run_cli("outline", "--format", "json", str(path)).stdout)
        norm = [(h["level"], h["marker"].replace("(", "（").replace(")", "）"),
                 h["text"].replace(",", "，").replace(":", "：").replace("(", "（").replace(")", "）")) for h in a]
        assert norm == [(h["level"], h["marker"], h["text"]) for h in b], key


def test_format_default_outputs_md_and_docx_input(tmp_path):
    txt = tmp_path / "草稿.txt"
    txt.write_bytes((SEEDS / "002_7456ba8b65555133.txt").read_bytes())
    proc = run_cli("format", str(txt))
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "草稿.docx").is_file() and "草稿.docx" in proc.stdout
    # .docx input: the default output never collides with the input
    proc = run_cli("format", str(tmp_path / "草稿.docx"))
    assert proc.returncode == 0, proc.stderr
    again = tmp_path / "草稿.排版.docx"
    assert again.is_file() and "草稿.排版.docx" in proc.stdout
    # .md input with # headings
    md = tmp_path / "报告.md"
    md.write_text("# 滨江区司法局2025年工作总结\n\n今年以来，我局积极工作，取得成效。\n\n## 本年度重点工作\n\n"
                  "坚持依法行政，推进法治政府建设。\n\n杭州市滨江区司法局\n\n2026年1月15日\n", encoding="utf-8")
    proc = run_cli("format", str(md), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    root = _xml(tmp_path / "报告.docx", "word/document.xml")
    styles = [(_style_of(p), _ptext(p)) for p in root.iterfind(".//w:body/w:p", NS)]
    assert styles[0] == ("GwTitle", "滨江区司法局2025年工作总结")
    assert ("GwDate", "2026年1月15日") in styles


def test_format_refuses_to_overwrite(tmp_path):
    src = tmp_path / "a.txt"
    src.write_bytes((SEEDS / "003_07ba9a062298d3ea.txt").read_bytes())
    out = tmp_path / "a.docx"
    out.write_bytes(b"precious")
    proc = run_cli("format", str(src))
    assert_clean_error(proc, "a.docx", "--force")
    assert out.read_bytes() == b"precious"
    proc = run_cli("format", str(src), "--force")
    assert proc.returncode == 0, proc.stderr
    assert zipfile.is_zipfile(out)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]   # no temporary left


@pytest.mark.parametrize("name, content, needle", [
    ("missing.txt", None, "不存在"),
    ("", None, "文件夹"),
    ("empty.txt", b"", "为空"),
    ("junk.txt", bytes(range(256)) * 40, "不是文本文件"),
    ("fake.docx", b"not a zip at all", "不是有效的 Word"),
    ("old.doc", b"\xd0\xcf\x11\xe0", ".docx"),
])
def test_format_bad_inputs_exit_2(tmp_path, name, content, needle):
    path = tmp_path / name if name else tmp_path
    if content is not None:
        path.write_bytes(content)
    proc = run_cli("format", str(path), "-o", str(tmp_path / "out.docx"))
    assert_clean_error(proc, needle)
    assert not (tmp_path / "out.docx").exists()


def test_format_bad_options_exit_2(tmp_path):
    src = tmp_path / "a.txt"
    src.write_bytes((SEEDS / "003_07ba9a062298d3ea.txt").read_bytes())
    assert_clean_error(run_cli("format", str(src), "-o", str(tmp_path / "a.odt")), ".docx")
    assert_clean_error(run_cli("format", str(src), "-o", str(tmp_path / "no" / "a.docx")), "不存在")
    assert_clean_error(run_cli("format", str(src), "--fonts", "mac"), "mac")
    docx_in = tmp_path / "b.docx"
    assert run_cli("format", str(src), "-o", str(docx_in)).returncode == 0
    before = docx_in.read_bytes()
    assert_clean_error(run_cli("format", str(docx_in), "-o", str(docx_in), "--force"), "输入文件")
    assert docx_in.read_bytes() == before
    chrome_only = tmp_path / "c.txt"
    chrome_only.write_text("下载\n打印\n", encoding="utf-8")
    assert_clean_error(run_cli("format", str(chrome_only)), "c.txt")


# --- never crash -------------------------------------------------------------------------------
_LINES = st.lists(st.one_of(
    st.text(max_size=80),
    st.sampled_from(["一、总体情况", "(一)强化学习。正文内容,继续.", "1.学习。内容", "（1）细节。", "一是抓落实。二是强保障。",
                     "杭州市滨江区司法局", "2026年01月05日", "二〇二六年一月十五日", "附件1", "各位代表:",
                     "——2026年1月26日在会议上", "通讯员 张三", "某某办公室 2023年1月13日印发", "", "下载 打印",
                     "\x0b\x00\ufffe", "<w:p>&amp;</w:p>"])), max_size=30)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_LINES)
def test_writer_never_crashes_and_writes_well_formed_xml(lines):
    from lxml import etree

    doc = parse_text("\n".join(lines))
    data = document_to_docx_bytes(doc, FontConfig.preset("windows"))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                etree.fromstring(zf.read(name))
