package cn.gongkai.importer;

import cn.gongkai.diag.UserError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word file: the body's paragraphs and table rows in document order, numbered in order. A
 * paragraph keeps the number Word puts before it (“一、”, “（二）”, “1.”), which is not in its text
 * but is what a reader sees; soft line breaks start new lines; tabs separate cells (not a table). A
 * table row gives its cells as published: a cell spanning columns once, a cell merged down only in
 * its first row.
 */
final class DocxSource {
  private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private final XWPFDocument doc;
  private final List<SourceDoc.Line> lines = new ArrayList<>();
  /** Per list (abstract numbering), the counter of each level. */
  private final Map<BigInteger, int[]> counters = new HashMap<>();
  private final Map<BigInteger, Boolean> numsSeen = new HashMap<>();

  private DocxSource(XWPFDocument doc) {
    this.doc = doc;
  }

  static List<SourceDoc.Line> lines(String shown, byte[] bytes) throws UserError {
    String other = otherOffice(bytes);
    if (other != null) {
      throw Sources.refused(shown, "扩展名是 .docx，但内容是" + other + "，不是 Word 文档。请导入 Word（.docx）、网页、文字或 PDF 版本。");
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      DocxSource reader = new DocxSource(doc);
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          reader.paragraph(p);
        } else if (element instanceof XWPFTable t) {
          reader.table(t);
        } else if (element instanceof XWPFSDT sdt) {
          reader.text(sdt.getContent().getText());
        }
      }
      return reader.lines;
    } catch (IOException | RuntimeException e) {
      throw Sources.refused(shown, "不是有效的 Word（.docx）文件，可能已经损坏，或是改了扩展名的其他文件。请用 Word 或 WPS 打开后“另存为” .docx 再导入。");
    }
  }

  /** Why an OLE2 file (Word 97's container, also of encrypted .docx) cannot be read. */
  static String oleWhy(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptedPackage")) {
        return "Word 文件设置了打开密码（已加密），无法读取。请在 Word 中取消密码（文件 → 信息 → 保护文档）后另存一份再导入。";
      }
      if (root.hasEntry("WordDocument")) {
        return "扩展名是 .docx，但内容是旧版 Word 97-2003（.doc）文件。请在 Word 或 WPS 中“另存为” .docx 后再导入。";
      }
    } catch (IOException | RuntimeException e) {
      // not a readable OLE2 file either: said below
    }
    return "扩展名是 .docx，但内容是旧版 Office 文件（不是 Word 2007 以后的 .docx）。请在 Word 或 WPS 中“另存为” .docx 后再导入。";
  }

  /** What other Office file a zip is (an Excel or PowerPoint file named .docx), or null. */
  private static String otherOffice(byte[] bytes) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        String name = e.getName();
        if (name.startsWith("word/")) {
          return null;
        }
        if (name.startsWith("xl/")) {
          return " Excel 表格（.xlsx）";
        }
        if (name.startsWith("ppt/")) {
          return " PowerPoint 演示文稿（.pptx）";
        }
      }
    } catch (IOException | RuntimeException e) {
      // a broken zip: POI says so below
    }
    return null;
  }

  private void paragraph(XWPFParagraph p) {
    String label = numberLabel(p);
    text(label + p.getText());
  }

  /** One line per soft line break; tabs split cells. */
  private void text(String text) {
    for (String piece : text.split("[\\n\\r\\u000B]")) {
      List<String> cells = new ArrayList<>();
      for (String field : piece.split("\t")) {
        String cell = Texts.collapse(field);
        if (!cell.isEmpty()) {
          cells.add(cell);
        }
      }
      if (!cells.isEmpty()) {
        lines.add(new SourceDoc.Line(lines.size() + 1, cells, false));
      }
    }
  }

  private void table(XWPFTable table) {
    for (XWPFTableRow row : table.getRows()) {
      List<String> cells = new ArrayList<>();
      boolean any = false;
      for (XWPFTableCell cell : row.getTableCells()) {
        if (continuation(cell)) {
          continue;
        }
        String text = Texts.collapse(cellText(cell));
        cells.add(text);
        any = any || !text.isEmpty();
      }
      if (any) {
        lines.add(new SourceDoc.Line(lines.size() + 1, cells, true));
      }
    }
  }

  /** A cell merged into the one above ({@code <w:vMerge/>} without restart) or to its left (old hMerge). */
  private static boolean continuation(XWPFTableCell cell) {
    CTTcPr pr = cell.getCTTc().getTcPr();
    if (pr == null) {
      return false;
    }
    if (pr.isSetVMerge() && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE)) {
      return true;
    }
    return pr.isSetHMerge() && (pr.getHMerge().getVal() == null || pr.getHMerge().getVal() == STMerge.CONTINUE);
  }

  /** A cell's paragraphs (with their numbers) and nested tables, as one text. */
  private String cellText(XWPFTableCell cell) {
    StringBuilder text = new StringBuilder();
    for (IBodyElement element : cell.getBodyElements()) {
      if (element instanceof XWPFParagraph p) {
        text.append(numberLabel(p)).append(p.getText()).append(' ');
      } else if (element instanceof XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
          for (XWPFTableCell inner : row.getTableCells()) {
            if (!continuation(inner)) {
              text.append(cellText(inner)).append(' ');
            }
          }
        }
      } else if (element instanceof XWPFSDT sdt) {
        text.append(sdt.getContent().getText()).append(' ');
      }
    }
    return text.toString();
  }

  // Word's automatic numbering: the label is made when the document is shown, so it is made here.

  private String numberLabel(XWPFParagraph p) {
    try {
      CTNumPr numPr = numPr(p);
      if (numPr == null || numPr.getNumId() == null) {
        return "";
      }
      BigInteger numId = numPr.getNumId().getVal();
      int ilvl = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
      XWPFNumbering numbering = doc.getNumbering();
      if (numbering == null || numId == null || numId.signum() == 0 || ilvl < 0 || ilvl > 8) {
        return "";
      }
      XWPFNum num = numbering.getNum(numId);
      if (num == null) {
        return "";
      }
      BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
      XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
      if (abstractNum == null) {
        return "";
      }
      CTLvl[] levels = new CTLvl[9];
      for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
        int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
        if (i >= 0 && i < 9) {
          levels[i] = lvl;
        }
      }
      Integer[] overrides = new Integer[9];
      for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
        int i = o.getIlvl() == null ? 0 : o.getIlvl().intValue();
        if (i >= 0 && i < 9) {
          if (o.getLvl() != null) {
            levels[i] = o.getLvl();
          }
          if (o.getStartOverride() != null) {
            overrides[i] = o.getStartOverride().getVal().intValue();
          }
        }
      }
      CTLvl level = levels[ilvl];
      if (level == null) {
        return "";
      }
      // Lists of one abstract numbering continue each other, unless a list restarts with startOverride.
      int[] count = counters.get(abstractId);
      boolean firstOfList = numsSeen.putIfAbsent(numId, true) == null;
      if (count == null || firstOfList && hasOverride(overrides)) {
        count = new int[9];
        counters.put(abstractId, count);
      }
      count[ilvl] = count[ilvl] == 0 ? start(levels[ilvl], overrides[ilvl]) : count[ilvl] + 1;
      for (int deeper = ilvl + 1; deeper < 9; deeper++) {
        count[deeper] = 0;
      }
      if (level.getLvlText() == null || level.getLvlText().getVal() == null) {
        return "";
      }
      String format = format(level);
      if (format.equals("bullet") || format.equals("none")) {
        return "";
      }
      String pattern = level.getLvlText().getVal();
      StringBuilder label = new StringBuilder();
      for (int i = 0; i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
          int k = pattern.charAt(i + 1) - '1';
          int value = count[k] == 0 ? start(levels[k], overrides[k]) : count[k];
          label.append(Numerals.format(value, k == ilvl || levels[k] == null ? format : format(levels[k])));
          i++;
        } else {
          label.append(c);
        }
      }
      return label + (suffix(level).equals("nothing") ? "" : " ");
    } catch (RuntimeException e) {
      return ""; // numbering Word itself would show as it can: the text is still read
    }
  }

  /** {@code <w:suff w:val>} read from the XML: its schema class is not in poi-ooxml-lite. */
  private static String suffix(CTLvl level) {
    for (org.w3c.dom.Node n = level.getDomNode().getFirstChild(); n != null; n = n.getNextSibling()) {
      if ("suff".equals(n.getLocalName()) && n instanceof org.w3c.dom.Element e) {
        return e.getAttributeNS(W_NS, "val");
      }
    }
    return "tab";
  }

  private static boolean hasOverride(Integer[] overrides) {
    for (Integer o : overrides) {
      if (o != null) {
        return true;
      }
    }
    return false;
  }

  private static int start(CTLvl level, Integer override) {
    if (override != null) {
      return override;
    }
    CTDecimalNumber start = level == null ? null : level.getStart();
    return start == null ? 1 : start.getVal().intValue();
  }

  private static String format(CTLvl level) {
    return level.getNumFmt() == null || level.getNumFmt().getVal() == null ? "decimal" : level.getNumFmt().getVal().toString();
  }

  /** The paragraph's own numbering, else its style's (a heading style that numbers its headings). */
  private CTNumPr numPr(XWPFParagraph p) {
    if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getNumPr() != null) {
      return p.getCTP().getPPr().getNumPr();
    }
    String styleId = p.getStyleID();
    for (int depth = 0; styleId != null && doc.getStyles() != null && depth < 10; depth++) {
      XWPFStyle style = doc.getStyles().getStyle(styleId);
      if (style == null) {
        return null;
      }
      CTStyle ct = style.getCTStyle();
      if (ct.getPPr() != null && ct.getPPr().getNumPr() != null) {
        return ct.getPPr().getNumPr();
      }
      styleId = style.getBasisStyleID();
    }
    return null;
  }
}
