package cn.gongkai.publish;

import cn.gongkai.diag.UserError;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Builds go into a staging folder beside the output; the output is replaced only when everything
 * succeeded, so a failed build leaves the published {@code site/} as it was.
 */
public final class Output {
  private Output() {}

  /** A fresh, empty staging folder beside {@code out}; refuses an {@code out} that is the site or a repository itself. */
  public static Path stage(Path source, Path out) throws UserError {
    refuseUnsafe(source, out);
    Path abs = out.toAbsolutePath().normalize();
    Path staging = abs.resolveSibling("." + abs.getFileName() + ".building");
    Path old = abs.resolveSibling("." + abs.getFileName() + ".old");
    try {
      Files.createDirectories(abs.getParent());
      // A publish killed between its two renames leaves the previous site aside: put it back first.
      if (!Files.exists(abs) && Files.isDirectory(old)) {
        move(old, abs);
      }
      Folders.delete(staging);
      return Files.createDirectories(staging);
    } catch (IOException e) {
      throw UserError.environment("建立临时输出文件夹", staging, e);
    }
  }

  /** Refuses an {@code out} that is (or contains) the site folder or a repository: building replaces it whole. */
  public static void refuseUnsafe(Path source, Path out) throws UserError {
    Path abs = out.toAbsolutePath().normalize();
    Path src = source.toAbsolutePath().normalize();
    if (src.startsWith(abs) || Files.isDirectory(abs.resolve("content")) || Files.exists(abs.resolve(".git"))) {
      throw UserError.usage("输出目录 " + out + " 看起来是源目录或代码仓库本身，生成时会被整个替换。请换一个专用的输出目录（默认是 site/）。");
    }
  }

  /** Swaps the staged tree in: old output aside, staging into place, old output removed. */
  public static void publish(Path staging, Path out) throws UserError {
    Path abs = out.toAbsolutePath().normalize();
    Path old = abs.resolveSibling("." + abs.getFileName() + ".old");
    try {
      Folders.delete(old);
      if (Files.exists(abs)) {
        move(abs, old);
      }
    } catch (IOException e) {
      throw UserError.environment("替换输出文件夹", abs, e);
    }
    try {
      move(staging, abs);
    } catch (IOException e) {
      // Put the previous site back, so the message's “原来的网站没有改动” holds; if even that fails,
      // the next build puts it back (stage()).
      try {
        move(old, abs);
      } catch (IOException ignored) {
        // recovered by the next build
      }
      throw UserError.environment("替换输出文件夹", abs, e);
    }
    // The new site is in place; a previous one left aside is removed now or by the next build.
    Folders.deleteQuietly(old);
  }

  public static void discard(Path staging) {
    Folders.deleteQuietly(staging);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
