package cn.gongkai.importer;

import cn.gongkai.diag.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text layer, line by line as {@link PDFTextStripper} orders it by position; each line is a
 * line of one cell, numbered as a line of the extracted text. Between two words of a line the
 * stripper writes one space; here the gap is written as wide as it is (one space per half an em), so
 * a table's columns stay apart by runs of spaces while the words of a label keep single ones.
 */
final class PdfSource {
  static final String SCANNED =
      "PDF 里没有文字层，看起来是扫描件或图片。导入只读 PDF 的文字层；扫描件没有文字层，请用 Word 或网页版。";

  private PdfSource() {}

  static List<SourceDoc.Line> lines(String shown, byte[] bytes) throws UserError {
    NoSystemFonts.install();
    String text;
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.getNumberOfPages() == 0) {
        throw Sources.refused(shown, "PDF 里一页也没有。");
      }
      Stripper stripper = new Stripper();
      text = stripper.getText(doc);
    } catch (InvalidPasswordException e) {
      throw Sources.refused(shown, "PDF 设置了打开密码（已加密），无法读取。请导入没有密码的版本，或 Word、网页版。");
    } catch (IOException | RuntimeException e) {
      throw Sources.refused(shown, "不是有效的 PDF 文件，可能已经损坏或没有下载完整。请重新下载，或导入 Word、网页版。");
    }
    if (text.isBlank()) {
      throw Sources.refused(shown, SCANNED);
    }
    return lines(text);
  }

  static List<SourceDoc.Line> lines(String text) {
    String[] raw = text.split("\r\n|\r|\n", -1);
    List<SourceDoc.Line> lines = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      String line = Texts.spaces(raw[i].replace('\t', ' '));
      if (!line.isEmpty()) {
        lines.add(new SourceDoc.Line(i + 1, List.of(line), false));
      }
    }
    return lines;
  }

  /** The stripper, writing gaps between words as wide as they are. */
  static final class Stripper extends PDFTextStripper {
    private float lastEnd = Float.NaN;

    Stripper() {
      setSortByPosition(true);
      setLineSeparator("\n");
      setWordSeparator(" ");
      setPageStart("");
      setPageEnd("\n");
    }

    @Override
    protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
      lastEnd = Float.NaN;
      super.startPage(page);
    }

    @Override
    protected void writeLineSeparator() throws IOException {
      lastEnd = Float.NaN;
      super.writeLineSeparator();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      if (!positions.isEmpty()) {
        TextPosition first = positions.get(0);
        if (!Float.isNaN(lastEnd)) {
          float em = first.getFontSizeInPt() > 0 ? first.getFontSizeInPt() : first.getHeightDir() > 0 ? first.getHeightDir() : 10;
          float gap = first.getXDirAdj() - lastEnd;
          int spaces = Math.round(gap / (em / 2));
          // the stripper has written one separator already; a wide gap gets the rest
          if (spaces > 1) {
            writeString(" ".repeat(Math.min(spaces - 1, 200)));
          }
        }
        TextPosition last = positions.get(positions.size() - 1);
        lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
      }
      super.writeString(text, positions);
    }
  }

  /**
   * Text extraction needs no glyphs, so a font the PDF does not embed is not looked for among the
   * computer's fonts: that scan is slow, writes a cache into the home folder and makes the text's
   * positions (hence its spacing) depend on the fonts installed. PDFBox's own Liberation Sans
   * stands in; the widths the PDF declares are used as always.
   */
  static final class NoSystemFonts implements FontMapper {
    private static boolean installed;
    private final TrueTypeFont fallback;

    private NoSystemFonts(TrueTypeFont fallback) {
      this.fallback = fallback;
    }

    static synchronized void install() {
      if (installed) {
        return;
      }
      installed = true;
      try (InputStream in = PDFTextStripper.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
        if (in != null) {
          TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
          FontMappers.set(new NoSystemFonts(font));
        }
      } catch (IOException | RuntimeException e) {
        // PDFBox's own mapper stays: slower, the text the same
      }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
      return new FontMapping<>(fallback, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
      return new FontMapping<>(fallback, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
      return new CIDFontMapping(null, fallback, true);
    }
  }
}
