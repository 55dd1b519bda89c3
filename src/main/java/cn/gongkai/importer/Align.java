package cn.gongkai.importer;

/**
 * Where an official label lies at the end of the text read before a row's numbers: an edit distance
 * where the text's beginning is free (header words, group titles, the tail of the previous row's
 * label come first), and the label may stop early when its tail was wrapped after the numbers.
 */
record Align(int distance, int start, int matched, int labelLength) {

  /** Whole label matched (no tail expected after the numbers). */
  boolean full() {
    return matched == labelLength;
  }

  /** Distance per label character matched: 0 is exact. */
  double ratio() {
    return matched == 0 ? 1 : (double) distance / matched;
  }

  /** Shortest label head accepted as a wrapped label (what comes before the numbers). */
  static final int MIN_HEAD = 4;

  /** The best alignment of {@code label} (or, if better and exact, of a head of it) to the end of {@code text}. */
  static Align of(String label, String text) {
    int m = label.length();
    int n = text.length();
    int[][] d = new int[m + 1][n + 1];
    int[][] s = new int[m + 1][n + 1];
    for (int j = 0; j <= n; j++) {
      d[0][j] = 0;
      s[0][j] = j;
    }
    for (int i = 1; i <= m; i++) {
      d[i][0] = i;
      s[i][0] = 0;
      for (int j = 1; j <= n; j++) {
        int sub = d[i - 1][j - 1] + (label.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1);
        int del = d[i - 1][j] + 1; // a label character missing from the text
        int ins = d[i][j - 1] + 1; // a character in the text that the label has not
        int best = sub;
        int start = s[i - 1][j - 1];
        if (del < best) {
          best = del;
          start = s[i - 1][j];
        }
        if (ins < best) {
          best = ins;
          start = s[i][j - 1];
        }
        d[i][j] = best;
        s[i][j] = start;
      }
    }
    Align full = new Align(d[m][n], s[m][n], m, m);
    // A head of the label, exact (or one slip in a long head), with the rest to come after the numbers.
    Align head = null;
    for (int i = Math.min(MIN_HEAD, m); i < m; i++) {
      int allowed = i >= 12 ? 1 : 0;
      if (d[i][n] <= allowed && (head == null || d[i][n] <= head.distance)) {
        head = new Align(d[i][n], s[i][n], i, m);
      }
    }
    if (head != null && head.distance < full.distance) {
      return head;
    }
    return full;
  }
}
