package cn.gongkai.serve;

import cn.gongkai.diag.UserError;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;

/**
 * A path sent by an edit page, as a file under {@code content/}. Whatever could reach outside is
 * refused before any file is touched: {@code ..}, an absolute path, a drive letter or backslash
 * (Windows), control characters, a percent-encoded form of any of these, and a symbolic link that
 * leads out of {@code content/}.
 */
final class ContentPaths {
  private ContentPaths() {}

  /** {@code relative} (with {@code /}, already URL-decoded once) under {@code contentRoot}. */
  static Path inside(Path contentRoot, String relative) throws UserError {
    if (relative == null || relative.isEmpty()) {
      throw refused(relative, "是空的");
    }
    checkText(relative, relative);
    String decoded = decodedFully(relative);
    if (!decoded.equals(relative)) {
      checkText(relative, decoded); // %2e%2e%2f and the like: a second decoding somewhere must not escape either
    }
    Path root = contentRoot.toAbsolutePath().normalize();
    Path target;
    try {
      target = root.resolve(relative).normalize();
    } catch (InvalidPathException e) {
      throw refused(relative, "含有这台电脑的文件名不能用的字符");
    }
    if (!target.startsWith(root) || target.equals(root)) {
      throw refused(relative, "不在 content/ 文件夹里");
    }
    checkLinks(root, target, relative);
    return target;
  }

  private static void checkText(String shown, String path) throws UserError {
    if (path.indexOf('\0') >= 0 || path.chars().anyMatch(Character::isISOControl)) {
      throw refused(shown, "含有控制字符（如 NUL）");
    }
    if (path.indexOf('\\') >= 0) {
      throw refused(shown, "含有反斜杠 \\，路径只能用 /");
    }
    if (path.indexOf(':') >= 0) {
      throw refused(shown, "含有冒号（Windows 的盘符如 C: 或文件流）");
    }
    if (path.startsWith("/") || isAbsolute(path)) {
      throw refused(shown, "是绝对路径，只能写 content/ 里的相对路径");
    }
    for (String segment : path.split("/", -1)) {
      // Windows drops trailing dots and spaces, so “.. ” and “...” would act as “..” there.
      if (!segment.isEmpty() && segment.replace(".", "").replace(" ", "").isEmpty() && !segment.equals(".")) {
        throw refused(shown, "含有 “" + segment + "”，会走到 content/ 文件夹外面");
      }
    }
  }

  /** Decodes %XX until nothing changes (a few rounds at most); a broken %XX stays as it is. */
  private static String decodedFully(String path) {
    String current = path;
    for (int round = 0; round < 5; round++) {
      String next = percentDecoded(current);
      if (next.equals(current)) {
        break;
      }
      current = next;
    }
    return current;
  }

  private static String percentDecoded(String s) {
    byte[] in = s.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    for (int i = 0; i < in.length; i++) {
      int high = i + 2 < in.length && in[i] == '%' ? Character.digit(in[i + 1], 16) : -1;
      int low = high < 0 ? -1 : Character.digit(in[i + 2], 16);
      if (low < 0) {
        out.write(in[i]);
      } else {
        out.write(high * 16 + low);
        i += 2;
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static boolean isAbsolute(String path) {
    try {
      return Path.of(path).isAbsolute();
    } catch (InvalidPathException e) {
      return false; // refused when resolved
    }
  }

  /** The deepest part of {@code target} that exists, with links followed, must still be in the root. */
  private static void checkLinks(Path root, Path target, String shown) throws UserError {
    try {
      Path realRoot = root.toRealPath();
      Path existing = target;
      while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
        existing = existing.getParent();
      }
      if (!existing.toRealPath().startsWith(realRoot)) {
        throw refused(shown, "经过符号链接指到了 content/ 文件夹外面");
      }
    } catch (IOException e) {
      // A dangling link, or a root that is gone: nothing to write into safely.
      throw refused(shown, "无法确认它在 content/ 文件夹里（文件夹不存在，或符号链接断开）");
    }
  }

  private static UserError refused(String path, String why) {
    String shown = path == null ? "" : path.replaceAll("\\p{Cntrl}", "?");
    return UserError.refused("拒绝：路径“" + shown + "”" + why + "，没有读写任何文件。");
  }
}
