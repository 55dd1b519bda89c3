package cn.gongkai.edit;

import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.report.ReportSchema.ActiveGroup;
import cn.gongkai.report.ReportSchema.ActiveRow;
import cn.gongkai.report.ReportSchema.ApplicationRow;
import cn.gongkai.report.ReportSchema.ReviewGroup;
import cn.gongkai.yaml.YNode;
import cn.gongkai.yaml.YNode.YList;
import cn.gongkai.yaml.YNode.YMap;
import cn.gongkai.yaml.YNode.YScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the form's fields from a report's parsed YAML: each value as written ({@code ~} and nothing as
 * {@code ""}, {@code 待核对} and any other text as it stands). A declared total becomes a field only
 * where the file has it. A value of the wrong shape (a list where a number belongs) gives {@code ""}.
 */
final class FormReader {
  private final Map<String, String> out = new LinkedHashMap<>();

  private FormReader() {}

  static Map<String, String> read(YNode root, ReportFormat format, List<String> sections) {
    FormReader r = new FormReader();
    YMap top = root instanceof YMap m ? m : new YMap(Map.of(), Map.of(), root.pos());
    for (String key : ReportFields.META) {
      r.out.put(key, text(top.entries().get(key)));
    }
    r.active(top.entries().get("active"), format);
    r.applications(top.entries().get("applications"), format);
    r.reviews(top.entries().get("reviews"));
    for (int n = 1; n <= ReportFields.SECTIONS; n++) {
      r.out.put(ReportFields.section(n), sections.get(n - 1));
    }
    return r.out;
  }

  /** The format a file declares, else the one its year requires. */
  static ReportFormat format(YNode root, int year) {
    if (root instanceof YMap m && m.entries().get("format") instanceof YScalar s && ReportFormat.byId(s.text().strip()) != null) {
      return ReportFormat.byId(s.text().strip());
    }
    return ReportFormat.requiredFor(year);
  }

  private void active(YNode table, ReportFormat format) {
    for (ActiveGroup g : ReportSchema.activeGroups(format)) {
      for (ActiveRow row : g.rows()) {
        YNode node = child(table, row.key());
        List<String> names = ReportFields.activeRow(row);
        if (row.scalar()) {
          out.put(names.get(0), text(node));
          continue;
        }
        for (int i = 0; i < names.size(); i++) {
          out.put(names.get(i), text(child(node, row.fields().get(i).key())));
        }
      }
    }
  }

  private void applications(YNode table, ReportFormat format) {
    for (ApplicationRow row : ReportFields.applicationRows(format)) {
      YNode node = table;
      for (String key : row.path().split("\\.")) {
        node = child(node, key);
      }
      boolean declaredRow = !row.equals(ReportSchema.RESULTS_TOTAL_ROW) || node != null;
      List<String> names = ReportFields.row(row);
      int size = node instanceof YList l ? l.items().size() : 0;
      for (int i = 0; i < names.size(); i++) {
        if (declaredRow && (i < ReportFields.APPLICANTS || size > ReportFields.APPLICANTS)) {
          out.put(names.get(i), node instanceof YList l && i < size ? text(l.items().get(i)) : "");
        }
      }
    }
  }

  private void reviews(YNode table) {
    for (ReviewGroup g : ReportSchema.REVIEW_GROUPS) {
      YNode node = child(table, g.key());
      List<String> names = ReportFields.review(g);
      for (int i = 0; i < names.size(); i++) {
        String key = names.get(i).substring(names.get(i).lastIndexOf('.') + 1);
        YNode cell = child(node, key);
        if (i < names.size() - 1 || cell != null) {
          out.put(names.get(i), text(cell));
        }
      }
    }
  }

  private static YNode child(YNode node, String key) {
    return node instanceof YMap m ? m.entries().get(key) : null;
  }

  /** A scalar's text as written; {@code ""} for blank, nothing, or a value that is not a scalar. */
  static String text(YNode node) {
    if (node instanceof YScalar s && s.kind() != YScalar.Kind.NULL && s.kind() != YScalar.Kind.EMPTY) {
      return s.text();
    }
    return "";
  }
}
