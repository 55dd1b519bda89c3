package cn.gongkai.site;

import cn.gongkai.assets.OpenData;
import cn.gongkai.assets.SiteFiles;
import cn.gongkai.config.SiteConfig;
import cn.gongkai.config.SiteConfigLoader;
import cn.gongkai.content.ColumnTree;
import cn.gongkai.content.ColumnsLoader;
import cn.gongkai.content.Bodies;
import cn.gongkai.content.Item;
import cn.gongkai.content.ItemChecks;
import cn.gongkai.content.ItemLoader;
import cn.gongkai.data.AnnualReport;
import cn.gongkai.data.IndexNumbers;
import cn.gongkai.data.ReportChecks;
import cn.gongkai.data.ReportLoader;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.UserError;
import cn.gongkai.render.ContentLinks;
import cn.gongkai.render.JBakeRenderer;
import cn.gongkai.render.PageSpec;
import cn.gongkai.render.SitePlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

/** The pipeline: load, check, plan, render, write assets, publish. Each step is one call. */
public final class SiteBuilder {
  /** The zone of “today” (for scheduled items and new-item): the dates in content are Chinese dates. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** What a run found; for build, how many pages it wrote and which items wait for their date. */
  public record Result(List<Finding> findings, String summary, int pages, List<String> scheduled) {}

  /** The loaded, checked and planned site, before anything is written. */
  record LoadedSite(
      SiteConfig site,
      ColumnTree columns,
      List<AnnualReport> reports,
      List<Item> items,
      List<Item> scheduled,
      List<PageSpec> pages,
      Findings findings) {}

  private SiteBuilder() {}

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** Every check; writes nothing. Fails with all error lines when the content has errors. */
  public static Result check(Path source, boolean strict) throws UserError {
    return check(source, strict, today());
  }

  public static Result check(Path source, boolean strict, LocalDate today) throws UserError {
    LoadedSite loaded = load(source, today);
    stopOnErrors(loaded.findings(), strict, "");
    return result(loaded);
  }

  /** Builds the site into {@code out}; on any error {@code out} is left exactly as it was. */
  public static Result build(Path source, Path out) throws UserError {
    return build(source, out, today());
  }

  public static Result build(Path source, Path out, LocalDate today) throws UserError {
    return build(source, out, today, Progress.NONE);
  }

  public static Result build(Path source, Path out, LocalDate today, Progress progress) throws UserError {
    LoadedSite loaded = load(source, today, progress, true);
    stopOnErrors(loaded.findings(), false, "未生成任何文件。");
    Path staging = OutputPublisher.stage(source, out);
    // Open data, site files and attachments are other files than the pages: they are written while
    // the pages render, which on two cores fills the gaps rendering leaves.
    FutureTask<Void> assets = new FutureTask<>(() -> writeAssets(loaded, staging));
    progress.stage("生成页面");
    startDaemon(assets, "gongkai-assets");
    try {
      JBakeRenderer.render(theme(source), loaded.pages(), staging, progress::pages);
      progress.stage("写入数据文件和附件");
      finish(assets);
      progress.stage("发布");
      OutputPublisher.publish(staging, out);
    } finally {
      awaitQuietly(assets);
      OutputPublisher.discard(staging);
    }
    return result(loaded);
  }

  private static void startDaemon(Runnable task, String name) {
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
  }

  /** Waits for {@code task}; its content error is thrown as it is, anything else is a bug. */
  private static void finish(FutureTask<Void> task) throws UserError {
    try {
      task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UserError u) {
        throw u;
      }
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Before the staging folder is removed, nothing may still be writing into it: waits, even when interrupted. */
  private static void awaitQuietly(FutureTask<Void> task) {
    boolean interrupted = false;
    while (true) {
      try {
        task.get();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      } catch (ExecutionException | java.util.concurrent.CancellationException e) {
        break; // reported by finish(), or the build already failed for another reason
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  static LoadedSite load(Path source, LocalDate today) throws UserError {
    return load(source, today, Progress.NONE, false);
  }

  /** Loads and checks the content; with {@code render} it also makes the HTML of every body and plans the pages. */
  static LoadedSite load(Path source, LocalDate today, Progress progress, boolean render) throws UserError {
    if (!Files.isDirectory(source.resolve("content"))) {
      throw new UserError(
          UserError.USAGE,
          List.of("在 " + source.toAbsolutePath().normalize() + " 下找不到 content/ 目录。请在站点目录中运行，或用 --source 指定站点目录。"));
    }
    progress.stage("读取内容");
    Findings findings = new Findings();
    SiteConfig site = SiteConfigLoader.load(source, findings);
    ColumnTree columns = ColumnsLoader.load(source, findings);
    List<AnnualReport> reports = new ReportLoader(source, site, findings).loadAll();
    ItemLoader.Loaded content = new ItemLoader(source, columns, findings).load();
    List<Item> published = content.items().stream().filter(i -> i.published() == null || !i.published().isAfter(today)).toList();
    List<Item> scheduled = content.items().stream().filter(i -> i.published() != null && i.published().isAfter(today)).toList();
    progress.stage("检查内容");
    IndexNumbers indexNumbers = new IndexNumbers();
    new ReportChecks(site, findings).run(reports, indexNumbers);
    ItemChecks.run(site, content.items(), indexNumbers, findings);
    ContentLinks links = new ContentLinks(contentUrls(source, reports, published));
    Bodies bodies = Bodies.parse(bodySources(content, published, reports), render ? links::rewriter : null, findings);
    if (findings.hasErrors()) {
      return new LoadedSite(site, columns, reports, published, scheduled, List.of(), findings);
    }
    progress.stage("规划页面、检查链接");
    List<PageSpec> pages = SitePlan.pages(new SitePlan.Input(site, columns, reports, published, content.intros(), bodies));
    Set<String> outputs = outputs(source, pages, reports, published);
    LinkCheck.run(bodies, links, outputs, findings);
    return new LoadedSite(site, columns, reports, published, scheduled, pages, findings);
  }

  /**
   * Every body HTML-01 checks, in file order: all items (drafts and scheduled ones too, so a problem
   * shows before the item goes live), report narratives and column introductions. Only what is
   * published now has a page folder, so only that is rendered and link-checked.
   */
  private static List<Bodies.Source> bodySources(ItemLoader.Loaded content, List<Item> published, List<AnnualReport> reports) {
    Set<String> live = new java.util.HashSet<>();
    published.forEach(i -> live.add(i.file()));
    List<Bodies.Source> sources = new ArrayList<>();
    for (Item i : content.items()) {
      sources.add(new Bodies.Source(i.file(), i.body(), i.bodyLine(), live.contains(i.file()) ? i.folder() : null));
    }
    for (AnnualReport r : reports) {
      String md = r.files().markdown();
      String page = SitePlan.reportUrl(r);
      sources.add(new Bodies.Source(md, r.narrative().preamble(), 1, page));
      r.narrative().sections().forEach(s -> sources.add(new Bodies.Source(md, s.markdown(), s.bodyLine(), page)));
    }
    for (ItemLoader.ColumnIntro intro : content.intros().values()) {
      sources.add(new Bodies.Source(intro.file(), intro.body(), intro.bodyLine(), intro.column() + "/"));
    }
    return sources;
  }

  /** Page address of every content file a body may link to. */
  private static Map<String, String> contentUrls(Path source, List<AnnualReport> reports, List<Item> items) {
    Map<String, String> urls = new LinkedHashMap<>();
    for (AnnualReport r : reports) {
      urls.put(r.files().yaml(), SitePlan.reportUrl(r));
      urls.put(r.files().markdown(), SitePlan.reportUrl(r));
    }
    for (Item i : items) {
      urls.put(i.file(), i.url());
      for (Item.Attachment a : i.attachments()) {
        urls.putIfAbsent(cn.gongkai.diag.SourcePos.display(source, a.path()), i.attachmentFolder() + a.name());
      }
    }
    return urls;
  }

  /** Every file the build will write, relative to the output root. */
  private static Set<String> outputs(Path source, List<PageSpec> pages, List<AnnualReport> reports, List<Item> items) throws UserError {
    Set<String> out = new TreeSet<>();
    pages.forEach(p -> out.add(p.outputPath()));
    reports.forEach(r -> {
      out.add("reports/" + r.year() + ".json");
      out.add("reports/" + r.year() + ".csv");
    });
    items.forEach(i -> i.attachments().forEach(a -> out.add(i.attachmentFolder() + a.name())));
    out.addAll(SiteFiles.NAMES);
    Path assets = theme(source).resolve("assets");
    if (Files.isDirectory(assets)) {
      try (Stream<Path> walk = Files.walk(assets)) {
        walk.filter(Files::isRegularFile).forEach(p -> out.add(assets.relativize(p).toString().replace('\\', '/')));
      } catch (IOException e) {
        throw UserError.content("无法读取主题资源目录：" + e.getMessage());
      }
    }
    return out;
  }

  private static Result result(LoadedSite loaded) {
    List<String> scheduled = new ArrayList<>();
    for (Item i : loaded.scheduled()) {
      scheduled.add(i.file() + "：公开日期 " + i.published() + "，届时重新生成即发布。");
    }
    return new Result(loaded.findings().sorted(), loaded.findings().summary(), loaded.pages().size(), scheduled);
  }

  private static void stopOnErrors(Findings findings, boolean strict, String outcome) throws UserError {
    if (findings.fails(strict)) {
      throw findings.failure(findings.summary() + (strict && !findings.hasErrors() ? "（--strict 模式下警告也视为失败）" : "") + outcome);
    }
  }

  private static Path theme(Path source) {
    return source.resolve("themes").resolve("default");
  }

  private static Void writeAssets(LoadedSite loaded, Path staging) throws UserError {
    try {
      OpenData.write(loaded.reports(), staging);
      SiteFiles.write(loaded.site(), loaded.columns(), loaded.pages(), loaded.items(), loaded.reports(), staging);
      for (Item i : loaded.items()) {
        for (Item.Attachment a : i.attachments()) {
          Path target = staging.resolve(i.attachmentFolder()).resolve(a.name());
          Files.createDirectories(target.getParent());
          Files.copy(a.path(), target);
        }
      }
    } catch (IOException e) {
      throw UserError.content("无法写入输出文件：" + e.getMessage());
    }
    return null;
  }
}
