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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
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
    List<String> texts = new ArrayList<>(TestBodies.repositoryTexts());
    int files = texts.size();
    Random random = new Random(20261203);
    for (int i = 0; i < 60_000; i++) {
      texts.add(BODIES.body(random));
    }
    int taken = 0;
    int takenFiles = 0;
    int tables = 0;
    int headings = 0;
    int escaped = 0;
    int placed = 0;
    int aligned = 0;
    int under = 0;
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
      under += LINE_UNDER_TABLE.matcher(text).find() ? 1 : 0;
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
    assertTrue(tables > 2_000 && headings > 3_000 && escaped > 2_000 && placed > 2_000 && aligned > 500 && under > 50,
        "tables " + tables + ", headings " + headings + ", escaped " + escaped + ", placed " + placed + ", aligned " + aligned + ", a line under a table " + under);
  }

  @Test
  void whatCouldBeReadAnotherWayGoesToFlexmark() {
    for (String text : List.of(
        "见[说明](a.md)。", "**重点**", "- 一\n- 二\n", "1. 一\n", "2) 二\n", "> 引用", "<div>x</div>", "第一行  \n第二行",
        "a & b", "a\\b", "`code`", "下_划_线", "　　首行缩进", " 空格开头", "结尾空格 ", "标题\n===", "标题\n---", "---",
        "#标题", "####### 七级", "## 标题 ##", "| a | b |\n|---|---|\n| 1 2 ||\n", "| a | b |\n|---|---|\n| 1 |\n",
        "| a | b |\n|---|---|\n| 1 | 2 |\n# 标题\n", "| a | b |\n|---|---|\n| 1 | 2 |\n编辑 | 1\n", "正文\n| a |\n|---|\n| 1 |\n", "| a |\n|---|\n", "| a | b\n|---|---|\n| 1 | 2 |\n",
        "| a |\n|-x-|\n| 1 |\n", "| --- |\n|---|\n| 1 |\n", "| a |\n|---|\n| 1 |\n[标题]\n", "| a |\n|--|\n| 1 |\n", "|  |\n|---|\n| 1 |\n", "| a |\n|---|\n|  |\n", "a\tb", "~~~\ncode\n~~~")) {
      assertNull(PlainBody.html(text), text);
    }
    assertEquals(
        "<p class=\"addressee\">各村（社区）：</p>\n<h2>一、&quot;数据&quot;</h2>\n<table class=\"md-table\">\n<thead>\n<tr><th>项目</th><th align=\"right\">数量</th></tr>\n"
            + "</thead>\n<tbody>\n<tr><td>甲</td><td align=\"right\">1</td></tr>\n</tbody>\n</table>\n<p>a&gt;b</p>\n",
        PlainBody.html("各村（社区）：\n\n## 一、\"数据\"\n\n| 项目 | 数量 |\n|---|---:|\n| 甲 | 1 |\n\na>b\n"));
    assertNotNull(PlainBody.html("正文第一行\n第二行。\n\n示例镇人民政府\n\n2024年3月1日"));
    // a line added right under a table: a paragraph of its own, as flexmark reads it
    assertEquals(
        "<table class=\"md-table\">\n<thead>\n<tr><th>项目</th></tr>\n</thead>\n<tbody>\n<tr><td>甲</td></tr>\n</tbody>\n</table>\n<p>编辑 1编辑 2</p>\n",
        PlainBody.html("| 项目 |\n|---|\n| 甲 |\n编辑 1\n编辑 2\n"));
  }

  /** A table's last row and, on the next line, something else than a row. */
  private static final Pattern LINE_UNDER_TABLE = Pattern.compile("\\|\n[^|\n]");

  private static final String[] PLAIN = {"东山镇", "政府信息公开", "工作", "2022", "。", "，", "（社区）", "：", "年", "abc", "\"通知\"", "1>0"};

  private static final String[] ODD = {
    " ", "  ", "&", "a<b", "x>y", "\"引号\"", "'", "\\", "\\|", "*", "_", "#", "|", "-", "+", "1.", "2)", "=", "!", "~", "`",
    "[", "]", "(", ")", ":", "…", "\u3000", "\u00a0", "\ufeff", "\t", "\u0000", "\r", "<!-- 注 -->", "https://example.gov.cn/a?b=1&c=2",
    "—", "－", "---", ":--", "@", "%", "{", "}", "$", "^", "１２", "Ⅱ", "\u2028", "\ud83d\ude00",
  };

  // mostly plain prose and tables; now and then something that could be syntax
  private static final TestBodies.Generator BODIES = new TestBodies.Generator(PLAIN, ODD, 20);
}
