package cn.gongkai.check;

import cn.gongkai.markdown.Markdown;
import java.util.regex.Pattern;

/**
 * SIM-01's measure: how much of a text lies in passages of {@value #PASSAGE} or more characters found
 * verbatim in another. Both texts are first reduced to what a reader reads ({@link #normalise}); then
 * every {@value #PASSAGE}-character window of the older text is hashed (a rolling hash, so the work is
 * linear in the lengths), and each window of the newer text whose hash is found (and whose characters
 * match) marks its characters as copied. The marked characters are exactly those inside a common
 * passage of at least {@value #PASSAGE} characters.
 */
public final class CopiedText {
  static final int PASSAGE = 20;
  private static final long BASE = 1_000_003L;

  /** Markdown list markers at a line's start (“- ”, “* ”, “+ ”, “1. ”), which are layout, not text. */
  private static final Pattern LIST_MARKER = Pattern.compile("(?m)^[ \\t]*(?:[-*+]|\\d+[.)])[ \\t]+");
  /** Whitespace of any width and the Markdown signs for emphasis, headings, quotes, code and tables. */
  private static final Pattern LAYOUT = Pattern.compile("[\\s\\u3000\\u00a0*_`#>|~]+");

  /** {@code length} characters of the newer text, {@code copied} of them in copied passages; {@code first} the first passage. */
  public record Share(int length, int copied, String first) {
    /** The share in whole percent, rounded down (so a share shown as 60% is at least 60%). */
    public int percent() {
      return length == 0 ? 0 : (int) (copied * 100L / length);
    }

    boolean atLeast(int percent) {
      return length > 0 && copied * 100L >= (long) percent * length;
    }
  }

  private CopiedText() {}

  /**
   * The text as read: authoring comments, whitespace (line breaks fall anywhere in a PDF's text or a
   * re-wrapped file) and Markdown layout signs removed. Chinese punctuation and figures stay: they are
   * part of what was written, and a text with its figures changed is that much less a copy.
   */
  public static String normalise(String markdown) {
    String text = Markdown.stripComments(markdown);
    text = LIST_MARKER.matcher(text).replaceAll("");
    return LAYOUT.matcher(text).replaceAll("");
  }

  /** How much of {@code now} lies in passages of {@value #PASSAGE}+ characters found verbatim in {@code before} (both normalised). */
  public static Share measure(String now, String before) {
    int n = now.length();
    if (n < PASSAGE || before.length() < PASSAGE) {
      return new Share(n, 0, "");
    }
    // window hash → start of its first occurrence in before (later ones add nothing)
    Windows windows = new Windows(before.length());
    long power = 1;
    for (int i = 1; i < PASSAGE; i++) {
      power *= BASE;
    }
    long h = 0;
    for (int i = 0; i < before.length(); i++) {
      if (i >= PASSAGE) {
        h -= before.charAt(i - PASSAGE) * power;
      }
      h = h * BASE + before.charAt(i);
      if (i >= PASSAGE - 1) {
        windows.putIfAbsent(h, i - PASSAGE + 1);
      }
    }
    boolean[] copied = new boolean[n];
    h = 0;
    int coveredTo = 0; // marks are set up to here already
    for (int i = 0; i < n; i++) {
      if (i >= PASSAGE) {
        h -= now.charAt(i - PASSAGE) * power;
      }
      h = h * BASE + now.charAt(i);
      int start = i - PASSAGE + 1;
      if (start >= 0) {
        int at = windows.get(h);
        if (at >= 0 && now.regionMatches(start, before, at, PASSAGE)) {
          for (int k = Math.max(start, coveredTo); k <= i; k++) {
            copied[k] = true;
          }
          coveredTo = i + 1;
        }
      }
    }
    int count = 0;
    int firstStart = -1;
    int firstEnd = -1;
    for (int i = 0; i < n; i++) {
      if (copied[i]) {
        count++;
        if (firstStart < 0) {
          firstStart = i;
        }
        if (firstEnd < 0 && (i + 1 == n || !copied[i + 1])) {
          firstEnd = i + 1;
        }
      }
    }
    return new Share(n, count, firstStart < 0 ? "" : now.substring(firstStart, firstEnd));
  }

  /** Open addressing from a window's hash to where it starts, without boxing (sections run to tens of thousands of characters). */
  private static final class Windows {
    private final long[] keys;
    private final int[] starts;
    private final int mask;

    Windows(int expected) {
      int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
      keys = new long[capacity];
      starts = new int[capacity];
      java.util.Arrays.fill(starts, -1);
      mask = capacity - 1;
    }

    private int slot(long key) {
      int i = (int) (key ^ (key >>> 29) ^ (key >>> 47)) & mask;
      while (starts[i] >= 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      return i;
    }

    void putIfAbsent(long key, int start) {
      int i = slot(key);
      if (starts[i] < 0) {
        keys[i] = key;
        starts[i] = start;
      }
    }

    /** Where the window with this hash starts first, or −1. */
    int get(long key) {
      return starts[slot(key)];
    }
  }

  /** {@code passage} cut to about {@code max} characters for a message, “…” marking the cut. */
  static String quote(String passage, int max) {
    // a passage may begin with the full stop of the sentence before it; the quote starts with a word
    passage = passage.replaceFirst("^[。，、；：！？）》」』】”’]+", "");
    if (passage.codePointCount(0, passage.length()) <= max) {
      return passage;
    }
    return passage.substring(0, passage.offsetByCodePoints(0, max)) + "…";
  }
}
