package cn.gongkai.scaffold;

import cn.gongkai.config.SiteConfig;
import cn.gongkai.diag.Environment;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.diag.UserError;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.ReportLoader;
import cn.gongkai.yaml.UnreadableFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code new-report YEAR}: scaffolds a year's report from site.yaml and last year's figures. */
public final class NewReport {
  private NewReport() {}

  public static List<Path> create(Path source, int year) throws UserError {
    if (year < 2008 || year > 2100) {
      throw UserError.usage("年度 " + year + " 不合理：政府信息公开年报自 2008 年起编制。");
    }
    SiteConfig site = NewItem.siteConfig(source);
    Path folder = ReportLoader.folder(source);
    Path yaml = folder.resolve(year + ".yaml");
    Path md = folder.resolve(year + ".md");
    for (Path p : List.of(yaml, md)) {
      if (Files.exists(p)) {
        throw UserError.refused(SourcePos.display(source, p) + " 已存在，未做任何改动（new-report 从不覆盖已有文件）。");
      }
    }
    Optional<AnnualReport> lastYear = Optional.empty();
    Path lastYaml = folder.resolve((year - 1) + ".yaml");
    if (Files.exists(lastYaml)) {
      Findings lastFindings = new Findings();
      AnnualReport last = null;
      try {
        last = new ReportLoader(source, site, lastFindings).load(lastYaml);
      } catch (UnreadableFile e) {
        e.findings().forEach(lastFindings::add);
      }
      if (last == null || !last.complete()) {
        throw UserError.refused(SourcePos.display(source, lastYaml) + " 有错误，无法从中结转数字。请先运行 check 并改正。");
      }
      lastYear = Optional.of(last);
    }
    try {
      Files.createDirectories(folder);
      Files.writeString(yaml, ReportScaffold.yaml(year, site, lastYear), StandardCharsets.UTF_8);
      Files.writeString(md, ReportScaffold.markdown(year), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw UserError.environment("无法写入 " + folder + "：" + Environment.reason(e) + "。请确认这个文件夹可以写入、磁盘还有空间，然后再运行一次。");
    }
    return List.of(Path.of(SourcePos.display(source, yaml)), Path.of(SourcePos.display(source, md)));
  }
}
