package cn.gongkai.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link DirectHtml} writes exactly what flexmark writes, for every body it takes: every Markdown file of the
 * repository (whole, and without its front matter) and 20,000 generated bodies of paragraphs, headings and
 * tables with the characters that need escaping, alignments, short and long rows and empty cells.
 */
class DirectHtmlTest {
  @Test
  void theSameHtmlAsFlexmarkForEveryBodyItTakes() throws Exception {
    List<String> texts = new ArrayList<>();
    for (String root : List.of("content", "src/test/resources", "bench")) {
      try (Stream<Path> walk = Files.walk(Path.of(root))) {
        for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".md")).sorted()::iterator) {
          String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
          texts.add(text);
          int end = text.startsWith("---\n") ? text.indexOf("\n---\n", 3) : -1;
          if (end > 0) {
            texts.add(text.substring(end + 5));
          }
        }
      }
    }
    Random random = new Random(20261202);
    for (int i = 0; i < 20_000; i++) {
      texts.add(body(random));
    }
    int taken = 0;
    int tables = 0;
    int escaped = 0;
    int placed = 0;
    for (String text : texts) {
      Document doc = (Document) Markdown.parse(new BodyText(text).rendered);
      String direct = DirectHtml.render(doc);
      if (direct != null) {
        String expected = Markdown.flexmark(doc, url -> url);
        assertEquals(expected, direct, text);
        taken++;
        tables += direct.contains("<table") ? 1 : 0;
        escaped += direct.contains("&amp;") || direct.contains("&lt;") || direct.contains("&quot;") ? 1 : 0;
        placed += direct.contains("class=\"signature\"") || direct.contains("class=\"addressee\"") ? 1 : 0;
      }
    }
    // The comparison is not vacuous: most generated bodies are taken, with tables, escapes and 落款 among them.
    assertTrue(taken > 8_000, "taken: " + taken + " of " + texts.size());
    assertTrue(tables > 2_000 && escaped > 1_000 && placed > 500, "tables " + tables + ", escaped " + escaped + ", placed " + placed);
  }

  @Test
  void anythingElseGoesToFlexmark() {
    for (String text : List.of("见[说明](a.md)。", "**重点**", "- 一\n- 二\n", "> 引用", "<div>x</div>", "第一行  \n第二行", "| a | b |\n|---|---|\n| 1 2 ||\n", "```\ncode\n```", "---")) {
      assertNull(DirectHtml.render((Document) Markdown.parse(text)), text);
    }
    assertNotNull(DirectHtml.render((Document) Markdown.parse("各村（社区）：\n\n| 项目 | 数量 |\n|---|---:|\n| 甲 | 1 |\n")));
  }

  private static final String[] PIECES = {
    "东山镇", "政府信息公开", "abc", "2022", " ", "  ", "&", "&amp;", "a<b", "x>y", "\"引号\"", "'", "\\", "\\|", "\\*", "\\&", "\t",
    "１２", "。", "，", "：", ":", "*", "_", "#", "|", "-", "+", "1.", "（社区）", "…", "\u3000", "https://example.gov.cn/a?b=1&c=2", "\u0000",
    "\r", "<!-- 注 -->", "[", "]", "~", "=", "!",
  };

  private static String body(Random r) {
    StringBuilder b = new StringBuilder();
    int blocks = 1 + r.nextInt(6);
    for (int i = 0; i < blocks; i++) {
      switch (r.nextInt(7)) {
        case 0, 1, 2 -> paragraph(r, b);
        case 3 -> b.append("#".repeat(1 + r.nextInt(7))).append(' ').append(line(r)).append(r.nextInt(5) == 0 ? " ##" : "").append('\n');
        case 4 -> b.append(line(r)).append('\n').append(r.nextBoolean() ? "===" : "---").append('\n');
        case 5 -> b.append(r.nextBoolean() ? "各村（社区）：" : r.nextBoolean() ? "东山镇人民政府" : "2022年" + (1 + r.nextInt(12)) + "月" + (1 + r.nextInt(28)) + "日").append('\n');
        default -> table(r, b);
      }
      b.append(r.nextInt(6) == 0 ? "" : r.nextInt(4) == 0 ? "\n\n" : "\n");
    }
    return b.toString();
  }

  private static void paragraph(Random r, StringBuilder b) {
    int lines = 1 + r.nextInt(3);
    for (int i = 0; i < lines; i++) {
      b.append(" ".repeat(r.nextInt(5) == 0 ? r.nextInt(4) : 0)).append(line(r)).append(r.nextInt(8) == 0 ? " " : "").append('\n');
    }
  }

  private static String line(Random r) {
    StringBuilder b = new StringBuilder();
    int pieces = 1 + r.nextInt(5);
    for (int i = 0; i < pieces; i++) {
      // mostly plain prose, as bodies are
      b.append(r.nextInt(3) == 0 ? PIECES[r.nextInt(PIECES.length)] : PIECES[r.nextInt(4)]);
    }
    return b.toString();
  }

  private static void table(Random r, StringBuilder b) {
    int columns = 1 + r.nextInt(4);
    boolean outer = r.nextInt(4) != 0;
    row(r, b, columns, outer, false);
    StringBuilder separator = new StringBuilder(outer || columns == 1 ? "|" : "");
    for (int c = 0; c < columns; c++) {
      separator.append(switch (r.nextInt(5)) {
        case 0 -> ":---";
        case 1 -> "---:";
        case 2 -> ":---:";
        case 3 -> " --- ";
        default -> "---";
      });
      separator.append(c < columns - 1 || outer || columns == 1 ? "|" : "");
    }
    b.append(separator).append('\n');
    int rows = r.nextInt(5);
    for (int i = 0; i < rows; i++) {
      row(r, b, Math.max(1, columns - 1 + r.nextInt(3)), outer, true);
    }
  }

  private static void row(Random r, StringBuilder b, int cells, boolean outer, boolean mayBeEmpty) {
    b.append(outer || cells == 1 ? "| " : "");
    for (int c = 0; c < cells; c++) {
      b.append(mayBeEmpty && r.nextInt(6) == 0 ? "" : r.nextInt(4) == 0 ? String.valueOf(r.nextInt(1000)) : line(r).replace("|", "\\|"));
      b.append(c < cells - 1 ? " | " : outer || cells == 1 ? " |" : "");
    }
    b.append('\n');
  }
}
