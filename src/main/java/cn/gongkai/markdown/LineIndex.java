package cn.gongkai.markdown;

import java.util.Arrays;

/**
 * Line numbers of offsets in a text, in O(log n) per look-up. Counts line breaks the way flexmark's
 * {@code Document.getLineNumber} does ({@code \n}, {@code \r\n} or a lone {@code \r}; a break counts
 * once the offset is at or past its end), which walks the text from the start on every call and so
 * made link checking quadratic in the size of a body.
 */
final class LineIndex {
  /** Offset just past each line break, ascending. */
  private final int[] ends;

  LineIndex(CharSequence text) {
    int[] found = new int[16];
    int n = 0;
    int len = text.length();
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      int end;
      if (c == '\n') {
        end = i + 1;
      } else if (c == '\r') {
        end = i + 1 < len && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        i = end - 1;
      } else {
        continue;
      }
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = end;
    }
    ends = Arrays.copyOf(found, n);
  }

  /** 0-based line of {@code offset}: the number of line breaks that end at or before it. */
  int line(int offset) {
    int i = Arrays.binarySearch(ends, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** Offset where the line holding {@code offset} starts. */
  int lineStart(int offset) {
    int line = line(offset);
    return line == 0 ? 0 : ends[line - 1];
  }
}
