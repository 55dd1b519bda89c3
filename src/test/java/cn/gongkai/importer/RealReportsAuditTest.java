package cn.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestCli;
import cn.gongkai.TestCli.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code gongkai audit} on the real published reports (import/real/): every error verified by hand in
 * their PROVENANCE.md is found, and the reports known to be clean get no error.
 */
class RealReportsAuditTest {
  private static final Pattern ROW = Pattern.compile("(?m)^(\\S+)\\s+\\S+\\s+(\\d{4})\\s+(2019|2021)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$");

  @Test
  void auditFindsTheKnownErrorsAndNoFalseOnes() throws Exception {
    List<String> args = new ArrayList<>(List.of("audit"));
    for (RealReportsTest.Fixture f : RealReportsTest.fixtures()) {
      if (!f.shape().equals("refused")) {
        args.add(f.source().toString());
      }
    }
    Run r = TestCli.run(args.toArray(String[]::new));
    assertEquals(1, r.code(), r.all());
    String out = r.out().replace(RealReportsTest.REAL + "/", "");
    // 洪泽区 2023: 表四 总计 0 where its parts add to 11, and 5 ≠ 0
    assertTrue(out.contains("错误 T4-01 表四“行政复议”总计填写为 0，但结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 10 + 1 + 0 + 0 = 11。"), out);
    assertTrue(out.contains("错误 T4-01 表四“行政诉讼—复议后起诉”总计填写为 0"), out);
    assertTrue(out.contains("LBL-01 表三的行标签“2.其他法律行政止公开”与规定的“2.其他法律行政法规禁止公开”不同"), out);
    // 洪泽区 2024: the narrative's 17 against the table's 95
    assertTrue(out.contains("警告 TXT-01 叙述中写“受理政府信息公开申请17件”，但表格中“本年新收申请”为 95。"), out);
    // 平潭 2019 (page.html): 规范性文件 89/89/89
    assertTrue(out.matches("(?s).*pingtan-2019/page.html#2019.yaml:\\d+:\\d+: 警告 T2-03 表二“规范性文件”一行各列都是 89.*"), out);
    // 平潭 2020: the published （七）总计 is not the sum of the result rows
    assertTrue(out.contains("错误 T3-02 表三“（七）总计”“自然人”列填写为 20，但各办理结果行之和为 26。"), out);
    // 平潭 2022: 收到 75 against 本年新收 74
    assertTrue(out.matches("(?s).*pingtan-2022/page.html#2022.md:\\d+:\\d+: 警告 TXT-01 叙述中写“收到政府信息公开申请75件”，但表格中“本年新收申请”为 74.*"), out);
    // 平潭 2023 and 2024: 现行有效件数 does not follow from last year's
    assertTrue(out.matches("(?s).*pingtan-2023/page.html#2023.yaml:\\d+:\\d+: 警告 T2-02 表二“行政规范性文件”.*"), out);
    assertTrue(out.matches("(?s).*pingtan-2024/page.html#2024.yaml:\\d+:\\d+: 警告 T2-02 表二“行政规范性文件”.*"), out);

    // Clean tables, read whole: no error at all (淮安市 2024's PDF; 平潭 2019, 2023, 2024 pages).
    Matcher m = ROW.matcher(out);
    int rows = 0;
    while (m.find()) {
      rows++;
      String file = m.group(1);
      int errors = Integer.parseInt(m.group(4));
      int toVerify = Integer.parseInt(m.group(6));
      if (List.of("huaian-2024/szfgs2024.pdf", "pingtan-2019/page.html", "pingtan-2023/page.html", "pingtan-2024/page.html").contains(file)) {
        assertEquals(0, errors, file + "\n" + out);
      }
      if (toVerify > 0) {
        // each 待核对 cell is an error of its own and nothing else is wrong in those glued texts but the known ones
        assertTrue(errors >= toVerify, file);
      }
    }
    assertEquals(args.size() - 1, rows, out);
  }
}
