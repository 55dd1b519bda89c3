package cn.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.build.SiteBuilder;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Level;
import cn.gongkai.diag.Rule;
import cn.gongkai.markdown.Bodies;
import cn.gongkai.markdown.BodyHtmlPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The allow-list for HTML in bodies (issue 17): what it refuses (HTML-01), what paste debris it removes
 * from the published HTML with a warning (HTML-02), and that a rich but legitimate body is published byte
 * for byte as written. The messages of each vector in a whole site are the invalid-input cases.
 */
class BodyHtmlPolicyTest {
  /** What the item page of {@link RichBodySite} shows inside {@code <div class="item-body">}. */
  static final String RICH_ITEM_HTML =
      """
      <p class="addressee">各村（社区）、镇直各单位：</p>
      <h2>一、总体要求</h2>
      <p>为进一步做好政务公开工作，<strong>提高工作透明度</strong>，<em>依法依规</em>公开，现将有关事项通知如下。检查命令写作 <code>gongkai check</code>。</p>
      <h3>（一）工作步骤</h3>
      <ol>
      <li>梳理目录
      <ul>
      <li>按栏目整理</li>
      <li>按年份整理
      <ol>
      <li>当年的信息</li>
      <li>往年的信息</li>
      </ol>
      </li>
      </ul>
      </li>
      <li>逐条核对</li>
      </ol>
      <blockquote>
      <p>《中华人民共和国政府信息公开条例》第十九条：对涉及公众利益调整、需要公众广泛知晓或者需要公众参与决策的政府信息，行政机关应当主动公开。</p>
      <ul>
      <li>引用中的列表</li>
      </ul>
      </blockquote>
      <pre><code>gongkai check
      gongkai build
      </code></pre>
      <table class="md-table">
      <thead>
      <tr><th>序号</th><th>项目名称</th><th align="right">奖补资金（万元）</th></tr>
      </thead>
      <tbody>
      <tr><td>1</td><td>东湖村村组道路硬化</td><td align="right">12.50</td></tr>
      <tr><td>2</td><td>西岭村文化广场</td><td align="right">8.00</td></tr>
      </tbody>
      </table>
      <table>
      <caption>资金来源（合并单元格）</caption>
      <thead>
      <tr><th scope="col" rowspan="2">村</th><th scope="colgroup" colspan="2">资金（万元）</th></tr>
      <tr><th scope="col">上级补助</th><th scope="col">村级自筹</th></tr>
      </thead>
      <tbody>
      <tr><th scope="row">东湖村</th><td>8.00</td><td>4.50</td></tr>
      <tr><th scope="row">合计</th><td colspan="2">12.50</td></tr>
      </tbody>
      </table>
      <p>相关链接：<a href="https://www.gov.cn/">中国政府网</a>、<a href="http://www.example.gov.cn/">县政府网站</a>、<a href="mailto:gongkai@example.gov.cn">来信</a>、<a href="tel:0000-00000000">电话</a>、<a href="../reports/2023/">2023年度年报</a>、<a href="./">政策文件栏目</a>、<a href="rich/申报表.txt">申报表</a>、<a href="https://www.gov.cn/zhengce/">https://www.gov.cn/zhengce/</a>、<a href="https://www.gov.cn/" title="中国政府网">政府网</a>、<a href="../catalogue/">目录</a>。</p>
      <p><img src="rich/photo.png" alt="项目现场照片" /></p>
      <p><img src="../favicon.svg" alt="本站图标（HTML 写法）" width="32" height="32"></p>
      <hr />
      <p>第一行<br>第二行；水的化学式是 H<sub>2</sub>O，面积单位 m<sup>2</sup>；<strong>重点</strong>、<em>强调</em>、<code>代码</code>。</p>
      <blockquote><p>HTML 写的引用。</p></blockquote>
      <ul><li>HTML 写的列表<ol start="3"><li>第三项</li></ol></li></ul>
      <div class="sample-notice" role="note"><strong>示例</strong>　本条为测试用。</div>
      <p class="signature">示例镇人民政府</p>
      <p class="signature">2024年3月1日</p>
      """;

  record Rendered(List<Finding> findings, String html) {}

  /** One body through the same path as a build: flexmark, {@link HtmlRule#inspect}, the renderer. */
  static Rendered render(String markdown) {
    Findings findings = new Findings();
    Bodies bodies =
        Bodies.parseAndRender(List.of(new Bodies.Source("content/policy/x.md", markdown, 12, "policy/")), (file, dir) -> UnaryOperator.identity(), HtmlRule::inspect, findings);
    return new Rendered(findings.all(), bodies.all().get(0).html());
  }

  @Test
  void aRichLegitimateBodyIsPublishedAsWritten(@TempDir Path dir) throws Exception {
    Path src = RichBodySite.write(dir.resolve("src"));
    SiteBuilder.Result r = SiteBuilder.build(src, dir.resolve("out"), RichBodySite.TODAY);
    assertEquals(List.of(), r.findings(), r.summary());
    String page = TestSite.read(dir.resolve("out").resolve(RichBodySite.ITEM_PAGE));
    String start = "<div class=\"item-body\">\n";
    int from = page.indexOf(start) + start.length();
    int to = page.indexOf("\n</div>\n<section class=\"attachments\"", from);
    assertEquals(RICH_ITEM_HTML, page.substring(from, to + 1));
    // The column introductions and the narrative keep their HTML too.
    String guide = TestSite.read(dir.resolve("out/guide/index.html"));
    assertTrue(guide.contains("<div class=\"sample-notice\" role=\"note\"><strong>示例</strong>　本页为测试用指南。</div>"), guide);
    assertTrue(guide.contains("<tr><td rowspan=\"2\">申请</td><td>当面提交</td></tr>"), guide);
    String onRequest = TestSite.read(dir.resolve("out/on-request/index.html"));
    assertTrue(onRequest.contains("<p>受理时间：工作日<br>上午 9:00—12:00</p>"), onRequest);
    String report = TestSite.read(dir.resolve("out/reports/2023/index.html"));
    assertTrue(report.contains("<tr><th scope=\"col\" colspan=\"2\">改进措施</th></tr>"), report);
  }

  @Test
  void wordPasteDebrisIsRemovedWithOneWarningSayingWhat() {
    Rendered r =
        render(
            "第一段。\n\n<p class=MsoNormal style='mso-margin-top-alt:auto;text-indent:2em' lang=\"EN-US\" align=center>"
                + "<span style=\"font-size:16pt\">各单位</span><font color=red face=\"宋体\">务必</font>落实。<span></span><o:p></o:p></p>\n");
    assertEquals("<p>第一段。</p>\n<p>各单位务必落实。</p>\n", r.html());
    assertEquals(1, r.findings().size(), r.findings().toString());
    Finding f = r.findings().get(0);
    assertEquals(Rule.HTML_02, f.rule());
    assertEquals(Level.WARNING, f.level());
    assertEquals("content/policy/x.md:14:4", f.pos().toString());
    assertEquals(
        "已从发布的页面中删除粘贴带来的排版代码：class 属性 1 处、style 属性 2 处（含 Word 的 mso- 样式）、lang 属性 1 处、align 属性 1 处、<span> 标签 2 个、"
            + "color 属性 1 处、face 属性 1 处、<font> 标签 1 个、<o:p> 标签 1 个。文字内容不变，格式由网站统一；需要强调的请用 Markdown 写（如 **加粗**）。"
            + "在文件中删去这些代码，这条提示就不再出现。",
        f.message());
  }

  @Test
  void inlineDebrisIsRemovedTagByTagAndTheRestIsKept() {
    Rendered r = render("文字<span style=\"color:red\">红字</span>和<strong class=\"x\">重点</strong>，<a href=\"https://www.gov.cn/\" target=\"_blank\">链接</a>。");
    assertEquals("<p>文字红字和<strong>重点</strong>，<a href=\"https://www.gov.cn/\">链接</a>。</p>\n", r.html());
    assertEquals(List.of(Rule.HTML_02, Rule.HTML_02, Rule.HTML_02), r.findings().stream().map(Finding::rule).toList());
    assertEquals(List.of("content/policy/x.md:12:3", "content/policy/x.md:12:45", "content/policy/x.md:12:97"), r.findings().stream().map(x -> x.pos().toString()).toList());
  }

  @Test
  void wechatSectionsAndTableAttributesGoTheCellsStay() {
    Rendered r =
        render("<section style=\"margin:0 auto\"><table border=\"1\" cellspacing=\"0\" width=\"600\">\n<tr><td width=\"100\" valign=\"top\" colspan=\"2\">甲</td></tr>\n</table></section>\n");
    assertEquals("<table>\n<tr><td colspan=\"2\">甲</td></tr>\n</table>\n", r.html());
    assertEquals(1, r.findings().size(), r.findings().toString());
    assertTrue(r.findings().get(0).message().contains("style 属性 1 处、<section> 标签 1 个、border 属性 1 处、cellspacing 属性 1 处、width 属性 2 处、valign 属性 1 处"), r.findings().get(0).message());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          script joined by removal   | <div><<span>script>alert(1)<</span>/script></div>                    | <script> 标签
          image joined by removal    | <div><<font>img src="https://t.example/p.gif"></div>                  | 在其他网站（t.example）上
          link joined by removal     | <div><<span>link rel=stylesheet href="//t.example/x.css"></div>       | <link> 标签
          """)
  void whatTheRemovalWouldJoinIsRefused(String what, String body, String message) {
    Rendered r = render(body);
    List<Finding> errors = r.findings().stream().filter(f -> f.rule() == Rule.HTML_01).toList();
    assertTrue(errors.stream().anyMatch(f -> f.message().startsWith("删去粘贴带来的排版代码后，剩下的 HTML 拼成了不允许的内容。") && f.message().contains(message)), what + ": " + r.findings());
    assertEquals("", r.html(), what);
  }

  @Test
  void thePolicyIsAPureFunctionOfTheText() {
    String fragment = "<p class=\"MsoNormal\"><span lang=EN-US>x</span><img src=\"https://t.example/p.gif\"></p>";
    BodyHtmlPolicy.Review a = BodyHtmlPolicy.review(fragment);
    BodyHtmlPolicy.Review b = BodyHtmlPolicy.review(new String(fragment.toCharArray()));
    assertEquals(a, b);
    assertEquals(BodyHtmlPolicy.clean(fragment), a.cleaned());
    assertEquals("<p>x<img src=\"https://t.example/p.gif\"></p>", a.cleaned());
    // The same body gives the same findings and HTML wherever it starts in its file.
    String body = "<p style=\"color:red\">文字</p>\n";
    assertEquals(render(body).html(), render(body).html());
    assertEquals(render(body).findings(), render(body).findings());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          style sheet                | <style>body{display:none}</style>                                   | 1  | 正文中不能使用 <style> 标签
          link                       | <link rel="preload" href="/x.css">                                  | 1  | 正文中不能使用 <link> 标签
          form                       | <form action="/x"><input name="a"></form>                           | 1  | 正文中不能使用 <form> 标签
          input alone                | 姓名<input name="a">                                                 | 3  | 正文中不能使用 <input> 标签
          button                     | <p><button>提交</button></p>                                        | 4  | 正文中不能使用 <button> 标签
          select                     | <p><select><option>1</option></select></p>                          | 4  | 正文中不能使用 <select> 标签
          textarea                   | <p><textarea></textarea></p>                                        | 4  | 正文中不能使用 <textarea> 标签
          svg                        | <p><svg><use href="https://x.example/s.svg#a"/></svg></p>           | 4  | 正文中不能使用 <svg> 标签
          math                       | <p><math><mi>x</mi></math></p>                                      | 4  | 正文中不能使用 <math> 标签
          whole page                 | <html><body>正文</body></html>                                      | 1  | 正文中不能使用 <html> 标签
          audio                      | <p><audio src="a.mp3"></audio></p>                                  | 4  | 正文中不能使用 <audio> 标签
          unknown tag                | <p><blink>闪烁</blink></p>                                          | 4  | 正文中不能使用 <blink> 标签
          external image             | <p><img src="https://t.example/p.gif"></p>                          | 9  | 图片“https://t.example/p.gif”在其他网站（t.example）上
          scheme-relative image      | <p><img src="//t.example/p.gif"></p>                                | 9  | 图片“//t.example/p.gif”在其他网站（t.example）上
          backslash image            | <p><img src="\\\\t.example\\p.gif"></p>                             | 9  | 在其他网站（t.example）上
          image without slashes      | <p><img src="http:t.example/p.gif"></p>                             | 9  | 不是本站的文件
          entity-encoded image       | <p><img src="&#104;ttps://t.example/p.gif"></p>                     | 9  | 在其他网站（t.example）上
          file image                 | <p><img src="file:///C:/a.png"></p>                                 | 9  | 不是本站的文件
          data image                 | <p><img src="data:image/png;base64,AAAA"></p>                       | 9  | data: 地址
          srcset                     | <p><img src="a.png" srcset="a.png 1x, https://t.example/b.png 2x"></p> | 21 | 在其他网站（t.example）上
          Markdown image             | ![图](https://t.example/p.gif)                                      | 1  | 图片“https://t.example/p.gif”在其他网站
          entity-encoded Markdown    | ![图](&#104;ttps://t.example/p.gif)                                 | 1  | 在其他网站（t.example）上
          angle-bracket Markdown     | ![图](<https://t.example/p.gif>)                                    | 1  | 在其他网站（t.example）上
          reference image            | ![图][p]\\n\\n[p]: https://t.example/p.gif                          | 1  | 图片“https://t.example/p.gif”在其他网站
          background                 | <table background="https://t.example/b.png"><tr><td>1</td></tr></table> | 8 | 会让读者的浏览器去访问其他网站（t.example）
          ping                       | <p><a href="/x" ping="https://t.example/log">x</a></p>              | 17 | ping=
          style url                  | <p style="background:url(//t.example/b.png)">x</p>                   | 4  | style 属性会加载其他地址
          style import               | <p style="@import 'https://t.example/x.css'">x</p>                   | 4  | style 属性会加载其他地址
          style expression           | <p style="width:expression(alert(1))">x</p>                          | 4  | style 属性会加载其他地址
          ftp link                   | <p><a href="ftp://f.example/a">x</a></p>                             | 7  | 链接“ftp://f.example/a”的地址类型不能用
          Markdown file link         | [文件](file:///C:/a.doc)                                              | 1  | 链接“file:///C:/a.doc”的地址类型不能用
          event handler              | <p onclick="x()">x</p>                                               | 4  | 事件属性“onclick=”
          script                     | <p><script>x()</script></p>                                          | 4  | 正文中不能使用 <script> 标签
          script behind CDATA block  | <![CDATA[><script>alert(1)</script>]]>                               | 1  | 不能含有“<![CDATA[”
          script behind CDATA inline | 文字<![CDATA[><img src=x onerror=alert(1)>]]>                        | 3  | 不能含有“<![CDATA[”
          """)
  void isRefusedWhereItIsWritten(String what, String body, int column, String message) {
    Rendered r = render("第一段。\n\n" + body.replace("\\n", "\n"));
    List<Finding> errors = r.findings().stream().filter(f -> f.rule() == Rule.HTML_01).toList();
    assertFalse(errors.isEmpty(), what + ": no HTML-01 in " + r.findings());
    Finding first = errors.get(0);
    assertEquals("content/policy/x.md:14:" + column, first.pos().toString(), what + ": " + first.message());
    assertTrue(first.message().contains(message), what + ": " + first.message());
    assertEquals("", r.html(), "a body with errors is not rendered");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          site image                 | <p><img src="photo.png" alt="照片" width="64" height="48"></p>
          site-root image            | <p><img src="/favicon.svg" alt=""></p>
          same-page link             | <p><a href="#part-2">第二部分</a></p>
          scheme-relative link       | <p><a href="//www.gov.cn/">政府网</a></p>
          tel link                   | <p><a href="tel:0000-00000000">电话</a></p>
          merged header cells        | <table><tr><th scope="col" colspan="2" rowspan="1">甲</th></tr><tr><td>1</td><td>2</td></tr></table>
          nested lists               | <ol start="2" type="a"><li value="2">甲<ul><li>乙</li></ul></li></ol>
          definition list            | <dl><dt>索引号</dt><dd>123456789X/2024-0100</dd></dl>
          figure                     | <figure><img src="a.png" alt="图"><figcaption>图一</figcaption></figure>
          note box                   | <div class="sample-notice" role="note"><strong>示例</strong></div>
          code block                 | <pre><code>gongkai build</code></pre>
          """)
  void allowedHtmlIsPublishedByteForByte(String what, String body) {
    Rendered r = render(body);
    assertEquals(List.of(), r.findings(), what);
    assertEquals(body + "\n", r.html(), what);
  }

  @Test
  void markdownLinksAndImagesOfTheSiteAreAllowed() {
    for (String url : List.of("photo.png", "../reports/2023.yaml", "sub/a.png?x=1", "#top", "/favicon.svg")) {
      assertNull(BodyHtmlPolicy.linkProblem(url, true), url);
      assertNull(BodyHtmlPolicy.linkProblem(url, false), url);
    }
    for (String url : List.of("https://www.gov.cn/", "http://x.example/", "mailto:a@b.c", "tel:123", "//www.gov.cn/")) {
      assertNull(BodyHtmlPolicy.linkProblem(url, false), url);
    }
  }

  @Test
  void reportNarrativesAndColumnIntroductionsHaveTheirDebrisRemovedToo(@TempDir Path dir) throws Exception {
    String site =
        TestSite.valid2021().replace("公开内容有待充实。示例镇自2023年下半年起逐月梳理公开目录，尚需补充。\n", "<p style=\"text-indent:2em\"><span lang=\"EN-US\">公开内容有待充实。示例镇自2023年下半年起逐月梳理公开目录，尚需补充。</span></p>\n")
            + ContentRulesTest.COLUMNS
            + "-- content/policy/index.md --\n本栏目发布<font color=\"red\">政策文件</font>。\n";
    TestSite.write(dir.resolve("src"), site);
    SiteBuilder.Result r = SiteBuilder.build(dir.resolve("src"), dir.resolve("out"), RichBodySite.TODAY);
    assertEquals(
        List.of("content/policy/index.md:1:6", "content/reports/2023.md:13:4"),
        r.findings().stream().filter(f -> f.rule() == Rule.HTML_02).map(f -> f.pos().toString()).sorted().toList(),
        r.findings().toString());
    String report = TestSite.read(dir.resolve("out/reports/2023/index.html"));
    assertTrue(report.contains("<p>公开内容有待充实。示例镇自2023年下半年起逐月梳理公开目录，尚需补充。</p>"), report);
    assertFalse(report.contains("text-indent:2em") || report.contains("EN-US"), report);
    String column = TestSite.read(dir.resolve("out/policy/index.html"));
    assertTrue(column.contains("<p>本栏目发布政策文件。</p>"), column);
  }
}
