package cn.gongkai.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slips a webmaster makes in YAML that a parser reports badly or not at all: full-width
 * punctuation typed with a Chinese input method where YAML needs ASCII (“：” after a key, “，” between
 * list items, ０-９, full-width brackets and spaces), and an empty place in a list ({@code [3, , 0]}).
 */
final class YamlSlips {
  /** A full-width character where YAML needs ASCII: 1-based line and column, and what to write instead. */
  record Slip(int line, int column, String message) {}

  private static final Pattern KEY_COLON = Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z_][A-Za-z0-9_-]*)\\s*：");
  private static final Pattern KEY = Pattern.compile("^(\\s*(?:-\\s+)?)(?:[A-Za-z_][A-Za-z0-9_-]*\\s*[:：](?:\\s+|$))?");
  private static final Pattern BLOCK_SCALAR = Pattern.compile(".*[:：]\\s*[|>][-+0-9]*");
  private static final Pattern FULL_WIDTH_NUMBER = Pattern.compile("[-－+＋]?[0-9０-９]+(?:[.．][0-9０-９]+)?");

  private YamlSlips() {}

  /** Every full-width slip in {@code text}, in order; comments, quoted text and block scalars are skipped. */
  static List<Slip> fullWidth(String text) {
    // Most files have none of the characters: one pass over them, instead of the line-by-line look (a cold
    // build of 10,000 items spent 2 % of its CPU here, on front matter that had no slip).
    return mayHaveSlip(text) ? scan(text) : List.of();
  }

  /** Whether {@code text} has a character that a slip is made of. */
  static boolean mayHaveSlip(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= 0x3000 && advice(ch) != null) {
        return true;
      }
    }
    return false;
  }

  /** {@link #fullWidth}, looking at every line. */
  static List<Slip> scan(String text) {
    List<Slip> slips = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int blockIndent = -1; // inside a block scalar (| or >): lines indented more than this
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int indent = indentOf(line);
      if (blockIndent >= 0) {
        if (line.isBlank() || indent > blockIndent) {
          continue;
        }
        blockIndent = -1;
      }
      String code = withoutComment(line);
      if (BLOCK_SCALAR.matcher(code.strip()).matches()) {
        blockIndent = indent;
      }
      int lineNo = i + 1;
      Set<Integer> seen = new HashSet<>();
      for (int c = 0; c < code.length() && (code.charAt(c) == ' ' || code.charAt(c) == '\u3000' || code.charAt(c) == '\t'); c++) {
        if (code.charAt(c) == '\u3000') {
          add(slips, seen, lineNo, c, fullWidthChar(code.charAt(c), c));
        }
      }
      Matcher key = KEY_COLON.matcher(code);
      if (key.find()) {
        int at = key.end() - 1;
        add(slips, seen, lineNo, at, "第 " + (at + 1) + " 列的“：”是中文冒号，YAML 要用英文冒号 :，冒号后面再加一个空格");
      }
      Matcher start = KEY.matcher(code);
      int valueStart = start.find() ? start.end() : 0;
      String value = code.substring(valueStart).strip();
      int valueAt = valueStart + (code.substring(valueStart).length() - code.substring(valueStart).stripLeading().length());
      if (value.startsWith("[") || value.startsWith("{") || value.startsWith("［") || value.startsWith("｛")) {
        flow(code, valueAt, lineNo, slips, seen);
      } else if (FULL_WIDTH_NUMBER.matcher(value).matches() && value.chars().anyMatch(ch -> ch > 0x7f)) {
        for (int c = valueAt; c < valueAt + value.length(); c++) {
          char ch = code.charAt(c);
          if (ch > 0x7f) {
            add(slips, seen, lineNo, c, fullWidthChar(ch, c));
            break;
          }
        }
      }
    }
    slips.sort((a, b) -> a.line() != b.line() ? a.line() - b.line() : a.column() - b.column());
    return slips;
  }

  /** The full-width characters of a flow collection ({@code [..]}, {@code {..}}) starting at {@code from}. */
  private static void flow(String code, int from, int lineNo, List<Slip> slips, Set<Integer> seen) {
    char quote = 0;
    for (int c = from; c < code.length(); c++) {
      char ch = code.charAt(c);
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        }
        continue;
      }
      if ((ch == '"' || ch == '\'') && (c == from || "[{,: ".indexOf(code.charAt(c - 1)) >= 0)) {
        quote = ch;
        continue;
      }
      String message = fullWidthChar(ch, c);
      if (message != null) {
        add(slips, seen, lineNo, c, message);
      }
    }
  }

  /** What to say about full-width {@code ch} at 0-based column {@code c}; null for any other character. */
  private static String fullWidthChar(char ch, int c) {
    String advice = advice(ch);
    if (advice == null) {
      return null;
    }
    return ch == '\u3000' ? "第 " + (c + 1) + " 列" + advice : "第 " + (c + 1) + " 列的“" + ch + "”" + advice;
  }

  /**
   * What to say about full-width {@code ch} after naming it; null for any other character. A constant for all
   * but the digits, so that looking at a character of Chinese text makes nothing.
   */
  private static String advice(char ch) {
    if (ch < 0x3000) {
      return null; // every mark named below is at U+3000 or above
    }
    if (ch >= '０' && ch <= '９') {
      return "是全角数字，请改成半角数字 " + (char) ('0' + (ch - '０'));
    }
    return switch (ch) {
      case '，' -> "是中文逗号，YAML 要用英文逗号 , 分开各项";
      case '、' -> "是顿号，YAML 要用英文逗号 , 分开各项";
      case '；' -> "是中文分号，YAML 要用英文逗号 , 分开各项";
      case '：' -> "是中文冒号，YAML 要用英文冒号 :，冒号后面再加一个空格";
      case '［', '］' -> "是全角方括号，YAML 要用英文方括号 [ ]";
      case '｛', '｝' -> "是全角花括号，YAML 要用英文花括号 { }";
      case '\u3000' -> "是全角空格，YAML 的缩进和间隔要用英文空格";
      case '．' -> "是全角句点，小数点要用英文句点 .";
      case '－' -> "是全角减号，请改成英文减号 -";
      default -> null;
    };
  }

  private static void add(List<Slip> slips, Set<Integer> seen, int line, int col0, String message) {
    if (seen.add(col0)) {
      slips.add(new Slip(line, col0 + 1, message));
    }
  }

  private static int indentOf(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  /** The line up to a comment: a {@code #} at its start or after a space, outside quotes. */
  static String withoutComment(String line) {
    char quote = 0;
    for (int c = 0; c < line.length(); c++) {
      char ch = line.charAt(c);
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        }
      } else if (ch == '#' && (c == 0 || Character.isWhitespace(line.charAt(c - 1)) || line.charAt(c - 1) == '\u3000')) {
        return line.substring(0, c);
      } else if ((ch == '"' || ch == '\'') && (c == 0 || "[{,: ".indexOf(line.charAt(c - 1)) >= 0)) {
        quote = ch;
      }
    }
    return line;
  }

  /**
   * {@code text} with a {@code ~} written into every empty place of a flow list ({@code [3, , 0]}, {@code
   * [, 1]}, {@code [1, ]}), which YAML refuses or silently drops; {@code filled} holds each inserted
   * {@code ~} as "line:column" of the new text, {@code shifts} the same places for mapping columns back.
   */
  record Filled(String text, Set<String> filled, List<int[]> shifts) {
    /** The column in the original text of column {@code col} (1-based) on {@code line} of the new text. */
    int original(int line, int col) {
      int minus = 0;
      for (int[] s : shifts) {
        if (s[0] == line && s[1] < col) {
          minus++;
        }
      }
      return col - minus;
    }
  }

  static Filled fillFlowBlanks(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    Set<String> filled = new HashSet<>();
    List<int[]> shifts = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    List<Character> stack = new ArrayList<>();
    boolean afterOpen = false; // “[” was the last thing: “]” next is an empty list, “,” a blank
    boolean afterComma = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String code = withoutComment(line);
      int inserted = 0;
      char quote = 0;
      for (int c = 0; c < code.length(); c++) {
        char ch = code.charAt(c);
        if (quote != 0) {
          if (ch == quote) {
            quote = 0;
          }
          out.append(ch);
          continue;
        }
        boolean inList = !stack.isEmpty() && stack.get(stack.size() - 1) == '[';
        if (inList && ((afterOpen && ch == ',') || (afterComma && (ch == ',' || ch == ']')))) {
          int newCol = c + 1 + inserted;
          out.append('~');
          filled.add((i + 1) + ":" + newCol);
          shifts.add(new int[] {i + 1, newCol});
          inserted++;
        }
        if (ch == '[' || ch == '{') {
          if (!stack.isEmpty() || valueStart(code, c)) {
            stack.add(ch);
            afterOpen = ch == '[';
            afterComma = false;
          }
        } else if ((ch == ']' || ch == '}') && !stack.isEmpty()) {
          stack.remove(stack.size() - 1);
          afterOpen = false;
          afterComma = false;
        } else if (ch == ',' && !stack.isEmpty()) {
          afterOpen = false;
          afterComma = true;
        } else if (!Character.isWhitespace(ch)) {
          afterOpen = false;
          afterComma = false;
          if ((ch == '"' || ch == '\'') && !stack.isEmpty()) {
            quote = ch;
          }
        }
        out.append(ch);
      }
      out.append(line, code.length(), line.length());
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return new Filled(out.toString(), filled, shifts);
  }

  /** Whether a bracket at {@code c} starts a value: at the line's start, after “- ” or after “key: ”. */
  private static boolean valueStart(String code, int c) {
    String before = code.substring(0, c).stripTrailing();
    return before.isEmpty() || before.endsWith(":") || before.endsWith("-");
  }
}
