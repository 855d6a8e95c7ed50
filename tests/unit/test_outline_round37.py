"""Outline round 37 (issue 17, session 17): shapes found by swapping chrome between labelled pages and by the
blind sets 143–146, written here as small pages in the same forms, each with the near miss it must not change."""

from __future__ import annotations

from test_outline_round22 import BODY, _headings
from test_outline_round32 import _kinds, _titles

TEXT = "2023年，县司法局坚持以习近平法治思想为指导，全面推进各项工作，取得了新的成效。\n"


# --- a portal's owner named with 网站 first, under a sample site's related list -------------------------

RELATED = ("相关范文推荐\n1. 人民调解工作总结范文(精选10篇)\n2. 司法所人民调解工作调研报告\n"
           "本站部分内容来源于网络,如有侵权请联系删除。  © 某某范文网  ICP备××××××××号\n")


def test_the_sites_owner_line_with_its_address_is_footer():
    page = ("某县司法局2023年工作总结\n" + TEXT + BODY + RELATED + "扫一扫在手机打开当前页\n【打印】【关闭】\n"
            "网站主办：某某县人民政府办公室　地址：某某县人民路1号\n网站标识码：3500000001　闽ICP备00000000号\n")
    heads = _headings(page)
    assert [h[0] for h in heads] == [1, 3, 5]
    assert _kinds(page)[13] == "chrome"


def test_a_heading_about_the_site_owner_stays_a_heading():
    page = "某县司法局2023年工作总结\n" + TEXT + "一、网站主办单位建设情况\n全年更新信息一千条，网站运行平稳，未发生安全事故。\n"
    assert _headings(page)[1] == (3, 1, "一、", "网站主办单位建设情况")


# --- a site's slogan glued after its code, where the code follows a figure or a sign ------------------

def test_a_slogan_after_a_code_is_cut_where_the_code_follows_a_bracket_or_a_colon():
    tail = "AFi乡村百科--为乡村振兴助力"
    page = ("某县人民政府\n首页 > 政务公开 > 镇街信息公开\n"
            f"  平头镇政府工作报告{tail}\n  ——在平头镇第五届人民代表大会第三次会议上{tail}\n  (2022年3月31日){tail}\n"
            f"  平头镇党委副书记、镇长 贾 磊{tail}\n  各位代表:{tail}\n"
            "  现在,我谨代表平头镇人民政府,向大会报告2021年度政府工作,请予审议。\n"
            f"  一、2021年工作回顾{tail}\n  2021年是“十四五”开局之年,也是本届政府履职的第一年。\n")
    assert _headings(page) == [(3, 0, "", "平头镇政府工作报告"), (9, 1, "一、", "2021年工作回顾")]


def test_a_figure_before_the_repeated_words_is_no_code():
    # the same words after a bare number on three lines are the text's own (no letter: no site code)
    page = ("某镇2023年工作总结\n" + TEXT + "一、主要工作\n(1)2023年完成造林面积\n(2)2024年完成造林面积\n(3)2025年完成造林面积\n"
            "全年完成造林三千亩，森林覆盖率稳步提高。\n")
    assert _headings(page)[1] == (3, 1, "一、", "主要工作")
    assert [h[3] for h in _headings(page) if h[1] == 4] == ["2023年完成造林面积", "2024年完成造林面积", "2025年完成造林面积"]
