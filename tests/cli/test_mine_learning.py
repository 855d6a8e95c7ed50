"""What `drafter mine` learns beyond the patterns: the unit's quoted terms and brands, formulaic
patterns only, section formulas by role, search that finds, kinds learned from the unit's reports,
and the suggestions `new` puts beside each section. Run on the committed bank (phrasebank/, the
output of `drafter mine seeds/`) and, through the CLI in temp folders, on small collections."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from conftest import DATA, REPO, SEEDS, run_cli

BANK = REPO / "phrasebank"
SHUZHI = DATA / "shuzhi"
REPORTS = DATA / "mining_reports"


def _bank() -> list[dict]:
    return json.loads((BANK / "phrases.json").read_text(encoding="utf-8"))["phrases"]


def _phrases(*args: str, cwd=REPO) -> list[dict]:
    proc = run_cli("phrases", *args, "--format", "json", cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


# --- quoted terms and brands ------------------------------------------------------------------
def test_every_term_quoted_in_two_seeds_is_in_the_bank():
    docs: dict[str, set[str]] = defaultdict(set)
    for f in sorted(SEEDS.glob("*.txt")):
        for m in re.finditer(r"“([^“”\n]{2,16})”", f.read_text(encoding="utf-8")):
            docs[m.group(1)].add(f.name)
    recurring = sorted(t for t, d in docs.items() if len(d) >= 2)
    assert len(recurring) >= 15
    texts = [p["text"] for p in _bank() if p["type"] in ("term", "slogan")]
    missing = [t for t in recurring if not any(f"“{t}”" in x for x in texts)]
    assert not missing, missing


def test_terms_have_role_counts_sources_examples_and_merged_forms():
    terms = {p["text"]: p for p in _bank() if p["type"] == "term"}
    fq = terms["“枫桥经验”"]
    assert len(fq["docs"]) == 2 and fq["count"] >= 2 and fq["role"] in ("achievements", "plans")
    assert "新时代“枫桥经验”" in fq["variants"]          # one term, not two
    assert "新时代“枫桥经验”" not in terms
    assert fq["examples"] and all("枫桥经验" in e for e in fq["examples"])
    # one district's brand named in one report only is not a term another clerk reuses, nor is a
    # member lifted out of a quoted list (法护营商 of “法迎亚运、法护营商、法护平安”, never quoted alone)
    assert "“亲清码”" not in terms and "“中国数谷”" not in terms and "“法护营商”" not in terms
    for p in terms.values():
        assert len(p["docs"]) >= 2, p["text"]


def test_a_units_brand_recurring_in_its_own_reports_is_a_term(tmp_path):
    """The unit's own brand (“亲清码”, named in one seed) is kept once it recurs in a second report of
    the unit, with both reports as its sources."""
    src = tmp_path / "reports"
    src.mkdir()
    seed = (SEEDS / "001_b7dfeb0ae88f6300.txt").read_text(encoding="utf-8")
    (src / "2022.txt").write_text(seed, encoding="utf-8")
    line = next(x for x in seed.splitlines() if "亲清码" in x)
    (src / "2023.txt").write_text("今年以来，区司法局持续深化法治护航。\n一、主要工作\n" + line + "\n",
                                  encoding="utf-8")
    proc = run_cli("mine", str(src), "-o", str(tmp_path / "bank"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    phrases = json.loads((tmp_path / "bank" / "phrases.json").read_text(encoding="utf-8"))["phrases"]
    terms = {p["text"]: p for p in phrases if p["type"] == "term"}
    assert terms["“亲清码”"]["docs"] == ["2022.txt", "2023.txt"]


# --- patterns that are patterns ---------------------------------------------------------------
def test_ordinary_words_are_not_patterns_formulas_are():
    by_type = defaultdict(set)
    for p in _bank():
        by_type[p["type"]].add(p["text"])
    for word in ("法律法规", "军人军属", "基层基础"):
        assert word not in by_type["abac"] | by_type["aabb"], word
    for word in ("抓实抓细", "谋深谋细", "走深走实", "压紧压实"):
        assert word in by_type["abac"], word


def test_ordinary_word_rule_uses_the_dictionary_not_a_list():
    from drafter.mining import ordinary
    assert ordinary.ordinary_repeat("农业农村", "abac") and ordinary.ordinary_repeat("资金资源", "abac")
    assert not ordinary.ordinary_repeat("有力有效", "abac") and not ordinary.ordinary_repeat("做大做强", "abac")
    assert ordinary.ordinary_parallel("法律援助、人民调解") and not ordinary.ordinary_parallel("固根本、稳预期、利长远")


# --- section formulas by role -----------------------------------------------------------------
def test_role_formulas_are_slotted_templates_with_examples():
    """Templates whose fixed words say something are phrases; bare verb frames (持续推进{X}: only
    generic words fixed) are role formulas for `new`, in phrases.json "frames", not phrases."""
    data = json.loads((BANK / "phrases.json").read_text(encoding="utf-8"))
    templates = {p["text"]: p for p in data["phrases"] if p["type"] == "template"}
    frames = {p["text"]: p for p in data["frames"]}
    for text in ("持续推进{X}", "深入开展{X}", "进一步{X}", "推进{X}改革工作", "{X}提升工程"):
        assert text in frames and text not in templates, text
    for text, role, where in (("持续推进{X}", "achievements", frames), ("深入开展{X}", "achievements", frames),
                              ("不断提升{X}", "plans", frames), ("实现{X}全覆盖", "achievements", templates),
                              ("在{X}的坚强领导下", "opening", templates)):
        t = where[text]
        assert t["role"] == role and len(t["docs"]) >= 2 and len(t["slots"]["X"]) >= 2, text
        assert t["example"] and text.replace("{X}", "") in t["example"].replace(t["slots"]["X"][0], "") \
            or any(t["example"] == text.replace("{X}", x) for x in t["slots"]["X"])


def test_problem_formulas_learned_across_reports(tmp_path):
    proc = run_cli("mine", str(SHUZHI), "-o", str(tmp_path / "bank"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    phrases = json.loads((tmp_path / "bank" / "phrases.json").read_text(encoding="utf-8"))["phrases"]
    problems = {p["text"]: p for p in phrases if p["type"] == "template" and p["role"] == "problems"}
    assert "{X}有待进一步{Y}" in problems and "{X}仍有差距" in problems, sorted(problems)
    assert len(problems["{X}仍有差距"]["docs"]) >= 2
    # bare verb frames of the plans: role formulas for `new`, not phrases of the bank
    frames = json.loads((tmp_path / "bank" / "phrases.json").read_text(encoding="utf-8"))["frames"]
    plans = {p["text"] for p in frames if p["role"] == "plans"}
    assert {"持续深化{X}", "着力推进{X}"} <= plans, sorted(plans)
    assert not {"持续深化{X}", "着力推进{X}"} & {p["text"] for p in phrases}


# --- search that finds ------------------------------------------------------------------------
@pytest.mark.parametrize("query", ["营商环境", "法律援助", "调解"])
def test_the_readme_queries_find_at_least_five_relevant_phrases(query):
    from drafter.mining.search import related
    words = [query, *related(query)]
    hits = _phrases(query, "--limit", "10")
    assert len(hits) >= 5
    for h in hits[:5]:
        hay = h["text"] + "".join(v for vs in (h.get("slots") or {}).values() for v in vs) \
            + "".join(h.get("variants") or [])
        assert any(w in hay for w in words), (query, h["text"])     # found in the phrase, not its example
    assert hits[0]["match"] == "exact" and query in hits[0]["text"]
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_an_example_alone_never_beats_a_phrase_hit():
    hits = _phrases("法律援助", "--limit", "50")
    kinds = [h["match"] for h in hits]
    assert "example" in kinds
    first_example = kinds.index("example")
    assert all(k == "example" for k in kinds[first_example:])


def test_role_listing_puts_the_role_and_its_formulas_first():
    opening = _phrases("--role", "opening", "--limit", "10")
    assert all(h["role"] == "opening" for h in opening[:5]), [h["text"] for h in opening[:5]]
    problems = _phrases("--role", "problems", "--limit", "5")
    assert problems[0]["type"] in ("formula", "template"), problems[0]
    assert all(h["type"] != "heading" for h in problems[:1])


# --- kinds learned from the unit's reports -----------------------------------------------------
def test_a_learned_kind_is_scaffolded_and_built(tmp_path):
    work = tmp_path / "unit"
    work.mkdir()
    proc = run_cli("mine", str(SHUZHI), cwd=work)        # writes work/phrasebank/
    assert proc.returncode == 0, proc.stderr
    assert "述职报告 3 篇" in proc.stdout
    struct = json.loads((work / "phrasebank" / "structure.json").read_text(encoding="utf-8"))
    model = struct["kinds"]["述职报告"]
    assert model["learned"] and model["documents"] == 3
    assert [r for r, _ in model["sections"]][:3] == ["achievements", "problems", "plans"]

    proc = run_cli("new", "--district", "青山区", "--year", "2024", "--kind", "述职报告", cwd=work)
    assert proc.returncode == 0, proc.stderr
    yml = work / "青山区2024年述职报告.yaml"
    text = yml.read_text(encoding="utf-8")
    assert "kind: 述职报告" in text and "heading: 履职情况" in text and "heading: 存在不足" in text
    assert "往年小标题参考：" in text
    proc = run_cli("build", yml.name, "--format", "txt", "-o", "out.txt", cwd=work)
    assert proc.returncode == 0, proc.stderr
    out = (work / "out.txt").read_text(encoding="utf-8")
    assert out.startswith("青山区司法局2024年度述职报告")
    assert "一、履职情况" in out and "二、存在不足" in out and "三、下一步打算" in out
    proc = run_cli("build", yml.name, "-o", "out.docx", cwd=work)
    assert proc.returncode == 0, proc.stderr and (work / "out.docx").stat().st_size > 5000


def test_an_unknown_kind_is_a_clear_error(tmp_path):
    proc = run_cli("new", "--district", "青山区", "--kind", "述职报告", cwd=tmp_path)   # no bank here
    assert proc.returncode == 2 and "没有这种文种" in proc.stderr and "Traceback" not in proc.stderr


def test_learned_spec_is_shaped_like_a_kind_file():
    from drafter.core.resources import kinds
    from drafter.mining.kinds import learned_spec
    struct = {"kinds": {"工作要点": {"learned": True, "name": "工作要点", "documents": 2, "title": "2024年工作要点",
                                   "roles": ["opening", "plans"], "role_documents": {"plans": 2},
                                   "sections": [["plans", "2024年重点任务"]]}}}
    spec = learned_spec("工作要点", struct)
    assert set(kinds()["annual"]) - {"order", "detect"} <= set(spec) | {"theme_lead"}
    assert spec["template"] == "report.j2" and spec["required"] == ["plans"]
    assert spec["sections"] == [{"role": "plans", "heading": "{next_year}年重点任务"}]
    assert learned_spec("annual", {"kinds": {"annual": {"learned": True}}}) is None


# --- suggestions where the clerk writes -------------------------------------------------------
def test_new_puts_formulas_and_the_units_terms_beside_sections(tmp_path):
    shutil.copytree(BANK, tmp_path / "phrasebank")
    proc = run_cli("new", "--district", "滨江区", "--year", "2024", "-o", "a.yaml", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    text = (tmp_path / "a.yaml").read_text(encoding="utf-8")
    sections = text.split("sections:")[1]
    assert re.search(r"# 常用句式：[^\n]*\{X\}", sections)
    terms = re.findall(r"# 本单位常用提法：([^\n]+)", sections)
    assert terms and "“" in terms[0]
    proc = run_cli("build", "a.yaml", "--format", "txt", "-o", "a.txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr     # the suggestions are comments


# --- one document per content; determinism -----------------------------------------------------
def test_a_report_given_as_txt_and_docx_counts_once(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEEDS / "000_4bfb2d478c95987a.txt", src / "a.txt")
    proc = run_cli("format", str(src / "a.txt"), "-o", str(src / "a.docx"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    proc = run_cli("mine", str(src), "-o", str(tmp_path / "bank"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "已学习 1 篇报告" in proc.stdout and "内容相同，只算一篇" in proc.stderr


def test_mine_of_a_file_too_large_says_so_without_claiming_success(tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"# " + "法".encode() * (4 * 1024 * 1024))
    proc = run_cli("mine", str(huge), "-o", str(tmp_path / "bank"), cwd=tmp_path)
    assert proc.returncode == 2 and "过大" in proc.stderr
    assert "学习完成" not in proc.stderr and "Traceback" not in proc.stderr


def test_same_bank_under_other_hash_seeds_and_worker_counts(tmp_path):
    code = ("import sys, json; from pathlib import Path; from drafter.api import mine\n"
            "docs = [(p.name, p.read_bytes()) for p in sorted(Path(sys.argv[1]).glob('*.txt'))]\n"
            "m = mine(docs, workers=int(sys.argv[2]))\n"
            "sys.stdout.write(json.dumps(m.files, ensure_ascii=False, sort_keys=True))")
    outs = set()
    for seed, workers in (("0", "1"), ("1", "2"), ("12345", "2")):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        proc = subprocess.run([sys.executable, "-c", code, str(REPORTS), workers], capture_output=True,
                              env=env, cwd=REPO, timeout=300)
        assert proc.returncode == 0, proc.stderr.decode()
        outs.add(proc.stdout)
    assert len(outs) == 1


def test_the_collected_reports_add_to_the_seeds(tmp_path):
    assert len(list(REPORTS.glob("*.txt"))) >= 8
    proc = run_cli("mine", str(SEEDS), str(REPORTS), "-o", str(tmp_path / "bank"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads((tmp_path / "bank" / "phrases.json").read_text(encoding="utf-8"))
    assert len(data["sources"]) == 5 + len(list(REPORTS.glob("*.txt")))
    texts = {p["text"] for p in data["phrases"]}
    assert "“第一议题”" in texts and "“法律明白人”" in texts


# --- precision round 4: meaningful templates, cut phrases, local names -------------------------
def test_a_template_needs_fixed_words_beyond_generic_verbs_and_nouns():
    from drafter.mining.reuse import template_meaningful
    for text in ("深学笃行{X}", "坚持用{X}武装头脑", "深入学习{X}精神", "推动{X}深度融合", "{X}向纵深发展",
                 "{X}仍有差距", "在{X}的坚强领导下", "{X}有待进一步{Y}"):
        assert template_meaningful(text), text
    for text in ("推进{X}改革工作", "常态化开展{X}", "进一步{X}", "严格落实{X}制度", "常态化推进{X}", "严格落实{X}",
                 "统筹推进{X}工作", "深入开展{X}", "{X}提升工程", "坚持政治{X}", "持续深化{X}"):
        assert not template_meaningful(text), text


def test_a_verb_needing_its_complement_and_a_continued_list_are_not_phrases():
    from drafter.mining import collocations, patterns, segment
    segment.init()
    import jieba

    def bounds(t):
        b = [0]
        for w in jieba.lcut(t, HMM=False):
            b.append(b[-1] + len(w))
        return tuple(b)
    t = "发挥调解队伍在化解矛盾纠纷的主力军作用"
    assert collocations.find(t, bounds(t)) == []
    t = "为建设现代化强区提供坚强法治保障"
    assert [f + o for f, o, _ in collocations.find(t, bounds(t))] == ["提供坚强法治保障"]
    unit = "办理行政诉讼、行政检察、行政调处与行政复议案件"
    assert patterns.parallels(unit, set(bounds(unit)), [(0, len(unit))]) == []
    unit = "坚持固根本、稳预期、利长远"
    assert [h.text for h in patterns.parallels(unit, set(bounds(unit)), [(0, len(unit))])] == ["固根本、稳预期、利长远"]


def test_a_phrase_on_one_place_name_is_local():
    from drafter.mining import local
    hz = local.places("杭州市上城区司法局2023年工作总结")
    jm = local.places("青岛市即墨区司法局")
    assert local.local("法治杭州、平安杭州、数智杭州", [hz, hz])
    assert local.local("力促法治即墨建设提档升级", [jm])
    assert not local.local("平安建设", [hz])                # 平安区 is not the document's place
    assert not local.local("法治杭州", [hz, jm])            # used by a report of another place
    assert not local.local("全区法治建设", [hz])
