package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  @Test
  void csvIsUtf8WithBomOneLinePerTableRow() throws Exception {
    byte[] bytes = Files.readAllBytes(out.resolve("reports/2023.csv"));
    assertEquals(0xEF, bytes[0] & 0xff);
    assertEquals(0xBB, bytes[1] & 0xff);
    assertEquals(0xBF, bytes[2] & 0xff);
    List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
    // 表二: a header line per group plus its rows (3 + 2 + 3 + 2); 表三: header + 25 rows; 表四: header + 1 row.
    assertEquals(10 + 26 + 2, lines.size());
    assertTrue(lines.contains("表二 主动公开政府信息情况,第二十条第（一）项,行政规范性文件,2,1,5"), lines.toString());
    assertTrue(lines.contains("表三 收到和处理政府信息公开申请情况,,一、本年新收政府信息公开申请数量,5,1,0,0,0,1,7"), lines.toString());
    assertTrue(lines.contains("表三 收到和处理政府信息公开申请情况,三、本年度办理结果—（三）不予公开,4.保护第三方合法权益,1,0,0,0,0,0,1"), lines.toString());
    assertTrue(lines.get(lines.size() - 2).contains("行政诉讼—未经复议直接起诉—尚未审结"));
    assertEquals("表四 政府信息公开行政复议、行政诉讼情况,,本年度,1,0,0,0,1,0,0,0,1,1,0,0,0,0,0", lines.get(lines.size() - 1));
  }

  @Test
  void reportPageLinksBothFiles() {
    String page = TestSite.read(out.resolve("reports/2023/index.html"));
    assertTrue(page.contains("href=\"../2023.csv\""));
    assertTrue(page.contains("href=\"../2023.json\""));
  }
}
