package cn.gongkai.site;

import cn.gongkai.assets.OpenData;
import cn.gongkai.config.SiteConfig;
import cn.gongkai.config.SiteConfigLoader;
import cn.gongkai.data.AnnualReport;
import cn.gongkai.data.IndexNumbers;
import cn.gongkai.data.ReportChecks;
import cn.gongkai.data.ReportLoader;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.UserError;
import cn.gongkai.render.JBakeRenderer;
import cn.gongkai.render.PageSpec;
import cn.gongkai.render.ViewModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

/** The pipeline: load, check, render, write open data, publish. Each step is one call. */
public final class SiteBuilder {
  /** Dates in content are Chinese dates; JBake parses header dates in the JVM's zone. */
  public static final String ZONE = "Asia/Shanghai";

  /** What a run found, and (for build) how many pages it wrote. */
  public record Result(List<Finding> findings, String summary, int pages) {}

  /** The loaded and checked site, before anything is written. */
  record LoadedSite(SiteConfig site, List<AnnualReport> reports, Findings findings) {}

  private SiteBuilder() {}

  /** Every check; writes nothing. Fails with all error lines when the content has errors. */
  public static Result check(Path source, boolean strict) throws UserError {
    LoadedSite loaded = load(source);
    stopOnErrors(loaded.findings(), strict);
    return new Result(loaded.findings().sorted(), loaded.findings().summary(), 0);
  }

  /** Builds the site into {@code out}; on any error {@code out} is left exactly as it was. */
  public static Result build(Path source, Path out) throws UserError {
    TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
    LoadedSite loaded = load(source);
    stopOnErrors(loaded.findings(), false);
    List<PageSpec> pages = ViewModels.pages(loaded.site(), loaded.reports());
    Path staging = OutputPublisher.stage(source, out);
    try {
      JBakeRenderer.render(theme(source), pages, staging);
      writeOpenData(loaded.reports(), staging);
      OutputPublisher.publish(staging, out);
    } finally {
      OutputPublisher.discard(staging);
    }
    return new Result(loaded.findings().sorted(), loaded.findings().summary(), pages.size());
  }

  static LoadedSite load(Path source) throws UserError {
    if (!Files.isDirectory(source.resolve("content"))) {
      throw new UserError(
          UserError.USAGE,
          List.of("在 " + source.toAbsolutePath().normalize() + " 下找不到 content/ 目录。请在站点目录中运行，或用 --source 指定站点目录。"));
    }
    Findings findings = new Findings();
    SiteConfig site = SiteConfigLoader.load(source, findings);
    List<AnnualReport> reports = new ReportLoader(source, site, findings).loadAll();
    new ReportChecks(site, findings).run(reports, new IndexNumbers());
    return new LoadedSite(site, reports, findings);
  }

  private static void stopOnErrors(Findings findings, boolean strict) throws UserError {
    if (findings.fails(strict)) {
      List<String> lines = new ArrayList<>();
      findings.sorted().forEach(f -> lines.add(f.format()));
      lines.add(findings.summary() + (strict && !findings.hasErrors() ? "（--strict 模式下警告也视为失败）" : "") + "未生成任何文件。");
      throw new UserError(UserError.CONTENT, lines);
    }
  }

  private static Path theme(Path source) {
    return source.resolve("themes").resolve("default");
  }

  private static void writeOpenData(List<AnnualReport> reports, Path staging) throws UserError {
    try {
      OpenData.write(reports, staging);
    } catch (IOException e) {
      throw UserError.content("无法写入开放数据文件：" + e.getMessage());
    }
  }
}
