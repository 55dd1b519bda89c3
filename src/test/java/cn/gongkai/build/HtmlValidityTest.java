package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gongkai.TestSite;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Every page type passes the Nu HTML Checker (the engine behind validator.w3.org/nu) with no error or warning. */
class HtmlValidityTest {
  @TempDir static Path dir;
  static Path out;

  @BeforeAll
  static void build() throws Exception {
    String site =
        TestSite.valid2021()
            + "-- content/columns.yaml --\n- id: guide\n  title: 政府信息公开指南\n- id: policy\n  title: 政策文件\n- id: reports\n  title: 政府信息公开年报\n"
            + "-- content/guide/index.md --\n指南正文，见[目录](../catalogue/)。\n\n| 项目 | 内容 |\n|---|---|\n| 地址 | 示例 |\n"
            + "-- content/policy/rules.md --\n---\ntitle: 示例通知\nindex_no: 123456789X/2024-0100\npublisher: 示例镇\n"
            + "generated: 2024-03-01\npublished: 2024-03-05\nscope: 全部公开\nchannel: 政府网站\ncolumn: policy\n"
            + "doc_no: 示政发〔2024〕1号\nvalidity: 有效\nsummary: 概述。\nattachments: [表.txt]\n---\n\n正文，见[年报](../reports/2023.yaml)。\n"
            + "-- content/policy/表.txt --\n附件\n"
            + notices(130);
    Path src = TestSite.write(dir.resolve("src"), site);
    out = dir.resolve("out");
    SiteBuilder.build(src, out, LocalDate.of(2024, 6, 1));
  }

  /** Enough items for seven column pages, so the column's pager has a “…” gap. */
  static String notices(int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      s.append("-- content/policy/notice-").append(i).append(".md --\n---\ntitle: 第").append(i).append("号通知\nindex_no: 123456789X/2024-")
          .append(1000 + i).append("\npublisher: 示例镇\ngenerated: 2024-01-01\npublished: 2024-01-02\nscope: 全部公开\nchannel: 政府网站\ncolumn: policy\n---\n\n正文。\n");
    }
    return s.toString();
  }

  @org.junit.jupiter.api.Test
  void columnPagerHasAGap() throws Exception {
    org.junit.jupiter.api.Assertions.assertTrue(Files.readString(out.resolve("policy/index.html")).contains("<li class=\"pager-gap\" aria-hidden=\"true\">…</li>"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "index.html", "guide/index.html", "policy/index.html", "policy/page/4/index.html", "policy/rules.html", "reports/index.html",
        "reports/2023/index.html", "catalogue/index.html", "catalogue/column/policy/index.html", "catalogue/year/2024/index.html",
        "404.html", "qr/index.html"
      })
  void pageIsValidHtml(String page) throws Exception {
    assertEquals(List.of(), validate(Files.readAllBytes(out.resolve(page))), page);
  }

  @ParameterizedTest
  @ValueSource(strings = {"index.html", "reports/2022/index.html", "reports/index.html", "catalogue/index.html"})
  void defaultSitePageIsValidHtml(String page) throws Exception {
    assertEquals(List.of(), validate(Files.readAllBytes(TestSite.REPO.resolve("site").resolve(page))), page);
  }

  /** Guards against a checker that silently checks nothing. */
  @org.junit.jupiter.api.Test
  void checkerReportsInvalidMarkup() throws Exception {
    List<String> problems = validate("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"></head><body><table><td scope=\"row\">x</table></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    org.junit.jupiter.api.Assertions.assertTrue(problems.stream().anyMatch(p -> p.contains("title")), problems.toString());
    org.junit.jupiter.api.Assertions.assertTrue(problems.size() >= 2, problems.toString());
  }

  static List<String> validate(byte[] html) throws Exception {
    List<String> problems = new ArrayList<>();
    ErrorHandler handler =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            problems.add("warning " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
          }

          @Override
          public void error(SAXParseException e) {
            problems.add("error " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            problems.add("fatal " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
          }
        };
    SimpleDocumentValidator validator = new SimpleDocumentValidator();
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
    validator.setUpValidatorAndParsers(handler, true, false);
    InputSource input = new InputSource(new ByteArrayInputStream(html));
    input.setEncoding("UTF-8");
    validator.checkHtmlInputSource(input);
    return problems;
  }
}
