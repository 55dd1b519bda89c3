package cn.gongkai.cli;

import cn.gongkai.build.SiteBuilder;
import cn.gongkai.diag.Report;
import cn.gongkai.diag.UserError;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "运行全部检查，不写任何文件。")
final class CheckCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Mixin SourceOption source;

  @Option(names = "--strict", description = "警告也算失败。发布新年报前建议用它检查一遍。")
  boolean strict;

  @Mixin VerboseOption verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try {
      SiteBuilder.Result result = SiteBuilder.check(source.source, strict);
      Reporter.findings(spec.commandLine().getOut(), result.findings(), verbose.verbose);
      spec.commandLine().getOut().println(Report.summaryLine(result.findings(), "检查通过。", ""));
      return ExitCode.OK.code();
    } catch (UserError e) {
      return Reporter.fail(spec.commandLine().getErr(), e, "", verbose.verbose);
    }
  }
}
