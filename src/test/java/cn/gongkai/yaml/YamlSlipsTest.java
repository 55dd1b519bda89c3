package cn.gongkai.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one-pass look of {@link YamlSlips#fullWidth} finds every slip the line-by-line look finds. */
class YamlSlipsTest {
  /** Each character in each place a slip is looked for: indent, after a key, in a flow list, as a number. */
  private static final List<String> PLACES = List.of("%s  a: 1\n", "key%s 1\n", "key: [1, 2%s 3]\n", "key: {a: 1%s b: 2}\n", "key: 1%s5\n", "key: %s\n", "- a%s b\n");

  @Test
  void everyCharacterThatMakesASlipIsLookedFor() {
    int slipChars = 0;
    for (int c = 0; c <= 0xFFFF; c++) {
      for (String place : PLACES) {
        String text = place.formatted(String.valueOf((char) c));
        List<YamlSlips.Slip> slips = YamlSlips.scan(text);
        if (!slips.isEmpty()) {
          assertTrue(YamlSlips.mayHaveSlip(text), () -> "U+" + Integer.toHexString(text.codePointAt(0)) + " in " + text + ": " + slips);
          slipChars++;
        }
        assertEquals(slips, YamlSlips.fullWidth(text), text);
      }
    }
    // The places above do find slips: “：” after a key, “，” in a list, ０-９ in a number, U+3000 in an indent…
    assertTrue(slipChars > 20, "slips found: " + slipChars);
  }

  @Test
  void ordinaryChineseTextNeedsNoLineByLineLook() {
    assertFalse(YamlSlips.mayHaveSlip("title: 东山镇关于2022年度政府信息公开工作的报告\nindex_no: 006-2022-001\n"));
    assertTrue(YamlSlips.mayHaveSlip("title：东山镇\n"));
    assertEquals(1, YamlSlips.fullWidth("title：东山镇\n").size());
  }

  @Test
  void theShippedContentGivesTheSameSlipsEitherWay() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root : List.of("content", "src/test/resources")) {
      try (Stream<Path> s = Files.walk(Path.of(root))) {
        s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml") || p.toString().endsWith(".md") || p.toString().endsWith(".txtar")).forEach(files::add);
      }
    }
    assertTrue(files.size() > 50, "files: " + files.size());
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8); // (a few fixtures are GBK on purpose)
      assertEquals(YamlSlips.scan(text), YamlSlips.fullWidth(text), f.toString());
    }
  }
}
