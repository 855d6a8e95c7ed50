"""A run-in heading (（二）坚持…。 then the paragraph on the same line) carries its paragraph: the
rules that read figures in paragraphs read them there too."""

from __future__ import annotations

from drafter.lint.engine import lint_text


def _rules(text: str) -> list[str]:
    return [f.rule for f in lint_text(text) if f.severity in ("error", "warning")]


def test_a_stated_change_is_recomputed_after_a_run_in_heading():
    body = "全年办理法律援助案件1368件，较上年的1140件同比增长16.7%。"
    assert "C002" in _rules("一、本年度重点工作\n" + body + "\n")
    assert "C002" in _rules("一、本年度重点工作\n（二）坚持公共法律服务惠民。" + body + "\n")
    assert "C002" not in _rules("一、本年度重点工作\n（二）坚持公共法律服务惠民。"
                                "全年办理法律援助案件1368件，较上年的1140件同比增长20.0%。\n")
