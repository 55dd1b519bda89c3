package cn.gongkai.importer;

import cn.gongkai.diag.UserError;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a file really is, from its first bytes, checked against what its extension says: a file
 * saved under the wrong name is refused with what it looks like, instead of being read as garbage.
 */
final class Sniff {
  /** What the content looks like. */
  enum Content {
    PDF("PDF 文件", ".pdf"),
    ZIP("压缩包（.docx 也是这种格式）", ".docx"),
    OLE2("旧版 Office 文件（Word 97-2003 的 .doc、.xls 等）", null),
    IMAGE("图片", null),
    BINARY("二进制文件", null),
    HTML("网页", ".html"),
    TEXT("文字", ".txt");

    final String said;
    final String extension;

    Content(String said, String extension) {
      this.said = said;
      this.extension = extension;
    }
  }

  private Sniff() {}

  static Content of(byte[] b) {
    if (startsWith(b, 0, "%PDF-") || indexOf(b, "%PDF-", 1024) >= 0) {
      return Content.PDF;
    }
    if (startsWith(b, 0, "PK\u0003\u0004")) {
      return Content.ZIP;
    }
    if (b.length >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11 && (b[3] & 0xff) == 0xE0) {
      return Content.OLE2;
    }
    if (startsWith(b, 0, "\u0089PNG") || startsWith(b, 0, "GIF8") || (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF)
        || startsWith(b, 0, "BM") && b.length > 14 && b[6] == 0 && b[7] == 0 || startsWith(b, 0, "II*\u0000") || startsWith(b, 0, "MM\u0000*")
        || startsWith(b, 8, "WEBP")) {
      return Content.IMAGE;
    }
    if (Texts.bom(b) == null && hasNul(b)) {
      return Content.BINARY; // text has no NUL bytes; UTF-16 text is recognised by its BOM
    }
    String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    if (Texts.bom(b) != null && !Texts.bom(b).equals(StandardCharsets.UTF_8)) {
      head = new String(b, 0, Math.min(b.length, 8192), Texts.bom(b)).toLowerCase(Locale.ROOT);
    }
    if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<head")
        || head.contains("<meta") || head.contains("<table") || head.contains("<div") || head.contains("<p>") || head.contains("<p ")) {
      return Content.HTML;
    }
    return Content.TEXT;
  }

  /** Refuses a file whose content is not of the kind its extension says. */
  static void check(String shown, SourceDoc.Kind kind, byte[] bytes) throws UserError {
    Content content = of(bytes);
    boolean fits =
        switch (kind) {
          case PDF -> content == Content.PDF;
          case DOCX -> content == Content.ZIP;
          case HTML -> content == Content.HTML;
          case TEXT -> content == Content.TEXT || content == Content.HTML; // a page's source kept as text is still text
        };
    if (fits) {
      return;
    }
    String ext = "." + Sources.extension(shown);
    if (kind == SourceDoc.Kind.DOCX && content == Content.OLE2) {
      throw Sources.refused(shown, DocxSource.oleWhy(bytes));
    }
    String why = "扩展名是 " + ext + "，但内容" + (kind == SourceDoc.Kind.HTML && content == Content.TEXT ? "没有任何网页标记，是纯文字" : "是" + content.said) + "。";
    if (content == Content.BINARY || content == Content.IMAGE) {
      why += kind == SourceDoc.Kind.PDF || content == Content.IMAGE
          ? "图片或扫描件没有文字可读，请用 Word 或网页版。"
          : "请确认选对了文件，可以导入的文件：" + Sources.ACCEPTED + "。";
    } else if (content == Content.OLE2) {
      why += "请在 Word 或 WPS 中“另存为” .docx 后再导入。";
    } else if (content.extension != null) {
      why += "请把文件改名为以 " + content.extension + " 结尾后再导入。";
    }
    throw Sources.refused(shown, why);
  }

  static boolean hasNul(byte[] b) {
    for (byte x : b) {
      if (x == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] b, int at, String magic) {
    if (b.length < at + magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if ((b[at + i] & 0xff) != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, String magic, int within) {
    for (int i = 0; i + magic.length() <= Math.min(b.length, within + magic.length()); i++) {
      if (startsWith(b, i, magic)) {
        return i;
      }
    }
    return -1;
  }
}
