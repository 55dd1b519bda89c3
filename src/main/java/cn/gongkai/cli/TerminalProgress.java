package cn.gongkai.cli;

import cn.gongkai.build.Progress;
import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * On a terminal, a build that runs longer than two seconds shows its current step on one line,
 * rewritten in place; the line is cleared before the summary. Not used when output is redirected.
 */
final class TerminalProgress implements Progress, AutoCloseable {
  private static final long QUIET_MS = 2000;

  private final PrintWriter err;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "gongkai-progress");
            t.setDaemon(true);
            return t;
          });
  private volatile String stage = "";
  private volatile int done;
  private volatile int total;
  private boolean shown;

  private TerminalProgress(PrintWriter err) {
    this.err = err;
    timer.scheduleAtFixedRate(this::show, QUIET_MS, 500, TimeUnit.MILLISECONDS);
  }

  /** A progress line for a terminal, or nothing when output goes to a file or pipe. */
  static Progress forConsole(PrintWriter err) {
    return System.console() != null ? new TerminalProgress(err) : Progress.NONE;
  }

  @Override
  public void stage(String label) {
    stage = label;
  }

  @Override
  public void pages(int done, int total) {
    this.done = done;
    this.total = total;
  }

  private synchronized void show() {
    String line = stage + (stage.equals("生成页面") && total > 0 ? " " + done + "/" + total : "") + "……";
    err.print("\r\033[K" + line);
    err.flush();
    shown = true;
  }

  @Override
  public synchronized void close() {
    timer.shutdownNow();
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
