package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.audit.AuditFixtures;
import cn.gongkai.audit.AuditPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit's HTML page passes the Nu HTML Checker and is self-contained. */
class AuditPageValidityTest {
  @TempDir Path dir;

  static String page(Path dir) throws Exception {
    return AuditPage.html(AuditFixtures.sample(dir));
  }

  @Test
  void pageIsValidHtml() throws Exception {
    String html = page(dir);
    assertEquals(List.of(), HtmlValidityTest.validate(html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void pageOfARealRunIsValidHtml() throws Exception {
    Path html = dir.resolve("体检.html");
    int code = cn.gongkai.cli.Main.run(
        new String[] {"audit", "src/test/resources/audit/两年", "--html", html.toString()},
        new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()));
    assertEquals(1, code, "the notice page is no report");
    assertEquals(List.of(), HtmlValidityTest.validate(java.nio.file.Files.readAllBytes(html)));
  }

  @Test
  void pageIsSelfContainedWithRealTables() throws Exception {
    String html = page(dir);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), html);
    assertFalse(html.contains("<script"), "no script");
    assertFalse(html.matches("(?s).*(src=|<link|@import|url\\().*"), "nothing fetched");
    assertFalse(html.contains("href=\"http"), "no external link");
    assertTrue(html.contains("<caption>各报告检查结果汇总（4 个文件）</caption>"), html);
    assertTrue(html.contains("<th scope=\"col\">待核对</th>"), html);
    assertTrue(html.contains("<th scope=\"row\"><a href=\"#r1\">"), html);
    assertTrue(html.contains("&lt;坏&gt; &amp; &quot;引号&quot;.txt"), "file names escaped");
    assertTrue(html.contains("@page{size:A4"), "print styles for A4");
    assertTrue(html.contains("@media screen and (max-width:40em)"), "cards on narrow screens");
    assertTrue(html.contains("警告</td><td data-label=\"规则\" class=\"rule\">SIM-01</td>"), html);
    assertTrue(html.contains("<strong>无法导入：</strong>"), html);
  }
}
