package cn.gongkai.cli;

import cn.gongkai.diag.Level;
import cn.gongkai.diag.Report;
import cn.gongkai.diag.UserError;
import cn.gongkai.importer.ItemImportSummary;
import cn.gongkai.importer.ItemImporter;
import cn.gongkai.importer.ReportImport;
import cn.gongkai.importer.Tally;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    description = {
      "把已发布的年报（保存的网页 .html、文字 .txt/.md、Word .docx、PDF）读回成 content/reports/<年度>.yaml 和 <年度>.md，不覆盖已有的文件。",
      "每一格要么确定读准，要么写“待核对”（注释里是读到的原文），要么按原表空白记为 ~。导入后自动检查，并列出读取、空白和待核对的格数。",
      "加 --item --column <栏目标识>：把旧网站保存下来的信息网页（或一个放着这些网页的文件夹）导入为该栏目的信息，最后列出每个网页的结果。"
    })
final class ImportCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Parameters(paramLabel = "<文件>", arity = "1..*", description = "要导入的年报文件，可以一次给多个（每个年度一份）；加 --item 时是信息网页或放网页的文件夹。")
  List<Path> files;

  @Mixin SourceOption source;

  @Option(names = "--year", paramLabel = "<年度>", description = "报告年度。默认从标题读出；标题里没有年度时必须给出。")
  Integer year;

  @Option(names = "--out", paramLabel = "<文件夹>", description = "写到这个文件夹，而不是站点的 content/reports/（不需要站点）。")
  Path out;

  @Option(names = "--item", description = "导入的是旧网站的信息网页（.html），不是年报。须同时给 --column。")
  boolean item;

  @Option(names = "--column", paramLabel = "<栏目标识>", description = "信息放进哪个栏目（content/columns.yaml 中的 id），只和 --item 一起用。")
  String column;

  @Mixin VerboseOption verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      if (item || column != null) {
        return items(out);
      }
      OptionalInt y = year == null ? OptionalInt.empty() : OptionalInt.of(year);
      ReportImport.Result result = ReportImport.run(files, source.source, this.out, y);
      Tally total = new Tally(0, 0, 0);
      for (ReportImport.Written w : result.written()) {
        out.println("已导入 " + w.report().source() + " → " + w.yaml() + "、" + w.markdown() + "（" + w.report().format().id() + " 年格式）：" + w.report().tally().line() + "。");
        total = total.plus(w.report().tally());
      }
      if (result.written().size() > 1) {
        out.println("合计：" + total.line() + "。");
      }
      Reporter.findings(out, result.findings(), verbose.verbose);
      boolean errors = result.findings().stream().anyMatch(f -> f.level() == Level.ERROR);
      out.println(Report.summaryLine(result.findings(), "导入完成。检查结果：", errors ? "发布前请对照原文改正错误、填写“待核对”的格；按原文存档的问题可在 acknowledged 中确认。" : ""));
      return ExitCode.OK.code();
    } catch (UserError e) {
      return Reporter.fail(spec.commandLine().getErr(), e, "", verbose.verbose);
    }
  }

  private int items(PrintWriter out) throws UserError {
    if (!item || column == null) {
      throw UserError.usage("导入信息网页要同时给 --item 和 --column <栏目标识>，例如：import --item 旧网页.html --column guide。");
    }
    if (year != null) {
      throw UserError.usage("--year 只用于导入年报，导入信息网页时不能用。");
    }
    ItemImportSummary summary = ItemImporter.importPages(files, column, source.source, this.out);
    out.println(summary.table());
    return ExitCode.OK.code();
  }
}
