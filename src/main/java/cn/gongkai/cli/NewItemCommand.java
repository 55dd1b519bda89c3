package cn.gongkai.cli;

import cn.gongkai.build.SiteBuilder;
import cn.gongkai.diag.UserError;
import cn.gongkai.scaffold.NewItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "new-item", description = "在某栏目下新建一条信息（草稿），填好今天的日期和本年下一个索引号。")
final class NewItemCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Option(names = "--column", required = true, paramLabel = "<栏目标识>", description = "栏目标识，见 content/columns.yaml，如 policy。")
  String column;

  @Option(names = "--title", required = true, paramLabel = "<名称>", description = "信息名称，有空格时加引号。")
  String title;

  @Option(names = "--date", paramLabel = "<日期>", description = "生成日期和公开日期，写成 2024-03-01，默认是今天（北京时间）。")
  LocalDate date;

  @Mixin SourceOption source;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try {
      Path written = NewItem.create(source.source, column, title, date != null ? date : SiteBuilder.today());
      spec.commandLine().getOut().println("已生成 " + written + "（草稿）。写好正文后删除其中的“status: draft”一行，再运行 build 发布。");
      return ExitCode.OK.code();
    } catch (UserError e) {
      return Reporter.fail(spec.commandLine().getErr(), e, "请先改正以上错误。");
    }
  }
}
