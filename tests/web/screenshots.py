"""Screenshots of the workbench pages for the README: `python tests/web/screenshots.py`
(starts `drafter serve` on a free port, drives Debian's Chromium, writes docs/screenshots/*.png)."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from web_helpers import DAMAGED, REPO, Server  # noqa: E402

OUT = REPO / "docs" / "screenshots"
CHROMIUM = os.environ.get("DRAFTER_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


def main() -> None:
    from playwright.sync_api import expect, sync_playwright

    from drafter import api
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        draft = tmp / "滨江区2026年工作总结（征求意见稿）.docx"
        draft.write_bytes(api.format_document(DAMAGED.encode(), "草稿.txt").data)
        srv = Server(tmp)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
                page = browser.new_page(viewport={"width": 1440, "height": 1000}, device_scale_factor=1, locale="zh-CN")
                page.goto(srv.url + "/draft")
                page.fill("#new-district", "安吉县")
                page.fill("#new-year", "2026")
                page.check("input[name=example]")
                page.click("#new-form button[type=submit]")
                page.wait_for_selector("#editor:not([hidden])")
                row = page.locator("tr[data-metric='法律援助']")
                row.locator("[data-key='value']").fill("1386")
                expect(page.locator("#yoy-法律援助")).to_contain_text("同比增长21%")
                page.locator("tr[data-metric='挽回损失'] [data-key='value']").fill("")
                expect(page.locator("#tbd-badge")).to_contain_text("〔待补〕2 处")
                page.locator("#editor").scroll_into_view_if_needed()
                page.evaluate("window.scrollTo(0, document.getElementById('editor').offsetTop - 10)")
                page.screenshot(path=str(OUT / "draft.png"))
                section = page.locator(".section-card").first
                section.locator("textarea[data-key='text']").first.focus()
                section.scroll_into_view_if_needed()
                section.screenshot(path=str(OUT / "draft-section.png"))
                page.goto(srv.url + "/check")
                page.set_input_files("#draft-file", str(draft))
                page.click("#check-run")
                page.wait_for_selector(".finding")
                page.locator(".finding[data-rule='F004']").first.click()
                page.wait_for_timeout(600)
                page.evaluate("window.scrollTo(0, 0)")
                page.screenshot(path=str(OUT / "check.png"))
                page.goto(srv.url + "/format")
                page.set_input_files("#format-file", str(draft))
                with page.expect_download():
                    page.click("#format-docx")
                page.wait_for_selector("#outline:not([hidden])")
                page.screenshot(path=str(OUT / "format.png"))
                page.goto(srv.url + "/phrases")
                page.fill("#phrase-q", "法治")
                page.press("#phrase-q", "Enter")
                expect(page.locator("#phrase-count")).to_contain_text("法治")
                page.screenshot(path=str(OUT / "phrases.png"))
                browser.close()
        finally:
            srv.stop()
    for png in sorted(OUT.glob("*.png")):
        print(png.relative_to(REPO))


if __name__ == "__main__":
    main()
