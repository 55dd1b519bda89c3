package cn.gongkai.importer;

import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.importer.Cells.Row;
import cn.gongkai.importer.SourceDoc.Line;
import cn.gongkai.importer.Tokens.Tok;
import cn.gongkai.importer.Tokens.Type;
import cn.gongkai.yaml.ValueKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of one table (二 or 三) from its lines. The text before each run of numbers is matched
 * to the official rows in their official order: the row expected next, or a few rows further on when
 * one is missing. Sequence is what makes tolerance safe: a typo can only be taken for the row whose
 * place it is in. Every tolerance beyond the silent ones of {@link Text.Norm} is an LBL-01 finding.
 */
final class TableReader {
  /** One official row: key path, label (as in the schema), what its columns hold, its own totals. */
  record Spec(String path, String label, List<ValueKind> kinds, Cells.Totals totals, String group) {
    String norm() {
      return Text.norm(label);
    }
  }

  /** What was read: a row per path (in official order), a comment addition per path (the original label). */
  record Result(Map<String, Row> rows, Map<String, String> labelNotes) {}

  /** Rows further on than the expected one that a label may match (the ones between are then missing). */
  private static final int LOOKAHEAD = 4;
  private static final double ACCEPT = 0.4;
  private static final double ACCEPT_FURTHER = 0.2;

  private final String doc;
  private final String table;
  private final List<Spec> specs;
  private final List<String> headerWords;
  private final List<String> groups;
  private final List<Finding> findings;

  /** A run of label text and the cells that follow it. */
  private static final class Segment {
    final StringBuilder raw = new StringBuilder();
    final List<Integer> rawLine = new ArrayList<>();
    final List<Tok> cells = new ArrayList<>();
    int firstLine;

    void label(Tok t) {
      if (raw.length() == 0) {
        firstLine = t.line();
      }
      raw.append(t.text());
      for (int i = 0; i < t.text().length(); i++) {
        rawLine.add(t.line());
      }
    }
  }

  TableReader(String doc, String table, List<Spec> specs, List<String> headerWords, List<String> groups, List<Finding> findings) {
    this.doc = doc;
    this.table = table;
    this.specs = specs;
    this.headerWords = headerWords.stream().map(Text::norm).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    this.groups = groups.stream().map(Text::norm).toList();
    this.findings = findings;
  }

  /**
   * The segments of {@code lines}: a new one starts at label text that follows numbers, or at a table
   * row that starts with label text. Empty cells of a row holding only labels are padding of a header
   * or of a label split from its numbers: numbers on a later row take their place.
   */
  private static List<Segment> segments(List<Line> lines) {
    List<Segment> out = new ArrayList<>();
    Segment cur = new Segment();
    for (Line line : lines) {
      boolean labelOnLine = false;
      for (String cell : line.cells()) {
        for (Tok t : Tokens.of(cell, line.number(), line.table())) {
          if (t.type() == Type.LABEL) {
            boolean onlyBlank = cur.cells.stream().allMatch(c -> c.type() == Type.BLANK);
            if (!cur.cells.isEmpty() && (!onlyBlank || (line.table() && !labelOnLine))) {
              out.add(cur);
              cur = new Segment();
            } else if (!cur.cells.isEmpty()) {
              cur.cells.clear(); // empty cells between two labels of one row
            }
            cur.label(t);
            labelOnLine = true;
          } else if (t.type() != Type.BLANK || labelOnLine) {
            // an empty cell before the row's label (a corner cell of a header row) is not a data cell
            if (t.type() != Type.BLANK && !cur.cells.isEmpty() && cur.cells.stream().allMatch(c -> c.type() == Type.BLANK && c.line() != t.line())) {
              cur.cells.clear(); // the label's row was empty; its numbers are on this row
            }
            if (cur.cells.isEmpty() && cur.raw.length() == 0) {
              cur.firstLine = t.line();
            }
            cur.cells.add(t);
          }
        }
      }
    }
    if (cur.raw.length() > 0 || !cur.cells.isEmpty()) {
      out.add(cur);
    }
    return out;
  }

  Result read(List<Line> lines) {
    List<Segment> segs = segments(lines);
    int n = specs.size();
    List<List<Tok>> assigned = new ArrayList<>();
    boolean[] found = new boolean[n];
    Map<Integer, Row> fixed = new LinkedHashMap<>();
    Map<String, String> notes = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      assigned.add(new ArrayList<>());
    }
    int p = 0;
    int current = -1;
    String tail = null;
    int tailOwner = -1;
    String tailRaw = "";
    int tailLine = 0;
    for (int si = 0; si < segs.size(); si++) {
      Segment seg = withoutGroupPieces(segs.get(si));
      String raw = seg.raw.toString();
      Text.Norm nt = Text.Norm.of(raw);
      String t = nt.text();
      int offset = 0;
      if (tail != null && !t.isEmpty()) {
        if (t.startsWith(tail)) {
          offset = tail.length(); // the wrapped tail of the previous row's label: silent
        } else {
          incomplete(tailOwner, tailRaw, tailLine, notes);
        }
        tail = null;
      }
      String rest = t.substring(offset);
      // A group title (（六）其他处理) with numbers of its own, where the format has sub-rows.
      int group = groupAt(rest, p);
      if (group >= 0 && !seg.cells.isEmpty()) {
        String groupTitle = specs.get(p).group();
        int end = p;
        while (end < n && groupTitle.equals(specs.get(end).group())) {
          end++;
        }
        int line = lineAt(seg, nt, t.length() - 1);
        if (si + 1 < segs.size() && matchesRow(segs.get(si + 1), p)) {
          findings.add(Finding.of(Rule.LBL_01, pos(line),
              table + "“" + groupTitle + "”一行填了数字（" + Cells.raw(seg.cells) + "），规定格式中这一行没有数字，未录入；其下各行照常读取。"));
          notes.merge(specs.get(p).path(), "原文“" + groupTitle + "”一行另有数字：" + Cells.raw(seg.cells) + "（未录入）", (a, b) -> a + "；" + b);
          current = -1;
          continue;
        }
        Spec first = specs.get(p);
        Row one = Cells.resolve(seg.cells, first.kinds(), first.totals());
        boolean zeros = one.cells().stream().allMatch(c -> c.kind() == Cells.Kind.READ && c.value().equals("0"));
        findings.add(Finding.of(Rule.LBL_01, pos(line),
            table + "“" + groupTitle + "”按规定分 " + (end - p) + " 行，原文只有一行（" + Cells.raw(seg.cells) + "）。"
                + (zeros ? "这一行全为 0，其下各行都只能是 0，已按 0 录入。" : "无法分到各行，各行记为待核对。")));
        for (int j = p; j < end; j++) {
          found[j] = true;
          fixed.put(j, zeros ? new Row(one.cells(), "原文“" + groupTitle + "”只有一行，全为 0") : Row.verify(first.kinds().size(), "原文“" + groupTitle + "”只有一行：“" + Cells.raw(seg.cells) + "”"));
        }
        p = end;
        current = -1;
        continue;
      }
      if (isOnlyHeader(rest)) {
        attach(seg, current, assigned);
        continue;
      }
      int best = -1;
      Align bestAlign = null;
      for (int j = p; j < Math.min(n, p + LOOKAHEAD + 1); j++) {
        Align a = Align.of(specs.get(j).norm(), rest);
        double limit = j == p ? ACCEPT : ACCEPT_FURTHER;
        if (a.ratio() <= limit && (bestAlign == null || a.ratio() < bestAlign.ratio())) {
          best = j;
          bestAlign = a;
        }
        if (bestAlign != null && bestAlign.ratio() == 0) {
          break;
        }
      }
      if (best < 0 && isHeaderFragments(rest)) {
        attach(seg, current, assigned); // header words broken over cells (“商业企” / “业”)
        continue;
      }
      if (best < 0) {
        int line = seg.firstLine;
        findings.add(Finding.of(Rule.LBL_01, pos(line),
            table + "中的文字“" + raw.strip() + "”对应不到规定格式的任何一行"
                + (seg.cells.isEmpty() ? "。" : "，其后的数字（" + Cells.raw(seg.cells) + "）未录入。")
                + (p < n ? "此处应为“" + specs.get(p).label() + "”。" : "")));
        current = -1;
        continue;
      }
      for (int j = p; j < best; j++) {
        notes.merge(specs.get(j).path(), "原文中没有找到这一行", (a, b) -> a + "；" + b);
      }
      Spec spec = specs.get(best);
      int start = offset + bestAlign.start();
      String debris = rest.substring(0, bestAlign.start());
      String leftover = stripHeaders(debris);
      if (isHeaderFragments(leftover)) {
        leftover = "";
      }
      int labelFrom = start;
      if (!leftover.isEmpty() && debris.endsWith(leftover)) {
        labelFrom = offset + debris.length() - leftover.length(); // unknown words right before the label: part of it
      }
      String original = rawSlice(raw, nt, labelFrom, t.length());
      int line = lineAt(seg, nt, labelFrom);
      if (bestAlign.distance() > 0 || labelFrom < start) {
        String kind = bestAlign.full() ? "" : "（不完整）";
        findings.add(Finding.of(Rule.LBL_01, pos(line),
            table + "的行标签“" + original + "”" + kind + "与规定的“" + spec.label() + "”不同；按行的顺序对应到“" + spec.label() + "”一行。"));
        notes.merge(spec.path(), "原文标签：“" + original + "”", (a, b) -> a + "；" + b);
      } else if (!leftover.isEmpty() && !debris.endsWith(leftover)) {
        findings.add(Finding.of(Rule.LBL_01, pos(seg.firstLine), table + "中有对应不到任何一行的文字“" + leftover + "”（在“" + spec.label() + "”之前）。"));
      }
      if (!bestAlign.full()) {
        tail = spec.norm().substring(bestAlign.matched());
        tailOwner = best;
        tailRaw = original;
        tailLine = line;
      }
      found[best] = true;
      current = best;
      p = best + 1;
      attach(seg, current, assigned);
    }
    if (tail != null) {
      incomplete(tailOwner, tailRaw, tailLine, notes);
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    for (int j = 0; j < n; j++) {
      Spec s = specs.get(j);
      Row row;
      if (fixed.containsKey(j)) {
        row = fixed.get(j);
      } else if (!found[j]) {
        row = Row.verify(s.kinds().size(), "");
        notes.merge(s.path(), "原文中没有找到这一行", (a, b) -> a.contains(b) ? a : a + "；" + b);
      } else {
        row = Cells.resolve(assigned.get(j), s.kinds(), s.totals());
      }
      rows.put(s.path(), row);
    }
    return new Result(rows, notes);
  }

  /**
   * The segment without the pieces of a group title that a PDF scatters between the rows of its
   * group (“（三）不” … “予公开”): a head of the title with its ordinal, or a tail of three or more
   * characters that no row label contains. Silent: they are the group's own label, wrapped.
   */
  private Segment withoutGroupPieces(Segment seg) {
    String raw = seg.raw.toString();
    Text.Norm nt = Text.Norm.of(raw);
    String t = nt.text();
    boolean[] cut = new boolean[t.length()];
    boolean any = false;
    for (String g : groups) {
      if (t.contains(g)) {
        continue; // the whole title: handled as a title
      }
      for (int k = g.length() - 1; k >= 2; k--) {
        any |= mark(t, g.substring(0, k), cut, g.startsWith("(") && k >= 4);
        String tailPiece = g.substring(g.length() - k);
        any |= mark(t, tailPiece, cut, k >= 3 && k < g.length() - 2 && specs.stream().noneMatch(sp -> sp.norm().contains(tailPiece)));
      }
    }
    if (!any) {
      return seg;
    }
    boolean[] rawCut = new boolean[raw.length()];
    for (int i = 0; i < t.length(); i++) {
      if (cut[i]) {
        rawCut[nt.raw()[i]] = true;
      }
    }
    Segment out = new Segment();
    out.firstLine = seg.firstLine;
    for (int i = 0; i < raw.length(); i++) {
      if (!rawCut[i]) {
        out.raw.append(raw.charAt(i));
        out.rawLine.add(seg.rawLine.get(i));
      }
    }
    out.cells.addAll(seg.cells);
    return out;
  }

  private static boolean mark(String t, String piece, boolean[] cut, boolean allowed) {
    if (!allowed) {
      return false;
    }
    boolean found = false;
    for (int at = t.indexOf(piece); at >= 0; at = t.indexOf(piece, at + 1)) {
      boolean free = true;
      for (int i = at; i < at + piece.length(); i++) {
        free &= !cut[i];
      }
      if (free) {
        for (int i = at; i < at + piece.length(); i++) {
          cut[i] = true;
        }
        found = true;
      }
    }
    return found;
  }

  private void incomplete(int owner, String raw, int line, Map<String, String> notes) {
    Spec s = specs.get(owner);
    findings.add(Finding.of(Rule.LBL_01, pos(line), table + "的行标签“" + raw + "”不完整，规定为“" + s.label() + "”；按行的顺序对应到这一行。"));
    notes.merge(s.path(), "原文标签：“" + raw + "”", (a, b) -> a + "；" + b);
  }

  private void attach(Segment seg, int current, List<List<Tok>> assigned) {
    if (seg.cells.stream().allMatch(c -> c.type() == Type.BLANK)) {
      return; // empty cells of a header row
    }
    if (current >= 0 && !assigned.get(current).isEmpty() && assigned.get(current).stream().allMatch(c -> c.type() == Type.BLANK)) {
      assigned.get(current).clear(); // the label's own row was empty; these are its numbers
    }
    if (current < 0) {
      findings.add(Finding.of(Rule.LBL_01, pos(seg.cells.get(0).line()), table + "中的数字（" + Cells.raw(seg.cells) + "）前面没有能对应的行标签，未录入。"));
      return;
    }
    assigned.get(current).addAll(seg.cells);
  }

  /** 0 when {@code rest} ends with the title of the group whose first sub-row is expected next; -1 otherwise. */
  private int groupAt(String rest, int p) {
    if (p >= specs.size() || specs.get(p).group() == null) {
      return -1;
    }
    if (p > 0 && specs.get(p).group().equals(specs.get(p - 1).group())) {
      return -1;
    }
    String g = Text.norm(specs.get(p).group());
    if (rest.isEmpty() || Align.of(specs.get(p).norm(), rest).ratio() <= ACCEPT) {
      return -1;
    }
    Align a = Align.of(g, rest);
    return a.full() && a.ratio() <= ACCEPT_FURTHER && stripHeaders(rest.substring(0, a.start())).isEmpty() ? 0 : -1;
  }

  private boolean matchesRow(Segment seg, int j) {
    String t = Text.norm(seg.raw.toString());
    return !t.isEmpty() && Align.of(specs.get(j).norm(), t).ratio() <= ACCEPT;
  }

  /** Header words, group titles and the scattered vertical label removed; what remains is label text. */
  String stripHeaders(String normText) {
    String s = normText;
    for (String w : headerWords) {
      s = s.replace(w, "");
    }
    for (String g : groups) {
      s = s.replace(g, "");
    }
    String v = Text.norm(cn.gongkai.report.ReportSchema.RESULTS);
    boolean onlyVertical = true;
    for (int i = 0; i < s.length(); i++) {
      onlyVertical &= v.indexOf(s.charAt(i)) >= 0;
    }
    return onlyVertical ? "" : s;
  }

  /** Text made only of the characters of header words: pieces of broken header cells. */
  private boolean isHeaderFragments(String rest) {
    String left = stripHeaders(rest);
    for (int i = 0; i < left.length(); i++) {
      char c = left.charAt(i);
      if (headerWords.stream().noneMatch(w -> w.indexOf(c) >= 0) && groups.stream().noneMatch(w -> w.indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  private boolean isOnlyHeader(String rest) {
    return stripHeaders(rest).isEmpty();
  }

  private static String rawSlice(String raw, Text.Norm nt, int from, int to) {
    if (from >= to || from >= nt.raw().length) {
      return "";
    }
    return raw.substring(nt.raw()[from], nt.raw()[to - 1] + 1).strip();
  }

  private static int lineAt(Segment seg, Text.Norm nt, int normIndex) {
    if (nt.raw().length == 0) {
      return seg.firstLine;
    }
    int i = Math.max(0, Math.min(normIndex, nt.raw().length - 1));
    return seg.rawLine.get(nt.raw()[i]);
  }

  private SourcePos pos(int line) {
    return new SourcePos(doc, line, 0);
  }
}
