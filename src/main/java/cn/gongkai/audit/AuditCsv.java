package cn.gongkai.audit;

import cn.gongkai.diag.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The audit as one CSV table for a spreadsheet: UTF-8 with a BOM (so Excel reads the Chinese), CRLF
 * line ends, RFC 4180 quoting. One row per finding, each carrying its report's columns, so the table
 * can be filtered and pivoted as it is; a report with no finding has one row with 级别 “无问题”, a file
 * that could not be imported one row with 级别 “无法导入” and the reason as 说明. Columns: 报告（文件）,
 * 报告主体, 年度, 格式, 错误, 警告, 待核对 (the report's counts, repeated on each of its rows), 级别, 规则,
 * 位置, 说明.
 */
public final class AuditCsv {
  static final List<String> HEADERS = List.of("报告（文件）", "报告主体", "年度", "格式", "错误", "警告", "待核对", "级别", "规则", "位置", "说明");

  private AuditCsv() {}

  public static byte[] bytes(List<Audited> audited) {
    StringBuilder out = new StringBuilder("\uFEFF");
    row(out, HEADERS);
    for (Audited a : audited) {
      List<String> report = a.imported()
          ? List.of(a.file(), a.organ(), a.year() == 0 ? "" : String.valueOf(a.year()), a.format(), String.valueOf(a.errors()),
              String.valueOf(a.warnings()), String.valueOf(a.toVerify()))
          : List.of(a.file(), "", "", "", "", "", "");
      if (!a.imported()) {
        row(out, concat(report, List.of("无法导入", "", "", a.failure())));
      } else if (a.findings().isEmpty()) {
        row(out, concat(report, List.of("无问题", "", "", "")));
      }
      for (Finding f : a.findings()) {
        row(out, concat(report, List.of(f.level().label(), f.rule().id(), f.pos().toString(), AuditPage.message(f))));
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(cells.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * One field, quoted when it holds a comma, quote or line end. A text that a spreadsheet would take
   * for a formula (starting with = + - @, from a file name or a quoted passage of a report) gets a
   * leading apostrophe, so opening the file never runs anything.
   */
  static String field(String s) {
    String v = s.replace("\r\n", "\n");
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
