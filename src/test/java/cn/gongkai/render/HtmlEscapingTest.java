package cn.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** {@link HtmlEscaping} gives what Pebble's own html strategy (unbescape's escapeHtml4Xml) gives, character for character. */
class HtmlEscapingTest {
  @Test
  void everyCharacterAloneAndBetweenOthers() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = String.valueOf((char) c);
      assertEquals(HtmlEscape.escapeHtml4Xml(s), HtmlEscaping.escape(s), "U+" + Integer.toHexString(c));
      String between = "甲" + s + "a&" + s;
      assertEquals(HtmlEscape.escapeHtml4Xml(between), HtmlEscaping.escape(between), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void charactersBeyondTheBasicPlaneAndRandomTexts() {
    Random random = new Random(20261202L);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder s = new StringBuilder();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        switch (random.nextInt(4)) {
          case 0 -> s.append("&<>\"'".charAt(random.nextInt(5)));
          case 1 -> s.appendCodePoint(0x10000 + random.nextInt(0x100000));
          case 2 -> s.append((char) random.nextInt(0x10000));
          default -> s.append("公开指南2022年&amp;".charAt(random.nextInt(14)));
        }
      }
      assertEquals(HtmlEscape.escapeHtml4Xml(s.toString()), HtmlEscaping.escape(s.toString()), s.toString());
    }
    assertNull(HtmlEscaping.escape(null));
    assertEquals(HtmlEscape.escapeHtml4Xml(""), HtmlEscaping.escape(""));
  }

  /** Every line of the column's own content: the texts pages really show. */
  @Test
  void theTextsOfTheShippedColumn() throws Exception {
    int lines = 0;
    try (Stream<Path> walk = Files.walk(Path.of("content"))) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml"))::iterator) {
        List<String> all = Files.readAllLines(p, StandardCharsets.UTF_8);
        for (String line : all) {
          assertEquals(HtmlEscape.escapeHtml4Xml(line), HtmlEscaping.escape(line), p + ": " + line);
          lines++;
        }
      }
    }
    assertTrue(lines > 100, "read the column's files: " + lines + " lines");
  }
}
