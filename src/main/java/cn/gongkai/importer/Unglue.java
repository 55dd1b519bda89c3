package cn.gongkai.importer;

import cn.gongkai.importer.SourceDoc.Line;
import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.report.ReportSchema.ActiveGroup;
import cn.gongkai.report.ReportSchema.ApplicationRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A whole report on one line (a page's text saved with every cell glued to the next, shape 5): cut
 * before and after each section title, and, in the tables, before each official row label, group
 * title and the header of table 四, so that the reader sees one row per line. Only exact labels (in
 * their comparison form) cut; digits before a label that starts with its ordinal (“…00000002.其他…”)
 * stay with the row before it, since the ordinal is one digit.
 */
final class Unglue {
  private Unglue() {}

  private static final int LONG = 300;

  static List<Line> lines(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    for (Line l : lines) {
      String text = String.join(" ", l.cells());
      if (l.table() || text.length() < LONG || !text.contains("第二十条第")) {
        out.add(l);
        continue;
      }
      for (String piece : cut(text)) {
        if (!piece.isBlank()) {
          out.add(new Line(l.number(), List.of(piece.strip()), false));
        }
      }
    }
    return out;
  }

  private static final List<String> TITLES = ReportSchema.SECTION_TITLES;

  static List<String> cut(String text) {
    Text.Norm norm = Text.Norm.of(text);
    String n = norm.text();
    Set<Integer> cuts = new TreeSet<>();
    int tablesFrom = n.indexOf(Text.norm("第二十条第"));
    int tablesTo = n.length();
    for (String title : TITLES) {
      String t = Text.norm(title);
      int at = n.indexOf(t);
      int len = t.length();
      if (at < 0) {
        // a one-character typo in the title (“四、政府信息公开行政法复议、…”): cut there as well, but
        // only where the title's ordinal is followed by a text this close, and only once
        int found = -1;
        int count = 0;
        for (int o = n.indexOf(t.substring(0, 2)); o >= 0; o = n.indexOf(t.substring(0, 2), o + 1)) {
          for (int l = t.length() - 1; l <= t.length() + 1; l++) {
            if (o + l <= n.length() && cn.gongkai.report.Narrative.withinOne(n.substring(o, o + l), t) && !n.substring(o, o + l).matches(".*[。,;；].*")) {
              if (found != o) {
                count++;
              }
              found = o;
              len = l;
              break;
            }
          }
        }
        at = count == 1 ? found : -1;
      }
      if (at >= 0) {
        cuts.add(at);
        cuts.add(at + len);
        if (title.startsWith("五、") && at > tablesFrom) {
          tablesTo = at;
        }
      }
    }
    List<String> labels = new ArrayList<>(LABELS);
    labels.sort(Comparator.comparingInt(String::length).reversed());
    boolean[] taken = new boolean[n.length()];
    for (String label : labels) {
      int from = Math.max(0, tablesFrom);
      while (true) {
        int at = n.indexOf(label, from);
        if (at < 0 || at >= tablesTo) {
          break;
        }
        boolean free = true;
        for (int i = at; i < at + label.length(); i++) {
          free &= !taken[i];
        }
        if (free) {
          for (int i = at; i < at + label.length(); i++) {
            taken[i] = true;
          }
          cuts.add(at);
        }
        from = at + 1;
      }
    }
    List<String> pieces = new ArrayList<>();
    int last = 0;
    for (int c : cuts) {
      int raw = c >= norm.raw().length ? text.length() : norm.raw()[c];
      if (raw > last) {
        pieces.add(text.substring(last, raw));
        last = raw;
      }
    }
    pieces.add(text.substring(last));
    return pieces;
  }

  /** Whether an official label (or table 四's header) starts at {@code at} in {@code s}. */
  static boolean startsLabel(String s, int at) {
    String rest = Text.norm(s.substring(at, Math.min(s.length(), at + 60)));
    for (String l : LABELS) {
      if (rest.startsWith(l)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> LABELS = labels();

  private static Set<String> labels() {
    Set<String> out = new LinkedHashSet<>();
    for (ReportFormat f : ReportFormat.values()) {
      for (ActiveGroup g : ReportSchema.activeGroups(f)) {
        out.add(Text.norm(g.title()));
        g.rows().forEach(r -> out.add(Text.norm(r.label())));
      }
      for (ApplicationRow r : ReportSchema.applicationRows(f)) {
        out.add(Text.norm(r.label()));
        if (r.labels().size() == 3) {
          out.add(Text.norm(r.labels().get(1)));
        }
      }
    }
    out.add(Text.norm(ReportSchema.RESULTS_TOTAL));
    out.add(Text.norm(ReportSchema.TABLE3_NOTE));
    out.add(Text.norm("行政复议行政诉讼"));
    out.add(Text.norm("信息内容"));
    out.add(Text.norm(ReportSchema.RESULTS));
    return out;
  }
}
