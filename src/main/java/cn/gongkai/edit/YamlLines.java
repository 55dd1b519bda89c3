package cn.gongkai.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML text line by line, as far as its layout goes: blank lines, full-line comments, {@code key:}
 * lines with their key path (by indentation, e.g. {@code applications.results.withheld}) and where their
 * trailing comment starts, and other lines (list items, continuations). No value is interpreted here.
 */
final class YamlLines {
  enum Type {
    BLANK,
    COMMENT,
    KEY,
    OTHER
  }

  /** {@code commentAt}: index of the trailing comment's {@code #} in {@code text}, -1 when none. */
  record Line(String text, Type type, String path, int indent, int commentAt) {
    boolean content() {
      return type == Type.KEY || type == Type.OTHER;
    }

    String top() {
      int dot = path.indexOf('.');
      return dot < 0 ? path : path.substring(0, dot);
    }

    /** The trailing comment from its {@code #}, or null. */
    String comment() {
      return commentAt < 0 ? null : text.substring(commentAt);
    }

    /** The line without its trailing comment and the spaces before it. */
    String code() {
      return commentAt < 0 ? text : text.substring(0, commentAt).stripTrailing();
    }
  }

  private static final Pattern KEY = Pattern.compile("^( *)([A-Za-z_][A-Za-z0-9_]*)[ \\t]*:(?=[ \\t]|$)");

  private YamlLines() {}

  /** The lines of {@code text}; a final newline gives no extra line. */
  static List<Line> scan(String text) {
    List<Line> out = new ArrayList<>();
    Deque<Object[]> stack = new ArrayDeque<>(); // {indent, key}
    String path = "";
    String[] raw = text.split("\n", -1);
    int n = text.endsWith("\n") ? raw.length - 1 : raw.length;
    for (int i = 0; i < n; i++) {
      String line = raw[i];
      String s = line.strip();
      if (s.isEmpty()) {
        out.add(new Line(line, Type.BLANK, path, 0, -1));
      } else if (s.startsWith("#")) {
        out.add(new Line(line, Type.COMMENT, path, line.indexOf('#'), line.indexOf('#')));
      } else {
        Matcher m = KEY.matcher(line);
        if (m.find()) {
          int indent = m.group(1).length();
          while (!stack.isEmpty() && (int) stack.peek()[0] >= indent) {
            stack.pop();
          }
          stack.push(new Object[] {indent, m.group(2)});
          path = pathOf(stack);
          out.add(new Line(line, Type.KEY, path, indent, commentStart(line, m.end())));
        } else {
          out.add(new Line(line, Type.OTHER, path, line.length() - line.stripLeading().length(), commentStart(line, 0)));
        }
      }
    }
    return out;
  }

  private static String pathOf(Deque<Object[]> stack) {
    List<String> keys = new ArrayList<>();
    stack.descendingIterator().forEachRemaining(e -> keys.add((String) e[1]));
    return String.join(".", keys);
  }

  /** Where a {@code #} outside quotes, after a space, starts a comment; -1 when there is none. */
  static int commentStart(String line, int from) {
    boolean dq = false;
    boolean sq = false;
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (dq) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          dq = false;
        }
      } else if (sq) {
        sq = c != '\'';
      } else if (c == '"') {
        dq = true;
      } else if (c == '\'') {
        sq = true;
      } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
        return i;
      }
    }
    return -1;
  }
}
