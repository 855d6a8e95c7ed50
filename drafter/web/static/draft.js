/* 起草: the report YAML as a form, a live preview (server: /ui/preview -> drafter.api.build),
   phrase suggestions, downloads. The model is the YAML's data as JSON; the server writes it back
   into the YAML text so its comments stay. */
"use strict";
(() => {
  const { $, el, labels } = D;
  const TBD = "待补";
  const NUMS = "一二三四五六七八九十";
  const STORE = "drafter.draft.v1";
  const state = { yaml: "", model: null, name: "report.yaml", seq: 0, lastField: null, phraseCache: {} };

  /* ---------- numbers and ordinals ---------- */
  function cn(n) {
    if (n <= 10) return NUMS[n - 1];
    if (n < 20) return "十" + NUMS[n - 11];
    const t = Math.floor(n / 10), u = n % 10;
    return NUMS[t - 1] + "十" + (u ? NUMS[u - 1] : "");
  }
  function parseNumber(s) {
    const t = s.trim();
    return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
  }
  const shown = (v) => (v === null || v === undefined || v === TBD) ? "" : String(v);

  /* ---------- fields ---------- */
  function changed() { schedulePreview(); }

  function track(node) {
    node.addEventListener("focus", () => { state.lastField = node; });
    return node;
  }

  /* A text field bound to obj[key]. empty: what an empty field means (TBD, null, or "drop" the key). */
  function field(obj, key, opts) {
    const o = Object.assign({ empty: TBD, multiline: false, number: false, placeholder: "", label: "" }, opts);
    const value = Array.isArray(obj[key]) ? obj[key].map(shown).join("\n") : shown(obj[key]);
    const wasList = Array.isArray(obj[key]);
    const attrs = { value, placeholder: o.placeholder || (o.empty === TBD ? "待补" : ""), "aria-label": o.label || key,
                    "data-key": key, class: o.cls || null };
    const rows = Math.min(14, Math.max(o.rows || 3, Math.ceil(value.length / 36) + value.split("\n").length - 1));
    const input = track(o.multiline ? el("textarea", Object.assign({ rows }, attrs))
                                    : el("input", Object.assign({ type: "text" }, attrs)));
    input.addEventListener("input", () => {
      const s = input.value;
      if (o.multiline && input.scrollHeight > input.clientHeight) input.rows = Math.min(14, input.rows + 1);
      if (s.trim() === "") {
        if (o.empty === "drop") delete obj[key];
        else obj[key] = o.empty;
      } else if (wasList || (o.list && s.includes("\n"))) {
        obj[key] = s.split("\n").map((x) => x.trim()).filter(Boolean);
      } else {
        obj[key] = o.number ? parseNumber(s) : s;
      }
      if (o.after) o.after();
      changed();
    });
    if (!o.label) return input;
    return el("label", {}, [o.label, input]);
  }

  function select(obj, key, options, label, after) {
    const s = el("select", { "aria-label": label, "data-key": key });
    for (const [k, v] of Object.entries(options)) s.append(el("option", { value: k, text: v }));
    s.value = obj[key] || Object.keys(options)[0];
    s.addEventListener("change", () => { obj[key] = s.value; if (after) after(); changed(); });
    return el("label", {}, [label, s]);
  }

  function iconButton(text, title, onclick) {
    return el("button", { type: "button", class: "icon-btn", title, "aria-label": title, text, onclick });
  }

  function moveTools(list, i, rerender) {
    return [
      iconButton("↑", "上移", () => { if (i > 0) { [list[i - 1], list[i]] = [list[i], list[i - 1]]; rerender(); changed(); } }),
      iconButton("↓", "下移", () => { if (i < list.length - 1) { [list[i + 1], list[i]] = [list[i], list[i + 1]]; rerender(); changed(); } }),
      iconButton("✕", "删除", () => { list.splice(i, 1); rerender(); changed(); }),
    ];
  }

  /* ---------- form ---------- */
  function render() {
    const root = $("form-root");
    root.replaceChildren();
    const m = state.model;
    root.append(basics(m), metrics(m), frame(m), sections(m), others(m));
  }

  const TOP_HANDLED = new Set(["kind", "district", "bureau", "issuer", "year", "date", "title", "recipients",
                               "metrics", "opening", "transition", "closing", "sections"]);

  function basics(m) {
    const fs = el("fieldset", {}, [el("legend", { text: "基本信息" })]);
    const grid = el("div", { class: "grid" });
    grid.append(
      select(m, "kind", labels.kinds, "文种"),
      field(m, "district", { label: "区县名称", empty: TBD }),
      field(m, "bureau", { label: "本单位称呼", empty: "drop", placeholder: "如 区司法局" }),
      field(m, "issuer", { label: "落款署名", placeholder: "如 杭州市滨江区司法局" }),
      field(m, "year", { label: "年份", number: true }),
      field(m, "date", { label: "成文日期", placeholder: "待补（如 2027-01-15）" }),
      field(m, "recipients", { label: "主送机关", empty: "drop", placeholder: "如 区委、区政府（可不填）" }),
    );
    fs.append(grid, el("div", { class: "row" }, [field(m, "title", {
      label: "标题（两行标题每行写一行）", multiline: true, rows: 2, empty: null, list: true,
      placeholder: "不填则按文种自动生成" })]));
    return fs;
  }

  function metrics(m) {
    const fs = el("fieldset", {}, [el("legend", { text: "指标（数字与同比）" }),
      el("p", { class: "hint", text: "同比由 drafter 精确计算：件数等写“同比增长/下降…%”，比率（单位 %）写“…个百分点”。在文字里点“插入引用”即可写入【指标:ID】。" })]);
    if (!m.metrics || typeof m.metrics !== "object" || Array.isArray(m.metrics)) m.metrics = {};
    const table = el("table", { class: "metrics" });
    const heads = [["ID", "c-id"], ["统计的是什么", ""], ["本期数值", "c-num"], ["单位", "c-unit"], ["上年数值", "c-num"],
                   ["小数", "c-dig"], ["同比（自动计算）", "c-yoy"], ["", "c-act"]];
    table.append(el("thead", {}, el("tr", {}, heads.map(([h, cls]) => el("th", { text: h, class: cls || null })))));
    const body = el("tbody");
    for (const id of Object.keys(m.metrics)) {
      const row = m.metrics[id] = (m.metrics[id] && typeof m.metrics[id] === "object") ? m.metrics[id] : { label: m.metrics[id] };
      const idInput = el("input", { type: "text", value: id, "aria-label": "指标 ID" });
      idInput.addEventListener("change", () => renameMetric(id, idInput.value.trim()));
      body.append(el("tr", { "data-metric": id }, [
        el("td", {}, idInput),
        el("td", {}, field(row, "label", { label: "", placeholder: "如 受理法律援助案件" })),
        el("td", { class: "c-num" }, field(row, "value", { number: true })),
        el("td", { class: "c-unit" }, field(row, "unit", { empty: "drop", placeholder: "件" })),
        el("td", { class: "c-num" }, field(row, "previous", { number: true })),
        el("td", { class: "c-dig" }, field(row, "digits", { number: true, empty: "drop", placeholder: "2" })),
        el("td", { class: "yoy", id: `yoy-${id}`, text: "—" }),
        el("td", { class: "act" }, [el("button", { type: "button", class: "small", text: "引用", title: `在光标处插入【指标:${id}】`,
                                      "aria-label": "插入引用",
                                      onclick: () => insert(`【指标:${id}】`) }),
                      iconButton("✕", "删除这个指标", () => { delete m.metrics[id]; render(); changed(); })]),
      ]));
    }
    table.append(body);
    fs.append(table, el("div", { class: "add-row" }, el("button", { type: "button", text: "+ 添加指标", onclick: () => {
      let n = Object.keys(m.metrics).length + 1;
      while (`指标${n}` in m.metrics) n++;
      m.metrics[`指标${n}`] = { label: TBD, value: TBD, unit: "件", previous: TBD };
      render(); changed();
    } })));
    return fs;
  }

  function renameMetric(old, neu) {
    const m = state.model;
    if (!neu || neu === old || neu in m.metrics || /[【】:：\s]/.test(neu)) { render(); return; }
    m.metrics = Object.fromEntries(Object.entries(m.metrics).map(([k, v]) => [k === old ? neu : k, v]));
    const re = new RegExp(`【(指标|数值|同比|上年):${old.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}】`, "g");
    const walk = (o) => {
      for (const k of Object.keys(o)) {
        if (typeof o[k] === "string") o[k] = o[k].replace(re, (_s, t) => `【${t}:${neu}】`);
        else if (o[k] && typeof o[k] === "object") walk(o[k]);
      }
    };
    walk(m);
    render(); changed();
  }

  function frame(m) {
    const fs = el("fieldset", {}, [el("legend", { text: "开头、过渡与结尾" }),
      el("p", { class: "hint", text: "不填则从表述库选用最常见的套语。" })]);
    for (const [key, label, role] of [["opening", "开头段", "opening"], ["transition", "过渡句（接在开头段末尾）", "transition"],
                                       ["closing", "结尾段", "closing"]]) {
      const wrap = el("div", { class: "row" }, field(m, key, { label, multiline: key !== "transition", rows: 3, empty: null,
        placeholder: m[key] === "" ? "（不要这一段）" : "不填则自动选用常用套语" }));
      wrap.append(suggestions(role));
      fs.append(wrap);
    }
    return fs;
  }

  function sections(m) {
    const box = el("div", { id: "sections" });
    if (!Array.isArray(m.sections)) m.sections = [];
    m.sections.forEach((sec, i) => {
      if (!sec || typeof sec !== "object") return;
      const fs = el("fieldset", { class: "section-card", "data-section": i },
        [el("legend", { text: `正文第 ${i + 1} 部分${sec.heading ? "：" + sec.heading : ""}` })]);
      fs.append(el("div", { class: "section-head" }, [
        select(sec, "role", Object.fromEntries(["achievements", "problems", "duty", "plans", "other"].map((r) => [r, labels.roles[r]])),
               "用途", () => render()),
        field(sec, "heading", { label: "一级标题（自动编号 一、二、）", empty: "drop", placeholder: "不写则这一部分没有标题" }),
        el("div", {}, moveTools(m.sections, i, render)),
      ]));
      if (!Array.isArray(sec.content)) sec.content = sec.content ? [sec.content] : [];
      fs.append(blocks(sec.content, 2));
      fs.append(suggestions(sec.role || "other"));
      box.append(fs);
    });
    box.append(el("div", { class: "add-row" }, el("button", { type: "button", text: "+ 添加一个部分", onclick: () => {
      m.sections.push({ role: "other", heading: TBD, content: [TBD] }); render(); changed();
    } })));
    return box;
  }

  function blocks(list, level) {
    const box = el("div", { class: "blocks" });
    const rerender = () => render();
    list.forEach((b, i) => {
      let kind, inner;
      if (typeof b === "string" || b === null) {
        kind = "段落";
        inner = field(list, i, { multiline: true, rows: 3, label: "", placeholder: "待补（换行即另起一段）" });
      } else if (b && typeof b === "object" && "group" in b) {
        kind = level === 2 ? "小标题（一）" : level === 3 ? "小标题 1." : "小标题（1）";
        inner = group(b, level);
      } else if (b && typeof b === "object" && "table" in b) {
        kind = "表格";
        inner = table(b.table);
      } else if (b && typeof b === "object") {
        kind = b.items ? "一是、二是条目" : "段落";
        inner = paragraphItems(b);
      } else {
        kind = "其他";
        inner = el("p", { class: "hint", text: "这一项请在“YAML 原文”中编辑。" });
      }
      box.append(el("div", { class: "block" }, [
        el("div", { class: "block-head" }, [el("span", { class: "kind", text: kind }), el("span", { class: "spacer" }),
                                           ...moveTools(list, i, rerender)]),
        inner]));
    });
    const add = el("div", { class: "add-row" }, [
      el("button", { type: "button", text: "+ 段落", onclick: () => { list.push(TBD); render(); changed(); } }),
      el("button", { type: "button", text: "+ 一是、二是条目", onclick: () => {
        list.push({ text: TBD, items: [{ title: TBD, text: TBD }] }); render(); changed(); } }),
    ]);
    if (level <= 4) add.append(el("button", { type: "button", text: level === 2 ? "+ 小标题（一）" : level === 3 ? "+ 小标题 1." : "+ 小标题（1）",
      onclick: () => { list.push({ group: TBD, items: [{ title: TBD, text: TBD }] }); render(); changed(); } }));
    add.append(el("button", { type: "button", text: "+ 表格", onclick: () => {
      list.push({ table: { caption: TBD, header: ["项目", "数值"], rows: [[TBD, TBD]] } }); render(); changed(); } }));
    box.append(add);
    return box;
  }

  function paragraphItems(b) {
    const box = el("div");
    if ("theme" in b || ["annual", "half-year"].includes(state.model.kind)) {
      box.append(el("div", { class: "row" }, field(b, "theme", { label: "主题句（写成“这一年，我们……。”）", empty: "drop",
        placeholder: "如 统筹有力，纵深推进法治建设持续向好（可不写）" })));
    }
    box.append(el("div", { class: "row" }, field(b, "text", { label: b.items ? "引导语（条目接在其后）" : "段落文字",
      multiline: true, rows: 2, empty: b.items ? "drop" : TBD, placeholder: b.items ? "不写则每条单独成段" : "待补" })));
    if (b.items !== undefined) box.append(items(b));
    return box;
  }

  function group(b, level) {
    const box = el("div");
    box.append(el("div", { class: "row" }, field(b, "group", { label: "小标题", placeholder: "待补" })));
    const cb = el("input", { type: "checkbox" });
    cb.checked = !!b.run_in;
    cb.addEventListener("change", () => { if (cb.checked) b.run_in = true; else delete b.run_in; changed(); });
    box.append(el("label", { class: "check" }, [cb, "小标题与正文写在同一段（如“（一）标题。正文……”）"]));
    if ("text" in b || !b.items) box.append(el("div", { class: "row" }, field(b, "text", { label: "文字", multiline: true, rows: 2, empty: "drop" })));
    if (b.items !== undefined) box.append(items(b));
    if (Array.isArray(b.content)) box.append(blocks(b.content, level + 1));
    else if (level < 4) box.append(el("div", { class: "add-row" }, el("button", { type: "button", text: "+ 下一级内容",
      onclick: () => { b.content = [TBD]; render(); changed(); } })));
    return box;
  }

  function items(b) {
    if (!Array.isArray(b.items)) b.items = [];
    const box = el("div", { class: "items" });
    b.items.forEach((it, i) => {
      const obj = (it && typeof it === "object") ? it : { text: it };
      const write = () => {
        const x = (obj.text === undefined || obj.text === "") ? TBD : obj.text;
        b.items[i] = obj.title !== undefined ? { title: obj.title, text: x } : x;
      };
      box.append(el("div", { class: "item" }, [
        el("span", { class: "ordinal", text: `${cn(i + 1)}是` }),
        el("div", { class: "fields" }, [
          field(obj, "title", { placeholder: "小标题（可不写），如 坚持法治思想重引领", empty: "drop", after: write }),
          field(obj, "text", { multiline: true, rows: 2, placeholder: "待补", after: write }),
        ]),
        el("div", {}, moveTools(b.items, i, render)),
      ]));
    });
    box.append(el("div", { class: "add-row" }, el("button", { type: "button", text: "+ 添加一条", onclick: () => {
      b.items.push({ title: TBD, text: TBD }); render(); changed(); } })));
    return box;
  }

  function table(t) {
    const box = el("div");
    if (!t || typeof t !== "object") return el("p", { class: "hint", text: "这个表格请在“YAML 原文”中编辑。" });
    box.append(el("div", { class: "row" }, field(t, "caption", { label: "表题", empty: "drop" })));
    if (!Array.isArray(t.rows)) t.rows = [];
    const grid = el("table", { class: "grid-table" });
    const rows = (t.header ? [t.header] : []).concat(t.rows);
    rows.forEach((r, ri) => {
      if (!Array.isArray(r)) return;
      grid.append(el("tr", {}, r.map((_c, ci) => el("td", {}, field(r, ci, {
        placeholder: ri === 0 && t.header ? "表头" : "待补", cls: ri === 0 && t.header ? "th" : null })))));
    });
    const width = (t.header || t.rows[0] || [""]).length;
    box.append(grid, el("div", { class: "add-row" }, [
      el("button", { type: "button", text: "+ 添加一行", onclick: () => { t.rows.push(Array(width).fill(TBD)); render(); changed(); } }),
      el("button", { type: "button", text: "+ 添加一列", onclick: () => {
        if (t.header) t.header.push("项目"); t.rows.forEach((r) => r.push(TBD)); render(); changed(); } }),
    ]));
    return box;
  }

  /* Top-level keys the form has no dedicated place for: edited generically (scalars and lists). */
  function others(m) {
    const keys = Object.keys(m).filter((k) => !TOP_HANDLED.has(k));
    if (!keys.length) return el("span");
    const fs = el("fieldset", {}, [el("legend", { text: "其他设置" })]);
    for (const k of keys) fs.append(generic(m, k, labels.fields[k] || k));
    return fs;
  }

  function generic(obj, key, label) {
    const v = obj[key];
    if (v === null || ["string", "number"].includes(typeof v)) {
      return el("div", { class: "row" }, field(obj, key, { label, multiline: typeof v === "string" && v.length > 40, empty: null }));
    }
    if (typeof v === "boolean") {
      const cb = el("input", { type: "checkbox" });
      cb.checked = v;
      cb.addEventListener("change", () => { obj[key] = cb.checked; changed(); });
      return el("label", { class: "check" }, [cb, label]);
    }
    if (Array.isArray(v) && v.every((x) => x === null || typeof x !== "object")) {
      return el("div", { class: "row" }, field(obj, key, { label: `${label}（每行一项）`, multiline: true, rows: 2, empty: null, list: true }));
    }
    const fs = el("fieldset", {}, [el("legend", { text: label })]);
    for (const k of Object.keys(v)) fs.append(generic(v, k, labels.fields[k] || (Array.isArray(v) ? `第 ${Number(k) + 1} 项` : k)));
    return fs;
  }

  /* ---------- phrase suggestions ---------- */
  function suggestions(role) {
    const box = el("div", { class: "suggest" }, el("div", { class: "suggest-title", text: `常用表述（${labels.roles[role] || role}，点击插入到光标处）` }));
    const fill = (list) => {
      if (!list.length) box.append(el("span", { class: "muted small", text: "表述库中暂无这一用途的表述" }));
      for (const p of list) {
        const text = insertion(p);
        box.append(el("button", { type: "button", class: "chip", text: p.text, title: `插入：${text}`, onclick: () => insert(text) }));
      }
    };
    const cached = state.phraseCache[role];
    if (cached) fill(cached);
    else D.getJSON(`/api/phrases?role=${encodeURIComponent(role)}&limit=8`)
      .then((list) => { state.phraseCache[role] = list; fill(list); })
      .catch(() => box.append(el("span", { class: "muted small", text: "表述库暂时无法读取" })));
    return box;
  }

  function insertion(p) {
    return String(p.text || "").replace(/\{([^}]+)\}/g, (_s, k) => {
      const vals = p.slots && p.slots[k];
      return vals && vals.length ? vals[0] : "〔待补〕";
    });
  }

  function insert(text) {
    const f = state.lastField;
    if (!f || !document.body.contains(f)) { D.toast("请先点一下要插入文字的输入框"); return; }
    const start = f.selectionStart ?? f.value.length, end = f.selectionEnd ?? f.value.length;
    f.setRangeText(text, start, end, "end");
    f.dispatchEvent(new Event("input"));
    f.focus();
  }

  /* ---------- preview ---------- */
  const schedulePreview = D.debounce(() => preview(), 350);

  async function preview() {
    const seq = ++state.seq;
    $("saved-state").textContent = "正在更新…";
    let r;
    try {
      r = await D.postJSON("/ui/preview", { yaml: state.yaml, model: state.model, name: state.name });
    } catch (e) {
      if (seq === state.seq) { D.showError($("preview-error"), e); $("saved-state").textContent = ""; }
      return null;
    }
    if (seq !== state.seq) return null;
    state.yaml = r.yaml;
    if (!$("yaml-pane").hidden) { /* the YAML tab shows what the clerk types; leave it */ } else $("yaml-text").value = r.yaml;
    try { localStorage.setItem(STORE, JSON.stringify({ yaml: state.yaml, name: state.name })); } catch (_) { /* private mode */ }
    $("saved-state").textContent = "已自动保存在本浏览器";
    showResult(r);
    return r;
  }

  function showResult(r) {
    D.showError($("preview-error"), r.error ? { message: "素材有误：" + D.describe(r.error) } : null);
    if (r.error) return;
    const badge = $("tbd-badge");
    badge.textContent = r.tbd ? `〔待补〕${r.tbd} 处` : "没有待补的内容";
    badge.className = "badge " + (r.tbd ? "warn" : "ok");
    const miss = $("missing");
    miss.hidden = !r.missing_roles.length;
    miss.textContent = r.missing_roles.length ? `这一文种通常还有：${r.missing_roles.map((x) => labels.roles[x] || x).join("、")}` : "";
    for (const [id, info] of Object.entries(r.metrics || {})) {
      const cell = document.getElementById(`yoy-${id}`);
      if (cell) cell.textContent = info.comparison || "—";
    }
    paper(r.text);
  }

  function paper(text) {
    const box = $("preview");
    box.replaceChildren();
    const lines = text.split("\n").filter((l) => l.trim());
    if (!lines.length) { box.append(el("p", { class: "empty", text: "（还没有内容）" })); return; }
    const n = lines.length;
    lines.forEach((line, i) => {
      let cls = null;
      if (i === 0 && state.model.title !== "") cls = "title";
      else if (/^[一二三四五六七八九十]+、/.test(line)) cls = "h1";
      else if (i >= n - 2 && (/^\d{4}年\d{1,2}月\d{1,2}日$/.test(line) || (i === n - 2 && /^\d{4}年/.test(lines[n - 1]) && line.length < 30 && !/[。；]/.test(line)))) cls = "sign";
      const p = el("p", { class: cls });
      line.split(/(〔待补〕)/).forEach((part) => {
        if (part === "〔待补〕") p.append(el("span", { class: "tbd", text: part }));
        else if (part) p.append(part);
      });
      box.append(p);
    });
  }

  /* ---------- loading and downloads ---------- */
  function open(r) {
    state.yaml = r.yaml;
    state.name = r.name || "report.yaml";
    state.model = r.model;
    $("start").hidden = true;
    $("editor").hidden = false;
    $("doc-name").textContent = state.name.replace(/\.ya?ml$/i, "");
    $("yaml-text").value = r.yaml;
    if (!r.model) {
      showTab("yaml");
      D.showError($("preview-error"), { message: "素材有误：" + D.describe(r.error) });
      return;
    }
    showTab("form");
    render();
    preview();
  }

  async function load(formData, what) {
    D.showError($("start-error"), null);
    D.busy(true, what);
    try {
      const r = await (await D.post("/ui/load", formData)).json();
      open(r);
      return true;
    } catch (e) {
      D.showError($("start-error"), e);
      return false;
    } finally { D.busy(false); }
  }

  function showTab(which) {
    const form = which === "form";
    $("form-root").hidden = !form;
    $("yaml-pane").hidden = form;
    $("tab-form").classList.toggle("active", form);
    $("tab-yaml").classList.toggle("active", !form);
    $("tab-form").setAttribute("aria-selected", String(form));
    $("tab-yaml").setAttribute("aria-selected", String(!form));
    if (!form) $("yaml-text").value = state.yaml;
  }

  async function download(kind) {
    const r = await preview();
    if (kind === "yaml") {
      D.save(new Blob([state.yaml], { type: "application/yaml" }), state.name);
      D.toast(`已下载：${state.name}`);
      return;
    }
    if (!r || r.error) { D.toast("素材有误，请先按提示改正"); return; }
    const fd = new FormData();
    fd.append("file", new Blob([state.yaml], { type: "application/yaml" }), state.name);
    fd.append("format", kind);
    D.busy(true, kind === "pdf" ? "正在生成 PDF（需要 LibreOffice，约需十几秒）…" : "正在生成…");
    try {
      await D.downloadFrom(await D.post("/api/build", fd), state.name.replace(/\.ya?ml$/i, "") + "." + kind);
    } catch (e) {
      D.showError($("preview-error"), e);
    } finally { D.busy(false); }
  }

  function init() {
    $("new-form").addEventListener("submit", (e) => {
      e.preventDefault();
      const fd = new FormData($("new-form"));
      load(fd, "正在生成报告骨架…");
    });
    D.dropzone($("open-drop"), $("open-file"), (file) => {
      if (!file) return;
      const fd = new FormData();
      fd.append("file", file);
      if ($("open-year").value.trim()) fd.append("year", $("open-year").value.trim());
      if ($("open-kind").value) fd.append("kind", $("open-kind").value);
      load(fd, /\.ya?ml$/i.test(file.name) ? "正在打开素材…" : "正在读取去年的报告…");
    });
    $("tab-form").addEventListener("click", () => showTab("form"));
    $("tab-yaml").addEventListener("click", () => showTab("yaml"));
    $("yaml-apply").addEventListener("click", () => {
      const fd = new FormData();
      fd.append("file", new Blob([$("yaml-text").value], { type: "application/yaml" }), state.name);
      load(fd, "正在应用…");
    });
    $("restart").addEventListener("click", () => {
      $("editor").hidden = true; $("start").hidden = false; state.model = null;
    });
    for (const b of document.querySelectorAll("[data-download]")) b.addEventListener("click", () => download(b.dataset.download));
    let saved = null;
    try { saved = JSON.parse(localStorage.getItem(STORE) || "null"); } catch (_) { saved = null; }
    if (saved && saved.yaml) {
      const btn = el("button", { type: "button", text: `继续上次的报告：${saved.name.replace(/\.ya?ml$/i, "")}`, onclick: () => {
        const fd = new FormData();
        fd.append("file", new Blob([saved.yaml], { type: "application/yaml" }), saved.name);
        load(fd, "正在打开…");
      } });
      $("new-form").querySelector(".actions").append(btn);
    }
  }
  init();
})();
