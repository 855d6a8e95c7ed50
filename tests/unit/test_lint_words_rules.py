"""Lint round 2A rules beyond their catalogue examples: the typo dictionary's guards and kinds,
the report year deciding what is stale, protected names and their legitimate overlaps, law titles,
residue that depends on the document (its format, its title), and the Lexicon's indexed strategy."""

from __future__ import annotations

import pytest

from drafter.lint.engine import lint_text
from drafter.lint.lexicon import Lexicon


def _rules(text: str, *wanted: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.severity, f.message) for f in lint_text(text) if f.rule in wanted]


def test_typo_kinds_set_the_severity_and_the_message_names_the_right_form():
    fs = _rules("坚持一以惯之，做出重要部署，其它事项按计划推进。", "F010")
    assert [(r, s) for r, s, _m in fs] == [("F010", "error"), ("F010", "warning"), ("F010", "warning")]
    assert "一以贯之" in fs[0][2] and "作出" in fs[1][2] and "其他" in fs[2][2]
    assert all(f.fix is None for f in lint_text("坚持一以惯之。"))  # wording is never fixed


def test_typo_guards_before_and_after():
    assert _rules("群众反应强烈的问题得到解决。", "F010")          # a consuming `before` guard
    assert not _rules("药物过敏反应强烈，及时送医。", "F010")
    assert _rules("严格落实报道制度。", "F010") and not _rules("加强新闻报道制度建设。", "F010")
    assert not _rules("做出了一桌好菜。", "F010")                 # 做出 only before abstract objects


def test_the_report_year_decides_what_is_stale():
    current = "{year}年司法局工作总结\n今年是“十四五”规划收官之年，深入实施“十四五”规划。"
    assert _rules(current.format(year=2026), "F013")
    assert not _rules(current.format(year=2025), "F013")
    assert not _rules("今年是“十四五”规划收官之年。", "F013")      # no year: nothing is stale
    past = "2026年司法局工作总结\n“十四五”时期法治建设成效显著，回顾“十四五”以来的工作。"
    assert not _rules(past, "F013")


def test_repealed_and_wrong_law_titles():
    assert _rules("2026年工作总结\n学习《中华人民共和国合同法》。", "F014")
    assert not _rules("2020年工作总结\n学习《中华人民共和国合同法》。", "F014")
    assert not _rules("2026年工作总结\n执行《广东省法律援助条例》《法律援助法》。", "F014")
    assert _rules("宣传《中华人民共和国人民调解条例》。", "F014")
    assert _rules("宣传《中华人民共和国人民调节法》。", "F014")


def test_protected_names_and_their_legitimate_overlaps():
    assert not _rules("深入学习习近平新时代中国特色社会主义思想，学习习近平法治思想。", "F011")
    assert _rules("深入学习贯彻习近评法治思想。", "F011")
    assert _rules("深入学习贯彻习平近总书记重要指示。", "F011")
    assert _rules("坚决维护习近总书记的核心地位。", "F011")


def test_congress_notation_minds_local_congresses():
    assert _rules("学习贯彻第二十次党代会精神。", "F015")
    assert not _rules("学习贯彻市第十三次党代会精神，区第二十次党代会胜利召开。", "F015")


def test_markdown_is_residue_in_text_but_not_in_markdown_input(tmp_path):
    from drafter.core.outline import parse_file
    from drafter.lint.engine import lint_document
    txt, md = tmp_path / "a.txt", tmp_path / "a.md"
    body = "司法局2026年工作总结\n\n## 一、主要工作\n\n全年工作取得**显著成效**。\n"
    txt.write_text(body, encoding="utf-8")
    md.write_text(body, encoding="utf-8")
    assert any(f.rule == "R008" for f in lint_document(parse_file(str(txt))))
    assert not any(f.rule == "R008" for f in lint_document(parse_file(str(md))))


def test_a_request_for_instructions_only_matters_in_a_report():
    assert _rules("司法局2026年工作总结\n妥否，请批示。", "R010")
    assert not _rules("关于增设法律援助工作站的请示\n妥否，请批示。", "R010")


@pytest.mark.parametrize("text", ["二〇〇八年以来", "〇〇七号", "XL码服装", "PM2.5浓度下降"])
def test_placeholder_traps(text):
    assert not _rules(text, "R001")


def test_the_indexed_lexicon_finds_what_the_alternation_finds():
    words = ["习近平平", "习习近平", "近习平", "人民检查院", "区政府、区委", "政治意识", "大局意识"]
    text = "学习习近平，习近平平易近人，区人民检查院，在区政府、区委领导下，增强政治意识、大局意识。"
    accept = lambda i, w: w != "习习近平"  # noqa: E731
    for acc in (None, accept):
        assert list(Lexicon(words, indexed=True).scan(text, acc)) == list(Lexicon(words, indexed=False).scan(text, acc))
