package cn.gongkai.build;

import cn.gongkai.assets.OpenData;
import cn.gongkai.assets.SiteFiles;
import cn.gongkai.cache.BuildCache;
import cn.gongkai.cache.FileStamp;
import cn.gongkai.cache.Hasher;
import cn.gongkai.cache.YamlTrees;
import cn.gongkai.check.Checks;
import cn.gongkai.check.HtmlRule;
import cn.gongkai.check.LinkRule;
import cn.gongkai.content.Content;
import cn.gongkai.content.ContentLoader;
import cn.gongkai.diag.Background;
import cn.gongkai.diag.China;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.UserError;
import cn.gongkai.items.ColumnIntro;
import cn.gongkai.items.Item;
import cn.gongkai.items.ItemLoader;
import cn.gongkai.markdown.Bodies;
import cn.gongkai.markdown.Markdown;
import cn.gongkai.plan.ContentLinks;
import cn.gongkai.plan.OutputSink;
import cn.gongkai.plan.PagePlanner;
import cn.gongkai.plan.PlannedPage;
import cn.gongkai.plan.SitePlan;
import cn.gongkai.plan.UrlScheme;
import cn.gongkai.publish.Output;
import cn.gongkai.publish.OutputLock;
import cn.gongkai.publish.OutputTree;
import cn.gongkai.render.JBakeRenderer;
import cn.gongkai.render.PageFingerprints;
import cn.gongkai.render.PageViews;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The pipeline, one call per stage: load, check, parse bodies, plan, check links; then for a build
 * render, write the other files and publish. {@code check} runs the same stages up to the link check
 * and makes no HTML, which took it 1.7 times as long on 10,000 items.
 */
public final class SiteBuilder {
  /**
   * What a run found; for build, how many pages it planned, rendered (the others were unchanged) and which
   * items wait for their date, how many item files it took from the build cache without reading them, and
   * whether it took the content rules' findings from there.
   */
  public record Result(List<Finding> findings, String summary, int pages, List<String> scheduled, int rendered, int itemsReused, boolean checksReused) {}

  private SiteBuilder() {}

  /** “Today” for scheduled items and new-item: {@link China#today}, which the warm-up thread asks for first. */
  public static LocalDate today() {
    return China.today();
  }

  /** Every check; writes nothing. Fails with every finding when the content has errors (or, strict, warnings). */
  public static Result check(Path source, boolean strict) throws UserError {
    return check(source, strict, today());
  }

  /** Load → check → parse bodies → plan → check links. */
  public static Result check(Path source, boolean strict, LocalDate today) throws UserError {
    warmUpMarkdown();
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
  public static Result build(Path given, Path out, LocalDate today, Progress progress) throws UserError {
    // One spelling for every way of naming the folder (".", "../dongshan", an absolute path): the build
    // cache knows items by their paths, so another spelling would read every item again.
    Path source = given.toAbsolutePath().normalize();
    Output.refuseUnsafe(source, out);
    finishInterruptedPublish(out, progress);
    progress.stage("读取内容");
    warmUp(source);
    // The previous build's state is decoded while the configuration and the reports are read.
    FutureTask<BuildCache> opening = Background.start("gongkai-cache", () -> {
      BuildCache opened = BuildCache.open(source, out);
      if (!opened.hasEarlierItems()) {
        warmUpMarkdown(); // every body is parsed
      }
      return opened;
    });
    Findings findings = new Findings();
    YamlTrees trees = YamlTrees.open(source);
    Content content = ContentLoader.load(source, today, findings, new LaterReuse(opening), trees);
    trees.save(); // (also when the build goes on to fail: what parsed, parsed; only changed trees are written)
    // The output folder is walked (file-system calls) beside the checks and the parsing; kept if still true
    // under the lock. Not sooner: on two cores it took the CPU from the walk of the item files, which every
    // later step waits for, while nothing needs the output's walk before the pages are compared.
    FutureTask<OutputTree> scanning = Background.start("gongkai-scan", () -> Output.scan(out));
    BuildCache cache = Background.join(opening);
    progress.stage("检查内容");
    // The rules, then the planning, run beside the body parsing: they read the content only, and the bodies'
    // findings join after theirs, as when one ran after the other (acknowledgements never applied to body
    // findings). The plan is dropped when there are errors, as it would not have been made.
    FutureTask<SitePlan> checking = Background.start("gongkai-checks", () -> {
      check(content, findings, cache, today);
      return findings.hasErrors() ? null : PagePlanner.plan(content);
    });
    ContentLinks links = ContentLinks.of(content);
    Findings bodyFindings = new Findings();
    Bodies bodies = Bodies.parseAndRender(bodySources(content, cache::earlierBody, cache::earlierText), links::rewriter, HtmlRule::inspect, bodyFindings);
    SitePlan planned = null;
    UserError planning = null;
    try {
      planned = Background.join(checking);
    } catch (UserError e) {
      planning = e; // (the theme's folder could not be read) reported only when no content error comes first, as before
    }
    findings.addAll(bodyFindings);
    if (planning != null && !findings.hasErrors()) {
      throw planning;
    }
    progress.stage("规划页面、检查链接");
    SitePlan plan = findings.hasErrors() ? null : checkLinks(planned, bodies, links, findings);
    stopOnFindings(findings, false);
    JBakeRenderer.requireTheme(content.theme());
    // Everything that touches the output folder or its staging and old folders, one build at a time.
    try (OutputLock lock = OutputLock.acquire(out, progress::waiting)) {
      return render(new Built(content, plan, bodies, links, findings, bodyFindings, cache, today), source, out, scanning, lock, progress);
    }
  }

  /**
   * The content rules; or, when nothing they read changed since the previous build (only item bodies were
   * edited), their findings as that build left them: on 10,000 items the rules took about 0.15 s of CPU.
   */
  private static void check(Content content, Findings findings, BuildCache cache, LocalDate today) {
    long key = cache.checksKey(content, findings.all(), today);
    List<Finding> earlier = cache.earlierChecks(key);
    if (earlier != null) {
      findings.replaceAll(earlier);
    } else {
      Checks.run(content, findings);
    }
    cache.checked(key, findings.all(), earlier != null);
  }

  private static final AtomicBoolean WARMING = new AtomicBoolean();
  private static final AtomicBoolean WARMING_MARKDOWN = new AtomicBoolean();

  /**
   * Starts, once per JVM and on a thread of its own, the setting up that parsing and rendering would
   * otherwise wait for ({@link YamlReader#warmUp}, {@link JBakeRenderer#warmUp}): on two cores it runs in the
   * time the reading leaves a core idle. The command line calls it before it parses its arguments; a build
   * calls it at its start. flexmark's is started apart, only when bodies will need it ({@link #warmUpMarkdown}).
   */
  public static void warmUp() {
    if (WARMING.compareAndSet(false, true)) {
      Background.start("gongkai-warm-up", () -> {
        today(); // in the order the build needs them: the day, YAML, then rendering
        YamlReader.warmUp();
        JBakeRenderer.warmUp();
        return null;
      });
    }
  }

  /**
   * Starts, once per JVM, {@link Markdown#warmUp} on a thread of its own: when every body is parsed (a first
   * build, {@code check}) or a body read afresh is not {@link Bodies#plain}. A rebuild after an edit to plain
   * text needs no flexmark, and its warm-up took a core for about 0.1 s while the item files were walked.
   */
  private static void warmUpMarkdown() {
    if (WARMING_MARKDOWN.compareAndSet(false, true)) {
      Background.start("gongkai-warm-up-markdown", () -> {
        Markdown.warmUp();
        return null;
      });
    }
  }

  /** The JVM's warm-up (once), and this build's: its theme's Pebble engine and page templates, made while the content is read. */
  private static void warmUp(Path source) {
    warmUp();
    Background.start("gongkai-warm-up-theme", () -> {
      JBakeRenderer.warmUp(source.resolve("themes").resolve("default"));
      return null;
    });
  }

  /**
   * The build cache as the item loader's reuse, waited for only when the first item file is reached. An item
   * read afresh whose body flexmark will parse starts flexmark's warm-up ({@link #warmUpMarkdown}).
   */
  private record LaterReuse(FutureTask<BuildCache> cache) implements ItemLoader.Reuse {
    private BuildCache get() {
      try {
        return Background.join(cache);
      } catch (UserError e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public Item reuse(Path file, BasicFileAttributes attrs) {
      return get().reuse(file, attrs);
    }

    @Override
    public void read(Path file, BasicFileAttributes attrs, String text, Item item, boolean clean) {
      if (!WARMING_MARKDOWN.get() && item != null && !Bodies.plain(item.body())) {
        warmUpMarkdown();
      }
      get().read(file, attrs, text, item, clean);
    }
  }

  /** What the stages before rendering made. */
  private record Built(Content content, SitePlan plan, Bodies bodies, ContentLinks links, Findings findings, Findings bodyFindings, BuildCache cache, LocalDate today) {}

  /**
   * A build killed while publishing left {@code out} part old, part new: before anything else (even a build
   * that will stop on a content error), the journal it left is carried out, so the site is whole again.
   */
  private static void finishInterruptedPublish(Path out, Progress progress) throws UserError {
    if (!Output.wasInterrupted(out)) {
      return;
    }
    try (OutputLock lock = OutputLock.acquire(out, progress::waiting)) {
      Output.recover(out, lock);
    }
  }

  private static Result render(Built b, Path source, Path out, FutureTask<OutputTree> scanning, OutputLock lock, Progress progress) throws UserError {
    progress.stage("对比上次生成的网站");
    // The part of the next build's state that does not depend on the output is encoded while the pages are compared and rendered.
    FutureTask<BuildCache.Encoded> encoding = Background.start("gongkai-state", () -> b.cache().encode(b.content(), b.bodies(), b.findings().all(), b.bodyFindings().all()));
    Path staging = Output.stage(source, out, lock);
    int rendered;
    try {
      long pagesKey = b.cache().pagesKey(b.content(), b.findings().all(), b.today());
      PageFingerprints.Fingerprints computed = b.cache().onlyBodiesChanged(pagesKey)
          ? PageFingerprints.update(b.plan(), b.bodies(), b.links(), b.cache()::textHash, pagesKey, b.cache()::earlierFingerprint, i -> !b.cache().reused(i.file()))
          : PageFingerprints.of(b.plan(), b.bodies(), b.links(), b.cache()::textHash, pagesKey);
      OutputTree tree = Output.current(Background.join(scanning), out, lock);
      OutputSink sink = Output.sink(staging, out, tree);
      Map<String, Long> fingerprints = computed.pages();
      List<PlannedPage> changed = changedPages(b, fingerprints, pagesKey, tree, staging, sink);
      Set<String> keptFiles = keptFiles(b, fingerprints, computed.siteFiles(), pagesKey, tree, staging, sink);
      rendered = changed.size();
      progress.stage("生成页面");
      PageViews views = new PageViews(b.content(), b.plan(), b.bodies(), b.findings().all());
      // The data files, site files and attachments are written while the pages render, which on two
      // cores fills the gaps rendering leaves.
      Alongside.run(
          () -> writeFiles(b.content(), b.plan(), staging, sink, keptFiles),
          () -> {
            JBakeRenderer.render(b.content().theme(), changed, views, staging, sink, progress::pages);
            progress.stage("写入数据文件和附件");
          });
      progress.stage("发布");
      Map<String, FileStamp> stamps = Output.publish(staging, out, sink, tree, lock);
      progress.stage("保存缓存");
      b.cache().save(Background.join(encoding), pagesKey, fingerprints, stamps);
    } finally {
      Output.discard(staging, out);
    }
    return result(b.content(), b.plan(), b.findings(), rendered, b.cache().reusedCount(), b.cache().checksReused());
  }

  /**
   * The pages to render: all of them into an empty place; over the previous build, those whose fingerprint
   * changed or whose file is no longer as that build wrote it. The others are kept as they are.
   */
  private static List<PlannedPage> changedPages(Built b, Map<String, Long> fingerprints, long pagesKey, OutputTree tree, Path staging, OutputSink sink) {
    if (sink.writesEverything()) {
      return b.plan().pages();
    }
    List<PlannedPage> changed = new ArrayList<>();
    for (PlannedPage p : b.plan().pages()) {
      if (b.cache().unchanged(p.output(), fingerprints.get(p.output()), pagesKey, tree.stamp(p.output()))) {
        sink.keep(p.output());
      } else {
        changed.add(p);
      }
    }
    return changed;
  }

  /**
   * The files around the pages and the attachments that need no writing: over the previous build, the site
   * files and open data when nothing they show changed, and each attachment whose source is as it was; their
   * fingerprints go with the pages' for the next build.
   */
  private static Set<String> keptFiles(Built b, Map<String, Long> fingerprints, long siteFiles, long pagesKey, OutputTree tree, Path staging, OutputSink sink) {
    Set<String> kept = new HashSet<>();
    List<String> names = new ArrayList<>(UrlScheme.SITE_FILES);
    names.addAll(OpenData.outputs(b.content().reports()));
    names.forEach(n -> fingerprints.put(n, siteFiles));
    for (Item i : b.content().published()) {
      for (Item.Attachment a : i.attachments()) {
        FileStamp from = FileStamp.of(a.path());
        fingerprints.put(UrlScheme.attachment(i, a.name()), from == null ? System.nanoTime() : Hasher.of(from.toString()));
      }
    }
    if (sink.writesEverything()) {
      return kept;
    }
    if (names.stream().allMatch(n -> b.cache().unchanged(n, siteFiles, pagesKey, tree.stamp(n)))) {
      kept.addAll(names);
    }
    for (Item i : b.content().published()) {
      for (Item.Attachment a : i.attachments()) {
        String n = UrlScheme.attachment(i, a.name());
        if (b.cache().unchanged(n, fingerprints.get(n), pagesKey, tree.stamp(n))) {
          kept.add(n);
        }
      }
    }
    kept.forEach(sink::keep);
    return kept;
  }

  /** The plan, and every body link checked against it; null when errors so far leave nothing sound to plan. */
  private static SitePlan planAndCheckLinks(Content content, Bodies bodies, ContentLinks links, Findings findings) throws UserError {
    return findings.hasErrors() ? null : checkLinks(PagePlanner.plan(content), bodies, links, findings);
  }

  /** Every body link checked against {@code plan}'s files. */
  private static SitePlan checkLinks(SitePlan plan, Bodies bodies, ContentLinks links, Findings findings) {
    LinkRule.run(bodies, links, plan.outputs(), findings);
    return plan;
  }

  /**
   * Every body HTML-01 checks, in file order: all items (scheduled ones too, so a problem shows before
   * the item goes live), report narratives and column introductions. Only what is published now has a
   * page folder, so only that is rendered and link-checked.
   */
  private static List<Bodies.Source> bodySources(Content content) {
    return bodySources(content, i -> null, (file, line, markdown) -> null);
  }

  /** A report narrative's or column introduction's body as an earlier build parsed it, or null. */
  private interface EarlierBodies {
    Bodies.Earlier of(String file, int firstLine, String markdown);
  }

  /**
   * As above; an item the cache gave unread ({@code earlier} not null) brings its body's links from the build
   * that read it, and so does a narrative or introduction whose text an earlier build parsed cleanly.
   */
  private static List<Bodies.Source> bodySources(Content content, Function<Item, Bodies.Earlier> earlier, EarlierBodies earlierText) {
    Set<String> live = new HashSet<>();
    content.published().forEach(i -> live.add(i.file()));
    List<Bodies.Source> sources = new ArrayList<>();
    for (Item i : content.items()) {
      String pageDir = live.contains(i.file()) ? UrlScheme.itemFolder(i) : null;
      sources.add(new Bodies.Source(i.file(), i.body(), i.bodyLine(), pageDir, earlier.apply(i)));
    }
    for (AnnualReport r : content.reports()) {
      String md = r.files().markdown();
      String page = UrlScheme.report(r);
      sources.add(new Bodies.Source(md, r.narrative().preamble(), 1, page, earlierText.of(md, 1, r.narrative().preamble())));
      r.narrative().sections().forEach(s -> sources.add(new Bodies.Source(md, s.markdown(), s.bodyLine(), page, earlierText.of(md, s.bodyLine(), s.markdown()))));
    }
    for (ColumnIntro intro : content.intros().values()) {
      sources.add(new Bodies.Source(intro.file(), intro.body(), intro.bodyLine(), UrlScheme.column(intro.column()), earlierText.of(intro.file(), intro.bodyLine(), intro.body())));
    }
    return sources;
  }

  private static void stopOnFindings(Findings findings, boolean strict) throws UserError {
    if (findings.fails(strict)) {
      throw UserError.findings(findings, strict);
    }
  }

  private static Result result(Content content, SitePlan plan, Findings findings) {
    return result(content, plan, findings, 0, 0, false);
  }

  private static Result result(Content content, SitePlan plan, Findings findings, int rendered, int itemsReused, boolean checksReused) {
    List<String> scheduled = new ArrayList<>();
    for (Item i : content.scheduled()) {
      scheduled.add(i.file() + "：公开日期 " + i.meta().published() + "，届时重新生成即发布。");
    }
    return new Result(findings.sorted(), findings.summary(), plan == null ? 0 : plan.pages().size(), scheduled, rendered, itemsReused, checksReused);
  }

  /** Open data, sitemap, feed, robots.txt, search index and the items' attachments. */
  private static void writeFiles(Content content, SitePlan plan, Path staging, OutputSink sink, Set<String> kept) throws UserError {
    try {
      if (!kept.contains(UrlScheme.SITEMAP)) {
        OpenData.write(content.reports(), staging, sink);
        SiteFiles.write(content.site(), content.columns(), plan, staging, sink);
      }
      for (Item i : content.published()) {
        for (Item.Attachment a : i.attachments()) {
          String name = UrlScheme.attachment(i, a.name());
          if (kept.contains(name)) {
            continue;
          }
          Path target = staging.resolve(name);
          Files.createDirectories(target.getParent());
          sink.copy(a.path(), target);
        }
      }
    } catch (IOException e) {
      throw UserError.environment("写入输出文件到", staging, e);
    }
  }
}
