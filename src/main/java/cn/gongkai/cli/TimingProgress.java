package cn.gongkai.cli;

import cn.gongkai.build.Progress;
import java.io.PrintWriter;

/** With GONGKAI_TIMINGS set, prints how long each step of a build took (for benchmarks). */
final class TimingProgress implements Progress, AutoCloseable {
  private final PrintWriter err;
  private String stage;
  private long start;
  private long startCpu;
  private long startUptime;

  TimingProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void stage(String label) {
    finish();
    stage = label;
    start = System.nanoTime();
    startCpu = cpuNanos();
    startUptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
  }

  @Override
  public void pages(int done, int total) {}

  private void finish() {
    if (stage != null) {
      // CPU time of the whole process (all threads, JIT and GC included) shows how well a step uses the cores.
      // The JVM's uptime at the step's start shows what came before the first step (starting the JVM, reading the arguments).
      err.printf("timing: %s %d ms (cpu %d ms, from %d ms)%n", stage, (System.nanoTime() - start) / 1_000_000, (cpuNanos() - startCpu) / 1_000_000, startUptime);
      err.flush();
    }
  }

  private static long cpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  @Override
  public synchronized void close() {
    finish();
    stage = null;
  }
}
