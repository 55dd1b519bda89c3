package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.cli.Main;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Security of the output: (a) every data string is escaped; (b) Markdown bodies cannot carry active
 * content (HTML-01); (c) nothing outside {@code content/} is reached through {@code ../} or symbolic links.
 */
class SecurityTest {
  /** Markup, both quotes, an ampersand and Pebble syntax that would print 1337 and EVALUATED if evaluated. */
  static final String PAYLOAD = "<script>alert(\"x\")</script><img src=x onerror=alert(1)>'\"&amp;{{ 7*191 }}{% if true %}EVALUATED{% endif %}";

  static final String COLUMNS =
      "-- content/columns.yaml --\n- id: policy\n  title: " + yaml("政策" + PAYLOAD) + "\n  description: " + yaml("说明" + PAYLOAD) + "\n"
          + "- id: reports\n  title: 政府信息公开年报\n";

  record Run(int code, String out) {}

  static Run run(String... args) {
    StringWriter all = new StringWriter();
    PrintWriter pw = new PrintWriter((Writer) all, true);
    return new Run(Main.run(args, pw, pw), all.toString());
  }

  static Run check(Path site) {
    return run("check", "--source", site.toString());
  }

  /** A single-quoted YAML scalar. */
  static String yaml(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  static String item(String path, String extraFrontMatter, String body) {
    return "-- " + path + " --\n---\ntitle: 测试信息\nindex_no: 123456789X/2024-0100\npublisher: 示例镇\ngenerated: 2024-03-01\n"
        + "published: 2024-03-05\nscope: 全部公开\nchannel: 政府网站\ncolumn: policy\n" + extraFrontMatter + "---\n\n" + body + "\n";
  }

  static final String PLAIN_COLUMNS = "-- content/columns.yaml --\n- id: policy\n  title: 政策文件\n- id: reports\n  title: 政府信息公开年报\n";

  // ---------------------------------------------------------------- (a) escaping

  @Nested
  class Escaping {
    @Test
    void everyDataStringIsEscapedAndNoTemplateSyntaxIsEvaluated(@TempDir Path dir) throws Exception {
      String site =
          TestSite.valid2021()
              .replace("name: 示例镇基层政务公开专栏", "name: " + yaml("专栏" + PAYLOAD))
              .replace("organ: 示例县示例镇人民政府\npublisher: 示例镇\nunit_code", "organ: " + yaml("机关" + PAYLOAD) + "\npublisher: " + yaml("发布" + PAYLOAD) + "\nunit_code")
              .replace("  sponsor: 示例县示例镇人民政府", "  sponsor: " + yaml("主办" + PAYLOAD) + "\n  note: " + yaml("说明" + PAYLOAD))
              .replace("format: \"2021\"\norgan: 示例县示例镇人民政府\npublisher: 示例镇", "format: \"2021\"\ntitle: " + yaml("年报" + PAYLOAD) + "\norgan: " + yaml("主体" + PAYLOAD) + "\npublisher: " + yaml("机构" + PAYLOAD))
          + COLUMNS
          + item(
              "content/policy/notice-1.md",
              "doc_no: " + yaml("文号" + PAYLOAD) + "\nsummary: " + yaml("概述<script>alert(1)</script>'\"{{ 7*191 }}") + "\n",
              "正文。")
              .replace("title: 测试信息\n", "title: " + yaml("标题" + PAYLOAD) + "\n")
              .replace("publisher: 示例镇\n", "publisher: " + yaml("机构" + PAYLOAD) + "\n");
      TestSite.write(dir, site);
      Path out = dir.resolve("out");
      Run build = run("build", "--source", dir.toString(), "--out", out.toString());
      assertEquals(0, build.code(), build.out());

      List<Path> pages = files(out, ".html");
      assertTrue(pages.size() >= 5, "pages: " + pages);
      int shown = 0;
      for (Path page : pages) {
        String raw = Files.readString(page, StandardCharsets.UTF_8);
        assertFalse(raw.contains("<script>alert"), page + ": raw <script> from data");
        assertFalse(raw.contains("<img src=x"), page + ": raw <img> from data");
        assertNotEvaluated(raw, page.toString());
        Document doc = Jsoup.parse(raw);
        // Every payload's code calls alert(…): the theme's own scripts and handlers never do.
        for (Element script : doc.select("script")) {
          assertFalse(script.data().contains("alert") || script.attr("src").contains("alert"), page + ": script made from data " + script);
        }
        assertTrue(doc.select("img[src=x]").isEmpty(), page + ": <img> made from data");
        for (Element e : doc.getAllElements()) {
          for (Attribute a : e.attributes()) {
            assertFalse(a.getKey().toLowerCase().startsWith("on") && a.getValue().contains("alert"), page + ": event attribute made from data " + a + " on " + e.tagName());
            assertFalse(a.getKey().contains("alert") || a.getKey().contains("<") || a.getKey().contains("\""), page + ": attribute made from data: " + a);
          }
        }
        // Escaped, not dropped: the page shows the text exactly as written (where the page has that part).
        Element name = doc.selectFirst(".site-name");
        if (name != null) {
          assertEquals("专栏" + PAYLOAD, name.text(), page + ": site name not shown verbatim");
          assertTrue(doc.title().contains("专栏" + PAYLOAD), page + ": <title> lost the site name");
          shown++;
        }
        Element nav = doc.selectFirst("nav.site-nav");
        if (nav != null) {
          assertTrue(nav.text().contains("政策" + PAYLOAD), page + ": column title not shown verbatim in the navigation");
        }
        Element footer = doc.selectFirst("footer.site-footer");
        if (footer != null) {
          assertTrue(footer.text().contains("主办" + PAYLOAD) && footer.text().contains("说明" + PAYLOAD), page + ": footer not shown verbatim");
        }
      }
      assertTrue(shown >= 5, "pages with the site header: " + shown);

      String itemPage = Jsoup.parse(Files.readString(out.resolve("policy/notice-1.html"), StandardCharsets.UTF_8)).text();
      for (String field : List.of("标题", "机构", "文号")) {
        assertTrue(itemPage.contains(field + PAYLOAD), "item page lost " + field + ": " + itemPage);
      }
      String reportPage = Jsoup.parse(Files.readString(out.resolve("reports/2023/index.html"), StandardCharsets.UTF_8)).text();
      for (String field : List.of("年报", "机构")) {
        assertTrue(reportPage.contains(field + PAYLOAD), "report page lost " + field + ": " + reportPage);
      }
      String columnPage = Jsoup.parse(Files.readString(out.resolve("policy/index.html"), StandardCharsets.UTF_8)).text();
      assertTrue(columnPage.contains("说明" + PAYLOAD) && columnPage.contains("标题" + PAYLOAD), columnPage);

      // Feeds and sitemaps are well-formed XML and keep the text; the search index is JSON.
      for (Path xml : files(out, ".xml")) {
        org.w3c.dom.Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertNotEvaluated(d.getDocumentElement().getTextContent(), xml.toString());
      }
      String feed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("feed.xml").toFile()).getDocumentElement().getTextContent();
      assertTrue(feed.contains("标题" + PAYLOAD), feed);
      JsonNode search = new ObjectMapper().readTree(out.resolve("catalogue/search.json").toFile());
      List<String> titles = new ArrayList<>();
      search.forEach(n -> titles.add(n.get("title").asText()));
      assertTrue(titles.contains("标题" + PAYLOAD), titles.toString());
    }
  }

  /** Pebble did not run the data: no 7*191, and EVALUATED only inside its literal {% if %} tags. */
  static void assertNotEvaluated(String text, String where) {
    assertFalse(text.contains("1337"), where + ": {{ 7*191 }} was evaluated");
    assertEquals(count(text, "EVALUATED"), count(text, "{% if true %}EVALUATED{% endif %}"), where + ": {% if %} was evaluated");
  }

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  // ---------------------------------------------------------------- (b) HTML-01

  @Nested
  class ActiveContent {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            script block              | <script>alert(1)</script>                                | 14:1  | <script> 标签
            script upper case         | <SCRIPT SRC=//evil.example/x.js></SCRIPT>                | 14:1  | <script> 标签
            script inline             | 文字<script>alert(1)</script>文字                        | 14:3  | <script> 标签
            iframe                    | <iframe src="https://example.com/"></iframe>             | 14:1  | <iframe> 标签
            object                    | <object data="x.swf"></object>                           | 14:1  | <object> 标签
            embed                     | <embed src="x.swf">                                      | 14:1  | <embed> 标签
            onerror inline            | 图<img src="a.png" onerror="alert(1)">                   | 14:19 | 事件属性“onerror=”
            onclick block             | <div onclick="alert(1)">点我</div>                       | 14:6  | 事件属性“onclick=”
            javascript link           | [点我](javascript:alert(1))                              | 14:1  | “javascript:”地址
            javascript mixed case     | [点我](JaVaScRiPt:alert(1))                              | 14:1  | “javascript:”地址
            javascript entity and tab | [点我](java&#x09;script&colon;alert(1))                  | 14:1  | “javascript:”地址
            javascript in HTML href   | <a href="java&#115;cript:alert(1)">x</a>                 | 14:1  | “javascript:”地址
            javascript image          | ![图](javascript:alert(1))                               | 14:1  | “javascript:”地址
            javascript autolink       | <javascript:alert(1)>                                    | 14:1  | “javascript:”地址
            javascript reference      | [点我][r]\\n\\n[r]: javascript:alert(1)                  | 16:1  | “javascript:”地址
            vbscript link             | [点我](vbscript:msgbox(1))                               | 14:1  | “vbscript:”地址
            script split by comment   | <scr<!--\\n-->ipt>alert(1)</script>                     | 14:1  | <script> 标签
            svg onload in a block     | <div><svg/onload=alert(1)></div>                         | 14:11 | 事件属性“onload=”
            handler without a space   | <p><a href="x"onmouseover=alert(1)>x</a></p>             | 14:15 | 事件属性“onmouseover=”
            javascript in style sheet | <style>p{background:url(javascript:alert(1))}</style>    | 14:25 | “javascript:”地址
            """)
    void isRefusedWithFileAndLine(String what, String body, String at, String message, @TempDir Path dir) {
      TestSite.write(dir, TestSite.valid2021() + PLAIN_COLUMNS + item("content/policy/x.md", "", "第一段。\n\n" + body.replace("\\n", "\n")));
      Run r = check(dir);
      assertEquals(1, r.code(), r.out());
      String prefix = "content/policy/x.md:" + at + ": 错误 HTML-01 ";
      assertTrue(r.out().lines().anyMatch(l -> l.startsWith(prefix) && l.contains(message)), "want “" + prefix + "…" + message + "” in\n" + r.out());
      assertFalse(r.out().contains("Exception"), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            plain HTML table          | <table><tr><td>1</td></tr></table>
            line break and emphasis   | 第一行<br>第二行<strong>重点</strong>
            https link                | [政府网](https://www.gov.cn/)
            HTML https link           | <a href="https://www.gov.cn/">政府网</a>
            mailto link               | [来信](mailto:gongkai@example.com)
            script in a comment       | <!-- <script>alert(1)</script> 待删除 -->
            script in a code block    | ```\\n<script>alert(1)</script>\\n```
            javascript in code span   | 不要写 `javascript:alert(1)` 这样的链接。
            escaped tag as text       | 文字 \\<script> 会原样显示。
            online word in text       | 本镇 online 办理，onboard 流程。
            not a tag to CommonMark   | <a href="x"onmouseover=alert(1)>x</a> 没有空格，不是 HTML，原样显示。
            handler name as HTML text | <p>请不要在正文里写 onclick= 这样的属性。</p>
            svg onload as text        | <svg/onload=alert(1)> 不是 CommonMark 的 HTML，原样显示。
            """)
    void harmlessMarkupIsAccepted(String what, String body, @TempDir Path dir) {
      TestSite.write(dir, TestSite.valid2021() + PLAIN_COLUMNS + item("content/policy/x.md", "", body.replace("\\n", "\n")));
      Run r = check(dir);
      assertEquals(0, r.code(), r.out());
    }

    @Test
    void reportNarrativeAndColumnIntroductionAreCheckedToo(@TempDir Path dir) {
      String site =
          TestSite.valid2021().replace("公开内容有待充实。", "公开内容有待充实。<iframe src=\"https://x.example/\"></iframe>")
              + PLAIN_COLUMNS
              + "-- content/policy/index.md --\n本栏目发布政策文件。\n\n<p onclick=\"alert(1)\">点击</p>\n";
      TestSite.write(dir, site);
      Run r = check(dir);
      assertEquals(1, r.code(), r.out());
      assertTrue(r.out().contains("content/reports/2023.md:13:10: 错误 HTML-01 正文中不能使用 <iframe> 标签"), r.out());
      assertTrue(r.out().contains("content/policy/index.md:3:4: 错误 HTML-01 正文中的 HTML 带有事件属性“onclick=”"), r.out());
      Path out = dir.resolve("out");
      Run build = run("build", "--source", dir.toString(), "--out", out.toString());
      assertEquals(1, build.code());
      assertFalse(Files.exists(out));
    }

    @Test
    void isReportedAlongsideOtherErrors(@TempDir Path dir) {
      TestSite.write(dir, TestSite.valid2021().replace("penalty: 3", "penalty: -3") + PLAIN_COLUMNS + item("content/policy/x.md", "", "<script>x()</script>"));
      Run r = check(dir);
      assertTrue(r.out().contains("错误 FMT-03") && r.out().contains("content/policy/x.md:12:1: 错误 HTML-01"), r.out());
    }

    @Test
    void cannotBeAcknowledged(@TempDir Path dir) {
      TestSite.write(dir, TestSite.valid2021().replace("signed_on: 2024-01-19\n", "signed_on: 2024-01-19\nacknowledged:\n  - rule: HTML-01\n    reason: 需要嵌入视频。\n"));
      Run r = check(dir);
      assertEquals(1, r.code(), r.out());
      assertTrue(r.out().contains("错误 FMT-03 规则 HTML-01 不能用 acknowledged 跳过"), r.out());
    }
  }

  // ---------------------------------------------------------------- (c) leaving content/

  @Nested
  class LeavingContent {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            parent folder      | ../site.yaml
            two levels up      | ../../pom.xml
            absolute path      | /etc/passwd
            sub then up        | sub/../../site.yaml
            dot dot alone      | ..
            backslash          | ..\\\\site.yaml
            """)
    void attachmentsStayBesideTheirItem(String what, String name, @TempDir Path dir) {
      TestSite.write(dir, TestSite.valid2021() + PLAIN_COLUMNS + item("content/policy/x.md", "attachments: [" + yaml(name) + "]\n", "正文。"));
      Run r = check(dir);
      assertEquals(1, r.code(), r.out());
      assertTrue(r.out().contains("content/policy/x.md:10:15: 错误 ITEM-01 附件“" + name + "”必须放在信息文件所在的文件夹里"), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            page link far up          | [x](../../../../etc/passwd)                 | 链接“../../../../etc/passwd”指向站点以外的位置
            image far up              | ![x](../../../secret.png)                   | 图片“../../../secret.png”指向站点以外的位置
            content link out          | [x](../../../outside.md)                    | 链接“../../../outside.md”指向站点以外的位置
            content yaml out          | [x](../../../../etc/x.yaml)                 | 链接“../../../../etc/x.yaml”指向站点以外的位置
            encoded dots              | [x](%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd) | 指向站点以外的位置
            """)
    void linksStayInsideTheSite(String what, String link, String message, @TempDir Path dir) {
      TestSite.write(dir, TestSite.valid2021() + PLAIN_COLUMNS + item("content/policy/x.md", "", "第一段。\n\n见" + link + "。"));
      Run r = check(dir);
      assertEquals(1, r.code(), r.out());
      assertTrue(r.out().contains("content/policy/x.md:14: 错误 LINK-01 ") && r.out().contains(message), r.out());
    }
  }

  @Nested
  class SymbolicLinks {
    Path secret;

    /** A site plus a file outside it that a link would publish. */
    Path site(Path dir) throws IOException {
      return site(dir, "");
    }

    Path site(Path dir, String frontMatter) throws IOException {
      secret = dir.resolve("outside/secret.md");
      Files.createDirectories(secret.getParent());
      Files.writeString(secret, "---\ntitle: 机密\n---\n不应发布的内容。\n", StandardCharsets.UTF_8);
      Path site = dir.resolve("site");
      TestSite.write(site, TestSite.valid2021() + PLAIN_COLUMNS + item("content/policy/x.md", frontMatter, "正文。"));
      return site;
    }

    void link(Path link, Path target) throws IOException {
      try {
        Files.createSymbolicLink(link, target);
      } catch (UnsupportedOperationException | FileSystemException e) {
        Assumptions.abort("symbolic links are not available here: " + e);
      }
    }

    void assertRefused(Path site, String line) throws IOException {
      Run r = check(site);
      assertEquals(1, r.code(), r.out());
      assertTrue(r.out().contains(line), "want “" + line + "” in\n" + r.out());
      assertTrue(r.out().contains("不会被读取或发布") && r.out().contains("请删除这个链接"), r.out());
      assertFalse(r.out().contains("Exception"), r.out());
      Path out = site.resolveSibling("out");
      Run build = run("build", "--source", site.toString(), "--out", out.toString());
      assertEquals(1, build.code(), build.out());
      assertFalse(Files.exists(out), "a refused build wrote " + out);
    }

    @Test
    void symlinkedItemIsRefusedNotSkipped(@TempDir Path dir) throws IOException {
      Path site = site(dir);
      link(site.resolve("content/policy/leak.md"), secret);
      assertRefused(site, "content/policy/leak.md: 错误 ITEM-01 “leak.md”是符号链接（指向站点文件夹以外的 " + secret.toString().replace('\\', '/') + "）");
    }

    @Test
    void symlinkedAttachmentIsRefused(@TempDir Path dir) throws IOException {
      Path site = site(dir, "attachments: [form.pdf]\n");
      link(site.resolve("content/policy/form.pdf"), secret);
      assertRefused(site, "content/policy/form.pdf: 错误 ITEM-01 “form.pdf”是符号链接（指向站点文件夹以外的 ");
    }

    @Test
    void symlinkedReportIsRefused(@TempDir Path dir) throws IOException {
      Path site = site(dir);
      Path yaml = site.resolve("content/reports/2023.yaml");
      Path moved = dir.resolve("outside/2023.yaml");
      Files.move(yaml, moved);
      link(yaml, moved);
      assertRefused(site, "content/reports/2023.yaml: 错误 FMT-03 “2023.yaml”是符号链接（指向站点文件夹以外的 ");
    }

    @Test
    void symlinkedNarrativeIsRefused(@TempDir Path dir) throws IOException {
      Path site = site(dir);
      Path md = site.resolve("content/reports/2023.md");
      Path moved = dir.resolve("outside/2023.md");
      Files.move(md, moved);
      link(md, moved);
      assertRefused(site, "content/reports/2023.md: 错误 FMT-03 “2023.md”是符号链接（指向站点文件夹以外的 ");
    }

    @Test
    void symlinkedFolderIsRefused(@TempDir Path dir) throws IOException {
      Path site = site(dir);
      link(site.resolve("content/policy/more"), secret.getParent());
      assertRefused(site, "content/policy/more: 错误 ITEM-01 “more”是符号链接（指向站点文件夹以外的 ");
    }

    @Test
    void symlinkInsideTheSiteIsRefusedToo(@TempDir Path dir) throws IOException {
      Path site = site(dir);
      link(site.resolve("content/policy/copy.md"), Path.of("x.md"));
      assertRefused(site, "content/policy/copy.md: 错误 ITEM-01 “copy.md”是符号链接（指向 x.md）");
    }
  }
}
