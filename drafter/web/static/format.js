/* 排版: a draft -> the official .docx or PDF (/api/format), and the outline drafter recognised. */
"use strict";
(() => {
  const { $, el } = D;
  const drop = D.dropzone($("format-drop"), $("format-file"));

  async function run(fmt) {
    D.showError($("format-error"), null);
    $("format-notes").hidden = true;
    const file = drop.file();
    if (!file) { D.showError($("format-error"), { message: "请先选择要排版的文稿" }); return; }
    const fd = new FormData();
    fd.append("file", file);
    fd.append("format", fmt);
    D.busy(true, fmt === "pdf" ? "正在生成 PDF（需要 LibreOffice，约需十几秒）…" : "正在排版…");
    try {
      const resp = await D.post("/api/format", fd);
      const notes = resp.headers.get("x-drafter-notes");
      await D.downloadFrom(resp, file.name);
      if (notes) { $("format-notes").textContent = decodeURIComponent(notes); $("format-notes").hidden = false; }
      const outlineData = new FormData();
      outlineData.append("file", file);
      const items = await (await D.post("/api/outline", outlineData)).json();
      const list = $("outline-list");
      list.replaceChildren(...items.map((h) => el("li", { class: `lv${h.level}` },
        [el("span", { class: "ln", text: `第 ${h.line} ${file.name.toLowerCase().endsWith(".docx") ? "段" : "行"}` }), `${h.marker}${h.text}`])));
      if (!items.length) list.append(el("li", { class: "muted", text: "没有识别出标题。" }));
      $("outline").hidden = false;
    } catch (err) {
      D.showError($("format-error"), err);
    } finally { D.busy(false); }
  }

  $("format-form").addEventListener("submit", (e) => { e.preventDefault(); run("docx"); });
  $("format-pdf").addEventListener("click", () => run("pdf"));
})();
