package cn.gongkai.render;

import cn.gongkai.plan.OutputSink;
import cn.gongkai.diag.UserError;
import cn.gongkai.plan.PlannedPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jbake.app.Asset;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Renders the planned pages with JBake (see {@code package-info.java}): one JBake document per page in
 * an in-memory content store ({@link PageStore}), rendered by JBake's {@link Renderer} through its
 * template-engine registry (our Pebble 4.1 engine for {@code .peb}), and the theme's assets copied by
 * JBake's {@link Asset}.
 */
public final class JBakeRenderer {
  /** JBake keeps static state (template engines, model extractors): one bake at a time per JVM. */
  private static final Object BAKE_LOCK = new Object();


  /** The document key holding the page's view-model supplier, read by {@link GongkaiTemplateEngine}. */
  static final String VIEW = "gongkai.view";

  private static boolean bridged;

  /** The template of item pages ({@link PageViews#template} “item”, see {@link #configuration}), the pages a rebuild after a text edit draws. */
  private static final String ITEM_TEMPLATE = "item.peb";

  private JBakeRenderer() {}

  /**
   * Renders every page with the view {@code views} builds for it, and copies the theme's assets;
   * {@code progress} hears (pages done, pages in all) as it goes.
   */
  public static void render(Path themeDir, List<PlannedPage> pages, PageViews views, Path out, BiConsumer<Integer, Integer> progress)
      throws UserError {
    render(themeDir, pages, views, out, OutputSink.DIRECT, progress);
  }

  /** As above, each page handed to {@code sink} (which, over a previous build, leaves out the unchanged ones). */
  public static void render(Path themeDir, List<PlannedPage> pages, PageViews views, Path out, OutputSink sink, BiConsumer<Integer, Integer> progress)
      throws UserError {
    Path theme = themeDir.toAbsolutePath().normalize();
    requireTheme(theme);
    synchronized (BAKE_LOCK) {
      installLogBridge();
      PageStore store = new PageStore();
      Set<String> types = new TreeSet<>();
      for (PlannedPage page : pages) {
        DocumentModel document = document(page, () -> views.view(page));
        store.addDocument(document);
        types.add(document.getType());
      }
      DefaultJBakeConfiguration config = configuration(theme, out.toAbsolutePath().normalize(), types);
      renderAll(store, config, sink, progress);
      Asset asset = new Asset(config);
      asset.copy();
      for (Throwable t : asset.getErrors()) {
        if (t instanceof IOException io) {
          throw UserError.environment("复制主题资源文件到", out, io);
        }
      }
      if (!asset.getErrors().isEmpty()) {
        throw new IllegalStateException("copying the theme's assets failed: " + asset.getErrors(), asset.getErrors().get(0));
      }
    }
  }

  /**
   * Sets up, on the calling thread, what the first page of a build would otherwise wait for: logging
   * (JBake's store starts logback). The command line runs it on a thread of its own while it parses its
   * arguments (see {@code SiteBuilder.warmUp}). JBake's configuration classes are set up by the theme's
   * warm-up ({@link #warmUp(Path)}), which makes one. It reads no content, writes nothing and changes no output.
   */
  public static void warmUp() {
    synchronized (BAKE_LOCK) {
      installLogBridge();
      new PageStore();
    }
  }

  /**
   * Makes, on the calling thread, the Pebble engine the build's pages will be drawn with and compiles the
   * item page's template and the templates it names into it (the engine is shared, see {@link
   * PebbleEngines#shared}), so that the first page does not wait for them. A build runs it on a thread of its
   * own while it reads the content.
   * Only the item page's: the webmaster's everyday rebuild, after editing an item's text, draws that page
   * alone, and compiling every template took about 40 ms of CPU beside the reading; the others are compiled
   * when a page first needs them. Writes nothing; a theme that cannot be read is left for the build to report.
   */
  public static void warmUp(Path themeDir) {
    Path templates = themeDir.toAbsolutePath().normalize().resolve("templates");
    if (!Files.isDirectory(templates)) {
      return;
    }
    // The encoding the pages are drawn with (JBake's template.encoding), so that it is the same shared engine.
    String encoding = configuration(themeDir.toAbsolutePath().normalize(), templates, Set.of()).getTemplateEncoding();
    io.pebbletemplates.pebble.PebbleEngine engine = PebbleEngines.shared(templates, encoding);
    try {
      for (String name : withReferenced(templates, ITEM_TEMPLATE, java.nio.charset.Charset.forName(encoding))) {
        engine.getTemplate(name);
      }
    } catch (IOException | RuntimeException e) {
      // the build itself reads the theme and says what is wrong with it
    }
  }

  /** A template's {@code extends}, {@code import} and {@code include} (written as a quoted name). */
  private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("\\{%-?\\s*(?:extends|import|include)\\s+\"([^\"]+)\"");

  /**
   * {@code name} and the templates it names, and those they name: what Pebble compiles when it first draws a
   * page of that template (it loads a parent or an imported file only then).
   */
  static List<String> withReferenced(Path templates, String name, java.nio.charset.Charset charset) throws IOException {
    Set<String> found = new java.util.LinkedHashSet<>();
    java.util.ArrayDeque<String> next = new java.util.ArrayDeque<>(List.of(name));
    while (!next.isEmpty()) {
      String t = next.poll();
      Path file = templates.resolve(t);
      if (!found.add(t) || !Files.isRegularFile(file)) {
        continue;
      }
      java.util.regex.Matcher m = REFERENCE.matcher(Files.readString(file, charset));
      while (m.find()) {
        next.add(m.group(1));
      }
    }
    found.removeIf(t -> !Files.isRegularFile(templates.resolve(t)));
    return List.copyOf(found);
  }

  /**
   * Stops, before anything is written, when the theme's templates are missing: a site folder copied
   * without its {@code themes/} folder.
   */
  public static void requireTheme(Path themeDir) throws UserError {
    Path templates = themeDir.toAbsolutePath().normalize().resolve("templates");
    if (!Files.isDirectory(templates)) {
      throw UserError.environment("找不到页面模板文件夹 " + templates + "。站点文件夹里除了 content/ 还要有 themes/ 文件夹（"
          + "themes/default/templates 和 themes/default/assets）：请从发布包 gongkai-<版本>.zip 或代码仓库里把 themes/ "
          + "复制到站点文件夹中，再运行一次。原来的网站没有改动。");
    }
  }

  /**
   * Renders on every core: each worker has its own JBake renderer and template engines; pages are
   * independent files, so the output does not depend on which worker wrote which page.
   */
  private static void renderAll(PageStore store, DefaultJBakeConfiguration config, OutputSink sink, BiConsumer<Integer, Integer> progress)
      throws UserError {
    // An ArrayList: JBake's DocumentList is a LinkedList, and indexing it per page was quadratic.
    List<DocumentModel> documents = new ArrayList<>(store.getUnrenderedContent());
    // Into an empty place every page is written: its folders are made once, up front. Over a previous build
    // only changed pages are, and each makes its own folder (PageRenderer).
    if (sink.writesEverything()) {
      createFolders(config.getDestinationFolder().toPath(), documents);
    }
    int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), Math.min(4, documents.size())));
    PageRenderer.Faults faults = PageRenderer.Faults.fromSystemProperty();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "gongkai-render");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        running.add(pool.submit(() -> {
          Renderer renderer = new PageRenderer(store, config, new ExtensionTemplateEngine(store, config), faults, sink);
          for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
            DocumentModel document = documents.get(i);
            renderer.render(document);
            store.markContentAsRendered(document);
            synchronized (progress) {
              progress.accept(done.incrementAndGet(), documents.size());
            }
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        // Writing a page failed: the disk, not the program (full, read-only, no permission).
        throw UserError.environment("写入页面到", config.getDestinationFolder().toPath(), io);
      }
      // A template error is ours, not the webmaster's: report it plainly with its cause.
      throw new IllegalStateException("JBake rendering failed: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("rendering interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Every output folder, each created once, parents first. */
  private static void createFolders(Path out, List<DocumentModel> documents) throws UserError {
    TreeSet<Path> folders = new TreeSet<>();
    for (DocumentModel d : documents) {
      folders.add(out.resolve(d.getUri()).getParent());
    }
    try {
      for (Path folder : folders) {
        Files.createDirectories(folder);
      }
    } catch (IOException e) {
      throw UserError.environment("建立输出文件夹", out, e);
    }
  }

  /** JBake's configuration: the theme's folders, and for each page type its template {@code <type>.peb}. */
  static DefaultJBakeConfiguration configuration(Path theme, Path out, Set<String> types) {
    DefaultJBakeConfiguration config = JBakeDefaults.configuration(theme, out);
    config.setTemplateFolder(theme.resolve("templates").toFile());
    config.setAssetFolder(theme.resolve("assets").toFile());
    for (String type : types) {
      config.setProperty("template." + type + ".file", type + ".peb");
    }
    return config;
  }

  /** The JBake document of a page: its type (the template), output path and view model; no content. */
  private static DocumentModel document(PlannedPage page, Supplier<PageView> view) {
    DocumentModel d = new DocumentModel();
    d.setType(PageViews.template(page));
    d.setStatus(ModelAttributes.Status.PUBLISHED);
    d.setUri(page.output());
    d.setSourceUri(page.output());
    d.setRendered(false);
    d.put(VIEW, view);
    return d;
  }

  /** JBake and its libraries log through java.util.logging and SLF4J; route JUL to logback, which keeps it quiet. */
  private static void installLogBridge() {
    if (!bridged) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
      bridged = true;
    }
  }
}
