package cn.gongkai.check;

import cn.gongkai.diag.SourcePos;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** META-01 for one 索引号: {@code <site unit code>/<year of 公开日期>-<sequence>}, no placeholder code. */
final class IndexNumberRule {
  static final Pattern FORMAT = Pattern.compile("([0-9A-Za-z]+)/(\\d{4})-(\\d+)");

  private IndexNumberRule() {}

  /** Every problem with {@code indexNo}, in Chinese; empty when it is well-formed. */
  static List<String> problems(String indexNo, String unitCode, LocalDate published, int exampleYear) {
    Matcher match = FORMAT.matcher(indexNo);
    if (!match.matches()) {
      return List.of("索引号“" + indexNo + "”格式不对，应为“本单位代码/公开年份-序号”，如 " + unitCode + "/" + exampleYear + "-2030837。");
    }
    List<String> problems = new ArrayList<>();
    String unit = match.group(1);
    int year = Integer.parseInt(match.group(2));
    if (ConfigRules.PLACEHOLDER_UNIT_CODES.contains(unit)) {
      problems.add("索引号“" + indexNo + "”用了占位代码 " + unit + "（国务院办公厅的机构代码），应为本单位代码 " + unitCode + "。");
    } else if (!unit.equals(unitCode)) {
      problems.add("索引号“" + indexNo + "”的单位代码 " + unit + " 与 site.yaml 中的 unit_code " + unitCode + " 不一致。");
    }
    if (published != null && year != published.getYear()) {
      problems.add("索引号“" + indexNo + "”中的年份 " + year + " 应为公开年份 " + published.getYear() + "（公开日期 " + published + "）。");
    }
    return problems;
  }

  /** The duplicate message naming both places. */
  static String duplicate(String indexNo, SourcePos other) {
    return "索引号“" + indexNo + "”与 " + other + " 重复。索引号在全站必须唯一。";
  }
}
