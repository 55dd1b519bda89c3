package cn.gongkai.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DirectHtml} writes exactly what flexmark writes, for every body it takes: every Markdown file of the
 * repository (whole, and without its front matter) and 20,000 generated bodies of paragraphs, headings and
 * tables with the characters that need escaping, alignments, short and long rows and empty cells.
 */
class DirectHtmlTest {
  @Test
  void theSameHtmlAsFlexmarkForEveryBodyItTakes() throws Exception {
    List<String> texts = new ArrayList<>(TestBodies.repositoryTexts());
    Random random = new Random(20261202);
    for (int i = 0; i < 20_000; i++) {
      texts.add(BODIES.body(random));
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

  // the first four pieces are plain prose
  private static final TestBodies.Generator BODIES = new TestBodies.Generator(Arrays.copyOf(PIECES, 4), PIECES, 4);
}
