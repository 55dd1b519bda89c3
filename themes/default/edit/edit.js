/* serve's editing pages. The form works without this file (检查 and 保存 submit it, the server answers with
   the page); with it, every change is sent to the server's check (the same Java rules as `gongkai check`)
   and the answer is shown beside the cells: totals, marks, messages. No rule or sum is computed here. */
(function () {
  "use strict";
  var LEVEL_WORD = { error: "错误", warning: "警告", acknowledged: "已确认", unverified: "无法核对" };

  function tokenOf(form) {
    var t = form.querySelector('input[name="token"]');
    return t ? t.value : "";
  }

  function watchUnsaved(form) {
    var dirty = false;
    form.addEventListener("input", function () { dirty = true; });
    form.addEventListener("change", function () { dirty = true; });
    form.addEventListener("submit", function () { dirty = false; });
    window.addEventListener("beforeunload", function (e) {
      if (dirty) {
        e.preventDefault();
        e.returnValue = "";
      }
    });
  }

  function messageItem(m) {
    var li = document.createElement("li");
    li.className = "message is-" + m.level;
    var holder = li;
    if (m.field) {
      holder = document.createElement("a");
      holder.href = "#f-" + m.field;
      li.appendChild(holder);
    }
    var level = document.createElement("span");
    level.className = "message-level";
    level.textContent = LEVEL_WORD[m.level] || m.level;
    var rule = document.createElement("span");
    rule.className = "message-rule";
    rule.textContent = m.rule;
    holder.appendChild(level);
    holder.appendChild(document.createTextNode(" "));
    holder.appendChild(rule);
    holder.appendChild(document.createTextNode(" " + m.text));
    return li;
  }

  function show(form, answer) {
    var summary = document.getElementById("check-summary");
    if (summary) { summary.textContent = answer.summary; }
    Object.keys(answer.computed).forEach(function (name) {
      var out = document.getElementById("o-" + name);
      if (out) { out.textContent = answer.computed[name]; }
    });
    form.querySelectorAll("td.field").forEach(function (td) {
      var state = answer.cells[td.getAttribute("data-field")] || { level: "", note: "" };
      td.classList.remove("is-error", "is-warning", "is-acknowledged", "is-unverified");
      if (state.level) { td.classList.add("is-" + state.level); }
      var input = td.querySelector("input");
      if (state.level === "error") { input.setAttribute("aria-invalid", "true"); } else { input.removeAttribute("aria-invalid"); }
      if (state.note) { input.title = state.note; } else { input.removeAttribute("title"); }
      td.querySelector(".cell-flag").textContent = state.note;
    });
    Object.keys(answer.lists).forEach(function (id) {
      var list = document.getElementById(id);
      if (!list) { return; }
      while (list.firstChild) { list.removeChild(list.firstChild); }
      answer.lists[id].forEach(function (m) { list.appendChild(messageItem(m)); });
    });
  }

  function liveCheck(form) {
    var url = form.getAttribute("data-check");
    if (!url || !window.fetch) { return; }
    var timer = null;
    var sent = 0;
    function check() {
      var mine = ++sent;
      var body = new URLSearchParams(new FormData(form));
      fetch(url, { method: "POST", body: body, headers: { "X-Gongkai-Token": tokenOf(form) }, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (answer) { if (answer && mine === sent) { show(form, answer); } })
        .catch(function () { /* The server stopped: 检查 and 保存 still say so when pressed. */ });
    }
    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(check, 250);
    });
  }

  /* On a phone the row and column labels scroll away: say which cell has the focus. */
  function cellStatus(form) {
    var status = document.getElementById("cell-status");
    if (!status) { return; }
    form.addEventListener("focusin", function (e) {
      var t = e.target;
      if (t.closest && t.closest("td.field")) {
        status.textContent = "正在填写：" + t.getAttribute("data-place");
      }
    });
  }

  document.querySelectorAll("form.report-form, form.item-form").forEach(function (form) {
    watchUnsaved(form);
    if (form.classList.contains("report-form")) {
      liveCheck(form);
      cellStatus(form);
    }
  });
})();
