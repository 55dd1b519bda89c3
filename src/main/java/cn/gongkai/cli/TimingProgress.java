package cn.gongkai.cli;

import cn.gongkai.site.Progress;
import java.io.PrintWriter;

/** With GONGKAI_TIMINGS set, prints how long each step of a build took (for benchmarks). */
final class TimingProgress implements Progress, AutoCloseable {
  private final PrintWriter err;
  private String stage;
  private long start;

  TimingProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void stage(String label) {
    finish();
    stage = label;
    start = System.nanoTime();
  }

  @Override
  public void pages(int done, int total) {}

  private void finish() {
    if (stage != null) {
      err.printf("timing: %s %d ms%n", stage, (System.nanoTime() - start) / 1_000_000);
      err.flush();
    }
  }

  @Override
  public synchronized void close() {
    finish();
    stage = null;
  }
}
