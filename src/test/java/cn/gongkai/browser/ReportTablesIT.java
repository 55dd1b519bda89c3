package cn.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.gongkai.TestSite;
import cn.gongkai.build.SiteBuilder;
import cn.gongkai.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Can a reader match every number of tables 二, 三 and 四 to its row and column? On reports whose every cell
 * holds a different number, each number is brought into view as a reader would (scrolled to), and then its
 * row label and column label (for 表四 also its group: 行政复议, 未经复议直接起诉, 复议后起诉) must be on screen at the
 * same time, not covered by anything, and placed where a reader looks for them: above it in the same column,
 * or on its line to its left, and the nearest such label must be the right one.
 */
class ReportTablesIT {
  static final Path SHOTS = Path.of("target/screenshots");
  static final Browser.Metrics PHONE = Browser.PHONE;
  static final Browser.Metrics SMALL_DESKTOP = new Browser.Metrics(1024, 768);
  static final Browser.Metrics DESKTOP = new Browser.Metrics(1280, 900);

  @TempDir static Path dir;
  static final Session session = new Session();
  static StaticServer site;
  /** The shipped 东山镇 site: its real report has narrow columns (every number one digit). */
  static StaticServer dongshan;
  static Browser browser;
  static final Map<String, DistinctReport> REPORTS =
      Map.of("reports/2023/", new DistinctReport(2023, ReportFormat.F2021), "reports/2020/", new DistinctReport(2020, ReportFormat.F2019));

  record View(String path, Browser.Metrics size, boolean care) {
    @Override
    public String toString() {
      return path + " at " + size.width() + "×" + size.height() + (care ? " 关怀版" : "");
    }
  }

  @BeforeAll
  static void start() throws Exception {
    StringBuilder s = new StringBuilder();
    s.append("-- content/site.yaml --\n").append(TestSite.resource("fixtures/site.yaml").replace("示例县示例镇人民政府", "示例县农业农村局"));
    for (Map.Entry<String, DistinctReport> e : REPORTS.entrySet()) {
      String year = e.getKey().substring("reports/".length(), "reports/".length() + 4);
      s.append("-- content/reports/").append(year).append(".yaml --\n").append(e.getValue().yaml);
      s.append("-- content/reports/").append(year).append(".md --\n").append(DistinctReport.markdown(Integer.parseInt(year)));
    }
    Path out = dir.resolve("site");
    SiteBuilder.build(TestSite.write(dir.resolve("src"), s.toString()), out, LocalDate.of(2024, 6, 1));
    site = session.serve(out);
    Path dongshanOut = dir.resolve("dongshan");
    SiteBuilder.build(TestSite.REPO, dongshanOut);
    dongshan = session.serve(dongshanOut);
    Files.createDirectories(SHOTS);
    browser = session.browser();
  }

  @AfterAll
  static void stop() throws Exception {
    session.close();
  }

  /** The fixture reports, and the real 2022 report of the shipped site (path “dongshan:…”). */
  static Stream<View> views() {
    List<View> views = new ArrayList<>();
    for (String path : List.of("reports/2023/", "reports/2020/", "dongshan:reports/2022/")) {
      for (boolean care : List.of(false, true)) {
        views.add(new View(path, PHONE, care));
      }
      views.add(new View(path, SMALL_DESKTOP, false));
      views.add(new View(path, DESKTOP, false));
    }
    return views.stream();
  }

  void open(View view) {
    browser.emulate(view.size(), "");
    StaticServer server = view.path().startsWith("dongshan:") ? dongshan : site;
    browser.open(server.url("robots.txt"));
    browser.js("localStorage.setItem('gongkai-care', arguments[0]);", view.care() ? "1" : "0");
    browser.open(server.url(view.path().replace("dongshan:", "")));
    assertEquals(view.size().width(), browser.number("return window.innerWidth;"), "viewport width");
  }

  static Stream<View> fixtureViews() {
    return views().filter(v -> REPORTS.containsKey(v.path()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtureViews")
  void everyNumberIsSeenWithItsRowAndColumnLabels(View view) {
    open(view);
    try {
      List<String> problems = unreadableCells(REPORTS.get(view.path()).cells);
      if (!problems.isEmpty()) {
        fail(view + ": " + problems.size() + " of " + REPORTS.get(view.path()).cells.size() + " cells cannot be read with their labels:\n  "
            + String.join("\n  ", problems.subList(0, Math.min(40, problems.size()))));
      }
    } finally {
      browser.emulate(PHONE, "");
    }
  }

  /** The test itself sees a table whose labels a reader cannot see: the header row hidden, a row label covered. */
  @Test
  void theCheckSeesHiddenAndCoveredLabels() {
    open(new View("reports/2023/", DESKTOP, false));
    try {
      browser.js("document.querySelectorAll('#table-4 thead, .table-cards-4 .card-title').forEach(function (e) { e.style.visibility = 'hidden'; });");
      List<DistinctReport.Cell> table4 = REPORTS.get("reports/2023/").cells.stream().filter(c -> c.table() == 4).toList();
      assertEquals(table4.size(), unreadableCells(table4).size(), "hidden 表四 headers not seen");
      browser.js(
          "var th = document.querySelector('#table-3 tbody th[scope=row]');"
              + "var r = th.getBoundingClientRect(), d = document.createElement('div');"
              + "d.style.cssText = 'position:absolute;background:#fff;z-index:9;left:' + (r.left + scrollX) + 'px;top:' + (r.top + scrollY)"
              + " + 'px;width:' + r.width + 'px;height:' + r.height + 'px';"
              + "document.body.appendChild(d); d.className = 'cover'; window.addEventListener('scroll', function () {"
              + "  var q = th.getBoundingClientRect(); d.style.left = (q.left + scrollX) + 'px'; d.style.top = (q.top + scrollY) + 'px'; });");
      List<DistinctReport.Cell> firstRow =
          REPORTS.get("reports/2023/").cells.stream().filter(c -> c.table() == 3).limit(7).toList();
      List<String> problems = unreadableCells(firstRow);
      assertEquals(7, problems.size(), "covered row label not seen: " + problems);
      assertTrue(problems.get(0).contains("row label"), problems.get(0));
    } finally {
      browser.emulate(PHONE, "");
    }
  }

  /**
   * For each cell: the one visible element showing its number is scrolled into view, then each of its labels
   * must be visible and uncovered at the same time, and be the nearest label of its kind beside it on its
   * line, or else above it in its column band.
   */
  @SuppressWarnings("unchecked")
  List<String> unreadableCells(List<DistinctReport.Cell> cells) {
    List<Map<String, Object>> data = new ArrayList<>();
    for (DistinctReport.Cell c : cells) {
      data.add(Map.of("table", c.table(), "value", c.value(), "row", c.row(), "column", c.column(), "group", c.group()));
    }
    return (List<String>) browser.js(READABILITY_JS, data);
  }

  static final String READABILITY_JS =
      String.join(
          "\n",
          "var cells = arguments[0], out = [];",
          "function norm(e) { return e.textContent.replace(/\\s+/g, ''); }",
          "function shown(e) {",
          "  if (!e.getClientRects().length) return false;",
          "  var s = getComputedStyle(e); return s.visibility === 'visible' && parseFloat(s.opacity) > 0;",
          "}",
          "function leaves(root, text) {",
          "  return Array.from(root.querySelectorAll('*')).filter(function (e) {",
          "    return norm(e) === text && !Array.from(e.children).some(function (k) { return norm(k) === text; }) && shown(e);",
          "  });",
          "}",
          "function onScreen(e) {",
          "  var r = e.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;",
          "  if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;",
          "  var hit = document.elementFromPoint(x, y); return !!hit && (hit === e || e.contains(hit));",
          "}",
          "function section(n) { var t = document.getElementById('table-' + n); return t && t.closest('section'); }",
          "var labelSets = {};",
          "cells.forEach(function (c) {",
          "  ['row', 'column', 'group'].forEach(function (k) {",
          "    var key = c.table + k; labelSets[key] = labelSets[key] || {}; if (c[k]) labelSets[key][c[k]] = true; });",
          "});",
          // The nearest label of one kind: on the number's line to its left, else above it in its column band.
          "function nearest(num, root, table, kind) {",
          "  var r = num.getBoundingClientRect(), cx = r.left + r.width / 2, cy = r.top + r.height / 2, beside = null, above = null;",
          "  Object.keys(labelSets[table + kind]).forEach(function (text) {",
          "    leaves(root, text).forEach(function (l) {",
          "      if (!onScreen(l)) return;",
          "      var q = l.getBoundingClientRect();",
          "      var sameLine = (q.top <= cy && cy <= q.bottom) || (r.top <= q.top + q.height / 2 && q.top + q.height / 2 <= r.bottom);",
          "      if (sameLine && q.right <= r.left + 1) { if (!beside || q.right > beside.r.right) beside = {e: l, r: q, text: text}; }",
          "      else if (q.bottom <= r.top + 1 && q.left <= cx && cx <= q.right) { if (!above || q.bottom > above.r.bottom) above = {e: l, r: q, text: text}; }",
          "    });",
          "  });",
          "  return beside || above;",
          "}",
          "cells.forEach(function (c) {",
          "  var root = section(c.table), name = '表' + ['', '', '二', '三', '四'][c.table] + ' ' + c.value, why = [];",
          "  if (!root) { out.push(name + ': no table-' + c.table + ' section'); return; }",
          "  var nums = leaves(root, c.value);",
          "  if (nums.length !== 1) { out.push(name + ': shown ' + nums.length + ' times'); return; }",
          "  var num = nums[0];",
          "  num.scrollIntoView({block: 'center', inline: 'center'});",
          "  if (!onScreen(num)) { out.push(name + ': the number itself is covered or off screen after scrolling to it'); return; }",
          "  [['row', 'row label'], ['column', 'column label'], ['group', 'group label']].forEach(function (k) {",
          "    var want = c[k[0]];",
          "    if (!want || (k[0] === 'group' && c.table !== 4)) return;",
          "    var got = nearest(num, root, c.table, k[0]);",
          "    if (!got) why.push(k[1] + ' “' + want + '” not on screen beside or above it');",
          "    else if (got.text !== want) why.push('nearest ' + k[1] + ' is “' + got.text + '”, not “' + want + '”');",
          "  });",
          "  if (why.length) out.push(name + ': ' + why.join('; '));",
          "});",
          "scrollTo(0, 0);",
          "return out;");

  /** 1024 and 1280 px desktops: no report table needs sideways scrolling or is cut off. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("views")
  void desktopTablesAreNotCutOff(View view) {
    if (view.size().width() < 1024) {
      return;
    }
    open(view);
    try {
      for (WebElement table : browser.driver.findElements(By.cssSelector("table.report-table"))) {
        String id = table.getAttribute("id");
        assertTrue(table.isDisplayed(), view + ": the official table " + id + " is not shown on a desktop");
        double overflow =
            browser.number(
                "var t = arguments[0], p = t.parentElement; return Math.max(p.scrollWidth - p.clientWidth, t.getBoundingClientRect().right - innerWidth);",
                table);
        assertTrue(overflow <= 0.5, view + ": " + id + " is cut off or scrolls by " + overflow + " px");
      }
      assertTrue(browser.number("return document.documentElement.scrollWidth;") <= view.size().width(), view + ": page scrolls sideways");
    } finally {
      browser.emulate(PHONE, "");
    }
  }

  /**
   * Where a table is wider than its region after all (a tablet, a large text setting), the region says so:
   * “左右滑动查看全表” appears at its left edge and its right edge is drawn; while it fits, neither shows.
   */
  @Test
  void aRegionThatMustScrollSaysSo() {
    open(new View("reports/2023/", new Browser.Metrics(800, 900), false));
    try {
      String hint = "return getComputedStyle(document.querySelector('#table-4').parentElement.querySelector('.scroll-hint')).display;";
      assertEquals("none", browser.js(hint), "hint shown while the table fits");
      browser.js("document.getElementById('table-4').style.minWidth = '1400px'; window.dispatchEvent(new Event('resize'));");
      WebElement shown = browser.driver.findElement(By.cssSelector(".report-region:has(#table-4) .scroll-hint"));
      assertTrue(shown.isDisplayed(), "no hint on a region that scrolls");
      assertEquals("左右滑动查看全表", shown.getText());
      browser.js("arguments[0].scrollIntoView({block: 'center'});", shown);
      assertEquals(
          Boolean.TRUE,
          browser.js("var r = arguments[0].getBoundingClientRect(); var hit = document.elementFromPoint(r.left + 5, r.top + r.height / 2);"
              + " return arguments[0].contains(hit);", shown),
          "hint covered");
      assertEquals("3px", browser.js("return getComputedStyle(arguments[0].parentElement).borderRightWidth;", shown));
    } finally {
      browser.emulate(PHONE, "");
    }
  }

  /**
   * No column header breaks inside a word: every line break inside a header falls where the label allows
   * one (a {@code <wbr>} between words, or after a full-width bracket), never between two characters of a
   * 2–4 character word such as 结果维持 or 商业企业.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("views")
  @SuppressWarnings("unchecked")
  void columnHeadersBreakOnlyBetweenWords(View view) {
    open(view);
    try {
      List<String> broken =
          (List<String>)
              browser.js(
                  String.join(
                      "\n",
                      "var out = [];",
                      "document.querySelectorAll('table.report-table thead th, table.report-table th[scope=col], .card dt').forEach(function (th) {",
                      "  if (!th.getClientRects().length) return;",
                      "  var walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT), node, lastTop = null, prev = null;",
                      "  while ((node = walker.nextNode())) {",
                      "    for (var i = 0; i < node.length; i++) {",
                      "      var range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);",
                      "      var rects = range.getClientRects(); if (!rects.length) continue;",
                      "      var top = rects[0].top;",
                      "      if (lastTop !== null && top > lastTop + 2 && prev && prev.node === node && !/[）)、：，/]/.test(prev.ch))",
                      "        out.push(th.textContent.trim() + ': breaks between “' + prev.ch + '” and “' + node.data[i] + '”');",
                      "      lastTop = top; prev = {node: node, ch: node.data[i]};",
                      "    }",
                      "  }",
                      "});",
                      "return out;"));
      assertTrue(broken.isEmpty(), view + ": " + broken);
    } finally {
      browser.emulate(PHONE, "");
    }
  }
}
