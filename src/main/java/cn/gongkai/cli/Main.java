package cn.gongkai.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * {@code target/gongkai} (or {@code java -jar gongkai.jar}) {@code build | check | new-report | new-item |
 * serve}. Exit codes: {@link ExitCode}.
 */
@Command(
    name = "gongkai",
    mixinStandardHelpOptions = true,
    version = "gongkai 0.1",
    description = "基层政务公开专栏静态站点生成器。",
    subcommands = {BuildCommand.class, CheckCommand.class, NewReportCommand.class, NewItemCommand.class, ServeCommand.class},
    commandListHeading = "%n命令：%n",
    optionListHeading = "%n选项：%n",
    synopsisHeading = "用法：")
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command in-process and returns its exit code; never exits the JVM. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("命令行参数错误：" + Messages.parameterError(ex));
          err.println("用法见：target/gongkai " + (ex.getCommandLine().getCommandName().equals("gongkai") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help");
          return ExitCode.USAGE.code();
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          err.println("程序内部错误（不是内容错误），请把以下信息发给维护人员：");
          ex.printStackTrace(err);
          return ExitCode.INTERNAL.code();
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
