// structured-news review page: selection of spans and records, keyboard
// navigation, verdicts kept in localStorage, downloaded and loaded as JSON.
// Every string of the article reaches the DOM as text (textContent or
// cloned nodes of the page itself), never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("review-data").textContent);
  var STORE = "structured-news-review:" + data.article;
  var segs = Array.prototype.slice.call(document.querySelectorAll("#headline .seg, #body .seg"));
  var starts = segs.filter(function (s) { return s.hasAttribute("data-starts"); });
  var segsOfSpan = data.spans.map(function () { return []; });
  segs.forEach(function (seg) {
    seg.getAttribute("data-spans").split(" ").forEach(function (id) {
      var list = segsOfSpan[Number(id)];
      if (list) list.push(seg);
    });
  });
  var records = document.querySelectorAll("li.record");
  var recordEl = [];
  records.forEach(function (li) { recordEl[Number(li.getAttribute("data-record"))] = li; });
  var selected = document.getElementById("selected");

  function clearSelection() {
    document.querySelectorAll(".sel").forEach(function (el) { el.classList.remove("sel"); });
    selected.textContent = "";
    var p = document.createElement("p");
    p.textContent = "Select words of the article or a record.";
    selected.appendChild(p);
  }

  function markSpans(spanIds) {
    spanIds.forEach(function (id) {
      (segsOfSpan[id] || []).forEach(function (seg) { seg.classList.add("sel"); });
      document.querySelectorAll('.problem[data-span="' + id + '"]').forEach(function (p) { p.classList.add("sel"); });
    });
  }

  function recordCard(r) {
    var li = recordEl[r];
    var card = document.createElement("article");
    card.className = "card";
    card.setAttribute("data-record", String(r));
    var h = document.createElement("h3");
    h.textContent = li.querySelector(".rec").textContent;
    card.appendChild(h);
    li.querySelectorAll(":scope > .badge").forEach(function (b) { card.appendChild(b.cloneNode(true)); });
    var details = li.querySelector(".details").cloneNode(true);
    details.removeAttribute("id");
    details.style.display = "block";
    details.querySelectorAll("select").forEach(function (s) { s.remove(); });
    card.appendChild(details);
    return card;
  }

  function showRecords(title, recordIds) {
    selected.textContent = "";
    var h = document.createElement("p");
    h.className = "what";
    h.textContent = title;
    selected.appendChild(h);
    recordIds.forEach(function (r) {
      selected.appendChild(recordCard(r));
      recordEl[r].classList.add("sel");
    });
  }

  function spanIdsOf(seg) {
    return seg.getAttribute("data-spans").split(" ").map(Number);
  }

  function selectSpans(spanIds, title) {
    clearSelection();
    markSpans(spanIds);
    var recs = [];
    spanIds.forEach(function (id) {
      var r = data.spans[id] && data.spans[id].record;
      if (r !== undefined && recs.indexOf(r) < 0) recs.push(r);
    });
    showRecords(title, recs);
  }

  function selectSegment(seg) {
    var ids = spanIdsOf(seg);
    selectSpans(ids, ids.length + (ids.length === 1 ? " span" : " spans") + " at “" + seg.textContent + "”: their records");
  }

  function selectRecord(r, open) {
    var li = recordEl[r];
    var button = li.querySelector(".rec");
    if (open !== false) {
      var isOpen = li.classList.toggle("open");
      button.setAttribute("aria-expanded", isOpen ? "true" : "false");
    }
    clearSelection();
    var spans = data.records[r].spans;
    markSpans(spans);
    showRecords(spans.length ? "The record and its " + spans.length + " marked spans" : "The record (no evidence in the text)", [r]);
    var first = spans.length && segsOfSpan[spans[0]][0];
    if (first) first.scrollIntoView({ block: "nearest" });
  }

  segs.forEach(function (seg) {
    seg.addEventListener("click", function () { selectSegment(seg); });
    seg.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); selectSegment(seg); }
    });
  });
  records.forEach(function (li) {
    li.querySelector(".rec").addEventListener("click", function () {
      selectRecord(Number(li.getAttribute("data-record")));
    });
  });
  document.addEventListener("click", function (e) {
    var t = e.target;
    if (!(t instanceof Element)) return;
    var toSpan = t.closest(".to-span");
    if (toSpan) {
      var id = Number(toSpan.getAttribute("data-span"));
      selectSpans([id], "The span " + data.spans[id].pointer);
      var first = segsOfSpan[id][0];
      if (first) first.focus();
      return;
    }
    var toRecord = t.closest(".to-record");
    if (toRecord) selectRecord(Number(toRecord.getAttribute("data-record")), false);
  });
  document.getElementById("clear").addEventListener("click", clearSelection);
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (t instanceof Element && t.closest("input, textarea, select")) return;
    if (e.key === "Escape") { clearSelection(); return; }
    if ((e.key === "n" || e.key === "p") && !e.ctrlKey && !e.metaKey && !e.altKey && starts.length) {
      var at = starts.indexOf(document.activeElement);
      var next = e.key === "n" ? at + 1 : (at < 0 ? starts.length - 1 : at - 1);
      next = (next + starts.length) % starts.length;
      starts[next].focus();
      e.preventDefault();
    }
  });

  // Verdicts: pointer -> {verdict, note, time}.
  var verdicts = {};
  function save() {
    try { localStorage.setItem(STORE, JSON.stringify(verdicts)); } catch (err) { /* storage off: the download keeps them */ }
    progress();
  }
  function progress() {
    var judged = data.records.filter(function (r) { return verdicts[r.pointer] && verdicts[r.pointer].verdict; }).length;
    document.getElementById("progress").textContent = judged + " of " + data.records.length + " records judged";
  }
  function fieldPointer(r, field) {
    return data.records[r].pointer + "/" + field.replace(/~/g, "~0").replace(/\//g, "~1");
  }
  function setVerdict(pointer, verdict, note) {
    var held = verdicts[pointer] || { verdict: "", note: "" };
    if (verdict !== undefined) held.verdict = verdict;
    if (note !== undefined) held.note = note;
    held.time = new Date().toISOString();
    if (!held.verdict && !held.note) delete verdicts[pointer]; else verdicts[pointer] = held;
  }
  function show() {
    records.forEach(function (li) {
      var r = Number(li.getAttribute("data-record"));
      var v = verdicts[data.records[r].pointer] || {};
      li.querySelectorAll('input[type="radio"]').forEach(function (radio) { radio.checked = radio.value === v.verdict; });
      li.querySelector('input[name="n-' + r + '"]').value = v.note || "";
      if (v.verdict) li.setAttribute("data-verdict", v.verdict); else li.removeAttribute("data-verdict");
      li.querySelectorAll("select.fv").forEach(function (s) {
        var f = verdicts[fieldPointer(r, s.getAttribute("data-field"))];
        s.value = (f && f.verdict) || "";
      });
    });
    progress();
  }
  records.forEach(function (li) {
    var r = Number(li.getAttribute("data-record"));
    var pointer = data.records[r].pointer;
    li.querySelectorAll('input[type="radio"]').forEach(function (radio) {
      radio.addEventListener("change", function () { setVerdict(pointer, radio.value); save(); show(); });
    });
    li.querySelector('input[name="n-' + r + '"]').addEventListener("change", function (e) {
      setVerdict(pointer, undefined, e.target.value); save();
    });
    li.querySelectorAll("select.fv").forEach(function (s) {
      s.addEventListener("change", function () { setVerdict(fieldPointer(r, s.getAttribute("data-field")), s.value); save(); });
    });
  });

  function verdictFile() {
    var list = Object.keys(verdicts).filter(function (p) { return verdicts[p].verdict; }).map(function (p) {
      var v = verdicts[p];
      return { article: data.article, pointer: p, verdict: v.verdict, note: v.note || "", time: v.time };
    });
    return { format: "structured-news-verdicts", version: 1, verdicts: list };
  }
  document.getElementById("download").addEventListener("click", function () {
    var blob = new Blob([JSON.stringify(verdictFile(), null, 2) + "\n"], { type: "application/json" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "verdicts-" + data.article.replace(/[^A-Za-z0-9._-]/g, "_") + ".json";
    document.body.appendChild(a);
    a.click();
    a.remove();
  });
  function load(text) {
    var file = JSON.parse(text);
    if (!file || file.format !== "structured-news-verdicts" || !Array.isArray(file.verdicts)) {
      throw new Error("not a file of structured-news verdicts");
    }
    var n = 0;
    file.verdicts.forEach(function (v) {
      if (v.article !== data.article || typeof v.pointer !== "string") return;
      if (["confirmed", "wrong", "unsure"].indexOf(v.verdict) < 0) return;
      verdicts[v.pointer] = { verdict: String(v.verdict || ""), note: String(v.note || ""), time: String(v.time || "") };
      n += 1;
    });
    save();
    show();
    return n;
  }
  document.getElementById("load").addEventListener("change", function (e) {
    var f = e.target.files && e.target.files[0];
    if (!f) return;
    var reader = new FileReader();
    reader.onload = function () {
      var status = document.getElementById("progress");
      try {
        var n = load(String(reader.result));
        status.textContent = "Loaded " + n + " verdicts for this article. " + status.textContent;
      } catch (err) {
        status.textContent = "Could not load the verdicts: " + err.message;
      }
    };
    reader.readAsText(f);
  });
  // A link to a JSON Pointer (from the ledger page) selects its record.
  function followHash() {
    var pointer = decodeURIComponent(location.hash.slice(1));
    if (pointer.charAt(0) !== "/") return;
    var best = -1;
    data.records.forEach(function (r, i) {
      if (pointer === r.pointer || pointer.indexOf(r.pointer + "/") === 0) best = i;
    });
    if (best >= 0) {
      selectRecord(best);
      recordEl[best].scrollIntoView({ block: "nearest" });
    }
  }
  window.addEventListener("hashchange", followHash);
  followHash();
  try { verdicts = JSON.parse(localStorage.getItem(STORE) || "{}") || {}; } catch (err) { verdicts = {}; }
  show();
})();
