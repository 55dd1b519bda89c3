package cn.gongkai.edit;

import cn.gongkai.edit.YamlLines.Line;
import cn.gongkai.edit.YamlLines.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the layout lets a report's file on disk keep when the form rewrites it: the comment lines the
 * webmaster wrote before a key (put back before the same key, or the next one still written), a key's
 * trailing comment where it differs from the generated one, and whole top-level blocks the form does
 * not write ({@code acknowledged}, and any key the loader does not know, so nothing is lost) verbatim.
 * Comments the layout itself writes (ReportYaml's, new-report's) are "stock": not kept as the
 * webmaster's, so a comment such as “原表各行各列均未填写” goes once the table is filled in.
 */
final class YamlLayout {
  /** The top-level keys the form writes itself. */
  static final Set<String> WRITTEN =
      Set.of("year", "format", "title", "organ", "publisher", "index_no", "generated", "published", "scope", "channel", "signed_on",
          "active", "applications", "reviews");
  private static final String END = "";

  private final Map<String, List<String>> blocks = new HashMap<>();
  private final Map<String, Line> keyLines = new HashMap<>();
  private final List<String> order = new ArrayList<>();
  private final Map<String, String> raw = new LinkedHashMap<>();
  private final Set<String> stockLines = new HashSet<>();
  private final Map<String, Set<String>> stockTrailing = new HashMap<>();

  private YamlLayout() {}

  /** The layout of {@code disk} ({@code ""}: no file), with {@code stock} the texts whose comments are generated ones. */
  static YamlLayout of(String disk, List<String> stock) {
    YamlLayout l = new YamlLayout();
    for (String s : stock) {
      l.stock(s);
    }
    l.read(YamlLines.scan(disk));
    return l;
  }

  Set<String> topKeys() {
    Set<String> keys = new LinkedHashSet<>();
    for (String p : order) {
      keys.add(p.contains(".") ? p.substring(0, p.indexOf('.')) : p);
    }
    return keys;
  }

  /** {@code acknowledged:} as on disk (with its lines), or {@code ""}. */
  String acknowledged() {
    return raw.getOrDefault("acknowledged", "");
  }

  /** Top-level blocks the form neither writes nor knows, as on disk, in file order. */
  List<String> unknown() {
    return raw.entrySet().stream().filter(e -> !e.getKey().equals("acknowledged")).map(Map.Entry::getValue).toList();
  }

  private void stock(String text) {
    for (Line line : YamlLines.scan(text)) {
      if (line.type() == Type.COMMENT) {
        stockLines.add(line.text().strip());
      } else if (line.comment() != null) {
        stockTrailing.computeIfAbsent(line.path(), k -> new HashSet<>()).add(line.comment());
      }
    }
  }

  private void read(List<Line> lines) {
    int firstComment = -1;
    String rawKey = null;
    int rawStart = 0;
    int rawEnd = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.type() == Type.COMMENT) {
        firstComment = firstComment < 0 ? i : firstComment;
        continue;
      }
      if (!line.content()) {
        continue;
      }
      boolean top = line.type() == Type.KEY && line.indent() == 0;
      if (rawKey != null && !top) {
        rawEnd = i;
        firstComment = -1;
        continue;
      }
      if (rawKey != null) {
        raw.put(rawKey, join(lines, rawStart, rawEnd + 1));
        rawKey = null;
      }
      if (line.type() != Type.KEY) {
        continue; // a stray line: the comments before it go with the next key
      }
      if (firstComment >= 0) {
        blocks.put(line.path(), texts(lines, firstComment, i));
        firstComment = -1;
      }
      order.add(line.path());
      if (top && !WRITTEN.contains(line.path())) {
        rawKey = line.path();
        rawStart = i;
        rawEnd = i;
      } else {
        keyLines.put(line.path(), line);
      }
    }
    if (rawKey != null) {
      raw.put(rawKey, join(lines, rawStart, rawEnd + 1));
    }
    if (firstComment >= 0) {
      blocks.put(END, texts(lines, firstComment, lines.size()));
    }
  }

  /** {@code generated} (the form's text in the layout) with what the file on disk keeps put back. */
  String merge(String generated) {
    List<Line> lines = YamlLines.scan(generated);
    Map<String, List<String>> placed = place(lines);
    StringBuilder out = new StringBuilder();
    List<String> pending = new ArrayList<>();
    for (Line line : lines) {
      if (line.type() == Type.COMMENT || line.type() == Type.BLANK && !pending.isEmpty()) {
        pending.add(line.text());
        continue;
      }
      if (line.type() == Type.BLANK) {
        out.append('\n');
        continue;
      }
      if (isKey(line)) {
        append(out, kept(placed.get(line.path())));
      }
      append(out, pending);
      pending.clear();
      out.append(isKey(line) && !raw.containsKey(line.path()) ? keyLine(line) : line.text()).append('\n');
    }
    append(out, pending);
    append(out, kept(placed.get(END)));
    return out.toString();
  }

  /** A key line of the generated text that keys of the file on disk can match (not a line inside a verbatim block). */
  private boolean isKey(Line line) {
    return line.type() == Type.KEY && (line.indent() == 0 || !raw.containsKey(line.top()));
  }

  /** Each comment block of the file on disk at the key it preceded, or the next key of the file still written. */
  private Map<String, List<String>> place(List<Line> generated) {
    Set<String> written = new HashSet<>();
    for (Line l : generated) {
      if (isKey(l)) {
        written.add(l.path());
      }
    }
    Map<String, List<String>> placed = new HashMap<>();
    List<String> carry = new ArrayList<>();
    for (String path : order) {
      carry.addAll(blocks.getOrDefault(path, List.of()));
      if (written.contains(path)) {
        placed.put(path, carry);
        carry = new ArrayList<>();
      }
    }
    carry.addAll(blocks.getOrDefault(END, List.of()));
    placed.put(END, carry);
    return placed;
  }

  /** A comment block without the stock comments (then without the blank lines at its ends). */
  private List<String> kept(List<String> block) {
    if (block == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(block.stream().filter(s -> !stockLines.contains(s.strip())).toList());
    if (out.size() < block.size()) {
      while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
        out.remove(out.size() - 1);
      }
      while (!out.isEmpty() && out.get(0).isBlank()) {
        out.remove(0);
      }
    }
    return out;
  }

  /**
   * The generated key line with the trailing comment the file on disk had there when that is the
   * webmaster's own, its comment in the column the file had it in (content/reports/2022.yaml has its
   * row comments one column left of where ReportYaml puts them); the line on disk itself when it
   * differs from that only in spacing.
   */
  private String keyLine(Line line) {
    Line disk = keyLines.get(line.path());
    String written = aligned(trailing(line), disk);
    return disk != null && squash(disk.text()).equals(squash(written)) ? disk.text() : written;
  }

  private static String aligned(String written, Line disk) {
    int at = YamlLines.commentStart(written, 0);
    if (disk == null || disk.commentAt() < 0 || at < 0) {
      return written;
    }
    String code = written.substring(0, at).stripTrailing();
    return code.length() < disk.commentAt() - 1 ? code + " ".repeat(disk.commentAt() - code.length()) + written.substring(at) : written;
  }

  private static String squash(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private String trailing(Line line) {
    Line disk = keyLines.get(line.path());
    String comment = disk == null ? null : disk.comment();
    if (comment == null || comment.equals(line.comment()) || stockTrailing.getOrDefault(line.path(), Set.of()).contains(comment)) {
      return line.text();
    }
    if (line.comment() != null) {
      return line.text().substring(0, line.commentAt()) + comment;
    }
    String gap = disk.text().substring(disk.code().length(), disk.commentAt());
    return line.text() + gap + comment;
  }

  private static void append(StringBuilder out, List<String> lines) {
    lines.forEach(s -> out.append(s).append('\n'));
  }

  private static List<String> texts(List<Line> lines, int from, int to) {
    return lines.subList(from, to).stream().map(Line::text).toList();
  }

  private static String join(List<Line> lines, int from, int to) {
    StringBuilder b = new StringBuilder();
    append(b, texts(lines, from, to));
    return b.toString();
  }
}
