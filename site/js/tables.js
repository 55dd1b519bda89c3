// A report table wider than its region (a tablet in 关怀版, a large text setting) says so: the region
// gets a class that shows “左右滑动查看全表”. Without JavaScript the shaded edge still shows it.
(function () {
  "use strict";
  function mark() {
    document.querySelectorAll(".table-scroll").forEach(function (region) {
      region.classList.toggle("is-scrollable", region.scrollWidth > region.clientWidth + 1);
    });
  }
  document.addEventListener("DOMContentLoaded", mark);
  window.addEventListener("resize", mark);
})();
