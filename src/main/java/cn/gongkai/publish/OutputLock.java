package cn.gongkai.publish;

import cn.gongkai.diag.UserError;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One build at a time per output folder: a lock on the file {@code .<out>.lock} beside the output (never
 * inside it, which holds only the site). The operating system holds the lock ({@link FileChannel#tryLock},
 * on Windows a real lock the file system enforces) and releases it when the build ends in any way, even
 * killed, so a lock is never stale and the file is never deleted: deleting it would let a third build lock
 * a new file while a second still holds the old one. A second build waits, saying so once; after {@link
 * #timeout()} it stops with a Chinese message. Builds in one JVM (tests, serve) are serialised too: the
 * JVM cannot hold two locks on one file.
 *
 * <p>Beside it, {@code .<out>.generation} holds the output's <em>generation</em>, a number every change of
 * the output moves on, written only under the lock: odd while a build changes the output, even once it
 * is whole. A build walks the output before it takes the lock (beside reading the content) and keeps that
 * walk only when the generation it read first is even and is still the same under the lock: no build
 * changed the output in between, or was killed changing it.
 */
public final class OutputLock implements AutoCloseable {
  /** How long a second build waits, in seconds: {@value #TIMEOUT_PROPERTY}, default ten minutes. */
  public static final String TIMEOUT_PROPERTY = "gongkai.lockTimeoutSeconds";

  /** A generation that matches none: the file could not be read, or holds no number. */
  public static final long UNKNOWN = -1;

  private static final Set<Path> HELD_HERE = new HashSet<>();
  /** Fixed width, so writing a new number over the old one is one write of the same length. */
  private static final int WIDTH = 20;
  private static final long POLL_MS = 50;

  private final Path out;
  private final Path file;
  private final FileChannel channel;

  private OutputLock(Path out, Path file, FileChannel channel) {
    this.out = out;
    this.file = file;
    this.channel = channel;
  }

  /** The lock file of {@code out}: {@code site/} → {@code .site.lock} beside it. */
  public static Path file(Path out) {
    Path abs = out.toAbsolutePath().normalize();
    return abs.resolveSibling("." + abs.getFileName() + ".lock");
  }

  public static Duration timeout() {
    return Duration.ofSeconds(Long.getLong(TIMEOUT_PROPERTY, 600));
  }

  /**
   * Takes the lock of {@code out}, waiting up to {@link #timeout()} for another build; {@code waiting}
   * hears one sentence the first time it has to wait.
   */
  public static OutputLock acquire(Path out, Consumer<String> waiting) throws UserError {
    Path file = file(out);
    long deadline = System.nanoTime() + timeout().toNanos();
    boolean said = false;
    while (true) {
      OutputLock lock = tryAcquire(out, file);
      if (lock != null) {
        return lock;
      }
      if (!said) {
        waiting.accept("另一个生成正在进行（输出文件夹 " + out.toAbsolutePath().normalize() + "），等待它结束……");
        said = true;
      }
      if (System.nanoTime() > deadline) {
        throw UserError.environment("另一个生成（锁文件 " + file + "）已经等了 " + timeout().toSeconds() + " 秒还没有结束，本次没有生成，"
            + "原来的网站没有改动。请等那个生成结束（或关闭正在生成同一个输出文件夹的窗口、serve 以外的程序）后再运行一次。"
            + "锁在那个程序结束时自动解除，不需要删除锁文件。");
      }
      try {
        Thread.sleep(POLL_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + file, e);
      }
    }
  }

  private static OutputLock tryAcquire(Path out, Path file) throws UserError {
    synchronized (HELD_HERE) {
      if (HELD_HERE.contains(file)) {
        return null;
      }
      FileChannel channel = null;
      try {
        Files.createDirectories(file.getParent());
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
          channel.close();
          return null;
        }
        HELD_HERE.add(file);
        return new OutputLock(out, file, channel);
      } catch (IOException e) {
        closeQuietly(channel);
        throw UserError.environment("建立锁文件", file, e);
      }
    }
  }

  /** The file of {@code out}'s generation: {@code site/} → {@code .site.generation} beside it. */
  public static Path generationFile(Path out) {
    Path abs = out.toAbsolutePath().normalize();
    return abs.resolveSibling("." + abs.getFileName() + ".generation");
  }

  /**
   * The generation of {@code out} now, read without the lock (0 before any build wrote one; {@link
   * #UNKNOWN} when it cannot be read). A file of its own, not the lock file: closing any other handle of
   * the lock file would release a POSIX lock this process holds on it.
   */
  public static long generation(Path out) {
    Path file = generationFile(out);
    try {
      return Files.exists(file) ? parse(Files.readAllBytes(file)) : 0;
    } catch (IOException e) {
      return UNKNOWN;
    }
  }

  /** The generation, as {@link #generation(Path)}, of the output this lock holds. */
  public long generation() {
    return generation(out);
  }

  /** The output is about to change: the generation becomes odd, and stays so if the build is killed. */
  public void changing() throws UserError {
    long g = generation();
    write(g == UNKNOWN ? 1 : g % 2 == 0 ? g + 1 : g + 2);
  }

  /** The output is whole again: the generation becomes the next even number. */
  public void changed() throws UserError {
    long g = generation();
    write(g == UNKNOWN ? 2 : g % 2 == 0 ? g + 2 : g + 1);
  }

  /** Written over the old number in place, same length: a reader sees the old number or the new. */
  private void write(long generation) throws UserError {
    // (Not String.format: a build's first use of it set up its parser, about 10 ms of CPU on the way to publishing.)
    String digits = Long.toString(generation);
    byte[] text = ("0".repeat(Math.max(0, WIDTH - digits.length())) + digits + "\n").getBytes(StandardCharsets.US_ASCII);
    Path file = generationFile(out);
    try {
      Files.write(file, text, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw UserError.environment("写入输出文件夹的版本号文件", file, e);
    }
  }

  /**
   * Anything but a number of the fixed width (an empty file left by a build killed as it created it, or a
   * file edited by hand) is unknown: no walk is kept on it.
   */
  private static long parse(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.US_ASCII).strip();
    if (s.length() != WIDTH || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return UNKNOWN;
    }
    return Long.parseLong(s);
  }

  /** Releases the lock (closing the channel does); the file stays for the next build. */
  @Override
  public void close() {
    synchronized (HELD_HERE) {
      closeQuietly(channel);
      HELD_HERE.remove(file);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // Closing releases the lock; a failure here leaves nothing the next build minds.
      }
    }
  }
}
