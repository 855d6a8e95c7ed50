"""End to end in a real headless Chromium (Debian's `chromium`, driven by Playwright without a
downloaded browser): draft a county's report, check a damaged draft, typeset, look up phrases.
Every request must stay on 127.0.0.1 and the console must stay free of errors."""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from web_helpers import DAMAGED, server  # noqa: F401  (fixture)

from drafter import api

pytestmark = pytest.mark.browser
CHROMIUM = os.environ.get("DRAFTER_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (Debian: apt install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    pg = context.new_page()
    pg.requests, pg.problems = [], []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("console", lambda m: pg.problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
    pg.on("pageerror", lambda e: pg.problems.append(f"pageerror: {e}"))
    pg.set_default_timeout(20000)
    yield pg
    outside = [u for u in pg.requests if not (u.startswith(server.url + "/") or u.startswith("blob:" + server.url))]
    assert pg.requests and not outside, outside
    assert not pg.problems, pg.problems
    context.close()


def test_draft_a_county_report(page, server, tmp_path):
    page.goto(server.url + "/")
    page.select_option("#new-kind", "annual")
    page.fill("#new-district", "安吉县")
    page.fill("#new-year", "2026")
    page.press("#new-year", "Enter")                      # keyboard: Enter submits
    page.wait_for_selector("#editor:not([hidden])")
    row = page.locator("tr[data-metric='法律援助']")
    row.locator("[data-key='value']").fill("1312")
    row.locator("[data-key='previous']").fill("1145")
    expect(page.locator("#yoy-法律援助")).to_contain_text("同比增长14.59%")       # live 同比
    # the first 一是 item: write its text, then insert the metric's reference at the cursor
    item = page.locator(".section-card").first.locator(".item").first
    item.locator("[data-key='title']").fill("坚持法律援助应援尽援")
    text = item.locator("textarea[data-key='text']")
    text.fill("全年")
    row.get_by_role("button", name="插入引用").click()
    expect(page.locator("#preview")).to_contain_text("受理法律援助案件1312件，同比增长14.59%")
    preview = page.inner_text("#preview")
    assert "县司法局" in preview and "区司法局" not in preview
    assert page.locator("#preview .tbd").count() > 0 and "〔待补〕" in page.inner_text("#tbd-badge")
    with page.expect_download() as dl:
        page.get_by_role("button", name="下载 Word（.docx）").click()
    out = tmp_path / dl.value.suggested_filename
    dl.value.save_as(out)
    assert out.name == "安吉县2026年年度工作总结.docx"
    import docx
    body = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "一是坚持法律援助应援尽援。全年受理法律援助案件1312件，同比增长14.59%" in body
    with page.expect_download() as dl:
        page.get_by_role("button", name="YAML 素材").click()
    yaml_text = Path(dl.value.path()).read_text("utf-8")
    assert "value: 1312" in yaml_text and "# 指标的 ID" in yaml_text          # the CLI's file, comments kept
    assert api.build(yaml_text, "a.yaml").text == api.build(yaml_text, "a.yaml", "txt").text


def test_open_a_yaml_with_an_error_shows_line_and_column(page, server, tmp_path):
    bad = tmp_path / "坏的.yaml"
    bad.write_text("kind: annual\ndistrict：滨江区\nyear: 2025\n", encoding="utf-8")
    page.goto(server.url + "/draft")
    page.set_input_files("#open-file", str(bad))
    page.wait_for_selector("#preview-error:not([hidden])")
    assert "第 2 行" in page.inner_text("#preview-error")
    assert page.locator("#yaml-pane").is_visible()


def test_check_a_damaged_draft_and_download_the_annotated_copy(page, server, tmp_path):
    damaged = tmp_path / "草稿.docx"
    damaged.write_bytes(api.format_document(DAMAGED.encode(), "草稿.txt").data)
    page.goto(server.url + "/check")
    page.set_input_files("#draft-file", str(damaged))
    page.click("#check-run")
    page.wait_for_selector(".finding")
    rules = page.eval_on_selector_all(".finding", "els => els.map(e => e.dataset.rule)")
    assert {"F004", "R001", "S003"} <= set(rules)
    assert "错误" in page.inner_text("#summary")
    page.locator(".finding[data-rule='R001']").first.click()
    assert page.locator("#doc-text p.focus mark").count() >= 1
    assert "XX" in page.inner_text("#doc-text p.focus")
    page.get_by_role("button", name="规范提法").click()
    assert set(page.eval_on_selector_all(".finding", "els => els.map(e => e.dataset.rule[0])")) == {"F"}
    with page.expect_download() as dl:
        page.click("#dl-annotated")
    data = Path(dl.value.path()).read_bytes()
    comments = zipfile.ZipFile(io.BytesIO(data)).read("word/comments.xml").decode("utf-8")
    assert comments.count("<w:comment ") >= 3 and "法治" in comments
    with page.expect_download() as dl:
        page.click("#dl-json")
    assert '"version": 1' in Path(dl.value.path()).read_text("utf-8")


def test_bad_upload_gives_a_chinese_message(page, server, tmp_path):
    junk = tmp_path / "坏.docx"
    junk.write_bytes(b"this is not a zip")
    page.goto(server.url + "/check")
    page.set_input_files("#draft-file", str(junk))
    page.click("#check-run")
    page.wait_for_selector("#check-error:not([hidden])")
    assert "坏.docx" in page.inner_text("#check-error")
    # the 4xx answer of a bad file is what the page shows, not a console error
    page.problems[:] = [p for p in page.problems if not ("Failed to load resource" in p and "422" in p)]


def test_format_and_outline(page, server, tmp_path):
    draft = tmp_path / "草稿.txt"
    draft.write_text(DAMAGED, encoding="utf-8")
    page.goto(server.url + "/format")
    page.set_input_files("#format-file", str(draft))
    with page.expect_download() as dl:
        page.click("#format-docx")
    assert dl.value.suggested_filename == "草稿.docx"
    page.wait_for_selector("#outline:not([hidden])")
    assert "本年度重点工作" in page.inner_text("#outline-list")


def test_phrases_search(page, server):
    page.goto(server.url + "/phrases")
    page.wait_for_selector(".phrase-list li")
    page.fill("#phrase-q", "法治")
    page.press("#phrase-q", "Enter")
    expect(page.locator("#phrase-count")).to_contain_text("法治")
    assert page.locator(".phrase-list li mark").count() > 0


def test_start_from_last_years_report(page, server, tmp_path):
    last = tmp_path / "滨江区2025年工作总结.txt"
    last.write_text(DAMAGED.replace("2026", "2025").replace("2027", "2026"), encoding="utf-8")
    page.goto(server.url + "/draft")
    page.set_input_files("#open-file", str(last))
    page.wait_for_selector("#editor:not([hidden])")
    assert page.input_value("[data-key='year']") == "2026"
    expect(page.locator("#preview")).to_contain_text("〔待补〕")
