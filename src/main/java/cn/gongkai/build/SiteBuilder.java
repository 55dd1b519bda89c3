package cn.gongkai.build;

import cn.gongkai.assets.OpenData;
import cn.gongkai.assets.SiteFiles;
import cn.gongkai.check.Checks;
import cn.gongkai.check.HtmlRule;
import cn.gongkai.check.LinkRule;
import cn.gongkai.content.Content;
import cn.gongkai.content.ContentLoader;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.UserError;
import cn.gongkai.items.ColumnIntro;
import cn.gongkai.items.Item;
import cn.gongkai.markdown.Bodies;
import cn.gongkai.plan.ContentLinks;
import cn.gongkai.plan.PagePlanner;
import cn.gongkai.plan.SitePlan;
import cn.gongkai.plan.UrlScheme;
import cn.gongkai.publish.Output;
import cn.gongkai.render.JBakeRenderer;
import cn.gongkai.render.PageViews;
import cn.gongkai.report.AnnualReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The pipeline: load, check, parse bodies, plan, check links; then for a build render, write the
 * other files and publish. Each stage is one call; {@code check} and {@code build} run the same
 * stages up to the link check.
 */
public final class SiteBuilder {
  /** The zone of “today” (for scheduled items and new-item): the dates in content are Chinese dates. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** What a run found; for build, how many pages it wrote and which items wait for their date. */
  public record Result(List<Finding> findings, String summary, int pages, List<String> scheduled) {}

  /** A site read, checked and planned, before anything is written. */
  private record Checked(Content content, Bodies bodies, SitePlan plan, Findings findings) {}

  private SiteBuilder() {}

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** Every check; writes nothing. Fails with every finding when the content has errors (or, strict, warnings). */
  public static Result check(Path source, boolean strict) throws UserError {
    return check(source, strict, today());
  }

  public static Result check(Path source, boolean strict, LocalDate today) throws UserError {
    Checked site = checked(source, today, Progress.NONE);
    stopOnFindings(site.findings(), strict);
    return result(site);
  }

  /** Builds the site into {@code out}; on any error {@code out} is left exactly as it was. */
  public static Result build(Path source, Path out) throws UserError {
    return build(source, out, today());
  }

  public static Result build(Path source, Path out, LocalDate today) throws UserError {
    return build(source, out, today, Progress.NONE);
  }

  public static Result build(Path source, Path out, LocalDate today, Progress progress) throws UserError {
    Checked site = checked(source, today, progress);
    stopOnFindings(site.findings(), false);
    Path staging = Output.stage(source, out);
    try {
      progress.stage("生成页面");
      // The data files, site files and attachments are written while the pages render, which on two
      // cores fills the gaps rendering leaves.
      PageViews views = new PageViews(site.content(), site.plan(), site.bodies());
      Alongside.run(
          () -> writeFiles(site, staging),
          () -> {
            JBakeRenderer.render(site.content().theme(), site.plan().pages(), views, staging, progress::pages);
            progress.stage("写入数据文件和附件");
          });
      progress.stage("发布");
      Output.publish(staging, out);
    } finally {
      Output.discard(staging);
    }
    return result(site);
  }

  /** Load → check → parse bodies → plan → check links; stops early when errors would make the next stage meaningless. */
  private static Checked checked(Path source, LocalDate today, Progress progress) throws UserError {
    progress.stage("读取内容");
    Findings findings = new Findings();
    Content content = ContentLoader.load(source, today, findings);
    progress.stage("检查内容");
    Checks.run(content, findings);
    ContentLinks links = ContentLinks.of(content);
    Bodies bodies = Bodies.parse(bodySources(content), links::rewriter, HtmlRule::inspect, findings);
    if (findings.hasErrors()) {
      return new Checked(content, bodies, null, findings);
    }
    progress.stage("规划页面、检查链接");
    SitePlan plan = PagePlanner.plan(content);
    LinkRule.run(bodies, links, plan.outputs(), findings);
    return new Checked(content, bodies, plan, findings);
  }

  /**
   * Every body HTML-01 checks, in file order: all items (scheduled ones too, so a problem shows before
   * the item goes live), report narratives and column introductions. Only what is published now has a
   * page folder, so only that is rendered and link-checked.
   */
  private static List<Bodies.Source> bodySources(Content content) {
    Set<String> live = new HashSet<>();
    content.published().forEach(i -> live.add(i.file()));
    List<Bodies.Source> sources = new ArrayList<>();
    for (Item i : content.items()) {
      sources.add(new Bodies.Source(i.file(), i.body(), i.bodyLine(), live.contains(i.file()) ? UrlScheme.itemFolder(i) : null));
    }
    for (AnnualReport r : content.reports()) {
      String md = r.files().markdown();
      String page = UrlScheme.report(r);
      sources.add(new Bodies.Source(md, r.narrative().preamble(), 1, page));
      r.narrative().sections().forEach(s -> sources.add(new Bodies.Source(md, s.markdown(), s.bodyLine(), page)));
    }
    for (ColumnIntro intro : content.intros().values()) {
      sources.add(new Bodies.Source(intro.file(), intro.body(), intro.bodyLine(), UrlScheme.column(intro.column())));
    }
    return sources;
  }

  private static void stopOnFindings(Findings findings, boolean strict) throws UserError {
    if (findings.fails(strict)) {
      throw UserError.findings(findings, strict);
    }
  }

  private static Result result(Checked site) {
    List<String> scheduled = new ArrayList<>();
    for (Item i : site.content().scheduled()) {
      scheduled.add(i.file() + "：公开日期 " + i.meta().published() + "，届时重新生成即发布。");
    }
    int pages = site.plan() == null ? 0 : site.plan().pages().size();
    return new Result(site.findings().sorted(), site.findings().summary(), pages, scheduled);
  }

  /** Open data, sitemap, feed, robots.txt, search index and the items' attachments. */
  private static void writeFiles(Checked site, Path staging) throws UserError {
    Content content = site.content();
    try {
      OpenData.write(content.reports(), staging);
      SiteFiles.write(content.site(), content.columns(), site.plan(), staging);
      for (Item i : content.published()) {
        for (Item.Attachment a : i.attachments()) {
          Path target = staging.resolve(UrlScheme.attachment(i, a.name()));
          Files.createDirectories(target.getParent());
          Files.copy(a.path(), target);
        }
      }
    } catch (IOException e) {
      throw UserError.refused("无法写入输出文件：" + e.getMessage());
    }
  }
}
