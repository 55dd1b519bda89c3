package cn.gongkai.content;

import cn.gongkai.config.SiteConfig;
import cn.gongkai.config.SiteConfigLoader;
import cn.gongkai.diag.Background;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.UserError;
import cn.gongkai.items.ColumnTree;
import cn.gongkai.items.ColumnsLoader;
import cn.gongkai.items.Item;
import cn.gongkai.items.ItemLoader;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.ReportLoader;
import cn.gongkai.yaml.ParsedTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.FutureTask;

/**
 * The first stage: reads every file of {@code content/}. What the readers find (unknown keys, missing
 * rows, wrong types, FMT-03 and the like) goes to {@code findings}; a file that cannot be read at all
 * (ENC-01, YAML-01) is left out and the others are still loaded and checked (a report or item that
 * could not be read is simply absent for the later rules; the link check does not run while there are
 * errors, so links to it are not reported). Only an unreadable {@code site.yaml} stops the run here,
 * after the files that do not depend on it have been read; with an unreadable {@code columns.yaml} the
 * content has no columns and no items, and the reports go on to be checked.
 */
public final class ContentLoader {
  private ContentLoader() {}

  public static Content load(Path source, LocalDate today, Findings findings) throws UserError {
    return load(source, today, findings, ItemLoader.Reuse.NONE, ParsedTrees.NONE);
  }

  /**
   * As above, taking from {@code reuse} the items of files unchanged since an earlier build, and from {@code
   * trees} the YAML trees of configuration and report texts an earlier build parsed.
   */
  public static Content load(Path source, LocalDate today, Findings findings, ItemLoader.Reuse reuse, ParsedTrees trees) throws UserError {
    requireSiteFolder(source);
    // The item files are walked (file-system calls) while the two configuration files are parsed.
    FutureTask<ItemLoader.Walked> walking = Background.start("gongkai-walk", () -> ItemLoader.walk(source));
    Optional<SiteConfig> siteRead = SiteConfigLoader.load(source, findings, trees);
    Optional<ColumnTree> columnsRead = ColumnsLoader.load(source, findings, trees);
    // Reports need site.yaml, items need columns.yaml: each is read when what it depends on could be. The
    // reports are read on a thread of their own while the item files are walked; their findings come first,
    // as when one was read after the other.
    Findings reportFindings = new Findings();
    FutureTask<List<AnnualReport>> reading =
        Background.start("gongkai-reports", () -> siteRead.isPresent() ? new ReportLoader(source, siteRead.get(), reportFindings, trees).loadAll() : List.of());
    Findings itemFindings = new Findings();
    // (Should the items fail, the report thread only reads, and its result is dropped.)
    ItemLoader.Loaded loaded = columnsRead.isPresent() ? new ItemLoader(source, columnsRead.get(), itemFindings, reuse).load(Background.join(walking)) : null;
    List<AnnualReport> reports = Background.join(reading);
    findings.addAll(reportFindings);
    findings.addAll(itemFindings);
    if (siteRead.isEmpty()) {
      throw UserError.findings(findings, false);
    }
    SiteConfig site = siteRead.get();
    if (columnsRead.isEmpty()) {
      // The reports are still checked (their acknowledgements applied), with no columns and no items;
      // the column file's own error then stops the run at the end of checking.
      return new Content(source, site, new ColumnTree(List.of()), reports, List.of(), List.of(), List.of(), Map.of());
    }
    ColumnTree columns = columnsRead.get();
    List<Item> items = loaded.items();
    List<Item> published = new ArrayList<>(items.size());
    List<Item> scheduled = new ArrayList<>();
    for (Item i : items) {
      (i.meta().published() != null && i.meta().published().isAfter(today) ? scheduled : published).add(i);
    }
    return new Content(source, site, columns, reports, items, List.copyOf(published), List.copyOf(scheduled), loaded.intros());
  }

  /** Refuses a folder without {@code content/}: the command was run in the wrong place. */
  public static void requireSiteFolder(Path source) throws UserError {
    if (!Files.isDirectory(source.resolve("content"))) {
      throw UserError.usage(
          "在 " + source.toAbsolutePath().normalize() + " 下找不到 content/ 目录。请在站点目录中运行，或用 --source 指定站点目录。");
    }
  }
}
