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
    html.raw(html(node));
  }

  /** What flexmark writes for {@code node} ({@code HtmlWriter.text} is {@code raw} of the escaped text). */
  static String html(Text node) {
    String s = text(node.getChars());
    return needsNoEscaping(s) ? s : Escaping.escapeHtml(Escaping.normalizeEOL(node.getChars().unescape()), false);
  }

  /**
   * The characters of {@code chars}: a slice of the body's characters when they are one (see {@link Markdown#parse}) (flexmark's own
   * {@code toString} copies character by character).
   */
  private static String text(BasedSequence chars) {
    if (chars instanceof CharSubSequence && chars.getBase() instanceof char[] base) {
      return new String(base, chars.getStartOffset(), chars.length());
    }
    return chars.toString();
  }

  /** Whether flexmark's three passes leave {@code s} as it is (flexmark also reads a NUL as U+FFFD). */
  static boolean needsNoEscaping(String s) {
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
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
