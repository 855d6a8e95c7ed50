"""Place names for extract: the 民政部 list of divisions, townships by suffix, never a phrase that
merely ends in 县."""

from drafter.core.outline import parse_text
from drafter.extract import meta
from drafter.core.divisions import divisions, table, towns


def test_divisions_data_is_the_county_level_list():
    t = table()
    assert len(t) > 3000
    assert t["龙湾区"].level == "county" and t["温州市"].level == "prefecture" and t["浙江省"].level == "province"
    assert t["涉县"].current and not t["赣县"].current         # 赣县 became 赣县区 (a former name kept)


def test_names_in_text():
    assert [d.name for _o, d in divisions("温州市龙湾区司法局")] == ["温州市", "龙湾区"]
    assert divisions("县委和县政府高度重视") == []              # 和县 is not named here
    assert [d.name for _o, d in divisions("涉县司法局")] == ["涉县"]
    assert divisions("周溪乡在县委领导下，得益于县财政支持") == []
    assert towns("今年，周溪乡在县委领导下") == ["周溪乡"]
    assert towns("某县周溪乡") == ["周溪乡"]


def _district(text: str) -> str:
    return str(meta.infer(parse_text(text)).district.value)


def test_district_never_an_arbitrary_phrase():
    body = ("工作总结\n一、主要工作\n今年，周溪乡在县委领导下开展法治宣传。得益于县财政支持，"
            "周溪乡在县里率先建成法治广场。周溪乡在县级评比中获奖。\n")
    assert _district(body) not in ("周溪乡在县", "得益于县", "在县")
    assert _district("工作总结\n一、主要工作\n龙湾区司法局坚持依法治区。龙湾区各街道。\n") == "龙湾区"
