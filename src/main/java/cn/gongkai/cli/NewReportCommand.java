package cn.gongkai.cli;

import cn.gongkai.diag.UserError;
import cn.gongkai.site.NewReport;
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
      if (year < 2008 || year > 2100) {
        throw new UserError(UserError.USAGE, List.of("年度 " + year + " 不合理：政府信息公开年报自 2008 年起编制。"));
      }
      List<Path> written = NewReport.create(source.source, year);
      written.forEach(p -> spec.commandLine().getOut().println("已生成 " + p));
      spec.commandLine().getOut().println("请填写其中的“" + cn.gongkai.data.ReportScaffold.PLACEHOLDER + "”和各项数字、叙述，然后运行 check。");
      return 0;
    } catch (UserError e) {
      return Reporter.fail(spec.commandLine().getErr(), e);
    }
  }
}
