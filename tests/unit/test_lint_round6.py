"""Round 6 rules beyond their catalogue examples: the shapes each one covers and the guards that
keep it quiet on right text."""

from __future__ import annotations

import pytest

from drafter.lint.engine import lint_text


def rules_of(text: str) -> set[str]:
    return {f.rule for f in lint_text(text) if f.severity in ("error", "warning")}


@pytest.mark.parametrize("text", [
    "在册社区矫正对象由年初的500人减少至450人，下降20%。",
    "法律援助案件由2020年的200件增至2025年的800件，实现翻一番。",
    "律师调解案件由上年的200件增加到400件，增加了2倍。",
    "直接纠错率由上年的3%提高到5%，提高了2%。",
    "败诉率由12.81%降至10.65%，下降2.61个百分点。",
    "执业律师由上年的300名增至326名，较上年减少26名。",
])
def test_t006_from_to_shapes(text):
    assert "T006" in rules_of(text)


@pytest.mark.parametrize("text", [
    "执业律师由300名增至326名，增加26名。",
    "败诉率由12.81%降至10.65%，下降2.16个百分点。",
    "案件由200件增至260件，年均增长5%。",
])
def test_t006_right_figures_stay_clean(text):
    assert "T006" not in rules_of(text)


def test_t009_share_of_target():
    assert "T009" in rules_of("办理案件1120件，为年度目标的112%，超额完成112%。")
    assert "T009" not in rules_of("办理案件1120件，为年度目标的112%，超额完成12%。")


def test_t010_t011_t012_guards():
    assert "T010" not in rules_of("律师中党员占60%，其中女党员占55%。")
    assert "T011" in rules_of("全年共调解矛盾纠纷1200件，\n其中婚姻家庭纠纷500件、邻里纠纷400件、其他纠纷200件。")
    assert "T011" not in rules_of("受理案件158件，其中审结124件、调解结案64件。")
    assert "T012" not in rules_of("案件数量同比增长150%，完成年度目标的112%。")


def test_f017_idiom_homophone_and_guards():
    assert "F017" in rules_of("全体干部齐心携力、恪尽职手，推动工作落实。")
    assert "F017" not in rules_of("增加优质高校本科招生，依法治区，以案释法。")


def test_f014_grown_titles():
    assert "F014" in rules_of("认真落实《中华人民共和国律师执业法》。")
    assert "F014" in rules_of("依据《中华人民共和国公证条例》办理。")
    assert "F014" not in rules_of("学习《中华人民共和国监察官法》《中华人民共和国社区矫正法实施办法》。")


def test_f010_confusables_with_guards():
    assert "F010" in rules_of("防止受援人个人信息泄漏。")
    assert "F010" not in rules_of("及时处置天然气泄漏事故，新闻媒体宣传报道。")


def test_d005_d006():
    assert "D005" in rules_of("区法律援助助中心全年受理案件1312件。")
    assert "D005" not in rules_of("段落直接接在上文之后，加强律师师资队伍建设，援助助力发展。")
    assert "D006" in rules_of("持续推动法治建设各项任务落实\n实落细，确保取得实效。")
    assert "D006" not in rules_of("持续推动法治建设各项任务落实。\n实施方案已经印发。")
