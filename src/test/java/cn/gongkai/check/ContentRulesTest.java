package cn.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item rules: each case is a small site with one mistake, and the message the webmaster gets. */
class ContentRulesTest {
  static final String COLUMNS = "-- content/columns.yaml --\n- id: policy\n  title: 政策文件\n- id: reports\n  title: 政府信息公开年报\n";

  static String item(String path, String frontMatter, String body) {
    return "-- " + path + " --\n---\n" + frontMatter + "---\n\n" + body + "\n";
  }

  static String fields(String indexNo, String column) {
    return "title: 测试信息\nindex_no: " + indexNo + "\npublisher: 示例镇\ngenerated: 2024-03-01\npublished: 2024-03-05\n"
        + "scope: 全部公开\nchannel: 政府网站\ncolumn: " + column + "\n";
  }

  /** Runs check on the valid 2021 site plus {@code extra}; returns exit code and everything printed. */
  static String[] check(Path dir, String extra) {
    TestSite.write(dir, TestSite.valid2021() + COLUMNS + extra);
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"check", "--source", dir.toString()}, new PrintWriter(out), new PrintWriter(out));
    return new String[] {String.valueOf(code), out.toString()};
  }

  @Test
  void aValidItemPasses(@TempDir Path dir) {
    String[] r = check(dir, item("content/policy/ok.md", fields("123456789X/2024-0100", "policy"), "正文。"));
    assertEquals("0", r[0], r[1]);
  }

  @Test
  void aRealReplacementCharacterIsTextButABadByteIsAnEncodingError(@TempDir Path dir) throws Exception {
    // Text is decoded the quick way first, and strictly only when U+FFFD shows up: both outcomes must hold.
    String[] ok = check(dir.resolve("ok"), item("content/policy/ok.md", fields("123456789X/2024-0100", "policy"), "乱码示例：\uFFFD。"));
    assertEquals("0", ok[0], ok[1]);
    check(dir.resolve("bad"), item("content/policy/bad.md", fields("123456789X/2024-0100", "policy"), "第一段。\n\n第二段。"));
    Path bad = dir.resolve("bad/content/policy/bad.md");
    byte[] bytes = Files.readAllBytes(bad);
    byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    broken[bytes.length] = (byte) 0xff;
    Files.write(bad, broken);
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"check", "--source", dir.resolve("bad").toString()}, new PrintWriter(out), new PrintWriter(out));
    assertEquals(1, code, out.toString());
    assertTrue(out.toString().contains("content/policy/bad.md:16: 错误 ENC-01 文件编码是"), out.toString());
  }

  @Test
  void danglingLinkNamesFileAndLine(@TempDir Path dir) {
    String[] r = check(dir, item("content/policy/ok.md", fields("123456789X/2024-0100", "policy"), "第一段。\n\n见[旧通知](gone.html)。"));
    assertEquals("1", r[0]);
    assertTrue(r[1].contains("content/policy/ok.md:14: 错误 LINK-01 链接“gone.html”指向的页面或文件 policy/gone.html 在生成的网站中不存在。"), r[1]);
  }

  @Test
  void duplicateIndexNumberNamesBothPlaces(@TempDir Path dir) {
    String[] r = check(dir, item("content/policy/dup.md", fields("123456789X/2024-0001", "policy"), "正文。"));
    assertEquals("1", r[0]);
    assertTrue(r[1].contains("content/policy/dup.md:3:1: 错误 META-01 索引号“123456789X/2024-0001”与 content/reports/2023.yaml:6:1 重复。"), r[1]);
  }

  @Test
  void wrongUnitCodeInItemIndexNumber(@TempDir Path dir) {
    String[] r = check(dir, item("content/policy/x.md", fields("000014349/2024-0100", "policy"), "正文。"));
    assertEquals("1", r[0]);
    assertTrue(r[1].contains("错误 META-01 索引号“000014349/2024-0100”用了占位代码 000014349"), r[1]);
  }

  @Test
  void unknownColumn(@TempDir Path dir) {
    String[] r = check(dir, item("content/policy/x.md", fields("123456789X/2024-0100", "polcy"), "正文。"));
    assertEquals("1", r[0]);
    assertTrue(r[1].contains("content/policy/x.md:9:1: 错误 COL-01 栏目“polcy”不存在。可用的栏目：policy、reports"), r[1]);
  }

  @Test
  void missingRequiredFieldIsNamed(@TempDir Path dir) {
    String[] r = check(dir, item("content/policy/x.md", fields("123456789X/2024-0100", "policy").replace("publisher: 示例镇\n", ""), "正文。"));
    assertEquals("1", r[0]);
    assertTrue(r[1].contains("错误 ITEM-01 信息头缺少必填项“publisher”（发布机构）。"), r[1]);
  }

  @Test
  void nonAsciiFileNameGetsASuggestion(@TempDir Path dir) {
    String[] r = check(dir, item("content/policy/通知.md", fields("123456789X/2024-0100", "policy"), "正文。"));
    assertEquals("1", r[0]);
    assertTrue(r[1].contains("content/policy/通知.md:1:1: 错误 NAME-01 文件名“通知.md”会成为网址，只能用小写英文字母、数字和连字符。建议改名为 policy-2024-03-05.md"), r[1]);
  }

  @Test
  void attachmentMayNotLeaveItsFolder(@TempDir Path dir) {
    String[] r = check(dir, item("content/policy/x.md", fields("123456789X/2024-0100", "policy") + "attachments: [../site.yaml]\n", "正文。"));
    assertEquals("1", r[0]);
    assertTrue(r[1].contains("错误 ITEM-01 附件“../site.yaml”必须放在信息文件所在的文件夹里"), r[1]);
  }

  @Test
  void missingAttachment(@TempDir Path dir) {
    String[] r = check(dir, item("content/policy/x.md", fields("123456789X/2024-0100", "policy") + "attachments: [表.pdf]\n", "正文。"));
    assertEquals("1", r[0]);
    assertTrue(r[1].contains("content/policy/x.md:10:15: 错误 ITEM-01 找不到附件“表.pdf”"), r[1]);
  }

  @Test
  void summaryLongerThan100Characters(@TempDir Path dir) {
    String[] r = check(dir, item("content/policy/x.md", fields("123456789X/2024-0100", "policy") + "summary: " + "字".repeat(101) + "\n", "正文。"));
    assertEquals("1", r[0]);
    assertTrue(r[1].contains("“summary”（内容概述）有 101 个字，不能超过 100 个字。"), r[1]);
  }

  @Test
  void missingFrontMatter(@TempDir Path dir) {
    String[] r = check(dir, "-- content/policy/x.md --\n只有正文。\n");
    assertEquals("1", r[0]);
    assertTrue(r[1].contains("content/policy/x.md:1:1: 错误 ITEM-01 信息文件要以“---”开头的信息头"), r[1]);
  }

  @Test
  void draftIsNotChecked(@TempDir Path dir) {
    String[] r = check(dir, item("content/policy/x.md", "title: 半成品\ncolumn: policy\nstatus: draft\n", ""));
    assertEquals("0", r[0], r[1]);
  }

  @Test
  void newItemWritesADraftWithTheNextIndexNumber(@TempDir Path dir) throws Exception {
    TestSite.write(dir, TestSite.valid2021() + COLUMNS + item("content/policy/a.md", fields("123456789X/2024-0100", "policy"), "正文。"));
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"new-item", "--column", "policy", "--title", "关于“测试”的通知", "--date", "2024-05-06", "--source", dir.toString()}, new PrintWriter(out), new PrintWriter(out));
    assertEquals(0, code, out.toString());
    String text = Files.readString(dir.resolve("content/policy/2024-05-06.md"));
    assertTrue(text.contains("title: \"关于“测试”的通知\"\nindex_no: 123456789X/2024-101\n"), text);
    assertTrue(text.contains("published: 2024-05-06"), text);
    assertTrue(text.contains("status: draft"), text);
    StringWriter check = new StringWriter();
    assertEquals(0, Main.run(new String[] {"check", "--source", dir.toString()}, new PrintWriter(check), new PrintWriter(check)), check.toString());
    // Publishing it: remove the draft line; the item is then checked like any other.
    Files.writeString(dir.resolve("content/policy/2024-05-06.md"), text.replaceFirst("status: draft[^\n]*\n", ""));
    check = new StringWriter();
    assertEquals(0, Main.run(new String[] {"check", "--source", dir.toString()}, new PrintWriter(check), new PrintWriter(check)), check.toString());
    StringWriter bad = new StringWriter();
    assertEquals(2, Main.run(new String[] {"new-item", "--column", "reports", "--title", "x", "--source", dir.toString()}, new PrintWriter(bad), new PrintWriter(bad)));
    assertFalse(bad.toString().isEmpty());
  }
}
