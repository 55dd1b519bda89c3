package cn.gongkai.publish;

import cn.gongkai.diag.UserError;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
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
 */
public final class OutputLock implements AutoCloseable {
  /** How long a second build waits, in seconds: {@value #TIMEOUT_PROPERTY}, default ten minutes. */
  public static final String TIMEOUT_PROPERTY = "gongkai.lockTimeoutSeconds";

  private static final Set<Path> HELD_HERE = new HashSet<>();
  private static final long POLL_MS = 50;

  private final Path file;
  private final FileChannel channel;

  private OutputLock(Path file, FileChannel channel) {
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
      OutputLock lock = tryAcquire(file);
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

  private static OutputLock tryAcquire(Path file) throws UserError {
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
        return new OutputLock(file, channel);
      } catch (IOException e) {
        closeQuietly(channel);
        throw UserError.environment("建立锁文件", file, e);
      }
    }
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
