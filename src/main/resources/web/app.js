// The page: search with filters and facet counts, a chart per fiscal year, hits grouped by report, a report view,
// exports, uploads followed to their end, and the ingest status. Plain DOM, no libraries; text is always set as
// text (never as HTML), so nothing a report contains can run in the page.
(function () {
  "use strict";
  const FILTERS = ["year", "org", "province", "kind", "form", "oCode"];
  const PAGE_SIZE = 50;
  // The server reads request lines up to 4 KB (about 450 Thai letters percent-encoded): a pasted paragraph keeps
  // this much in the address, and the server searches the first 200 characters of that and says so.
  const QUERY_CHARS_SENT = 300;
  let typed = { sent: "", chars: 0 };  // how long the text in the box was when it was cut to QUERY_CHARS_SENT
  const FINAL = ["archived", "failed", "needs-ocr", "duplicate"];
  let lang = localStorage.getItem("ita.lang") || "th";
  let lastResult = null;
  let shown = PAGE_SIZE;
  let renders = 0;

  const $ = (id) => document.getElementById(id);
  const t = (key, values) => {
    let text = (window.ITA_MESSAGES[lang] || {})[key] || window.ITA_MESSAGES.th[key] || key;
    Object.entries(values || {}).forEach(([k, v]) => { text = text.replace("{" + k + "}", v); });
    return text;
  };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === undefined || v === null || v === false) return;
      if (k === "onclick") node.addEventListener("click", v);
      else if (k === "text") node.textContent = v;
      else node.setAttribute(k, v);
    });
    children.flat(Infinity).forEach((c) => { if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c)); });
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    children.forEach((c) => node.append(c instanceof Node ? c : String(c)));
    return node;
  }

  /** The snippet's <b>…</b> marks become <mark>; everything else stays text. */
  function snippet(text) {
    const out = el("p", { class: "snippet" });
    String(text || "").split(/(<b>.*?<\/b>)/s).forEach((part) => {
      const m = part.match(/^<b>(.*)<\/b>$/s);
      out.append(m ? el("mark", { text: m[1] }) : document.createTextNode(part));
    });
    return out;
  }

  // ---- state in the URL: /?q=…&year=…&report=… ----
  function params() { return new URLSearchParams(location.search); }
  function go(next, replace) {
    const url = "/" + (next.toString() ? "?" + next.toString() : "");
    (replace ? history.replaceState : history.pushState).call(history, null, "", url);
    render();
  }
  function withFilter(name, value) {
    const next = params();
    next.delete("report");
    if (name === "year") next.set(name, value); else if (!next.getAll(name).includes(value)) next.append(name, value);
    return next;
  }
  function without(name, value) {
    const next = params();
    const kept = next.getAll(name).filter((v) => v !== value);
    next.delete(name);
    kept.forEach((v) => next.append(name, v));
    next.delete("report");
    return next;
  }
  function searchQuery() {
    const query = new URLSearchParams();
    const p = params();
    if (p.get("q")) query.set("q", p.get("q"));
    FILTERS.forEach((f) => p.getAll(f).forEach((v) => query.append(f, v)));
    return query;
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw Object.assign(new Error(body.message || response.status), { code: body.error });
    return body;
  }

  // ---- language ----
  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = t("title");
    document.querySelectorAll("[data-i18n]").forEach((n) => { n.textContent = t(n.dataset.i18n); });
    document.querySelectorAll("[data-i18n-placeholder]").forEach((n) => { n.placeholder = t(n.dataset.i18nPlaceholder); });
    $("lang").textContent = lang === "th" ? "EN" : "ไทย";
  }

  // ---- search ----
  async function render() {
    const p = params();
    $("q").value = p.get("q") || "";
    if (p.get("report")) { showReport(p.get("report")); return; }
    $("report").hidden = true;
    ["summary", "active", "chart", "exports", "hits", "more"].forEach((id) => { $(id).hidden = false; });
    $("note").hidden = true;
    $("summary").textContent = t("loading");
    const query = searchQuery();
    query.set("limit", String(shown));
    // answers can arrive out of order; only the latest request's answer is drawn
    const mine = ++renders;
    document.body.dataset.rendered = "";
    try {
      const result = await getJson("/api/search?" + query);
      if (mine !== renders) return;
      lastResult = result;
      drawResults(lastResult);
    } catch (e) {
      if (mine !== renders) return;
      $("summary").textContent = e.code === "nothing-to-search" ? t("nothingToSearch") : t("error", { m: e.message });
      ["chart", "exports", "hits", "more"].forEach((id) => $(id).replaceChildren());
    }
    document.body.dataset.rendered = location.search || "?";
  }

  function drawResults(result) {
    const near = result.rule === "ANY_WORD" || result.rule === "RELAXED" ? " " + t("rule" + result.rule) : "";
    $("summary").textContent = (result.total ? t("found", { n: result.total.toLocaleString(lang) + (result.totalAtLeast ? "+" : "") }) : t("nothing")) + near;
    // a pasted paragraph is searched by its beginning only: say so, as ita search does
    const cut = result.queryCut;
    $("note").hidden = !cut;
    const chars = cut ? (typed.sent === params().get("q") ? typed.chars : cut.typedChars) : 0;
    $("note").textContent = cut ? t("queryCut", { n: chars.toLocaleString(lang), m: cut.searchedChars.toLocaleString(lang) }) : "";
    drawActive();
    drawFilters(result.facets || {});
    drawChart((result.facets || {}).fiscalYear || []);
    drawExports();
    drawHits(result.hits || []);
    $("more").replaceChildren(result.total > result.hits.length
      ? el("button", { type: "button", class: "more", text: t("more"), onclick: () => { shown += PAGE_SIZE; render(); } })
      : "");
  }

  function drawActive() {
    const p = params();
    const chips = [];
    FILTERS.forEach((f) => p.getAll(f).forEach((v) => chips.push(el("button", {
      type: "button", class: "chip", title: t("remove"), "data-filter": f,
      onclick: () => go(without(f, v))
    }, t(f === "org" ? "organization" : f) + ": " + v + " ×"))));
    $("active").replaceChildren(...chips);
  }

  function kindLabel(kind) {
    return { report: t("kindReport"), measure: t("kindMeasure"), indicator: t("kindIndicator") }[kind] || kind;
  }

  function drawFilters(facets) {
    const groups = [
      ["year", "fiscalYear", "year"], ["organization", "organization", "org"], ["province", "province", "province"],
      ["kind", "kind", "kind"], ["form", "form", "form"], ["oCode", "oCode", "oCode"]
    ];
    const blocks = groups.filter(([, key]) => (facets[key] || []).length).map(([label, key, param]) =>
      el("details", { class: "facet", open: unfolded(param, facets[key]) ? "" : null, "data-facet": param },
        el("summary", { text: t(label) }),
        el("ul", {}, ordered(param, facets[key] || []).map((c) => el("li", {},
          el("a", { href: "/?" + withFilter(param, c.value), "data-value": c.value,
            onclick: (e) => { e.preventDefault(); go(withFilter(param, c.value)); } },
            param === "kind" ? kindLabel(c.value) : c.value),
          el("span", { class: "count", title: facets.estimated ? t("estimated") : null,
            text: (facets.estimated ? "≈" : "") + c.count.toLocaleString(lang) }))))));
    const oForm = el("form", { class: "facet ocode" },
      el("label", { for: "ocode", text: t("oCode") }),
      el("input", { id: "ocode", name: "oCode", placeholder: t("oCodeHint"), size: "6" }),
      el("button", { type: "submit", text: t("apply") }));
    oForm.addEventListener("submit", (e) => {
      e.preventDefault();
      const v = oForm.oCode.value.trim();
      if (v) go(withFilter("oCode", v.toUpperCase()));
    });
    $("filters").replaceChildren(...blocks, oForm);
  }

  /**
   * On a phone the facets start folded, so the hits are not pushed below the first screen; the O-items (up to 20)
   * start folded everywhere unless few or filtered on.
   */
  function unfolded(param, counts) {
    if (window.innerWidth <= 700) return false;
    return param !== "oCode" || counts.length <= 8 || params().getAll("oCode").length > 0;
  }

  /** O-items tied on count read in their own order (O2 before O11), as the catalogue lists them. */
  function ordered(param, counts) {
    if (param !== "oCode") return counts;
    return counts.slice().sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, "en", { numeric: true }));
  }

  function drawChart(years) {
    const bars = years.slice().sort((a, b) => a.value.localeCompare(b.value));
    if (!bars.length) { $("chart").replaceChildren(); return; }
    const width = 560, height = 150, gap = 6, top = 18, bottom = 22;
    const max = Math.max(...bars.map((b) => b.count));
    const w = Math.min(60, (width - gap * (bars.length + 1)) / bars.length);
    const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": t("chartTitle"), class: "bars" });
    bars.forEach((b, i) => {
      const h = Math.max(2, (height - top - bottom) * b.count / max);
      const x = gap + i * (w + gap), y = height - bottom - h;
      const group = svg("g", { class: "bar", "data-year": b.value, tabindex: "0" },
        svg("title", {}, b.value + ": " + b.count),
        svg("rect", { x, y, width: w, height: h, rx: 2 }),
        svg("text", { x: x + w / 2, y: y - 4, "text-anchor": "middle", class: "n" }, b.count.toLocaleString(lang)),
        svg("text", { x: x + w / 2, y: height - 6, "text-anchor": "middle" }, b.value));
      group.addEventListener("click", () => go(withFilter("year", b.value)));
      chart.append(group);
    });
    $("chart").replaceChildren(el("figcaption", { text: t("chartTitle") }), chart);
  }

  function drawExports() {
    const query = searchQuery();
    const link = (format, label) => {
      const q = new URLSearchParams(query);
      q.set("format", format);
      return el("a", { class: "button", href: "/api/export?" + q, download: "", "data-format": format, text: t(label) });
    };
    $("exports").replaceChildren(link("csv", "exportCsv"), link("ndjson", "exportNdjson"));
  }

  function unitLabel(hit) {
    if (hit.code) return t("kindMeasure") + " " + hit.code;
    if (hit.number) return (hit.form || "") + " " + t("kindIndicator") + " " + hit.number;
    return kindLabel(hit.kind);
  }

  function drawHits(hits) {
    const groups = new Map();
    hits.forEach((h) => { if (!groups.has(h.reportId)) groups.set(h.reportId, []); groups.get(h.reportId).push(h); });
    $("hits").replaceChildren(...[...groups.entries()].map(([id, list]) => {
      const first = list[0];
      const open = () => { const next = params(); next.set("report", id); go(next); };
      return el("section", { class: "group", "data-report": id },
        el("h3", {}, el("a", { href: "/?report=" + id, class: "open-report",
          onclick: (e) => { e.preventDefault(); open(); } }, first.organization || first.fileName)),
        el("p", { class: "meta" }, [first.fiscalYearBe ? t("fiscalYearShort") + " " + first.fiscalYearBe : "",
          first.province || "", first.fileName].filter(Boolean).join(" · ")),
        list.map((h) => el("div", { class: "hit", "data-kind": h.kind },
          el("div", { class: "hit-head" }, el("span", { class: "tag " + h.kind, text: unitLabel(h) }),
            el("span", { class: "hit-title", text: h.title })),
          h.snippet ? snippet(h.snippet) : null)));
    }));
  }

  // ---- report view ----
  async function showReport(id) {
    ["summary", "note", "active", "chart", "exports", "hits", "more"].forEach((n) => { $(n).hidden = true; });
    const view = $("report");
    renders++;
    document.body.dataset.rendered = "";
    view.hidden = false;
    view.replaceChildren(el("p", { text: t("loading") }));
    let report;
    try {
      report = await getJson("/api/reports/" + encodeURIComponent(id));
    } catch (e) {
      view.replaceChildren(el("p", { text: t("error", { m: e.message }) }));
      return;
    }
    const back = el("a", { href: "/", class: "back", text: t("back"),
      onclick: (e) => { e.preventDefault(); const next = params(); next.delete("report"); go(next); } });
    const org = report.organization || {};
    const parts = [back,
      el("h2", { text: report.title || report.source.fileName }),
      el("p", { class: "meta" }, [org.name, org.province, report.fiscalYear ? t("fiscalYearShort") + " " + report.fiscalYear.be : ""]
        .filter(Boolean).join(" · ")),
      el("p", { class: "links" },
        el("a", { class: "button", id: "original", href: "/api/reports/" + id + "/file", text: t("original") + " (" + report.source.fileName.split("/").pop() + ")" }),
        el("a", { class: "button", href: "/api/reports/" + id, target: "_blank", text: t("json") }))];
    if (report.memo) {
      parts.push(el("h3", { text: t("memo") }), el("dl", { class: "memo" },
        ["department", "phone", "reference", "date", "subject", "to"].filter((k) => report.memo[k])
          .map((k) => [el("dt", { text: t(k) }), el("dd", { text: report.memo[k] })])));
    }
    const list = (items) => (items || []).length ? el("ul", {}, items.map((i) => el("li", { text: typeof i === "string" ? i : [i.code, i.name].filter(Boolean).join(" ") }))) : "";
    if ((report.measures || []).length) {
      parts.push(el("h3", { text: t("measures") }), table(["code", "titleCol", "methods", "responsible", "period", "results"],
        report.measures.map((m) => [m.code, m.title, list(m.methods), list(m.responsible), m.period ? m.period.text : "", list(m.results)])));
    }
    if ((report.indicators || []).length) {
      parts.push(el("h3", { text: t("indicators") }), table(["form", "number", "titleCol", "issues", "oitItems", "results"],
        report.indicators.map((i) => [i.form, String(i.number), i.name, list(i.issues), list(i.oitItems), list(i.results)])));
    }
    if ((report.units || []).length) {
      parts.push(el("h3", { text: t("units") }), table(["kind", "code", "titleCol"],
        report.units.map((u) => [u.kind || "", u.code || u.number || "", u.title || u.name || ""])));
    }
    if ((report.problems || []).length) {
      parts.push(el("h3", { text: t("problems") }), el("ul", { class: "problems" },
        report.problems.map((p) => el("li", {}, el("code", { text: p.code }), " " + p.message))));
    }
    view.replaceChildren(...parts);
    document.body.dataset.rendered = location.search;
    window.scrollTo(0, 0);
  }

  function table(columns, rows) {
    return el("div", { class: "table-wrap" }, el("table", {},
      el("thead", {}, el("tr", {}, columns.map((c) => el("th", { text: t(c) })))),
      el("tbody", {}, rows.map((r) => el("tr", {}, r.map((cell) => el("td", {}, cell)))))));
  }

  // ---- uploads ----
  async function upload(files) {
    if (!files.length) return;
    const form = new FormData();
    const rows = [...files].map((f) => {
      form.append("file", f, f.name);
      const row = el("li", { class: "upload", "data-status": "uploading" }, el("span", { class: "name", text: f.name }),
        el("span", { class: "state", text: t("uploading") }), el("span", { class: "reason" }));
      $("uploads").prepend(row);
      return row;
    });
    try {
      const response = await fetch("/api/files", { method: "POST", body: form });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) throw new Error(body.message || response.status);
      body.files.forEach((f, i) => follow(rows[i], f));
    } catch (e) {
      rows.forEach((row) => setUpload(row, "failed", e.message));
    }
  }

  function setUpload(row, status, reason, reportId) {
    row.dataset.status = status;
    row.querySelector(".state").textContent = t(status);
    row.querySelector(".reason").replaceChildren(reason || "");
    if (reportId) {
      row.querySelector(".reason").replaceChildren(el("a", { href: "/?report=" + reportId, class: "open-report",
        onclick: (e) => { e.preventDefault(); go(new URLSearchParams({ report: reportId })); }, text: t("openReport") }));
    }
  }

  async function follow(row, accepted) {
    setUpload(row, accepted.status);
    for (;;) {
      await new Promise((r) => setTimeout(r, 700));
      let state;
      try { state = await getJson(accepted.statusUrl); } catch (e) { setUpload(row, "failed", e.message); return; }
      setUpload(row, state.status, state.reason, state.status === "archived" || state.status === "duplicate" ? state.reportId : null);
      if (FINAL.includes(state.status)) { refreshStatus(); return; }
    }
  }

  // ---- status ----
  async function refreshStatus() {
    try {
      const status = await getJson("/api/status");
      $("counts").replaceChildren(...Object.entries(status.counts).map(([k, v]) =>
        el("div", { "data-count": k }, el("dt", { text: t(k) }), el("dd", { text: v.toLocaleString(lang) }))));
      $("failures").replaceChildren(...(status.recentFailures.length ? status.recentFailures.map((f) =>
        el("li", {}, el("span", { class: "name", text: f.fileName }), el("span", { class: "reason", text: f.reason + ": " + f.message })))
        : [el("li", { class: "none", text: t("noFailures") })]));
    } catch (e) {
      $("counts").replaceChildren(el("p", { text: t("error", { m: e.message }) }));
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    applyLanguage();
    $("search").addEventListener("submit", (e) => {
      e.preventDefault();
      const next = params();
      next.delete("report");
      const text = $("q").value.trim();
      const q = text.slice(0, QUERY_CHARS_SENT);
      typed = { sent: q, chars: text.length };
      if (q) next.set("q", q); else next.delete("q");
      shown = PAGE_SIZE;
      go(next);
    });
    $("lang").addEventListener("click", () => {
      lang = lang === "th" ? "en" : "th";
      localStorage.setItem("ita.lang", lang);
      applyLanguage();
      render();
      refreshStatus();
    });
    const drop = $("drop");
    ["dragenter", "dragover"].forEach((ev) => drop.addEventListener(ev, (e) => { e.preventDefault(); drop.classList.add("over"); }));
    ["dragleave", "drop"].forEach((ev) => drop.addEventListener(ev, (e) => { e.preventDefault(); drop.classList.remove("over"); }));
    drop.addEventListener("drop", (e) => upload(e.dataTransfer.files));
    $("files").addEventListener("change", (e) => { upload(e.target.files); e.target.value = ""; });
    window.addEventListener("popstate", render);
    render();
    refreshStatus();
    setInterval(refreshStatus, 5000);
  });
})();
