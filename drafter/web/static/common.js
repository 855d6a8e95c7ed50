/* drafter workbench: helpers shared by the pages (no library; nothing loaded from elsewhere). */
"use strict";
const D = (() => {
  const labels = JSON.parse(document.getElementById("labels").textContent);

  function $(id) { return document.getElementById(id); }

  /* el("div", {class: "x", onclick: fn}, [children]) — text always through textContent. */
  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else if (k === "text") node.textContent = v;
      else if (k === "value") node.value = v;
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of [].concat(children || [])) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  /* The CLI's message, with line and column where it has them. */
  function describe(e) {
    if (!e) return "出错了";
    let where = "";
    if (e.line) where = `第 ${e.line} 行` + (e.column ? `第 ${e.column} 列` : "") + "：";
    const file = e.file ? `${e.file}　` : "";
    return file + where + (e.error || "出错了") + (e.hint ? `\n提示：${e.hint}` : "");
  }

  class ApiError extends Error {
    constructor(body, status) { super(describe(body)); this.body = body; this.status = status; }
  }

  async function check(resp) {
    if (resp.ok) return resp;
    let body;
    try { body = await resp.json(); } catch (_) { body = { error: `服务器返回 ${resp.status}` }; }
    if (resp.status === 413 && !body.error) body.error = "上传的文件太大（不能超过 10 MB）";
    throw new ApiError(body, resp.status);
  }

  async function post(url, data) {
    let resp;
    try {
      resp = await fetch(url, { method: "POST", body: data, credentials: "same-origin" });
    } catch (_) {
      throw new ApiError({ error: "无法连接工作台：请确认 drafter serve 仍在运行" }, 0);
    }
    return check(resp);
  }

  async function postJSON(url, obj) {
    let resp;
    try {
      resp = await fetch(url, { method: "POST", body: JSON.stringify(obj), credentials: "same-origin",
                                headers: { "Content-Type": "application/json" } });
    } catch (_) {
      throw new ApiError({ error: "无法连接工作台：请确认 drafter serve 仍在运行" }, 0);
    }
    return (await check(resp)).json();
  }

  async function getJSON(url) {
    let resp;
    try { resp = await fetch(url, { credentials: "same-origin" }); }
    catch (_) { throw new ApiError({ error: "无法连接工作台：请确认 drafter serve 仍在运行" }, 0); }
    return (await check(resp)).json();
  }

  function filename(resp, fallback) {
    const cd = resp.headers.get("content-disposition") || "";
    const m = /filename\*=UTF-8''([^;]+)/i.exec(cd);
    return m ? decodeURIComponent(m[1]) : fallback;
  }

  function save(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = el("a", { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30000);
  }

  async function downloadFrom(resp, fallback) {
    const name = filename(resp, fallback);
    save(await resp.blob(), name);
    toast(`已下载：${name}`);
    return name;
  }

  let toastTimer = null;
  function toast(text) {
    const t = $("toast");
    t.textContent = text;
    t.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { t.hidden = true; }, 3500);
  }

  function busy(on, text) {
    const b = $("busy");
    if (!b) return;
    b.hidden = !on;
    if (text) $("busy-text").textContent = text;
    document.body.setAttribute("aria-busy", on ? "true" : "false");
  }

  function showError(node, err) {
    node.textContent = err ? (err.message || String(err)) : "";
    node.hidden = !err;
  }

  /* A <label class="drop"> around an <input type=file>: click, keyboard and drag-and-drop. */
  function dropzone(label, input, onFile) {
    const title = label.querySelector(".drop-title");
    const original = title.textContent;
    const picked = (file) => {
      label.classList.toggle("has-file", !!file);
      title.textContent = file ? `${original}：${file.name}` : original;
      if (onFile) onFile(file);
    };
    label.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); input.click(); }
    });
    input.addEventListener("change", () => picked(input.files[0] || null));
    for (const ev of ["dragenter", "dragover"]) label.addEventListener(ev, (e) => { e.preventDefault(); label.classList.add("over"); });
    for (const ev of ["dragleave", "drop"]) label.addEventListener(ev, () => label.classList.remove("over"));
    label.addEventListener("drop", (e) => {
      e.preventDefault();
      if (!e.dataTransfer.files.length) return;
      input.files = e.dataTransfer.files;
      picked(input.files[0]);
    });
    return { file: () => input.files[0] || null, clear: () => { input.value = ""; picked(null); } };
  }

  function debounce(fn, ms) {
    let t = null;
    return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
  }

  return { labels, $, el, describe, ApiError, post, postJSON, getJSON, filename, save, downloadFrom, toast,
           busy, showError, dropzone, debounce };
})();
