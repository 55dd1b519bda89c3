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
import cn.gongkai.plan.OutputSink;
import cn.gongkai.plan.UrlScheme;
import cn.gongkai.publish.Output;
import cn.gongkai.publish.OutputLock;
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
 * The pipeline, one call per stage: load, check, parse bodies, plan, check links; then for a build
 * render, write the other files and publish. {@code check} runs the same stages up to the link check
 * and makes no HTML, which took it 1.7 times as long on 10,000 items.
 */
public final class SiteBuilder {
  /** The zone of “today” (for scheduled items and new-item): the dates in content are Chinese dates. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** What a run found; for build, how many pages it wrote and which items wait for their date. */
  public record Result(List<Finding> findings, String summary, int pages, List<String> scheduled) {}

  private SiteBuilder() {}

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** Every check; writes nothing. Fails with every finding when the content has errors (or, strict, warnings). */
  public static Result check(Path source, boolean strict) throws UserError {
    return check(source, strict, today());
  }

  /** Load → check → parse bodies → plan → check links. */
  public static Result check(Path source, boolean strict, LocalDate today) throws UserError {
    Findings findings = new Findings();
    Content content = ContentLoader.load(source, today, findings);
    Checks.run(content, findings);
    ContentLinks links = ContentLinks.of(content);
    Bodies bodies = Bodies.parse(bodySources(content), HtmlRule::inspect, findings);
    SitePlan plan = planAndCheckLinks(content, bodies, links, findings);
    stopOnFindings(findings, strict);
    return result(content, plan, findings);
  }

  /** Builds the site into {@code out}; on any error {@code out} is left exactly as it was. */
  public static Result build(Path source, Path out) throws UserError {
    return build(source, out, today());
  }

  public static Result build(Path source, Path out, LocalDate today) throws UserError {
    return build(source, out, today, Progress.NONE);
  }

  /** Load → check → parse bodies (and make their HTML) → plan → check links → render → write files → publish. */
  public static Result build(Path source, Path out, LocalDate today, Progress progress) throws UserError {
    finishInterruptedPublish(source, out, progress);
    progress.stage("读取内容");
    Findings findings = new Findings();
    Content content = ContentLoader.load(source, today, findings);
    progress.stage("检查内容");
    Checks.run(content, findings);
    ContentLinks links = ContentLinks.of(content);
    Bodies bodies = Bodies.parseAndRender(bodySources(content), links::rewriter, HtmlRule::inspect, findings);
    progress.stage("规划页面、检查链接");
    SitePlan plan = planAndCheckLinks(content, bodies, links, findings);
    stopOnFindings(findings, false);
    Output.refuseUnsafe(source, out);
    JBakeRenderer.requireTheme(content.theme());
    // Everything that touches the output folder or its staging and old folders, one build at a time.
    try (OutputLock lock = OutputLock.acquire(out, progress::waiting)) {
      return render(content, plan, bodies, findings, source, out, progress);
    }
  }

  /**
   * A build killed while publishing left {@code out} part old, part new: before anything else (even a build
   * that will stop on a content error), the journal it left is carried out, so the site is whole again.
   */
  private static void finishInterruptedPublish(Path source, Path out, Progress progress) throws UserError {
    if (!Output.wasInterrupted(out)) {
      return;
    }
    Output.refuseUnsafe(source, out);
    try (OutputLock lock = OutputLock.acquire(out, progress::waiting)) {
      Output.recover(out);
    }
  }

  private static Result render(Content content, SitePlan plan, Bodies bodies, Findings findings, Path source, Path out, Progress progress)
      throws UserError {
    Path staging = Output.stage(source, out);
    OutputSink sink = Output.sink(staging, out);
    try {
      progress.stage("生成页面");
      PageViews views = new PageViews(content, plan, bodies, findings.all());
      // The data files, site files and attachments are written while the pages render, which on two
      // cores fills the gaps rendering leaves.
      Alongside.run(
          () -> writeFiles(content, plan, staging, sink),
          () -> {
            JBakeRenderer.render(content.theme(), plan.pages(), views, staging, sink, progress::pages);
            progress.stage("写入数据文件和附件");
          });
      progress.stage("发布");
      Output.publish(staging, out, sink);
    } finally {
      Output.discard(staging, out);
    }
    return result(content, plan, findings);
  }

  /** The plan, and every body link checked against it; null when errors so far leave nothing sound to plan. */
  private static SitePlan planAndCheckLinks(Content content, Bodies bodies, ContentLinks links, Findings findings) throws UserError {
    if (findings.hasErrors()) {
      return null;
    }
    SitePlan plan = PagePlanner.plan(content);
    LinkRule.run(bodies, links, plan.outputs(), findings);
    return plan;
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

  private static Result result(Content content, SitePlan plan, Findings findings) {
    List<String> scheduled = new ArrayList<>();
    for (Item i : content.scheduled()) {
      scheduled.add(i.file() + "：公开日期 " + i.meta().published() + "，届时重新生成即发布。");
    }
    return new Result(findings.sorted(), findings.summary(), plan == null ? 0 : plan.pages().size(), scheduled);
  }

  /** Open data, sitemap, feed, robots.txt, search index and the items' attachments. */
  private static void writeFiles(Content content, SitePlan plan, Path staging, OutputSink sink) throws UserError {
    try {
      OpenData.write(content.reports(), staging, sink);
      SiteFiles.write(content.site(), content.columns(), plan, staging, sink);
      for (Item i : content.published()) {
        for (Item.Attachment a : i.attachments()) {
          Path target = staging.resolve(UrlScheme.attachment(i, a.name()));
          Files.createDirectories(target.getParent());
          sink.copy(a.path(), target);
        }
      }
    } catch (IOException e) {
      throw UserError.environment("写入输出文件到", staging, e);
    }
  }
}
