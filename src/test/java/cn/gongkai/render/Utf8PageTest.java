package cn.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page writer must give exactly the bytes of {@code String.getBytes(UTF_8)}, whatever the pieces. */
class Utf8PageTest {
  private static final char[] ALPHABET = {'a', '<', '"', '\n', 'é', '中', '文', '。', '\u20ac', '\ud83d', '\ude00', '\ud800', '\udfff', '\uffff', '\u0000', '\u07ff', '\u0800'};

  @Test
  void matchesStringGetBytesForRandomTextInRandomPieces() {
    Random random = new Random(20261127);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(300);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      String s = text.toString();
      Utf8Page page = new Utf8Page();
      // The same text twice over, the second time after a reset, written in random pieces.
      for (int pass = 0; pass < 2; pass++) {
        page.reset();
        int at = 0;
        while (at < s.length()) {
          int piece = Math.min(s.length() - at, 1 + random.nextInt(40));
          switch (random.nextInt(3)) {
            case 0 -> page.write(s, at, piece);
            case 1 -> page.write(s.toCharArray(), at, piece);
            default -> {
              for (int i = at; i < at + piece; i++) {
                page.write(s.charAt(i));
              }
            }
          }
          at += piece;
        }
      }
      assertArrayEquals(expected(s), page.toByteArray(), () -> "text: " + s.chars().mapToObj(Integer::toHexString).toList());
    }
  }

  /** What the JDK writes for the whole text (a surrogate pair split across two pieces is still one character). */
  private static byte[] expected(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
