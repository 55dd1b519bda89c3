package cn.gongkai.scaffold;

import cn.gongkai.config.SiteConfig;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportSchema.ActiveGroup;
import cn.gongkai.report.ReportSchema.ActiveRow;
import cn.gongkai.report.ReportSchema.ApplicationRow;
import cn.gongkai.report.ReportSchema.Field;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.yaml.Num;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the text of a new year's report in the format its year requires (2019 format up to 2020, 2021
 * format from 2021, see {@link ReportFormat#requiredFor}): every row present and zero, the figures that
 * carry over taken from last year's report, placeholders that {@code check} rejects until filled in.
 *
 * <p>What carries over, where last year has it (and it is not blank): 表三 二、上年结转 from last year's
 * 四、结转下年度继续办理 (both formats have the same table); 2021 format, 现行有效件数 from last year's
 * 现行有效件数 (a 2021-format year only: the 2019 format's 对外公开总数量 counts something else); 2019
 * format, 对外公开总数量 from last year's 对外公开总数量 (a 2019-format year) and each 上一年项目数量 from last
 * year's 上一年项目数量 + 本年增/减 (last year's number of items at the year's end).
 */
public final class ReportScaffold {
  public static final String PLACEHOLDER = "待填写";

  private ReportScaffold() {}

  public static String yaml(int year, SiteConfig site, Optional<AnnualReport> lastYear) {
    ReportFormat format = ReportFormat.requiredFor(year);
    StringBuilder y = new StringBuilder();
    int pubYear = year + 1;
    y.append("# ").append(year).append(" 年度政府信息公开工作年度报告数据（")
        .append(format == ReportFormat.F2021 ? "2021 年格式，国办公开办函〔2021〕30号" : "2019 年试行格式，国办公开办函〔2019〕60号")
        .append("）。\n");
    y.append("# 每一格都要填写：没有就填 0（空白不等于 0）。填好后运行 check 检查，再运行 build 生成页面。\n");
    y.append("year: ").append(year).append('\n');
    y.append("format: \"").append(format.id()).append("\"\n");
    y.append("organ: ").append(site.organ()).append("            # 报告主体\n");
    y.append("publisher: ").append(site.publisher()).append("            # 发布机构\n");
    y.append("index_no: ").append(site.unitCode()).append('/').append(pubYear).append('-').append(PLACEHOLDER)
        .append("   # 索引号：把“").append(PLACEHOLDER).append("”换成序号\n");
    y.append("generated: ").append(PLACEHOLDER).append("           # 生成日期，如 ").append(pubYear).append("-01-20\n");
    y.append("published: ").append(PLACEHOLDER).append("           # 公开日期，应不晚于 ").append(pubYear).append("-01-31\n");
    y.append("scope: 全部公开\n");
    y.append("channel: 政府网站\n");
    y.append("# signed_on: ").append(pubYear).append("-01-20          # 落款日期（可选）\n\n");

    y.append("# 二、主动公开政府信息情况\n");
    y.append("active:\n");
    for (ActiveGroup g : ReportSchema.activeGroups(format)) {
      for (ActiveRow row : g.rows()) {
        y.append("  ").append(row.key()).append(": ");
        if (row.scalar()) {
          y.append("0");
          y.append("   # ").append(g.title()).append(" ").append(row.label()).append("：").append(row.fields().get(0).label());
        } else {
          List<String> cells = new ArrayList<>();
          String carriedNote = "";
          for (Field f : row.fields()) {
            String value = "0";
            Optional<String> last = carried(format, lastYear, row.key(), f.key());
            if (last.isPresent()) {
              value = last.get();
              carriedNote = carriedNote(f.key(), year - 1);
            }
            cells.add(f.key() + ": " + value);
          }
          y.append("{").append(String.join(", ", cells)).append("}");
          y.append("   # ").append(g.title()).append(" ").append(row.label()).append("：")
              .append(row.fields().stream().map(Field::label).collect(Collectors.joining("/")));
          y.append(carriedNote);
          if (row.key().equals(ReportSchema.REGULATIONS)) {
            y.append("（乡镇、街道无规章制定权，应全为 0）");
          }
        }
        y.append('\n');
      }
    }
    y.append("\n# 三、收到和处理政府信息公开申请情况。每行六个数依次为：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他。\n");
    y.append("# 总计由程序计算，不用填。勾稽关系：一 + 二 = 三（七）总计 + 四。\n");
    y.append("applications:\n");
    String openGroup = null;
    boolean inResults = false;
    for (ApplicationRow row : ReportSchema.applicationRows(format)) {
      String[] parts = row.path().split("\\.");
      String cells = "[0, 0, 0, 0, 0, 0]";
      String note = row.label();
      if (row.equals(ReportSchema.CARRIED_OVER_ROW) && lastYear.isPresent()) {
        var forward = lastYear.get().applications().carriedForward();
        if (forward.hasBlank()) {
          note += "（" + (year - 1) + " 年度“结转下年度继续办理”原表未填写，请按实际填写）";
        } else {
          cells = "[" + forward.cells().stream().map(Num::plain).collect(Collectors.joining(", ")) + "]";
          note += "（已按 " + (year - 1) + " 年度“结转下年度继续办理”填入）";
        }
      }
      if (parts.length == 1) {
        y.append("  ").append(parts[0]).append(": ").append(cells).append("   # ").append(note).append('\n');
        continue;
      }
      if (!inResults) {
        y.append("  results:                      # ").append(ReportSchema.RESULTS).append('\n');
        inResults = true;
      }
      if (parts.length == 2) {
        y.append("    ").append(parts[1]).append(": ").append(cells).append("   # ").append(note).append('\n');
        openGroup = null;
      } else {
        if (!parts[1].equals(openGroup)) {
          y.append("    ").append(parts[1]).append(":                   # ").append(row.labels().get(1)).append('\n');
          openGroup = parts[1];
        }
        y.append("      ").append(parts[2]).append(": ").append(cells).append("   # ").append(note).append('\n');
      }
    }
    y.append("\n# 四、政府信息公开行政复议、行政诉讼情况（总计由程序计算）\n");
    y.append("reviews:\n");
    for (ReportSchema.ReviewGroup g : ReportSchema.REVIEW_GROUPS) {
      y.append("  ").append(g.key()).append(": {upheld: 0, corrected: 0, other: 0, pending: 0}   # ")
          .append(g.parent().isEmpty() ? "" : g.parent() + "—").append(g.label()).append("：结果维持/结果纠正/其他结果/尚未审结\n");
    }
    return y.toString();
  }

  /**
   * The value of column {@code field} of table-二 row {@code key} carried from last year, when the field
   * carries over (see the class comment), last year is in the format that has it, and it is not blank.
   */
  private static Optional<String> carried(ReportFormat format, Optional<AnnualReport> lastYear, String key, String field) {
    if (lastYear.isEmpty() || lastYear.get().format() != format) {
      return Optional.empty();
    }
    Optional<AnnualReport.ActiveEntry> row = lastYear.get().active().rows().stream().filter(e -> e.row().key().equals(key)).findFirst();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    if (format == ReportFormat.F2021) {
      return field.equals(ReportSchema.IN_FORCE.key()) ? plain(value(row.get(), field)) : Optional.empty();
    }
    if (field.equals("total")) {
      return plain(value(row.get(), "total"));
    }
    if (field.equals("previous")) {
      Optional<BigDecimal> previous = value(row.get(), "previous");
      Optional<BigDecimal> change = value(row.get(), "change");
      return previous.isPresent() && change.isPresent() && previous.get().add(change.get()).signum() >= 0
          ? plain(Optional.of(previous.get().add(change.get())))
          : Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<BigDecimal> value(AnnualReport.ActiveEntry entry, String field) {
    return entry.row().fields().stream()
        .filter(f -> f.key().equals(field))
        .findFirst()
        .map(entry::value)
        .filter(n -> !n.isBlank())
        .map(Num::value);
  }

  private static Optional<String> plain(Optional<BigDecimal> v) {
    return v.map(Num::plain);
  }

  private static String carriedNote(String field, int lastYear) {
    return switch (field) {
      case "in_force" -> "；现行有效件数已按 " + lastYear + " 年度结转，请加上本年制发、减去本年废止";
      case "total" -> "；对外公开总数量已按 " + lastYear + " 年度填入，请加上本年新公开数量";
      default -> "；上一年项目数量已按 " + lastYear + " 年度（上一年项目数量加本年增/减）填入";
    };
  }

  public static String markdown(int year) {
    boolean fees = ReportFormat.requiredFor(year) == ReportFormat.F2021;
    List<String> titles = ReportSchema.SECTION_TITLES;
    return "<!-- " + year + " 年度年报的叙述部分。用“## ”开头的二级标题分为六个部分，标题不要改动。\n"
        + "     二、三、四部分的表格由 " + year + ".yaml 自动生成，标题下可以写说明文字，也可以不写。\n"
        + "     像这样的 HTML 注释只给编写人员看，不会发布；填写时可以删除。 -->\n\n"
        + "## " + titles.get(0) + "\n\n"
        + "<!-- 概述本年度政府信息公开工作：主动公开、依申请公开、政府信息管理、平台建设、监督保障（含工作考核、社会评议和责任追究结果情况）。 -->\n\n"
        + "## " + titles.get(1) + "\n\n"
        + "## " + titles.get(2) + "\n\n"
        + "## " + titles.get(3) + "\n\n"
        + "## " + titles.get(4) + "\n\n"
        + "<!-- 写明本年度工作存在的主要问题和改进措施，以及上一年度问题的改进情况。 -->\n\n"
        + "## " + titles.get(5) + "\n\n"
        + (fees
            ? "<!-- 写明信息处理费的收取情况，如“本年度未收取信息处理费。”；没有其他需要报告的事项时写“无。”。 -->\n"
            : "<!-- 没有其他需要报告的事项时写“无。”。 -->\n");
  }
}
