package cn.gongkai.diag;

/** How many columns text takes in a terminal: two for a Chinese character or a full-width sign. */
public final class TerminalWidth {
  private TerminalWidth() {}

  public static int of(String s) {
    return s.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
  }

  public static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || cp >= 0x20000;
  }
}
