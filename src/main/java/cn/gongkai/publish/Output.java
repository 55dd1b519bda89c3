package cn.gongkai.publish;

import cn.gongkai.cache.FileStamp;
import cn.gongkai.diag.UserError;
import cn.gongkai.plan.OutputSink;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds go into a staging folder beside the output; the output changes only when everything succeeded, so
 * a failed build leaves the published {@code site/} as it was. The first build renames its staging folder
 * into place; a build over a previous one changes only the files whose bytes differ, through a
 * {@link PublishJournal}, and leaves every other file untouched.
 */
public final class Output {
  private Output() {}

  /**
   * A fresh, empty staging folder beside {@code out}, an interrupted publish finished first; refuses an
   * {@code out} that is the site or a repository itself.
   */
  public static Path stage(Path source, Path out, OutputLock lock) throws UserError {
    refuseUnsafe(source, out);
    Path abs = out.toAbsolutePath().normalize();
    Path staging = staging(abs);
    if (wasInterrupted(abs)) {
      recover(abs, lock);
    }
    try {
      Files.createDirectories(abs.getParent());
      Folders.delete(staging);
      return Files.createDirectories(staging);
    } catch (IOException e) {
      throw UserError.environment("建立临时输出文件夹", staging, e);
    }
  }

  /**
   * Where this build's files go: over a previous build, a sink that leaves out every file whose bytes are
   * unchanged (they stay in {@code out} untouched); into an empty place, every file is written.
   */
  public static OutputSink sink(Path staging, Path out, OutputTree tree) {
    Path abs = out.toAbsolutePath().normalize();
    return new StagingSink(staging.toAbsolutePath().normalize(), Files.isDirectory(abs) ? abs : null, tree);
  }

  /**
   * The output folder as it is now (empty when there is none): its files' stamps and its folders, and the
   * generation read before the walk. Needs no lock: {@link #current} tells whether a walk is still true.
   */
  public static OutputTree scan(Path out) throws UserError {
    Path abs = out.toAbsolutePath().normalize();
    long generation = OutputLock.generation(abs);
    try {
      return OutputTree.scan(abs, generation);
    } catch (IOException e) {
      throw UserError.environment("读取输出文件夹", abs, e);
    }
  }

  /**
   * {@code early}, walked before {@code lock} was taken, when the output was whole then and has not changed
   * since (the same even generation); otherwise the output walked again, now.
   */
  public static OutputTree current(OutputTree early, Path out, OutputLock lock) throws UserError {
    long g = early.generation();
    if (g != OutputLock.UNKNOWN && g % 2 == 0 && g == lock.generation()) {
      return early;
    }
    return scan(out);
  }

  /** Whether a publish into {@code out} was interrupted (killed, or a disk error while moving files in). */
  public static boolean wasInterrupted(Path out) {
    Path abs = out.toAbsolutePath().normalize();
    return Files.exists(PublishJournal.path(abs)) || (!Files.exists(abs) && Files.isDirectory(old(abs)));
  }

  /** Finishes an interrupted publish, so that {@code out} is a complete site again. */
  public static void recover(Path out, OutputLock lock) throws UserError {
    Path abs = out.toAbsolutePath().normalize();
    lock.changing();
    try {
      finishInterrupted(abs);
      Folders.delete(staging(abs));
    } catch (IOException e) {
      throw UserError.environment("恢复上次中断的发布", abs, e);
    }
    lock.changed();
  }

  private static void finishInterrupted(Path abs) throws IOException {
    // A publish killed between its two renames leaves the previous site aside: put it back first.
    if (!Files.exists(abs) && Files.isDirectory(old(abs))) {
      move(old(abs), abs);
    }
    // A publish killed while carrying out its journal: finish it from what staging still holds.
    PublishJournal.resume(staging(abs), abs);
  }

  private static Path staging(Path abs) {
    return abs.resolveSibling("." + abs.getFileName() + ".building");
  }

  private static Path old(Path abs) {
    return abs.resolveSibling("." + abs.getFileName() + ".old");
  }

  /** Refuses an {@code out} that is (or contains) the site folder or a repository: building replaces it whole. */
  public static void refuseUnsafe(Path source, Path out) throws UserError {
    Path abs = out.toAbsolutePath().normalize();
    Path src = source.toAbsolutePath().normalize();
    if (src.startsWith(abs) || Files.isDirectory(abs.resolve("content")) || Files.exists(abs.resolve(".git"))) {
      throw UserError.usage("输出目录 " + out + " 看起来是源目录或代码仓库本身，生成时会被整个替换。请换一个专用的输出目录（默认是 site/）。");
    }
  }

  /**
   * Puts the staged tree in place. Over a previous build: the journal of what differs, written whole, then
   * carried out (a kill in between is finished by the next build, {@link #stage}). Otherwise: the staged
   * folder renamed into place (old output, if any, aside first and removed after). The generation is odd
   * from before the first change until the output is whole, and stays odd when this fails.
   */
  public static Map<String, FileStamp> publish(Path staging, Path out, OutputSink sink, OutputTree tree, OutputLock lock) throws UserError {
    lock.changing();
    Map<String, FileStamp> stamps = publish(staging, out, (StagingSink) sink, tree);
    lock.changed();
    return stamps;
  }

  private static Map<String, FileStamp> publish(Path staging, Path out, StagingSink staged, OutputTree tree) throws UserError {
    Path abs = out.toAbsolutePath().normalize();
    Map<String, FileStamp> stamps = new HashMap<>();
    if (staged.overPrevious() && Files.isDirectory(abs)) {
      try {
        PublishJournal journal = PublishJournal.plan(staging, abs, tree, staged.produced(), staged.written().keySet());
        Path file = PublishJournal.path(abs);
        journal.write(file);
        journal.apply(staging, abs);
        // Staging goes before the journal: a build killed after this leaves either the journal (whose second
        // carrying out finds nothing left to move) or nothing at all beside the site, never staging alone.
        Folders.delete(staging);
        Files.delete(file);
        for (String name : staged.produced()) {
          FileStamp before = tree.stamp(name);
          stamps.put(name, journal.puts(name) || before == null ? FileStamp.of(abs.resolve(name)) : before);
        }
        return stamps;
      } catch (IOException e) {
        // The journal stays: the next build carries it out to the end before anything else.
        throw UserError.environment("更新输出文件夹", abs, e);
      }
    }
    renameIntoPlace(staging, abs);
    // A rename keeps each file's inode and time: the stamps taken in staging are those in place.
    stamps.putAll(staged.written());
    return stamps;
  }

  private static void renameIntoPlace(Path staging, Path abs) throws UserError {
    Path old = old(abs);
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

  /** Removes the staging folder of a build that ended, unless an unfinished journal still needs what it holds. */
  public static void discard(Path staging, Path out) {
    if (!Files.exists(PublishJournal.path(out.toAbsolutePath().normalize()))) {
      Folders.deleteQuietly(staging);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
