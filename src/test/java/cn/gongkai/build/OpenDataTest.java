package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report tables as JSON and CSV, from the 2021-format fixture (non-zero figures). */
class OpenDataTest {
  @TempDir static Path dir;
  static Path out;

  @BeforeAll
  static void build() throws Exception {
    Path site = TestSite.write(dir.resolve("src"), TestSite.valid2021());
    out = dir.resolve("out");
    SiteBuilder.build(site, out);
  }

  @Test
  void jsonHasEveryCellWithOfficialLabelsAndComputedTotals() throws Exception {
    JsonNode root = new ObjectMapper().readTree(out.resolve("reports/2023.json").toFile());
    assertEquals(2023, root.get("year").asInt());
    assertEquals("2021", root.get("format").asText());
    assertEquals("123456789X/2024-0001", root.get("index_no").asText());
    JsonNode t2 = root.get("tables").get(0);
    assertEquals("表二 主动公开政府信息情况", t2.get("table").asText());
    JsonNode fees = t2.get("groups").get(3).get("rows").get(0);
    assertEquals("行政事业性收费", fees.get("label").asText());
    assertEquals("本年收费金额（单位：万元）", fees.get("cells").get(0).get("column").get(0).asText());
    assertEquals("0.092", fees.get("cells").get(0).get("value").asText());

    JsonNode t3 = root.get("tables").get(1);
    assertEquals(25, t3.get("rows").size());
    JsonNode received = t3.get("rows").get(0);
    assertEquals("一、本年新收政府信息公开申请数量", received.get("labels").get(0).asText());
    JsonNode total = received.get("cells").get(6);
    assertEquals(List.of("申请人情况", "总计"), List.of(total.get("column").get(0).asText(), total.get("column").get(1).asText()));
    assertEquals(7, total.get("value").asInt());
    assertTrue(total.get("computed").asBoolean());
    JsonNode business = received.get("cells").get(1);
    assertEquals("法人或其他组织", business.get("column").get(1).asText());
    assertEquals("商业企业", business.get("column").get(2).asText());
    JsonNode results = t3.get("rows").get(23);
    assertEquals("（七）总计", results.get("labels").get(1).asText());
    assertEquals(7, results.get("cells").get(6).get("value").asInt());

    JsonNode t4 = root.get("tables").get(2).get("cells");
    assertEquals(15, t4.size());
    assertEquals("行政诉讼", t4.get(9).get("column").get(0).asText());
    assertEquals("未经复议直接起诉", t4.get(9).get("column").get(1).asText());
    assertEquals("总计", t4.get(9).get("column").get(2).asText());
    assertEquals(1, t4.get(9).get("value").asInt());
  }

  static final List<String> HEADER = List.of("表", "分组", "行", "列", "数值", "是否计算");

  /**
   * The records of a CSV file, checked on the way: UTF-8 with BOM, every line ended by CRLF (no bare LF
   * or CR), RFC 4180 quoting, exactly one header line, and six fields on every line.
   */
  static List<List<String>> csvRecords(Path file) throws Exception {
    return csvRecords(file, HEADER);
  }

  /** The same, for a file whose header is {@code header}: that many fields on every line. */
  static List<List<String>> csvRecords(Path file, List<String> header) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    assertEquals(0xEF, bytes[0] & 0xff);
    assertEquals(0xBB, bytes[1] & 0xff);
    assertEquals(0xBF, bytes[2] & 0xff);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\r\n"), "last line ends with CRLF");
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        assertEquals(0, field.length(), "a quote inside an unquoted field at " + i);
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\r') {
        assertEquals('\n', text.charAt(i + 1), "CR without LF at " + i);
        i++;
        fields.add(field.toString());
        field.setLength(0);
        records.add(List.copyOf(fields));
        fields.clear();
      } else {
        assertTrue(c != '\n', "LF without CR at " + i);
        field.append(c);
      }
    }
    assertEquals(header, records.get(0));
    for (List<String> r : records) {
      assertEquals(header.size(), r.size(), r.toString());
    }
    assertEquals(1, records.stream().filter(header::equals).count(), "one header line");
    return records;
  }

  @Test
  void csvIsOneTidyTableOneLinePerCell() throws Exception {
    List<List<String>> csv = csvRecords(out.resolve("reports/2023.csv"));
    // header; 表二 2021: 3 + 3 + 1 + 1 + 1 + 1 cells; 表三: 25 rows × 7; 表四: 15
    assertEquals(1 + 10 + 25 * 7 + 15, csv.size());
    assertEquals(List.of("表二 主动公开政府信息情况", "第二十条第（一）项", "行政规范性文件", "现行有效件数", "5", "否"), csv.get(6));
    assertTrue(csv.contains(List.of("表二 主动公开政府信息情况", "第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）", "0.092", "否")));
    assertTrue(csv.contains(List.of("表三 收到和处理政府信息公开申请情况", "", "一、本年新收政府信息公开申请数量", "自然人", "5", "否")));
    assertTrue(csv.contains(List.of("表三 收到和处理政府信息公开申请情况", "", "一、本年新收政府信息公开申请数量", "法人或其他组织—商业企业", "1", "否")));
    assertTrue(csv.contains(List.of("表三 收到和处理政府信息公开申请情况", "", "一、本年新收政府信息公开申请数量", "总计", "7", "是")));
    assertTrue(csv.contains(List.of("表三 收到和处理政府信息公开申请情况", "三、本年度办理结果—（三）不予公开", "4.保护第三方合法权益", "自然人", "1", "否")));
    assertTrue(csv.contains(List.of("表三 收到和处理政府信息公开申请情况", "三、本年度办理结果", "（七）总计", "自然人", "5", "是")));
    assertTrue(csv.contains(List.of("表四 政府信息公开行政复议、行政诉讼情况", "行政复议", "行政复议", "结果维持", "1", "否")));
    assertEquals(List.of("表四 政府信息公开行政复议、行政诉讼情况", "行政诉讼", "复议后起诉", "总计", "0", "是"), csv.get(csv.size() - 1));
    assertTrue(csv.contains(List.of("表四 政府信息公开行政复议、行政诉讼情况", "行政诉讼", "未经复议直接起诉", "尚未审结", "1", "否")));
  }

  /** Cells blank as published (acknowledged) and a 2019-format 本年增/减 of -2. */
  @Test
  void blankIsNullAndEmptyAndSignedChangeIsAPlainNumber(@TempDir Path tmp) throws Exception {
    String site =
        TestSite.valid2021()
            .replace("signed_on: 2024-01-19\n", "signed_on: 2024-01-19\nacknowledged:\n  - rule: FMT-03\n    reason: 按原文存档\n")
            .replace("received:     [5, 1, 0, 0, 0, 1]", "received:     [5, ~, 0, 0, 0, 1]")
            .replace("  licensing: 12\n", "  licensing: ~\n")
            .replace("  review:                  {upheld: 1, corrected: 0, other: 0, pending: 0}", "  review:                  {upheld: 1, corrected: ~, other: 0, pending: 0}");
    Path blankOut = tmp.resolve("blank");
    SiteBuilder.build(TestSite.write(tmp.resolve("src"), site), blankOut);
    JsonNode root = new ObjectMapper().readTree(blankOut.resolve("reports/2023.json").toFile());
    JsonNode received = root.get("tables").get(1).get("rows").get(0).get("cells");
    assertEquals(5, received.get(0).get("value").asInt());
    assertTrue(received.get(1).has("value") && received.get(1).get("value").isNull());
    assertTrue(received.get(6).get("value").isNull(), "a total of a blank is blank");
    assertTrue(received.get(6).get("computed").asBoolean());
    JsonNode resultsTotal = root.get("tables").get(1).get("rows").get(23).get("cells");
    assertEquals(1, resultsTotal.get(1).get("value").asInt(), "（七）总计 has no blank row in this column");
    JsonNode licensing = root.get("tables").get(0).get("groups").get(1).get("rows").get(0).get("cells").get(0);
    assertTrue(licensing.get("value").isNull());
    JsonNode t4 = root.get("tables").get(2).get("cells");
    assertTrue(t4.get(1).get("value").isNull());
    assertTrue(t4.get(4).get("value").isNull(), "行政复议 总计 depends on the blank");
    assertEquals(1, t4.get(9).get("value").asInt(), "未经复议直接起诉 总计 does not");

    List<List<String>> csv = csvRecords(blankOut.resolve("reports/2023.csv"));
    assertTrue(csv.contains(List.of("表三 收到和处理政府信息公开申请情况", "", "一、本年新收政府信息公开申请数量", "法人或其他组织—商业企业", "", "否")));
    assertTrue(csv.contains(List.of("表三 收到和处理政府信息公开申请情况", "", "一、本年新收政府信息公开申请数量", "总计", "", "是")));
    assertTrue(csv.contains(List.of("表二 主动公开政府信息情况", "第二十条第（五）项", "行政许可", "本年处理决定数量", "", "否")));
    assertTrue(csv.contains(List.of("表四 政府信息公开行政复议、行政诉讼情况", "行政复议", "行政复议", "总计", "", "是")));
    assertFalse(csv.stream().anyMatch(r -> r.get(4).equals("0") && r.get(3).equals("法人或其他组织—商业企业") && r.get(2).startsWith("一、")));

    // 2019 format: 本年增/减 -2 and +97 are plain numbers in CSV and JSON
    String yaml2019 =
        TestSite.read(TestSite.REPO.resolve("content/reports/2022.yaml"))
            .replace("licensing:           {previous: 0, change: 0, decisions: 0}", "licensing:           {previous: 3, change: -2, decisions: 1}");
    String site2019 =
        "-- content/site.yaml --\n" + TestSite.read(TestSite.REPO.resolve("content/site.yaml"))
            + "-- content/reports/2022.yaml --\n" + yaml2019
            + "-- content/reports/2022.md --\n" + TestSite.read(TestSite.REPO.resolve("content/reports/2022.md"));
    Path out2019 = tmp.resolve("out2019");
    SiteBuilder.build(TestSite.write(tmp.resolve("src2019"), site2019), out2019);
    List<List<String>> csv2019 = csvRecords(out2019.resolve("reports/2022.csv"));
    assertTrue(csv2019.contains(List.of("表二 主动公开政府信息情况", "第二十条第（五）项", "行政许可", "本年增/减", "-2", "否")), csv2019.toString());
    assertTrue(csv2019.contains(List.of("表二 主动公开政府信息情况", "第二十条第（五）项", "其他对外管理服务事项", "本年增/减", "97", "否")));
    assertFalse(csv2019.stream().anyMatch(r -> r.get(4).startsWith("+")));
    JsonNode json2019 = new ObjectMapper().readTree(out2019.resolve("reports/2022.json").toFile());
    JsonNode change = json2019.get("tables").get(0).get("groups").get(1).get("rows").get(0).get("cells").get(1);
    assertEquals("本年增/减", change.get("column").get(0).asText());
    assertTrue(change.get("value").isIntegralNumber());
    assertEquals(-2, change.get("value").asInt());
    String page = TestSite.read(out2019.resolve("reports/2022/index.html"));
    assertTrue(page.matches("(?s).*<td headers=\"[^\"]+\" class=\"num\">-2</td>.*") && page.contains("<dd>-2</dd>"), "-2 on the page");
    assertTrue(page.matches("(?s).*<td headers=\"[^\"]+\" class=\"num\">\\+97</td>.*") && page.contains("<dd>+97</dd>"), "+97 on the page");
  }

  @Test
  void reportPageLinksBothFiles() {
    String page = TestSite.read(out.resolve("reports/2023/index.html"));
    assertTrue(page.contains("href=\"../2023.csv\""));
    assertTrue(page.contains("href=\"../2023.json\""));
  }
}
