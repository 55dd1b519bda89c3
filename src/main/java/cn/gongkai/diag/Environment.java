package cn.gongkai.diag;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns an {@link IOException} of the file system into a sentence for a webmaster: what failed, on
 * which path, why in plain words (磁盘空间不足, 没有写入权限, 只读) and what to do. The cause is found from
 * the exception's type ({@link AccessDeniedException}, {@link NoSuchFileException}) and, since the JDK
 * reports a full or read-only disk only as a {@link FileSystemException} or plain {@link IOException}
 * with the system's text, from that text (Linux, macOS and Windows, English and Chinese).
 */
public final class Environment {
  /** What went wrong with the disk. */
  public enum Cause {
    DISK_FULL,
    ACCESS_DENIED,
    READ_ONLY,
    MISSING,
    OTHER
  }

  private Environment() {}

  public static Cause cause(IOException e) {
    String text = (e.getMessage() == null ? "" : e.getMessage()).toLowerCase(Locale.ROOT);
    if (e instanceof FileSystemException f && f.getReason() != null) {
      text = text + " " + f.getReason().toLowerCase(Locale.ROOT);
    }
    if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk quota")
        || text.contains("disk is full") || text.contains("磁盘空间不足") || text.contains("磁盘已满")) {
      return Cause.DISK_FULL;
    }
    if (text.contains("read-only file system") || text.contains("write-protected") || text.contains("write protected") || text.contains("写保护")) {
      return Cause.READ_ONLY;
    }
    if (e instanceof AccessDeniedException || text.contains("permission denied") || text.contains("access is denied")
        || text.contains("拒绝访问")) {
      return Cause.ACCESS_DENIED;
    }
    if (e instanceof NoSuchFileException) {
      return Cause.MISSING;
    }
    return Cause.OTHER;
  }

  /** The cause alone, for messages about reading as well as writing: 磁盘空间不足, 没有访问权限 …; never the system's English. */
  public static String reason(IOException e) {
    return switch (cause(e)) {
      case DISK_FULL -> "磁盘空间不足";
      case READ_ONLY -> "磁盘是只读的";
      case ACCESS_DENIED -> "没有访问权限，或文件正被其他程序占用";
      case MISSING -> "找不到这个文件或文件夹";
      case OTHER -> "磁盘操作失败";
    };
  }

  /** “无法写入输出文件 D:\\site\\index.html：磁盘空间不足。请……” */
  public static String describe(String doing, Path path, IOException e) {
    Path where = e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : path;
    String head = "无法" + doing + " " + where + "：";
    return switch (cause(e)) {
      case DISK_FULL -> head + "磁盘空间不足。请删除不用的文件、清空回收站，腾出空间后再运行一次；"
          + "生成时输出文件夹旁边需要再放得下一份完整的网站。原来的网站没有改动。";
      case READ_ONLY -> head + "这个磁盘是只读的（例如光盘、写保护的 U 盘或只读共享文件夹）。"
          + "请把站点文件夹复制到可以写入的磁盘上，或用 --out 指定可以写入的输出文件夹。原来的网站没有改动。";
      case ACCESS_DENIED -> head + "没有写入权限，或文件正被其他程序（资源管理器、编辑器、杀毒软件）占用。"
          + "请关闭这些程序，确认当前用户可以修改这个文件夹，然后再运行一次。原来的网站没有改动。";
      case MISSING -> head + "找不到这个文件或文件夹，可能在生成过程中被其他程序删除或移动了。请再运行一次。原来的网站没有改动。";
      case OTHER -> head + "磁盘操作失败（" + e.getMessage() + "）。请检查磁盘和文件夹是否可用，然后再运行一次。原来的网站没有改动。";
    };
  }
}
