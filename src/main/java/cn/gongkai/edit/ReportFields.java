package cn.gongkai.edit;

import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.report.ReportSchema.ActiveGroup;
import cn.gongkai.report.ReportSchema.ActiveRow;
import cn.gongkai.report.ReportSchema.ApplicationRow;
import cn.gongkai.report.ReportSchema.Field;
import cn.gongkai.report.ReportSchema.ReviewGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * The field names of the 年报 form (the common design): metadata keys, {@code active.<row>[.<field>]},
 * {@code applications.<path>.<i>}, {@code reviews.<group>.<col>}, {@code section.N}. The declared totals
 * (a row's 7th number {@code .6}, the （七）总计 row {@code applications.results.total.<i>}, a group's
 * {@code reviews.<group>.total}) are optional: a form has them only where the file declares them.
 */
final class ReportFields {
  static final List<String> META = List.of("title", "organ", "publisher", "index_no", "generated", "published", "scope", "channel", "signed_on");
  static final List<String> DATES = List.of("generated", "published", "signed_on");
  static final int SECTIONS = ReportSchema.SECTION_TITLES.size();
  static final int APPLICANTS = ReportSchema.APPLICANT_COLUMNS.size();

  private ReportFields() {}

  /** Every field a form of {@code format} always has, in file order. */
  static List<String> required(ReportFormat format) {
    return all(format).stream().filter(n -> !optional(n)).toList();
  }

  /** Every field a form of {@code format} may have, the declared totals included, in file order. */
  static List<String> all(ReportFormat format) {
    List<String> out = new ArrayList<>(META);
    out.addAll(active(format));
    for (ApplicationRow row : applicationRows(format)) {
      out.addAll(row(row));
    }
    out.addAll(reviews());
    for (int n = 1; n <= SECTIONS; n++) {
      out.add(section(n));
    }
    return List.copyOf(out);
  }

  static boolean optional(String name) {
    return name.startsWith("applications.results.total.") || name.endsWith(".6") && name.startsWith("applications.")
        || name.startsWith("reviews.") && name.endsWith(".total");
  }

  static String section(int n) {
    return "section." + n;
  }

  /** The table-二 fields of {@code row}: one for a scalar row, one per column otherwise. */
  static List<String> activeRow(ActiveRow row) {
    if (row.scalar()) {
      return List.of("active." + row.key());
    }
    return row.fields().stream().map(f -> "active." + row.key() + "." + f.key()).toList();
  }

  static List<String> active(ReportFormat format) {
    List<String> out = new ArrayList<>();
    for (ActiveGroup g : ReportSchema.activeGroups(format)) {
      for (ActiveRow r : g.rows()) {
        out.addAll(activeRow(r));
      }
    }
    return out;
  }

  /** The table-三 rows in file order: the format's rows with （七）总计 before 四、结转下年度继续办理, as written. */
  static List<ApplicationRow> applicationRows(ReportFormat format) {
    List<ApplicationRow> rows = new ArrayList<>(ReportSchema.applicationRows(format));
    rows.add(rows.size() - 1, ReportSchema.RESULTS_TOTAL_ROW);
    return rows;
  }

  /** The seven fields of a table-三 row: six applicant columns and the declared 总计 ({@code .6}). */
  static List<String> row(ApplicationRow row) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i <= APPLICANTS; i++) {
      out.add(cell(row, i));
    }
    return out;
  }

  static String cell(ApplicationRow row, int i) {
    return "applications." + row.path() + "." + i;
  }

  /** Table 四: the four counted columns and the declared 总计 of each group. */
  static List<String> reviews() {
    List<String> out = new ArrayList<>();
    for (ReviewGroup g : ReportSchema.REVIEW_GROUPS) {
      out.addAll(review(g));
    }
    return out;
  }

  static List<String> review(ReviewGroup g) {
    List<String> out = new ArrayList<>();
    for (Field f : ReportSchema.REVIEW_COLUMNS) {
      out.add("reviews." + g.key() + "." + f.key());
    }
    out.add("reviews." + g.key() + ".total");
    return out;
  }
}
