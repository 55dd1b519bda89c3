package cn.gongkai.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainBody} writes exactly what flexmark parses and writes, for every body it takes, and takes only
 * bodies whose tree holds nothing but paragraphs, headings, tables and plain text (so HTML-01 and LINK-01 have
 * nothing to look at): every Markdown file of the repository (whole, and without its front matter) and 60,000
 * generated bodies, mostly plain prose and tables, with every near miss of the syntax mixed in.
 */
class PlainBodyTest {
  private static final Set<Class<?>> PLAIN_NODES = Set.of(
      Paragraph.class, Heading.class, Text.class, SoftLineBreak.class,
      TableBlock.class, TableHead.class, TableSeparator.class, TableBody.class, TableRow.class, TableCell.class);

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
    int files = texts.size();
    Random random = new Random(20261203);
    for (int i = 0; i < 60_000; i++) {
      texts.add(body(random));
    }
    int taken = 0;
    int takenFiles = 0;
    int tables = 0;
    int headings = 0;
    int escaped = 0;
    int placed = 0;
    int aligned = 0;
    for (int t = 0; t < texts.size(); t++) {
      String text = new BodyText(texts.get(t)).rendered;
      String plain = PlainBody.html(text);
      if (plain == null) {
        continue;
      }
      Node doc = Markdown.parse(text);
      for (Node node : doc.getDescendants()) {
        assertTrue(PLAIN_NODES.contains(node.getClass()), () -> node.getClass().getSimpleName() + " in a body taken: " + text);
      }
      assertEquals(Markdown.flexmark(doc, url -> url), plain, text);
      taken++;
      takenFiles += t < files ? 1 : 0;
      tables += plain.contains("<table") ? 1 : 0;
      headings += plain.contains("<h") ? 1 : 0;
      escaped += plain.contains("&quot;") || plain.contains("&gt;") ? 1 : 0;
      placed += plain.contains("class=\"signature\"") || plain.contains("class=\"addressee\"") ? 1 : 0;
      aligned += plain.contains("align=\"center\"") ? 1 : 0;
    }
    // Not vacuous: many bodies are taken, of every kind, and so are files of the repository.
    assertTrue(taken > 10_000, "taken: " + taken + " of " + texts.size());
    assertTrue(takenFiles >= 5, "files taken: " + takenFiles + " of " + files);
    assertTrue(tables > 2_000 && headings > 3_000 && escaped > 2_000 && placed > 2_000 && aligned > 500,
        "tables " + tables + ", headings " + headings + ", escaped " + escaped + ", placed " + placed + ", aligned " + aligned);
  }

  @Test
  void whatCouldBeReadAnotherWayGoesToFlexmark() {
    for (String text : List.of(
        "见[说明](a.md)。", "**重点**", "- 一\n- 二\n", "1. 一\n", "2) 二\n", "> 引用", "<div>x</div>", "第一行  \n第二行",
        "a & b", "a\\b", "`code`", "下_划_线", "　　首行缩进", " 空格开头", "结尾空格 ", "标题\n===", "标题\n---", "---",
        "#标题", "####### 七级", "## 标题 ##", "| a | b |\n|---|---|\n| 1 2 ||\n", "| a | b |\n|---|---|\n| 1 |\n",
        "| a | b |\n|---|---|\n| 1 | 2 |\n编辑 1\n", "正文\n| a |\n|---|\n| 1 |\n", "| a |\n|---|\n", "| a | b\n|---|---|\n| 1 | 2 |\n",
        "| a |\n|-x-|\n| 1 |\n", "| --- |\n|---|\n| 1 |\n", "| a |\n|---|\n| 1 |\n[标题]\n", "| a |\n|--|\n| 1 |\n", "|  |\n|---|\n| 1 |\n", "| a |\n|---|\n|  |\n", "a\tb", "~~~\ncode\n~~~")) {
      assertNull(PlainBody.html(text), text);
    }
    assertEquals(
        "<p class=\"addressee\">各村（社区）：</p>\n<h2>一、&quot;数据&quot;</h2>\n<table class=\"md-table\">\n<thead>\n<tr><th>项目</th><th align=\"right\">数量</th></tr>\n"
            + "</thead>\n<tbody>\n<tr><td>甲</td><td align=\"right\">1</td></tr>\n</tbody>\n</table>\n<p>a&gt;b</p>\n",
        PlainBody.html("各村（社区）：\n\n## 一、\"数据\"\n\n| 项目 | 数量 |\n|---|---:|\n| 甲 | 1 |\n\na>b\n"));
    assertNotNull(PlainBody.html("正文第一行\n第二行。\n\n示例镇人民政府\n\n2024年3月1日"));
  }

  private static final String[] PLAIN = {"东山镇", "政府信息公开", "工作", "2022", "。", "，", "（社区）", "：", "年", "abc", "\"通知\"", "1>0"};

  private static final String[] ODD = {
    " ", "  ", "&", "a<b", "x>y", "\"引号\"", "'", "\\", "\\|", "*", "_", "#", "|", "-", "+", "1.", "2)", "=", "!", "~", "`",
    "[", "]", "(", ")", ":", "…", "\u3000", "\u00a0", "\ufeff", "\t", "\u0000", "\r", "<!-- 注 -->", "https://example.gov.cn/a?b=1&c=2",
    "—", "－", "---", ":--", "@", "%", "{", "}", "$", "^", "１２", "Ⅱ", "\u2028", "\ud83d\ude00",
  };

  private static String body(Random r) {
    StringBuilder b = new StringBuilder();
    int blocks = 1 + r.nextInt(6);
    for (int i = 0; i < blocks; i++) {
      switch (r.nextInt(8)) {
        case 0, 1, 2 -> paragraph(r, b);
        case 3 -> b.append("#".repeat(r.nextInt(12) == 0 ? 7 : 1 + r.nextInt(6))).append(r.nextInt(12) == 0 ? "" : " ")
            .append(r.nextInt(12) == 0 ? " " : "").append(line(r)).append(r.nextInt(12) == 0 ? " #" : "").append('\n');
        case 4 -> b.append(line(r)).append('\n').append(r.nextBoolean() ? "===" : "---").append('\n');
        case 5 -> b.append(r.nextBoolean() ? "各村（社区）：" : r.nextBoolean() ? "东山镇人民政府" : "2022年" + (1 + r.nextInt(12)) + "月" + (1 + r.nextInt(28)) + "日").append('\n');
        default -> table(r, b);
      }
      // mostly a blank line between blocks, as bodies are written
      b.append(r.nextInt(12) == 0 ? "" : r.nextInt(6) == 0 ? "\n\n" : "\n");
    }
    return b.toString();
  }

  private static void paragraph(Random r, StringBuilder b) {
    int lines = 1 + r.nextInt(3);
    for (int i = 0; i < lines; i++) {
      b.append(r.nextInt(30) == 0 ? ODD[r.nextInt(ODD.length)] : "").append(line(r)).append(r.nextInt(30) == 0 ? ODD[r.nextInt(ODD.length)] : "").append('\n');
    }
  }

  private static String line(Random r) {
    StringBuilder b = new StringBuilder();
    int pieces = 1 + r.nextInt(5);
    for (int i = 0; i < pieces; i++) {
      // mostly plain prose; now and then something that could be syntax
      b.append(r.nextInt(30) == 0 ? ODD[r.nextInt(ODD.length)] : PLAIN[r.nextInt(PLAIN.length)]);
    }
    return b.toString();
  }

  private static void table(Random r, StringBuilder b) {
    int columns = 1 + r.nextInt(4);
    boolean outer = r.nextInt(10) != 0;
    row(r, b, columns, outer, r.nextInt(10) == 0);
    StringBuilder separator = new StringBuilder(outer || columns == 1 ? "|" : "");
    for (int c = 0; c < columns; c++) {
      separator.append(switch (r.nextInt(7)) {
        case 0 -> ":---";
        case 1 -> "---:";
        case 2 -> ":---:";
        case 3 -> " --- ";
        case 4 -> r.nextInt(3) == 0 ? (r.nextBoolean() ? ":" : "-") : "----";
        case 5 -> switch (r.nextInt(5)) {
          case 0 -> "-:-";
          case 1 -> ":--";
          case 2 -> "--:";
          case 3 -> ":----:";
          default -> "--";
        };
        default -> "---";
      });
      separator.append(c < columns - 1 || outer || columns == 1 ? "|" : "");
    }
    b.append(separator).append('\n');
    int rows = r.nextInt(6);
    for (int i = 0; i < rows; i++) {
      row(r, b, r.nextInt(6) == 0 ? Math.max(1, columns - 1 + r.nextInt(3)) : columns, outer, true);
    }
  }

  private static void row(Random r, StringBuilder b, int cells, boolean outer, boolean mayBeEmpty) {
    b.append(outer || cells == 1 ? "| " : "");
    for (int c = 0; c < cells; c++) {
      b.append(mayBeEmpty && r.nextInt(15) == 0 ? (r.nextBoolean() ? "" : "-") : r.nextInt(4) == 0 ? String.valueOf(r.nextInt(1000)) : line(r).replace("|", r.nextInt(3) == 0 ? "" : "\\|"));
      b.append(c < cells - 1 ? (r.nextInt(30) == 0 ? " || " : " | ") : outer || cells == 1 ? " |" : "");
    }
    b.append('\n');
  }
}
