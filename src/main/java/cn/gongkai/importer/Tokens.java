package cn.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits the cells of a table's lines into label text and number tokens. */
final class Tokens {
  private Tokens() {}

  enum Type {
    /** Label text (part of a row label, a header word, a group title). */
    LABEL,
    /** A number as written: digits, maybe a sign or a decimal part. */
    NUM,
    /** A cell that holds a mark instead of a number (“—”, “/”): never read as a figure. */
    ODD,
    /** An empty cell of a real table row: blank as published. */
    BLANK
  }

  /** One token; {@code text} is what was written (digits already half-width for NUM). */
  record Tok(Type type, String text, int line) {
    boolean isCell() {
      return type != Type.LABEL;
    }
  }

  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");
  private static final Pattern MARK = Pattern.compile("[-—–－/／\\\\×xX*＊]+|—+|——");
  /** “三、本年度办理结果” printed vertically, one character per line or cell. */
  private static final String VERTICAL = "三、本年度办理结果";

  /** The tokens of one cell. {@code table}: the cell comes from a real table row (empty = blank). */
  static List<Tok> of(String cell, int line, boolean table) {
    List<Tok> out = new ArrayList<>();
    String s = Text.halfDigits(cell).strip();
    if (s.isEmpty()) {
      if (table) {
        out.add(new Tok(Type.BLANK, "", line));
      }
      return out;
    }
    if (Text.isFooter(s)) {
      return out;
    }
    if (s.length() == 1 && VERTICAL.indexOf(s.charAt(0)) >= 0) {
      return out;
    }
    if (MARK.matcher(s).matches()) {
      out.add(new Tok(Type.ODD, s, line));
      return out;
    }
    Matcher m = NUMBER.matcher(s);
    int textFrom = 0;
    while (m.find()) {
      int a = m.start();
      int b = m.end();
      if (s.charAt(a) == '+' || s.charAt(a) == '-') {
        if (a > 0 && !Character.isWhitespace(s.charAt(a - 1)) && !Character.isDigit(s.charAt(a - 1))) {
          a++; // a sign is a sign at the start of a cell, after a space or glued to the number before
        }
      }
      int unit = unitAt(s, b);
      boolean ordinal = b < s.length() && ".、．,，".indexOf(s.charAt(b)) >= 0 && (b + 1 >= s.length() || !Character.isDigit(s.charAt(b + 1))) && b + 1 < s.length() && !Character.isWhitespace(s.charAt(b + 1));
      boolean glued = unit == 0 && b < s.length() && !Character.isWhitespace(s.charAt(b)) && ".、．,，+-".indexOf(s.charAt(b)) < 0;
      boolean afterLetter = a > 0 && Character.isLetter(s.charAt(a - 1)) && s.charAt(a - 1) < 0x80;
      if (ordinal || glued || afterLetter) {
        continue; // “1.属于国家秘密”, “61号”: part of the text
      }
      label(out, s.substring(textFrom, a), line);
      out.add(new Tok(Type.NUM, s.substring(a, b), line));
      textFrom = b + unit; // a unit after the number (“52元”, “3件”) says nothing more
    }
    label(out, s.substring(textFrom), line);
    return out;
  }

  private static final List<String> UNITS = List.of("万元", "元", "件", "个", "条", "项", "次");

  /** The length of a unit written right after a number at {@code at}, 0 when there is none. */
  private static int unitAt(String s, int at) {
    for (String u : UNITS) {
      if (s.startsWith(u, at)) {
        int end = at + u.length();
        // “3项” is a count with its unit; “第（一）项”, “3项工作” are text
        if (end == s.length() || Character.isWhitespace(s.charAt(end)) || Character.isDigit(s.charAt(end)) || !Text.isCjk(s.charAt(end)) || Unglue.startsLabel(s, end)) {
          return u.length();
        }
      }
    }
    return 0;
  }

  private static void label(List<Tok> out, String text, int line) {
    String t = text.strip();
    if (t.length() == 1 && VERTICAL.indexOf(t.charAt(0)) >= 0) {
      return; // a character of the vertical 三、本年度办理结果 beside a row's numbers
    }
    if (!t.isEmpty() && !t.matches("[|｜,，;；\\s]+")) {
      out.add(new Tok(Type.LABEL, t, line));
    }
  }
}
