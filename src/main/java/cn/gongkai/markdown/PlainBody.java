package cn.gongkai.markdown;

import java.util.Arrays;

/**
 * The HTML of a body written the plainest way: paragraphs of plain text, {@code #} headings and tables whose
 * every row starts and ends with {@code |}, blocks apart from tables separated by blank lines: most bodies of
 * a column (notices, tables of figures). It is made from the text in one pass, exactly as flexmark parses and
 * writes it with {@link Markdown}'s options ({@link DirectHtml}), without flexmark: parsing was the largest part
 * of a cold build (a fifth of the CPU of 10,000 items, about 350 µs a body).
 *
 * <p>A body is taken only when nothing in it could be read another way: no character that starts Markdown
 * inline syntax ({@code \ ` * _ [ ] < & #} outside the heading mark, {@code |} outside a table), no control
 * character, no line that starts or ends with a space of any kind (indented code, hard breaks, trimming), no
 * line that starts like another block ({@code > - + * = ~}, {@code 1.} or {@code 1)}), no table without a blank
 * line before it or with a heading right under it, no table whose rows differ in length or have an empty place
 * between two bars (a span). Anything else returns null and the body goes to flexmark. Such a body has no node that HTML-01 or
 * LINK-01 looks at (HTML, a link, an image), so it has no findings and no links. {@code PlainBodyTest} compares
 * it with flexmark on every Markdown file of the repository and on many thousands of generated bodies.
 */
final class PlainBody {
  private static final int PARAGRAPH = 0;
  private static final int HEADING = 1;
  private static final int TABLE = 2;

  private final String text;
  /** Each line's start and end offset (the end before its line break). */
  private int[] lineStart = new int[64];
  private int[] lineEnd = new int[64];
  private int lines;
  /** Each block: its kind, first line, end line (exclusive) and heading level, four ints each. */
  private int[] blocks = new int[64];
  private int blockCount;

  private PlainBody(String text) {
    this.text = text;
  }

  /** The HTML flexmark writes for {@code text} (a body with its authoring comments removed), or null when this does not write it. */
  static String html(String text) {
    PlainBody body = new PlainBody(text);
    if (!body.read()) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length() + text.length() / 4 + 64);
    for (int b = 0; b < body.blockCount; b++) {
      body.write(b, out);
    }
    return out.toString();
  }

  /** Whether {@link #html} writes {@code text} (reads it, writes nothing). */
  static boolean takes(String text) {
    return new PlainBody(text).read();
  }

  /** Splits the text into lines and the lines into blocks; false at anything this does not take. */
  private boolean read() {
    int n = text.length();
    int from = 0;
    while (from < n) {
      int end = text.indexOf('\n', from);
      if (end < 0) {
        end = n;
      }
      addLine(from, end);
      from = end + 1;
    }
    int i = 0;
    while (i < lines) {
      int start = lineStart[i];
      int end = lineEnd[i];
      if (start == end) {
        i++;
        continue;
      }
      char first = text.charAt(start);
      if (first == '#') {
        int level = headingLevel(start, end);
        if (level == 0) {
          return false;
        }
        addBlock(HEADING, i, i + 1, level);
        i++;
      } else if (first == '|') {
        int last = i;
        while (last + 1 < lines && lineStart[last + 1] < lineEnd[last + 1] && text.charAt(lineStart[last + 1]) == '|') {
          last++;
        }
        // After the table, a blank line, the end, or a line of a paragraph: flexmark ends the table at the first
        // line without a bar (a webmaster's line added under a table), and the rest is a paragraph of its own.
        boolean apart = (i == 0 || lineStart[i - 1] == lineEnd[i - 1] || blockEndsAt(HEADING, i))
            && (last + 1 == lines || lineStart[last + 1] == lineEnd[last + 1] || text.charAt(lineStart[last + 1]) != '#');
        if (!apart || !table(i, last + 1)) {
          return false;
        }
        addBlock(TABLE, i, last + 1, 0);
        i = last + 1;
      } else {
        int last = i;
        while (true) {
          if (!paragraphLine(lineStart[last], lineEnd[last])) {
            return false;
          }
          if (last + 1 == lines || lineStart[last + 1] == lineEnd[last + 1] || text.charAt(lineStart[last + 1]) == '#') {
            break;
          }
          last++;
        }
        addBlock(PARAGRAPH, i, last + 1, 0);
        i = last + 1;
      }
    }
    return true;
  }

  private void addLine(int start, int end) {
    if (lines == lineStart.length) {
      lineStart = Arrays.copyOf(lineStart, lines * 2);
      lineEnd = Arrays.copyOf(lineEnd, lines * 2);
    }
    lineStart[lines] = start;
    lineEnd[lines] = end;
    lines++;
  }

  private void addBlock(int kind, int firstLine, int endLine, int level) {
    if (blockCount * 4 == blocks.length) {
      blocks = Arrays.copyOf(blocks, blocks.length * 2);
    }
    int at = blockCount * 4;
    blocks[at] = kind;
    blocks[at + 1] = firstLine;
    blocks[at + 2] = endLine;
    blocks[at + 3] = level;
    blockCount++;
  }

  /** Whether the last block so far is of {@code kind} and ends right before line {@code line}. */
  private boolean blockEndsAt(int kind, int line) {
    return blockCount > 0 && blocks[(blockCount - 1) * 4] == kind && blocks[(blockCount - 1) * 4 + 2] == line;
  }

  /** 1 to 6 for {@code ## 标题} (one space, then plain text with no {@code #}), else 0. */
  private int headingLevel(int start, int end) {
    int level = 0;
    while (start + level < end && text.charAt(start + level) == '#') {
      level++;
    }
    int content = start + level + 1;
    if (level > 6 || content >= end || text.charAt(start + level) != ' ' || !plain(content, end)) {
      return 0;
    }
    return level;
  }

  /** A line of a paragraph: plain text that does not start like another block. */
  private boolean paragraphLine(int start, int end) {
    char c = text.charAt(start);
    switch (c) {
      case '>', '-', '+', '*', '=', '~', '|' -> {
        return false;
      }
      default -> {
        // text
      }
    }
    if (c >= '0' && c <= '9') {
      int i = start;
      while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i < end && (text.charAt(i) == '.' || text.charAt(i) == ')')) {
        return false; // (an ordered list's marker)
      }
    }
    return plain(start, end);
  }

  /**
   * Text that flexmark's inline parser leaves as one text node: not empty, no character that starts inline
   * syntax, no control character, no space of any kind at either end.
   */
  private boolean plain(int start, int end) {
    if (start >= end || isSpace(text.charAt(start)) || isSpace(text.charAt(end - 1))) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return false;
      }
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '&', '#', '|' -> {
          return false;
        }
        default -> {
          // an ordinary character
        }
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Lines {@code first} to {@code end} (exclusive) as a table: a head row, a separator row and body rows, all of one length. */
  private boolean table(int first, int end) {
    if (end - first < 3) {
      return false;
    }
    int columns = -1;
    for (int i = first; i < end; i++) {
      int cells = cells(i, i == first, i == first + 1);
      if (cells <= 0 || (columns >= 0 && cells != columns)) {
        return false;
      }
      columns = cells;
    }
    return true;
  }

  /**
   * The number of cells of table line {@code line}, each checked (a separator's {@code :---:}; any other's plain
   * text, in the head never something a separator could be), or -1.
   */
  private int cells(int line, boolean head, boolean separator) {
    int start = lineStart[line];
    int end = lineEnd[line];
    if (end - start < 2 || text.charAt(end - 1) != '|') {
      return -1;
    }
    int cells = 0;
    int from = start + 1;
    while (from < end) {
      int bar = text.indexOf('|', from);
      if (bar == from) {
        return -1; // (an empty place between two bars: a cell spanning columns)
      }
      int a = trimStart(from, bar);
      int b = trimEnd(a, bar);
      // (flexmark writes an empty cell as a space; a head cell of dashes could be a separator)
      if (separator ? alignment(a, b) < 0 : !plain(a, b) || (head && dashesOnly(a, b))) {
        return -1;
      }
      cells++;
      from = bar + 1;
    }
    return cells;
  }

  private int trimStart(int from, int to) {
    while (from < to && text.charAt(from) == ' ') {
      from++;
    }
    return from;
  }

  private int trimEnd(int from, int to) {
    while (to > from && text.charAt(to - 1) == ' ') {
      to--;
    }
    return to;
  }

  /** For a separator cell {@code ---}, {@code :---}, {@code ---:} or {@code :---:} (three dashes at least): 0 none, 1 left, 2 center, 3 right; else -1. */
  private int alignment(int a, int b) {
    if (a >= b) {
      return -1;
    }
    boolean left = text.charAt(a) == ':';
    boolean right = b - a > 1 && text.charAt(b - 1) == ':';
    int dashes = 0;
    for (int i = a + (left ? 1 : 0); i < b - (right ? 1 : 0); i++) {
      if (text.charAt(i) != '-') {
        return -1;
      }
      dashes++;
    }
    if (dashes < 3) {
      return -1; // (flexmark's least)
    }
    return left && right ? 2 : left ? 1 : right ? 3 : 0;
  }

  private boolean dashesOnly(int a, int b) {
    for (int i = a; i < b; i++) {
      if (text.charAt(i) != '-' && text.charAt(i) != ':') {
        return false;
      }
    }
    return true;
  }

  private void write(int b, StringBuilder out) {
    int at = b * 4;
    int kind = blocks[at];
    int first = blocks[at + 1];
    int end = blocks[at + 2];
    if (kind == HEADING) {
      int level = blocks[at + 3];
      out.append("<h").append(level).append('>');
      escaped(lineStart[first] + level + 1, lineEnd[first], out);
      out.append("</h").append(level).append(">\n");
    } else if (kind == PARAGRAPH) {
      String cls = layout(b);
      out.append(cls == null ? "<p>" : "<p class=\"" + cls + "\">");
      for (int i = first; i < end; i++) {
        escaped(lineStart[i], lineEnd[i], out); // (the line breaks between are written as nothing, Markdown's soft break)
      }
      out.append("</p>\n");
    } else {
      table(first, end, out);
    }
  }

  /** {@link OfficialLayout}'s class for paragraph block {@code b}. */
  private String layout(int b) {
    boolean first = b == 0 || blocks[(b - 1) * 4] == HEADING;
    boolean last = b == blockCount - 1;
    if (!first && !last && b + 2 < blockCount) {
      return null;
    }
    boolean followingLast = b + 2 == blockCount && blocks[(b + 1) * 4] == PARAGRAPH;
    return OfficialLayout.classOf(first, last, paragraphText(b), followingLast ? paragraphText(b + 1) : null);
  }

  /** A paragraph's text as flexmark gives it: its lines and the line breaks between them. */
  private String paragraphText(int b) {
    return text.substring(lineStart[blocks[b * 4 + 1]], lineEnd[blocks[b * 4 + 2] - 1]).trim();
  }

  private void table(int first, int end, StringBuilder out) {
    int columns = cellsOf(first + 1, null);
    int[] align = new int[columns];
    cellsOf(first + 1, align);
    out.append("<table class=\"").append(Markdown.TABLE_CLASS).append("\">\n<thead>\n");
    row(first, "th", align, out);
    out.append("</thead>\n<tbody>\n");
    for (int i = first + 2; i < end; i++) {
      row(i, "td", align, out);
    }
    out.append("</tbody>\n</table>\n");
  }

  /** The separator line's cells counted, and their alignments put into {@code align} when it is given. */
  private int cellsOf(int line, int[] align) {
    int count = 0;
    int from = lineStart[line] + 1;
    int end = lineEnd[line];
    while (from < end) {
      int bar = text.indexOf('|', from);
      if (align != null) {
        int a = trimStart(from, bar);
        align[count] = alignment(a, trimEnd(a, bar));
      }
      count++;
      from = bar + 1;
    }
    return count;
  }

  private void row(int line, String tag, int[] align, StringBuilder out) {
    out.append("<tr>");
    int from = lineStart[line] + 1;
    int end = lineEnd[line];
    int cell = 0;
    while (from < end) {
      int bar = text.indexOf('|', from);
      out.append('<').append(tag);
      switch (align[cell]) {
        case 1 -> out.append(" align=\"left\"");
        case 2 -> out.append(" align=\"center\"");
        case 3 -> out.append(" align=\"right\"");
        default -> {
          // no alignment
        }
      }
      out.append('>');
      int a = trimStart(from, bar);
      escaped(a, trimEnd(a, bar), out);
      out.append("</").append(tag).append('>');
      cell++;
      from = bar + 1;
    }
    out.append("</tr>\n");
  }

  /** Plain text as flexmark escapes it ({@code &}, {@code <} and {@code \} never get here). */
  private void escaped(int start, int end, StringBuilder out) {
    int from = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '>') {
        out.append(text, from, i).append(c == '"' ? "&quot;" : "&gt;");
        from = i + 1;
      }
    }
    out.append(text, from, end);
  }
}
