"""Property tests (hypothesis, SPEC §8): outline, lint, format and extract never crash on arbitrary
text — Chinese prose, half- and full-width punctuation, heading markers, quotes and brackets in
any order, and the inputs that crash other Chinese linters (1《测试》, '测试'., 1-1); lint --fix is
idempotent and never changes a Chinese character; extract → build never drops a paragraph.

Deterministic for CI: derandomize=True and no example database. Total budget ~60 s."""

from __future__ import annotations

import io
import json
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import run_cli
from drafter.core.errors import InputError

CJK = "的一是在了不和有大这主中人上为们地个用工时要动国产以我到他会作来分生对于学下级就年阶义发成部民可出能方进同行面说种过命度革而多子后自社加小机也经力线本电高量长党得实家定深法表着水理化争现所二起政三好十战无农使性前等反体合斗路图把结第里正新开论之物从当两些还天资事队批点育重其思与间内去因件日利相由压员气业代全组数果期导平各基或月毛然如应形想制心样干都向变关问比展那它最及外没看治提五解系林者米群头意只明四道马认次文通但条较克又公孔领军流入接席位情运器并飞原油放立题质指建区验活众很教决特此常石强极土少已根共直团统式转别造切九你取西持总料连任志观调七么山程百报更见必真保热委手改管处己将修支识病象几先老光专什六型具示复安带每东增则完风回南广劳轮科北打积车计给节做务被整联步类集号列温装即毫知轴研单色坚据速防史拉世设达尔场织历花受求传口断况采精金界品判参层止边清至万确究书术状厂须离再目海交权且儿青才证低越际八试规斯近注办布门铁需走议县兵固除般引齿千胜细影济白格效置推空配刀叶率述今选养德话查差半敌始片施响收华觉备名红续均药标记难存测士身紧液派准斤角降维板许破述技消底床田势端感往神便贺村构照容非搞亚磨族火段算适讲按值美态黄易彪服早班麦削信排台声该击素张密害侯草何树肥继右属市严径螺检左页抗苏显苦英快称坏移约巴材省黑武培著河帝仅针怎植京助升王眼她抓含苗副杂普谈围食射源例致酸旧却充足短划剂宣环落首尺波承粉践府鱼随考刻靠够满夫失包住促枝局菌杆周护岩师举曲春元超负砂封换太模贫减阳扬江析亩木言球朝医校古呢稻宋听唯输滑站另卫字鼓刚写刘微略范供阿块某功套友限项余倒卷创律雨让骨远帮初皮播优占死毒圈伟季训控激找叫云互跟裂粮粒母练塞钢顶策双留误础吸阻故寸盾晚丝女散焊功株亲院冷彻弹错散商视艺灭版烈零室轻血倍缺厘泵察绝富城冲喷壤简否柱李望盘磁雄似困巩益洲脱投送奴侧润盖挥距触星松送获兴独官混纪依未突架宽冬章湿偏纹吃执阀矿寨责熟稳夺硬价努翻奇甲预职评读背协损棉侵灰虽矛厚罗泥辟告卵箱掌氧恩爱停曾溶营终纲孟钱待尽俄缩沙退陈讨奋械载胞幼哪剥迫旋征槽倒握担仍呀鲜吧卡粗介钻逐弱脚怕盐末阴丰雾冠丙街莱贝辐肠付吉渗瑞惊顿挤秒悬姆烂森糖圣凹陶词迟蚕亿矩"
PUNCT_FW = "，。、；：？！“”‘’《》（）〔〕【】…—～·「」『』　"
PUNCT_HW = ",.;:?!'\"()[]<>-~ \t"
MARKERS = ["一、", "二、", "十一、", "（一）", "(二)", "（十）", "1.", "2、", "3．", "（1）", "(2)", "一是", "二是",
           "三是", "第一，", "附件：", "索引号", "【字号：大 中 小】", "2026年1月15日", "2023.1.20", "23年",
           "2021-2025年", "10%-20%", "同比增长14.6%", "下降2个百分点", "XX", "××", "〔待补〕", "{{ x }}",
           "【指标:法律援助】", "习近平新时代中国特色社会主义思想", "习近平法制思想", "的的", "。。。", "...",
           "……", "1《测试》", "'测试'.", "1-1", "“测试”。", "《》《》", "、和", "（（", "））", "”“",
           "区司法局", "工作总结", "具体工作如下：", "\u00a0", "\ufeff", "\u200b", "ｓ", "１２３", "㐀", "𠀀"]

token = st.one_of(
    st.text(alphabet=CJK, min_size=1, max_size=12),
    st.text(alphabet=PUNCT_FW + PUNCT_HW, min_size=1, max_size=3),
    st.text(alphabet=string.digits, min_size=1, max_size=5),
    st.sampled_from(MARKERS),
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=4),  # any Unicode
)
line = st.lists(token, max_size=12).map("".join)
# mostly \n, sometimes the other line breaks the readers accept (\r\n, \r, U+2028)
brk = st.sampled_from(["\n"] * 6 + ["\r\n", "\r", "\u2028"])
text = st.lists(st.tuples(line, brk), min_size=1, max_size=25).map(
    lambda pairs: "".join(ln + b for ln, b in pairs[:-1]) + pairs[-1][0])

def budget(n: int) -> settings:
    return settings(max_examples=n, derandomize=True, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])

CRASHERS = ["1《测试》", "'测试'.", "1-1", "1《测试》\n'测试'.\n1-1", "一、\n（一）\n1.\n（1）", "一是二是三是",
            "（一）。", "1.。", "“", "”", "《", "\n\n\n", "　", "\u3000一、测试", "(（", "一、" * 50]


def _cfg():
    from drafter.lint.config import Config
    return Config()


# --- outline --------------------------------------------------------------------------------------
@budget(600)
@given(text)
@example("1《测试》\n'测试'.\n1-1")
def test_outline_never_crashes(t: str):
    from drafter.core.outline import parse_text
    doc = parse_text(t)
    items = json.loads(json.dumps(doc.outline_json(), ensure_ascii=False))
    from drafter.core.readers import split_lines
    n = len(split_lines(t))
    for it in items:
        assert set(it) == {"line", "level", "marker", "text"}
        assert 1 <= it["line"] <= n and 0 <= it["level"] <= 4
        assert isinstance(it["marker"], str) and isinstance(it["text"], str)
    lines = [it["line"] for it in items]
    assert lines == sorted(lines)


# --- lint and --fix -------------------------------------------------------------------------------
def _lint(t: str):
    from drafter.lint.run import lint_source_text
    return lint_source_text(t, "txt", _cfg(), None, "prop.txt")[0]


@budget(400)
@given(text)
@example("1《测试》\n'测试'.\n1-1")
def test_lint_never_crashes_and_positions_are_in_the_text(t: str):
    from drafter.core.readers import split_lines
    lines = split_lines(t)
    for f in _lint(t):
        assert f.severity in ("error", "warning", "info")
        assert 1 <= f.line <= len(lines), f
        assert 1 <= f.column <= len(lines[f.line - 1]) + 1, f
        assert f.length >= 0
        if f.fix is not None:
            assert f.column - 1 + f.length <= len(lines[f.line - 1]), f
        json.dumps(f.to_json(), ensure_ascii=False)


@budget(300)
@given(text)
@example("今年以来,区司法局...\n'测试'.\n2023.1.20 1-1")
@example("\r0\n一:\n一一")            # found by hypothesis: \r split lines differently in lint and --fix
@example("一:\u2028二,三\r四.\r\n五;")
def test_fix_is_idempotent_and_keeps_chinese(t: str):
    from drafter.lint.fix import cjk_projection, fix_text
    fixed, _n = fix_text(t, _lint)
    assert cjk_projection(fixed) == cjk_projection(t)
    again, n2 = fix_text(fixed, _lint)
    assert again == fixed and n2 == 0


# --- format ---------------------------------------------------------------------------------------
@budget(100)
@given(text)
@example("1《测试》\n'测试'.\n1-1")
def test_format_writes_a_docx_word_opens(t: str):
    import docx

    from drafter.docx.writer import document_to_docx_bytes
    from drafter.core.outline import parse_text
    from drafter.extract.roundtrip import REPORT_KINDS
    doc = parse_text(t)
    data = document_to_docx_bytes(doc)
    d = docx.Document(io.BytesIO(data))
    written = _words("".join(p.text for p in d.paragraphs))
    # the words of every line of report text reach the .docx (page chrome may be dropped)
    for b in doc.blocks:
        if b.kind in REPORT_KINDS:
            assert _words(b.text) in written, (b.kind, b.text)


# --- extract → build ------------------------------------------------------------------------------
def _extract_roundtrip(tmp: Path, t: str) -> None:
    from drafter.extract import extract, roundtrip
    from drafter.core.outline import parse_file
    src = tmp / "往年报告.txt"
    src.write_text(t, encoding="utf-8")
    try:
        result = extract(str(src))
    except InputError as exc:
        assert "缺陷" not in (exc.hint or "") + exc.message, exc.render()  # refusals only for bad input
        return
    # The words of every paragraph come back in order (build may normalise punctuation: full-width
    # marks, a doubled "：" after 主送, a literal 【指标:…】 written as 〖指标:…〗 on purpose).
    rebuilt = _words(result.rendered)
    doc = parse_file(str(src))
    for b in doc.blocks:
        if b.kind in roundtrip.REPORT_KINDS and _words(b.text):
            assert _words(b.text) in rebuilt, (b.kind, b.text, result.rendered)


def _words(text: str) -> str:
    """The letters, digits and Chinese characters of a text (NFKC-folded), in order."""
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isalnum())


extract_text = st.lists(st.one_of(line, st.sampled_from(MARKERS).map(lambda m: m + "推进法治建设。")),
                        min_size=1, max_size=15).map(lambda ls: "\n".join(["滨江区司法局2025年工作总结", *ls]))


@pytest.fixture(scope="module")
def extract_dir(tmp_path_factory) -> Path:
    pytest.importorskip("drafter.extract")
    return tmp_path_factory.mktemp("extract")


@budget(150)
@given(t=extract_text)
@example(t="滨江区司法局2025年工作总结\n1《测试》\n'测试'.\n1-1")
def test_extract_then_build_keeps_every_paragraph(extract_dir: Path, t: str):
    _extract_roundtrip(extract_dir, t)


@pytest.mark.parametrize("t", CRASHERS)
def test_known_crashers_in_process(t: str, tmp_path: Path):
    from drafter.docx.writer import document_to_docx_bytes
    from drafter.lint.fix import fix_text
    from drafter.core.outline import parse_text
    parse_text(t).outline_json()
    _lint(t)
    fixed, _ = fix_text(t, _lint)
    assert fix_text(fixed, _lint)[0] == fixed
    document_to_docx_bytes(parse_text(t))
    pytest.importorskip("drafter.extract")
    _extract_roundtrip(tmp_path, t)


@pytest.mark.parametrize("command", ["outline", "lint", "format", "extract", "lint-fix"])
def test_known_crashers_through_the_cli(tmp_path: Path, command: str):
    src = tmp_path / "crash.txt"
    src.write_text("\n".join(CRASHERS) + "\n", encoding="utf-8")
    args = {"outline": ["outline", str(src), "--format", "json"], "lint": ["lint", str(src), "--format", "json"],
            "format": ["format", str(src)], "extract": ["extract", str(src)],
            "lint-fix": ["lint", str(src), "--fix", "-o", str(tmp_path / "fixed.txt")]}[command]
    proc = run_cli(*args, cwd=tmp_path)
    assert proc.returncode in (0, 1), (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr and "内部错误" not in proc.stderr


def test_fix_through_the_cli_keeps_every_line_break(tmp_path: Path):
    """Regression: --fix split lines on \\n only while lint also splits on \\r and U+2028, so a fix
    landed on the wrong line (or aborted). Now each fix lands where lint found it, and the file's
    line breaks are written back as they were."""
    src = tmp_path / "draft.txt"
    src.write_bytes("今年以来,区司法局\u2028推进法治建设;\r\n成效明显:\r\n".encode("utf-8"))
    proc = run_cli("lint", str(src), "--fix", "--in-place")
    assert proc.returncode in (0, 1), proc.stderr
    assert src.read_bytes().decode("utf-8") == "今年以来，区司法局\u2028推进法治建设；\r\n成效明显：\r\n"
