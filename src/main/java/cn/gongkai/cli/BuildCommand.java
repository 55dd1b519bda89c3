package cn.gongkai.cli;

import cn.gongkai.build.Progress;
import cn.gongkai.build.SiteBuilder;
import cn.gongkai.diag.Report;
import cn.gongkai.diag.UserError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", description = "检查全部内容并生成网站；有错误时不写任何文件，site/ 保持原样。")
final class BuildCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Mixin SourceOption source;

  @Option(names = "--out", paramLabel = "<文件夹>", description = "输出文件夹，默认是站点文件夹下的 site/。")
  Path out;

  @Mixin VerboseOption verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return run(new PlainBuild(source.source, out, verbose.verbose), spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** The build {@code args} ask for, reported on {@code stdout} and {@code stderr}; returns the exit code. */
  static int run(PlainBuild args, PrintWriter stdout, PrintWriter stderr) {
    Path target = args.out() != null ? args.out() : args.source().resolve("site");
    long start = System.nanoTime();
    Progress progress = System.getenv("GONGKAI_TIMINGS") != null ? new TimingProgress(stderr) : TerminalProgress.forConsole(stderr);
    try {
      SiteBuilder.Result result;
      try {
        result = SiteBuilder.build(args.source(), target, SiteBuilder.today(), saysWaiting(progress, stderr));
      } finally {
        if (progress instanceof AutoCloseable closeable) {
          close(closeable);
        }
      }
      if (progress instanceof TimingProgress) {
        // what the build cache spared: a slow rebuild shows whether it was a full one
        stderr.printf("timing: %d of %d pages rendered, %d item files taken from the build cache, content rules %s%n",
            result.rendered(), result.pages(), result.itemsReused(), result.checksReused() ? "taken from the build cache" : "run");
      }
      Reporter.findings(stdout, result.findings(), args.verbose());
      if (!result.scheduled().isEmpty()) {
        stdout.println("以下信息尚未到公开日期，本次没有发布：");
        result.scheduled().forEach(line -> stdout.println("  " + line));
      }
      String done = "已生成 " + result.pages() + " 个页面到 " + target + "。";
      stdout.println(Report.summaryLine(result.findings(), done, "用时 " + tenths((System.nanoTime() - start) / 1e9) + " 秒。"));
      return ExitCode.OK.code();
    } catch (UserError e) {
      return Reporter.fail(stderr, e, "未生成任何文件。", args.verbose());
    }
  }

  /** {@code seconds} to one decimal, as {@code %.1f} writes it (without setting up String.format's parser at the end of each build). */
  static String tenths(double seconds) {
    return java.math.BigDecimal.valueOf(seconds).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** {@code progress}, and the one line saying this build waits for another (shown also when redirected). */
  private static Progress saysWaiting(Progress progress, PrintWriter err) {
    return new Progress() {
      @Override
      public void stage(String label) {
        progress.stage(label);
      }

      @Override
      public void pages(int done, int total) {
        progress.pages(done, total);
      }

      @Override
      public void waiting(String message) {
        err.println(message);
        err.flush();
      }
    };
  }

  private static void close(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // Clearing the progress line cannot fail in a way that matters.
    }
  }
}
