// 关怀版 switch: larger text and higher contrast, remembered from page to page (localStorage).
// Without JavaScript the link still works for the current page: it targets #care, which the CSS styles.
(function () {
  "use strict";
  var root = document.documentElement;
  var KEY = "gongkai-care";

  function label(link) {
    link.textContent = root.classList.contains("care") ? "退出关怀版" : "关怀版";
    link.setAttribute("aria-pressed", root.classList.contains("care") ? "true" : "false");
    link.setAttribute("role", "button");
  }

  document.addEventListener("DOMContentLoaded", function () {
    var link = document.querySelector(".care-toggle");
    if (!link) {
      return;
    }
    label(link);
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var on = !root.classList.contains("care");
      root.classList.toggle("care", on);
      try {
        localStorage.setItem(KEY, on ? "1" : "0");
      } catch (e) {
        // Private mode: the switch still works for this page.
      }
      label(link);
    });
  });
})();
