/* 检查: lint a draft (/ui/check -> drafter.api.lint), findings grouped by severity and rule family,
   each highlighted in the text; downloads: annotated copy, fixed copy, findings as JSON. */
"use strict";
(() => {
  const { $, el, labels } = D;
  const ORDER = ["error", "warning", "info"];
  const state = { result: null, family: null, file: null, previous: null };
  const draft = D.dropzone($("draft-drop"), $("draft-file"), (f) => { state.file = f; });
  D.dropzone($("prev-drop"), $("prev-file"), (f) => { state.previous = f; });

  const familyOf = (rule) => rule.charAt(0);
  const chars = (s) => Array.from(s || "");

  function where(f) {
    const loc = state.result.format === "docx" ? `第 ${f.line} 段` : `第 ${f.line} 行`;
    return `${loc}第 ${f.column} 字` + (f.where ? `（${f.where}）` : "");
  }

  function context(f) {
    const line = chars(state.result.lines[f.line - 1]);
    const start = Math.max(0, f.column - 1), end = Math.min(line.length, start + Math.max(1, f.length));
    const from = Math.max(0, start - 24), to = Math.min(line.length, end + 24);
    return el("div", { class: "ctx" }, [from > 0 ? "…" : "", line.slice(from, start).join(""),
      el("mark", { class: f.severity, text: line.slice(start, end).join("") || " " }),
      line.slice(end, to).join(""), to < line.length ? "…" : ""]);
  }

  function render() {
    const r = state.result;
    const findings = r.lint.files[0].findings;
    $("results").hidden = false;
    $("result-title").textContent = `检查结果：${r.name}`;
    const counts = Object.fromEntries(ORDER.map((s) => [s, findings.filter((f) => f.severity === s).length]));
    $("summary").replaceChildren(...ORDER.map((s) => el("span", { class: `badge ${s}`, text: `${labels.severities[s]} ${counts[s]}` })),
      el("span", { class: "muted small", text: `共 ${findings.length} 处` }));
    const families = [...new Set(findings.map((f) => familyOf(f.rule)))].sort();
    const filters = $("filters");
    filters.replaceChildren();
    const pick = (fam) => { state.family = fam; render(); };
    filters.append(el("button", { type: "button", "aria-pressed": String(state.family === null), text: `全部（${findings.length}）`, onclick: () => pick(null) }));
    for (const fam of families) {
      const n = findings.filter((f) => familyOf(f.rule) === fam).length;
      filters.append(el("button", { type: "button", "aria-pressed": String(state.family === fam),
        text: `${labels.families[fam] || fam}（${n}）`, onclick: () => pick(fam) }));
    }
    const shownList = findings.filter((f) => state.family === null || familyOf(f.rule) === state.family);
    const list = $("findings");
    list.replaceChildren();
    if (!findings.length) list.append(el("div", { class: "ok-box", text: "没有发现问题。" }));
    for (const sev of ORDER) {
      const ofSev = shownList.filter((f) => f.severity === sev);
      if (!ofSev.length) continue;
      list.append(el("h3", { class: "group" }, [el("span", { class: `badge ${sev}`, text: labels.severities[sev] }), `${ofSev.length} 处`]));
      for (const fam of families) {
        const ofFam = ofSev.filter((f) => familyOf(f.rule) === fam);
        if (!ofFam.length) continue;
        list.append(el("h4", { class: "family", text: `${labels.families[fam] || fam}（${ofFam.length}）` }));
        for (const f of ofFam) {
          list.append(el("button", { type: "button", class: `finding ${f.severity}`, "data-rule": f.rule,
            onclick: (e) => focusLine(f, e.currentTarget) }, [
            el("div", { class: "meta" }, [el("strong", { text: f.rule }), where(f), f.source ? `依据：${f.source}` : null]),
            el("div", { class: "msg", text: f.message }),
            f.line >= 1 && f.line <= r.lines.length ? context(f) : null,
            f.fix !== null && f.fix !== undefined ? el("div", { class: "meta", text: `可自动修正为：“${f.fix}”` }) : null,
          ]));
        }
      }
    }
    documentText(findings);
    $("dl-annotated").disabled = r.format !== "docx";
    $("dl-annotated").title = r.format === "docx" ? "每处问题作为 Word 批注" : "批注副本只能为 Word .docx 文件生成（可先到“排版”页排成 .docx）";
  }

  function documentText(findings) {
    const box = $("doc-text");
    box.replaceChildren();
    const byLine = new Map();
    for (const f of findings) {
      if (!byLine.has(f.line)) byLine.set(f.line, []);
      byLine.get(f.line).push(f);
    }
    state.result.lines.forEach((text, i) => {
      const n = i + 1, line = chars(text);
      const p = el("p", { id: `line-${n}`, class: byLine.has(n) ? "hit" : null }, el("span", { class: "ln", text: String(n) }));
      let at = 0;
      for (const f of (byLine.get(n) || []).slice().sort((a, b) => a.column - b.column)) {
        const s = f.column - 1, e = Math.min(line.length, s + Math.max(1, f.length));
        if (s < at || s >= line.length) continue;
        p.append(line.slice(at, s).join(""), el("mark", { class: f.severity, title: `${f.rule} ${f.message}`, text: line.slice(s, e).join("") }));
        at = e;
      }
      p.append(line.slice(at).join("") || "\u00a0");
      box.append(p);
    });
  }

  function focusLine(f, button) {
    for (const x of document.querySelectorAll(".finding.current, .paper p.focus")) x.classList.remove("current", "focus");
    button.classList.add("current");
    const p = $(`line-${f.line}`);
    if (p) { p.classList.add("focus"); p.scrollIntoView({ block: "center", behavior: "smooth" }); }
  }

  function files() {
    const fd = new FormData();
    fd.append("file", state.file);
    if (state.previous) fd.append("previous", state.previous);
    return fd;
  }

  async function run(e) {
    e.preventDefault();
    D.showError($("check-error"), null);
    if (!draft.file()) { D.showError($("check-error"), { message: "请先选择要检查的文稿" }); return; }
    D.busy(true, "正在检查…");
    $("check-run").disabled = true;
    try {
      state.result = await (await D.post("/ui/check", files())).json();
      state.family = null;
      render();
    } catch (err) {
      $("results").hidden = true;
      D.showError($("check-error"), err);
    } finally { D.busy(false); $("check-run").disabled = false; }
  }

  async function fetchDownload(url, what) {
    D.busy(true, what);
    try { await D.downloadFrom(await D.post(url, files()), state.file.name); }
    catch (err) { D.showError($("check-error"), err); }
    finally { D.busy(false); }
  }

  $("check-form").addEventListener("submit", run);
  $("dl-annotated").addEventListener("click", () => fetchDownload("/api/annotate", "正在生成带批注的副本…"));
  $("dl-fixed").addEventListener("click", () => fetchDownload("/api/fix", "正在修正…"));
  $("dl-json").addEventListener("click", () => {
    const name = state.result.name.replace(/\.[^.]+$/, "") + ".检查结果.json";
    D.save(new Blob([JSON.stringify(state.result.lint, null, 2)], { type: "application/json" }), name);
    D.toast(`已下载：${name}`);
  });
})();
