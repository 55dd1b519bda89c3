package cn.gongkai.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of uploaded attachments. An attachment is published under its own name, so the name must be a
 * file name on Windows and Linux and a URL path segment as it stands: what NAME-01 asks of an item's
 * file name, short of requiring Latin letters (a Chinese 申请表.docx is what a reader expects to get).
 */
final class ItemUploads {
  static final List<String> EXTENSIONS =
      List.of("pdf", "doc", "docx", "xls", "xlsx", "wps", "et", "ofd", "txt", "csv", "jpg", "jpeg", "png", "gif", "zip", "rar", "7z");
  static final int MAX_LENGTH = 100;
  /** Characters Windows refuses in file names, and {@code #} and {@code %}, which end or escape a URL path. */
  private static final Pattern BAD_CHARS = Pattern.compile("[<>:\"/\\\\|?*#%]");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
  private static final Set<String> RESERVED = reserved();

  private ItemUploads() {}

  /** Why {@code name} cannot be an attachment's name (a Chinese sentence naming it and a better name), or empty. */
  static Optional<String> problem(String name) {
    String shown = CONTROL.matcher(name).replaceAll("\uFFFD");
    String fix = "请改名为“" + suggestion(name) + "”后再上传。";
    if (name.isBlank()) {
      return Optional.of("附件的文件名是空的：请给文件起一个名字（如 申请表.pdf）后再上传。");
    }
    if (CONTROL.matcher(name).find()) {
      return Optional.of("附件“" + shown + "”的文件名含有控制字符（如换行），不能作为文件名。" + fix);
    }
    if (name.contains("/") || name.contains("\\") || name.contains("..")) {
      return Optional.of("附件“" + name + "”的文件名含有“/”“\\”或“..”：附件只能放在信息所在的文件夹，只写文件名。" + fix);
    }
    if (name.startsWith(".")) {
      return Optional.of("附件“" + name + "”的文件名以“.”开头，是隐藏文件的写法，发布后看不到。" + fix);
    }
    if (BAD_CHARS.matcher(name).find()) {
      return Optional.of("附件“" + name + "”的文件名含有 < > : \" | ? * # % 中的字符：Windows 的文件名不能用，或会截断网址。" + fix);
    }
    if (name.endsWith(" ") || name.endsWith(".") || name.startsWith(" ")) {
      return Optional.of("附件“" + name + "”的文件名以空格或“.”开头或结尾，Windows 上会被改掉。" + fix);
    }
    if (RESERVED.contains(base(name).toUpperCase(Locale.ROOT))) {
      return Optional.of("附件“" + name + "”的文件名“" + base(name) + "”是 Windows 保留的设备名，不能用作文件名。" + fix);
    }
    if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
      return Optional.of("附件“" + name + "”的文件名有 " + name.codePointCount(0, name.length()) + " 个字，不能超过 " + MAX_LENGTH + " 个字。" + fix);
    }
    if (!EXTENSIONS.contains(extension(name))) {
      return Optional.of(
          "附件“" + name + "”的扩展名不在可上传的类型中（可用：" + String.join("、", EXTENSIONS) + "）。请另存为其中一种格式（如 PDF），或压缩成 zip 后再上传。");
    }
    return Optional.empty();
  }

  /**
   * Every problem of {@code names} as uploads into a folder holding {@code existing}: each bad name, and
   * each name equal, ignoring case, to a file already there or to an earlier upload (Windows and many
   * web servers do not tell 申请表.PDF from 申请表.pdf).
   */
  static List<String> problems(List<String> names, List<String> existing) {
    Map<String, String> taken = new HashMap<>();
    existing.forEach(e -> taken.put(e.toLowerCase(Locale.ROOT), e));
    Map<String, String> uploaded = new HashMap<>();
    List<String> out = new ArrayList<>();
    for (String name : names) {
      Optional<String> bad = problem(name);
      if (bad.isPresent()) {
        out.add(bad.get());
        continue;
      }
      String key = name.toLowerCase(Locale.ROOT);
      String free = freeName(name, taken, uploaded);
      if (taken.containsKey(key)) {
        out.add("附件“" + name + "”与文件夹中已有的文件“" + taken.get(key) + "”重名（不区分大小写），已有的文件不会被覆盖。请改名为“" + free + "”后再上传。");
      } else if (uploaded.containsKey(key)) {
        out.add("附件“" + name + "”与同时上传的“" + uploaded.get(key) + "”重名（不区分大小写）。请改名为“" + free + "”后再上传。");
      } else {
        uploaded.put(key, name);
      }
    }
    return out;
  }

  /** A name close to {@code name} that no rule refuses: bad characters become “-”, reserved names get a suffix. */
  static String suggestion(String name) {
    String s = CONTROL.matcher(name).replaceAll("").replace("..", ".");
    s = BAD_CHARS.matcher(s).replaceAll("-").replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
    int firstDot = s.indexOf('.');
    String first = firstDot < 0 ? s : s.substring(0, firstDot);
    if (RESERVED.contains(first.strip().toUpperCase(Locale.ROOT))) {
      s = first + "-附件" + s.substring(first.length());
    }
    String ext = extension(s);
    String tail = ext.isEmpty() ? "" : s.substring(s.length() - ext.length() - 1);
    String base = s.substring(0, s.length() - tail.length()).replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    base = base.isEmpty() ? "附件" : base;
    int room = MAX_LENGTH - tail.length();
    if (base.codePointCount(0, base.length()) > room) {
      base = base.substring(0, base.offsetByCodePoints(0, room));
    }
    return base + tail;
  }

  private static String freeName(String name, Map<String, String> taken, Map<String, String> uploaded) {
    int dot = name.lastIndexOf('.');
    String base = name.substring(0, dot);
    String ext = name.substring(dot);
    for (int n = 2; ; n++) {
      String candidate = base + "-" + n + ext;
      String key = candidate.toLowerCase(Locale.ROOT);
      if (!taken.containsKey(key) && !uploaded.containsKey(key)) {
        return candidate;
      }
    }
  }

  /** The extension in lower case, without the dot; empty when there is none. */
  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The part before the first dot: Windows reserves CON also as CON.txt and CON.tar.gz. */
  private static String base(String name) {
    int dot = name.indexOf('.');
    return (dot < 0 ? name : name.substring(0, dot)).strip();
  }

  private static Set<String> reserved() {
    Set<String> names = new HashSet<>(Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"));
    for (int i = 1; i <= 9; i++) {
      names.add("COM" + i);
      names.add("LPT" + i);
    }
    return Set.copyOf(names);
  }
}
