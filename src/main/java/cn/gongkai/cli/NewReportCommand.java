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

@Command(name = "new-report", description = "生成某年度年报的 YAML 数据和 Markdown 叙述模板（2021 年格式），不覆盖已有文件。")
final class NewReportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "YEAR", description = "报告年度，如 2023。")
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
