package cn.gongkai.importer;

import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Level;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.importer.RoundTripReport.Cell;
import cn.gongkai.markdown.Markdown;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.AnnualReport.ActiveEntry;
import cn.gongkai.report.AnnualReport.ApplicationEntry;
import cn.gongkai.report.AnnualReport.ReviewEntry;
import cn.gongkai.report.Narrative;
import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.report.ReportSchema.Field;
import cn.gongkai.yaml.MapReader;
import cn.gongkai.yaml.Num;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Compares a report read back by the importer (and loaded by the real {@code ReportLoader}) with the
 * generated one, cell by cell: every cell must equal the original, or be {@code 待核对} where the shape
 * allows it; a blank stays blank. A different number, a blank read as a number or a number read as
 * blank is wrong.
 */
final class RoundTripCompare {
  /** What one comparison found; {@code problems} are wrong cells, unallowed 待核对 and anything else amiss. */
  record Result(
      int cells, int read, int blank, int toVerify, int unallowed, int wrong, int narrativeOk, int narrative, int metaOk, int metaMissing, int meta,
      List<String> problems) {
    Result plus(Result o) {
      List<String> all = new ArrayList<>(problems);
      all.addAll(o.problems);
      return new Result(
          cells + o.cells, read + o.read, blank + o.blank, toVerify + o.toVerify, unallowed + o.unallowed, wrong + o.wrong, narrativeOk + o.narrativeOk,
          narrative + o.narrative, metaOk + o.metaOk, metaMissing + o.metaMissing, meta + o.meta, all);
    }

    Result withProblem(String problem) {
      List<String> all = new ArrayList<>(problems);
      all.add(problem);
      return new Result(cells, read, blank, toVerify, unallowed, wrong, narrativeOk, narrative, metaOk, metaMissing, meta, all);
    }

    /** Nothing could be compared: every cell counts as wrong. */
    static Result failed(RoundTripReport r, String why) {
      return new Result(r.cells().size(), 0, 0, 0, 0, r.cells().size(), 0, 3, 0, 0, META_FIELDS, List.of(why));
    }
  }

  static final int META_FIELDS = 7;

  private RoundTripCompare() {}

  /**
   * {@code loaded} is the imported report as the loader read it; {@code findings} what loading found
   * (the 待核对 cells are its FMT-03 errors at their positions); {@code mayVerify} where the shape lost
   * information, so that {@code 待核对} is acceptable there.
   */
  static Result compare(RoundTripReport orig, AnnualReport loaded, List<Finding> findings, Predicate<Cell> mayVerify) {
    List<String> problems = new ArrayList<>();
    Set<SourcePos> toVerifyAt = new HashSet<>();
    for (Finding f : findings) {
      if (f.message().contains(MapReader.TO_VERIFY + "：")) {
        toVerifyAt.add(f.pos());
      } else if (f.level() == Level.ERROR && !f.row().isEmpty() && f.message().contains("是空白")) {
        // a blank as published: compared below
      } else if (f.level() == Level.ERROR && f.message().contains("缺少必填项")) {
        // metadata the import did not find: counted below
      } else if (f.level() == Level.ERROR) {
        problems.add("读入时出错：" + f.pos().line() + " 行：" + f.message());
      }
    }
    if (loaded.year() != orig.year()) {
      problems.add("年度读成 " + loaded.year() + "，原为 " + orig.year());
    }
    if (loaded.format() != orig.format()) {
      problems.add("格式读成 " + loaded.format().id() + "，原为 " + orig.format().id());
      return new Result(orig.cells().size(), 0, 0, 0, 0, orig.cells().size(), 0, 3, 0, 0, META_FIELDS, problems);
    }
    int read = 0;
    int blank = 0;
    int toVerify = 0;
    int unallowed = 0;
    int wrong = 0;
    int wrongAt = 0; // wrong cells listed first: they matter most
    for (Cell c : orig.cells()) {
      Num n = imported(loaded, c);
      boolean verify = n.toVerify();
      String where = where(c);
      if (verify) {
        toVerify++;
        if (!mayVerify.test(c)) {
          unallowed++;
          problems.add(where + "：待核对，但这种形式保留了这一格（原为 " + show(c.value()) + "）");
        }
      } else if (c.blank()) {
        if (n.isBlank()) {
          blank++;
        } else {
          wrong++;
          problems.add(wrongAt++, where + "：原表空白，读成 " + show(n.value()));
        }
      } else if (n.isBlank()) {
        wrong++;
        problems.add(wrongAt++, where + "：原为 " + show(c.value()) + "，读成空白");
      } else if (n.value().compareTo(c.value()) != 0) {
        wrong++;
        problems.add(wrongAt++, where + "：原为 " + show(c.value()) + "，读成 " + show(n.value()));
      } else {
        read++;
      }
    }
    List<String> totals = new ArrayList<>();
    wrong += declaredTotals(orig, loaded, toVerifyAt, totals);
    problems.addAll(wrongAt, totals);
    int narrativeOk = 0;
    String[] original = {orig.s1(), orig.s5(), orig.s6()};
    int[] numbers = {1, 5, 6};
    for (int i = 0; i < 3; i++) {
      String got = loaded.narrative().section(numbers[i]).map(Narrative.Section::markdown).orElse(null);
      if (got != null && normal(got).equals(normal(original[i]))) {
        narrativeOk++;
      } else {
        problems.add("叙述第 " + numbers[i] + " 节不同：原为“" + original[i] + "”，读成“" + got + "”");
      }
    }
    int[] meta = meta(orig, loaded, problems);
    return new Result(orig.cells().size(), read, blank, toVerify, unallowed, wrong, narrativeOk, 3, meta[0], meta[1], META_FIELDS, problems);
  }

  /**
   * 索引号, 发布机构, 生成日期, 公开日期, 公开范围, 公开方式 and 落款日期: each read as published, or not
   * found (an empty field the webmaster fills in, counted), never different.
   */
  private static int[] meta(RoundTripReport orig, AnnualReport loaded, List<String> problems) {
    String published = (orig.year() + 1) + "-01-15";
    String[][] fields = {
      {"索引号", orig.indexNo(), loaded.meta().indexNo()},
      {"发布机构", "示例镇", loaded.meta().publisher()},
      {"生成日期", published, String.valueOf(loaded.meta().generated())},
      {"公开日期", published, String.valueOf(loaded.meta().published())},
      {"公开范围", "全部公开", loaded.meta().scope()},
      {"公开方式", "政府网站", loaded.meta().channel()},
      {"落款日期", (orig.year() + 1) + "-01-14", String.valueOf(loaded.signedOn())},
    };
    int ok = 0;
    int missing = 0;
    for (String[] f : fields) {
      if (f[2] == null || f[2].isEmpty() || f[2].equals("null")) {
        missing++;
      } else if (f[2].equals(f[1])) {
        ok++;
      } else {
        problems.add(f[0] + "读成“" + f[2] + "”，原为“" + f[1] + "”");
      }
    }
    return new int[] {ok, missing};
  }

  /** A declared total the importer wrote (7th number, {@code total}) must be the page's total (or 待核对). */
  private static int declaredTotals(RoundTripReport orig, AnnualReport loaded, Set<SourcePos> toVerifyAt, List<String> problems) {
    int wrong = 0;
    for (ApplicationEntry e : loaded.applications().rows()) {
      if (e.declaredTotal() != null) {
        wrong += total("表三“" + e.row().fullLabel() + "”总计", orig.applicationRow(e.row().path()).get(6), e.declaredTotal(), toVerifyAt, problems);
      }
    }
    ApplicationEntry t = loaded.applications().declaredResultsTotal();
    if (t != null) {
      List<BigDecimal> expected = resultsTotal(orig);
      for (int i = 0; i < 6; i++) {
        wrong += total("表三“（七）总计”" + ReportSchema.APPLICANT_COLUMNS.get(i), expected.get(i), t.cells().get(i), toVerifyAt, problems);
      }
      if (t.declaredTotal() != null) {
        wrong += total("表三“（七）总计”总计", expected.get(6), t.declaredTotal(), toVerifyAt, problems);
      }
    }
    for (ReviewEntry e : loaded.reviews().groups()) {
      if (e.declaredTotal() != null) {
        wrong += total("表四“" + e.group().label() + "”总计", orig.reviewGroup(e.group().key()).get(4), e.declaredTotal(), toVerifyAt, problems);
      }
    }
    return wrong;
  }

  private static int total(String what, BigDecimal expected, Num got, Set<SourcePos> toVerifyAt, List<String> problems) {
    if (got.toVerify()) {
      return 0;
    }
    boolean same = expected == null ? got.isBlank() : !got.isBlank() && got.value().compareTo(expected) == 0;
    if (same) {
      return 0;
    }
    problems.add(what + "：页面上为 " + show(expected) + "，读成 " + show(got.value()));
    return 1;
  }

  /** （七）总计 per column as the page shows it: blank where a result row is blank. */
  static List<BigDecimal> resultsTotal(RoundTripReport orig) {
    List<BigDecimal> sums = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      sums.add(BigDecimal.ZERO);
    }
    for (ReportSchema.ApplicationRow r : ReportSchema.applicationRows(orig.format())) {
      if (r.isResult()) {
        List<BigDecimal> row = orig.applicationRow(r.path());
        for (int i = 0; i < 7; i++) {
          sums.set(i, AnnualReport.add(sums.get(i), row.get(i)));
        }
      }
    }
    return sums;
  }

  /** The imported report's cell for the original's {@code c}. */
  static Num imported(AnnualReport loaded, Cell c) {
    switch (c.table()) {
      case 2 -> {
        ActiveEntry e = loaded.active().rows().stream().filter(x -> x.row().key().equals(c.row())).findFirst().orElseThrow();
        List<String> keys = e.row().fields().stream().map(Field::key).toList();
        return e.values().get(keys.indexOf(c.col()));
      }
      case 3 -> {
        ApplicationEntry e = loaded.applications().rows().stream().filter(x -> x.row().path().equals(c.row())).findFirst().orElseThrow();
        return e.cells().get(Integer.parseInt(c.col()));
      }
      default -> {
        ReviewEntry e = loaded.reviews().groups().stream().filter(x -> x.group().key().equals(c.row())).findFirst().orElseThrow();
        List<String> keys = ReportSchema.REVIEW_COLUMNS.stream().map(Field::key).toList();
        return e.values().get(keys.indexOf(c.col()));
      }
    }
  }

  /** The row label a cell stands on in the page (table 四, which has no row label: its header “行政复议”). */
  static String label(ReportFormat format, Cell c) {
    return switch (c.table()) {
      case 2 -> ReportSchema.activeGroups(format).stream().flatMap(g -> g.rows().stream()).filter(x -> x.key().equals(c.row())).findFirst().orElseThrow().label();
      case 3 -> ReportSchema.applicationRows(format).stream().filter(x -> x.path().equals(c.row())).findFirst().orElseThrow().label();
      default -> "行政复议";
    };
  }

  static String where(Cell c) {
    String col = c.table() == 3 ? ReportSchema.APPLICANT_COLUMNS.get(Integer.parseInt(c.col())) : c.col();
    return "表" + "　二三四".charAt(c.table() - 1) + " " + c.row() + " " + col;
  }

  private static String show(BigDecimal v) {
    return v == null ? "空白" : Num.plain(v);
  }

  /** Narrative text compared without authoring comments and whitespace, with （）：，； half-width (the seed's copy turned them so). */
  static String normal(String s) {
    return FlattenShapes.halfWidth(Markdown.stripComments(s)).replaceAll("\\s+", "");
  }

  // ---------------------------------------------------------------- where a shape may leave 待核对

  /**
   * Glued digits of a row ({@code values} with its total last, none blank) split uniquely into that many
   * numbers whose last is the sum of the others? Counted independently of the importer: every split
   * without leading zeros.
   */
  static boolean uniqueSplit(List<BigDecimal> values) {
    StringBuilder digits = new StringBuilder();
    for (BigDecimal v : values) {
      if (v == null) {
        return false;
      }
      digits.append(v.toPlainString());
    }
    return splits(digits.toString(), 0, values.size(), 0L, 2) == 1;
  }

  /** The number of ways (capped at {@code cap}) to split {@code s[from..]} into {@code parts} numbers, the last equal to {@code sum} plus the others. */
  private static int splits(String s, int from, int parts, long sum, int cap) {
    int lastMax = s.length() - from - (parts - 1);
    if (lastMax <= 0 || (lastMax < 18 && sum >= POW10[lastMax])) {
      return 0; // the total cannot be as large as the numbers before it already sum to
    }
    if (parts == 1) {
      String last = s.substring(from);
      if ((last.length() > 1 && last.charAt(0) == '0') || last.length() > 15) {
        return 0;
      }
      return Long.parseLong(last) == sum ? 1 : 0;
    }
    int found = 0;
    for (int end = from + 1; end <= s.length() - (parts - 1) && end - from <= 15; end++) {
      if (end - from > 1 && s.charAt(from) == '0') {
        break;
      }
      found += splits(s, end, parts - 1, sum + Long.parseLong(s.substring(from, end)), cap - found);
      if (found >= cap) {
        return found;
      }
    }
    return found;
  }

  private static final long[] POW10 = new long[18];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }
}
