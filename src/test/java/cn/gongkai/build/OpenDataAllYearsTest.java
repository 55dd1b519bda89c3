package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.cli.Main;
import cn.gongkai.plan.UrlScheme;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reports/all.csv} and {@code reports/all.json}, from a site with three years in both formats:
 * 2022 (2019 format, 表三 and 表四 blank as published), 2023 and 2024 (2021 format, 2024 with a blank
 * cell). The content files are written newest first, so ascending order is the generator's doing.
 */
class OpenDataAllYearsTest {
  @TempDir static Path dir;
  static Path out;

  static final List<String> ALL_HEADER = List.of("年度", "格式", "表", "分组", "行", "列", "数值", "是否计算");
  static final List<Integer> YEARS = List.of(2022, 2023, 2024);
  static final List<String> FORMATS = List.of("2019", "2021", "2021");

  /** The 2022 report (2019 format) moved to the fixture site's organ and unit code. */
  static String report2022() {
    return TestSite.read(TestSite.REPO.resolve("content/reports/2022.yaml"))
        .replace("华容县东山镇", "示例县示例镇")
        .replace("publisher: 东山镇", "publisher: 示例镇")
        .replace("006383401N/2023-2030837", "123456789X/2023-0001");
  }

  /** The 2023 fixture as 2024, with one cell blank as published. */
  static String report2024() {
    return TestSite.resource("fixtures/report-2021.yaml")
        .replace("year: 2023", "year: 2024")
        .replace("2024-0001", "2025-0001")
        .replace("2024-01-2", "2025-01-2")
        .replace("2024-01-19", "2025-01-19")
        .replace("signed_on: 2025-01-19\n", "signed_on: 2025-01-19\nacknowledged:\n  - rule: FMT-03\n    reason: 按原文存档\n")
        .replace("  penalty: 3\n", "  penalty: ~\n");
  }

  static String site() {
    return "-- content/site.yaml --\n" + TestSite.resource("fixtures/site.yaml")
        + "-- content/reports/2024.yaml --\n" + report2024()
        + "-- content/reports/2024.md --\n" + TestSite.resource("fixtures/report-2021.md").replace("2023年", "2024年")
        + "-- content/reports/2023.yaml --\n" + TestSite.resource("fixtures/report-2021.yaml")
        + "-- content/reports/2023.md --\n" + TestSite.resource("fixtures/report-2021.md")
        + "-- content/reports/2022.yaml --\n" + report2022()
        + "-- content/reports/2022.md --\n" + TestSite.read(TestSite.REPO.resolve("content/reports/2022.md"));
  }

  @BeforeAll
  static void build() throws Exception {
    out = dir.resolve("out");
    SiteBuilder.build(TestSite.write(dir.resolve("src"), site()), out);
  }

  static String text(Path file) throws Exception {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  /** all.csv is exactly: BOM, its header, then each year's data lines with 年度 and 格式 in front. */
  @Test
  void allCsvIsTheYearlyDataLinesWithYearAndFormatInFront() throws Exception {
    StringBuilder expected = new StringBuilder("\uFEFF年度,格式,表,分组,行,列,数值,是否计算\r\n");
    for (int i = 0; i < YEARS.size(); i++) {
      String yearly = text(out.resolve("reports/" + YEARS.get(i) + ".csv"));
      String header = "\uFEFF表,分组,行,列,数值,是否计算\r\n";
      assertTrue(yearly.startsWith(header));
      String[] lines = yearly.substring(header.length()).split("\r\n", -1);
      assertEquals("", lines[lines.length - 1], "the yearly file ends with CRLF");
      assertTrue(lines.length > 40, YEARS.get(i) + ": " + lines.length);
      for (int l = 0; l < lines.length - 1; l++) {
        expected.append(YEARS.get(i)).append(',').append(FORMATS.get(i)).append(',').append(lines[l]).append("\r\n");
      }
    }
    assertEquals(expected.toString(), text(out.resolve("reports/all.csv")));
  }

  @Test
  void allCsvIsOneTidyTableWithBlanksEmpty() throws Exception {
    List<List<String>> all = OpenDataTest.csvRecords(out.resolve(UrlScheme.REPORTS_ALL_CSV), ALL_HEADER);
    int lines = 0;
    for (int i = 0; i < YEARS.size(); i++) {
      List<List<String>> yearly = OpenDataTest.csvRecords(out.resolve("reports/" + YEARS.get(i) + ".csv"));
      for (List<String> r : yearly.subList(1, yearly.size())) {
        List<String> withYear = new java.util.ArrayList<>(List.of(String.valueOf(YEARS.get(i)), FORMATS.get(i)));
        withYear.addAll(r);
        assertEquals(withYear, all.get(1 + lines++));
      }
    }
    assertEquals(1 + lines, all.size());
    // years ascending, never interleaved
    for (int i = 2; i < all.size(); i++) {
      assertTrue(Integer.parseInt(all.get(i - 1).get(0)) <= Integer.parseInt(all.get(i).get(0)), "line " + i);
    }
    assertTrue(all.contains(List.of("2024", "2021", "表二 主动公开政府信息情况", "第二十条第（六）项", "行政处罚", "本年处理决定数量", "", "否")), "a blank is empty, not 0");
    assertTrue(all.contains(List.of("2023", "2021", "表二 主动公开政府信息情况", "第二十条第（六）项", "行政处罚", "本年处理决定数量", "3", "否")));
    assertTrue(all.contains(List.of("2022", "2019", "表三 收到和处理政府信息公开申请情况", "", "一、本年新收政府信息公开申请数量", "总计", "", "是")));
    assertTrue(all.contains(List.of("2022", "2019", "表二 主动公开政府信息情况", "第二十条第（一）项", "规章", "本年新制作数量", "3", "否")));
    assertFalse(all.stream().anyMatch(r -> r.get(0).equals("2022") && r.get(2).startsWith("表三") && !r.get(6).isEmpty()), "2022's 表三 is blank as published");
  }

  @Test
  void allJsonHoldsEachYearsObjectExactlyAsItsOwnFile() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode all = mapper.readTree(out.resolve(UrlScheme.REPORTS_ALL_JSON).toFile());
    assertEquals(List.of("reports"), iterable(all.fieldNames()));
    JsonNode reports = all.get("reports");
    assertEquals(YEARS.size(), reports.size());
    for (int i = 0; i < YEARS.size(); i++) {
      JsonNode yearly = mapper.readTree(out.resolve("reports/" + YEARS.get(i) + ".json").toFile());
      assertEquals(yearly, reports.get(i), String.valueOf(YEARS.get(i)));
      assertEquals((int) YEARS.get(i), reports.get(i).get("year").asInt());
      assertEquals(FORMATS.get(i), reports.get(i).get("format").asText());
    }
    String text = text(out.resolve(UrlScheme.REPORTS_ALL_JSON));
    assertFalse(text.startsWith("\uFEFF"), "JSON has no BOM");
    assertTrue(text.endsWith("}\n") && !text.contains("\r"), "LF line ends, one final newline");
    assertTrue(penalty(reports.get(2)).get("value").isNull(), "2024's blank 行政处罚 is null");
    assertEquals(3, penalty(reports.get(1)).get("value").asInt());
  }

  /** 表二's 行政处罚 cell. */
  private static JsonNode penalty(JsonNode report) {
    for (JsonNode g : report.get("tables").get(0).get("groups")) {
      for (JsonNode r : g.get("rows")) {
        if (r.get("label").asText().equals("行政处罚")) {
          return r.get("cells").get(0);
        }
      }
    }
    throw new AssertionError("no 行政处罚 row");
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> names = new java.util.ArrayList<>();
    it.forEachRemaining(names::add);
    return names;
  }

  @Test
  void sameInputGivesTheSameBytes(@TempDir Path tmp) throws Exception {
    Path again = tmp.resolve("again");
    SiteBuilder.build(TestSite.write(tmp.resolve("src"), site()), again);
    for (String f : List.of(UrlScheme.REPORTS_ALL_CSV, UrlScheme.REPORTS_ALL_JSON)) {
      assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
    }
  }

  @Test
  void oneReportStillGetsBothFiles(@TempDir Path tmp) throws Exception {
    Path one = tmp.resolve("one");
    SiteBuilder.build(TestSite.write(tmp.resolve("src"), TestSite.valid2021()), one);
    String yearly = text(one.resolve("reports/2023.csv"));
    String data = yearly.substring(yearly.indexOf("\r\n") + 2).replaceAll("(?m)^(?=.)", "2023,2021,");
    assertEquals("\uFEFF年度,格式,表,分组,行,列,数值,是否计算\r\n" + data, text(one.resolve(UrlScheme.REPORTS_ALL_CSV)));
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(mapper.readTree(one.resolve("reports/2023.json").toFile()), mapper.readTree(one.resolve(UrlScheme.REPORTS_ALL_JSON).toFile()).get("reports").get(0));
  }

  static final String COLUMNS = "-- content/columns.yaml --\n- id: policy\n  title: 政策文件\n";

  static String linkingItem(String target) {
    return "-- content/policy/data.md --\n---\ntitle: 历年数据\nindex_no: 123456789X/2024-0100\npublisher: 示例镇\ngenerated: 2024-03-01\n"
        + "published: 2024-03-05\nscope: 全部公开\nchannel: 政府网站\ncolumn: policy\n---\n\n见[历年数据](" + target + ")。\n";
  }

  static String[] check(Path dir, String files) {
    TestSite.write(dir, files);
    StringWriter text = new StringWriter();
    int code = Main.run(new String[] {"check", "--source", dir.toString()}, new PrintWriter(text), new PrintWriter(text));
    return new String[] {String.valueOf(code), text.toString()};
  }

  /** A link to either file passes LINK-01 when the site has a report, and fails when it has none. */
  @Test
  void linksToTheFilesPassLinkCheckOnlyWhenWritten(@TempDir Path tmp) {
    for (String target : List.of("../reports/all.csv", "../reports/all.json")) {
      String[] ok = check(tmp.resolve("with" + target.length() + target.charAt(target.length() - 1)), TestSite.valid2021() + COLUMNS + linkingItem(target));
      assertEquals("0", ok[0], ok[1]);
      String[] none = check(tmp.resolve("none" + target.charAt(target.length() - 1)), "-- content/site.yaml --\n" + TestSite.resource("fixtures/site.yaml") + COLUMNS + linkingItem(target));
      assertTrue(none[1].contains("LINK-01") && none[1].contains(target.substring(3)), none[1]);
    }
  }
}
