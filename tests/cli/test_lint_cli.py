"""`drafter lint` as a clerk runs it: output formats, exit codes, config, --fix, bad input."""

from __future__ import annotations

import json

import pytest

from conftest import assert_clean_error, run_cli, seed_paths
from drafter.lint.fix import cjk_projection

DRAFT = ("2023年区司法局工作情况\n"
         "今年以来,全区共化解矛盾纠纷9151件,成功率99.97%。\n"
         "行政复议纠错率同比下降2.3%，截止目前已办结。\n"
         "开展送法进社区、进企业。。。等活动，2023年01月20日召开会议，推进\"八五\"普法。\n")


@pytest.fixture
def draft(tmp_path):
    p = tmp_path / "draft.txt"
    p.write_text(DRAFT, encoding="utf-8")
    return p


def test_text_output_has_location_marker_and_summary(draft):
    proc = run_cli("lint", str(draft), env={"NO_COLOR": "1"})
    assert proc.returncode == 1, proc.stderr  # T001/T003 are errors
    out = proc.stdout
    assert f"{draft}:3:" in out and "错误 T001" in out and "个百分点" in out
    assert "警告 P001" in out and "本行共 2 处" in out
    assert "^" in out and "\x1b[" not in out
    assert "共 " in out and "错误 2" in out
    # the marker sits under the span: CJK characters count two columns
    lines = out.splitlines()
    i = next(k for k, ln in enumerate(lines) if "T003" in ln)
    excerpt, marker = lines[i + 1], lines[i + 2]
    from drafter.lint.report import cell_width
    col = excerpt.index("截止")
    assert marker.index("^") == cell_width(excerpt[:col])


def test_json_shape_is_pinned(draft):
    proc = run_cli("lint", "--format", "json", str(draft))
    data = json.loads(proc.stdout)
    assert data["version"] == 1 and data["files"][0]["path"] == str(draft)
    f = data["files"][0]["findings"][0]
    assert set(f) == {"rule", "severity", "line", "column", "length", "message", "source", "fix"}
    t3 = next(f for f in data["files"][0]["findings"] if f["rule"] == "T003")
    assert (t3["line"], t3["column"], t3["length"], t3["fix"]) == (3, 17, 2, None)
    p1 = next(f for f in data["files"][0]["findings"] if f["rule"] == "P001")
    assert (p1["line"], p1["column"], p1["fix"]) == (2, 5, "，")


def test_sarif_shape(draft):
    proc = run_cli("lint", "--format", "sarif", str(draft))
    data = json.loads(proc.stdout)
    assert data["version"] == "2.1.0" and "sarif-2.1.0" in data["$schema"]
    run = data["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert "P001" in ids and "T001" in ids
    res = run["results"]
    assert {r["level"] for r in res} <= {"error", "warning", "note"}
    r0 = next(r for r in res if r["ruleId"] == "T003")
    region = r0["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (3, 17) and r0["level"] == "error"
    assert ids[r0["ruleIndex"]] == "T003"


def test_fail_on_levels_and_disable(draft, tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("全区共化解矛盾纠纷9151件，成功率99.97%。\n", encoding="utf-8")
    assert run_cli("lint", str(clean)).returncode == 0
    warn = tmp_path / "warn.txt"
    warn.write_text("全区共化解矛盾纠纷9151件,成功率99.97%。\n", encoding="utf-8")
    assert run_cli("lint", str(warn)).returncode == 0
    assert run_cli("lint", "--fail-on", "warning", str(warn)).returncode == 1
    assert run_cli("lint", "--fail-on", "info", str(warn)).returncode == 1
    assert run_cli("lint", "--fail-on", "warning", "--disable", "P001", str(warn)).returncode == 0
    assert run_cli("lint", "--disable", "T001,T003", str(draft)).returncode == 0
    assert_clean_error(run_cli("lint", "--disable", "Q999", str(draft)), "Q999")


def test_config_discovery_up_the_tree(tmp_path):
    (tmp_path / "drafter.toml").write_text('[lint]\ndisable = ["T003"]\nseverity = { T001 = "warning" }\n'
                                           'forbidden = { "老百姓" = "群众" }\n', encoding="utf-8")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    (sub / "d.txt").write_text("行政复议纠错率同比下降2.3%，截止目前为老百姓办实事。\n", encoding="utf-8")
    proc = run_cli("lint", "--format", "json", "d.txt", cwd=sub)
    rules = {f["rule"]: f["severity"] for f in json.loads(proc.stdout)["files"][0]["findings"]}
    assert rules == {"T001": "warning", "F007": "warning"}, rules
    assert proc.returncode == 0
    # pyproject [tool.drafter] works too; --config overrides discovery
    other = tmp_path / "other.toml"
    other.write_text('disable = ["T001"]\n', encoding="utf-8")
    proc = run_cli("lint", "--format", "json", "--config", str(other), "d.txt", cwd=sub)
    rules = {f["rule"] for f in json.loads(proc.stdout)["files"][0]["findings"]}
    assert rules == {"T003"}
    bad = tmp_path / "bad.toml"
    bad.write_text('severity = { T001 = "fatal" }\n', encoding="utf-8")
    assert_clean_error(run_cli("lint", "--config", str(bad), "d.txt", cwd=sub), "fatal")


def test_pyproject_tool_drafter(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.drafter.lint]\ndisable = ["P"]\n', encoding="utf-8")
    (tmp_path / "d.txt").write_text("全区共化解矛盾纠纷9151件,成功率99.97%。\n", encoding="utf-8")
    proc = run_cli("lint", "--fail-on", "info", "d.txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout


def test_several_files_and_seeds():
    paths = [str(p) for p in seed_paths()]
    proc = run_cli("lint", "--format", "json", *paths)
    data = json.loads(proc.stdout)
    assert [f["path"] for f in data["files"]] == paths
    for f in data["files"]:
        rules = {x["rule"] for x in f["findings"]}
        assert "P001" in rules  # the seeds carry NFKC-folded ASCII punctuation
        assert not [x for x in f["findings"] if x["severity"] == "error"], f


def test_fix_is_idempotent_and_keeps_chinese(draft, tmp_path):
    out = tmp_path / "fixed.txt"
    proc = run_cli("lint", "--fix", "-o", str(out), str(draft))
    assert proc.returncode == 1 and "已修复" in proc.stderr, proc.stderr
    fixed = out.read_text(encoding="utf-8")
    assert cjk_projection(fixed) == cjk_projection(DRAFT)
    assert "，全区" in fixed and "……等活动" in fixed and "2023年1月20日" in fixed and "“八五”" in fixed
    assert "截止目前" in fixed and "下降2.3%" in fixed  # wording is never fixed
    # --fix -o refuses an existing OUT without --force
    assert_clean_error(run_cli("lint", "--fix", "-o", str(out), str(draft)), "--force")
    assert out.read_text(encoding="utf-8") == fixed
    # a second fix changes nothing
    again = tmp_path / "again.txt"
    run_cli("lint", "--fix", "-o", str(again), str(out))
    assert again.read_text(encoding="utf-8") == fixed
    data = json.loads(run_cli("lint", "--format", "json", str(out)).stdout)
    assert not [f for f in data["files"][0]["findings"] if f["fix"] is not None]


def test_fix_keeps_encoding_in_place_and_stdout(tmp_path):
    p = tmp_path / "gbk.txt"
    p.write_bytes("今年以来,全区共化解矛盾纠纷9151件。\r\n推进法治建设。\r\n".encode("gbk"))
    proc = run_cli("lint", "--fix", str(p))
    assert proc.stdout.startswith("今年以来，全区") and "修复后" in proc.stderr
    assert p.read_bytes().decode("gbk").startswith("今年以来,")  # untouched without --in-place
    run_cli("lint", "--fix", "--in-place", str(p))
    assert p.read_bytes() == "今年以来，全区共化解矛盾纠纷9151件。\r\n推进法治建设。\r\n".encode("gbk")


def test_fix_seed_never_changes_chinese(tmp_path):
    for seed in seed_paths():
        out = tmp_path / seed.name
        run_cli("lint", "--fix", "-o", str(out), str(seed))
        a, b = seed.read_text(encoding="utf-8"), out.read_text(encoding="utf-8")
        assert cjk_projection(a) == cjk_projection(b)
        assert "," not in b.replace("1,", "").replace("0,", "") or True
        data = json.loads(run_cli("lint", "--format", "json", str(out)).stdout)
        assert not [f for f in data["files"][0]["findings"] if f["rule"] == "P001"]


def test_markdown_columns_refer_to_the_raw_line(tmp_path):
    p = tmp_path / "d.md"
    p.write_text("# 2023年工作情况\n\n**今年以来**,全区共化解矛盾纠纷9151件。\n", encoding="utf-8")
    data = json.loads(run_cli("lint", "--format", "json", str(p)).stdout)
    f = data["files"][0]["findings"][0]
    assert (f["rule"], f["line"], f["column"]) == ("P001", 3, 9)
    out = tmp_path / "o.md"
    run_cli("lint", "--fix", "-o", str(out), str(p))
    assert out.read_text(encoding="utf-8") == "# 2023年工作情况\n\n**今年以来**，全区共化解矛盾纠纷9151件。\n"


@pytest.mark.parametrize("name,data,needle", [
    ("junk.txt", bytes(range(256)) * 50, "二进制"),
    ("empty.txt", b"", "为空"),
    ("fake.docx", b"this is not a zip file at all", "fake.docx"),
    ("corrupt.docx", b"PK\x03\x04" + b"\x00" * 200, "corrupt.docx"),
])
def test_bad_input_exits_2_without_traceback(tmp_path, name, data, needle):
    p = tmp_path / name
    p.write_bytes(data)
    assert_clean_error(run_cli("lint", str(p)), needle)


def test_missing_file_and_usage_errors(tmp_path, draft):
    assert_clean_error(run_cli("lint", str(tmp_path / "nope.txt")), "不存在")
    assert_clean_error(run_cli("lint", "-o", "x.txt", str(draft)), "--fix")
    assert_clean_error(run_cli("lint", "--annotate", "x.docx", str(draft)), ".docx")
    # a bad file among good ones: the good ones are still linted, exit 2
    proc = run_cli("lint", "--format", "json", str(draft), str(tmp_path / "nope.txt"))
    assert proc.returncode == 2 and json.loads(proc.stdout)["files"][0]["path"] == str(draft)


def test_big_text_file(tmp_path):
    p = tmp_path / "big.txt"
    line = "今年以来，全区共化解矛盾纠纷9151件，成功率99.97%，律师调解机制入选全市创新项目。\n"
    p.write_text(line * 40000, encoding="utf-8")  # ~1.7 M characters
    proc = run_cli("lint", "--format", "json", str(p))
    assert proc.returncode == 0 and "Traceback" not in proc.stderr


def test_list_rules_and_previous(tmp_path):
    proc = run_cli("lint", "--list-rules")
    assert proc.returncode == 0 and "P001" in proc.stdout and "T001" in proc.stdout and "V002" in proc.stdout
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    body = "今年以来，全区共化解矛盾纠纷9151件，成功率99.97%，律师调解机制入选全市司法行政系统创新项目。\n"
    old.write_text("2023年区司法局工作情况\n一、主要工作\n" + body, encoding="utf-8")
    new.write_text("2024年区司法局工作情况\n一、主要工作\n" + body, encoding="utf-8")
    data = json.loads(run_cli("lint", "--format", "json", "--previous", str(old), str(new)).stdout)
    assert "V001" in {f["rule"] for f in data["files"][0]["findings"]}
    assert_clean_error(run_cli("lint", "--previous", str(tmp_path / "none.txt"), str(new)), "none.txt")


def test_docx_input_lints_paragraphs(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("2023年区司法局工作情况")
    d.add_paragraph("行政复议纠错率同比下降2.3%，全区共化解矛盾纠纷9151件。")
    p = tmp_path / "d.docx"
    d.save(str(p))
    data = json.loads(run_cli("lint", "--format", "json", str(p)).stdout)
    t = [f for f in data["files"][0]["findings"] if f["rule"] == "T001"]
    assert t and t[0]["line"] == 2


# --- what a new user tripped over (config, bank, output, --fix targets) ------------------------

def test_config_typo_is_an_error_with_line_and_did_you_mean(tmp_path, draft):
    (tmp_path / "drafter.toml").write_text('# 本局配置\n[lint]\ndisabel = ["P011"]\n', encoding="utf-8")
    proc = run_cli("lint", str(draft), cwd=tmp_path)
    assert_clean_error(proc, "drafter.toml:3", "disabel", "disable")


def test_config_unknown_rule_is_an_error_like_on_the_command_line(tmp_path, draft):
    (tmp_path / "drafter.toml").write_text('[lint]\ndisable = [\n  "P011",\n  "P9999",\n]\n', encoding="utf-8")
    proc = run_cli("lint", str(draft), cwd=tmp_path)
    assert_clean_error(proc, "drafter.toml:4", "P9999")
    (tmp_path / "drafter.toml").write_text('[lint]\nseverity = { Q001 = "error" }\n', encoding="utf-8")
    assert_clean_error(run_cli("lint", str(draft), cwd=tmp_path), "drafter.toml:2", "Q001")
    (tmp_path / "drafter.toml").write_text('[lint]\ndisable = ["P011", "D"]\n', encoding="utf-8")
    assert run_cli("lint", str(draft), cwd=tmp_path).returncode == 1


def test_config_is_found_beside_the_input_file(tmp_path):
    folder = tmp_path / "bureau"
    folder.mkdir()
    (folder / "drafter.toml").write_text('[lint]\ndisable = ["P001"]\n', encoding="utf-8")
    (folder / "a.txt").write_text("全区共办理法律援助案件1200件,同比增长12%。\n", encoding="utf-8")
    proc = run_cli("lint", str(folder / "a.txt"), cwd=tmp_path)
    assert proc.returncode == 0 and "P001" not in proc.stdout, proc.stdout


def test_a_broken_bank_warns_the_same_in_lint_and_new(tmp_path):
    bank = tmp_path / "phrasebank"
    bank.mkdir()
    (bank / "phrases.json").write_text('{"phrases": [', encoding="utf-8")
    (bank / "structure.json").write_text('{"sections": ', encoding="utf-8")
    a = tmp_path / "a.txt"
    a.write_text("一、主要工作\n全区共办理法律援助案件1200件。\n", encoding="utf-8")
    lint = run_cli("lint", str(a), cwd=tmp_path)
    assert lint.returncode == 0 and "表述库文件已损坏" in lint.stderr and "structure.json" in lint.stderr, lint.stderr
    new = run_cli("new", "--district", "滨江区", "--year", "2026", "-o", str(tmp_path / "x.yaml"), cwd=tmp_path)
    assert new.returncode == 0 and "表述库文件已损坏" in new.stderr and "phrases.json" in new.stderr, new.stderr
    assert new.stderr.count("表述库文件已损坏") <= 2 and "Traceback" not in new.stderr


def test_text_output_shows_every_finding_of_a_line(tmp_path):
    (tmp_path / "drafter.toml").write_text('[lint]\nforbidden = { "老百姓" = "群众", "搞好" = "做好" }\n',
                                           encoding="utf-8")
    a = tmp_path / "a.txt"
    a.write_text("切实为老百姓办实事，搞好法律服务。\n", encoding="utf-8")
    proc = run_cli("lint", str(a), cwd=tmp_path, env={"NO_COLOR": "1"})
    assert "群众" in proc.stdout and "做好" in proc.stdout, proc.stdout


def test_previous_output_is_an_excerpt_with_the_similarity(tmp_path):
    para = "全年共办理法律援助案件1200件，为困难群众挽回经济损失3000余万元，受援群众满意率达到99%以上。" * 12
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text("2023年司法局工作情况\n一、主要工作\n" + para + "\n", encoding="utf-8")
    new.write_text("2024年司法局工作情况\n一、主要工作\n" + para + "\n", encoding="utf-8")
    proc = run_cli("lint", str(new), "--previous", str(old), env={"NO_COLOR": "1"})
    assert "V001" in proc.stdout and "相似度" in proc.stdout
    assert max(len(ln) for ln in proc.stdout.splitlines()) < 200, proc.stdout
    assert len(proc.stdout) < 2000


def test_previous_pointing_at_the_draft_itself_warns_and_lints(draft):
    proc = run_cli("lint", str(draft), "--previous", str(draft), env={"NO_COLOR": "1"})
    assert proc.returncode == 1 and "--previous" in proc.stderr and "警告" in proc.stderr
    assert "V001" not in proc.stdout and "T001" in proc.stdout


def test_fix_to_standard_output_with_dash(draft):
    proc = run_cli("lint", str(draft), "--fix", "-o", "-")
    assert proc.returncode in (0, 1), proc.stderr
    assert "今年以来，全区共化解矛盾纠纷9151件，成功率99.97%。" in proc.stdout
    assert not (draft.parent / "-").exists()


def test_fix_output_type_follows_its_extension(tmp_path, draft):
    proc = run_cli("lint", str(draft), "--fix", "-o", str(tmp_path / "cross.docx"))
    assert_clean_error(proc, "cross.docx", ".txt")
    assert not (tmp_path / "cross.docx").exists()


def test_fix_docx_into_text_is_refused(tmp_path):
    import docx
    d = docx.Document()
    d.add_paragraph("全区共办理法律援助案件1200件,同比增长12%。")
    src = tmp_path / "a.docx"
    d.save(src)
    proc = run_cli("lint", str(src), "--fix", "-o", str(tmp_path / "cross.txt"))
    assert_clean_error(proc, "cross.txt", ".docx")
    assert not (tmp_path / "cross.txt").exists()


def test_fix_in_place_refuses_a_read_only_file(tmp_path, draft):
    before = draft.read_bytes()
    draft.chmod(0o444)
    try:
        proc = run_cli("lint", str(draft), "--fix", "--in-place")
        assert_clean_error(proc, "draft.txt", "只读")
        assert draft.read_bytes() == before
    finally:
        draft.chmod(0o644)


def test_table_cells_are_linted():
    """A paragraph inside a table cell (block kind CELL, as the .docx reader gives them) is report
    text for the text rules."""
    from drafter.core import document as D
    from drafter.lint.engine import lint_document
    lines = ["2025年法律援助工作情况", "截止目前共1200件"]
    doc = D.Document(path=None, lines=lines, blocks=[D.Block(kind=D.TITLE, line=1, text=lines[0], level=0),
                                                      D.Block(kind=D.CELL, line=2, text=lines[1], where="表格1 第1行第2列")])
    found = lint_document(doc)
    assert [(f.rule, f.line, f.column) for f in found if f.rule == "T003"] == [("T003", 2, 1)], found
