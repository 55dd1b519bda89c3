package cn.gongkai.importer;

import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.report.ReportSchema.ActiveGroup;
import cn.gongkai.report.ReportSchema.ActiveRow;
import cn.gongkai.report.ReportSchema.ApplicationRow;
import cn.gongkai.report.ReportSchema.Field;
import cn.gongkai.report.ReportSchema.ReviewGroup;
import cn.gongkai.yaml.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random valid annual report (synthetic data, clearly so: organ 示例县示例镇人民政府, invented
 * sentences) for the round-trip property test: every data cell of tables 二, 三 and 四 in the
 * declared format, some left blank as published ({@code ~}, acknowledged under FMT-03), and the
 * narrative sections 一, 五 and 六. Totals are not stored (the page computes them); T3-01 holds in
 * every column without a blank, so the report builds.
 */
record RoundTripReport(
    long seed, int year, ReportFormat format, List<Cell> cells, Map<String, Boolean> blankTables, String s1, String s5, String s6) {

  /** Table 2, 3 or 4; {@code row} the YAML row key (table 三: its path), {@code col} the column key or index; null value = blank. */
  record Cell(int table, String row, String col, BigDecimal value) {
    String key() {
      return table + ":" + row + ":" + col;
    }

    boolean blank() {
      return value == null;
    }
  }

  static final String ORGAN = "示例县示例镇人民政府";

  /** One report for {@code year}; the format is the year's, or now and then (like the seed) 2019 after 2020, acknowledged. */
  static RoundTripReport generate(long seed, int year) {
    Random rnd = new Random(seed);
    ReportFormat format = ReportFormat.requiredFor(year);
    if (year >= 2021 && rnd.nextInt(8) == 0) {
      format = ReportFormat.F2019;
    }
    List<Cell> cells = new ArrayList<>();
    // Table 二. Township organ: 规章 stays 0 (T2-01) except now and then, acknowledged.
    boolean regulations = rnd.nextInt(8) == 0;
    for (ActiveGroup g : ReportSchema.activeGroups(format)) {
      for (ActiveRow row : g.rows()) {
        for (Field f : row.fields()) {
          BigDecimal v;
          if (row.key().equals(ReportSchema.REGULATIONS) && !regulations) {
            v = BigDecimal.ZERO;
          } else if (f.kind() == ValueKind.AMOUNT) {
            v = amount(rnd);
          } else if (f.kind() == ValueKind.SIGNED) {
            v = BigDecimal.valueOf((long) count(rnd) * (rnd.nextBoolean() ? 1 : -1));
          } else {
            v = BigDecimal.valueOf(count(rnd));
          }
          cells.add(new Cell(2, row.key(), f.key(), v));
        }
      }
    }
    // Table 三: result rows and carried-over/-forward at random, 本年新收 chosen so that T3-01 holds.
    List<ApplicationRow> rows = ReportSchema.applicationRows(format);
    Map<String, long[]> values = new LinkedHashMap<>();
    long[] results = new long[6];
    boolean busy = rnd.nextInt(4) > 0;
    for (ApplicationRow r : rows) {
      long[] v = new long[6];
      for (int i = 0; i < 6; i++) {
        v[i] = busy || rnd.nextInt(4) == 0 ? sparse(rnd, i) : 0;
      }
      values.put(r.path(), v);
      if (r.isResult()) {
        for (int i = 0; i < 6; i++) {
          results[i] += v[i];
        }
      }
    }
    long[] received = values.get(ReportSchema.RECEIVED_ROW.path());
    long[] over = values.get(ReportSchema.CARRIED_OVER_ROW.path());
    long[] forward = values.get(ReportSchema.CARRIED_FORWARD_ROW.path());
    for (int i = 0; i < 6; i++) {
      received[i] = results[i] + forward[i] - over[i];
      if (received[i] < 0) {
        over[i] += received[i];
        received[i] = 0;
      }
    }
    for (ApplicationRow r : rows) {
      long[] v = values.get(r.path());
      for (int i = 0; i < 6; i++) {
        cells.add(new Cell(3, r.path(), Integer.toString(i), BigDecimal.valueOf(v[i])));
      }
    }
    // Table 四.
    for (ReviewGroup g : ReportSchema.REVIEW_GROUPS) {
      for (Field f : ReportSchema.REVIEW_COLUMNS) {
        cells.add(new Cell(4, g.key(), f.key(), BigDecimal.valueOf(rnd.nextInt(3) == 0 ? count(rnd) : 0)));
      }
    }
    // Blank as published: now and then a few cells, a row or a whole table.
    Map<String, Boolean> blankTables = new LinkedHashMap<>(Map.of("active", false, "applications", false, "reviews", false));
    if (rnd.nextInt(4) == 0) {
      int kind = rnd.nextInt(4);
      if (kind == 0) {
        String table = List.of("active", "applications", "reviews").get(rnd.nextInt(3));
        blankTables.put(table, true);
        int t = table.equals("active") ? 2 : table.equals("applications") ? 3 : 4;
        cells.replaceAll(c -> c.table() == t ? new Cell(t, c.row(), c.col(), null) : c);
      } else if (kind == 1) {
        Cell pick = cells.get(rnd.nextInt(cells.size()));
        cells.replaceAll(c -> c.table() == pick.table() && c.row().equals(pick.row()) ? new Cell(c.table(), c.row(), c.col(), null) : c);
      } else {
        for (int n = 1 + rnd.nextInt(3); n > 0; n--) {
          int i = rnd.nextInt(cells.size());
          Cell c = cells.get(i);
          cells.set(i, new Cell(c.table(), c.row(), c.col(), null));
        }
      }
    }
    return new RoundTripReport(
        seed, year, format, List.copyOf(cells), Map.copyOf(blankTables), Sentences.paragraphs(rnd, year, 1 + rnd.nextInt(3)),
        Sentences.problems(rnd), Sentences.other(rnd, format));
  }

  /** Mostly small: 0 half the time, some tens, now and then thousands (1234). */
  private static int count(Random rnd) {
    int p = rnd.nextInt(100);
    if (p < 50) {
      return 0;
    } else if (p < 85) {
      return 1 + rnd.nextInt(9);
    } else if (p < 95) {
      return 10 + rnd.nextInt(90);
    }
    return 100 + rnd.nextInt(rnd.nextBoolean() ? 900 : 9900);
  }

  /** Table 三 counts: mostly 0, natural persons more often. */
  private static long sparse(Random rnd, int column) {
    int p = rnd.nextInt(100);
    int zero = column == 0 ? 55 : 80;
    if (p < zero) {
      return 0;
    }
    return count(rnd) + (rnd.nextInt(10) == 0 ? 1000 : 0);
  }

  /** 收费金额 / 采购总金额 in 万元: 0, whole, or with up to three decimals (0.092, 7730.28). */
  private static BigDecimal amount(Random rnd) {
    int p = rnd.nextInt(10);
    if (p < 3) {
      return BigDecimal.ZERO;
    } else if (p < 5) {
      return BigDecimal.valueOf(count(rnd));
    }
    int scale = 1 + rnd.nextInt(3);
    long unscaled = 1 + rnd.nextInt(rnd.nextBoolean() ? 999 : 999_999);
    return BigDecimal.valueOf(unscaled, scale).stripTrailingZeros();
  }

  /** The value of a cell, by key. */
  BigDecimal value(int table, String row, String col) {
    for (Cell c : cells) {
      if (c.table() == table && c.row().equals(row) && c.col().equals(col)) {
        return c.value();
      }
    }
    throw new IllegalArgumentException(table + ":" + row + ":" + col);
  }

  boolean hasBlank() {
    return cells.stream().anyMatch(Cell::blank);
  }

  /** Whether any cell of the row (table 四: of the whole one-row table) is blank. */
  boolean rowHasBlank(int table, String row) {
    return cells.stream().anyMatch(c -> c.table() == table && (table == 4 || c.row().equals(row)) && c.blank());
  }

  /** The table-三 row's six columns and computed 总计 as rendered (null = blank). */
  List<BigDecimal> applicationRow(String path) {
    List<BigDecimal> out = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < 6; i++) {
      BigDecimal v = value(3, path, Integer.toString(i));
      out.add(v);
      sum = v == null || sum == null ? null : sum.add(v);
    }
    out.add(sum);
    return out;
  }

  /** The table-四 group's four columns and computed 总计 (null = blank). */
  List<BigDecimal> reviewGroup(String key) {
    List<BigDecimal> out = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Field f : ReportSchema.REVIEW_COLUMNS) {
      BigDecimal v = value(4, key, f.key());
      out.add(v);
      sum = v == null || sum == null ? null : sum.add(v);
    }
    out.add(sum);
    return out;
  }

  // ---------------------------------------------------------------- YAML and Markdown (spec §2)

  static final String UNIT_CODE = "123456789X";

  /** 索引号: the site's unit code, the year published, a sequence distinct per year. */
  String indexNo() {
    return UNIT_CODE + "/" + (year + 1) + "-" + String.format("%04d", year % 100 + 1);
  }

  String yaml() {
    StringBuilder y = new StringBuilder();
    y.append("# 往返测试用随机数据（虚构），种子 ").append(seed).append("。\n");
    y.append("year: ").append(year).append('\n');
    y.append("format: \"").append(format.id()).append("\"\n");
    y.append("organ: ").append(ORGAN).append('\n');
    y.append("publisher: 示例镇\n");
    y.append("index_no: ").append(indexNo()).append('\n');
    y.append("generated: ").append(year + 1).append("-01-15\n");
    y.append("published: ").append(year + 1).append("-01-15\n");
    y.append("scope: 全部公开\nchannel: 政府网站\n");
    y.append("signed_on: ").append(year + 1).append("-01-14\n");
    List<String> acks = new ArrayList<>();
    if (format != ReportFormat.requiredFor(year)) {
      acks.add("FMT-01");
    }
    if (hasBlank()) {
      acks.add("FMT-03");
    }
    if (cells.stream().anyMatch(c -> c.table() == 2 && c.row().equals(ReportSchema.REGULATIONS) && c.value() != null && c.value().signum() != 0)) {
      acks.add("T2-01");
    }
    if (!acks.isEmpty()) {
      y.append("acknowledged:\n");
      for (String a : acks) {
        y.append("  - rule: ").append(a).append("\n    reason: 往返测试：随机生成的数据按原样保留。\n");
      }
    }
    y.append('\n');
    // 二
    if (blankTables.get("active")) {
      y.append("active: ~\n");
    } else {
      y.append("active:\n");
      for (ActiveGroup g : ReportSchema.activeGroups(format)) {
        for (ActiveRow row : g.rows()) {
          y.append("  ").append(row.key()).append(": ");
          if (row.scalar()) {
            y.append(num(value(2, row.key(), row.fields().get(0).key())));
          } else if (row.fields().stream().allMatch(f -> value(2, row.key(), f.key()) == null) && rowBlankAsWhole(2, row.key())) {
            y.append("~");
          } else {
            List<String> parts = new ArrayList<>();
            for (Field f : row.fields()) {
              parts.add(f.key() + ": " + num(value(2, row.key(), f.key())));
            }
            y.append("{").append(String.join(", ", parts)).append("}");
          }
          y.append('\n');
        }
      }
    }
    // 三
    if (blankTables.get("applications")) {
      y.append("applications: ~\n");
    } else {
      y.append("applications:\n");
      String open = "";
      for (ApplicationRow r : ReportSchema.applicationRows(format)) {
        String[] parts = r.path().split("\\.");
        String prefix = String.join(".", Arrays.copyOf(parts, parts.length - 1));
        if (!prefix.equals(open)) {
          String[] have = open.isEmpty() ? new String[0] : open.split("\\.");
          for (int i = 0; i < parts.length - 1; i++) {
            if (i >= have.length || !have[i].equals(parts[i])) {
              y.append("  ".repeat(i + 1)).append(parts[i]).append(":\n");
              have = new String[0];
            }
          }
          open = prefix;
        }
        y.append("  ".repeat(parts.length)).append(parts[parts.length - 1]).append(": ");
        if (rowBlankAsWhole(3, r.path())) {
          y.append("~");
        } else {
          List<String> v = new ArrayList<>();
          for (int i = 0; i < 6; i++) {
            v.add(num(value(3, r.path(), Integer.toString(i))));
          }
          y.append("[").append(String.join(", ", v)).append("]");
        }
        y.append('\n');
      }
    }
    // 四
    if (blankTables.get("reviews")) {
      y.append("reviews: ~\n");
    } else {
      y.append("reviews:\n");
      for (ReviewGroup g : ReportSchema.REVIEW_GROUPS) {
        List<String> parts = new ArrayList<>();
        for (Field f : ReportSchema.REVIEW_COLUMNS) {
          parts.add(f.key() + ": " + num(value(4, g.key(), f.key())));
        }
        y.append("  ").append(g.key()).append(": {").append(String.join(", ", parts)).append("}\n");
      }
    }
    return y.toString();
  }

  /** A row written {@code ~} as a whole: every cell blank (the generator blanks rows whole, or a few cells). */
  private boolean rowBlankAsWhole(int table, String row) {
    return cells.stream().filter(c -> c.table() == table && c.row().equals(row)).allMatch(Cell::blank);
  }

  private static String num(BigDecimal v) {
    return v == null ? "~" : v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }

  String markdown() {
    StringBuilder m = new StringBuilder();
    List<String> titles = ReportSchema.SECTION_TITLES;
    String[] bodies = {s1, "", "", "", s5, s6};
    for (int i = 0; i < 6; i++) {
      m.append("## ").append(titles.get(i)).append("\n\n");
      if (!bodies[i].isEmpty()) {
        m.append(bodies[i]).append("\n\n");
      }
    }
    return m.toString();
  }

  /** Short description for failure messages. */
  @Override
  public String toString() {
    return "种子 " + seed + "（" + year + " 年，" + format.id() + " 格式" + (hasBlank() ? "，含空白" : "") + "）";
  }

  /** Invented sentences for the narrative (synthetic, so nothing is claimed as real). */
  static final class Sentences {
    private static final List<String> POOL =
        List.of(
            "本年度示例镇坚持以公开为常态、不公开为例外，持续推进政务公开标准化规范化建设。",
            "镇政府将政务公开工作纳入年度重点工作，明确专人负责信息发布和审核。",
            "通过政府网站、政务新媒体和公开栏等渠道及时发布各类政府信息。",
            "围绕乡村振兴、民生保障和安全生产等重点领域加大信息公开力度。",
            "严格落实信息发布前的保密审查，确保公开内容准确、规范。",
            "进一步完善依申请公开受理、登记、办理和答复流程，按时答复申请人。",
            "组织机关干部参加政务公开业务培训，提升工作人员的业务能力。",
            "在便民服务中心设置政府信息查阅点，方便群众现场查阅。",
            "对重要政策文件同步开展解读，帮助群众准确理解政策内容。",
            "定期检查专栏内容，及时更新过期信息，保持栏目内容完整。");

    static String paragraphs(Random rnd, int year, int n) {
      List<String> out = new ArrayList<>();
      for (int p = 0; p < n; p++) {
        StringBuilder s = new StringBuilder(p == 0 ? "示例镇" + year + "年政府信息公开工作总体平稳有序。" : "");
        for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
          s.append(POOL.get(rnd.nextInt(POOL.size())));
        }
        out.add(s.toString());
      }
      return String.join("\n\n", out);
    }

    static String problems(Random rnd) {
      return "一是信息公开的及时性还需提高，部分栏目更新不够及时。二是政策解读形式较为单一，群众参与度不高。\n\n"
          + "下一步，我们将" + POOL.get(rnd.nextInt(POOL.size()));
    }

    static String other(Random rnd, ReportFormat format) {
      if (format == ReportFormat.F2021) {
        return rnd.nextBoolean() ? "本年度未收取信息处理费。" : "本年度未收取信息处理费。" + POOL.get(rnd.nextInt(POOL.size()));
      }
      return rnd.nextBoolean() ? "无。" : POOL.get(rnd.nextInt(POOL.size()));
    }
  }
}
