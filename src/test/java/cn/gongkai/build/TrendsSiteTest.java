package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 历年对比 on a site with four years (src/test/resources/trends/: 2019 and 2020 in the 2019 format, 2021 and
 * 2022 in the 2021 format; 2020's 本年新收 has a cell blank as published; 2022 breaks X-01, T2-02 and SIM-01 on
 * purpose). Every number is checked against figures worked out by hand from those files, in the chart (its SVG
 * parsed), in the table beside it, in “与上年对比” and in all.csv.
 */
class TrendsSiteTest {
  @TempDir static Path dir;
  static Path out;

  /** Hand-computed from the four files: year → value, null for a gap. */
  static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put("本年新收政府信息公开申请数量", List.of("3", "", "7", "9"));
    EXPECTED.put("办理结果：予以公开", List.of("2", "3", "4", "6"));
    EXPECTED.put("办理结果：部分公开", List.of("0", "0", "1", "1"));
    EXPECTED.put("办理结果：不予公开", List.of("0", "0", "1", "1"));
    EXPECTED.put("办理结果：无法提供", List.of("1", "0", "1", "1"));
    EXPECTED.put("办理结果：不予处理", List.of("0", "1", "0", "0"));
    EXPECTED.put("结转下年度继续办理", List.of("0", "0", "1", "2"));
  }

  static String site() {
    StringBuilder s = new StringBuilder("-- content/site.yaml --\n").append(TestSite.resource("trends/site.yaml"));
    for (int year = 2019; year <= 2022; year++) {
      s.append("-- content/reports/").append(year).append(".yaml --\n").append(TestSite.resource("trends/" + year + ".yaml"));
      s.append("-- content/reports/").append(year).append(".md --\n").append(TestSite.resource("trends/" + year + ".md"));
    }
    return s.toString();
  }

  @BeforeAll
  static void build() throws Exception {
    out = dir.resolve("site");
    SiteBuilder.build(TestSite.write(dir.resolve("src"), site()), out);
  }

  static Document page(String path) throws Exception {
    return Jsoup.parse(Files.readString(out.resolve(path), StandardCharsets.UTF_8));
  }

  /** The figure whose caption starts with {@code title}. */
  static Element figure(Document index, String title) {
    for (Element f : index.select("figure.trend")) {
      if (f.selectFirst("figcaption").text().equals(title)) {
        return f;
      }
    }
    throw new AssertionError("no chart “" + title + "”: " + index.select("figure.trend figcaption").eachText());
  }

  @Test
  void eachChartsTableHasTheYearsNumbersAndGaps() throws Exception {
    Document index = page("reports/index.html");
    for (Map.Entry<String, List<String>> e : EXPECTED.entrySet()) {
      Element table = figure(index, e.getKey()).selectFirst("table.trend-table");
      List<String> years = table.select("tbody th").eachText();
      assertEquals(List.of("2019年", "2020年", "2021年", "2022年"), years, e.getKey());
      List<Element> cells = table.select("tbody td");
      for (int i = 0; i < 4; i++) {
        String expected = e.getValue().get(i);
        if (expected.isEmpty()) {
          assertTrue(cells.get(i).hasClass("gap") && cells.get(i).text().contains("原表空白"), e.getKey() + " " + years.get(i) + ": " + cells.get(i));
        } else {
          assertEquals(expected, cells.get(i).text(), e.getKey() + " " + years.get(i));
        }
      }
    }
  }

  @Test
  void theComparisonSaysWhatTheCrossYearChecksFound() throws Exception {
    Document y2022 = page("reports/2022/index.html");
    Element block = y2022.selectFirst("aside.year-compare");
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (Element tr : block.select("tbody tr")) {
      rows.put(tr.selectFirst("th").text(), tr.select("td").eachText());
    }
    assertEquals(List.of("7", "9", "+2"), rows.get("本年新收政府信息公开申请数量"));
    assertEquals(List.of("4", "6", "+2"), rows.get("办理结果：予以公开"));
    assertEquals(List.of("1", "2", "+1"), rows.get("结转下年度继续办理"));
    String said = block.select(".year-compare-findings li").eachText().toString();
    assertTrue(said.contains("“上年结转”的申请共 2 件") && said.contains("“结转下年度继续办理”的申请共 1 件"), said);
    assertTrue(said.contains("“行政规范性文件”现行有效 7 件") && said.contains("应为 8 件"), said);
    assertTrue(said.contains("“一、总体情况”") && said.contains("71%"), said);
    assertEquals("../../reports/2021/", block.selectFirst("a").attr("href"), "last year's report, as every link of the site is written");

    // 2021 against a 2019-format year whose 本年新收 is blank: a gap, never a difference from 0
    Element y2021 = page("reports/2021/index.html").selectFirst("aside.year-compare");
    Element received = y2021.select("tbody tr").stream().filter(tr -> tr.selectFirst("th").text().equals("本年新收政府信息公开申请数量")).findFirst().orElseThrow();
    assertEquals(List.of("原表空白", "7", "—"), received.select("td").eachText());
    assertNull(page("reports/2019/index.html").selectFirst("aside.year-compare"), "no report of 2018: no comparison");
  }

  /** all.csv: every year's 总计 of 本年新收 as the chart draws it, and 2020's blank left empty, never 0. */
  @Test
  void allCsvHoldsTheChartedFiguresOfEveryYear() throws Exception {
    List<String> lines = Files.readAllLines(out.resolve("reports/all.csv"), StandardCharsets.UTF_8);
    assertEquals("\uFEFF年度,格式,表,分组,行,列,数值,是否计算", lines.get(0));
    Map<String, String> received = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.contains(",一、本年新收政府信息公开申请数量,总计,")) {
        received.put(line.substring(0, 9), line.substring(line.lastIndexOf(",总计,") + 4, line.lastIndexOf(',')));
      }
    }
    assertEquals(Map.of("2019,2019", "3", "2020,2019", "", "2021,2021", "7", "2022,2021", "9"), received);
    for (int year = 2019; year <= 2022; year++) {
      String prefix = year + ",";
      long own = lines.stream().filter(l -> l.startsWith(prefix)).count();
      long yearly = Files.readAllLines(out.resolve("reports/" + year + ".csv"), StandardCharsets.UTF_8).size() - 1;
      assertEquals(yearly, own, year + ": as many lines as its own CSV");
    }
  }

  @Test
  void theIndexLinksTheOpenDataOfAllYears() throws Exception {
    Document index = page("reports/index.html");
    assertEquals(List.of("all.csv", "all.json"), index.select(".trends-lead a").eachAttr("href"));
    assertTrue(Files.isRegularFile(out.resolve("reports/all.csv")) && Files.isRegularFile(out.resolve("reports/all.json")));
  }

  /**
   * The chart as a reader sees it: per year, the bar's written value (or the gap's word), and the bars' heights
   * in one proportion to their values (a chart whose bar for 9 is not three times the bar for 3 misleads).
   */
  @Test
  void eachChartDrawsTheYearsNumbersAndNoGapAsZero() throws Exception {
    Document index = page("reports/index.html");
    for (Map.Entry<String, List<String>> e : EXPECTED.entrySet()) {
      Document chart = svg(figure(index, e.getKey()));
      List<Element> years = chart.select("g.trend-year");
      assertEquals(4, years.size(), e.getKey());
      Double perUnit = null;
      for (int i = 0; i < 4; i++) {
        Element year = years.get(i);
        assertEquals((2019 + i) + "年", year.selectFirst("text.year").text(), e.getKey());
        String expected = e.getValue().get(i);
        if (expected.isEmpty()) {
          assertNull(year.selectFirst("rect.bar"), e.getKey() + " " + (2019 + i) + ": a gap has no bar");
          assertEquals("空白", year.selectFirst("text.gap-word").text());
          continue;
        }
        assertEquals(expected, year.selectFirst("text.value").text(), e.getKey() + " " + (2019 + i));
        double height = Double.parseDouble(year.selectFirst("rect.bar").attr("height"));
        double value = Double.parseDouble(expected);
        if (value > 0) {
          if (perUnit == null) {
            perUnit = height / value;
          }
          assertEquals(perUnit, height / value, 0.51 / value, e.getKey() + ": bar heights in proportion");
        }
      }
      String desc = chart.selectFirst("desc").text();
      for (int i = 0; i < 4; i++) {
        String v = e.getValue().get(i);
        assertTrue(desc.contains((2019 + i) + "年 " + (v.isEmpty() ? "空白（原表空白）" : v + " 件")), e.getKey() + ": " + desc);
      }
    }
    // 现行有效件数: the 2019-format years are “无此项”, said under the chart
    Element inForce = figure(index, "规范性文件：现行有效件数");
    assertEquals(List.of("无此项", "无此项"), svg(inForce).select("text.gap-word").eachText());
    assertEquals(List.of("无此项", "无此项", "5", "7"), inForce.select("table.trend-table td").eachText());
    assertTrue(inForce.selectFirst(".trend-note").text().contains("2019、2020年采用2019年试行格式"), inForce.selectFirst(".trend-note").text());
  }

  static Document svg(Element figure) {
    return Jsoup.parse(figure.selectFirst("svg").outerHtml(), "", Parser.xmlParser());
  }
}
