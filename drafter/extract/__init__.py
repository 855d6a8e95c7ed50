"""`drafter extract`: a past report (txt/md/docx, any of the five forms) -> report YAML to edit.

parse (drafter.core.outline, the one parser) -> structure (sections, groups, items; structure.py) ->
facts (meta.py) -> metrics in sentences (metrics.py) -> YAML with Chinese comments (emit.py).
The YAML is checked before it is written: it must validate and `build` must render it; the
round-trip figure (roundtrip.py) is reported to the clerk."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from drafter.core import document as D
from drafter.core.errors import InputError
from drafter.extract import emit, meta as meta_mod, metrics as metrics_mod, roundtrip, structure
from drafter.text.punct import is_cjk
from drafter.core.resources import kinds


@dataclass
class Extraction:
    yaml_text: str
    kind: str
    counts: dict
    metrics: list[str]
    guessed: list[str]
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    body_ratio: float = 0.0
    rendered: str = ""
    source_text: str = field(default="", repr=False)   # the input's lines, for `raw_ratio`

    @property
    def raw_ratio(self) -> float:
        """How close build's text comes to the whole input file (computed when asked: it needs
        rapidfuzz, which the command itself does not)."""
        return roundtrip.raw_ratio(self.source_text, self.rendered)


def _usable(doc: D.Document, path: str) -> list[str]:
    """Warnings for a text that does not look like a report; InputError when nothing is usable."""
    text = roundtrip.report_text(doc)
    n_cjk = sum(1 for ch in text if is_cjk(ch))
    n_alpha = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if n_cjk == 0:
        raise InputError("没有可提取的中文内容（extract 只处理中文工作报告）", path,
                         hint="请提供往年的中文工作总结或报告（.txt、.md 或 .docx）")
    if n_cjk < 10:
        raise InputError(f"中文内容太少（只有 {n_cjk} 个汉字），无法提取报告", path,
                         hint="请提供往年的中文工作总结或报告（.txt、.md 或 .docx）")
    warnings = []
    numbered = [b for b in doc.blocks if b.kind == D.HEADING and b.marker]
    sentences = sum(1 for b in doc.blocks if b.kind == D.PARAGRAPH and "。" in b.text)
    if n_alpha > n_cjk:
        warnings.append("文中大部分是外文，不像是中文工作报告；已尽量提取其中的文字，请核对")
    elif not numbered and not doc.title_blocks:
        warnings.append("没有识别出标题和 一、（一） 等层次，不像是一份工作报告；已把全部文字作为段落保留，请核对")
    elif sentences == 0:
        warnings.append("文中没有完整的句子（没有句号），不像是工作报告；已尽量提取，请核对")
    return warnings


NOTE_KINDS = ("object", "revision", "comment", "table")


def _reader_warnings(doc: D.Document) -> list[str]:
    """One line per thing of the input the YAML cannot hold (a picture, a chart, an equation,
    merged cells) or that was not read as text (a deletion, a comment), with its place."""
    out = []
    for n in doc.notes:
        if n.kind in NOTE_KINDS:
            place = f"第 {n.line} 段" + (f"（{n.where}）" if n.where and not n.where.startswith("第") else "")
            out.append(f"{place}：{n.message}")
    return out


def _neutralise_placeholders(doc: D.Document) -> list[str]:
    """A literal 【指标:…】 in the old report would be read as a metric reference by build: write
    its brackets as 〖〗 (same length, so parsed offsets stay valid) and tell the clerk."""
    from drafter.report.metrics import placeholder_re

    rx = placeholder_re()
    notes = []
    for b in doc.blocks:
        if b.kind == D.CHROME or not rx.search(b.text):
            continue

        def fix(s: str) -> str:
            return rx.sub(lambda m: "〖" + m.group(0)[1:-1] + "〗", s)

        found = rx.search(b.text).group(0)
        b.text, b.title, b.body = fix(b.text), fix(b.title), fix(b.body)
        for e in b.enums:
            e.title = fix(e.title)
        notes.append(f"第 {b.line} 行的“{found}”与 YAML 的指标引用写法相同，已改写为“〖…〗”，请核对")
    return notes


def _text_slots(content: structure.Content) -> list[tuple[object, object]]:
    """(container, key) of every body text a metric may be taken from, in document order."""
    slots: list[tuple[object, object]] = []

    def walk_list(xs: list) -> None:
        for i, x in enumerate(xs):
            if isinstance(x, str):
                slots.append((xs, i))
            elif isinstance(x, dict):
                walk_node(x)

    def walk_node(n: dict) -> None:
        if isinstance(n.get("text"), str):
            slots.append((n, "text"))
        if "items" in n:
            for i, it in enumerate(n["items"]):
                if isinstance(it, str):
                    slots.append((n["items"], i))
                elif isinstance(it.get("text"), str):
                    slots.append((it, "text"))
        if "content" in n:
            walk_list(n["content"])

    walk_list(content.opening)
    for s in content.sections:
        walk_node(s)
    return slots


def _top(doc: D.Document, kind: str, content: structure.Content, meta: meta_mod.Meta,
         metric_nodes: dict) -> list[tuple[str, object, str, str]]:

    top: list[tuple[str, object, str, str]] = []
    kind_name = kinds()[kind]["name"]
    top.append(("kind", kind, "", f"文种：{kind_name}（据标题和开头判断）"))
    top.append(("district", meta.district.value, "", meta.district.note))
    top.append(("bureau", meta.bureau.value, "", meta.bureau.note))
    has_cover = content.cover is not None
    before_year = ""
    if meta.issuer_printed or has_cover:
        top.append(("issuer", meta.issuer.value, "", meta.issuer.note))
    else:
        before_year = (f"issuer: {meta.issuer.value}\n↑ 落款{meta.issuer.note or '推测'}；原文没有落款，"
                       "需要在文末署名时删去上一行行首的“# ”")
    y = int(meta.year.value)
    top.append(("year", y, before_year, f"{meta.year.note}；写 {y + 1} 年的报告请改为 {y + 1}"))
    if meta.date.value and (meta.date_printed or has_cover):
        top.append(("date", meta.date.value, "", f"{meta.date.note}；请改为新的成文日期"))
    date_note = ""
    if not (meta.date_printed or has_cover):
        date_note = (f"date: {meta.date.value}\n↑ {meta.date.note}；需要署成文日期时删去上一行行首的“# ”"
                     if meta.date.value else "原文没有成文日期；需要时写 date: 2026-01-15（文末署日期）")
    title: object = content.title if len(content.title) != 1 else content.title[0]
    if content.title:
        ys = sorted(set(emit.RE_YEAR.findall("".join(content.title))))
        eol = f"请更新：标题中出现 {'、'.join(ys)} 年" if ys else ""
        top.append(("title", title, date_note, eol))
    else:
        top.append(("title", "", date_note, "原文没有标题；删去此行则按文种自动生成标题"))
    if content.recipients:
        top.append(("recipients", content.recipients, "", "主送机关"))
    if content.byline:
        top.append(("byline", content.byline, "", "署名行"))
    if content.cover is not None:
        cover = dict(content.cover)
        if cover.get("issuer") == meta.issuer.value:
            cover.pop("issuer")
        if cover.get("date") and meta_mod.normalise_date(cover["date"]) == meta.date.value:
            cover.pop("date")
        top.append(("cover", cover, "印发通知与索引号表：请更新索引号、生成日期和通知里的年份", ""))
    if content.imprint:
        top.append(("imprint", content.imprint, "", "版记：请更新印发日期"))
    if metric_nodes:
        top.append(("metrics", metric_nodes,
                    "指标：从原文句子中识别，文字里用【指标:ID】引用，build 时还原为“名称+数值+单位”。\n"
                    "写新一年的报告时：把本年数值移到 previous（上年数值），value 改为新数值，\n"
                    "同比（同比增长…% / …个百分点）由 drafter 精确计算。", ""))
    opening = content.opening
    top.append(("opening", opening[0] if len(opening) == 1 else (opening or ""),
                "\n开头段" + (("（" + emit.update_note(opening) + "）") if emit.update_note(opening) else ""),
                "" if opening else "原文没有开头段"))
    top.append(("transition", "", "", "原文没有单独的过渡句"))
    sk = kinds()[kind]
    top.append(("sections", content.sections,
                "\n正文各部分：role 用途（achievements 成效、problems 问题、plans 思路、duty 第一责任人履职、other 其他）；\n"
                "heading 一级标题、group 小标题自动编号（numbered: false 的保留原文编号或不编号）；\n"
                f"items 为 一是、二是… 条目；theme 为主题段（自动写成“{sk['theme_lead']}……。”）。\n"
                "标有“请更新”的段落含有年份或数字，写新一年的报告时请逐一核对。", ""))
    top.append(("closing", "", "", "结尾段已包含在最后一部分中"))
    return top


def _header(path: str, kind: str) -> str:
    return (f"由 drafter extract 从 {Path(path).name} 提取（{kinds()[kind]['name']}）。\n"
            "这是往年报告的素材：事实、数字和文字都在这里，改好后运行 drafter build 本文件.yaml 生成公文。\n"
            "“推测”注释标出的是 drafter 猜测的值，请核对；“请更新”标出要换成新一年数据的地方。\n"
            "写法说明：drafter help yaml；“#”后面是注释，不进入报告。")


def _render(data, yaml_text: str, path: str) -> str:
    """The report text `build` makes of the YAML (`data` is its tree in memory, the same as
    loading `yaml_text` gives: tests/unit/test_extract_roundtrip.py checks that on real reports)."""
    from drafter.report.render import render_text
    from drafter.report.schema import build_report

    return render_text(build_report(data, path, yaml_text))


def _write_and_check(top: list, header: str, out_path: str) -> tuple[str, str]:
    """(YAML text, the report text build makes of it). The text is written directly
    (drafter.extract.fastyaml) when that writer supports the tree, else by ruamel.yaml
    (emit.tree, emit.text_of); the two give the same bytes. A tree build rejects (or any failure
    on the direct path) is judged again on the ruamel tree, so that what is reported is what the
    ruamel path always reported."""
    from drafter.extract import fastyaml

    text = fastyaml.text(top, header)
    if text is not None:
        try:
            return text, _render(fastyaml.data(top), text, out_path)
        except Exception:   # noqa: BLE001 — whatever it is, the ruamel path below meets it as before
            pass
    tree = emit.tree(top)
    text = emit.text_of(tree, header)
    return text, _render(tree, text, out_path)


def extract(path: str) -> Extraction:
    """Extract a report file (see `extract_document`)."""
    from drafter.core.outline import parse_file
    return extract_document(parse_file(path), path)


def extract_document(doc: D.Document, path: str) -> Extraction:
    """Last year's report (parsed) -> report YAML with guessed-value and update comments, checked
    by building it again (`body_ratio`). `path` names the report in messages and comments."""
    warnings = _usable(doc, path)
    warnings += _neutralise_placeholders(doc)
    warnings += _reader_warnings(doc)
    kind = doc.kind if doc.kind in kinds() else "annual"
    sk = kinds()[kind]
    meta = meta_mod.infer(doc)
    last_error: InputError | None = None
    for with_metrics in (True, False):
        content = structure.build(doc, kind, sk["theme_lead"], sk.get("numbered", True))
        metric_nodes: dict = {}
        ids: list[str] = []
        if with_metrics:
            slots = _text_slots(content)
            texts = [c[k] for c, k in slots]  # type: ignore[index]
            found = metrics_mod.find(texts)
            for i, (c, k) in enumerate(slots):
                mine = [m for m in found if m.text_id == i]
                if mine:
                    c[k] = metrics_mod.replace(texts[i], mine)  # type: ignore[index]
            metric_nodes = {m.id: metrics_mod.to_yaml(m) for m in found}
            ids = [m.id for m in found]
        top = _top(doc, kind, content, meta, metric_nodes)
        out_path = str(Path(path).with_suffix(".yaml"))
        try:
            yaml_text, rendered = _write_and_check(top, _header(path, kind), out_path)
        except InputError as exc:  # never hand the clerk a YAML that build rejects
            last_error = exc
            continue
        return Extraction(yaml_text=yaml_text, kind=kind, counts=content.counts, metrics=ids,
                          guessed=meta.guessed, warnings=warnings, notes=content.notes,
                          body_ratio=roundtrip.body_ratio(doc, rendered), rendered=rendered,
                          source_text="\n".join(doc.lines))
    raise InputError(f"提取结果未能通过校验：{last_error.message if last_error else ''}", path,
                     hint="这是 drafter 的缺陷，请把原文件交给维护人员")
