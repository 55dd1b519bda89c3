package cn.gongkai.edit;

import cn.gongkai.diag.Finding;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.report.ReportSchema.ActiveGroup;
import cn.gongkai.report.ReportSchema.ActiveRow;
import cn.gongkai.report.ReportSchema.ApplicationRow;
import cn.gongkai.report.ReportSchema.ReviewGroup;
import cn.gongkai.yaml.YNode;
import cn.gongkai.yaml.YNode.YList;
import cn.gongkai.yaml.YNode.YMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each field's value stands in the YAML text the form wrote (line, column, as the loader reads
 * the same text), so that a finding's position names its field. A cell's place is its own value; a
 * row's place (its list or map, or its {@code ~}) stands for the row's fields; a table written
 * {@code ~} for the table's fields. Of several fields, a 表三 row's finding takes the column the finding
 * names (T3-01 names its column: see {@link ReportForms}), any other the first.
 */
final class FieldPlaces {
  private record Place(int line, int column, List<String> fields) {}

  private final List<Place> places = new ArrayList<>();

  private FieldPlaces() {}

  static FieldPlaces of(YNode root, ReportFormat format) {
    FieldPlaces p = new FieldPlaces();
    if (root instanceof YMap top) {
      for (String key : ReportFields.META) {
        p.add(top.entries().get(key), List.of(key));
      }
      p.active(top.entries().get("active"), format);
      p.applications(top.entries().get("applications"), format);
      p.reviews(top.entries().get("reviews"));
    }
    return p;
  }

  /** The field at the finding's place: the place there, else the nearest before it on its line, else the line's first; else {@code ""}. */
  String field(Finding f) {
    SourcePos pos = f.pos();
    List<Place> line = places.stream().filter(p -> p.line() == pos.line()).toList();
    Place best = line.stream().filter(p -> p.column() == pos.column()).findFirst()
        .or(() -> line.stream().filter(p -> p.column() < pos.column()).reduce((a, b) -> b.column() > a.column() ? b : a))
        .or(() -> line.stream().findFirst())
        .orElse(null);
    return best == null ? "" : pick(best.fields(), f.row());
  }

  private static String pick(List<String> fields, String row) {
    int column = ReportSchema.COLUMNS_WITH_TOTAL.indexOf(row);
    boolean table3 = fields.get(0).startsWith("applications.");
    return table3 && column >= 0 && column < fields.size() && fields.size() <= ReportFields.APPLICANTS + 1 ? fields.get(column) : fields.get(0);
  }

  private void add(YNode node, List<String> fields) {
    if (node != null && !fields.isEmpty()) {
      places.add(new Place(node.pos().line(), node.pos().column(), List.copyOf(fields)));
    }
  }

  private void active(YNode table, ReportFormat format) {
    List<String> all = ReportFields.active(format);
    add(table, all);
    for (ActiveGroup g : ReportSchema.activeGroups(format)) {
      for (ActiveRow row : g.rows()) {
        YNode node = child(table, row.key());
        List<String> names = ReportFields.activeRow(row);
        add(node, names);
        for (int i = 0; i < names.size() && !row.scalar(); i++) {
          add(child(node, row.fields().get(i).key()), List.of(names.get(i)));
        }
      }
    }
  }

  private void applications(YNode table, ReportFormat format) {
    List<String> all = new ArrayList<>();
    for (ApplicationRow row : ReportFields.applicationRows(format)) {
      YNode node = table;
      for (String key : row.path().split("\\.")) {
        node = child(node, key);
      }
      List<String> names = ReportFields.row(row);
      all.addAll(names.subList(0, ReportFields.APPLICANTS));
      if (node instanceof YList list) {
        add(node, names.subList(0, list.items().size()));
        for (int i = 0; i < list.items().size() && i < names.size(); i++) {
          add(list.items().get(i), List.of(names.get(i)));
        }
      } else {
        add(node, names.subList(0, ReportFields.APPLICANTS));
      }
    }
    add(table, all);
  }

  private void reviews(YNode table) {
    List<String> all = new ArrayList<>();
    for (ReviewGroup g : ReportSchema.REVIEW_GROUPS) {
      YNode node = child(table, g.key());
      List<String> names = ReportFields.review(g);
      all.addAll(names.subList(0, names.size() - 1));
      add(node, names.subList(0, names.size() - 1));
      for (String name : names) {
        add(child(node, name.substring(name.lastIndexOf('.') + 1)), List.of(name));
      }
    }
    add(table, all);
  }

  private static YNode child(YNode node, String key) {
    return node instanceof YMap m ? m.entries().get(key) : null;
  }
}
