// 政府信息公开目录 search: substring match on 名称, 索引号, 文号 and 栏目 over a JSON index built with the site.
// Without JavaScript the box stays hidden; the static list below and the column/year filter pages list
// everything. Opened from a file (file://) the browser refuses to load the index, and the box says so.
(function () {
  "use strict";
  var box = document.querySelector(".catalogue-search");
  if (!box || !window.fetch) {
    return;
  }
  var input = document.getElementById("catalogue-q");
  var results = document.getElementById("catalogue-results");
  var root = box.getAttribute("data-root") || "";
  var index = null;
  box.hidden = false;

  function load() {
    if (index) {
      return Promise.resolve(index);
    }
    return fetch(box.getAttribute("data-index"))
      .then(function (r) {
        if (!r.ok) {
          throw new Error("HTTP " + r.status);
        }
        return r.json();
      })
      .then(function (data) { index = data; return data; });
  }

  function show(query) {
    results.textContent = "";
    var q = query.trim().toLowerCase();
    if (!q) {
      return;
    }
    load().then(function (rows) {
      var hits = rows.filter(function (row) {
        return [row.title, row.index_no, row.doc_no, row.column].some(function (field) {
          return field && field.toLowerCase().indexOf(q) !== -1;
        });
      });
      var summary = document.createElement("p");
      summary.textContent = "找到 " + hits.length + " 条" + (hits.length > 50 ? "，显示前 50 条" : "") + "。";
      results.appendChild(summary);
      var list = document.createElement("ul");
      list.className = "doc-list";
      hits.slice(0, 50).forEach(function (row) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = root + row.url;
        a.textContent = row.title;
        var meta = document.createElement("span");
        meta.className = "doc-list-meta";
        meta.textContent = row.published + "　" + row.index_no + (row.doc_no ? "　" + row.doc_no : "") + "　" + row.column;
        li.appendChild(a);
        li.appendChild(meta);
        list.appendChild(li);
      });
      results.appendChild(list);
    }).catch(unavailable);
  }

  function unavailable() {
    results.textContent = "";
    var note = document.createElement("p");
    note.className = "search-note";
    note.textContent = fromFile
      ? "本页是直接从电脑上的文件打开的，浏览器不允许这样使用搜索。网站放到网站服务器上（或用 gongkai serve 预览）后，搜索就能使用。下方的目录照样列出全部信息（可翻页），也可以按栏目、年份查找。"
      : "暂时无法加载搜索所需的数据，请稍后刷新本页再试。下方的目录照样列出全部信息（可翻页），也可以按栏目、年份查找。";
    results.appendChild(note);
  }

  // Opened from a file, most browsers refuse the index: say so at once rather than after the first search.
  var fromFile = window.location.protocol === "file:";
  if (fromFile) {
    load().catch(unavailable);
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 150);
  });
})();
