package cn.gongkai.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link UrlScheme#encode}: every byte but a path's own characters percent-encoded (RFC 3986), compared with the rule written out. */
class UrlSchemeTest {
  private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/";

  private static String byTheRule(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      out.append(c < 0x80 && PLAIN.indexOf(c) >= 0 ? String.valueOf((char) c) : String.format("%%%02X", c));
    }
    return out.toString();
  }

  @Test
  void encodesAsTheRuleSaysAndGivesAPlainPathBackAsItIs() {
    String plain = "policy/notice-1.html";
    assertSame(plain, UrlScheme.encode(plain));
    assertEquals("reports/%E5%B9%B4%E6%8A%A5%202023.pdf", UrlScheme.encode("reports/年报 2023.pdf"));
    String alphabet = PLAIN + " %?#\"<>[]\\^`{|}\u007f\u0080é中文\uD83D\uDE00\t";
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        int at = random.nextInt(alphabet.length());
        if (Character.isHighSurrogate(alphabet.charAt(at))) {
          s.append(alphabet, at, at + 2);
        } else if (!Character.isLowSurrogate(alphabet.charAt(at))) {
          s.append(alphabet.charAt(at));
        }
      }
      assertEquals(byTheRule(s.toString()), UrlScheme.encode(s.toString()), s::toString);
    }
  }

  @Test
  void canonicalIsTheBaseAndTheEncodedPath() {
    assertEquals("https://example.gov.cn/policy/%E9%80%9A%E7%9F%A5.html", UrlScheme.canonical("https://example.gov.cn/", "policy/通知.html"));
  }
}
