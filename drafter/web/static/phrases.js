/* 表述库: search the phrase bank by word and role (/api/phrases). */
"use strict";
(() => {
  const { $, el, labels } = D;

  function highlighted(text, q) {
    if (!q || !text.includes(q)) return [text];
    const out = [];
    text.split(q).forEach((part, i) => { if (i) out.push(el("mark", { text: q })); if (part) out.push(part); });
    return out;
  }

  async function copy(text) {
    try { await navigator.clipboard.writeText(text); }
    catch (_) {
      const t = el("textarea", { value: text });
      document.body.append(t); t.select(); document.execCommand("copy"); t.remove();
    }
    D.toast(`已复制：${text}`);
  }

  async function search(e) {
    if (e) e.preventDefault();
    const q = $("phrase-q").value.trim(), role = $("phrase-role").value;
    D.showError($("phrase-error"), null);
    const params = new URLSearchParams({ limit: "60" });
    if (q) params.set("q", q);
    if (role) params.set("role", role);
    try {
      const list = await D.getJSON(`/api/phrases?${params}`);
      $("phrase-count").textContent = list.length ? (q ? `“${q}”：找到 ${list.length} 条` : `最常用的 ${list.length} 条表述`)
                                                  : `没有找到${q ? `与“${q}”相关的` : ""}表述`;
      $("phrase-list").replaceChildren(...list.map((p) => {
        const docs = p.docs || [];
        return el("li", {}, [
          el("div", { class: "phrase-text" }, highlighted(String(p.text || ""), q)),
          el("div", { class: "phrase-meta" }, [
            el("span", { class: "badge info", text: labels.types[p.type] || p.type || "" }),
            el("span", { class: "badge", text: labels.roles[p.role] || p.role || "" }),
            `出现 ${p.count || 0} 次，${docs.length} 篇报告`,
          ]),
          p.example && p.example !== p.text ? el("div", { class: "phrase-example" }, ["例：", ...highlighted(p.example, q)]) : null,
          p.variants && p.variants.length ? el("div", { class: "phrase-meta", text: `又作：${p.variants.slice(0, 4).join("；")}` }) : null,
          docs.length ? el("div", { class: "phrase-meta", text: `来源：${docs.slice(0, 3).join("、")}${docs.length > 3 ? ` 等 ${docs.length} 篇` : ""}` }) : null,
          el("div", { class: "phrase-actions" }, el("button", { type: "button", class: "small", text: "复制", onclick: () => copy(String(p.text || "")) })),
        ]);
      }));
    } catch (err) { D.showError($("phrase-error"), err); }
  }

  $("phrase-form").addEventListener("submit", search);
  $("phrase-role").addEventListener("change", () => search());
  search();
})();
