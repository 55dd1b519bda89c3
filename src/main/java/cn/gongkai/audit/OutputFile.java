package cn.gongkai.audit;

import cn.gongkai.diag.Environment;
import cn.gongkai.diag.UserError;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the audit's --html and --csv files whole or not at all: a temporary file beside the target, then a rename. */
public final class OutputFile {
  private OutputFile() {}

  /**
   * Refuses a target inside a folder named {@code content} (a site's content: audit writes nothing
   * into a site) or one of the reports being audited; {@code option} names it in the message.
   */
  public static void refuseUnsafe(String option, Path target, java.util.Collection<Path> inputs) throws UserError {
    Path abs = target.toAbsolutePath().normalize();
    for (Path p = abs.getParent(); p != null; p = p.getParent()) {
      if (p.getFileName() != null && p.getFileName().toString().equals("content")) {
        throw UserError.usage(option + " 的文件 " + target + " 在 content/ 文件夹中。content/ 是网站的内容，体检结果不能写进去：请写到别处，例如 --html 体检结果.html。");
      }
    }
    if (Files.isDirectory(abs)) {
      throw UserError.usage(option + " 应写一个文件名（如 体检结果.html），“" + target + "”是文件夹。");
    }
    for (Path input : inputs) {
      if (input.toAbsolutePath().normalize().equals(abs)) {
        throw UserError.usage(option + " 的文件 " + target + " 是要检查的年报之一，不能覆盖它。请换一个文件名。");
      }
    }
  }

  public static void write(Path target, byte[] bytes) throws UserError {
    Path abs = target.toAbsolutePath().normalize();
    Path dir = abs.getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
      Files.write(temp, bytes);
      try {
        Files.move(temp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the temporary file is hidden and named after the target; nothing else to do
        }
      }
      throw UserError.environment("无法写入 " + target + "：" + Environment.reason(e) + "。请确认这个文件没有在其他程序（如 Excel、浏览器）中打开，文件夹可以写入，然后再运行一次；原来的文件没有改动。");
    }
  }
}
