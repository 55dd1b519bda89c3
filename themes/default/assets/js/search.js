// 政府信息公开目录 search: substring match on 名称, 索引号 and 文号 over a JSON index built with the site.
// Without JavaScript the box stays hidden and the static column/year filter pages still work.
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
      .then(function (r) { return r.json(); })
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
        return [row.title, row.index_no, row.doc_no].some(function (field) {
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
    }).catch(function () {
      results.textContent = "搜索索引加载失败，请使用下方的栏目和年份筛选。";
    });
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 150);
  });
})();
