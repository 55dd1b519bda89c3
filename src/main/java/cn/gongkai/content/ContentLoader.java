package cn.gongkai.content;

import cn.gongkai.config.SiteConfig;
import cn.gongkai.config.SiteConfigLoader;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.UserError;
import cn.gongkai.items.ColumnTree;
import cn.gongkai.items.ColumnsLoader;
import cn.gongkai.items.Item;
import cn.gongkai.items.ItemLoader;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.ReportLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The first stage: reads every file of {@code content/}. What the readers find (unknown keys, missing
 * rows, wrong types, FMT-03 and the like) goes to {@code findings}; a file that cannot be read at all
 * (ENC-01, YAML-01) stops the run here, after every file has been tried, because checking the rest
 * against a site with holes in it would only report the holes again.
 */
public final class ContentLoader {
  private ContentLoader() {}

  public static Content load(Path source, LocalDate today, Findings findings) throws UserError {
    requireSiteFolder(source);
    SiteConfig site = stopUnless(SiteConfigLoader.load(source, findings), findings);
    ColumnTree columns = stopUnless(ColumnsLoader.load(source, findings), findings);
    List<AnnualReport> reports = new ReportLoader(source, site, findings).loadAll();
    ItemLoader.Loaded loaded = new ItemLoader(source, columns, findings).load();
    if (findings.any(Rule.YAML_01) || findings.any(Rule.ENC_01)) {
      throw UserError.findings(findings, false);
    }
    List<Item> items = loaded.items();
    List<Item> published = items.stream().filter(i -> i.meta().published() == null || !i.meta().published().isAfter(today)).toList();
    List<Item> scheduled = items.stream().filter(i -> i.meta().published() != null && i.meta().published().isAfter(today)).toList();
    return new Content(source, site, columns, reports, items, published, scheduled, loaded.intros());
  }

  /** Refuses a folder without {@code content/}: the command was run in the wrong place. */
  public static void requireSiteFolder(Path source) throws UserError {
    if (!Files.isDirectory(source.resolve("content"))) {
      throw UserError.usage(
          "在 " + source.toAbsolutePath().normalize() + " 下找不到 content/ 目录。请在站点目录中运行，或用 --source 指定站点目录。");
    }
  }

  /** A file everything else depends on (site.yaml, columns.yaml) that could not be read stops the run at once. */
  private static <T> T stopUnless(Optional<T> loaded, Findings findings) throws UserError {
    if (loaded.isEmpty()) {
      throw UserError.findings(findings, false);
    }
    return loaded.get();
  }
}
