package cn.gongkai.importer;

import cn.gongkai.diag.UserError;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A text file ({@code .txt}, {@code .md}): UTF-8 (with or without BOM), UTF-16 with its BOM, or
 * GB18030 (GBK, GB2312) when the bytes are not UTF-8. Each line of the file is one line, numbered as
 * in the file; blank lines give none. Runs of spaces are kept, since text copied from a PDF separates
 * its columns with them.
 */
final class TextSource {
  private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n|\u2028|\u2029");
  private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-{1,}:?");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}(?:\\s+|$)");
  private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+$");
  private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

  private TextSource() {}

  static List<SourceDoc.Line> lines(String shown, byte[] bytes, boolean markdown) throws UserError {
    return lines(decode(shown, bytes), markdown);
  }

  static String decode(String shown, byte[] bytes) throws UserError {
    Charset bom = Texts.bom(bytes);
    String text;
    if (bom != null) {
      text = Texts.strict(bytes, Texts.bomLength(bom), bom);
      if (text == null) {
        throw Sources.refused(shown, "文件开头标明是 " + (bom.equals(StandardCharsets.UTF_8) ? "UTF-8" : "UTF-16") + " 编码，但内容不是这种编码的文字。请用记事本“另存为” UTF-8 后再导入。");
      }
    } else {
      text = Texts.strict(bytes, 0, StandardCharsets.UTF_8);
      if (text == null) {
        text = Texts.strict(bytes, 0, Texts.GB18030);
      }
      if (text == null) {
        throw Sources.refused(shown, "认不出文字的编码（既不是 UTF-8，也不是 GBK/GB18030），可能不是文字文件。请用记事本“另存为” UTF-8 后再导入。");
      }
    }
    int controls = Texts.controls(text);
    if (controls > 0 && (controls >= 16 || controls * 200 > text.length())) {
      throw Sources.refused(shown, "内容里有 " + controls + " 个控制字符，不像文字文件，可能是二进制文件。请确认选对了文件。");
    }
    return text;
  }

  static List<SourceDoc.Line> lines(String text, boolean markdown) {
    String[] raw = LINE_END.split(text, -1);
    List<SourceDoc.Line> lines = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      String line = dropControls(raw[i]);
      if (markdown) {
        line = markdownLine(line);
      }
      line = Texts.spaces(line);
      if (line.isEmpty()) {
        continue;
      }
      int number = i + 1;
      if (line.startsWith("|")) {
        List<String> cells = pipeCells(line, markdown);
        if (cells == null) {
          continue; // the |---|---| under a header row: no content
        }
        lines.add(new SourceDoc.Line(number, cells, true));
      } else if (line.indexOf('\t') >= 0) {
        List<String> cells = new ArrayList<>();
        for (String field : line.split("\t")) {
          String cell = Texts.collapse(field);
          if (!cell.isEmpty()) {
            cells.add(cell);
          }
        }
        lines.add(new SourceDoc.Line(number, cells, false));
      } else {
        lines.add(new SourceDoc.Line(number, List.of(line), false));
      }
    }
    return lines;
  }

  /**
   * The cells of {@code | a | b |} (the outer bars optional at the end), split on bars not escaped
   * as {@code \|}; null for a separator row. Cells keep their blanks: a pipe table has real cells.
   */
  static List<String> pipeCells(String line, boolean markdown) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean closed = false;
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
        closed = false;
      } else if (c == '|') {
        cells.add(cell.toString());
        cell.setLength(0);
        closed = true;
      } else {
        cell.append(c);
        closed = closed && Texts.isSpace(c);
      }
    }
    if (!closed || cell.length() > 0 && !Texts.collapse(cell.toString()).isEmpty()) {
      cells.add(cell.toString());
    }
    boolean separator = !cells.isEmpty();
    List<String> out = new ArrayList<>(cells.size());
    for (String c : cells) {
      String text = Texts.collapse(markdown ? BR.matcher(c).replaceAll(" ") : c);
      out.add(text);
      separator = separator && SEPARATOR_CELL.matcher(text).matches();
    }
    return separator ? null : out;
  }

  /** Markdown's own marks, which a published report never had: {@code #} of headings, {@code **} of bold. */
  private static String markdownLine(String line) {
    String t = line.strip();
    if (HEADING.matcher(t).find()) {
      t = CLOSING_HASHES.matcher(HEADING.matcher(t).replaceFirst("")).replaceFirst("");
      return t;
    }
    return line.replace("**", "").replace("__", "");
  }

  private static String dropControls(String s) {
    if (Texts.controls(s) == 0 && s.indexOf('\u001A') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 || c == '\t') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
