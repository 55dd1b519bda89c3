package cn.gongkai.cli;

import cn.gongkai.diag.UserError;
import cn.gongkai.scaffold.NewReport;
import cn.gongkai.scaffold.ReportScaffold;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new-report", description = "为某一年度建立年报文件（数字 <年度>.yaml 和文字 <年度>.md，2021 年格式），不覆盖已有的文件。")
final class NewReportCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Parameters(index = "0", paramLabel = "<年度>", description = "报告年度，如 2023。")
  int year;

  @Mixin SourceOption source;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try {
      List<Path> written = NewReport.create(source.source, year);
      written.forEach(p -> spec.commandLine().getOut().println("已生成 " + p));
      spec.commandLine().getOut().println("请填写其中的“" + ReportScaffold.PLACEHOLDER + "”和各项数字、叙述，然后运行 check。");
      return ExitCode.OK.code();
    } catch (UserError e) {
      return Reporter.fail(spec.commandLine().getErr(), e, "请先改正 site.yaml 中的错误。");
    }
  }
}
