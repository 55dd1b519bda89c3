package cn.gongkai.cli;

import cn.gongkai.build.SiteBuilder;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * {@code target/gongkai} (or {@code java -jar gongkai.jar}) {@code build | check | new-report | new-item |
 * serve}. Exit codes: {@link ExitCode}.
 */
@Command(
    name = "gongkai",
    version = "gongkai 0.1",
    description = {"基层政务公开专栏静态网站生成工具。先用 check 检查内容，再用 build 生成网站到 site/ 文件夹。", "查看某条命令的说明：gongkai <命令> --help，例如 gongkai build --help。"},
    synopsisSubcommandLabel = "[命令]",
    scope = ScopeType.INHERIT,
    synopsisHeading = "用法：",
    commandListHeading = "%n命令：%n",
    optionListHeading = "%n选项：%n",
    parameterListHeading = "%n参数：%n")
public final class Main implements Runnable {
  @CommandLine.Mixin HelpOption help;

  @CommandLine.Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本号并退出。")
  boolean version;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * The commands by the name each is called by, in the order the help lists them. The names are written
   * out (a test checks each is its command's own) so that finding the one asked for reads no annotation:
   * reading them took about 30 ms before the build's warm-up could start.
   */
  static final Map<String, Class<?>> COMMANDS = commands(
      Map.entry("build", BuildCommand.class), Map.entry("check", CheckCommand.class), Map.entry("new-report", NewReportCommand.class),
      Map.entry("new-item", NewItemCommand.class), Map.entry("import", ImportCommand.class), Map.entry("audit", AuditCommand.class),
      Map.entry("serve", ServeCommand.class));

  @SafeVarargs
  private static Map<String, Class<?>> commands(Map.Entry<String, Class<?>>... named) {
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    for (Map.Entry<String, Class<?>> e : named) {
      byName.put(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableMap(byName);
  }

  public static void main(String[] args) {
    QuietLoggingProvider.select();
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command in-process and returns its exit code; never exits the JVM. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    List<Class<?>> commands = commandsFor(args);
    if (commands.equals(List.of(BuildCommand.class)) || commands.equals(List.of(ServeCommand.class))) {
      SiteBuilder.warmUp(); // beside the parsing of the arguments, which leaves a core idle
    }
    PlainBuild plain = PlainBuild.of(args);
    if (plain != null) {
      int code;
      try {
        code = BuildCommand.run(plain, out, err);
      } catch (RuntimeException e) {
        code = internalError(e, err);
      }
      out.flush();
      err.flush();
      return code;
    }
    CommandLine cli = commandLine(commands);
    cli.setOut(out);
    cli.setErr(err);
    ChineseHelp.install(cli);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          String command = ex.getCommandLine().getCommandName().equals("gongkai") ? "" : ex.getCommandLine().getCommandName() + " ";
          err.println("命令行参数错误：" + Messages.parameterError(ex));
          err.println("用法见：target/gongkai " + command + "--help（Windows 上是 target\\gongkai.cmd " + command + "--help）");
          return ExitCode.USAGE.code();
        });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> internalError(ex, err));
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** A bug, not the content: its stack trace for the maintainers. */
  private static int internalError(Throwable ex, PrintWriter err) {
    err.println("程序内部错误（不是内容错误），请把以下信息发给维护人员：");
    ex.printStackTrace(err);
    return ExitCode.INTERNAL.code();
  }

  /** The command line for {@code args}: the one command they name, or all (with none, every command). */
  static CommandLine commandLine(String... args) {
    return commandLine(commandsFor(args));
  }

  private static CommandLine commandLine(List<Class<?>> commands) {
    CommandLine cli = new CommandLine(new Main());
    commands.forEach(cli::addSubcommand);
    return cli;
  }

  /**
   * The one command {@code args} name, or all of them (for the help, and to suggest a name for a typo).
   * picocli reads every option of every command it is given by reflection: given only {@code build}, a
   * build reached its first stage about 60 ms sooner (0.14 s after the JVM started instead of 0.21 s).
   */
  private static List<Class<?>> commandsFor(String[] args) {
    Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
    return named != null ? List.of(named) : List.copyOf(COMMANDS.values());
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
