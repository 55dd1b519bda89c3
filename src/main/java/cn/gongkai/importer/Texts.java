package cn.gongkai.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Encodings and whitespace, shared by the readers. */
final class Texts {
  /** GBK and GB2312 are subsets of GB18030, whose decoder also knows the characters they lack. */
  static final Charset GB18030 = Charset.forName("GB18030");

  private Texts() {}

  /** The charset a byte-order mark says, or null. */
  static Charset bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  static int bomLength(Charset bom) {
    return bom == null ? 0 : bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  /** {@code b} decoded strictly, or null where it is not valid in {@code cs}. */
  static String strict(byte[] b, int from, Charset cs) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, from, b.length - from))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The charset a page's name for it stands for: the GB family as GB18030, unknown names as null. */
  static Charset named(String name) {
    String n = name.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    if (n.startsWith("gb") || n.equals("x-gbk") || n.equals("cp936") || n.equals("windows-936") || n.equals("euc-cn")
        || n.equals("csgb2312") || n.equals("iso-ir-58") || n.equals("chinese")) {
      return GB18030;
    }
    try {
      return Charset.forName(n);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Whether {@code c} is a space as a reader sees it: ASCII and Unicode spaces, NBSP, full-width U+3000. */
  static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B || c == 0xA0 || c == 0x3000
        || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F;
  }

  /** Characters that show nothing and mean nothing: zero-width spaces, BOMs, soft hyphens. */
  static boolean isInvisible(int c) {
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0xAD;
  }

  /** Every run of spaces as one ASCII space, invisible characters dropped, the ends trimmed. */
  static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(c);
    }
    return out.toString();
  }

  /**
   * Spaces as ASCII spaces but runs kept (they may separate columns), invisible characters dropped,
   * the ends trimmed; tabs are the caller's.
   */
  static String spaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (isInvisible(c)) {
        continue;
      }
      out.appendCodePoint(c != '\t' && isSpace(c) ? ' ' : c);
    }
    int start = 0;
    int end = out.length();
    while (start < end && (out.charAt(start) == ' ' || out.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
      end--;
    }
    return out.substring(start, end);
  }

  /** Control characters that no text file has (NUL and the like); tab, line ends and form feed are fine. */
  static int controls(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
        n++;
      }
    }
    return n;
  }
}
