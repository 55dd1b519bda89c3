package cn.gongkai.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainText} and the character-array input of {@link Markdown#parse} change nothing: every text below
 * and every Markdown file of the shipped site and the test fixtures gives the same HTML as flexmark's own
 * text rendering of the same text given as a {@code String}.
 */
class PlainTextTest {
  private static final DataHolder OPTIONS = Markdown.options();
  private static final Parser PARSER = Parser.builder(OPTIONS).build();
  private static final HtmlRenderer FLEXMARK = HtmlRenderer.builder(OPTIONS).build();
  private static final HtmlRenderer OURS =
      HtmlRenderer.builder(OPTIONS)
          .nodeRendererFactory(options -> (NodeRenderer) () -> Set.of(new NodeRenderingHandler<>(Text.class, PlainText::render)))
          .build();

  static final List<String> TRICKY =
      List.of(
          "纯中文段落，没有任何要转义的字符。",
          "A & B < C > D \"E\" 'F'",
          "实体 &amp; &lt; &copy; &#20013; &#x4E2D; &bogus; 与裸 & 号",
          "反斜杠转义 \\* \\_ \\# \\\\ \\[ 以及普通的 \\中",
          "行内 `代码 & <b>` 与 *强调 & 转义\\** 与 **加粗 \"引号\"**",
          "回车\r\n换行\r单独回车\n结尾",
          "空字符\u0000在中间",
          "[链接 & 文字](https://example.org/?a=1&b=2 \"标题 & 引号\") 与 ![图 <alt>](a.png)",
          "| 项目 & 说明 | 数量 |\n|---|---:|\n| 第1项 <b> | 385 |\n| \\| 竖线 | 4 |",
          "- 列表 & 一\n- 列表 \"二\"\n\n1. 有序 <三>\n\n> 引用 & 块",
          "硬换行  \n下一行\\\n再下一行",
          "全角　空格与 emoji 😀 与代理对 \uD83D\uDE00 与孤立代理 \uD800 字");

  @Test
  void trickyTextsRenderAsFlexmarkDoes() {
    for (String t : TRICKY) {
      assertEquals(flexmark(t), ours(t), t);
    }
  }

  @Test
  void everyMarkdownFileRendersAsFlexmarkDoes() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root : List.of("content", "src/test/resources")) {
      try (Stream<Path> walk = Files.walk(Path.of(root))) {
        walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    assertTrue(files.size() > 100, "found only " + files.size() + " files");
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8); // GBK fixtures too, with U+FFFD
      assertEquals(flexmark(text), ours(text), f.toString());
    }
  }

  @Test
  void onlyTextThatNeedsNothingIsWrittenAsItIs() {
    assertTrue(PlainText.needsNoEscaping("政府信息公开 2023 年度"));
    for (String s : List.of("a\\b", "a&b", "a\rb", "a<b", "a>b", "a\"b", "a\u0000b")) {
      assertFalse(PlainText.needsNoEscaping(s), s);
    }
  }

  private static String flexmark(String text) {
    return FLEXMARK.render(PARSER.parse(text));
  }

  private static String ours(String text) {
    return OURS.render(Markdown.parse(text));
  }
}
