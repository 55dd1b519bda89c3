package cn.gongkai.yaml;

import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.diag.UserError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a webmaster's text file as UTF-8. A leading BOM and CRLF line ends are accepted (Windows
 * Notepad writes both); a file saved in GBK is refused with instructions, because guessing would
 * risk publishing garbled text.
 */
public final class TextFiles {
  private TextFiles() {}

  /**
   * The text of {@code file}, line ends made {@code \n}. A file that is not UTF-8 is an {@link
   * UnreadableFile} (ENC-01); a file the system cannot read at all is a {@link UserError}.
   */
  public static String read(Path sourceRoot, Path file) throws UnreadableFile, UserError {
    String shown = SourcePos.display(sourceRoot, file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw UserError.refused(shown + ": 错误 无法读取文件（" + why(e) + "）。");
    }
    int start = hasBom(bytes) ? 3 : 0;
    // The quick decoder turns bad bytes into U+FFFD; only a text with U+FFFD in it (rare in real
    // content) is decoded again strictly, to tell a real U+FFFD from a file that is not UTF-8.
    String quick = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (quick.indexOf('\uFFFD') < 0) {
      return quick.indexOf('\r') < 0 ? quick : quick.replace("\r\n", "\n").replace('\r', '\n');
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
              .toString();
      return text.replace("\r\n", "\n").replace('\r', '\n');
    } catch (CharacterCodingException e) {
      int line = lineOfFirstInvalidByte(bytes, start);
      String encoding = looksLikeGbk(bytes, start) ? "GBK（GB2312/GB18030）" : "不是 UTF-8 的某种编码";
      throw new UnreadableFile(
          Finding.of(
              Rule.ENC_01,
              new SourcePos(shown, line, 0),
              "文件编码是"
                  + encoding
                  + "，本工具只读 UTF-8。请用记事本“另存为”并把“编码”选为“UTF-8”，或在 VS Code 右下角点编码、选“通过编码保存”→“UTF-8”。"));
    }
  }

  /**
   * The message for a symbolic link in {@code content/}: links are never followed, so a link cannot
   * publish a file from outside the site folder, and it is not skipped silently either.
   */
  public static String symlinkMessage(Path sourceRoot, Path link) {
    String target;
    try {
      Path to = Files.readSymbolicLink(link);
      Path resolved = link.toAbsolutePath().getParent().resolve(to).normalize();
      boolean outside = !resolved.startsWith(sourceRoot.toAbsolutePath().normalize());
      target = "指向" + (outside ? "站点文件夹以外的 " : " ") + to.toString().replace('\\', '/');
    } catch (IOException | UnsupportedOperationException e) {
      target = "指向别处";
    }
    return "“" + link.getFileName() + "”是符号链接（" + target + "），不会被读取或发布。为了安全，content/ 中不能使用符号链接：请删除这个链接，把要发布的文件本身复制到这里。";
  }

  /** Why a file could not be read, in words (never the exception's English). */
  static String why(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "没有读取权限";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "文件不存在";
    }
    return "文件可能正被其他程序占用，或磁盘无法访问";
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  private static boolean looksLikeGbk(byte[] bytes, int start) {
    try {
      Charset.forName("GB18030")
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The 1-based line holding the first byte sequence that is not valid UTF-8. */
  private static int lineOfFirstInvalidByte(byte[] bytes, int start) {
    int line = 1;
    int i = start;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : -1;
      if (len < 0 || i + len > bytes.length) {
        return line;
      }
      for (int k = 1; k < len; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return line;
        }
      }
      if (b == '\n') {
        line++;
      }
      i += len;
    }
    return line;
  }
}
