"""The review page's inline CSS and JavaScript (no external resource of any kind).

The script reads the page's embedded JSON (:mod:`lkjip.corpus.review_data`) and renders, a page of rows
at a time, the tables per kabupaten, per office and per report; a report's details and flags are built when
it is opened, from the flag block of its chunk, parsed then. Every value reaches the page through
``textContent``, never as markup. Search and the status filter run over an index built on first use.
The page marks ``<html data-ready="1">`` once the first rows are drawn and keeps its timings in
``window.lkjipTiming`` (read by the benchmark).
"""

from __future__ import annotations

CSS = """
:root{--err:#c0392b;--warn:#d68910;--info:#2874a6;--ok:#3a7d44;--muted:#666}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:1.5rem;color:#222;
background:#fafafa;line-height:1.4}
h1{margin:0 0 .25rem}h2{margin-top:2rem;border-bottom:2px solid #ddd;padding-bottom:.25rem}
.muted{color:var(--muted)}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}
th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#305496;color:#fff;position:sticky;top:0}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.pick{cursor:pointer}tr.pick:hover,tr.open{background:#eef3fb}
.link{color:#1f4e9c;text-decoration:underline;cursor:pointer;background:none;border:0;padding:0;font:inherit;
text-align:left}
.badge{display:inline-block;padding:.05rem .45rem;border-radius:.6rem;font-size:.8rem;color:#fff}
.success{background:var(--ok)}.partial{background:var(--warn)}.failed{background:var(--err)}
.sev-error{border-left:4px solid var(--err)}.sev-warning{border-left:4px solid var(--warn)}
.sev-info{border-left:4px solid var(--info)}
.report{background:#fff;padding:.25rem .5rem}
.flag{margin:.4rem 0;padding:.3rem .6rem;background:#fcfcfc}
.flag .rule{font-family:ui-monospace,monospace;font-size:.85rem}
.evidence{font-size:.85rem;color:#333;white-space:pre-wrap}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}
figure{margin:0;background:#fff;border:1px solid #ddd;border-radius:.4rem;padding:.5rem}
figcaption{font-weight:600;margin-bottom:.3rem}
.filter{margin:1rem 0;display:flex;gap:.5rem;flex-wrap:wrap;align-items:center}
.filter input,.filter select{padding:.3rem;font-size:1rem}
.pager{display:flex;gap:.5rem;align-items:center;margin:.4rem 0}
.pager button{padding:.2rem .6rem}
"""

JS = r"""
(function () {
  "use strict";
  var t0 = performance.now();
  var META = read("lkjip-meta");
  var PAGE = META.page_size, CHUNK = META.chunk;
  var RF = names(META.report_fields), FF = names(META.flag_fields), GF = names(META.group_fields);
  var SEVERITIES = ["error", "warning", "info"];
  var R = [];
  for (var k = 0; k < META.chunks; k++) { R = R.concat(read("lkjip-reports-" + k)); }
  var KAB = read("lkjip-kabupaten"), OFF = read("lkjip-instansi");
  var flagBlocks = {}, hay = null, offHay = null, flagHay = null, opened = {};
  var scope = {kab: null, office: null};

  function $(id) { return document.getElementById(id); }
  function read(id) { return JSON.parse($(id).textContent); }
  function names(list) { var o = {}; for (var i = 0; i < list.length; i++) { o[list[i]] = i; } return o; }
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text !== undefined && text !== null) { n.textContent = String(text); }
    return n;
  }
  function dash(v) { return v === null || v === undefined || v === "" ? "\u2013" : v; }
  function cell(tr, text, cls) { var td = el("td", cls, dash(text)); tr.appendChild(td); return td; }
  function linkCell(tr, text) {  // a button: the row opens from the keyboard too
    var td = el("td"), b = el("button", "link", dash(text)); b.type = "button"; td.appendChild(b); tr.appendChild(td);
  }
  function badge(status) { return el("span", "badge " + status, status); }
  function flagsOf(i) {  // null while the page is still reading the block (it comes last in the file)
    var b = Math.floor(i / CHUNK);
    if (!(b in flagBlocks)) {
      var complete = $("lkjip-flags-" + b) && (document.readyState !== "loading" || $("lkjip-flags-" + (b + 1)));
      if (!complete) { return null; }
      flagBlocks[b] = read("lkjip-flags-" + b);
    }
    return flagBlocks[b][i % CHUNK];
  }

  function Pager(box, heads) {
    this.box = box; this.rows = []; this.page = 0; this.draw = null;
    var table = el("table"), thead = el("thead"), tr = el("tr");
    for (var i = 0; i < heads.length; i++) { tr.appendChild(el("th", null, heads[i])); }
    thead.appendChild(tr); table.appendChild(thead);
    this.tbody = el("tbody"); table.appendChild(this.tbody);
    var nav = el("div", "pager"), self = this;
    this.first = el("button", null, "\u00ab"); this.prev = el("button", null, "\u2039 sebelumnya");
    this.next = el("button", null, "berikutnya \u203a"); this.last = el("button", null, "\u00bb");
    this.info = el("span", "muted");
    this.first.className = "first"; this.prev.className = "prev"; this.next.className = "next"; this.last.className = "last";
    this.first.onclick = function () { self.go(0); }; this.prev.onclick = function () { self.go(self.page - 1); };
    this.next.onclick = function () { self.go(self.page + 1); }; this.last.onclick = function () { self.go(1e9); };
    [this.first, this.prev, this.info, this.next, this.last].forEach(function (n) { nav.appendChild(n); });
    box.appendChild(nav); box.appendChild(table);
  }
  Pager.prototype.pages = function () { return Math.max(1, Math.ceil(this.rows.length / PAGE)); };
  Pager.prototype.set = function (rows) { this.rows = rows; this.page = 0; this.render(); };
  Pager.prototype.go = function (p) { this.page = Math.max(0, Math.min(p, this.pages() - 1)); this.render(); };
  Pager.prototype.render = function () {
    var tb = el("tbody"), end = Math.min(this.rows.length, (this.page + 1) * PAGE);
    for (var i = this.page * PAGE; i < end; i++) { this.draw(tb, this.rows[i]); }
    this.tbody.parentNode.replaceChild(tb, this.tbody); this.tbody = tb;
    var pages = this.pages();
    this.info.textContent = "halaman " + (this.page + 1) + " / " + pages + " \u00b7 " + this.rows.length + " baris";
    this.first.disabled = this.prev.disabled = this.page === 0;
    this.next.disabled = this.last.disabled = this.page >= pages - 1;
    this.box.setAttribute("data-page", String(this.page + 1));
    this.box.setAttribute("data-pages", String(pages));
    this.box.setAttribute("data-rows", String(this.rows.length));
  };

  function groupCells(tr, g) {
    cell(tr, g[GF.reports], "num");
    cell(tr, g[GF.success] + " / " + g[GF.partial] + " / " + g[GF.failed], "num");
    cell(tr, g[GF.n_error], "num"); cell(tr, g[GF.n_warning], "num"); cell(tr, g[GF.n_info], "num");
    cell(tr, g[GF.anggaran], "num"); cell(tr, g[GF.realisasi], "num"); cell(tr, g[GF.serapan], "num");
  }
  var kabPager = new Pager($("kabupaten"), ["kabupaten", "instansi", "laporan", "success / partial / failed",
    "error", "warning", "info", "anggaran", "realisasi", "serapan %"]);
  kabPager.draw = function (tb, i) {
    var g = KAB[i], tr = el("tr", "pick");
    tr.setAttribute("data-kab", String(i));
    linkCell(tr, g[GF.kabupaten]);
    cell(tr, g[GF.offices], "num"); groupCells(tr, g);
    tr.onclick = function () { setScope(i, null); };
    tb.appendChild(tr);
  };
  var offPager = new Pager($("instansi"), ["instansi", "kabupaten", "tahun", "laporan", "success / partial / failed",
    "error", "warning", "info", "anggaran", "realisasi", "serapan %"]);
  offPager.draw = function (tb, i) {
    var g = OFF[i], tr = el("tr", "pick");
    tr.setAttribute("data-office", String(i));
    linkCell(tr, g[GF.instansi]);
    cell(tr, g[GF.kabupaten]); cell(tr, g[GF.tahun]); groupCells(tr, g);
    tr.onclick = function () { setScope(g[GF.kab], i); };
    tb.appendChild(tr);
  };
  var repPager = new Pager($("reports"), ["instansi", "kabupaten", "tahun", "status", "anggaran", "serapan %",
    "error", "warning", "info", "file"]);
  repPager.draw = function (tb, i) {
    var r = R[i], tr = el("tr", "pick");
    tr.setAttribute("data-report", r[RF.report_id]);
    tr.setAttribute("data-status", r[RF.status]);
    linkCell(tr, r[RF.instansi] || r[RF.source_file]);
    cell(tr, r[RF.kabupaten]); cell(tr, r[RF.tahun]);
    var st = cell(tr, ""); st.textContent = ""; st.appendChild(badge(r[RF.status]));
    cell(tr, r[RF.anggaran], "num"); cell(tr, r[RF.serapan], "num");
    cell(tr, r[RF.n_error], "num"); cell(tr, r[RF.n_warning], "num"); cell(tr, r[RF.n_info], "num");
    cell(tr, r[RF.source_file]);
    tb.appendChild(tr);
    var detail = null;
    function toggle() {
      if (detail) { detail.parentNode.removeChild(detail); detail = null; delete opened[i]; tr.classList.remove("open"); return; }
      detail = el("tr", "detail"); var dtd = el("td"); dtd.colSpan = 10;
      dtd.appendChild(details(i)); detail.appendChild(dtd);
      tr.parentNode.insertBefore(detail, tr.nextSibling); opened[i] = true; tr.classList.add("open");
    }
    tr.onclick = toggle;
    if (opened[i]) { delete opened[i]; toggle(); }
  };

  function flagNode(f) {
    var d = el("div", "flag sev-" + f[FF.severity]);
    d.appendChild(el("span", "rule", f[FF.rule]));
    if (f[FF.uncertain] === 1) { d.appendChild(el("span", "muted", " (tidak pasti)")); }
    var loc = [];
    if (f[FF.source_table]) { loc.push(f[FF.source_table]); }
    if (f[FF.page] !== null) { loc.push("hal. " + f[FF.page]); }
    if (f[FF.line_no] !== null) { loc.push("baris " + f[FF.line_no]); }
    d.appendChild(el("span", "muted", " " + loc.join(" ")));
    d.appendChild(el("div", null, f[FF.message]));
    if (f[FF.expected] !== null || f[FF.found] !== null) {
      var ef = el("div", null, "diharapkan ");
      ef.appendChild(el("b", null, dash(f[FF.expected]))); ef.appendChild(document.createTextNode(", tertulis "));
      ef.appendChild(el("b", null, dash(f[FF.found]))); d.appendChild(ef);
    }
    if (f[FF.evidence]) { d.appendChild(el("div", "evidence", f[FF.evidence])); }
    return d;
  }
  function details(i) {
    var r = R[i], sec = el("section", "report");
    sec.id = "r-" + r[RF.report_id];
    var meta = [["file", r[RF.source_file]], ["report_id", r[RF.report_id]], ["format", r[RF.input_format]],
      ["kabupaten", r[RF.kabupaten]], ["tahun", r[RF.tahun]], ["halaman", r[RF.pages]], ["penandatangan", r[RF.signer_name]]];
    var m = el("div", "muted");
    meta.forEach(function (kv) {
      if (kv[1] === null || kv[1] === "") { return; }
      if (m.childNodes.length) { m.appendChild(document.createTextNode(" \u00b7 ")); }
      m.appendChild(document.createTextNode(kv[0] + ": ")); m.appendChild(el("b", null, kv[1]));
    });
    sec.appendChild(m);
    if (r[RF.error]) { var p = el("p"); p.appendChild(el("b", null, "Alasan: ")); p.appendChild(document.createTextNode(r[RF.error])); sec.appendChild(p); }
    if (r[RF.anggaran] !== null) {
      sec.appendChild(el("p", "budget", "Anggaran " + r[RF.anggaran] + " \u00b7 realisasi " + dash(r[RF.realisasi]) +
        " \u00b7 serapan " + dash(r[RF.serapan]) + " % (" + dash(r[RF.budget_table]) + ")"));
    }
    var flags = flagsOf(i);
    if (flags === null) {
      var wait = el("p", "muted", "memuat temuan\u2026");
      sec.appendChild(wait);
      document.addEventListener("DOMContentLoaded", function () {
        if (sec.parentNode) { sec.parentNode.replaceChild(details(i), sec); }
      });
      return sec;
    }
    if (!flags.length) { sec.appendChild(el("p", "muted", "Tidak ada temuan.")); }
    SEVERITIES.forEach(function (sev) {
      var items = flags.filter(function (f) { return f[FF.severity] === sev; });
      if (!items.length) { return; }
      var det = el("details", "sev"); det.open = sev !== "info";
      det.appendChild(el("summary", null, sev + " (" + items.length + ")"));
      items.forEach(function (f) { det.appendChild(flagNode(f)); });
      sec.appendChild(det);
    });
    var other = flags.filter(function (f) { return SEVERITIES.indexOf(f[FF.severity]) < 0; });
    other.forEach(function (f) { sec.appendChild(flagNode(f)); });
    return sec;
  }

  var box = $("filter-text"), inFlagsBox = $("filter-flags"), status = $("filter-status"), scopeEl = $("filter-scope"), clear = $("filter-clear");
  function terms() { return box.value.toLowerCase().split(/\s+/).filter(function (t) { return t; }); }
  function has(text, ts) { for (var j = 0; j < ts.length; j++) { if (text.indexOf(ts[j]) < 0) { return false; } } return true; }
  function buildIndex() {
    hay = new Array(R.length);
    for (var i = 0; i < R.length; i++) {
      var r = R[i];
      hay[i] = [r[RF.instansi], r[RF.kabupaten], r[RF.tahun], r[RF.source_file], r[RF.rules]].join(" ").toLowerCase();
    }
    offHay = OFF.map(function (g) { return [g[GF.instansi], g[GF.kabupaten]].join(" ").toLowerCase(); });
  }
  function buildFlagIndex() {  // every flag block parsed once, on the first search in the flags
    flagHay = new Array(R.length);
    for (var i = 0; i < R.length; i++) {
      var fl = flagsOf(i);
      if (fl === null) { flagHay = null; return false; }
      flagHay[i] = fl.map(function (f) {
        return [f[FF.rule], f[FF.message], f[FF.expected], f[FF.found], f[FF.source_table], f[FF.evidence]].join(" ");
      }).join(" ").toLowerCase();
    }
    return true;
  }
  function apply() {
    var ts = terms(), s = status.value, out = [], offs = [], i;
    if (ts.length && !hay) { buildIndex(); }
    var inFlags = ts.length && inFlagsBox.checked && (flagHay || buildFlagIndex());
    for (i = 0; i < R.length; i++) {
      var r = R[i];
      if (scope.kab !== null && r[RF.kab] !== scope.kab) { continue; }
      if (scope.office !== null && r[RF.office] !== scope.office) { continue; }
      if (s && r[RF.status] !== s) { continue; }
      if (ts.length && !has(hay[i], ts) && !(inFlags && has(hay[i] + " " + flagHay[i], ts))) { continue; }
      out.push(i);
    }
    for (i = 0; i < OFF.length; i++) {
      if (scope.kab !== null && OFF[i][GF.kab] !== scope.kab) { continue; }
      if (ts.length && !has(offHay[i], ts)) { continue; }
      offs.push(i);
    }
    if (SORTS[sortSel.value]) { out.sort(SORTS[sortSel.value]); }
    offs.sort(function (a, b) { return byName(OFF[a], OFF[b], GF.instansi); });
    repPager.set(out); offPager.set(offs);
    var label = [];
    if (scope.kab !== null) { label.push("kabupaten: " + dash(KAB[scope.kab][GF.kabupaten])); }
    if (scope.office !== null) { label.push("instansi: " + dash(OFF[scope.office][GF.instansi])); }
    scopeEl.textContent = label.join(" \u00b7 "); clear.hidden = !label.length;
  }
  function byName(a, b, f) { var x = String(dash(a[f])), y = String(dash(b[f])); return x < y ? -1 : x > y ? 1 : 0; }
  function setScope(kab, office) { scope.kab = kab; scope.office = office; apply(); $("reports").scrollIntoView(); }
  var sortSel = $("filter-sort"), serapan = null;
  function serapanOf(i) {  // "78,68" → 78.68, for ordering only (the page shows the exact text)
    if (!serapan) {
      serapan = R.map(function (r) {
        var v = r[RF.serapan]; return v === null ? null : parseFloat(v.replace(/\./g, "").replace(",", "."));
      });
    }
    return serapan[i];
  }
  var SORTS = {
    error: function (a, b) {
      return R[b][RF.n_error] - R[a][RF.n_error] || R[b][RF.n_warning] - R[a][RF.n_warning] || a - b;
    },
    serapan: function (a, b) {
      var x = serapanOf(a), y = serapanOf(b);
      if (x === null || y === null) { return x === y ? a - b : x === null ? 1 : -1; }
      return x - y || a - b;
    }
  };
  sortSel.addEventListener("change", apply);
  var timer = null;
  box.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  status.addEventListener("change", apply);
  inFlagsBox.addEventListener("change", apply);
  if (document.readyState === "loading") {  // a search in the flags asked before they were all read
    document.addEventListener("DOMContentLoaded", function () { if (inFlagsBox.checked) { apply(); } });
  }
  clear.addEventListener("click", function () { scope.kab = null; scope.office = null; apply(); });

  function openReport(rid) {
    var i = -1;
    for (var j = 0; j < R.length; j++) { if (R[j][RF.report_id] === rid) { i = j; break; } }
    if (i < 0) { return; }
    var pos = repPager.rows.indexOf(i);
    if (pos < 0) { scope.kab = null; scope.office = null; box.value = ""; status.value = ""; apply(); pos = repPager.rows.indexOf(i); }
    repPager.page = Math.floor(pos / PAGE); opened[i] = true; repPager.render();
    setTimeout(function () { var n = $("r-" + rid); if (n) { n.scrollIntoView(); } }, 0);
  }
  function fromHash() {
    var h = decodeURIComponent(location.hash.slice(1));
    if (h.indexOf("r-") === 0) { openReport(h.slice(2)); }
    else if (h.indexOf("q=") === 0) { box.value = h.slice(2); apply(); }
  }
  window.addEventListener("hashchange", fromHash);

  var kabs = KAB.map(function (g, i) { return i; });
  kabs.sort(function (a, b) { return byName(KAB[a], KAB[b], GF.kabupaten); });
  kabPager.set(kabs);
  apply();
  if (location.hash) { fromHash(); }
  var root = document.documentElement;
  window.lkjipTiming = {start: t0, ready: performance.now()};
  root.setAttribute("data-ready", "1");
  requestAnimationFrame(function () {
    setTimeout(function () { window.lkjipTiming.painted = performance.now(); root.setAttribute("data-painted", "1"); }, 0);
  });
})();
"""
