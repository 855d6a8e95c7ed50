"""The 公文 elements around the text (GB/T 9704-2012 7.2, 7.3.6, 8) as the parser reads them from a
clerk's plain-text draft, and as `drafter format` then sets them: 发文机关标志, 发文字号, the notice's
title, 附件说明, 抄送 and the 印发 line (tests/data/official: a 印发 notice with the 印发ed summary,
and a 报告 with one attachment and a wrapped 抄送)."""

from __future__ import annotations

import docx
from docx.text.paragraph import Paragraph

from conftest import DATA, run_cli
from drafter.core.outline import parse_file, parse_text

NOTICE = DATA / "official" / "notice.txt"
REPORT = DATA / "official" / "report.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _kinds(path) -> dict[int, tuple[str, str]]:
    return {b.line: (b.kind, b.detail) for b in parse_file(str(path)).blocks if b.kind != "blank"}


def test_the_kinds_of_a_printed_notice_and_its_document():
    k = _kinds(NOTICE)
    assert [k[i] for i in (1, 2, 3, 4, 5)] == [("issuer-mark", ""), ("doc-number", ""), ("cover", "title"),
                                               ("cover", "recipients"), ("cover", "notice")]
    assert k[9] == ("title", "")  # the 印发ed document's own title
    assert [k[i][0] for i in (16, 17, 18, 19, 20, 21)] == [
        "attachment-note", "attachment-note", "signature", "date", "cc", "imprint"]


def test_the_kinds_of_a_report_with_one_attachment_and_a_wrapped_cc():
    k = _kinds(REPORT)
    assert [k[i][0] for i in (1, 2, 3, 4)] == ["issuer-mark", "doc-number", "title", "salutation"]
    assert [k[i][0] for i in (12, 13, 14)] == ["attachment-note", "signature", "date"]
    assert [k[i] for i in (15, 16, 17)] == [("cc", ""), ("cc", "continued"), ("imprint", "")]
    outline = parse_file(str(REPORT)).outline_json()
    assert [h["text"] for h in outline if h["level"] == 1] == ["主要举措和成效", "存在的不足和原因"]


def test_notice_titles_and_numbers_in_other_forms():
    k = {b.line: b.kind for b in parse_text(
        "中共滨海县委 滨海县人民政府文件\n滨委发[2026]12号\n关于印发《滨海县法治政府建设实施方案》\n的通知\n各乡镇：\n"
        "现将《滨海县法治政府建设实施方案》印发给你们，请认真贯彻执行。\n中共滨海县委\n2026年2月1日\n"
        "滨海县法治政府建设实施方案\n一、总体要求\n全面推进。").blocks}
    assert [k[i] for i in (1, 2)] == ["issuer-mark", "doc-number"]
    assert k[3] == k[4] == "cover" and k[9] == "title"
    # the same words inside the text are no 版头, and 附件 alone stays the label of an attached document
    k = {b.line: b.kind for b in parse_text(
        "滨海县司法局2025年工作总结\n一、主要工作\n转发滨海县司法局文件\n全年完成。\n附件\n滨海县普法清单").blocks}
    assert k[3] != "issuer-mark" and k[5] == "attachment" and k[6] == "title"


def _styles(path) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph, the 版记's text box included."""
    d = docx.Document(str(path))
    out = []
    for p in d.element.body.iter(f"{W}p"):
        para = Paragraph(p, d)
        if para.text.strip():
            out.append((para.style.name if para.style is not None else "", para.text))
    return out


def test_format_sets_the_attachment_note_and_the_imprint_as_a_clerk_runs_it(tmp_path):
    for src, name in ((NOTICE, "notice.docx"), (REPORT, "report.docx")):
        proc = run_cli("format", str(src), "-o", str(tmp_path / name))
        assert proc.returncode == 0, proc.stderr
    notice = _styles(tmp_path / "notice.docx")
    by_text = {t: s for s, t in notice}
    assert by_text["龙湾区司法局文件"] == "发文机关标志" and by_text["龙司发〔2023〕3号"] == "发文字号"
    titles = [t for s, t in notice if s == "公文标题"]
    assert "".join(titles[:2]) == "关于印发《2022年全区司法行政工作总结暨2023年工作思路》的通知"
    notes = [(s, t) for s, t in notice if t.startswith(("附件：", "2.2023"))]
    assert [s for s, _t in notes] == ["附件说明", "附件说明"], notes
    assert not any(s.endswith("级标题") and t.startswith(("附件", "2.2023")) for s, t in notice)
    report = _styles(tmp_path / "report.docx")
    imprint = [t for s, t in report if s == "版记"]
    assert imprint == ["抄送：市司法局，县人大常委会办公室，县政协办公室。", "滨江县人民政府办公室\t2026年1月15日印发"]
    assert ("公文标题", "关于2025年度法治政府建设情况的报告") in report
    assert [s for s, t in report if t.startswith("附件：")] == ["附件说明"]
