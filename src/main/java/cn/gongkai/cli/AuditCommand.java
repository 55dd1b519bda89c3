package cn.gongkai.cli;

import cn.gongkai.audit.Audit;
import cn.gongkai.audit.AuditCsv;
import cn.gongkai.audit.AuditPage;
import cn.gongkai.audit.AuditText;
import cn.gongkai.audit.Audited;
import cn.gongkai.audit.OutputFile;
import cn.gongkai.audit.PublishedReports;
import cn.gongkai.config.SiteConfig;
import cn.gongkai.config.SiteConfigLoader;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.UserError;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "audit",
    description = {
      "年报体检（供县政务公开办批量检查）：读入已发布的年报（保存的网页、文本、Word 文档、PDF），"
          + "在内存中运行全部年报检查，同一报告主体的相邻年度互相比对（上年结转、现行有效件数、文字雷同），"
          + "打印汇总表和每条问题。不写入任何站点文件，不需要站点。",
      "退出码：有年报存在错误或有文件无法导入时为 1，否则为 0（只有警告也是 0）。"
    })
final class AuditCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Parameters(arity = "1..*", paramLabel = "<文件或文件夹>", description = "要检查的年报文件，或放年报的文件夹（包括子文件夹，按文件名排序）。")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--html", paramLabel = "<文件>", description = "另存一份网页版结果（单个文件，手机上也能看，可直接打印）。")
  Path html;

  @Option(names = "--csv", paramLabel = "<文件>", description = "另存一份表格文件（可用 Excel 打开）：每条问题一行，带所属报告的各列。")
  Path csv;

  // Not the current folder by default: run inside a township's site, the county's reports of other
  // organs would all be held to that township's unit code.
  @Option(
      names = "--source",
      paramLabel = "<文件夹>",
      description = "可选：站点文件夹。给出时按其中 content/site.yaml 的单位代码核对各报告的索引号；不给时按每份报告自己索引号中的单位代码，只核对写法和年份。")
  Path source;

  @Mixin VerboseOption verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private final Audit.Importer importer;

  AuditCommand() {
    this(PublishedReports::read);
  }

  AuditCommand(Audit.Importer importer) {
    this.importer = importer;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      List<Path> outputs = new ArrayList<>();
      for (Path p : new Path[] {html, csv}) {
        if (p != null) {
          outputs.add(p);
        }
      }
      // a report named on the command line is never overwritten; inside a folder, an earlier result is left out
      if (html != null) {
        OutputFile.refuseUnsafe("--html", html, inputs);
      }
      if (csv != null) {
        OutputFile.refuseUnsafe("--csv", csv, inputs);
      }
      List<Path> files = Audit.files(inputs, Set.copyOf(outputs));
      if (files.isEmpty()) {
        throw UserError.usage("没有找到年报文件（" + String.join("、", Audit.EXTENSIONS) + "）。请写出年报文件或放年报的文件夹。");
      }
      Optional<SiteConfig> site = site(out);
      List<Audited> audited = Audit.run(files, site, importer);
      AuditText.lines(audited, verbose.verbose).forEach(out::println);
      if (html != null) {
        OutputFile.write(html, AuditPage.html(audited).getBytes(StandardCharsets.UTF_8));
        out.println("网页版结果已写入 " + html);
      }
      if (csv != null) {
        OutputFile.write(csv, AuditCsv.bytes(audited));
        out.println("表格已写入 " + csv);
      }
      return audited.stream().anyMatch(Audited::fails) ? ExitCode.CONTENT.code() : ExitCode.OK.code();
    } catch (UserError e) {
      return Reporter.fail(err, e, "", verbose.verbose);
    }
  }

  /** The site's configuration when {@code --source} is given; a missing or broken one stops the run. */
  private Optional<SiteConfig> site(PrintWriter out) throws UserError {
    if (source == null) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(SiteConfigLoader.file(source))) {
      throw UserError.usage("--source 文件夹 " + source + " 中没有 content/site.yaml。不需要按站点核对单位代码时，不写 --source 即可。");
    }
    Findings findings = new Findings();
    Optional<SiteConfig> site = SiteConfigLoader.load(source, findings);
    if (site.isEmpty() || findings.hasErrors()) {
      throw UserError.findings(findings, false); // asked for by --source: its errors are said, nothing is audited
    }
    out.println("按 " + SiteConfigLoader.file(source) + " 的单位代码 " + site.get().unitCode() + " 核对各报告的索引号。");
    return site;
  }
}
