package cn.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.diag.UserError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * {@link Sources}: each kind of file read into the lines a reader sees, in order, with table rows'
 * cells as published (merged cells once), and every kind of bad input refused in Chinese, naming the
 * file, as {@link UserError.Kind#REFUSED}. All documents are synthetic, made here or in the resource
 * folder import/sources.
 */
class SourcesTest {
  /** Library English that must never reach the webmaster (cf. NoParserEnglishTest). */
  private static final Pattern ENGLISH =
      Pattern.compile("(?i)exception|\\binvalid\\b|\\bcannot\\b|\\bcould not\\b|\\bnot a\\b|\\bunexpected\\b|\\bnull\\b|\\bstream\\b|\\bOOXML\\b|\\bat org\\.");

  private static SourceDoc.Line one(int number, String text) {
    return new SourceDoc.Line(number, List.of(text), false);
  }

  private static SourceDoc.Line row(int number, String... cells) {
    return new SourceDoc.Line(number, Arrays.asList(cells), true);
  }

  private static SourceDoc.Line fields(int number, String... cells) {
    return new SourceDoc.Line(number, Arrays.asList(cells), false);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = SourcesTest.class.getResourceAsStream("/import/sources/" + name)) {
      return in.readAllBytes();
    }
  }

  private static void assertLines(List<SourceDoc.Line> expected, SourceDoc doc) {
    assertEquals(expected.size(), doc.lines().size(), () -> "lines: " + show(doc));
    for (int i = 0; i < expected.size(); i++) {
      int k = i;
      assertEquals(expected.get(i), doc.lines().get(i), () -> "line " + (k + 1) + " of " + show(doc));
    }
  }

  private static String show(SourceDoc doc) {
    StringBuilder b = new StringBuilder();
    for (SourceDoc.Line l : doc.lines()) {
      b.append('\n').append(l.number()).append(l.table() ? " T " : "   ").append(l.cells());
    }
    return b.toString();
  }

  /** A refusal: kind REFUSED, the file named, Chinese only. */
  private static String refused(String shown, byte[] bytes) {
    UserError e = assertThrows(UserError.class, () -> Sources.read(shown, bytes));
    return checkRefusal(shown, e);
  }

  private static String checkRefusal(String shown, UserError e) {
    assertEquals(UserError.Kind.REFUSED, e.kind(), e.getMessage());
    assertTrue(e.getMessage().startsWith("无法导入 " + shown + "："), e.getMessage());
    assertFalse(ENGLISH.matcher(e.getMessage()).find(), "library English: " + e.getMessage());
    return e.getMessage();
  }

  // ---- web pages

  static final List<SourceDoc.Line> PAGE =
      List.of(
          one(1, "首页 > 政务公开"),
          one(2, "栏目导航"),
          one(3, "索引号:000000000N/2023-0000001"),
          one(4, "发布机构:示例镇"),
          one(5, "示例镇2022年政府信息公开工作年度报告"),
          one(6, "一、总体情况"),
          one(7, "本年度共收到申请 12 件， 予以公开 5 件。"),
          one(8, "换行后的文字"),
          one(9, "没有段落标记的文字"),
          one(10, "嵌套的块"),
          one(11, "块后的文字"),
          one(12, "三、收到和处理政府信息公开申请情况"),
          row(13, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "自然人", "法人或其他组织", "总计"),
          row(14, "商业 企业", "科研 机构", "社会公益组织", "法律服务机构", "其他"),
          row(15, "一、本年新收政府信息公开申请数量", "12", "1", "", "0", "0", "0", "13"),
          row(16, "三、本年度办理结果", "（一）予以公开", "5", "0", "", "0", "0", "0", "5"),
          row(17, "（二）部分公开", "1", "0", "", "0", "0", "0", "1"),
          one(18, "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"),
          one(19, "主办：示例镇人民政府"));

  @Test
  void htmlPageInUtf8GivesBlocksAndTableRowsWithMergedCellsOnce() throws Exception {
    SourceDoc doc = Sources.read("page-utf8.html", resource("page-utf8.html"));
    assertEquals(SourceDoc.Kind.HTML, doc.kind());
    assertEquals("page-utf8.html", doc.name());
    assertLines(PAGE, doc);
  }

  @Test
  void htmlPageInGbkIsReadByItsMetaCharset() throws Exception {
    String page = new String(resource("page-utf8.html"), StandardCharsets.UTF_8).replace("<meta charset=\"utf-8\">", "<meta charset=\"gbk\">");
    SourceDoc doc = Sources.read("page-gbk.htm", page.getBytes("GBK"));
    assertLines(PAGE, doc);
  }

  @Test
  void gb2312DeclaredInHttpEquivIsReadAsGb18030SoGbkOnlyCharactersSurvive() throws Exception {
    // 镕 and 堃 are in GBK but not in GB2312: pages that say gb2312 are really GBK.
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
        + "<body><p>朱镕基路 堃字 一、总体情况</p><table><tr><td>合计</td><td>7730.28</td></tr></table></body></html>";
    SourceDoc doc = Sources.read("old.html", page.getBytes("GBK"));
    assertLines(List.of(one(1, "朱镕基路 堃字 一、总体情况"), row(2, "合计", "7730.28")), doc);
  }

  @Test
  void undeclaredPagesAreUtf8WhenValidElseGb18030AndBomWins() throws Exception {
    String page = "<html><body><p>上年结转政府信息公开申请数量</p></body></html>";
    List<SourceDoc.Line> expected = List.of(one(1, "上年结转政府信息公开申请数量"));
    assertLines(expected, Sources.read("a.html", page.getBytes(StandardCharsets.UTF_8)));
    assertLines(expected, Sources.read("b.html", page.getBytes(Charset.forName("GB18030"))));
    // a byte-order mark wins over a meta that says otherwise
    String lying = page.replace("<html>", "<html><head><meta charset=\"gbk\"></head>");
    byte[] utf8 = lying.getBytes(StandardCharsets.UTF_8);
    assertLines(expected, Sources.read("c.html", withBom(utf8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})));
    byte[] utf16 = page.getBytes(StandardCharsets.UTF_16LE);
    assertLines(expected, Sources.read("d.html", withBom(utf16, new byte[] {(byte) 0xFF, (byte) 0xFE})));
  }

  @Test
  void aLayoutTableIsReadThroughAndNestedTablesGiveTheirOwnRows() throws Exception {
    String page = "<html><body><table><tr><td>左栏</td><td><p>标题</p><table><tr><td>（一）予以公开</td><td>5</td></tr>"
        + "<tr><th>（二）部分公开</th><td><b>1</b></td></tr></table><p>表后</p></td></tr></table></body></html>";
    assertLines(
        List.of(one(1, "左栏"), one(2, "标题"), row(3, "（一）予以公开", "5"), row(4, "（二）部分公开", "1"), one(5, "表后")),
        Sources.read("layout.html", page.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void preformattedTextKeepsItsLinesAndSpacesHiddenTextIsNotRead() throws Exception {
    String page = "<html><body><pre>行政许可      97\n\n行政处罚      12\n</pre><p style=\"visibility: hidden\">看不见</p>"
        + "<textarea>留言</textarea><p hidden>也看不见</p><p>后文</p></body></html>";
    assertLines(
        List.of(one(1, "行政许可      97"), one(2, "行政处罚      12"), one(3, "后文")),
        Sources.read("pre.html", page.getBytes(StandardCharsets.UTF_8)));
  }

  // ---- text

  @Test
  void textInUtf8WithCrlfKeepsFileLineNumbersAndRunsOfSpaces() throws Exception {
    String text = "示例镇2022年政府信息公开工作年度报告\r\n\r\n一、总体情况\r\n  （一）予以公开     5     0     5  \r\n";
    SourceDoc doc = Sources.read("report.txt", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(SourceDoc.Kind.TEXT, doc.kind());
    assertLines(List.of(one(1, "示例镇2022年政府信息公开工作年度报告"), one(3, "一、总体情况"), one(4, "（一）予以公开     5     0     5")), doc);
  }

  @Test
  void textEncodingsBomUtf8Gb18030Utf16AndBareCr() throws Exception {
    String text = "一、总体情况\r二、主动公开政府信息情况\r镕";
    List<SourceDoc.Line> expected = List.of(one(1, "一、总体情况"), one(2, "二、主动公开政府信息情况"), one(3, "镕"));
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    assertLines(expected, Sources.read("bom.txt", withBom(utf8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})));
    assertLines(expected, Sources.read("gb.txt", text.getBytes(Charset.forName("GB18030"))));
    assertLines(expected, Sources.read("gbk.TXT", text.getBytes("GBK")));
    assertLines(expected, Sources.read("le.txt", withBom(text.getBytes(StandardCharsets.UTF_16LE), new byte[] {(byte) 0xFF, (byte) 0xFE})));
    assertLines(expected, Sources.read("be.txt", withBom(text.getBytes(StandardCharsets.UTF_16BE), new byte[] {(byte) 0xFE, (byte) 0xFF})));
  }

  @Test
  void pipeTableRowsGiveCellsTheSeparatorRowIsDroppedTabsSplitFields() throws Exception {
    String text = String.join(
        "\n",
        "| 信息内容 | 本年制发件数 | 本年废止件数 |",
        "|:---|---:|:-:|",
        "| 规章 | 0 |  |",
        "| 规范性文件 \\| 其他 | 2 | 1",
        "",
        "浏览量:1 | | | |",
        "行政许可\t97\t\t97",
        "  ｜全角竖线不是表格｜");
    SourceDoc doc = Sources.read("tables.txt", text.getBytes(StandardCharsets.UTF_8));
    assertLines(
        List.of(
            row(1, "信息内容", "本年制发件数", "本年废止件数"),
            row(3, "规章", "0", ""),
            row(4, "规范性文件 | 其他", "2", "1"),
            one(6, "浏览量:1 | | | |"),
            fields(7, "行政许可", "97", "97"),
            one(8, "｜全角竖线不是表格｜")),
        doc);
  }

  @Test
  void markdownLosesOnlyItsOwnMarks() throws Exception {
    String text = "# 示例镇2022年报告\n\n## 一、总体情况 ##\n**本年度**收到申请 12 件\n| 商业企<br>业 | 5 |\n";
    assertLines(
        List.of(one(1, "示例镇2022年报告"), one(3, "一、总体情况"), one(4, "本年度收到申请 12 件"), row(5, "商业企 业", "5")),
        Sources.read("converted.md", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void htmlTablesInsideMarkdownGiveRowsNumberedWithTheFilesLines() throws Exception {
    // the shape of a PDF-to-Markdown converter that writes merged tables as HTML
    String text = String.join(
        "\n",
        "## 三、收到和处理政府信息公开申请情况",
        "",
        "<table><tr><td rowspan=\"2\" colspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td>自然人</td></tr>",
        "<tr><td>商业企业</td></tr>",
        "<tr><td colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>12</td></tr></table>",
        "",
        "四、后文",
        "<table><tr><td>行政复议</td></tr><tr><td>0</td><td></td></tr></table> 表后");
    assertLines(
        List.of(
            one(1, "三、收到和处理政府信息公开申请情况"),
            row(3, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "自然人"),
            row(4, "商业企业"),
            row(5, "一、本年新收政府信息公开申请数量", "12"),
            one(7, "四、后文"),
            row(8, "行政复议"),
            row(8, "0", ""),
            one(8, "表后")),
        Sources.read("mineru.md", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theSeedReadsAsOneCellPerLineWithItsLineNumbers() throws Exception {
    Path seed = Path.of("src/test/resources/seed/dongshan-2022.txt"); // the seed report, byte for byte
    byte[] bytes = Files.readAllBytes(seed);
    SourceDoc doc = Sources.read(seed, "dongshan-2022.txt");
    String[] raw = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
    int nonBlank = 0;
    for (String r : raw) {
      nonBlank += r.isBlank() ? 0 : 1;
    }
    assertEquals(nonBlank, doc.lines().size());
    for (SourceDoc.Line line : doc.lines()) {
      assertEquals(1, line.cells().size(), "line " + line.number());
      // a no-break space (the seed's “来源:华容县政府 2023-01-21”) is a space like any other
      assertEquals(raw[line.number() - 1].replace('\u00a0', ' ').strip(), line.cells().get(0), "line " + line.number());
    }
    assertEquals("• 索引号:006383401N/2023-2030837", doc.lines().get(0).cells().get(0));
  }

  // ---- Word

  @Test
  void docxGivesParagraphsWithTheirNumbersAndTableRowsWithMergedCellsOnce() throws Exception {
    byte[] docx;
    try (XWPFDocument d = new XWPFDocument()) {
      BigInteger chinese = list(d, STNumberFormat.CHINESE_COUNTING, "%1、");
      paragraph(d, "示例镇2022年政府信息公开工作年度报告", null);
      paragraph(d, "总体情况", chinese);
      XWPFParagraph body = d.createParagraph();
      XWPFRun run = body.createRun();
      run.setText("本年度收到申请");
      run.addTab();
      run.setText("12 件");
      run.addBreak();
      run.setText("换行后");
      paragraph(d, "", null);
      paragraph(d, "主动公开政府信息情况", chinese);
      XWPFTable table = d.createTable(4, 4);
      text(table.getRow(0), "信息内容", "本年制发件数", "", "现行有效件数");
      text(table.getRow(1), "规章", "0", "0", "0");
      text(table.getRow(2), "规范性文件", "2", "1", "5");
      text(table.getRow(3), "", "", "", "");
      // header: 本年制发件数 spans two columns; 规章 is merged down into the next row
      tcPr(table.getRow(0), 1).addNewGridSpan().setVal(BigInteger.TWO);
      table.getRow(0).removeCell(2);
      tcPr(table.getRow(1), 0).addNewVMerge().setVal(STMerge.RESTART);
      tcPr(table.getRow(2), 0).addNewVMerge();
      paragraph(d, "收到和处理政府信息公开申请情况", chinese);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.write(out);
      docx = out.toByteArray();
    }
    SourceDoc doc = Sources.read("report.docx", docx);
    assertEquals(SourceDoc.Kind.DOCX, doc.kind());
    assertLines(
        List.of(
            one(1, "示例镇2022年政府信息公开工作年度报告"),
            one(2, "一、 总体情况"),
            fields(3, "本年度收到申请", "12 件"),
            one(4, "换行后"),
            one(5, "二、 主动公开政府信息情况"),
            row(6, "信息内容", "本年制发件数", "现行有效件数"),
            row(7, "规章", "0", "0", "0"),
            row(8, "2", "1", "5"),
            one(9, "三、 收到和处理政府信息公开申请情况")),
        doc);
  }

  @Test
  void docxNumberingOfThreeLevelsRestartsTheInnerLevels() throws Exception {
    byte[] docx;
    try (XWPFDocument d = new XWPFDocument()) {
      XWPFNumbering numbering = d.createNumbering();
      CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
      abstractNum.setAbstractNumId(BigInteger.ONE);
      String[][] levels = {{"chineseCounting", "%1、"}, {"chineseCounting", "（%2）"}, {"decimal", "%3."}};
      for (int i = 0; i < levels.length; i++) {
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.valueOf(i));
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.Enum.forString(levels[i][0]));
        level.addNewLvlText().setVal(levels[i][1]);
      }
      BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
      int[] path = {0, 1, 2, 2, 1, 0, 1};
      for (int i = 0; i < path.length; i++) {
        XWPFParagraph p = d.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(path[i]));
        p.createRun().setText("标题" + i);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.write(out);
      docx = out.toByteArray();
    }
    List<String> texts = Sources.read("levels.docx", docx).lines().stream().map(l -> l.cells().get(0)).toList();
    assertEquals(List.of("一、 标题0", "（一） 标题1", "1. 标题2", "2. 标题3", "（二） 标题4", "二、 标题5", "（一） 标题6"), texts);
  }

  private static BigInteger list(XWPFDocument d, STNumberFormat.Enum format, String text) {
    XWPFNumbering numbering = d.createNumbering();
    CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
    abstractNum.setAbstractNumId(BigInteger.ZERO);
    CTLvl level = abstractNum.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewStart().setVal(BigInteger.ONE);
    level.addNewNumFmt().setVal(format);
    level.addNewLvlText().setVal(text);
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
    return numbering.addNum(abstractId);
  }

  private static void paragraph(XWPFDocument d, String text, BigInteger numId) {
    XWPFParagraph p = d.createParagraph();
    if (numId != null) {
      p.setNumID(numId);
      p.setNumILvl(BigInteger.ZERO);
    }
    if (!text.isEmpty()) {
      p.createRun().setText(text);
    }
  }

  private static void text(XWPFTableRow row, String... texts) {
    for (int i = 0; i < texts.length; i++) {
      if (!texts[i].isEmpty()) {
        row.getCell(i).setText(texts[i]);
      }
    }
  }

  private static CTTcPr tcPr(XWPFTableRow row, int cell) {
    var tc = row.getCell(cell).getCTTc();
    return tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
  }

  @Test
  void numeralsAsWordShowsThem() {
    assertEquals("十", Numerals.format(10, "chineseCounting"));
    assertEquals("十一", Numerals.format(11, "chineseCounting"));
    assertEquals("二十三", Numerals.format(23, "chineseCounting"));
    assertEquals("一百零五", Numerals.format(105, "chineseCounting"));
    assertEquals("一百一十", Numerals.format(110, "chineseCounting"));
    assertEquals("贰拾", Numerals.format(20, "chineseLegalSimplified"));
    assertEquals("③", Numerals.format(3, "decimalEnclosedCircleChinese"));
    assertEquals("iv", Numerals.format(4, "lowerRoman"));
    assertEquals("aa", Numerals.format(27, "lowerLetter"));
    assertEquals("12", Numerals.format(12, "decimal"));
  }

  // ---- PDF

  @Test
  void pdfTextLayerInChineseKeepsColumnsApartByRunsOfSpaces() throws Exception {
    byte[] pdf =
        TestPdfs.chinese(
            List.of(
                new TestPdfs.Text(50, 760, "三、收到和处理政府信息公开申请情况"),
                new TestPdfs.Text(50, 730, "（一）予以公开"),
                new TestPdfs.Text(250, 730, "5"),
                new TestPdfs.Text(310, 730, "0"),
                new TestPdfs.Text(370, 730, "7730.28"),
                new TestPdfs.Text(50, 700, "政府信息 公开"),
                new TestPdfs.Text(290, 40, "-3-")));
    SourceDoc doc = Sources.read("report.pdf", pdf);
    assertEquals(SourceDoc.Kind.PDF, doc.kind());
    List<SourceDoc.Line> lines = doc.lines();
    assertEquals(4, lines.size(), show(doc));
    assertEquals(one(1, "三、收到和处理政府信息公开申请情况"), lines.get(0));
    String row = lines.get(1).cells().get(0);
    assertEquals(List.of("（一）予以公开", "5", "0", "7730.28"), List.of(row.split(" {2,}")), row);
    // the gaps are as wide as on the page, a space per half an em (6 pt): 250 − (50 + 7 × 12) = 116 pt
    // gives 19 spaces, 310 − (250 + 6) = 54 pt gives 9
    assertEquals(List.of(19, 9, 9), gaps(row), row);
    assertEquals("政府信息 公开", lines.get(2).cells().get(0));
    assertEquals("-3-", lines.get(3).cells().get(0));
    assertFalse(lines.get(1).table());
  }

  @Test
  void pdfInLatinKeepsColumnsApart() throws Exception {
    byte[] pdf =
        TestPdfs.latin(
            List.of(new TestPdfs.Text(50, 700, "Row label (1)"), new TestPdfs.Text(250, 700, "80"), new TestPdfs.Text(300, 700, "1"),
                new TestPdfs.Text(50, 680, "7730.28")));
    SourceDoc doc = Sources.read("latin.PDF", pdf);
    String row = doc.lines().get(0).cells().get(0);
    assertEquals(List.of("Row label (1)", "80", "1"), List.of(row.split(" {2,}")), row);
    assertEquals(one(2, "7730.28"), doc.lines().get(1));
  }

  private static List<Integer> gaps(String row) {
    List<Integer> gaps = new ArrayList<>();
    var m = Pattern.compile(" {2,}").matcher(row);
    while (m.find()) {
      gaps.add(m.group().length());
    }
    return gaps;
  }

  @Test
  void aScannedPdfWithoutTextLayerIsRefused() throws Exception {
    String message = refused("scan.pdf", TestPdfs.imageOnly());
    assertTrue(message.contains("导入只读 PDF 的文字层；扫描件没有文字层，请用 Word 或网页版"), message);
  }

  @Test
  void anEncryptedPdfIsRefused() throws Exception {
    assertTrue(refused("locked.pdf", TestPdfs.encrypted()).contains("密码"));
  }

  // ---- bad input

  @Test
  void emptyFilesAreRefused(@TempDir Path tmp) throws Exception {
    for (String name : List.of("a.html", "a.txt", "a.docx", "a.pdf")) {
      assertTrue(refused(name, new byte[0]).contains("空"), name);
    }
    Path empty = Files.createFile(tmp.resolve("empty.txt"));
    checkRefusal("empty.txt", assertThrows(UserError.class, () -> Sources.read(empty, "empty.txt")));
    // only blank lines: nothing to read either
    assertTrue(refused("blank.txt", "\n \r\n\u3000\n".getBytes(StandardCharsets.UTF_8)).contains("没有读到任何文字"));
    assertTrue(refused("blank.html", "<html><body><p>&nbsp;</p></body></html>".getBytes(StandardCharsets.UTF_8)).contains("没有读到任何文字"));
  }

  @Test
  void binaryFilesAreRefusedSayingWhatTheyLookLike() throws Exception {
    byte[] binary = new byte[2048];
    new java.util.Random(13).nextBytes(binary);
    binary[7] = 0;
    for (String name : List.of("data.txt", "data.html", "data.md")) {
      assertTrue(refused(name, binary).contains("二进制"), name);
    }
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    assertTrue(refused("photo.pdf", png).contains("图片"));
    // no NUL, but not text in any encoding: control characters everywhere
    byte[] controls = new byte[400];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
    }
    assertTrue(refused("ctl.txt", controls).contains("控制字符"));
  }

  @Test
  void aFileOfTheWrongKindIsNamedForWhatItIs() throws Exception {
    byte[] pdf = TestPdfs.latin(List.of(new TestPdfs.Text(50, 700, "12")));
    String message = refused("report.html", pdf);
    assertTrue(message.contains("扩展名是 .html，但内容是PDF 文件") && message.contains(".pdf"), message);
    assertTrue(refused("report.docx", pdf).contains("PDF"));
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    try (XWPFDocument d = new XWPFDocument()) {
      d.createParagraph().createRun().setText("一、总体情况");
      d.write(docx);
    }
    message = refused("report.pdf", docx.toByteArray());
    assertTrue(message.contains("是压缩包") && message.contains("它是 Word 文件") && message.contains(".docx"), message);
    assertTrue(refused("report.pdf", "<html><body><p>一</p></body></html>".getBytes(StandardCharsets.UTF_8)).contains("网页"));
    assertTrue(refused("report.html", "一、总体情况\n二、主动公开".getBytes(StandardCharsets.UTF_8)).contains("纯文字"));
    String page = "<!DOCTYPE html>\n<html><body><p>一、总体情况</p></body></html>";
    message = refused("page.txt", page.getBytes(StandardCharsets.UTF_8));
    assertTrue(message.contains("是网页") && message.contains(".html"), message);
    // HTML inside Markdown is still Markdown
    assertEquals(1, Sources.read("frag.md", "一、总体情况<br>\n".getBytes(StandardCharsets.UTF_8)).lines().size());
    // a Word 97 file renamed .docx
    ByteArrayOutputStream ole = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
      fs.writeFilesystem(ole);
    }
    assertTrue(refused("old.docx", ole.toByteArray()).contains("Word 97-2003"));
    assertTrue(refused("old.txt", ole.toByteArray()).contains("旧版 Office"));
  }

  @Test
  void aFileAboveTheLimitIsRefusedBeforeItIsRead(@TempDir Path tmp) throws Exception {
    Path big = tmp.resolve("big.pdf");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024); // sparse: no 50 MB written
    }
    long before = usedMemory();
    UserError e = assertThrows(UserError.class, () -> Sources.read(big, "big.pdf"));
    String message = checkRefusal("big.pdf", e);
    assertTrue(message.contains("50 MB") && message.contains("20 MB"), message);
    assertTrue(usedMemory() - before < 40L * 1024 * 1024, "the file was read into memory");
    assertTrue(refused("big.txt", new byte[(int) Sources.MAX_BYTES + 1]).contains("上限"));
  }

  private static long usedMemory() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  @Test
  void unknownExtensionsAreRefusedListingTheAcceptedOnes() {
    for (String name : List.of("report.xls", "report", "report.rtf", "报告.pdf.zip")) {
      String message = refused(name, "一".getBytes(StandardCharsets.UTF_8));
      assertTrue(message.contains(".html") && message.contains(".docx") && message.contains(".pdf") && message.contains(".txt"), message);
    }
    assertTrue(refused("report.doc", new byte[] {1}).contains("另存为” .docx"));
  }

  @Test
  void corruptWordAndPdfFilesAreRefusedWithoutTheLibrariesWords() throws Exception {
    byte[] zip = "PK\u0003\u0004 this is not really a zip archive".getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(refused("broken.docx", zip).contains("不是有效的 Word"));
    byte[] pdf = TestPdfs.latin(List.of(new TestPdfs.Text(50, 700, "12")));
    byte[] truncated = Arrays.copyOf(pdf, 40);
    assertTrue(refused("broken.pdf", truncated).contains("不是有效的 PDF"));
    byte[] garbage = "%PDF-1.7\n%garbage garbage\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nendobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    String message = refused("garbage.pdf", garbage);
    assertTrue(message.contains("不是有效的 PDF") || message.contains("一页也没有"), message);
    // an Excel workbook named .docx
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (var out = new java.util.zip.ZipOutputStream(xlsx)) {
      out.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
      out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
      out.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(refused("sheet.docx", xlsx.toByteArray()).contains("Excel"));
  }

  @Test
  void missingFilesAndFoldersAreRefused(@TempDir Path tmp) {
    checkRefusal("none.txt", assertThrows(UserError.class, () -> Sources.read(tmp.resolve("none.txt"), "none.txt")));
    checkRefusal("dir.html", assertThrows(UserError.class, () -> Sources.read(Files.createDirectory(tmp.resolve("dir.html")), "dir.html")));
  }

  @Test
  void aFileTheDiskCannotGiveIsTheEnvironmentsProblem(@TempDir Path tmp) throws Exception {
    // a path through a file (“Not a directory”): the system refuses before the content is seen
    Path file = Files.writeString(tmp.resolve("report.txt"), "一、总体情况").resolve("inner.txt");
    UserError e = assertThrows(UserError.class, () -> Sources.read(file, "inner.txt"));
    assertEquals(UserError.Kind.ENVIRONMENT, e.kind(), e.getMessage());
    assertTrue(e.getMessage().startsWith("无法读取 inner.txt："), e.getMessage());
    assertFalse(ENGLISH.matcher(e.getMessage()).find(), e.getMessage());
  }

  @Test
  void aFileIsReadFromDiskAsFromBytes(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("page.HTM");
    Files.write(file, resource("page-utf8.html"));
    SourceDoc doc = Sources.read(file, "报告/page.HTM");
    assertEquals("报告/page.HTM", doc.name());
    assertLines(PAGE, doc);
  }

  private static byte[] withBom(byte[] bytes, byte[] bom) {
    byte[] out = new byte[bom.length + bytes.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(bytes, 0, out, bom.length, bytes.length);
    return out;
  }
}
