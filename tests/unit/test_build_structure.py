"""build keeps the YAML's structure: a YAML paragraph is a body paragraph in the .docx whatever it
looks like, and YAML headings are headings (the .docx is opened with python-docx and its paragraph
styles read; no text heuristics involved)."""

from __future__ import annotations

import io

import docx
import pytest

from drafter import api

LOOKALIKES = [
    "持续深化法治政府建设",                    # short, no sentence end: looks like a slogan heading
    "（五）是今年新增的考核项目，目前尚无可比数据",  # starts like a level-2 heading
    "1.全年受理法律援助案件1312件",            # starts like a level-3 heading
    "一是坚持法治思想重引领",                   # starts an enumeration
    "二、三季度受理的案件较多",                 # starts like a level-1 heading
    "（2）调解组织覆盖全部村社",                # starts like a level-4 heading
    "法治宣传教育",                            # a bare noun phrase
]

YAML = """kind: annual
district: 安吉县
year: 2026
issuer: 安吉县司法局
date: 2027-01-15
opening: ""
transition: ""
closing: ""
sections:
  - role: achievements
    heading: 本年度重点工作
    content:
{paras}
      - group: 坚持依法行政
        content:
          - 依法行政扎实推进。
          - group: 规范性文件审查
            content:
              - 审查文件22件。
  - role: problems
    heading: 存在问题及思考
    content:
      - 基层力量相对薄弱。
  - role: plans
    heading: 明年工作思路
    content:
      - 持续深化法治政府建设
"""


def _yaml() -> str:
    return YAML.format(paras="\n".join(f"      - {p!r}".replace("'", '"') for p in LOOKALIKES))


def _styles(data: bytes) -> list[tuple[str, str]]:
    d = docx.Document(io.BytesIO(data))
    return [(p.style.name, p.text) for p in d.paragraphs if p.text.strip()]


@pytest.fixture(scope="module")
def built():
    return api.build(_yaml(), "安吉县.yaml", fmt="docx")


def test_lookalike_paragraphs_stay_body(built):
    styles = dict((text, style) for style, text in _styles(built.data))
    for p in LOOKALIKES:
        assert styles.get(p) == "公文正文", (p, styles.get(p))


def test_yaml_headings_are_headings(built):
    got = [(style, text) for style, text in _styles(built.data) if style != "公文正文"]
    assert ("一级标题", "一、本年度重点工作") in got
    assert ("二级标题", "（一）坚持依法行政") in got
    assert ("三级标题", "1.规范性文件审查") in got
    assert ("一级标题", "三、明年工作思路") in got
    assert ("公文标题", "安吉县司法局2026年工作总结") in got


def test_structure_document_matches_text(built):
    doc = built.document
    assert doc.structured
    for b in doc.blocks:
        assert built.text.split("\n")[b.line - 1] == b.text
    kinds = [b.kind for b in doc.blocks]
    assert kinds.count("heading") == 5 and kinds[0] == "title" and kinds[-2:] == ["signature", "date"]
    roles = {b.text: b.role for b in doc.blocks if b.kind == "paragraph"}
    assert roles["基层力量相对薄弱。"] == "problems"


def test_plain_user_template_is_parsed_like_a_draft(tmp_path):
    tpl = tmp_path / "plain.j2"
    tpl.write_text("{{ title_lines[0] }}\n一、总体情况\n全年办理案件12件。\n", encoding="utf-8")
    built = api.build(_yaml(), "安吉县.yaml", fmt="docx", template=str(tpl))
    assert ("一级标题", "一、总体情况") in _styles(built.data)
    assert not built.document.structured
