"""new --from: next year's report from last year's — on each kind's example and on each seed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter import api
from drafter.report import yamlio

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
KINDS = ["annual", "half-year", "rule-of-law", "summary-plan", "highlights"]
RE_YEAR = re.compile(r"(?<![\d—\-])(20\d{2})(?=年)")


def _roll(data: bytes, name: str, **kw):
    text = api.new_from(data, name, **kw)
    rolled, _ = yamlio.load("<rolled>", text=text)
    return text, rolled


def _metrics_rolled(before: dict, after: dict) -> None:
    for mid, m in (before.get("metrics") or {}).items():
        assert after["metrics"][mid]["value"] == "待补", mid
        assert after["metrics"][mid]["previous"] == m["value"], mid


@pytest.mark.parametrize("kind", KINDS)
def test_example_rolls_forward(kind):
    last = api.new("安吉县", 2025, kind, example=True)
    before, _ = yamlio.load("<last>", text=last)
    text, after = _roll(last.encode("utf-8"), "last.yaml")
    assert after["year"] == 2026 and after.get("date", "待补") == "待补"
    _metrics_rolled(before, after)
    built = api.build(text, "this.yaml", fmt="txt")
    title = "".join(b.text for b in built.document.title_blocks)
    assert "2026年" in title and "2025年" not in title
    # no sentence outside the achievements (facts, marked 请核实) claims last year as this year
    for b in built.document.blocks:
        if b.role in ("opening", "problems", "plans", "closing") or b.kind in ("title", "cover"):
            assert "2025年" not in b.text, (b.role, b.text)
    assert "请核实" in text or not before.get("metrics")
    assert built.tbd >= len(before.get("metrics") or {})


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seed_rolls_forward_and_builds(seed):
    extracted = api.extract(seed.read_bytes(), seed.name)
    before, _ = yamlio.load("<x>", text=extracted.yaml_text)
    text, after = _roll(seed.read_bytes(), seed.name)
    assert after["year"] == before["year"] + 1
    _metrics_rolled(before, after)
    built = api.build(text, "this.yaml", fmt="docx")
    assert built.data[:2] == b"PK"
    old = str(before["year"])
    for b in built.document.blocks:
        if b.kind in ("title",) or b.role == "opening":
            assert f"{old}年以来" not in b.text and not b.text.startswith(f"{old}年，"), b.text


def test_plans_become_guidance_and_years_move():
    seed = next(p for p in SEEDS if p.name.startswith("001"))
    text, after = _roll(seed.read_bytes(), seed.name)
    assert "提出的 2023 年工作安排，今年的成效部分应逐项回应" in text
    assert "#   - 强化思想武装" in text.split("sections:")[1].split("- role: achievements")[0]  # a comment there
    assert "# 请更新：" not in text.split("sections:")[1]  # extract's notes replaced by 请核实
    assert after["cover"]["notice"].count("2023年") == 1 and "2024年各项工作" in after["cover"]["notice"]
    assert after["title"][0].startswith("2023年") and after["title"][1] == "暨2024年工作思路"
    assert "〔待补〕印发" in after["imprint"]


def test_frozen_comparison_after_metric_is_dropped():
    last = ("kind: annual\ndistrict: 安吉县\nyear: 2025\nmetrics:\n  xz: {label: 新收行政诉讼案件, value: 240, unit: 件, previous: 262}\n"
            "sections:\n  - role: achievements\n    heading: 重点工作\n    content:\n"
            "      - 全年【指标:xz】，案件数同比下降8.4%；另有调解案件同比增长5%。\n")
    text, after = _roll(last.encode("utf-8"), "last.yaml")
    body = after["sections"][0]["content"][0]
    assert "案件数同比下降8.4%" not in body and "同比增长5%" in body
    assert "“同比增长5%”是去年的同比" in text
    built = api.build(text, "this.yaml", fmt="txt")
    assert "同比〔待补〕" in built.text


def test_half_year_rolls_into_annual_same_year():
    last = api.new("安吉县", 2026, "half-year", example=True)
    _text, after = _roll(last.encode("utf-8"), "h.yaml", kind="annual")
    assert after["kind"] == "annual" and after["year"] == 2026


def test_docx_input(tmp_path):
    built = api.build(api.new("安吉县", 2025, "annual", example=True), "a.yaml", fmt="docx")
    text, after = _roll(built.data, "去年.docx")
    assert after["year"] == 2026 and after["district"] == "安吉县"
    assert api.build(text, "b.yaml", fmt="txt").text.startswith("安吉县司法局2026年工作总结")


def test_bad_last_year_yaml_reports_line():
    with pytest.raises(api.InputError) as info:
        api.new_from("kind: annual\ndistrict: 安吉县\nyear: 二〇二五\n".encode("utf-8"), "bad.yaml")
    assert info.value.line == 3


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("example", [False, True])
def test_no_district_words_in_a_county(kind, example):
    text = api.new("安吉县", 2026, kind, example=example)
    built = api.build(text, "a.yaml", fmt="txt").text
    for where in (text, built):
        assert not re.findall(r"(全|我|本)区|区委|区政府|区级|区司法局|街道|法治某", where), kind
    if kind == "annual" and example:
        assert "法治安吉" in built


def test_place_stem_and_wording():
    from drafter.report.unit import localise, unit
    assert unit("某县").stem == "某县" and unit("安吉县").stem == "安吉"
    assert unit("鄂托克前旗").area == "全旗" and unit("长阳土家族自治县").leaders == "县委、县政府"
    assert localise("在区委、区政府的坚强领导下，全区社区矫正工作和市政府要求", unit("安吉县")) == \
        "在县委、县政府的坚强领导下，全县社区矫正工作和市政府要求"
    assert "全区" in api.build(api.new("滨江区", 2026, "summary-plan"), "s.yaml", fmt="txt").text
    assert "2026年全县司法行政工作总结" in api.build(api.new("安吉县", 2026, "summary-plan"), "s.yaml", fmt="txt").text
