package cn.gongkai.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link Tables} gives the HTML flexmark's own TablesExtension gives, its one preprocessor shared by threads. */
class TablesTest {
  private static final List<String> TABLES = List.of(
      "| 项目 | 数量 |\n|---|---:|\n| 甲 | 1 |\n| 乙 | 2 |\n",
      "项目 | 数量\n:--- | :---:\n甲 | 1\n",
      "| 只有表头 |\n|-|\n",
      "| a | b |\n| - | - |\n| 1 |\n| 1 | 2 | 3 |\n",
      "段落\n| 不是 | 表 |\n正文\n\n| x |\n|:-:|\n| `|` |\n",
      "> | 引用里 | 的表 |\n> |---|---|\n> | 1 | 2 |\n",
      "- 列表\n\n  | 列表里 | 的表 |\n  |---|---|\n  | 1 | 2 |\n",
      "| 分隔行不够长 |\n|--|\n| 1 |\n");

  @Test
  void theSameHtmlAsFlexmarksOwnExtension() throws Exception {
    MutableDataSet stock = new MutableDataSet(Markdown.options());
    stock.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    Parser stockParser = Parser.builder(stock).build();
    HtmlRenderer stockRenderer = HtmlRenderer.builder(stock).build();
    Parser parser = Parser.builder(Markdown.options()).build();
    HtmlRenderer renderer = HtmlRenderer.builder(Markdown.options()).build();
    List<String> texts = texts();
    List<String> expected = texts.stream().map(t -> stockRenderer.render(stockParser.parse(t))).toList();
    assertTrue(expected.stream().filter(h -> h.contains("<table")).count() >= 8, "the texts have tables");
    for (int i = 0; i < texts.size(); i++) {
      assertEquals(expected.get(i), renderer.render(parser.parse(texts.get(i))), texts.get(i));
    }
    // The one preprocessor from every core at once, as bodies are parsed in a build.
    List<Integer> indexes = new ArrayList<>();
    for (int round = 0; round < 20; round++) {
      for (int i = 0; i < texts.size(); i++) {
        indexes.add(i);
      }
    }
    List<String> parallel = cn.gongkai.diag.Parallel.map(indexes, i -> renderer.render(parser.parse(texts.get(i))));
    for (int k = 0; k < indexes.size(); k++) {
      assertEquals(expected.get(indexes.get(k)), parallel.get(k));
    }
  }

  private static List<String> texts() throws Exception {
    List<String> texts = new ArrayList<>(TABLES);
    for (String root : List.of("content", "src/test/resources")) {
      try (Stream<Path> walk = Files.walk(Path.of(root))) {
        for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".md")).sorted()::iterator) {
          texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
      }
    }
    return texts;
  }
}
