// Added by `gongkai serve` only (never part of a built site): reloads the page after a rebuild and
// shows content errors in the page while the previous good version stays visible.
(function () {
  "use strict";
  if (!window.EventSource) {
    return;
  }
  var source = new EventSource("/__gongkai/events");
  source.addEventListener("reload", function () {
    window.location.reload();
  });
  source.addEventListener("problem", function (event) {
    var box = document.getElementById("gongkai-problem");
    if (!box) {
      box = document.createElement("div");
      box.id = "gongkai-problem";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;z-index:9999;" +
        "background:#fff4e5;color:#000;border-top:4px solid #9b1c1c;padding:12px 16px;font:16px/1.6 sans-serif;white-space:pre-wrap";
      document.body.appendChild(box);
    }
    box.textContent = "内容有错误，以下页面为上一次成功生成的版本：\n" + event.data;
  });
})();
