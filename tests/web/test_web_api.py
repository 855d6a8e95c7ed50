"""The pinned workbench API (SPEC §9) with an in-process client."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from web_helpers import DAMAGED, client

from drafter import api

EXAMPLE = api.new("安吉县", 2026, "annual", example=True)


@pytest.fixture(scope="module")
def c():
    with client() as cl:
        yield cl


def docx_text(data: bytes) -> str:
    import docx
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def test_build_docx_is_the_clis_document(c):
    r = c.post("/api/build", files={"file": ("安吉县.yaml", EXAMPLE.encode())})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "filename*=UTF-8''%E5%AE%89%E5%90%89%E5%8E%BF.docx" in r.headers["content-disposition"]
    assert r.content == api.build(EXAMPLE, "安吉县.yaml").data
    assert "县司法局" in docx_text(r.content)
    assert r.headers["x-drafter-pending"] == "0"


def test_build_txt_and_md(c):
    for fmt in ("txt", "md"):
        r = c.post("/api/build", files={"file": ("r.yaml", EXAMPLE.encode())}, data={"format": fmt})
        assert r.status_code == 200 and "同比" in r.content.decode("utf-8")


def test_build_bad_yaml_gives_line_and_column(c):
    r = c.post("/api/build", files={"file": ("r.yaml", "kind: annual\ndistrict：滨江区\nyear: 2025\n".encode())})
    assert r.status_code == 422
    body = r.json()
    assert body["line"] == 2 and body["column"] and "冒号" in body["error"] + body.get("hint", "")


def test_build_unknown_format_is_refused(c):
    r = c.post("/api/build", files={"file": ("r.yaml", EXAMPLE.encode())}, data={"format": "exe"})
    assert r.status_code == 400 and "不支持的输出格式" in r.json()["error"]


def test_build_without_file(c):
    r = c.post("/api/build", data={"format": "docx"})
    assert r.status_code == 400 and "请选择" in r.json()["error"]


def test_build_user_template_is_sandboxed(c):
    evil = b"{{ ''.__class__.__mro__[1].__subclasses__() }}"
    r = c.post("/api/build", files={"file": ("r.yaml", EXAMPLE.encode()), "template": ("../../t.j2", evil)},
               data={"format": "txt"})
    assert r.status_code == 422 and "沙箱" in r.json()["error"], r.text
    assert r.json()["file"] == "t.j2"                     # the clerk's name, not our temporary path


def test_new_starter_for_a_county(c):
    r = c.post("/api/new", data={"district": "安吉县", "year": "2026", "kind": "annual"})
    assert r.status_code == 200
    text = r.content.decode("utf-8")
    assert text == api.new("安吉县", 2026, "annual")
    assert text.split("bureau:")[1].split("#")[0].strip() == "县司法局"
    assert "filename*=UTF-8''" in r.headers["content-disposition"]


def test_new_example_and_errors(c):
    assert "1312" in c.post("/api/new", data={"district": "滨江区", "example": "true"}).text
    assert c.post("/api/new", data={"year": "2026"}).status_code == 400
    assert "四位" in c.post("/api/new", data={"district": "滨江区", "year": "二〇二六"}).json()["error"]
    r = c.post("/api/new", data={"district": "滨江区", "kind": "memo"})
    assert r.status_code == 400 and "没有这种文种" in r.json()["error"]


def test_new_from_last_years_report(c):
    last = api.build(api.new("滨江区", 2025, "annual", example=True), "last.yaml", fmt="docx").data
    r = c.post("/api/new", files={"file": ("C:\\报告\\去年.docx", last)})
    assert r.status_code == 200, r.text
    assert "year: 2026" in r.text and "value: 待补" in r.text
    assert "%E6%BB%A8%E6%B1%9F%E5%8C%BA2026" in r.headers["content-disposition"]  # 滨江区2026…
    r = c.post("/api/new", files={"file": ("去年.docx", last)}, data={"year": "2027"})
    assert r.status_code == 200 and "year: 2027" in r.text
    bad = c.post("/api/new", files={"file": ("去年.yaml", "kind: annual\nyear: 2025\n".encode())})
    assert bad.status_code in (400, 422) and "district" in bad.json()["error"]


def test_lint_gives_the_pinned_json(c):
    r = c.post("/api/lint", files={"file": ("draft.txt", DAMAGED.encode())})
    assert r.status_code == 200
    body = r.json()
    assert body["version"] == 1 and len(body["files"]) == 1 and body["files"][0]["path"] == "draft.txt"
    findings = body["files"][0]["findings"]
    assert body == api.lint_json([api.lint(DAMAGED.encode(), "draft.txt")])
    rules = {f["rule"] for f in findings}
    assert {"F004", "R001", "S003"} <= rules, rules
    assert set(findings[0]) >= {"rule", "severity", "line", "column", "length", "message", "source", "fix"}


def test_lint_with_previous(c):
    r = c.post("/api/lint", files={"file": ("draft.txt", DAMAGED.encode()), "previous": ("old.txt", DAMAGED.encode())})
    assert r.status_code == 200
    assert any(f["rule"].startswith("V") for f in r.json()["files"][0]["findings"])


def test_lint_bad_inputs_are_clear(c):
    r = c.post("/api/lint", files={"file": ("draft.docx", b"not a zip")})
    assert r.status_code == 422 and r.json()["error"] and r.json()["file"] == "draft.docx"
    r = c.post("/api/lint", files={"file": ("empty.txt", b"")})
    assert r.status_code == 422
    r = c.post("/api/lint", files={"file": ("x.exe", b"MZ")})
    assert r.status_code == 400 and "不支持的文件类型" in r.json()["error"]


def test_fix_same_type(c):
    r = c.post("/api/fix", files={"file": ("draft.txt", DAMAGED.encode())})
    assert r.status_code == 200 and int(r.headers["x-drafter-fixed"]) >= 1
    assert "今年以来，区司法局" in r.content.decode("utf-8")
    assert "draft.%E4%BF%AE%E6%AD%A3.txt" in r.headers["content-disposition"]  # draft.修正.txt


def test_annotate_and_format(c):
    r = c.post("/api/format", files={"file": ("draft.txt", DAMAGED.encode())})
    assert r.status_code == 200 and "今年以来" in docx_text(r.content)
    r = c.post("/api/annotate", files={"file": ("draft.docx", r.content)})
    assert r.status_code == 200
    comments = zipfile.ZipFile(io.BytesIO(r.content)).read("word/comments.xml").decode("utf-8")
    assert comments.count("<w:comment ") >= 3
    r = c.post("/api/annotate", files={"file": ("draft.txt", DAMAGED.encode())})
    assert r.status_code == 400 and ".docx" in r.json()["error"]


def test_outline(c):
    r = c.post("/api/outline", files={"file": ("draft.txt", DAMAGED.encode())})
    assert r.status_code == 200
    assert r.json()[1] == {"line": 3, "level": 1, "marker": "一、", "text": "本年度重点工作"}


def test_phrases(c):
    r = c.get("/api/phrases", params={"q": "法治", "limit": "5"})
    assert r.status_code == 200 and 0 < len(r.json()) <= 5
    assert r.json() == api.phrases("法治", limit=5)
    assert all("plans" in p["roles"] for p in c.get("/api/phrases", params={"role": "plans"}).json())
    assert c.get("/api/phrases", params={"role": "nonsense"}).status_code == 400
    assert c.get("/api/phrases", params={"limit": "-1"}).status_code == 400


def test_preview_merges_the_form_and_keeps_comments(c):
    loaded = c.post("/ui/load", data={"district": "安吉县", "year": "2026"}).json()
    model = loaded["model"]
    model["metrics"]["法律援助"].update(value=1312, previous=1145)
    r = c.post("/ui/preview", json={"yaml": loaded["yaml"], "model": model, "name": loaded["name"]}).json()
    assert r["metrics"]["法律援助"]["comparison"] == "同比增长14.59%"
    assert "# 指标的 ID" in r["yaml"] and "value: 1312" in r["yaml"]
    assert r["tbd"] > 0 and "〔待补〕" in r["text"]
    # the merged YAML is the file the CLI builds
    assert api.build(r["yaml"], "x.yaml", "txt").text == r["text"]


def test_preview_reports_schema_errors(c):
    loaded = c.post("/ui/load", data={"district": "安吉县"}).json()
    model = loaded["model"]
    model["metrics"]["法律援助"]["value"] = "三百"
    r = c.post("/ui/preview", json={"yaml": loaded["yaml"], "model": model, "name": "a.yaml"}).json()
    assert r["error"]["line"] and "300" in r["error"]["error"] + (r["error"]["hint"] or "")


def test_load_a_broken_yaml_opens_with_its_error(c):
    r = c.post("/ui/load", files={"file": ("a.yaml", "district: [\n".encode())}).json()
    assert r["model"] is None and r["error"]["line"]


def test_check_gives_lines(c):
    r = c.post("/ui/check", files={"file": ("draft.txt", DAMAGED.encode())}).json()
    assert r["lines"][0] == "滨江区司法局2026年工作总结" and r["lint"]["files"][0]["findings"]


def test_pages_are_chinese_and_load_nothing_from_elsewhere(c):
    for path in ("/draft", "/check", "/format", "/phrases"):
        r = c.get(path)
        assert r.status_code == 200 and 'lang="zh-CN"' in r.text
        assert "http://" not in r.text and "https://" not in r.text and "//" not in r.text.replace("://", "")
        assert "default-src 'self'" in r.headers["content-security-policy"]
    assert c.get("/", follow_redirects=False).headers["location"] == "/draft"
    for asset in ("app.css", "common.js", "draft.js", "check.js", "format.js", "phrases.js"):
        text = c.get(f"/static/{asset}").text
        assert "http://" not in text and "https://" not in text, asset
    labels = json.loads(c.get("/draft").text.split('id="labels">')[1].split("</script>")[0])
    assert labels["kinds"]["annual"] == "年度工作总结"
