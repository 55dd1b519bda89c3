package cn.gongkai.importer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Synthetic PDFs for the tests, made with PDFBox. Chinese text uses the way Chinese PDF generators
 * (iText's STSong-Light) write it: a Type0 font with Adobe's predefined CMap UniGB-UCS2-H and no
 * embedded font program, so the codes are UCS-2 and no CJK font file is needed on the machine (the
 * Noto CJK fonts CI installs are CFF collections, which PDFBox cannot embed).
 */
final class TestPdfs {
  /** Text drawn at (x, y) in points from the bottom left, 12 pt. */
  record Text(float x, float y, String text) {}

  private TestPdfs() {}

  /** One page; every text in the STSong-Light font (ASCII too: UniGB-UCS2-H maps it). */
  static byte[] chinese(List<Text> texts) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDResources resources = new PDResources();
      COSDictionary fonts = new COSDictionary();
      fonts.setItem(COSName.getPDFName("F1"), stSongLight());
      resources.getCOSObject().setItem(COSName.FONT, fonts);
      page.setResources(resources);
      StringBuilder content = new StringBuilder();
      for (Text t : texts) {
        content.append("BT /F1 12 Tf ").append(t.x()).append(' ').append(t.y()).append(" Td <");
        for (byte b : t.text().getBytes(StandardCharsets.UTF_16BE)) {
          content.append(String.format("%02X", b & 0xff));
        }
        content.append("> Tj ET\n");
      }
      page.setContents(new PDStream(doc, new ByteArrayInputStream(content.toString().getBytes(StandardCharsets.US_ASCII))));
      return save(doc);
    }
  }

  /** One page of Helvetica (a standard font, not embedded). */
  static byte[] latin(List<Text> texts) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        for (Text t : texts) {
          cs.beginText();
          cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          cs.newLineAtOffset(t.x(), t.y());
          cs.showText(t.text());
          cs.endText();
        }
      }
      return save(doc);
    }
  }

  /** A “scan”: one page holding only a picture. */
  static byte[] imageOnly() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
      for (int x = 0; x < 40; x++) {
        image.setRGB(x, x / 2, 0xffffff);
      }
      PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(xobject, 50, 500, 400, 200);
      }
      return save(doc);
    }
  }

  /** A PDF that opens only with a password. */
  static byte[] encrypted() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(50, 700);
        cs.showText("secret 12");
        cs.endText();
      }
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return save(doc);
    }
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  private static COSDictionary stSongLight() {
    COSDictionary descriptor = new COSDictionary();
    descriptor.setName(COSName.TYPE, "FontDescriptor");
    descriptor.setName(COSName.FONT_NAME, "STSong-Light");
    descriptor.setInt(COSName.FLAGS, 6);
    descriptor.setItem(COSName.FONT_BBOX, new PDRectangle(-25, -254, 1025, 1134).getCOSArray());
    descriptor.setInt(COSName.ITALIC_ANGLE, 0);
    descriptor.setInt(COSName.ASCENT, 880);
    descriptor.setInt(COSName.DESCENT, -120);
    descriptor.setInt(COSName.CAP_HEIGHT, 880);
    descriptor.setInt(COSName.STEM_V, 93);
    COSDictionary system = new COSDictionary();
    system.setString(COSName.REGISTRY, "Adobe");
    system.setString(COSName.ORDERING, "GB1");
    system.setInt(COSName.SUPPLEMENT, 4);
    COSDictionary cidFont = new COSDictionary();
    cidFont.setName(COSName.TYPE, "Font");
    cidFont.setName(COSName.SUBTYPE, "CIDFontType0");
    cidFont.setName(COSName.BASE_FONT, "STSong-Light");
    cidFont.setItem(COSName.CIDSYSTEMINFO, system);
    cidFont.setItem(COSName.FONT_DESC, descriptor);
    cidFont.setInt(COSName.DW, 1000);
    COSArray widths = new COSArray(); // CIDs 1–95, ASCII, half an em wide
    widths.add(COSInteger.get(1));
    widths.add(COSInteger.get(95));
    widths.add(COSInteger.get(500));
    cidFont.setItem(COSName.W, widths);
    COSDictionary font = new COSDictionary();
    font.setName(COSName.TYPE, "Font");
    font.setName(COSName.SUBTYPE, "Type0");
    font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
    font.setName(COSName.ENCODING, "UniGB-UCS2-H");
    COSArray descendants = new COSArray();
    descendants.add(cidFont);
    font.setItem(COSName.DESCENDANT_FONTS, descendants);
    return font;
  }
}
