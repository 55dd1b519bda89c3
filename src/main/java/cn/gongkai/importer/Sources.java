package cn.gongkai.importer;

import cn.gongkai.diag.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A published report's file read into {@link SourceDoc} lines, faithfully and in reading order: no
 * meaning is given here (that is {@code ReportImporter}'s), nothing is dropped that a reader needs,
 * nothing is made up. The kind comes from the extension and is checked against the content, so a
 * {@code .html} that is really a PDF, a Word 97 {@code .doc} renamed {@code .docx}, a picture or an
 * empty file is refused with a sentence naming the file, before anything is written.
 *
 * <p>Per kind (see {@link SourceDoc.Line} for the contract):
 *
 * <ul>
 *   <li>web page: each block (paragraph, heading, list item, {@code <br>}-separated text) one line
 *       of one cell; each table row one line of its cells, as published (a merged cell once, where
 *       it starts); a layout table that holds other tables is read through;
 *   <li>text: each line of the file one line (blank lines give none, so their numbers are skipped);
 *       a pipe-table row ({@code | a | b |}) gives its cells, a tab-separated line its fields;
 *   <li>Word: paragraphs (with their automatic numbering, such as “一、”) and table rows in document
 *       order, numbered in order;
 *   <li>PDF: the text layer, one line per line of text, gaps between words widened into as many
 *       spaces as they are wide, so columns stay apart by runs of spaces.
 * </ul>
 */
public final class Sources {
  /** Max file size read; larger files are refused (exit 1) before reading them whole. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  static final String ACCEPTED = ".html、.htm（网页）、.txt、.md（文字）、.docx（Word）、.pdf（PDF 文字层）";

  private Sources() {}

  /**
   * {@code shown} = the file as messages show it. {@link UserError#refused} (exit 1) for user
   * problems, {@link UserError#environment} (exit 4) for I/O.
   */
  public static SourceDoc read(Path file, String shown) throws UserError {
    kindOf(shown); // an unknown extension is said before the disk is touched
    long size;
    try {
      if (Files.isDirectory(file)) {
        throw UserError.refused("无法导入 " + shown + "：这是一个文件夹，不是文件。");
      }
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw UserError.refused("无法导入 " + shown + "：找不到这个文件。请检查文件名和路径。");
    } catch (IOException e) {
      throw UserError.environment("读取导入文件", file, e);
    }
    checkSize(shown, size);
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // Never more than the limit, even if the file grows while it is read.
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    } catch (IOException e) {
      throw UserError.environment("读取导入文件", file, e);
    }
    return read(shown, bytes);
  }

  /** The kind comes from the extension of {@code shown}. */
  public static SourceDoc read(String shown, byte[] bytes) throws UserError {
    SourceDoc.Kind kind = kindOf(shown);
    checkSize(shown, bytes.length);
    if (bytes.length == 0) {
      throw UserError.refused("无法导入 " + shown + "：文件是空的（0 字节）。请确认保存或下载完整后再导入。");
    }
    Sniff.check(shown, kind, bytes);
    List<SourceDoc.Line> lines =
        switch (kind) {
          case HTML -> HtmlSource.lines(shown, bytes);
          case TEXT -> TextSource.lines(shown, bytes, extension(shown).equals("md"));
          case DOCX -> DocxSource.lines(shown, bytes);
          case PDF -> PdfSource.lines(shown, bytes);
        };
    if (lines.isEmpty()) {
      throw UserError.refused("无法导入 " + shown + "：文件里没有读到任何文字。");
    }
    return new SourceDoc(shown, kind, lines);
  }

  static SourceDoc.Kind kindOf(String shown) throws UserError {
    String ext = extension(shown);
    return switch (ext) {
      case "html", "htm" -> SourceDoc.Kind.HTML;
      case "txt", "md" -> SourceDoc.Kind.TEXT;
      case "docx" -> SourceDoc.Kind.DOCX;
      case "pdf" -> SourceDoc.Kind.PDF;
      case "doc", "wps" -> throw UserError.refused(
          "无法导入 " + shown + "：这是旧版 Word（." + ext + "）文件，不能直接读取。请在 Word 或 WPS 中“另存为” .docx 后再导入。");
      default -> throw UserError.refused(
          "无法导入 " + shown + "：不认识" + (ext.isEmpty() ? "没有扩展名的文件" : "扩展名 ." + ext) + "。可以导入的文件：" + ACCEPTED + "。");
    };
  }

  static String extension(String shown) {
    String name = shown.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static void checkSize(String shown, long size) throws UserError {
    if (size > MAX_BYTES) {
      throw UserError.refused(
          "无法导入 " + shown + "：文件有 " + megabytes(size) + " MB，超过了 " + megabytes(MAX_BYTES)
              + " MB 的上限。年报文件通常不到 1 MB，请确认选对了文件（图片多的 Word 或 PDF 请先压缩图片）。");
    }
  }

  private static String megabytes(long size) {
    return String.format(Locale.ROOT, "%.1f", size / (1024.0 * 1024.0)).replace(".0", "");
  }

  /** “无法导入 X：”, the head of every refusal. */
  static UserError refused(String shown, String why) {
    return UserError.refused("无法导入 " + shown + "：" + why);
  }
}
