"""The rule catalogue for people: `drafter lint --list-rules` and docs/rules.md.

    python -m drafter.lint.catalog > docs/rules.md"""

from __future__ import annotations

from drafter.lint.rules import all_rules, categories

SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
CHECK_ZH = {"substitution": "词表替换", "existence": "词表查找"}


def _grouped():
    """The rules grouped by category (in the order of [categories]), catalogue order within one:
    rules appended at the end of rules.toml still list under their own category."""
    order = {c: k for k, c in enumerate(categories())}
    return sorted(all_rules().values(), key=lambda r: order.get(r.category, len(order)))


def _plain(message: str) -> str:
    return message.replace("{", "‹").replace("}", "›")


def list_rules_text() -> str:
    lines = []
    cats = categories()
    current = None
    for r in _grouped():
        if r.category != current:
            current = r.category
            lines.append(f"\n{cats.get(r.category, r.category)}（{r.category}）")
        fix = "可自动修复" if r.fix_safe else ""
        lines.append(f"  {r.id}  {SEVERITY_ZH.get(r.severity, r.severity)}  {_plain(r.message)}  〔{r.source}〕 {fix}".rstrip())
    return "\n".join(lines).lstrip("\n")


def rules_json() -> list[dict]:
    return [{"id": r.id, "name": r.name, "category": r.category_name, "severity": r.severity, "source": r.source,
             "fix_safe": r.fix_safe, "message": r.message, "bad": r.bad, "good": r.good}
            for r in all_rules().values()]


def _example(text: str) -> str:
    if not text:
        return "—"
    if "\n" in text:
        return "<br>".join(_cell(t) for t in text.split("\n"))
    return _cell(text)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("{", "&#123;").replace("}", "&#125;") if text else ""


def markdown() -> str:
    cats = categories()
    rules = _grouped()
    out = ["# drafter lint 规则一览", "",
           "本文件由 `python -m drafter.lint.catalog > docs/rules.md` 从 `drafter/data/rules.toml` 生成，请勿手工修改。",
           "每条规则的“错误示例”和“正确示例”同时是该规则的单元测试（tests/test_lint_rules.py）。", "",
           "严重程度：错误 = 肯定有误且影响公文质量；警告 = 很可能有误；提示 = 文风建议。"
           "“可自动修复”的规则由 `drafter lint --fix` 机械修复，从不改动汉字。",
           "“检查方式”为词表的规则只由数据决定：增加词条只需编辑所列的词表文件；"
           "新增一张词表只需一个词表文件和 rules.toml 中的一条规则（check、data）。", ""]
    counts = {}
    for r in rules:
        counts[r.category] = counts.get(r.category, 0) + 1
    out.append("| 类别 | 规则数 |")
    out.append("|---|---|")
    for c, n in counts.items():
        out.append(f"| {cats.get(c, c)}（{c}） | {n} |")
    out.append("")
    current = None
    for r in rules:
        if r.category != current:
            current = r.category
            out += [f"## {cats.get(r.category, r.category)}（{r.category}）", ""]
        out += [f"### {r.id} {r.name}", "",
                "| 项目 | 内容 |", "|---|---|",
                f"| 严重程度 | {SEVERITY_ZH.get(r.severity, r.severity)}（{r.severity}） |",
                f"| 依据 | {r.source} |",
                f"| 自动修复 | {'是' if r.fix_safe else '否'} |",
                f"| 提示信息 | {_cell(r.message)} |",
                *([f"| 检查方式 | {CHECK_ZH.get(r.check, r.check)}（drafter/data/{r.data}"
                   f"{'，' + r.section + ' 表' if r.section else ''}） |"] if r.check else []),
                f"| 错误示例 | {_example(r.bad)} |",
                f"| 正确示例 | {_example(r.good)} |", ""]
    return "\n".join(out)


if __name__ == "__main__":
    import sys
    sys.stdout.write(markdown())
