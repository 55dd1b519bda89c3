package cn.gongkai.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Text nodes as flexmark writes them, without its three passes for text that needs none. flexmark writes a
 * text node as {@code escapeHtml(normalizeEOL(unescape(chars)))}: two regular-expression scans and a copy
 * character by character, which were about a sixth of the CPU samples of a cold build of the benchmark
 * corpus (Chinese prose).
 * Text with no backslash, {@code &}, carriage return, {@code <}, {@code >} or {@code "} comes out of the
 * three unchanged, so it is written as it is; any other text goes through flexmark's own three.
 */
final class PlainText {
  private PlainText() {}

  static void render(Text node, NodeRendererContext context, HtmlWriter html) {
    StringBuilder out = new StringBuilder(node.getTextLength());
    append(node, out);
    html.raw(out);
  }

  /**
   * Appends what flexmark writes for {@code node} ({@code HtmlWriter.text} is {@code raw} of the escaped text).
   * When the body's characters are an array (see {@link Markdown#parse}), they are looked at and copied from
   * it, with no string made in between.
   */
  static void append(Text node, StringBuilder out) {
    BasedSequence chars = node.getChars();
    if (chars instanceof CharSubSequence && chars.getBase() instanceof char[] base) {
      int from = chars.getStartOffset();
      int to = from + chars.length();
      if (needsNoEscaping(base, from, to)) {
        out.append(base, from, to - from);
        return;
      }
    } else {
      String s = chars.toString();
      if (needsNoEscaping(s)) {
        out.append(s);
        return;
      }
    }
    out.append(Escaping.escapeHtml(Escaping.normalizeEOL(chars.unescape()), false));
  }

  /** Whether flexmark's three passes leave {@code s} as it is (flexmark also reads a NUL as U+FFFD). */
  static boolean needsNoEscaping(String s) {
    return needsNoEscaping(s.toCharArray(), 0, s.length());
  }

  private static boolean needsNoEscaping(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      switch (text[i]) {
        case '\\', '&', '\r', '<', '>', '"', '\0' -> {
          return false;
        }
        default -> {
          // an ordinary character
        }
      }
    }
    return true;
  }
}
